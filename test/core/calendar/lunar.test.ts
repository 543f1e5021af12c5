/** The Vietnamese lunar calendar against published dates and as a round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, formatIsoDay, parseIsoDay, type Day } from '../../../src/core/day.js';
import { dayToLunar, lunarToDay } from '../../../src/core/calendar/lunar.js';

const day = (iso: string): Day => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};
const iso = (d: Day | null): string | null => (d === null ? null : formatIsoDay(d));

describe('lunarToDay', () => {
  // DOMAIN.md's table of Tết (1/1 lunar) and Hùng Kings (10/3 lunar), 2020–2030.
  const table: [number, string, string][] = [
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-02', '2030-04-12'],
  ];
  it.each(table)('Tết and Hùng Kings %i', (year, tet, hung) => {
    expect(iso(lunarToDay(1, 1, year))).toBe(tet);
    expect(iso(lunarToDay(10, 3, year))).toBe(hung);
  });

  // Independent check: published Vietnamese calendars for 2031–2035.
  it.each([
    [2031, '2031-01-23'],
    [2032, '2032-02-11'],
    [2033, '2033-01-31'],
    [2034, '2034-02-19'],
    [2035, '2035-02-08'],
  ])('Tết %i', (year, tet) => {
    expect(iso(lunarToDay(1, 1, year))).toBe(tet);
  });

  it('depends on the time zone: Tết 2030 is 2 Feb at UTC+7, 3 Feb at UTC+8 (China)', () => {
    expect(iso(lunarToDay(1, 1, 2030, false, 7))).toBe('2030-02-02');
    expect(iso(lunarToDay(1, 1, 2030, false, 8))).toBe('2030-02-03');
  });

  it('knows the leap months: 2nd month of Quý Mão 2023, 6th of Ất Tỵ 2025', () => {
    // Leap month 2 of 2023 began 22/3/2023; leap month 6 of 2025 began 25/7/2025.
    expect(iso(lunarToDay(1, 2, 2023, true))).toBe('2023-03-22');
    expect(iso(lunarToDay(1, 6, 2025, true))).toBe('2025-07-25');
  });

  it('knows the last day of the lunar year: 30 Tết 2023, but only 29 Tết in 2024', () => {
    // Quý Mão's 12th month had 30 days: 30/12 = Fri 9/2/2024, the day before Tết 10/2/2024.
    expect(iso(lunarToDay(30, 12, 2023))).toBe('2024-02-09');
    // Giáp Thìn's 12th month had 29 days (the much-reported "no 30 Tết"): 29/12 = Tue 28/1/2025.
    expect(iso(lunarToDay(29, 12, 2024))).toBe('2025-01-28');
    expect(lunarToDay(30, 12, 2024)).toBeNull();
  });

  it('returns null for dates that do not exist', () => {
    expect(lunarToDay(1, 3, 2023, true)).toBeNull(); // 2023's leap month is the 2nd, not the 3rd
    expect(lunarToDay(1, 1, 2024, true)).toBeNull(); // 2024 has no leap month
    expect(lunarToDay(1, 13, 2024)).toBeNull();
    expect(lunarToDay(0, 1, 2024)).toBeNull();
    expect(lunarToDay(31, 1, 2024)).toBeNull();
    expect(lunarToDay(1.5, 1, 2024)).toBeNull();
  });
});

describe('dayToLunar', () => {
  it('gives the lunar date of a day', () => {
    expect(dayToLunar(day('2024-02-10'))).toEqual({ day: 1, month: 1, year: 2024, leap: false });
    expect(dayToLunar(day('2024-02-09'))).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(dayToLunar(day('2023-03-22'))).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(dayToLunar(day('2025-04-07'))).toEqual({ day: 10, month: 3, year: 2025, leap: false });
  });

  it('round-trips every day of 1950–2100 (sampled)', () => {
    const from = dayOf(1950, 1, 1) as Day;
    const to = dayOf(2100, 12, 31) as Day;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (d) => {
        const l = dayToLunar(d);
        expect(lunarToDay(l.day, l.month, l.year, l.leap)).toBe(d);
      }),
      { numRuns: 3000 },
    );
  });

  it('puts Tết between 21 January and 20 February in 1950–2100', () => {
    for (let year = 1950; year <= 2100; year += 1) {
      const tet = lunarToDay(1, 1, year) as Day;
      expect(tet).toBeGreaterThanOrEqual(dayOf(year, 1, 21) as Day);
      expect(tet).toBeLessThanOrEqual(dayOf(year, 2, 20) as Day);
    }
  });
});
