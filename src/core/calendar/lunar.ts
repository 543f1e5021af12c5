/**
 * The Vietnamese lunar calendar (âm lịch) after Hồ Ngọc Đức's public algorithm: months start on the
 * local day of the new moon, month 11 is the one holding the winter solstice, and in a 13-month year
 * the first month after month 11 without a major solar term is the leap month.
 *
 * The time zone matters: Vietnam computes at UTC+7 and China at UTC+8, and the two calendars differ in
 * some years (Tết 2030 is 2 February in Vietnam, 3 February in China). Converts to and from our `Day`.
 */
import { civilFromDays, daysFromCivil, type Day } from '../day.js';
import { JDN_UNIX_EPOCH, newMoonDay, sunSector } from './lunar-astronomy.js';

/** A date in the lunar calendar; `leap` marks the leap (nhuận) repetition of `month`. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Mean synodic month, and the Julian date of the new moon k = 0 (1900-01-01), as the algorithm has them. */
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;

const toJdn = (d: Day): number => d + JDN_UNIX_EPOCH;
const toDay = (jdn: number): Day => jdn - JDN_UNIX_EPOCH;

/** JDN of the first day of lunar month 11 of the lunar year that ends near the end of `year`. */
function month11Start(year: number, timeZone: number): number {
  const off = toJdn(daysFromCivil(year, 12, 31)) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  // If the sun is already past the solstice at that new moon, month 11 began one lunation earlier.
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** Lunation index (as `newMoonDay` counts them) of the month starting on JDN `monthStart`. */
function lunationOf(monthStart: number): number {
  return Math.floor((monthStart - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
}

/** Offset, in months after month 11 starting at `a11`, of the leap month of that 13-month span. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = lunationOf(a11);
  let i = 1; // the month after month 11
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * JDN of the first day of the lunar month holding `jdn`. The mean-lunation estimate can be one month
 * off near a new moon (the published algorithm then gives day 0, e.g. on 2054-05-07), so step to fit.
 */
function monthStartOf(jdn: number, timeZone: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, timeZone) > jdn) k -= 1;
  while (newMoonDay(k + 1, timeZone) <= jdn) k += 1;
  return newMoonDay(k, timeZone);
}

/** The lunar date of a day. */
export function dayToLunar(day: Day, timeZone = 7): LunarDate {
  const jdn = toJdn(day);
  const { year } = civilFromDays(day);
  const monthStart = monthStartOf(jdn, timeZone);

  let a11 = month11Start(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1, timeZone);
  }

  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 at the start of the span still belong to the previous lunar year.
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day: jdn - monthStart + 1, month, year: lunarYear, leap };
}

/**
 * The day of a lunar date, or `null` when it does not exist: a month out of 1–12, a day past the
 * month's end (29 or 30 days), or `leapMonth` for a month that is not repeated that year.
 */
export function lunarToDay(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  leapMonth = false,
  timeZone = 7,
): Day | null {
  if (![lunarDay, lunarMonth, lunarYear].every(Number.isInteger)) return null;
  if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) return null;

  const spanYear = lunarMonth < 11 ? lunarYear - 1 : lunarYear;
  const a11 = month11Start(spanYear, timeZone);
  const b11 = month11Start(spanYear + 1, timeZone);
  const k = lunationOf(a11);
  let off = (lunarMonth - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    const leapMonthNumber = (leapOff - 2 + 12) % 12 || 12;
    if (leapMonth && lunarMonth !== leapMonthNumber) return null;
    if (leapMonth || off >= leapOff) off += 1;
  } else if (leapMonth) {
    return null;
  }

  const monthStart = newMoonDay(k + off, timeZone);
  const nextMonthStart = newMoonDay(k + off + 1, timeZone);
  if (lunarDay > nextMonthStart - monthStart) return null;
  return toDay(monthStart + lunarDay - 1);
}
