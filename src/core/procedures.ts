/**
 * The procedure catalogue (`--procedures`): procedure code or name → statutory processing time in
 * working days. With it, each record's due date is checked against received + statutory time.
 */
import { addWorkingDays, type WorkingCalendar } from './calendar/working-days.js';
import type { Day } from './day.js';
import { foldText, normaliseCode } from './fold.js';
import type { DossierRecord } from './types.js';

export interface ProcedureCatalogue {
  byCode: Map<string, number>;
  byName: Map<string, number>;
}

export interface ProcedureEntry {
  code: string;
  name: string;
  workingDays: number;
}

export function buildCatalogue(entries: readonly ProcedureEntry[]): ProcedureCatalogue {
  const catalogue: ProcedureCatalogue = { byCode: new Map(), byName: new Map() };
  for (const e of entries) {
    if (e.code.trim() !== '') catalogue.byCode.set(normaliseCode(e.code), e.workingDays);
    if (e.name.trim() !== '') catalogue.byName.set(foldText(e.name), e.workingDays);
  }
  return catalogue;
}

/** The statutory time of a record's procedure: by code first, else by name; undefined when unknown. */
export function statutoryDaysOf(record: DossierRecord, catalogue: ProcedureCatalogue): number | undefined {
  return (
    (record.procedureCode !== '' ? catalogue.byCode.get(record.procedureCode) : undefined) ??
    catalogue.byName.get(foldText(record.procedure))
  );
}

/** The due date the statutory time gives, or null when the procedure is not in the catalogue. */
export function statutoryDueOf(
  record: DossierRecord,
  catalogue: ProcedureCatalogue,
  cal: WorkingCalendar,
): { days: number; due: Day } | null {
  const days = statutoryDaysOf(record, catalogue);
  return days === undefined ? null : { days, due: addWorkingDays(cal, record.received, days) };
}
