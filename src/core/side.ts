/**
 * One source's view of a dossier at the as-of date: its record classified (classify.ts) against the
 * due day moved by the applicant's supplement wait, its result day and how late it is, in calendar and
 * working days.
 */
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from './calendar/working-days.js';
import { classifyDossier, lateUntil, resultDayOf } from './classify.js';
import type { Day } from './day.js';
import type { AuditOptions } from './options.js';
import type { DossierClass, DossierRecord } from './types.js';

export interface Side {
  record: DossierRecord;
  class: DossierClass;
  result: Day | null;
  /** The due day lateness is judged against: the written due day, moved by supplement waits. */
  due: Day;
  calendarDaysLate: number;
  workingDaysLate: number;
}

/**
 * The due day to judge by: time the applicant spent on a supplement request (from the request to the
 * day they supplied it, in working days) does not count against the unit. `wait` is the dossier's wait
 * when another source recorded it (a register seldom has supplement columns): both sides move alike.
 */
export function effectiveDue(r: DossierRecord, cal: WorkingCalendar, wait: number | null): Day {
  return wait === null || wait === 0 ? r.due : addWorkingDays(cal, r.due, wait);
}

/**
 * Working days the applicant spent on a supplement request, from the request to the day they supplied
 * the papers (the working days in (request, supplied]), as known at the as-of date; null when there is
 * none. A dossier still waiting for the applicant then (a request by the as-of date, nothing supplied,
 * no result) is paused: its wait runs to the as-of date, so a dossier whose papers the unit is waiting
 * for is not "pending, overdue" for that time. A wait ending after the as-of date counts up to it (what
 * a report at that date can know). A resolved dossier with a request but no supply date has no known
 * wait (null).
 */
export function supplementWaitAt(
  r: DossierRecord,
  opts: Pick<AuditOptions, 'calendar' | 'asOf' | 'resultDate'>,
): number | null {
  const requested = r.supplementRequested;
  if (requested === null || requested > opts.asOf) return null;
  let end = r.supplementReturned;
  if (end === null) {
    const result = resultDayOf(r, opts.resultDate);
    if (result !== null && result <= opts.asOf) return null;
    end = opts.asOf;
  }
  end = Math.min(end, opts.asOf);
  return end <= requested ? null : workingDaysBetween(opts.calendar, requested, end);
}

/**
 * A dossier's supplement wait as the electronic system recorded it, else as the register did: it
 * applies to both sides (a register seldom has supplement columns).
 */
export function dossierWait(
  e: DossierRecord | undefined,
  p: DossierRecord | undefined,
  opts: Pick<AuditOptions, 'calendar' | 'asOf' | 'resultDate'>,
): number | null {
  return (e && supplementWaitAt(e, opts)) ?? (p && supplementWaitAt(p, opts)) ?? null;
}

export function makeSide(
  record: DossierRecord,
  opts: AuditOptions,
  wait: number | null = supplementWaitAt(record, opts),
): Side {
  const due = effectiveDue(record, opts.calendar, wait);
  const c = classifyDossier(record, opts.asOf, opts.resultDate, due);
  const result = resultDayOf(record, opts.resultDate);
  const until = lateUntil(c, result, opts.asOf);
  return {
    record,
    class: c,
    result,
    due,
    calendarDaysLate: until === null ? 0 : until - due,
    workingDaysLate: until === null ? 0 : workingDaysBetween(opts.calendar, due, until),
  };
}
