/**
 * The most common date cells read straight from UTF-8 bytes, without building a string: `dd/mm/yyyy`
 * and `yyyy-mm-dd`, each alone or with ` HH:mm` or ` HH:mm:ss` after it. Only a clear yes is answered:
 * a cell of that exact shape holding a real date and time gives its day number, exactly what
 * `parseDay` (core/dates.ts) gives for the same text; anything else — other shapes, spaces around,
 * an impossible date, year outside 1900–2199 — gives NOT_READ and the caller asks `parseDay`.
 * test/io/byte-dates.test.ts holds it to `parseDay`.
 */
import { dayOf } from '../core/day.js';

export const NOT_READ = -0x7fffffff;

const SLASH = 47;
const DASH = 45;
const COLON = 58;
const SPACE = 32;

function digit(b: number): number {
  const v = b - 48;
  return v >= 0 && v <= 9 ? v : -100;
}

/** Two ASCII digits at `i`, or a negative number when either is not a digit. */
function two(bytes: Uint8Array, i: number): number {
  return digit(bytes[i]!) * 10 + digit(bytes[i + 1]!);
}

/** Day number of the date in `bytes[start, end)`, or NOT_READ. */
export function readDayBytes(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n !== 10 && n !== 16 && n !== 19) return NOT_READ;
  let y: number, m: number, d: number, yHigh: number, yLow: number;
  if (bytes[start + 2] === SLASH && bytes[start + 5] === SLASH) {
    d = two(bytes, start);
    m = two(bytes, start + 3);
    yHigh = two(bytes, start + 6);
    yLow = two(bytes, start + 8);
  } else if (bytes[start + 4] === DASH && bytes[start + 7] === DASH) {
    yHigh = two(bytes, start);
    yLow = two(bytes, start + 2);
    m = two(bytes, start + 5);
    d = two(bytes, start + 8);
  } else {
    return NOT_READ;
  }
  if (yHigh < 0 || yLow < 0) return NOT_READ;
  y = yHigh * 100 + yLow;
  if (y < 1900 || y > 2199 || m < 1 || d < 1) return NOT_READ;
  if (n > 10) {
    if (bytes[start + 10] !== SPACE || bytes[start + 13] !== COLON) return NOT_READ;
    const h = two(bytes, start + 11);
    const min = two(bytes, start + 14);
    const sec = n === 19 ? (bytes[start + 16] === COLON ? two(bytes, start + 17) : -1) : 0;
    if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) return NOT_READ;
  }
  return dayOf(y, m, d) ?? NOT_READ;
}
