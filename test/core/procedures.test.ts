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
  countedFromDay,
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

// The receipt cut-off (`--cutoff`), in minutes since midnight: 15:00 = 900. Days counted on the built-in
// 2024 calendar: Tet break Thu 8/2 – Wed 14/2; Mon 29/4 (bridge), Tue 30/4 and Wed 1/5 off; Sat 4/5 worked.
const CUTOFF = 15 * 60;
const at = (hours: number, minutes = 0): number => hours * 60 + minutes;

describe('countedFromDay: the day a time limit counts from, with a receipt cut-off', () => {
  const from = (received: string, minute: number | null, cutoff: number | null = CUTOFF): string =>
    formatIsoDay(countedFromDay(makeRecord({ received }).received, minute, cutoff, CALENDAR));

  it('before the cut-off on a working day: the receipt day', () => {
    expect(from('2024-03-12', at(14, 59))).toBe('2024-03-12');
    expect(from('2024-03-12', at(0, 0))).toBe('2024-03-12');
  });

  it('at the cut-off, or after it: the next working day', () => {
    expect(from('2024-03-12', at(15))).toBe('2024-03-13');
    expect(from('2024-03-12', at(16))).toBe('2024-03-13');
    expect(from('2024-03-12', at(23, 59))).toBe('2024-03-13');
  });

  it('a Friday after the cut-off rolls to Monday', () => {
    expect(from('2024-03-15', at(16, 30))).toBe('2024-03-18');
  });

  it('the eve of a holiday after the cut-off rolls past the whole break', () => {
    // Fri 26/4/2024 → Sat 27, Sun 28, Mon 29 (bridge), Tue 30/4, Wed 1/5 off → Thu 2/5.
    expect(from('2024-04-26', at(16))).toBe('2024-05-02');
    // Wed 7/2/2024, the day before the Tet break Thu 8/2 – Wed 14/2 → Thu 15/2.
    expect(from('2024-02-07', at(15, 30))).toBe('2024-02-15');
    // ... and before the cut-off it stays on the eve.
    expect(from('2024-04-26', at(10))).toBe('2024-04-26');
  });

  it('on a day off, at any time: the next working day; a worked Saturday is a working day', () => {
    expect(from('2024-03-16', at(10))).toBe('2024-03-18'); // Saturday
    expect(from('2024-03-17', null)).toBe('2024-03-18'); // Sunday, no time given
    expect(from('2024-04-30', at(8))).toBe('2024-05-02'); // Reunification Day
    expect(from('2024-05-04', at(10))).toBe('2024-05-04'); // Sat 4/5/2024, worked for the bridge day
  });

  it('no time given counts as before the cut-off', () => {
    expect(from('2024-03-15', null)).toBe('2024-03-15');
  });

  it('no cut-off: the receipt day, whatever the time or day', () => {
    expect(from('2024-03-15', at(16, 30), null)).toBe('2024-03-15');
    expect(from('2024-03-16', at(10), null)).toBe('2024-03-16');
  });
});

describe('statutoryDueOf with a receipt cut-off', () => {
  const cat = buildCatalogue([
    { code: 'SAME', name: '', limit: { amount: 0, unit: 'same-day' } },
    { code: 'THREE', name: '', limit: wd(3) },
    { code: 'FOUR-HOURS', name: '', limit: { amount: 4, unit: 'hours' } },
  ]);
  const due = (code: string, received: string, minute: number | null, cutoff: number | null = CUTOFF) => {
    const s = statutoryDueOf(
      { ...makeRecord({ received, procedureCode: code }), receivedMinute: minute },
      cat,
      CALENDAR,
      cutoff,
    )!;
    return [formatIsoDay(s.countedFrom), formatIsoDay(s.earliest), formatIsoDay(s.latest)];
  };

  it('a same-day procedure received at 16:00: due the next working day, and that day only', () => {
    // The case: Tue 12/3/2024 16:00 with --cutoff 15:00 → Wed 13/3.
    expect(due('SAME', '2024-03-12', at(16))).toEqual(['2024-03-13', '2024-03-13', '2024-03-13']);
  });

  it('a same-day procedure received before the cut-off (or with no time): the receipt day only', () => {
    expect(due('SAME', '2024-03-12', at(9, 10))).toEqual(['2024-03-12', '2024-03-12', '2024-03-12']);
    expect(due('SAME', '2024-03-13', null)).toEqual(['2024-03-13', '2024-03-13', '2024-03-13']);
  });

  it('without a cut-off a same-day procedure allows the receipt day or the next working day, as before', () => {
    expect(due('SAME', '2024-03-12', at(16), null)).toEqual(['2024-03-12', '2024-03-12', '2024-03-13']);
    expect(due('SAME', '2024-03-12', at(9, 10), null)).toEqual(['2024-03-12', '2024-03-12', '2024-03-13']);
  });

  it('3 working days from a Friday after the cut-off: counted from Monday, due Thursday', () => {
    // Fri 15/3 15:00 → from Mon 18/3: Tue 19, Wed 20, Thu 21. Before the cut-off: Mon 18, Tue 19, Wed 20.
    expect(due('THREE', '2024-03-15', at(15))).toEqual(['2024-03-18', '2024-03-21', '2024-03-21']);
    expect(due('THREE', '2024-03-15', at(14, 59))).toEqual(['2024-03-15', '2024-03-20', '2024-03-20']);
  });

  it('4 hours keep the next working day (office hours are not modelled), counted from the moved day', () => {
    // Before the cut-off: Tue 12/3 or Wed 13/3. After it: from Wed 13/3, so Wed 13/3 or Thu 14/3.
    expect(due('FOUR-HOURS', '2024-03-12', at(14))).toEqual(['2024-03-12', '2024-03-12', '2024-03-13']);
    expect(due('FOUR-HOURS', '2024-03-12', at(16))).toEqual(['2024-03-13', '2024-03-13', '2024-03-14']);
  });
});
