/**
 * The cells of one input row, as every reader gives them to `normaliseRow`: the byte-level reader
 * (io/byte-cells.ts) without building a string per cell, csv-parse through `textCells`. Whatever the
 * reader, a cell means the same: its text trimmed, its date as `core/dates.ts` reads it.
 */
import { parseDay } from './dates.js';
import type { Day } from './day.js';

export interface Cells {
  /** How many cells the row has (cells past it read as empty). */
  readonly count: number;
  /** The text of cell `i`, trimmed; '' when the row has no cell `i`. */
  text(i: number): string;
  /** The date in cell `i`: its day; null when the cell is empty; undefined when it holds no readable date. */
  day(i: number): Day | null | undefined;
  /**
   * `memo.compute(text(i))`. A reader may remember the answer per distinct cell content (in `memo`),
   * so a value seen on every row (a unit, a status label) is worked out once.
   */
  derived<T>(i: number, memo: CellMemo<T>): T;
  /** Whether every cell is empty once trimmed. */
  blank(): boolean;
  /** The cells as written, untrimmed: for the header, the layout rows and the `--rejects` file. */
  all(): string[];
}

/** A value worked out from a cell's text, and the room a reader may use to remember it. */
export interface CellMemo<T> {
  compute: (text: string) => T;
  /** The reader's cache (io/byte-cells.ts keys it by the cell's bytes); never read by the core. */
  cache: Map<number, { bytes: Uint8Array; value: T }[]>;
  /** How many values the cache holds: a reader stops adding past a bound (free text would grow it forever). */
  size: number;
}

export function cellMemo<T>(compute: (text: string) => T): CellMemo<T> {
  return { compute, cache: new Map(), size: 0 };
}

/** The day in a cell's trimmed text, as `Cells.day` answers it. */
export function dayOfText(text: string): Day | null | undefined {
  return text === '' ? null : (parseDay(text) ?? undefined);
}

/** Cells given as strings (csv-parse's rows, tests). */
export function textCells(cells: readonly string[]): Cells {
  return new TextCells(cells);
}

class TextCells implements Cells {
  constructor(private readonly cells: readonly string[]) {}
  get count(): number {
    return this.cells.length;
  }
  text(i: number): string {
    return (this.cells[i] ?? '').trim();
  }
  day(i: number): Day | null | undefined {
    return dayOfText(this.text(i));
  }
  derived<T>(i: number, memo: CellMemo<T>): T {
    return memo.compute(this.text(i));
  }
  blank(): boolean {
    return this.cells.every((c) => c.trim() === '');
  }
  all(): string[] {
    return [...this.cells];
  }
}
