/**
 * Excel's serials (both date systems) and 12-hour times written the Vietnamese Windows way. Day
 * numbers are days since 1970-01-01, worked out by hand: 2024-01-02 is 19723 + 1 = 19724;
 * 1900-01-01 is -25567 (70 years, 17 leap days: 70 × 365 + 17 = 25567); 1904-01-01 is -24107
 * (66 × 365 + 17 = 24107).
 */
import { describe, expect, it } from 'vitest';
import { badDateReason, parseDay } from '../../src/core/dates.js';
import { dayOfExcelSerial } from '../../src/core/excel-serial.js';
import { reasonText } from '../../src/messages/reasons.js';

const JAN_02_2024 = 19724;

describe('dayOfExcelSerial', () => {
  it.each([
    [1, false, -25567], // 1900-01-01
    [59, false, -25567 + 58], // 1900-02-28
    [61, false, -25567 + 59], // 1900-03-01: one past the count, over the phantom 29 February
    [25569, false, 0], // 1970-01-01
    [45293, false, JAN_02_2024],
    [0, true, -24107], // 1904-01-01
    [45293 - 1462, true, JAN_02_2024], // the two systems are 1462 days apart
  ])('serial %d (1904: %s) is day %d', (serial, date1904, day) => {
    expect(dayOfExcelSerial(serial, date1904)).toBe(day);
  });

  it.each([
    [60, false],
    [0, false],
    [-1, false],
    [-1, true],
    [2958466, false],
    [1.5, false],
  ])('serial %d (1904: %s) is no date', (serial, date1904) => {
    expect(dayOfExcelSerial(serial, date1904)).toBeNull();
  });
});

describe('12-hour times: SA / CH (sáng / chiều) and AM / PM', () => {
  it.each([
    '02/01/2024 8:15:00 SA',
    '02/01/2024 2:30 CH',
    '02/01/2024 12:00:00 CH',
    '02/01/2024 08:15 SA',
    '02/01/2024 11:59:59 PM',
    '02/01/2024 9:05 am',
    '8:15:00 SA 02/01/2024',
    '2024-01-02 2:30:00 CH',
  ])('%s', (text) => {
    expect(parseDay(text)).toBe(JAN_02_2024);
  });

  it('refuses an hour past 12 with a 12-hour marker, and says the time is wrong', () => {
    expect(parseDay('02/01/2024 14:30 CH')).toBeNull();
    expect(reasonText(badDateReason('02/01/2024 14:30 CH'), 'en')).toMatch(/time/);
    expect(parseDay('02/01/2024 8:15 XY')).toBeNull();
  });
});
