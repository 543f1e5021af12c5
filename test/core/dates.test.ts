import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { badDateReason, parseDay, parseMinuteOfDay } from '../../src/core/dates.js';
import { reasonText } from '../../src/messages/reasons.js';

const explainBadDate = (text: string): string => reasonText(badDateReason(text), 'en');
import { dayOf, daysInMonth } from '../../src/core/day.js';

// Day numbers worked out by hand (days since 1970-01-01; 2024-01-01 is 54 years = 19723 days later).
const JAN_15_2024 = 19737;
const JAN_14_2024 = 19736;
const JAN_01_2024 = 19723;
const FEB_29_2024 = 19782;
const MAR_02_2024 = 19784;
const DEC_31_2024 = 20088;

describe('parseDay: numeric day-first dates', () => {
  it.each([
    ['15/01/2024', JAN_15_2024],
    ['5/1/2024', dayOf(2024, 1, 5)],
    ['05/1/2024', dayOf(2024, 1, 5)],
    ['15-01-2024', JAN_15_2024],
    ['15.01.2024', JAN_15_2024],
    ['15 / 01 / 2024', JAN_15_2024],
    ['29/02/2024', FEB_29_2024],
    ['31/12/2024', DEC_31_2024],
    ['01/01/2024', JAN_01_2024],
    ['29/02/2000', 11016],
    ['01/01/1900', -25567],
    ['31/12/2199', 84005],
  ])('%s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    '29/02/2023',
    '31/04/2024',
    '29/02/1900',
    '00/01/2024',
    '15/00/2024',
    '32/01/2024',
    '31/12/1899',
    '01/01/2200',
  ])('refuses the impossible date %s', (text) => {
    expect(parseDay(text)).toBeNull();
  });

  it('never reads month-first', () => {
    expect(parseDay('12/31/2024')).toBeNull();
    expect(parseDay('02/03/2024')).toBe(MAR_02_2024);
    expect(parseDay('2/3/2024')).toBe(MAR_02_2024);
  });

  it.each(['15/01/24', '15-01-24', '5/1/24', '15/01/20245', '115/01/2024'])(
    'refuses the year or field width in %s',
    (text) => {
      expect(parseDay(text)).toBeNull();
    },
  );

  it('requires the same separator twice', () => {
    expect(parseDay('15/01-2024')).toBeNull();
    expect(parseDay('15.01/2024')).toBeNull();
  });
});

