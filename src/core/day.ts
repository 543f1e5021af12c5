/**
 * Day numbers: a calendar date as an integer count of days since 1970-01-01.
 *
 * Every date in the tool is a wall-clock calendar day as written in the files (Vietnam time). We never
 * build a `Date` for it, so no time zone can shift a day and per-row state stays one small integer.
 * The conversions are Howard Hinnant's proleptic-Gregorian `days_from_civil` / `civil_from_days`.
 */

/** A calendar date: days since 1970-01-01. */
export type Day = number;

/** Day number of a civil date (month 1–12). Does not validate; see `dayOf`. */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDays(z: Day): { year: number; month: number; day: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a date, or `null` when the date does not exist (31/02, month 13, …). */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(d: Day): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `yyyy-mm-dd`. */
export function formatIsoDay(d: Day): string {
  const { year, month, day } = civilFromDays(d);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function formatViDay(d: Day): string {
  const { year, month, day } = civilFromDays(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "2024-12-31" → "31/12/2024" (how Vietnamese documents write dates); anything else as it is. */
export function isoToViDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
}

/** Strict `yyyy-mm-dd` (the form of command-line options); `null` when malformed or impossible. */
export function parseIsoDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}
