/**
 * Reading one date cell into a `Day`, and saying why a cell could not be read — the one module that
 * decodes dates, from text (csv-parse's cells, config values) and from bytes (the byte-level reader's
 * cells, without building a string).
 *
 * This module owns the date forms the tool accepts from exports and typed registers: day-first numeric
 * dates (`dd/MM/yyyy`, `d/M/yyyy`, with `/`, `-` or `.`), year-first dates (`yyyy-MM-dd`, `yyyy/MM/dd`,
 * ISO `yyyy-MM-ddTHH:mm[:ss[.fff]][Z|±hh:mm]`), an optional time before or after the date, the
 * Vietnamese slip form (`08 giờ 30 phút, ngày 15 tháng 01 năm 2024`) and Excel serial numbers.
 *
 * Rules: the wall-clock date as written is the answer (times are checked, then dropped — `parseMinuteOfDay`
 * reads them where a rule needs the time of receipt; a `Z` or offset never shifts the day or the time);
 * a date is never read month-first; two-digit years, impossible dates and years
 * outside 1900–2199 are refused. No `Date` is ever built, so the time zone of the machine is irrelevant.
 *
 * Millions of cells hold one of the dominant forms (`dd/MM/yyyy` or `yyyy-MM-dd`, each with an optional
 * `HH:mm[:ss]` before or after): `readFastForm` reads them from character codes, the same function for
 * a string's codes and a cell's UTF-8 bytes (the forms are ASCII, so the two agree); any other input
 * goes through the folded-text reader, which also yields the reason for `badDateReason`.
 */
import { dayOf, daysInMonth, type Day } from './day.js';
import { dayOfExcelSerial } from './excel-serial.js';
import { foldText } from './fold.js';
import { rowReason, type DateField, type RowReason } from './reasons.js';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
/** Excel serials (1900 system, as a sheet saved as CSV writes them) outside this range are not taken as dates. */
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;
/** Longest folded text worth reading as a date; longer cells are refused before any regex runs. */
const MAX_LENGTH = 80;
const MINUTES_A_DAY = 1440;

/** Day of a date cell, or null when the text is not a readable date. Empty/whitespace text → null. */
export function parseDay(text: string): Day | null {
  const fast = readFastText(text);
  if (fast !== undefined) return fast;
  const verdict = readFolded(foldText(text));
  return typeof verdict === 'number' ? verdict : null;
}

/**
 * The time of day written with the date in a cell, as minutes since midnight (0–1439), as written:
 * `02/01/2024 16:20`, `16:20 02/01/2024`, `02/01/2024 4:20:00 CH`, `16 giờ 20 phút, ngày …`, `16h20`,
 * ISO `2024-01-02T16:20:00+07:00` (never shifted by the offset), an Excel serial's fraction (`45293.68`
 * → 16:19). null when the cell gives no time, or is no readable date (`parseDay` says null).
 */
export function parseMinuteOfDay(text: string): number | null {
  const t = text.trim();
  const n = t.length;
  if ((n === 10 || n === 16 || n === 19) && typeof readFastText(t) === 'number') {
    if (n === 10) return null;
    const at = t.charCodeAt(10) === SPACE ? 11 : 0; // `dd/MM/yyyy HH:mm` or `HH:mm dd/MM/yyyy`
    return Number(t.slice(at, at + 2)) * 60 + Number(t.slice(at + 3, at + 5));
  }
  const folded = foldText(t);
  if (typeof readFolded(folded) !== 'number') return null;
  if (SERIAL.test(folded)) {
    const dot = folded.indexOf('.');
    return dot < 0 ? null : Math.min(MINUTES_A_DAY - 1, Math.round(Number(`0${folded.slice(dot)}`) * MINUTES_A_DAY));
  }
  const time = clockTextOf(locateDate(folded)!);
  if (typeof time !== 'string') return null;
  const minute = clockOf(time);
  return typeof minute === 'number' ? minute : null;
}

/**
 * Day of the date in the UTF-8 bytes `[start, end)` when they hold one of the dominant forms; null
 * when they have that shape but are no real date or time; undefined for anything else — the caller
 * then decodes the cell and asks `parseDay`, which gives the same answer for the same text.
 */
