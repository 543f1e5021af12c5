/**
 * Excel's serial day numbers → calendar days, in both of Excel's date systems. In the 1900 system
 * (Windows' default) serial 1 is 1900-01-01 and serial 60 is 29 February 1900, a day that never was
 * (Lotus 1-2-3's leap-year bug, kept by Excel): it is no date, and every later serial is one day past
 * the count. In the 1904 system (old Mac workbooks) serial 0 is 1904-01-01. Only whole days matter; the
 * caller drops the time of day first.
 */
import { type Day, daysFromCivil } from './day.js';

/** 1899-12-30: the day serial 0 would be, counting back over the phantom 29 February 1900. */
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
/** The largest serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/** The day of whole serial `serial`; null for serials Excel does not show as a date (0, 60 in 1900, negatives). */
export function dayOfExcelSerial(serial: number, date1904: boolean): Day | null {
  if (!Number.isInteger(serial) || serial > MAX_SERIAL) return null;
  if (date1904) return serial < 0 ? null : EPOCH_1904 + serial;
  if (serial < 1 || serial === 60) return null;
  return serial < 60 ? EPOCH_1900 + serial + 1 : EPOCH_1900 + serial;
}
