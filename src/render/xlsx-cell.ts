/**
 * The cells of the report's workbook, shared by its sheets (xlsx.ts, xlsx-findings.ts, xlsx-about.ts):
 * text neutralised as in the CSV output, dates as civil dates (the writer turns a day number into an
 * Excel serial: no time zone anywhere), rates as the printed 2-decimal figure, and column widths that
 * fit their headings.
 */
import { civilFromDays, parseIsoDay } from '../core/day.js';
import { neutraliseCell } from './csv.js';
import type { Cell, CellStyle, CellValue } from './xlsx-writer.js';

/** Rates are stored as fractions shown as percentages: 96.77 % is the cell 0.9677 in format 0.00%. */
export const PERCENT_FORMAT = '0.00%';
export const COUNT_FORMAT = '#,##0';
/** Day first in both languages, never month-first (a date is read the same way in Hanoi and in London). */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const HEAD: CellStyle = { bold: true, fill: 'FFEEF1F5', border: 'thin', heading: true };

/** A cell of a value: every string neutralised (see neutraliseCell). */
export function cell(value: CellValue, style?: CellStyle): Cell {
  const v = typeof value === 'string' ? neutraliseCell(value) : value;
  return style === undefined ? { value: v } : { value: v, style };
}

export const cells = (values: readonly CellValue[], style?: CellStyle): Cell[] => values.map((v) => cell(v, style));

/** A `yyyy-mm-dd` date as a date cell's value; null for none or an unreadable one. */
export function dateOf(iso: string | null): CellValue {
  const day = iso === null ? null : parseIsoDay(iso);
  return day === null ? null : { date: civilFromDays(day) };
}

/**
 * A rate (a percentage with 2 decimals, as the table and the JSON print it) as the fraction Excel holds
 * for that figure typed with a % sign: 96.77 → 0.9677, the double nearest to the decimal 0.9677. Not
 * `rate / 100`: 93.6 / 100 is 0.9359999999999999, which Excel would show as 93.60 % but is not the figure.
 */
export function rateFraction(rate: number): number {
  return Number(`${rate}e-2`);
}

/**
 * A column width (in characters) that fits each heading's longest line (headings break at "\n", and
 * are wrapped, so no word is cut), within `min` and `max`.
 */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n').map((line) => [...line].length)));
  return Math.min(max, Math.max(min, longest + 2));
}