export function readDayBytes(bytes: Uint8Array, start: number, end: number): Day | null | undefined {
  return readFastForm(bytes, start, end);
}

/**
 * The written form of a date cell, for showing how a column's dates are written (`validate`): each
 * digit as 9, letters and separators as they are (`99/99/9999 9:99:99 SA`); longer cells are cut.
 */
export function dateForm(text: string): string {
  const t = text.trim();
  return (t.length > 32 ? `${t.slice(0, 31)}…` : t).replace(/[0-9]/g, '9');
}

/**
 * Why `text` is not a readable date, as data a user can act on once worded (messages/reasons.ts).
 * `field` is the required date of a row the cell is in (its name leads the sentence), or null.
 * Only meant for text on which `parseDay` returned null.
 */
export function badDateReason(text: string, field: DateField | null = null): RowReason {
  const folded = foldText(text);
  if (folded === '') return rowReason('dateBlank', { field });
  const verdict = readFolded(folded);
  const cell = shown(text);
  if (typeof verdict === 'number') return rowReason('dateReadable', { field, cell });
  return describe(verdict, { field, cell }, folded.length > MAX_LENGTH ? null : locateDate(folded));
}

// ---------------------------------------------------------------------------------------------------
// Fast path: `dd/MM/yyyy` or `yyyy-MM-dd`, alone or with ` HH:mm[:ss]` after or `HH:mm[:ss] ` before,
// read from character codes. Returns undefined when the codes do not have exactly that shape (the
// general reader decides then).

const SPACE = 32;
const TAB = 9;
const NBSP = 0xa0;
const SLASH = 47;
const DASH = 45;
const COLON = 58;
/** Longest text copied into `scratch` to be read by `readFastForm`. */
const FAST_MAX = 32;
const scratch = new Uint8Array(FAST_MAX);

/** `readFastForm` on a string's character codes (undefined when one is past U+00FF, or the text is long). */
function readFastText(t: string): Day | null | undefined {
  const n = t.length;
  if (n > FAST_MAX) return undefined;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c > 0xff) return undefined;
    scratch[i] = c;
  }
  return readFastForm(scratch, 0, n);
}

/** The fast forms in `codes[start, end)`, blanks around them ignored. */
function readFastForm(codes: Uint8Array, start: number, end: number): Day | null | undefined {
  let a = start;
  let b = end;
  while (a < b && isBlank(codes[a]!)) a++;
  while (b > a && isBlank(codes[b - 1]!)) b--;
  const n = b - a;
  if (n === 10) return fastDate(codes, a);
  if (n !== 16 && n !== 19) return undefined;
  const clockLength = n - 11;
  if (codes[a + 10] === SPACE) return withClock(fastDate(codes, a), fastClock(codes, a + 11, clockLength));
  if (codes[a + clockLength] === SPACE) {
    return withClock(fastDate(codes, a + clockLength + 1), fastClock(codes, a, clockLength));
  }
  return undefined;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === NBSP;
}

/** Date at `i` in either fast form; null when it has the shape but is not a valid date. */
function fastDate(t: Uint8Array, i: number): Day | null | undefined {
  let y: number;
  let m: number;
  let d: number;
  if (t[i + 2] === SLASH && t[i + 5] === SLASH) {
    d = twoDigits(t, i);
    m = twoDigits(t, i + 3);
    y = fourDigits(t, i + 6);
  } else if (t[i + 4] === DASH && t[i + 7] === DASH) {
    y = fourDigits(t, i);
    m = twoDigits(t, i + 5);
    d = twoDigits(t, i + 8);
  } else {
    return undefined;
  }
  if (y < 0 || m < 0 || d < 0) return undefined;
  return calendarDay(y, m, d);
}

