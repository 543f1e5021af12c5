/**
 * The procedure catalogue (`--procedures`): procedure code or name → statutory time limit, in the unit
 * its law writes it in — working days (the usual "ngày làm việc", also half days: "0,5 ngày"),
 * calendar days ("30 ngày lịch"), hours ("04 giờ") or the same day ("Trong ngày"). With it, each
 * record's due date is checked against the due date the limit gives.
 */
import { addWorkingDays, type WorkingCalendar } from './calendar/working-days.js';
import type { Day } from './day.js';
import { foldText, normaliseCode } from './fold.js';
import type { DossierRecord } from './types.js';

export const LIMIT_UNITS = ['working-days', 'calendar-days', 'hours', 'same-day'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** A statutory time limit: `amount` of `unit` (0 for the same day). */
export interface TimeLimit {
  amount: number;
  unit: LimitUnit;
}

export interface ProcedureCatalogue {
  byCode: Map<string, TimeLimit>;
  byName: Map<string, TimeLimit>;
}

export interface ProcedureEntry {
  code: string;
  name: string;
  limit: TimeLimit;
}

/** Working hours in a working day: "04 giờ" is half a day, "08 giờ" one. */
const HOURS_A_DAY = 8;

const NUMBER = '(\\d{1,3}(?:[.,]\\d{1,2})?)';
const PATTERNS: readonly (readonly [RegExp, LimitUnit])[] = [
  [/^(?:ngay )?trong (?:ngay|ngay lam viec)$|^same day$/, 'same-day'],
  [/^(?:nua ngay|1\/2 ngay)(?: lam viec)?$|^half a day$/, 'working-days'],
  [new RegExp(`^${NUMBER} ?(?:gio|tieng|h|hours?)(?: lam viec)?$`), 'hours'],
  [
    new RegExp(`^${NUMBER} ?(?:ngay lich|ngay theo lich|ngay theo ngay lich|ngay duong lich|calendar days?)$`),
    'calendar-days',
  ],
  [new RegExp(`^${NUMBER} ?(?:ngay lam viec|ngay|working days?|days?)?$`), 'working-days'],
];

/**
 * The limit a catalogue cell writes, or null: "5", "5 ngày", "5 ngày làm việc", "0,5 ngày", "nửa
 * ngày" (working days); "30 ngày lịch", "30 ngày (theo ngày lịch)" (calendar days); "04 giờ" (hours);
 * "Trong ngày" (same day). A bare number of days is in working days, as most procedures' are.
 * Half days are the only fractions (a working day is not cut finer than its morning and afternoon).
 */
export function readLimit(text: string): TimeLimit | null {
  const folded = foldText(text.replace(/[()]/g, ' ')).replace(/\s+/g, ' ').trim();
  for (const [pattern, unit] of PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    if (unit === 'same-day') return { amount: 0, unit };
    const amount = m[1] === undefined ? 0.5 : Number(m[1].replace(',', '.'));
    if (unit !== 'hours' && !Number.isInteger(amount * 2)) return null;
    if (unit === 'calendar-days' && !Number.isInteger(amount)) return null;
    return { amount, unit };
  }
  return null;
}

export function buildCatalogue(entries: readonly ProcedureEntry[]): ProcedureCatalogue {
  const catalogue: ProcedureCatalogue = { byCode: new Map(), byName: new Map() };
  for (const e of entries) {
    if (e.code.trim() !== '') catalogue.byCode.set(normaliseCode(e.code), e.limit);
    if (e.name.trim() !== '') catalogue.byName.set(foldText(e.name), e.limit);
  }
  return catalogue;
}

/** The statutory limit of a record's procedure: by code first, else by name; undefined when unknown. */
export function statutoryLimitOf(record: DossierRecord, catalogue: ProcedureCatalogue): TimeLimit | undefined {
  return (
    (record.procedureCode !== '' ? catalogue.byCode.get(record.procedureCode) : undefined) ??
    catalogue.byName.get(foldText(record.procedure))
  );
}

/**
 * The day a dossier's time limit counts from (the day it counts as received). Without a receipt
 * cut-off (`cutoff` null): the receipt day. With one (minutes since midnight, `--cutoff 15:00` = 900):
 * the next working day when the dossier came in at or after the cut-off on a working day, or at any
 * time on a day that is not a working day; else the receipt day. A receipt with no time (`minute`
 * null) counts as before the cut-off.
 */
export function countedFromDay(received: Day, minute: number | null, cutoff: number | null, cal: WorkingCalendar): Day {
  if (cutoff === null) return received;
  if (cal.isWorkingDay(received) && (minute === null || minute < cutoff)) return received;
  return addWorkingDays(cal, received, 1);
}

/**
 * The due dates a limit allows for a dossier that counts as received on `received`: a due date before
 * `earliest` is too short, after `latest` extended. Working days count from the next working day after
 * it; a limit in calendar days ends on received + n, moved to the next working day when that is a day
 * off. A limit shorter than a day (hours, half a day, the same day, 0 days) allows that day and the
 * next working day — a dossier received late in the afternoon — unless `timed`: with a receipt
 * cut-off in force the receipt time has been read (`countedFromDay`), so the same day (or 0 days) is
 * that day only. Hours and half days keep the next working day, since office hours are not modelled
 * (4 hours from 14:00 end the next morning).
 */
export function allowedDue(
  limit: TimeLimit,
  received: Day,
  cal: WorkingCalendar,
  timed = false,
): { earliest: Day; latest: Day } {
  if (limit.unit === 'calendar-days') {
    let end = received + limit.amount;
    while (!cal.isWorkingDay(end)) end += 1;
    return { earliest: end, latest: end };
  }
  const days = limit.unit === 'same-day' ? 0 : limit.unit === 'hours' ? limit.amount / HOURS_A_DAY : limit.amount;
  if (Number.isInteger(days) && (days > 0 || (timed && limit.unit !== 'hours'))) {
    const due = addWorkingDays(cal, received, days);
    return { earliest: due, latest: due };
  }
  return {
    earliest: addWorkingDays(cal, received, Math.floor(days)),
    latest: addWorkingDays(cal, received, Math.max(1, Math.ceil(days))),
  };
}

/**
 * The limit of a record's procedure, the day it counts from (`countedFromDay`, with the receipt
 * cut-off `cutoff` in minutes since midnight, or null) and the due dates it allows; null when the
 * procedure is not in the catalogue.
 */
export function statutoryDueOf(
  record: DossierRecord,
  catalogue: ProcedureCatalogue,
  cal: WorkingCalendar,
  cutoff: number | null = null,
): ({ limit: TimeLimit; countedFrom: Day } & ReturnType<typeof allowedDue>) | null {
  const limit = statutoryLimitOf(record, catalogue);
  if (limit === undefined) return null;
  const countedFrom = countedFromDay(record.received, record.receivedMinute, cutoff, cal);
  return { limit, countedFrom, ...allowedDue(limit, countedFrom, cal, cutoff !== null) };
}
