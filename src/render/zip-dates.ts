/**
 * Fixed dates inside a zip (an xlsx workbook is one). The zip library stamps every entry with the
 * local time of writing, which would make two runs' workbooks differ in a few bytes and depend on the
 * time zone. Every local and central header's DOS date is set to the report's as-of date, 00:00.
 */
import { civilFromDays, type Day } from '../core/day.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Set every entry's modification date in `zip` (in place) to `day`; returns `zip`. */
export function stampZipDates(zip: Uint8Array, day: Day): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return zip;
  const { year, month, day: d } = civilFromDays(day);
  const dosDate = ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | d;
  let at = view.getUint32(eocd + 16, true);
  const entries = view.getUint16(eocd + 10, true);
  for (let i = 0; i < entries && at + 46 <= zip.length && view.getUint32(at, true) === CENTRAL; i++) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment is at most that). */
function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}