describe('parseDay: year-first and ISO dates', () => {
  it.each([
    ['2024-01-15', JAN_15_2024],
    ['2024/01/15', JAN_15_2024],
    ['2024-02-29', FEB_29_2024],
    ['2024-01-15T08:30', JAN_15_2024],
    ['2024-01-15T08:30:00', JAN_15_2024],
    ['2024-01-15T08:30:00.123', JAN_15_2024],
    ['2024-01-15 08:30:00', JAN_15_2024],
    ['2024-01-15t08:30:00z', JAN_15_2024],
  ])('%s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it('takes the written date whatever the zone or offset', () => {
    // 23:30Z is already the 16th in Vietnam; 00:30+07:00 is still the 14th in UTC; neither shifts.
    expect(parseDay('2024-01-15T23:30:00Z')).toBe(JAN_15_2024);
    expect(parseDay('2024-01-15T00:30:00+07:00')).toBe(JAN_15_2024);
    expect(parseDay('2024-01-15T20:00:00.000-05:00')).toBe(JAN_15_2024);
    expect(parseDay('2024-01-14T23:59:59+0700')).toBe(JAN_14_2024);
    expect(parseDay('2024-01-15 08:30 +07:00')).toBe(JAN_15_2024);
    expect(parseDay('2024-01-15T00:00:00-12')).toBe(JAN_15_2024);
  });

  it.each([
    '2024-13-01',
    '2024-02-30',
    '2024-00-10',
    '2023-02-29',
    '2024-01-15T',
    '2024-01-15T24:00',
    '2024-01-15T08:30+25:00',
    '2024-01-15Z',
    '15/01/2024T08:30',
    '15/01/2024 08:30Z',
  ])('refuses %s', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe('parseDay: times', () => {
  it.each([
    ['15/01/2024 08:30', JAN_15_2024],
    ['15/01/2024 8:30', JAN_15_2024],
    ['15/01/2024 08:30:15', JAN_15_2024],
    ['15/01/2024 08:30:15.250', JAN_15_2024],
    ['15/01/2024 23:59:59', JAN_15_2024],
    ['15/01/2024 00:00', JAN_15_2024],
    ['15/01/2024   08:30', JAN_15_2024],
    ['15/01/2024, 08:30', JAN_15_2024],
    ['2024-01-15 08:30', JAN_15_2024],
    ['2024-01-15 23:59:59', JAN_15_2024],
  ])('after the date: %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    ['08:30 15/01/2024', JAN_15_2024],
    ['8:30 15/01/2024', JAN_15_2024],
    ['08:30:59 15/01/2024', JAN_15_2024],
    ['08:30, 15/01/2024', JAN_15_2024],
    ['08:30,15/01/2024', JAN_15_2024],
    ['23:59 2024-01-15', JAN_15_2024],
    ['08:30 5/1/2024', dayOf(2024, 1, 5)],
  ])('before the date: %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    '15/01/2024 24:00',
    '15/01/2024 23:60',
    '15/01/2024 23:59:60',
    '24:00 15/01/2024',
    '2024-01-15 24:00:00',
    '15/01/2024 08:5',
    '15/01/2024 123:00',
    '15/01/2024 08:30 09:00',
    '15/01/200408:30',
    '08:30 15/01/2024 09:00',
    '15/01/2024 08h30x',
    '15/01/2024 abc',
    '15/01/2024 08.30',
    '15/01/2024 08:30-15',
    '15/01/2024 08:30:15:00',
    '08:30ngày 15/01/2024',
    '8h30ngày 15 tháng 01 năm 2024',
  ])('refuses %s', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe('parseDay: Vietnamese slip form', () => {
  it.each([
    ['08 giờ 30 phút, ngày 15 tháng 01 năm 2024', JAN_15_2024],
    ['08 gio 30 phut, ngay 15 thang 01 nam 2024', JAN_15_2024],
    ['08 GIỜ 30 PHÚT, NGÀY 15 THÁNG 01 NĂM 2024', JAN_15_2024],
    ['Ngày 15 tháng 1 năm 2024', JAN_15_2024],
    ['ngày 15 tháng 1 năm 2024', JAN_15_2024],
    ['15 giờ, ngày 15 tháng 01 năm 2024', JAN_15_2024],
    ['  08  giờ   30 phút ,  ngày  15   tháng 01  năm  2024 ', JAN_15_2024],
    ['ngày 29 tháng 02 năm 2024', FEB_29_2024],
    ['8h30, ngày 15/01/2024', JAN_15_2024],
    ['ngày 15 tháng 01 năm 2024, 08 giờ 30 phút', JAN_15_2024],
  ])('%s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it('reads NFD text the same as NFC', () => {
    const nfd = '08 giờ 30 phút, ngày 15 tháng 01 năm 2024'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(parseDay(nfd)).toBe(JAN_15_2024);
    expect(parseDay('Ngày 31 Tháng 12 Năm 2024'.normalize('NFD'))).toBe(DEC_31_2024);
  });

  it.each([
    'ngày 29 tháng 02 năm 2023',
    'ngày 15 tháng 13 năm 2024',
    'ngày 15 tháng 01 năm 24',
    '24 giờ, ngày 15 tháng 01 năm 2024',
    '08 giờ 60 phút, ngày 15 tháng 01 năm 2024',
    'Hà Nội, ngày 15 tháng 01 năm 2024',
  ])('refuses %s', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe('parseDay: Excel serial numbers', () => {
  it.each([
    ['45306', JAN_15_2024],
    ['45306.35', JAN_15_2024],
    ['45306.99', JAN_15_2024],
    ['45306.0', JAN_15_2024],
    ['25569', 0],
    ['20000', -5569], // 1954-10-03
    ['80000', 54431], // 2119-01-11
    ['80000.5', 54431],
  ])('%s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each(['19999', '19999.99', '80001', '2024', '0', '15', '-45306', '45306.', '.5', '45,306', '4.5306e4'])(
    'refuses %s',
    (text) => {
      expect(parseDay(text)).toBeNull();
    },
  );
});

// Minutes since midnight worked out by hand: 16:20 = 16 × 60 + 20 = 980; 8:15 = 495; 14:30 = 870.
describe('parseMinuteOfDay: the time written with the date', () => {
  it.each([
    ['02/01/2024 16:20', 980],
    ['02/01/2024 16:20:59', 980],
    ['  02/01/2024 16:20 ', 980],
    ['16:20 02/01/2024', 980],
    ['16:20:00 02/01/2024', 980],
    ['2024-01-02 16:20', 980],
    ['02/01/2024 00:00', 0],
    ['02/01/2024 23:59', 1439],
    ['2/1/2024 8:15', 495],
    ['02/01/2024, 08:15', 495],
    ['02/01/2024 08:15:30.250', 495],
  ])('24-hour clock: %s → %i', (text, minute) => {
    expect(parseMinuteOfDay(text)).toBe(minute);
  });

  it.each([
    ['02/01/2024 8:15:00 SA', 495],
    ['02/01/2024 2:30 CH', 870],
    ['02/01/2024 2:30 ch', 870],
    ['02/01/2024 12:05 SA', 5],
    ['02/01/2024 12:05 CH', 725],
    ['02/01/2024 0:30 CH', 750],
    ['02/01/2024 4:20 PM', 980],
    ['02/01/2024 9:00 am', 540],
  ])('12-hour clock, SA/CH (Vietnamese Windows) or AM/PM: %s → %i', (text, minute) => {
    expect(parseMinuteOfDay(text)).toBe(minute);
  });

  it.each([
    ['16 giờ 20 phút, ngày 02 tháng 01 năm 2024', 980],
    ['16 giờ, ngày 02 tháng 01 năm 2024', 960],
    ['16h20 02/01/2024', 980],
    ['2024-01-02T16:20:00+07:00', 980],
    ['2024-01-02T16:20:00Z', 980], // as written: a zone never shifts the time
    ['2024-01-02T23:30:00-05:00', 1410],
  ])('slip, "h" and ISO forms: %s → %i', (text, minute) => {
    expect(parseMinuteOfDay(text)).toBe(minute);
  });

  it.each([
    ['45293.5', 720], // noon
    ['45293.68', 979], // 0.68 × 1440 = 979.2
    ['45293.0', 0],
    ['45293.9999999', 1439], // rounds to 1440: kept on the day
  ])('Excel serial fraction: %s → %i', (text, minute) => {
    expect(parseMinuteOfDay(text)).toBe(minute);
  });

  it.each(['02/01/2024', '2024-01-02', '45293', 'ngày 02 tháng 01 năm 2024', '', '   '])(
    'no time: %j → null',
    (text) => {
      expect(parseMinuteOfDay(text)).toBeNull();
    },
  );

  it.each(['02/01/2024 24:00', '02/01/2024 13:00 CH', 'abc 16:20', '31/02/2024 16:20', '16:20'])(
    'no readable date and time: %j → null',
    (text) => {
      expect(parseMinuteOfDay(text)).toBeNull();
    },
  );

  it('gives a time only where parseDay gives a day', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        if (parseDay(text) === null) expect(parseMinuteOfDay(text)).toBeNull();
      }),
    );
  });
});

describe('parseDay: whitespace and garbage', () => {
  it('ignores surrounding whitespace and non-breaking spaces', () => {
    expect(parseDay('  15/01/2024  ')).toBe(JAN_15_2024);
    expect(parseDay('\u00a015/01/2024\u00a0')).toBe(JAN_15_2024);
    expect(parseDay('\t2024-01-15 08:30\u00a0')).toBe(JAN_15_2024);
    expect(parseDay('15/01/2024\u00a008:30')).toBe(JAN_15_2024);
    expect(parseDay('\u00a045306\u00a0')).toBe(JAN_15_2024);
    expect(parseDay('\u202f15/01/2024\n')).toBe(JAN_15_2024);
  });

  it.each([
    '',
    '   ',
    '\u00a0',
    'abc',
    '1/2',
    '15/01',
    '2024-13-01',
    '15/01/2024abc',
    'a15/01/2024',
    '15/01/2024/',
    'x'.repeat(10_000),
    '1'.repeat(10_000),
    '1/'.repeat(5_000),
  ])('refuses %s', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});

describe('explainBadDate', () => {
  it('names the month-first reading', () => {
    expect(explainBadDate('12/31/2024')).toBe('"12/31/2024" reads as month 31: dates must be day-first (dd/mm/yyyy)');
    expect(explainBadDate(' 12/31/2024 08:30 ')).toBe(
      '"12/31/2024 08:30" reads as month 31: dates must be day-first (dd/mm/yyyy)',
    );
  });

  it('says an impossible date is not a real date', () => {
    expect(explainBadDate('31/02/2024')).toBe('"31/02/2024" is not a real date: February 2024 has 29 days');
    expect(explainBadDate('29/02/2023')).toBe('"29/02/2023" is not a real date: February 2023 has 28 days');
    expect(explainBadDate('2024-04-31')).toBe('"2024-04-31" is not a real date: April 2024 has 30 days');
    expect(explainBadDate('00/01/2024')).toBe('"00/01/2024" is not a real date: days start at 1');
  });

  it('explains the other problems', () => {
    expect(explainBadDate('abc')).toBe(
      '"abc" is not a date; expected dd/mm/yyyy, yyyy-mm-dd or an Excel serial number',
    );
    expect(explainBadDate('1/2')).toMatch(/^"1\/2" is not a date; expected/);
    expect(explainBadDate('2024-13-01')).toBe('"2024-13-01" has month 13: months run 1–12');
    expect(explainBadDate('31/31/2024')).toBe('"31/31/2024" has month 31: months run 1–12');
    expect(explainBadDate('15/01/24')).toBe('"15/01/24" has year "24": write the year with four digits (dd/mm/yyyy)');
    expect(explainBadDate('15/01/1850')).toBe('"15/01/1850" has year 1850, outside 1900–2199');
    expect(explainBadDate('19999')).toMatch(/^"19999" is a number outside the Excel date-serial range 20000–80000/);
    expect(explainBadDate('15/01/2024 24:00')).toMatch(/^"15\/01\/2024 24:00" has an impossible time: hours run 0–23/);
    expect(explainBadDate('15/01/2024 abc')).toMatch(/^"15\/01\/2024 abc" has unexpected text around the date/);
    expect(explainBadDate('   ')).toBe('the cell is empty; expected a date (dd/mm/yyyy)');
  });

  it('keeps long cells short in the message', () => {
    const message = explainBadDate('x'.repeat(500));
    expect(message.length).toBeLessThan(150);
    expect(message).toMatch(/^"x{39}…" is not a date/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties.

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const civilDate = fc
  .record({
    y: fc.integer({ min: 1950, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
const clock = fc.record({
  h: fc.integer({ min: 0, max: 23 }),
  mi: fc.integer({ min: 0, max: 59 }),
  s: fc.integer({ min: 0, max: 59 }),
});

type Civil = { y: number; m: number; d: number };
type Clock = { h: number; mi: number; s: number };
const FORMS: Record<string, (c: Civil, t: Clock) => string> = {
  'dd/MM/yyyy': ({ y, m, d }) => `${pad(d)}/${pad(m)}/${y}`,
  'd/M/yyyy': ({ y, m, d }) => `${d}/${m}/${y}`,
  'dd-MM-yyyy': ({ y, m, d }) => `${pad(d)}-${pad(m)}-${y}`,
  'dd.MM.yyyy': ({ y, m, d }) => `${pad(d)}.${pad(m)}.${y}`,
  'yyyy-MM-dd': ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
  'yyyy/MM/dd': ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`,
  'dd/MM/yyyy HH:mm': ({ y, m, d }, { h, mi }) => `${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(mi)}`,
  'd/M/yyyy H:mm:ss': ({ y, m, d }, { h, mi, s }) => `${d}/${m}/${y} ${h}:${pad(mi)}:${pad(s)}`,
  'yyyy-MM-dd HH:mm:ss': ({ y, m, d }, { h, mi, s }) => `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
  'HH:mm dd/MM/yyyy': ({ y, m, d }, { h, mi }) => `${pad(h)}:${pad(mi)} ${pad(d)}/${pad(m)}/${y}`,
  'HH:mm:ss dd/MM/yyyy': ({ y, m, d }, { h, mi, s }) => `${pad(h)}:${pad(mi)}:${pad(s)} ${pad(d)}/${pad(m)}/${y}`,
  'H:mm, d/M/yyyy': ({ y, m, d }, { h, mi }) => `${h}:${pad(mi)}, ${d}/${m}/${y}`,
  'ISO Z': ({ y, m, d }, { h, mi, s }) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.123Z`,
  'ISO -hh:mm': ({ y, m, d }, { h, mi }) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}-09:30`,
  'ISO +hh:mm': ({ y, m, d }, { h, mi, s }) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`,
  slip: ({ y, m, d }, { h, mi }) => `${pad(h)} giờ ${pad(mi)} phút, ngày ${pad(d)} tháng ${pad(m)} năm ${y}`,
  'slip NFD': ({ y, m, d }, { h, mi }) => `${h} giờ ${mi} phút, ngày ${d} tháng ${m} năm ${y}`.normalize('NFD'),
  'slip plain': ({ y, m, d }, { h }) => `${h} GIO, NGAY ${d} THANG ${m} NAM ${y}`,
  'slip date only': ({ y, m, d }) => `ngày ${d} tháng ${m} năm ${y}`,
  padded: ({ y, m, d }) => `\u00a0 ${pad(d)}/${pad(m)}/${y} \u00a0`,
};

describe('properties', () => {
  it.each(Object.keys(FORMS))('reads every valid date written as %s', (form) => {
    const write = FORMS[form]!;
    fc.assert(
      fc.property(civilDate, clock, (c, t) => {
        expect(parseDay(write(c, t))).toBe(dayOf(c.y, c.m, c.d));
      }),
    );
  });

  it('reads Excel serials, whole or with a time fraction', () => {
    // Serial 20000 is 1954-10-03: earlier dates have no accepted serial.
    fc.assert(
      fc.property(
        civilDate.filter(({ y }) => y >= 1955),
        fc.integer({ min: 0, max: 999 }),
        (c, milli) => {
          const day = dayOf(c.y, c.m, c.d)!;
          const serial = `${day + 25569}${milli === 0 ? '' : `.${pad(milli, 3)}`}`;
          expect(parseDay(serial)).toBe(day);
        },
      ),
    );
  });

  it('fast and general readers agree on dd/MM/yyyy HH:mm-shaped text with any two-digit fields', () => {
    // The doubled space sends the same cell through the general reader instead of the fast path.
    const twoDigit = fc.integer({ min: 0, max: 99 });
    fc.assert(
      fc.property(
        twoDigit,
        twoDigit,
        fc.integer({ min: 1850, max: 2250 }),
        twoDigit,
        twoDigit,
        fc.boolean(),
        (d, m, y, h, mi, yearFirst) => {
          const date = yearFirst ? `${y}-${pad(m)}-${pad(d)}` : `${pad(d)}/${pad(m)}/${y}`;
          const inRange = y >= 1900 && y <= 2199 && h <= 23 && mi <= 59;
          const expected = inRange ? dayOf(y, m, d) : null;
          expect(parseDay(`${date} ${pad(h)}:${pad(mi)}`)).toBe(expected);
          expect(parseDay(`${date}  ${pad(h)}:${pad(mi)}`)).toBe(expected);
          expect(parseDay(`${pad(h)}:${pad(mi)} ${date}`)).toBe(expected);
          expect(parseDay(`${pad(h)}:${pad(mi)},  ${date}`)).toBe(expected);
        },
      ),
    );
  });

  const check = (text: string): void => {
    const day = parseDay(text);
    expect(day === null || Number.isInteger(day)).toBe(true);
    if (day === null && text.trim() !== '') expect(explainBadDate(text).length).toBeGreaterThan(0);
  };

  it('never throws on arbitrary unicode text, and returns null or an integer', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), check), { numRuns: 2000 });
  });

  it('never throws on date-like noise', () => {
    const unit = fc.constantFrom(...'0123456789/-.:, tTzZ+\u00a0ngaythmpuoih');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), check), { numRuns: 5000 });
  });
});
