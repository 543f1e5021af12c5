/**
 * The procedure catalogue (`--procedures`): code or name → statutory time in working days, and the due
 * date that time gives on the working-day calendar. Due dates counted by hand; comments show the count.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/working-days.js';
import { formatIsoDay } from '../../src/core/day.js';
import {
  allowedDue,
  buildCatalogue,
  readLimit,
  statutoryDueOf,
  statutoryLimitOf,
  type TimeLimit,
} from '../../src/core/procedures.js';
import { makeRecord } from './make-record.js';

const CALENDAR = buildCalendar();
const wd = (amount: number): TimeLimit => ({ amount, unit: 'working-days' });

const catalogue = buildCatalogue([
  { code: '1.000894.H12', name: 'Đăng ký kết hôn', limit: { amount: 5, unit: 'working-days' } },
  { code: ' 1.001612.h12 ', name: 'Đăng ký thành lập hộ kinh doanh', limit: { amount: 3, unit: 'working-days' } },
  { code: '', name: 'Cấp bản sao trích lục hộ tịch', limit: { amount: 1, unit: 'working-days' } },
  { code: '2.000884', name: '', limit: { amount: 0, unit: 'working-days' } },
]);

describe('buildCatalogue', () => {
  it('keys codes like dossier codes (trimmed, upper case) and names folded', () => {
    expect([...catalogue.byCode.entries()]).toEqual([
      ['1.000894.H12', wd(5)],
      ['1.001612.H12', wd(3)],
      ['2.000884', wd(0)],
    ]);
    expect([...catalogue.byName.entries()]).toEqual([
      ['dang ky ket hon', wd(5)],
      ['dang ky thanh lap ho kinh doanh', wd(3)],
      ['cap ban sao trich luc ho tich', wd(1)],
    ]);
  });

  it('a later entry for the same code wins', () => {
    const c = buildCatalogue([
      { code: '1.000894', name: '', limit: { amount: 5, unit: 'working-days' } },
      { code: '1.000894', name: '', limit: { amount: 7, unit: 'working-days' } },
    ]);
    expect(c.byCode.get('1.000894')).toEqual(wd(7));
  });
});

describe('statutoryLimitOf', () => {
  it('looks the code up first', () => {
    // The code is HKD (3 days) although the name is the marriage procedure (5 days).
    expect(
      statutoryLimitOf(makeRecord({ procedureCode: '1.001612.H12', procedure: 'Đăng ký kết hôn' }), catalogue),
    ).toEqual(wd(3));
  });

  it('falls back to the name, ignoring case and diacritics, when the code is empty or unknown', () => {
    expect(
      statutoryLimitOf(makeRecord({ procedureCode: '', procedure: 'cap ban sao trich luc ho tich' }), catalogue),
    ).toEqual(wd(1));
    expect(
      statutoryLimitOf(makeRecord({ procedureCode: '9.999999', procedure: 'ĐĂNG KÝ KẾT HÔN' }), catalogue),
    ).toEqual(wd(5));
  });

  it('is undefined for a procedure the catalogue does not list', () => {
    expect(
      statutoryLimitOf(makeRecord({ procedureCode: '9.999999', procedure: 'Thủ tục khác' }), catalogue),
    ).toBeUndefined();
  });

  it('keeps a time of 0 working days (same-day procedures) instead of falling through to the name', () => {
    expect(
      statutoryLimitOf(makeRecord({ procedureCode: '2.000884', procedure: 'Đăng ký kết hôn' }), catalogue),
    ).toEqual(wd(0));
  });
});

describe('statutoryDueOf (received + n working days)', () => {
  const due = (received: string, code: string): string | null => {
    const s = statutoryDueOf(makeRecord({ received, procedureCode: code, procedure: '' }), catalogue, CALENDAR);
    return s === null ? null : formatIsoDay(s.latest);
  };

  it('Tết 2024: received Wed 7/2 (the day before the break), 5 days → Wed 21/2', () => {
    // [Thu 8 – Wed 14 off], Thu 15 (1), Fri 16 (2), Mon 19 (3), Tue 20 (4), Wed 21 (5).
    expect(due('2024-02-07', '1.000894.H12')).toBe('2024-02-21');
  });

  it('30/4–1/5 2024: received Thu 25/4, 3 days → Fri 3/5', () => {
    // Fri 26 (1), [Sat 27, Sun 28, Mon 29 bridge, Tue 30/4, Wed 1/5 off], Thu 2/5 (2), Fri 3/5 (3).
    expect(due('2024-04-25', '1.001612.H12')).toBe('2024-05-03');
  });

  it('30/4–1/5 2025: received Wed 23/4, 5 days, with Sat 26/4 worked → Tue 29/4', () => {
    // Thu 24 (1), Fri 25 (2), Sat 26 (3, swapped working day), Mon 28 (4), Tue 29 (5).
    expect(due('2025-04-23', '1.000894.H12')).toBe('2025-04-29');
  });

  it('National Day 2025: received Thu 28/8, 3 days → Thu 4/9', () => {
    // Fri 29 (1), [Sat 30, Sun 31, Mon 1/9, Tue 2/9 off], Wed 3 (2), Thu 4 (3).
    expect(due('2025-08-28', '1.001612.H12')).toBe('2025-09-04');
  });

  it('0 days allows the receipt day or the next working day; an unknown procedure has no statutory due date', () => {
    // Received Wed 7/2/2024, the day before Tết: the next working day is Thu 15/2.
    const s = statutoryDueOf(makeRecord({ received: '2024-02-07', procedureCode: '2.000884' }), catalogue, CALENDAR);
    expect(s && [formatIsoDay(s.earliest), formatIsoDay(s.latest)]).toEqual(['2024-02-07', '2024-02-15']);
    expect(due('2024-02-07', '9.999999')).toBeNull();
  });

  it('reports the number of days it used', () => {
    const s = statutoryDueOf(
      makeRecord({ received: '2024-03-07', procedureCode: '', procedure: 'Cấp bản sao trích lục hộ tịch' }),
      catalogue,
      CALENDAR,
    );
    expect(s && { limit: s.limit, due: formatIsoDay(s.latest) }).toEqual({ limit: wd(1), due: '2024-03-08' });
  });
});

describe('readLimit: the unit of each law, as a catalogue writes it', () => {
  it.each([
    ['5', wd(5)],
    ['5 ngày', wd(5)],
    ['05 ngày làm việc', wd(5)],
    ['0,5 ngày', wd(0.5)],
    ['0.5 ngày làm việc', wd(0.5)],
    ['Nửa ngày', wd(0.5)],
    ['2,5 ngày', wd(2.5)],
    ['30 ngày lịch', { amount: 30, unit: 'calendar-days' }],
    ['30 ngày (theo ngày lịch)', { amount: 30, unit: 'calendar-days' }],
    ['04 giờ', { amount: 4, unit: 'hours' }],
    ['4 giờ làm việc', { amount: 4, unit: 'hours' }],
    ['Trong ngày', { amount: 0, unit: 'same-day' }],
    ['trong ngày làm việc', { amount: 0, unit: 'same-day' }],
    ['1,3 ngày', null],
    ['hai tuần', null],
    ['', null],
  ])('%j → %j', (text, limit) => {
    expect(readLimit(text)).toEqual(limit);
  });
});

describe('allowedDue: the due dates a limit allows', () => {
  const allowed = (limit: TimeLimit, received: string): [string, string] => {
    const a = allowedDue(limit, makeRecord({ received }).received, CALENDAR);
    return [formatIsoDay(a.earliest), formatIsoDay(a.latest)];
  };

  it('the same day, half a day or 4 hours: the receipt day, or the next working day (received late)', () => {
    // Fri 15/3/2024: the next working day is Mon 18/3.
    expect(allowed({ amount: 0, unit: 'same-day' }, '2024-03-15')).toEqual(['2024-03-15', '2024-03-18']);
    expect(allowed(wd(0.5), '2024-03-15')).toEqual(['2024-03-15', '2024-03-18']);
    expect(allowed({ amount: 4, unit: 'hours' }, '2024-03-15')).toEqual(['2024-03-15', '2024-03-18']);
  });

  it('12 hours are one and a half working days: Mon 18/3 or Tue 19/3 for Fri 15/3', () => {
    expect(allowed({ amount: 12, unit: 'hours' }, '2024-03-15')).toEqual(['2024-03-18', '2024-03-19']);
  });

  it('calendar days end on received + n, moved past days off', () => {
    // Fri 15/3/2024 + 30 = Sun 14/4 → Mon 15/4.
    expect(allowed({ amount: 30, unit: 'calendar-days' }, '2024-03-15')).toEqual(['2024-04-15', '2024-04-15']);
    // Fri 19/4/2024 + 10 = Mon 29/4, the 2024 bridge day; Tue 30/4 and Wed 1/5 holidays → Thu 2/5.
    expect(allowed({ amount: 10, unit: 'calendar-days' }, '2024-04-19')).toEqual(['2024-05-02', '2024-05-02']);
  });
});
