/**
 * The class of one dossier at the as-of date (DOMAIN.md, "Classifying one dossier"). Calendar days
 * only: day numbers compare as wall-clock dates, so no time zone can move a dossier across a boundary.
 */
import type { Day } from './day.js';
import { isWithdrawnKind } from './status.js';
import type { DossierClass, DossierRecord } from './types.js';
import type { ResultDateMode } from './choice-lists.js';

export { RESULT_DATE_MODES, type ResultDateMode } from './choice-lists.js';

export function resultDayOf(record: DossierRecord, mode: ResultDateMode): Day | null {
  if (mode === 'completed') return record.completed;
  if (mode === 'returned') return record.returned;
  return record.completed ?? record.returned;
}

/**
 * Classify by dates: a result on or before the as-of date is compared with the due day; a dossier
 * with no result by then is pending, overdue when the as-of date is past the due day. Withdrawn,
 * rejected and stopped dossiers are `withdrawn` whatever their dates.
 */
export function classifyDossier(
  record: DossierRecord,
  asOf: Day,
  mode: ResultDateMode,
  due: Day = record.due,
): DossierClass {
  if (isWithdrawnKind(record.statusKind)) return 'withdrawn';
  const result = resultDayOf(record, mode);
  if (result !== null && result <= asOf) {
    if (result < due) return 'before-deadline';
    return result === due ? 'on-time' : 'late';
  }
  return asOf <= due ? 'pending-not-due' : 'pending-overdue';
}

/** Classes that mean "late" to an inspector: resolved late, or still open past the due day. */
export function isLateClass(c: DossierClass): boolean {
  return c === 'late' || c === 'pending-overdue';
}

/** The day lateness is counted to: the result when late, the as-of date when pending overdue; null otherwise. */
export function lateUntil(c: DossierClass, result: Day | null, asOf: Day): Day | null {
  if (c === 'late') return result;
  if (c === 'pending-overdue') return asOf;
  return null;
}
