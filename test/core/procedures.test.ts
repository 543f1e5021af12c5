/**
 * The procedure catalogue (`--procedures`): code or name → statutory time in working days, and the due
 * date that time gives on the working-day calendar. Due dates counted by hand; comments show the count.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/working-days.js';
import { formatIsoDay } from '../../src/core/day.js';
import { buildCatalogue, statutoryDaysOf, statutoryDueOf } from '../../src/core/procedures.js';
import { makeRecord } from './make-record.js';

const CALENDAR = buildCalendar();

const catalogue = buildCatalogue([
  { code: '1.000894.H12', name: 'Đăng ký kết hôn', workingDays: 5 },
  { code: ' 1.001612.h12 ', name: 'Đăng ký thành lập hộ kinh doanh', workingDays: 3 },
  { code: '', name: 'Cấp bản sao trích lục hộ tịch', workingDays: 1 },
  { code: '2.000884', name: '', workingDays: 0 },
]);

describe('buildCatalogue', () => {
  it('keys codes like dossier codes (trimmed, upper case) and names folded', () => {
    expect([...catalogue.byCode.entries()]).toEqual([
      ['1.000894.H12', 5],
      ['1.001612.H12', 3],
      ['2.000884', 0],
    ]);
    expect([...catalogue.byName.entries()]).toEqual([
      ['dang ky ket hon', 5],
      ['dang ky thanh lap ho kinh doanh', 3],
      ['cap ban sao trich luc ho tich', 1],
    ]);
  });

  it('a later entry for the same code wins', () => {
    const c = buildCatalogue([
      { code: '1.000894', name: '', workingDays: 5 },
      { code: '1.000894', name: '', workingDays: 7 },
    ]);
    expect(c.byCode.get('1.000894')).toBe(7);
  });
});

describe('statutoryDaysOf', () => {
  it('looks the code up first', () => {
    // The code is HKD (3 days) although the name is the marriage procedure (5 days).
    expect(
      statutoryDaysOf(makeRecord({ procedureCode: '1.001612.H12', procedure: 'Đăng ký kết hôn' }), catalogue),
    ).toBe(3);
  });

  it('falls back to the name, ignoring case and diacritics, when the code is empty or unknown', () => {
    expect(
      statutoryDaysOf(makeRecord({ procedureCode: '', procedure: 'cap ban sao trich luc ho tich' }), catalogue),
    ).toBe(1);
    expect(statutoryDaysOf(makeRecord({ procedureCode: '9.999999', procedure: 'ĐĂNG KÝ KẾT HÔN' }), catalogue)).toBe(5);
  });

  it('is undefined for a procedure the catalogue does not list', () => {
    expect(
      statutoryDaysOf(makeRecord({ procedureCode: '9.999999', procedure: 'Thủ tục khác' }), catalogue),
    ).toBeUndefined();
  });

  it('keeps a time of 0 working days (same-day procedures) instead of falling through to the name', () => {
    expect(statutoryDaysOf(makeRecord({ procedureCode: '2.000884', procedure: 'Đăng ký kết hôn' }), catalogue)).toBe(0);
  });
});

describe('statutoryDueOf (received + n working days)', () => {
  const due = (received: string, code: string): string | null => {
    const s = statutoryDueOf(makeRecord({ received, procedureCode: code, procedure: '' }), catalogue, CALENDAR);
    return s === null ? null : formatIsoDay(s.due);
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

  it('0 days is the receipt day; an unknown procedure has no statutory due date', () => {
    expect(due('2024-02-07', '2.000884')).toBe('2024-02-07');
    expect(due('2024-02-07', '9.999999')).toBeNull();
  });

  it('reports the number of days it used', () => {
    const s = statutoryDueOf(
      makeRecord({ received: '2024-03-07', procedureCode: '', procedure: 'Cấp bản sao trích lục hộ tịch' }),
      catalogue,
      CALENDAR,
    );
    expect(s && { days: s.days, due: formatIsoDay(s.due) }).toEqual({ days: 1, due: '2024-03-08' });
  });
});
