/**
 * The cells of a record found by the byte-level tokenizer (fast-csv.ts), read through `Cells` (core)
 * without building a string per cell: dates are read from the bytes (core/dates.ts `readDayBytes`),
 * derived values (unit, status, apology, …) are remembered per distinct byte content, and text is
 * decoded only for the cells that need it. What a cell means is the same as for csv-parse's strings
 * (`textCells`): its UTF-8 text, unquoted, CR line ends made LF, composed to NFC, then trimmed.
 */
import { dayOfText, type CellMemo, type Cells } from '../core/cells.js';
import { readDayBytes } from '../core/dates.js';
import type { Day } from '../core/day.js';
import { HAS_CR, HAS_ESCAPED_QUOTE, MAY_NEED_NFC, NON_ASCII, QUOTED, type RecordSpans } from './fast-csv.js';

type Slicer = (this: Buffer, start: number, end: number) => string;
const proto = Buffer.prototype as unknown as { utf8Slice?: Slicer; latin1Slice?: Slicer };
const utf8Slice: Slicer =
  proto.utf8Slice ??
  function (this: Buffer, s, e) {
    return this.toString('utf8', s, e);
  };
const latin1Slice: Slicer =
  proto.latin1Slice ??
  function (this: Buffer, s, e) {
    return this.toString('latin1', s, e);
  };

/** Most distinct values a column's memo remembers: past it, new values are computed each time. */
const MEMO_LIMIT = 4096;

/** The text of field `i`: decoded, unquoted, CR line ends made LF, NFC (composed only when it may not be already). */
export function cellText(buf: Buffer, spans: RecordSpans, i: number): string {
  const flags = spans.flags[i]!;
  const s = spans.start[i]!;
  const e = spans.end[i]!;
  let text = flags & NON_ASCII ? utf8Slice.call(buf, s, e) : latin1Slice.call(buf, s, e);
  if (flags & QUOTED) {
    if (flags & HAS_ESCAPED_QUOTE) text = text.replaceAll('""', '"');
    if (flags & HAS_CR) text = text.replace(/\r\n?/g, '\n');
  }
  return flags & MAY_NEED_NFC ? text.normalize('NFC') : text;
}

/** The cells of the record in `spans`, as strings. */
export function recordCells(buf: Buffer, spans: RecordSpans): string[] {
  const cells = new Array<string>(spans.count);
  for (let i = 0; i < spans.count; i++) cells[i] = cellText(buf, spans, i);
  return cells;
}

/** ASCII white space JavaScript's `trim` removes (the non-ASCII kinds are checked on the decoded text). */
function isAsciiSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** One object per file, pointed at each record in turn (`at`): valid until the tokenizer moves on. */
export class ByteCells implements Cells {
  private buf: Buffer = Buffer.alloc(0);
  private spans!: RecordSpans;

  at(buf: Buffer, spans: RecordSpans): this {
    this.buf = buf;
    this.spans = spans;
    return this;
  }

  get count(): number {
    return this.spans.count;
  }

  text(i: number): string {
    return i < 0 || i >= this.spans.count ? '' : cellText(this.buf, this.spans, i).trim();
  }

  day(i: number): Day | null | undefined {
    const spans = this.spans;
    if (i < 0 || i >= spans.count) return null;
    if ((spans.flags[i]! & (HAS_ESCAPED_QUOTE | HAS_CR)) === 0) {
      const day = readDayBytes(this.buf, spans.start[i]!, spans.end[i]!);
      if (day !== undefined) return day ?? undefined; // null: a date's shape, but no real date
    }
    return dayOfText(this.text(i));
  }

  derived<T>(i: number, memo: CellMemo<T>): T {
    const spans = this.spans;
    const outside = i < 0 || i >= spans.count;
    if (!outside && (spans.flags[i]! & (HAS_ESCAPED_QUOTE | HAS_CR)) !== 0) return memo.compute(this.text(i));
    const buf = this.buf;
    // A missing cell is remembered as an empty one.
    const start = outside ? 0 : spans.start[i]!;
    const end = outside ? 0 : spans.end[i]!;
    const n = end - start;
    // A cheap key from the length and a few bytes, kept within 30 bits (a small integer hashes fast);
    // the bytes themselves confirm the match.
    const key =
      n === 0
        ? 0
        : (Math.imul(n, 0x9e3779b1) ^
            (buf[start]! << 21) ^
            (buf[start + (n >> 1)]! << 14) ^
            (buf[end - 1]! << 7) ^
            buf[end - 1 - (n >> 2)]!) &
          0x3fffffff;
    let chain = memo.cache.get(key);
    if (chain !== undefined) {
      for (const entry of chain) if (sameBytes(entry.bytes, buf, start, end)) return entry.value;
    }
    const value = memo.compute(outside ? '' : this.text(i));
    if (memo.size < MEMO_LIMIT) {
      if (chain === undefined) {
        chain = [];
        memo.cache.set(key, chain);
      }
      chain.push({ bytes: Uint8Array.prototype.slice.call(buf, start, end), value }); // a copy: the block is reused
      memo.size++;
    }
    return value;
  }

  blank(): boolean {
    const { buf, spans } = this;
    for (let i = 0; i < spans.count; i++) {
      for (let p = spans.start[i]!, end = spans.end[i]!; p < end; p++) {
        const b = buf[p]!;
        if (b >= 0x80) {
          if (cellText(buf, spans, i).trim() !== '') return false;
          break;
        }
        if (!isAsciiSpace(b)) return false;
      }
    }
    return true;
  }

  all(): string[] {
    return recordCells(this.buf, this.spans);
  }
}

function sameBytes(a: Uint8Array, buf: Buffer, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== buf[start + k]) return false;
  return true;
}
