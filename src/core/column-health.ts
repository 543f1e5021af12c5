/**
 * Whether a date column as a whole can be read. A column whose values mostly fail to parse is not a
 * thousand bad rows but one mistake: the wrong column was mapped, or its dates are month-first. The
 * rule: at least BAD_COLUMN_MIN_VALUES non-empty values, and more than half of them unreadable. Below
 * that, bad values are rejected (or noted) row by row as usual.
 */
import { parseDay } from './dates.js';
import type { Field } from './types.js';

export const BAD_COLUMN_MIN_VALUES = 20;
export const BAD_COLUMN_SHARE = 0.5;
const EXAMPLES = 3;

/** The date fields whose values are tallied. */
export const DATE_FIELDS = [
  'received',
  'due',
  'completed',
  'returned',
  'newDate',
  'supplementRequested',
  'supplementReturned',
] as const satisfies readonly Field[];
export type DateField = (typeof DATE_FIELDS)[number];

export interface ColumnTally {
  values: number;
  bad: number;
  examples: { text: string; line: number }[];
}

export type ColumnTallies = Partial<Record<DateField, ColumnTally>>;

/** Count one non-empty value of `field`, readable or not. */
export function tallyValue(
  tallies: ColumnTallies,
  field: DateField,
  readable: boolean,
  text: string,
  line: number,
): void {
  tallies[field] ??= { values: 0, bad: 0, examples: [] };
  const t = tallies[field];
  t.values++;
  if (readable) return;
  t.bad++;
  if (t.examples.length < EXAMPLES) t.examples.push({ text, line });
}

/** The first field (in DATE_FIELDS order) whose column mostly fails to parse, with its tally. */
export function findUnreadableColumn(tallies: ColumnTallies): { field: DateField; tally: ColumnTally } | null {
  for (const field of DATE_FIELDS) {
    const t = tallies[field];
    if (t && t.values >= BAD_COLUMN_MIN_VALUES && t.bad > t.values * BAD_COLUMN_SHARE) return { field, tally: t };
  }
  return null;
}

/** Whether a value reads as a date once its first two numbers are swapped: a month-first date. */
export function isMonthFirst(text: string): boolean {
  const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(.*)$/.exec(text);
  return m !== null && parseDay(`${m[3]}${m[2]}${m[1]}${m[2]}${m[4]}${m[5]}`) !== null;
}
