/**
 * The working-day calendar of Vietnamese public administration and deadline arithmetic on it.
 *
 * A day is a working day when it is Monday–Friday, unless an entry makes it a day off, or a
 * Saturday/Sunday that an entry makes a working day. Entries for a year come from, in order of
 * precedence: the caller's overrides (a user `--calendar` file), the built-in data of the government's
 * yearly notices (`holidays-data.ts`), else the computed rules (`rules.ts`). Each year is resolved
 * lazily on first use into a bitmap, so `isWorkingDay` is an array lookup.
 *
 * Due-date convention: processing starts on the first working day after the receipt day; a time limit
 * of n working days ends on the n-th working day after the receipt day.
 */
import { civilFromDays, dayOf, formatIsoDay, isoWeekday, parseIsoDay, type Day } from '../day.js';
import type { CalendarEntry } from './calendar-entry.js';
import { BUILT_IN_ENTRIES } from './holidays-data.js';
import { computeYearEntries } from './rules.js';

export type { CalendarEntry, EntryKind } from './calendar-entry.js';
export { ENTRY_KINDS } from './calendar-entry.js';
export { parseCalendarFile, CalendarFileError } from './calendar-file.js';

export interface WorkingCalendar {
  isWorkingDay(d: Day): boolean;
  /** Years resolved so far that had no built-in data and used the computed rules, ascending. */
  computedYears(): number[];
  /** The effective entries of a year (data or rules, with overrides applied), in date order. */
  entriesForYear(year: number): CalendarEntry[];
}

interface YearTable {
  year: number;
  start: Day;
  /** 1 = working day, indexed by `d - start`. */
  working: Uint8Array;
  entries: CalendarEntry[];
  computed: boolean;
}

const yearOfEntry = (e: CalendarEntry): number => Number(e.date.slice(0, 4));

function groupByYear(entries: readonly CalendarEntry[]): Map<number, CalendarEntry[]> {
  const byYear = new Map<number, CalendarEntry[]>();
  for (const e of entries) {
    const year = yearOfEntry(e);
    const list = byYear.get(year);
    if (list) list.push(e);
    else byYear.set(year, [e]);
  }
  return byYear;
}

const BUILT_IN_BY_YEAR = groupByYear(BUILT_IN_ENTRIES);

function dayOfEntry(e: CalendarEntry): Day {
  const d = parseIsoDay(e.date);
  if (d === null)
    throw new RangeError(`calendar entry "${e.name}": expected date yyyy-mm-dd, got ${JSON.stringify(e.date)}`);
  return d;
}

function resolveYear(year: number, overrides: readonly CalendarEntry[]): YearTable {
  const builtIn = BUILT_IN_BY_YEAR.get(year);
  const byDate = new Map<string, CalendarEntry>();
  for (const e of builtIn ?? computeYearEntries(year)) byDate.set(e.date, e);
  for (const e of overrides) byDate.set(e.date, e); // later overrides win over earlier ones
  const start = dayOf(year, 1, 1) as Day;
  const end = dayOf(year + 1, 1, 1) as Day;
  const working = new Uint8Array(end - start);
  for (let d = start; d < end; d += 1) working[d - start] = isoWeekday(d) <= 5 ? 1 : 0;
  for (const e of byDate.values()) working[dayOfEntry(e) - start] = e.kind === 'working' ? 1 : 0;
  const entries = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, start, working, entries, computed: builtIn === undefined };
}

/** A calendar from the built-in data, the rules for other years, and `overrides`, which win. */
export function buildCalendar(overrides: CalendarEntry[] = []): WorkingCalendar {
  const normalised = overrides.map((e) => ({ ...e, date: formatIsoDay(dayOfEntry(e)) }));
  const overridesByYear = groupByYear(normalised);
  const tables = new Map<number, YearTable>();
  let last: YearTable | undefined;

  const tableOf = (year: number): YearTable => {
    let table = tables.get(year);
    if (!table) {
      table = resolveYear(year, overridesByYear.get(year) ?? []);
      tables.set(year, table);
    }
    return table;
  };

  return {
    isWorkingDay(d: Day): boolean {
      // Consecutive calls nearly always hit the same year: skip the civil-date conversion then.
      if (last === undefined || d < last.start || d >= last.start + last.working.length) {
        last = tableOf(civilFromDays(d).year);
      }
      return last.working[d - last.start] === 1;
    },
    computedYears(): number[] {
      return [...tables.values()]
        .filter((t) => t.computed)
        .map((t) => t.year)
        .sort((a, b) => a - b);
    },
    entriesForYear(year: number): CalendarEntry[] {
      return tableOf(year).entries.map((e) => ({ ...e }));
    },
  };
}

/** A calendar file that turns a whole year off would otherwise make `addWorkingDays` loop forever. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working-day count must be a whole number >= 0, got ${n}`);
}

/** The due day of a time limit of `n` working days for a dossier received on `received`. */
export function addWorkingDays(cal: WorkingCalendar, received: Day, n: number): Day {
  checkCount(n);
  let d = received;
  let idle = 0;
  for (let left = n; left > 0; ) {
    d += 1;
    if (cal.isWorkingDay(d)) {
      left -= 1;
      idle = 0;
    } else if (++idle > MAX_DAYS_OFF_IN_A_ROW) {
      throw new RangeError(
        `no working day for ${MAX_DAYS_OFF_IN_A_ROW} days after ${formatIsoDay(d - idle)}: check the calendar`,
      );
    }
  }
  return d;
}

/** Working days in (from, to]; 0 when `to` is not after `from`. With from = due, to = result: days late. */
export function workingDaysBetween(cal: WorkingCalendar, from: Day, to: Day): number {
  let count = 0;
  for (let d = from + 1; d <= to; d += 1) if (cal.isWorkingDay(d)) count += 1;
  return count;
}
