/**
 * The audit's options as plain data — what a thread needs to build the very same `AuditOptions` as
 * the command did (io/audit-parallel.ts). The calendar and the procedure catalogue are objects built
 * from entries; the recipe carries the entries, and `auditOptionsOf` builds them. A new option of
 * `AuditOptions` goes into `options` if it is plain data; otherwise into the recipe with a line here.
 */
import type { CalendarEntry } from './calendar/calendar-entry.js';
import { buildCalendar } from './calendar/working-days.js';
import { buildCatalogue, type ProcedureEntry } from './procedures.js';
import type { AuditOptions } from './reconcile.js';

export interface AuditRecipe {
  options: Omit<AuditOptions, 'calendar' | 'procedures'>;
  /** `--calendar` entries (overrides of the built-in calendar), or none. */
  calendarEntries: CalendarEntry[];
  /** `--procedures` entries, or null without a catalogue. */
  procedureEntries: ProcedureEntry[] | null;
}

export function auditOptionsOf(recipe: AuditRecipe): AuditOptions {
  return {
    ...recipe.options,
    calendar: buildCalendar(recipe.calendarEntries),
    procedures: recipe.procedureEntries === null ? null : buildCatalogue(recipe.procedureEntries),
  };
}
