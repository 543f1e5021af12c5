/** The computed default calendar for years without built-in data. */
import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../../src/core/day.js';
import { computeYearEntries, nationalDayAdjacent } from '../../../src/core/calendar/rules.js';
import { BUILT_IN_ENTRIES } from '../../../src/core/calendar/holidays-data.js';

const offDates = (year: number): string[] =>
  computeYearEntries(year)
    .filter((e) => e.kind === 'off')
    .map((e) => e.date);

describe('nationalDayAdjacent', () => {
  it.each([
    [2021, '2021-09-03'], // 2/9 Thu → Fri 3/9 (as the 2021 notice)
    [2022, '2022-09-01'], // 2/9 Fri → Thu 1/9 (as 2022)
    [2023, '2023-09-01'], // 2/9 Sat → Fri 1/9 (as 2023)
    [2024, '2024-09-03'], // 2/9 Mon → Tue 3/9 (as 2024)
    [2025, '2025-09-01'], // 2/9 Tue → Mon 1/9 (as 2025)
    [2026, '2026-09-01'], // 2/9 Wed → Tue 1/9 (our default)
  ])('%i → %s', (year, expected) => {
    expect(formatIsoDay(nationalDayAdjacent(year))).toBe(expected);
  });
});

describe('computeYearEntries', () => {
  it('2031: Tết Thu 23/1, its weekend days compensated on Mon 27 and Tue 28', () => {
    // Last day of the lunar year Wed 22/1; days 1–4: Thu 23, Fri 24, Sat 25, Sun 26.
    // Sat 25 → next free weekday Mon 27; Sun 26 → Tue 28. Wed 29/1 is a working day.
    const off = offDates(2031);
    for (const d of ['2031-01-22', '2031-01-23', '2031-01-24', '2031-01-27', '2031-01-28']) expect(off).toContain(d);
    expect(off).not.toContain('2031-01-29');
    // 1/1/2031 is a Wednesday; 30/4 Wed and 1/5 Thu; 2/9 Tue with Mon 1/9 adjacent.
    for (const d of ['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-01', '2031-09-02']) expect(off).toContain(d);
  });

  it('2029: National Day on Sunday, adjacent Sat 1/9, both compensated Mon 3/9 and Tue 4/9', () => {
    const off = offDates(2029);
    expect(off).toContain('2029-09-03');
    expect(off).toContain('2029-09-04');
    expect(off).not.toContain('2029-09-01'); // a Saturday: off anyway, not listed
  });

  it('2027: Hùng Kings on Fri 16/4', () => {
    expect(offDates(2027)).toContain('2027-04-16');
  });

  it('Tết was four days until 2013 (Labour Code 1994), five from 2014 (Labour Code 2012)', () => {
    // 2012: Tết Mon 23/1. Four days: Sun 22/1 (last day of the year), Mon 23, Tue 24, Wed 25;
    // Sun 22/1 compensated on Thu 26/1. Fri 27/1 is a working day (it would be off with five days).
    expect(offDates(2012).filter((d) => d.startsWith('2012-01-2'))).toEqual([
      '2012-01-23',
      '2012-01-24',
      '2012-01-25',
      '2012-01-26',
    ]);
    // 2013: Tết Sun 10/2. Sat 9/2, Sun 10, Mon 11, Tue 12; the weekend compensated Wed 13 and Thu 14.
    expect(offDates(2013).filter((d) => d.startsWith('2013-02'))).toEqual([
      '2013-02-11',
      '2013-02-12',
      '2013-02-13',
      '2013-02-14',
    ]);
    // 2014: Tết Fri 31/1. Thu 30/1, Fri 31, Sat 1/2, Sun 2, Mon 3; the weekend compensated Tue 4 and Wed 5.
    expect(offDates(2014).filter((d) => d >= '2014-01-15' && d <= '2014-02-28')).toEqual([
      '2014-01-30',
      '2014-01-31',
      '2014-02-03',
      '2014-02-04',
      '2014-02-05',
    ]);
  });

  it('Hùng Kings day is a holiday from 2007: not Fri 7/4/2006 (10/3 lunar), but Thu 26/4/2007', () => {
    expect(offDates(2006).filter((d) => d.startsWith('2006-04'))).toEqual([]);
    expect(offDates(2007).filter((d) => d.startsWith('2007-04'))).toEqual(['2007-04-26', '2007-04-30']);
  });

  it('before 2021 (Labour Code 2012) National Day is one day', () => {
    // 2/9/2020 is a Wednesday: only that day.
    expect(offDates(2020).filter((d) => d.startsWith('2020-09'))).toEqual(['2020-09-02']);
  });

  it('reproduces a year whose notice made no swap (2022) day for day', () => {
    const data2022 = BUILT_IN_ENTRIES.filter((e) => e.date.startsWith('2022-'))
      .map((e) => e.date)
      .sort();
    expect(offDates(2022)).toEqual(data2022);
  });

  it('lists only weekdays, each once, all marked computed', () => {
    for (let year = 2027; year <= 2040; year += 1) {
      const entries = computeYearEntries(year);
      expect(new Set(entries.map((e) => e.date)).size).toBe(entries.length);
      for (const e of entries) {
        expect(e.source).toBe('computed');
        expect(e.date.startsWith(`${year}-`)).toBe(true);
      }
      // Labour Code 2019: 11 holidays a year, each on a weekday or compensated on one.
      expect(entries.length).toBe(11);
    }
  });
});
