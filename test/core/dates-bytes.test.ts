/**
 * Dates read from a cell's bytes (`readDayBytes`) against `parseDay` on the same text: whenever the byte
 * reader answers (a day, or null for a date of the right shape that does not exist), it answers what
 * `parseDay` answers; it answers for every real date in the common shapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay, readDayBytes } from '../../src/core/dates.js';
import { dayOf } from '../../src/core/day.js';

const read = (text: string): number | null | undefined => {
  const bytes = Buffer.from(`xx${text}yy`, 'utf8'); // the cell sits inside a larger block
  return readDayBytes(bytes, 2, bytes.length - 2);
};

describe('readDayBytes', () => {
  it.each([
    ['15/01/2024', dayOf(2024, 1, 15)],
    ['29/02/2024', dayOf(2024, 2, 29)],
    ['31/12/2199', dayOf(2199, 12, 31)],
    ['01/01/1900', dayOf(1900, 1, 1)],
    ['15/01/2024 08:30', dayOf(2024, 1, 15)],
    ['15/01/2024 23:59:59', dayOf(2024, 1, 15)],
    ['08:30 15/01/2024', dayOf(2024, 1, 15)],
    ['2024-01-15', dayOf(2024, 1, 15)],
    ['2024-01-15 00:00', dayOf(2024, 1, 15)],
    [' 15/01/2024\t', dayOf(2024, 1, 15)],
  ])('reads %j', (text, day) => {
    expect(read(text)).toBe(day);
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    '29/02/2023', // not a leap year
    '31/04/2024',
    '00/01/2024',
    '15/13/2024',
    '31/12/1899',
    '01/01/2200',
    '15/01/2024 24:00',
    '15/01/2024 08:60',
    '15/01/2024 08:30:60',
  ])('refuses %j as parseDay does', (text) => {
    expect(read(text)).toBeNull();
    expect(parseDay(text)).toBeNull();
  });

  it.each([
    '15/01/2024T08:30',
    '15-01-2024',
    '1/1/2024',
    '15/01/20x4',
    '15/01/2x24',
    '15/01/2024 8:30',
    '45306',
    '',
    '15/01/2024\u00a0', // a non-breaking space is two bytes in UTF-8: parseDay trims it
    'ngày 15/01/2024',
  ])('leaves %j to parseDay', (text) => {
    expect(read(text)).toBeUndefined();
  });

  const digits = (n: number) =>
    fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const dateLike = fc.oneof(
    fc.tuple(digits(2), digits(2), digits(4)).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc
      .tuple(digits(2), digits(2), fc.constantFrom('19', '20', '21'), digits(2))
      .map(([d, m, c, y]) => `${d}/${m}/${c}${y}`),
  );
  const time = fc.oneof(
    fc.constant(''),
    fc.tuple(digits(2), digits(2)).map(([h, m]) => ` ${h}:${m}`),
    fc.tuple(digits(2), digits(2), digits(2)).map(([h, m, s]) => ` ${h}:${m}:${s}`),
  );
  const blanks = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', 'ạ'), maxLength: 2 });
  const noise = fc.string({ unit: fc.constantFrom(...'0123456789/-: .Tx\u00a0ạ'), maxLength: 20 });

  it('answers only what parseDay answers, on random date-like text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(blanks, dateLike, time, blanks).map(([a, d, t, b]) => a + d + t + b),
          fc.tuple(time, dateLike).map(([t, d]) => `${t.trim()} ${d}`),
          noise,
        ),
        (text) => {
          const day = read(text);
          if (day !== undefined) expect(day).toBe(parseDay(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('answers for every real date in the common shapes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (y, m, d, h, min) => {
          const day = dayOf(y, m, d);
          fc.pre(day !== null);
          const p = (n: number) => String(n).padStart(2, '0');
          expect(read(`${p(d)}/${p(m)}/${y}`)).toBe(day);
          expect(read(`${p(d)}/${p(m)}/${y} ${p(h)}:${p(min)}`)).toBe(day);
          expect(read(`${y}-${p(m)}-${p(d)} ${p(h)}:${p(min)}:${p(min)}`)).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
