/** The rule for a date column that mostly fails: at least 20 values, more than half unreadable. */
import { describe, expect, it } from 'vitest';
import { findUnreadableColumn, isMonthFirst, tallyValue, type ColumnTallies } from '../../src/core/column-health.js';

function tally(field: 'due' | 'completed', good: number, bad: number, into: ColumnTallies = {}): ColumnTallies {
  for (let i = 0; i < good; i++) tallyValue(into, field, true, '05/03/2024', i + 2);
  for (let i = 0; i < bad; i++) tallyValue(into, field, false, `bad ${i}`, good + i + 2);
  return into;
}

describe('findUnreadableColumn', () => {
  it.each([
    [9, 11, true],
    [10, 10, false],
    [0, 19, false],
    [0, 20, true],
    [100, 101, true],
  ])('%i readable, %i unreadable → %s', (good, bad, found) => {
    expect(findUnreadableColumn(tally('due', good, bad)) !== null).toBe(found);
  });

  it('keeps the first three examples, and reports the first failing field in field order', () => {
    const t = tally('completed', 0, 25, tally('due', 0, 30));
    const found = findUnreadableColumn(t)!;
    expect(found.field).toBe('due');
    expect(found.tally).toMatchObject({ values: 30, bad: 30 });
    expect(found.tally.examples).toEqual([
      { text: 'bad 0', line: 2 },
      { text: 'bad 1', line: 3 },
      { text: 'bad 2', line: 4 },
    ]);
  });
});

describe('isMonthFirst', () => {
  it.each([
    ['12/31/2024', true],
    ['2/29/2024 08:00', true],
    ['04.13.2024', true],
    ['31/12/2024', false],
    ['13/13/2024', false],
    ['2024-12-31', false],
    ['không rõ', false],
  ])('%s → %s', (text, want) => {
    expect(isMonthFirst(text)).toBe(want);
  });
});
