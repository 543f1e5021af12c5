/**
 * The computed default calendar for a year that has no built-in data: the public holidays of the
 * Labour Code (2019, Art. 112; 2012, Art. 115 before 2021; 1994, Art. 73 before 2014) placed by rule,
 * with compensation.
 *
 * Conventions (each year's notice may differ; a `--calendar` file corrects it):
 * - Tết: the last day of the old lunar year and the first four days of the new one (the pattern of
 *   every notice 2020–2026). Until 2013 the Labour Code of 1994 (Art. 73, as amended) gave four days
 *   of Tết, not five: the last day of the old year and the first three of the new. The Labour Code
 *   2012 made it five from 1 May 2013, after Tết 2013 (10/2/2013), so five days count from 2014.
 * - National Day: 2/9 plus one adjacent day (from 2021): 3/9 when 2/9 is a Monday or a Thursday (so the
 *   break touches a weekend, as in 2021 and 2024), otherwise 1/9 (as in 2022, 2023, 2025).
 * - Hùng Kings: 10th day of the 3rd lunar month (a paid holiday since 2007).
 * - A holiday on a Saturday or Sunday, or on the same day as another holiday, is compensated by the
 *   next weekday that is not already off.
 * - No bridge days or swapped Saturdays: those are decided yearly and cannot be computed.
 */
import { dayOf, formatIsoDay, isoWeekday, type Day } from '../day.js';
import type { CalendarEntry } from './calendar-entry.js';
import { lunarToDay } from './lunar.js';

interface Holiday {
  day: Day;
  name: string;
  nameVi: string;
}

const isWeekend = (d: Day): boolean => isoWeekday(d) >= 6;

function solar(year: number, month: number, day: number): Day {
  const d = dayOf(year, month, day);
  if (d === null) throw new RangeError(`no such date ${year}-${month}-${day}`);
  return d;
}

function lunar(year: number, month: number, day: number): Day {
  const d = lunarToDay(day, month, year);
  if (d === null) throw new RangeError(`no lunar date ${day}/${month}/${year}`);
  return d;
}

/** The adjacent National Day holiday: 3/9 when 2/9 is a Monday or Thursday, else 1/9. */
export function nationalDayAdjacent(year: number): Day {
  const weekday = isoWeekday(solar(year, 9, 2));
  return weekday === 1 || weekday === 4 ? solar(year, 9, 3) : solar(year, 9, 1);
}

/** Days of the new lunar year in the Tết holiday: 3 under the Labour Code of 1994 (Tết 2013 and before), else 4. */
export function tetNewYearDays(year: number): number {
  return year <= 2013 ? 3 : 4;
}

/** The public holidays of `year` as the Labour Code fixes them, in date order. */
export function holidaysOfYear(year: number): Holiday[] {
  const tet = lunar(year, 1, 1);
  const holidays: Holiday[] = [
    { day: solar(year, 1, 1), name: 'New Year', nameVi: 'Tết Dương lịch' },
    { day: tet - 1, name: 'Tết holiday (last day of the lunar year)', nameVi: 'Nghỉ Tết Nguyên đán (ngày cuối năm)' },
  ];
  for (let i = 0; i < tetNewYearDays(year); i += 1) {
    holidays.push({ day: tet + i, name: `Tết holiday (day ${i + 1})`, nameVi: `Nghỉ Tết Nguyên đán (mùng ${i + 1})` });
  }
  if (year >= 2007)
    holidays.push({ day: lunar(year, 3, 10), name: 'Hùng Kings Commemoration', nameVi: 'Giỗ Tổ Hùng Vương' });
  holidays.push(
    { day: solar(year, 4, 30), name: 'Reunification Day', nameVi: 'Ngày Chiến thắng 30/4' },
    { day: solar(year, 5, 1), name: 'International Labour Day', nameVi: 'Ngày Quốc tế Lao động 1/5' },
    { day: solar(year, 9, 2), name: 'National Day', nameVi: 'Quốc khánh 2/9' },
  );
  if (year >= 2021) {
    holidays.push({
      day: nationalDayAdjacent(year),
      name: 'National Day (adjacent day)',
      nameVi: 'Nghỉ liền kề Quốc khánh',
    });
  }
  return holidays.sort((a, b) => a.day - b.day);
}

/** The computed calendar entries of `year`: weekday holidays and compensatory days, `source: 'computed'`. */
export function computeYearEntries(year: number): CalendarEntry[] {
  const holidays = holidaysOfYear(year);
  const offDays = new Set(holidays.map((h) => h.day));
  const listed = new Set<Day>();
  const entries: CalendarEntry[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.day) && !listed.has(h.day)) {
      listed.add(h.day);
      entries.push({ date: formatIsoDay(h.day), kind: 'off', name: h.name, nameVi: h.nameVi, source: 'computed' });
      continue;
    }
    // On a weekend, or on the same day as another holiday (Hùng Kings can fall on 30/4).
    let comp = h.day + 1;
    while (isWeekend(comp) || offDays.has(comp)) comp += 1;
    offDays.add(comp);
    listed.add(comp);
    entries.push({
      date: formatIsoDay(comp),
      kind: 'off',
      name: `${h.name} (compensatory day for ${formatIsoDay(h.day)})`,
      nameVi: `Nghỉ bù ${h.nameVi}`,
      source: 'computed',
    });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
