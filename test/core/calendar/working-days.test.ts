/**
 * Working days and deadline arithmetic. Every expected date below was counted by hand on a calendar;
 * the comments show the count.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, type Day } from '../../../src/core/day.js';
import {
  addWorkingDays,
  buildCalendar,
  workingDaysBetween,
  type CalendarEntry,
} from '../../../src/core/calendar/working-days.js';

const day = (iso: string): Day => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};
const cal = buildCalendar();
const due = (received: string, n: number, c = cal): string => formatIsoDay(addWorkingDays(c, day(received), n));

describe('isWorkingDay', () => {
  it('is Monday–Friday outside holidays', () => {
    expect(cal.isWorkingDay(day('2024-03-04'))).toBe(true); // Monday
    expect(cal.isWorkingDay(day('2024-03-08'))).toBe(true); // Friday
    expect(cal.isWorkingDay(day('2024-03-09'))).toBe(false); // Saturday
    expect(cal.isWorkingDay(day('2024-03-10'))).toBe(false); // Sunday
  });

  it('follows the swaps of 2025', () => {
    expect(cal.isWorkingDay(day('2025-01-27'))).toBe(false); // Mon 27/1, first of the five Tết days
    expect(cal.isWorkingDay(day('2025-02-08'))).toBe(false); // Sat 8/2: no make-up day in 2025
    expect(cal.isWorkingDay(day('2025-02-15'))).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay(day('2025-04-26'))).toBe(true); // Sat 26/4 worked back
    expect(cal.isWorkingDay(day('2025-05-02'))).toBe(false); // Fri 2/5 off (bridge)
  });
});

describe('addWorkingDays (due date = n-th working day after receipt)', () => {
  it('n = 0 is the receipt day', () => {
    expect(due('2024-02-02', 0)).toBe('2024-02-02');
  });

  it('counts from the next working day in an ordinary week', () => {
    // Received Wed 6/3/2024, 3 days: Thu 7 (1), Fri 8 (2), Sat–Sun skipped, Mon 11 (3).
    expect(due('2024-03-06', 3)).toBe('2024-03-11');
    // Received on a Saturday, 1 day: Mon 11/3.
    expect(due('2024-03-09', 1)).toBe('2024-03-11');
  });

  it('Tết 2024 (break Thu 8/2 – Wed 14/2): received Fri 2/2, 5 days → Fri 16/2', () => {
    // Mon 5 (1), Tue 6 (2), Wed 7 (3), Thu 8 – Wed 14 off, Thu 15 (4), Fri 16 (5).
    expect(due('2024-02-02', 5)).toBe('2024-02-16');
  });

  it('Tết 2025 (break Sat 25/1 – Sun 2/2, no working Saturday)', () => {
    // Received Fri 24/1, 3 days: 25/1 – 2/2 off, Mon 3/2 (1), Tue 4 (2), Wed 5 (3).
    expect(due('2025-01-24', 3)).toBe('2025-02-05');
    // Received Thu 6/2, 2 days: Fri 7 (1), Sat 8 and Sun 9 off, Mon 10 (2).
    expect(due('2025-02-06', 2)).toBe('2025-02-10');
  });

  it('30/4–1/5 2025 (Wed 30/4 – Sun 4/5 off, Sat 26/4 worked)', () => {
    // Received Fri 25/4, 2 days: Sat 26 (1), Sun 27 skipped, Mon 28 (2).
    expect(due('2025-04-25', 2)).toBe('2025-04-28');
    // Received Tue 29/4, 1 day: Wed 30/4 – Sun 4/5 off, Mon 5/5 (1).
    expect(due('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('National Day 2025 (Mon 1/9 and Tue 2/9 off)', () => {
    // Received Fri 29/8, 1 day: Sat 30, Sun 31, Mon 1/9, Tue 2/9 off, Wed 3/9 (1).
    expect(due('2025-08-29', 1)).toBe('2025-09-03');
  });

  it('crosses a year boundary (New Year 2025 on Wed 1/1)', () => {
    // Received Mon 30/12/2024, 2 days: Tue 31/12 (1), Wed 1/1 off, Thu 2/1/2025 (2).
    expect(due('2024-12-30', 2)).toBe('2025-01-02');
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays(cal, day('2025-01-01'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, day('2025-01-01'), 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween (working days in (from, to])', () => {
  it('due Wed 7/2/2024, finished Thu 15/2/2024 → 1 working day late', () => {
    // Thu 8 – Wed 14 are the Tết break; Thu 15 is the only working day in (7/2, 15/2].
    expect(workingDaysBetween(cal, day('2024-02-07'), day('2024-02-15'))).toBe(1);
  });

  it('is 0 when to is not after from', () => {
    expect(workingDaysBetween(cal, day('2024-02-15'), day('2024-02-15'))).toBe(0);
    expect(workingDaysBetween(cal, day('2024-02-15'), day('2024-02-07'))).toBe(0);
  });

  it('around 30/4 2025: due Tue 29/4, done Tue 6/5 → 2 days late', () => {
    // 30/4 – 4/5 off; Mon 5/5 (1), Tue 6/5 (2).
    expect(workingDaysBetween(cal, day('2025-04-29'), day('2025-05-06'))).toBe(2);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const received of ['2024-02-02', '2025-01-24', '2025-04-25', '2026-02-12']) {
      for (let n = 0; n <= 30; n += 1) {
        expect(workingDaysBetween(cal, day(received), addWorkingDays(cal, day(received), n))).toBe(n);
      }
    }
  });
});

describe('overrides', () => {
  const overrides: CalendarEntry[] = [
    { date: '2025-09-03', kind: 'off', name: 'Local day off', source: 'holidays.json' },
    { date: '2025-05-02', kind: 'working', name: 'Bridge day cancelled', source: 'holidays.json' },
    { date: '2031-01-29', kind: 'off', name: 'Tết bridge', source: 'holidays.json' },
  ];
  const withOverrides = buildCalendar(overrides);

  it('win over the built-in data', () => {
    // Received Fri 29/8/2025, 1 day: 30/8 – 2/9 off, Wed 3/9 now off too, Thu 4/9 (1).
    expect(due('2025-08-29', 1, withOverrides)).toBe('2025-09-04');
    expect(withOverrides.isWorkingDay(day('2025-05-02'))).toBe(true);
    expect(withOverrides.entriesForYear(2025).find((e) => e.date === '2025-05-02')?.source).toBe('holidays.json');
  });

  it('win over the computed rules', () => {
    expect(withOverrides.isWorkingDay(day('2031-01-29'))).toBe(false);
    expect(cal.isWorkingDay(day('2031-01-29'))).toBe(true);
  });

  it('reject a malformed date', () => {
    expect(() => buildCalendar([{ date: '2025/04/30', kind: 'off', name: 'x', source: 'y' }])).toThrow(/2025\/04\/30/);
  });
});

describe('years without data', () => {
  it('2031 uses the rules and is reported by computedYears()', () => {
    const fresh = buildCalendar();
    expect(fresh.computedYears()).toEqual([]);
    fresh.isWorkingDay(day('2025-06-02'));
    expect(fresh.computedYears()).toEqual([]); // 2025 has built-in data
    // Tết 2031 (rules): Wed 22/1 – Fri 24/1 off, Sat 25 and Sun 26 compensated Mon 27 and Tue 28.
    expect(fresh.isWorkingDay(day('2031-01-22'))).toBe(false);
    expect(fresh.isWorkingDay(day('2031-01-28'))).toBe(false);
    expect(fresh.isWorkingDay(day('2031-01-29'))).toBe(true);
    expect(fresh.computedYears()).toEqual([2031]);
    expect(fresh.entriesForYear(2031).every((e) => e.source === 'computed')).toBe(true);
  });

  it('entriesForYear of a built-in year gives the notices, in date order', () => {
    const entries = cal.entriesForYear(2024);
    expect(entries[0]?.date).toBe('2024-01-01');
    expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort());
    expect(entries.find((e) => e.date === '2024-02-08')?.source).toMatch(/TB-LĐTBXH/);
  });
});