/** `HH:mm` (length 5) or `HH:mm:ss` (length 8) at `i`: whether it is a valid time, undefined if not that shape. */
function fastClock(t: Uint8Array, i: number, length: number): boolean | undefined {
  const h = twoDigits(t, i);
  const min = t[i + 2] === COLON ? twoDigits(t, i + 3) : -1;
  const sec = length === 5 ? 0 : t[i + 5] === COLON ? twoDigits(t, i + 6) : -1;
  if (h < 0 || min < 0 || sec < 0) return undefined;
  return isValidTime(h, min, sec);
}

function withClock(day: Day | null | undefined, clockValid: boolean | undefined): Day | null | undefined {
  if (day === undefined || clockValid === undefined) return undefined;
  return clockValid ? day : null;
}

/** Value of two ASCII digits at `i`, or -1. */
function twoDigits(t: Uint8Array, i: number): number {
  const a = t[i]! - 48;
  const b = t[i + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Value of four ASCII digits at `i`, or -1. */
function fourDigits(t: Uint8Array, i: number): number {
  const hi = twoDigits(t, i);
  const lo = twoDigits(t, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

function calendarDay(y: number, m: number, d: number): Day | null {
  return y < MIN_YEAR || y > MAX_YEAR ? null : dayOf(y, m, d);
}

function isValidTime(h: number, min: number, sec: number): boolean {
  return h <= 23 && min <= 59 && sec <= 59;
}

// ---------------------------------------------------------------------------------------------------
// General reader, on folded text (lower case, no diacritics, single spaces, trimmed).

/** Why a cell is not a date; `describe` turns it into a `RowReason`. */
type Problem =
  | 'not-a-date'
  | 'serial-out-of-range'
  | 'year-digits'
  | 'year-out-of-range'
  | 'month-first'
  | 'bad-month'
  | 'not-real'
  | 'bad-time'
  | 'extra-text';

/** Where the date sits in the folded text, its fields as written, and the text around it. */
interface DateParts {
  form: 'day-first' | 'year-first' | 'slip';
  year: string;
  month: string;
  day: string;
  before: string;
  after: string;
}

const SERIAL = /^\d+(?:\.\d+)?$/;
/** Numeric date (same separator twice, optional spaces around it, optional "ngay" before it) or slip date. */
const DATE = /(?:ngay ?)?(\d+) ?([/.-]) ?(\d+) ?\2 ?(\d+)|ngay ?(\d+) ?thang ?(\d+) ?nam ?(\d+)/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?: ?(am|pm|sa|ch))?$/;
/** "08 gio 30 phut", "15 gio", "8h30", "8h". */
const SLIP_TIME = /^(\d{1,2}) ?(?:gio|h)(?: ?(\d{1,2})(?: ?(?:phut|p))?)?$/;
const ZONE = / ?(?:z|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)$/;
const LEADING_SEPARATOR = /^[ ,]+/;
const TRAILING_SEPARATOR = /[ ,]+$/;

/** A date with at most one time, either before it or after it. */
function readFolded(s: string): Day | Problem {
  if (s.length > MAX_LENGTH) return 'not-a-date';
  if (SERIAL.test(s)) return readSerial(s);
  const parts = locateDate(s);
  if (parts === null) return 'not-a-date';
  const day = readDateParts(parts);
  if (typeof day !== 'number') return day;
  if (parts.before !== '' && parts.after !== '') return 'extra-text';
  const time = clockTextOf(parts);
  if (time === undefined) return day;
  if (time === null) return 'extra-text';
  const minute = clockOf(time);
  return typeof minute === 'number' ? day : minute;
}

function readSerial(s: string): Day | Problem {
  const whole = Math.floor(Number(s));
  return whole >= MIN_SERIAL && whole <= MAX_SERIAL ? dayOfExcelSerial(whole, false)! : 'serial-out-of-range';
}

function locateDate(s: string): DateParts | null {
  const m = DATE.exec(s);
  if (m === null) return null;
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  if (m[5] !== undefined) return { form: 'slip', day: m[5], month: m[6] ?? '', year: m[7] ?? '', before, after };
  const first = m[1] ?? '';
  const middle = m[3] ?? '';
  const last = m[4] ?? '';
  if (first.length === 4) return { form: 'year-first', year: first, month: middle, day: last, before, after };
  return { form: 'day-first', day: first, month: middle, year: last, before, after };
}

function readDateParts(p: DateParts): Day | Problem {
  if (p.day.length > 2 || p.month.length > 2) return 'not-a-date';
  if (p.year.length !== 4) return 'year-digits';
  const y = Number(p.year);
  const m = Number(p.month);
  const d = Number(p.day);
  if (y < MIN_YEAR || y > MAX_YEAR) return 'year-out-of-range';
  if (m < 1 || m > 12) return looksMonthFirst(p.form, m, d) ? 'month-first' : 'bad-month';
  return dayOf(y, m, d) ?? 'not-real';
}

/** `12/31/2024`: the "month" would be a valid day and the "day" a valid month. */
function looksMonthFirst(form: DateParts['form'], m: number, d: number): boolean {
  return form === 'day-first' && m >= 13 && m <= 31 && d >= 1 && d <= 12;
}

/**
 * The time written with a date (`p.before` or `p.after`, never both): undefined when there is none,
 * null when the text there cannot be a time's place. Before the date: a time followed by a space or
 * comma; after it: a time after a space or comma (or ISO `T`, and a zone, on year-first dates).
 */
function clockTextOf(p: DateParts): string | null | undefined {
  if (p.before !== '') {
    const time = p.before.replace(TRAILING_SEPARATOR, '');
    return time.length === p.before.length ? null : time;
  }
  if (p.after === '') return undefined;
  const yearFirst = p.form === 'year-first';
  let time: string;
  if (yearFirst && p.after.startsWith('t')) {
    time = p.after.slice(1);
  } else {
    time = p.after.replace(LEADING_SEPARATOR, '');
    if (time.length === p.after.length) return null;
  }
  return yearFirst ? time.replace(ZONE, '') : time;
}

/**
 * A time of day as minutes since midnight (seconds dropped); with a 12-hour marker — AM/PM, or
 * Vietnamese Windows' SA (sáng) / CH (chiều), as in "02/01/2024 8:15:00 SA" — the hour is 1–12 (0 is
 * accepted too, as some systems write it), 12 SA being midnight and 12 CH noon.
 */
function clockOf(text: string): number | Problem {
  const m = CLOCK.exec(text) ?? SLIP_TIME.exec(text);
  if (m === null) return 'extra-text';
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const marker = m[4];
  if (marker !== undefined && hour > 12) return 'bad-time';
  if (!isValidTime(hour, minute, Number(m[3] ?? 0))) return 'bad-time';
  const hour24 = marker === undefined ? hour : (hour % 12) + (marker === 'pm' || marker === 'ch' ? 12 : 0);
  return hour24 * 60 + minute;
}

// ---------------------------------------------------------------------------------------------------
// Reasons.

function describe(problem: Problem, at: { field: DateField | null; cell: string }, p: DateParts | null): RowReason {
  const year = Number(p?.year);
  const month = Number(p?.month);
  switch (problem) {
    case 'serial-out-of-range':
      return rowReason('dateSerialOutOfRange', { ...at, min: MIN_SERIAL, max: MAX_SERIAL });
    case 'year-digits':
      return rowReason('dateYearDigits', { ...at, year: p?.year ?? '' });
    case 'year-out-of-range':
      return rowReason('dateYearOutOfRange', { ...at, year, min: MIN_YEAR, max: MAX_YEAR });
    case 'month-first':
      return rowReason('dateMonthFirst', { ...at, month });
    case 'bad-month':
      return rowReason('dateBadMonth', { ...at, month });
    case 'not-real':
      return Number(p?.day) < 1
        ? rowReason('dateDayZero', at)
        : rowReason('dateNotReal', { ...at, year, month, days: daysInMonth(year, month) });
    case 'bad-time':
      return rowReason('dateBadTime', at);
    case 'extra-text':
      return rowReason('dateExtraText', at);
    case 'not-a-date':
      return rowReason('dateNotADate', at);
  }
}

/** The cell as the user typed it, trimmed and shortened for a message (the sentence quotes it). */
function shown(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
