/**
 * Day numbers. Expected values counted by hand: 1970-01-01 is day 0; 2024-01-01 is 54 years later,
 * 54·365 + 13 leap days (1972 … 2020) = 19723.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDays,
  dayOf,
  daysFromCivil,
  daysInMonth,
  formatIsoDay,
  formatViDay,
  isLeapYear,
  isoWeekday,
  parseIsoDay,
} from '../../src/core/day.js';

describe('daysFromCivil / civilFromDays', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [1970, 3, 1, 59], // 31 + 28
    [2024, 1, 1, 19723],
    [2024, 1, 15, 19737],
    [2024, 2, 29, 19782],
    [2024, 3, 1, 19783],
    [2000, 2, 29, 11016],
    [1900, 1, 1, -25567], // 70 years, 17 leap days (1904 … 1968): 70·365 + 17
  ])('%i-%i-%i is day %i', (y, m, d, n) => {
    expect(daysFromCivil(y, m, d)).toBe(n);
    expect(civilFromDays(n)).toEqual({ year: y, month: m, day: d });
  });

  it('round-trips every day from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (n) => {
        const { year, month, day } = civilFromDays(n);
        expect(daysFromCivil(year, month, day)).toBe(n);
        expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
      }),
    );
  });

  it('consecutive days are consecutive dates across month and year ends', () => {
    expect(civilFromDays(daysFromCivil(2023, 12, 31) + 1)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(civilFromDays(daysFromCivil(2024, 2, 28) + 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDays(daysFromCivil(2023, 2, 28) + 1)).toEqual({ year: 2023, month: 3, day: 1 });
  });
});

describe('isLeapYear / daysInMonth', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i leap: %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });

  it('counts the days of each month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2024, m))).toEqual([30, 30, 30, 30]);
  });
});

describe('dayOf', () => {
  it('gives the day number of a real date', () => {
    expect(dayOf(2024, 1, 15)).toBe(19737);
    expect(dayOf(2024, 2, 29)).toBe(19782);
  });

  it.each([
    [2023, 2, 29],
    [2024, 2, 30],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [2024, 1, 0],
    [2024, 1, 32],
    [2024.5, 1, 1],
    [2024, 1.5, 1],
    [2024, 1, 1.5],
    [Number.NaN, 1, 1],
  ])('refuses %s-%s-%s', (y, m, d) => {
    expect(dayOf(y, m, d)).toBeNull();
  });
});

describe('isoWeekday', () => {
  it.each([
    ['1970-01-01', 4], // Thursday
    ['1969-12-31', 3], // Wednesday: negative day numbers too
    ['1969-12-28', 7], // Sunday
    ['2024-01-01', 1], // Monday
    ['2024-03-09', 6], // Saturday
    ['2024-03-10', 7], // Sunday
    ['2024-03-15', 5], // Friday
  ])('%s is weekday %i', (iso, w) => {
    expect(isoWeekday(parseIsoDay(iso)!)).toBe(w);
  });
});

describe('formatting and parsing', () => {
  it('formats ISO and Vietnamese forms with zero padding', () => {
    expect(formatIsoDay(19737)).toBe('2024-01-15');
    expect(formatViDay(19737)).toBe('15/01/2024');
    expect(formatIsoDay(dayOf(2024, 3, 5)!)).toBe('2024-03-05');
    expect(formatViDay(dayOf(2024, 3, 5)!)).toBe('05/03/2024');
    expect(formatIsoDay(-1)).toBe('1969-12-31');
    expect(formatIsoDay(dayOf(999, 1, 2)!)).toBe('0999-01-02');
  });

  it('parses strict yyyy-mm-dd only', () => {
    expect(parseIsoDay('2024-01-15')).toBe(19737);
    expect(parseIsoDay(' 2024-01-15 ')).toBe(19737);
    expect(parseIsoDay('2024-02-30')).toBeNull();
    expect(parseIsoDay('2024-1-15')).toBeNull();
    expect(parseIsoDay('15/01/2024')).toBeNull();
    expect(parseIsoDay('2024-01-15T00:00')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });

  it('formatIsoDay and parseIsoDay are inverses', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (n) => {
        expect(parseIsoDay(formatIsoDay(n))).toBe(n);
      }),
    );
  });
});
