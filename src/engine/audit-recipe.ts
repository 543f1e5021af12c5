/**
 * The audit's options as plain data — what a thread needs to build the very same `AuditOptions` as
 * the command did (audit-threads.ts). The calendar and the procedure catalogue are objects built
 * from entries; the recipe carries the entries, and `optionsFromRecipe` builds them. A new option of
 * `AuditOptions` goes into `options` if it is plain data; otherwise into the recipe with a line here.
 */
import type { CalendarEntry } from '../core/calendar/calendar-entry.js';
import { buildCalendar } from '../core/calendar/working-days.js';
import { buildCatalogue, type ProcedureEntry } from '../core/procedures.js';
import type { AuditOptions } from '../core/reconcile.js';

export interface AuditRecipe {
  options: Omit<AuditOptions, 'calendar' | 'procedures'>;
  /** `--calendar` entries (overrides of the built-in calendar), or none. */
  calendarEntries: CalendarEntry[];
  /** `--procedures` entries, or null without a catalogue. */
  procedureEntries: ProcedureEntry[] | null;
}

export function optionsFromRecipe(recipe: AuditRecipe): AuditOptions {
  return {
    ...recipe.options,
    calendar: buildCalendar(recipe.calendarEntries),
    procedures: recipe.procedureEntries === null ? null : buildCatalogue(recipe.procedureEntries),
  };
}
