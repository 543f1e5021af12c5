/** Consistency of the built-in calendar data. */
import { describe, expect, it } from 'vitest';
import { dayOf, formatIsoDay, isoWeekday, parseIsoDay, type Day } from '../../../src/core/day.js';
import { ENTRY_KINDS } from '../../../src/core/calendar/calendar-entry.js';
import { addWorkingDays, buildCalendar } from '../../../src/core/calendar/working-days.js';
import { BUILT_IN_ENTRIES, BUILT_IN_YEARS, CALENDAR_DATA_VERSION } from '../../../src/core/calendar/holidays-data.js';
import { lunarToDay } from '../../../src/core/calendar/lunar.js';

const kindOn = (iso: string): string | undefined => BUILT_IN_ENTRIES.find((e) => e.date === iso)?.kind;

describe('built-in calendar data', () => {
  it('has a version and covers 2020–2026', () => {
    expect(CALENDAR_DATA_VERSION).toMatch(/^\d{4}\.\d+$/);
    for (let year = 2020; year <= 2026; year += 1) expect(BUILT_IN_YEARS).toContain(year);
  });

  it('every entry has a valid date in a built-in year, a kind, names and a source', () => {
    for (const e of BUILT_IN_ENTRIES) {
      const d = parseIsoDay(e.date);
      expect(d, e.date).not.toBeNull();
      expect(formatIsoDay(d as Day)).toBe(e.date);
      expect(BUILT_IN_YEARS).toContain(Number(e.date.slice(0, 4)));
      expect(ENTRY_KINDS).toContain(e.kind);
      expect(e.name.trim(), e.date).not.toBe('');
      expect(e.nameVi?.trim(), e.date).toBeTruthy();
      expect(e.source.trim(), e.date).not.toBe('');
    }
  });

  it('lists weekdays only as off and weekends only as working, each date once', () => {
    for (const e of BUILT_IN_ENTRIES) {
      const weekend = isoWeekday(parseIsoDay(e.date) as Day) >= 6;
      expect(e.kind, e.date).toBe(weekend ? 'working' : 'off');
    }
    expect(new Set(BUILT_IN_ENTRIES.map((e) => e.date)).size).toBe(BUILT_IN_ENTRIES.length);
  });

  it('is sorted by date', () => {
    const dates = BUILT_IN_ENTRIES.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every weekday holiday of the Labour Code as off (Tết and Hùng Kings via the lunar module)', () => {
    for (const year of BUILT_IN_YEARS) {
      const holidays: Day[] = [
        dayOf(year, 1, 1) as Day,
        lunarToDay(1, 1, year) as Day,
        lunarToDay(10, 3, year) as Day,
        dayOf(year, 4, 30) as Day,
        dayOf(year, 5, 1) as Day,
        dayOf(year, 9, 2) as Day,
      ];
      for (const d of holidays) if (isoWeekday(d) <= 5) expect(kindOn(formatIsoDay(d)), formatIsoDay(d)).toBe('off');
    }
  });

  it('balances each swapped working Saturday with a bridge day off', () => {
    for (const year of BUILT_IN_YEARS) {
      const ofYear = BUILT_IN_ENTRIES.filter((e) => e.date.startsWith(`${year}-`));
      const saturdays = ofYear.filter((e) => e.kind === 'working').length;
      const bridges = ofYear.filter((e) => e.name.startsWith('Bridge day')).length;
      expect(saturdays, String(year)).toBe(bridges);
    }
  });

  it('has the National Day 2026 swap the Ministry of Home Affairs announced: Mon 31/8 off, Sat 22/8 worked', () => {
    expect(kindOn('2026-08-31')).toBe('off');
    expect(kindOn('2026-08-22')).toBe('working');
    expect(kindOn('2026-09-01')).toBe('off');
    const cal = buildCalendar();
    // Fri 28/8/2026 + 1 working day: Sat 29, Sun 30, Mon 31/8, Tue 1/9, Wed 2/9 off → Thu 3/9.
    expect(formatIsoDay(addWorkingDays(cal, dayOf(2026, 8, 28) as Day, 1))).toBe('2026-09-03');
    // Fri 21/8/2026 + 1 working day: Sat 22/8, worked in exchange.
    expect(formatIsoDay(addWorkingDays(cal, dayOf(2026, 8, 21) as Day, 1))).toBe('2026-08-22');
  });

  it('has the breaks of DOMAIN.md', () => {
    // Tết 2024 Thu 8/2 – Wed 14/2: weekdays 8, 9, 12, 13, 14 off.
    for (const d of ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'])
      expect(kindOn(d)).toBe('off');
    // Tết 2025 Sat 25/1 – Sun 2/2: the five Tết days Mon 27/1 – Fri 31/1, no make-up Saturday.
    for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'])
      expect(kindOn(d)).toBe('off');
    expect(kindOn('2025-02-08')).toBeUndefined();
    // Tết 2026 Sat 14/2 – Sun 22/2: weekdays 16–20 off.
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(kindOn(d)).toBe('off');
    // 30/4–1/5 2025: Fri 2/5 off, Sat 26/4 worked. 2024: Mon 29/4 off, Sat 4/5 worked.
    expect(kindOn('2025-05-02')).toBe('off');
    expect(kindOn('2025-04-26')).toBe('working');
    expect(kindOn('2024-04-29')).toBe('off');
    expect(kindOn('2024-05-04')).toBe('working');
  });
});
