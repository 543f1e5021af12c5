/**
 * How a workbook's numbers are shown as text (what a code or a date cell reads as): no exponent, at
 * most Excel's 15 significant digits, the zeros of a "00000" format, dates as yyyy-mm-dd; which number
 * formats are dates; cell references and column letters.
 */
import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetters } from '../../src/core/sheet-address.js';
import { plainNumber, showNumber } from '../../src/io/sheet-cells.js';
import { formatShow } from '../../src/io/xlsx-workbook.js';

describe('plainNumber', () => {
  it.each([
    [240102000123, '240102000123'],
    [1.23456789012345e17, '123456789012345000'],
    [123456789012345660, '123456789012346000'], // Excel keeps 15 significant digits
    [1e21, '1000000000000000000000'],
    [0.1 + 0.2, '0.3'],
    [1.5e-7, '0.00000015'],
    [-42, '-42'],
    [45293.5, '45293.5'],
  ])('%d → %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});

describe('showNumber', () => {
  it('pads to the width of a "00000" format, and shows dates and date-times in ISO form', () => {
    expect(showNumber(123, { kind: 'padded', width: 5 }, false)).toBe('00123');
    expect(showNumber(45293, { kind: 'date', time: false }, false)).toBe('2024-01-02');
    expect(showNumber(45293.6875, { kind: 'date', time: true }, false)).toBe('2024-01-02 16:30:00');
    expect(showNumber(45293.99999999, { kind: 'date', time: true }, false)).toBe('2024-01-03'); // rounds to the second
    expect(showNumber(43831, { kind: 'date', time: false }, true)).toBe('2024-01-02'); // 1904 system
    expect(showNumber(60, { kind: 'date', time: false }, false)).toBe('1900-02-29'); // refused later as no real day
    expect(showNumber(-3, { kind: 'date', time: false }, false)).toBe('-3');
  });
});

describe('formatShow', () => {
  it.each([
    ['dd/mm/yyyy', { kind: 'date', time: false }],
    ['d/m/yy;@', { kind: 'date', time: false }],
    ['[$-42A]dd/mm/yyyy', { kind: 'date', time: false }],
    ['dd/mm/yyyy\\ hh:mm', { kind: 'date', time: true }],
    ['mmm-yy', { kind: 'date', time: false }],
    ['h:mm:ss', null], // a time of day is no date
    ['[h]:mm', null],
    ['"ngày" 0', null],
    ['0.00%', null],
    ['#,##0', null],
    ['00000', { kind: 'padded', width: 5 }],
    ['@', null],
    ['[Red]General', null],
  ])('%s', (code, show) => {
    expect(formatShow(code)).toEqual(show);
  });
});

describe('cell addresses', () => {
  it.each([
    ['A1', 0],
    ['F40', 5],
    ['Z9', 25],
    ['AA1', 26],
    ['XFD1048576', 16383],
    ['12', -1],
  ])('%s is column %d', (ref, index) => {
    expect(columnIndex(ref)).toBe(index);
  });

  it('names columns as Excel does', () => {
    expect([1, 6, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual(['A', 'F', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
  });
});
