/**
 * An input's bytes → its rows, each as `Cells` with the line it starts on, in one forward pass.
 *
 * The common case — UTF-8 with a one-byte delimiter — goes through the byte-level tokenizer
 * (fast-csv.ts) a block at a time, its cells read in place (byte-cells.ts). Where the tokenizer meets
 * what it does not reproduce (a quoted field followed by text, an unclosed quote, a record longer than
 * half the limit, bytes that are not UTF-8), csv-parse takes over **from that record**, fed the bytes
 * not yet parsed, with the line numbers carried on; every other dialect (UTF-16, Windows-1258, legacy
 * fonts) is csv-parse from the start. csv-parse's options (`makeParser`, csv-parse-rows.ts) are the
 * reference the tokenizer is tested against (test/io/fast-csv.test.ts). csv-parse is loaded only when
 * it is needed: a clean UTF-8 file never loads it.
 */
import { isUtf8 } from 'node:buffer';
import type { Cells } from '../core/cells.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { ByteCells } from './byte-cells.js';
import { type DetectedEncoding, validUtf8Prefix } from './decode.js';
import type { CsvReadOptions, SniffedDialect } from './dialect.js';
import { BAIL, makeSpans, NEED_MORE, type RecordSpans, scanRecord, TOO_LONG } from './fast-csv.js';
import { LongRow } from './long-row.js';
import type { Input } from './open-input.js';

/**
 * Longest row csv-parse accepts, in characters (files in other encodings; the rest of a file after a
 * hand-over): beyond it the run stops, since csv-parse cannot stream past a row.
 */
export const MAX_ROW_CHARS = 1 << 20;
/**
 * Longest row the byte tokenizer reads, in bytes, unless `--max-row-bytes` says otherwise; longer rows
 * are rejected.
 */
export const MAX_ROW_BYTES = 1 << 20;

/** A row over the limit, streamed past: the line it starts on and its length in bytes. */
export type LongRowHandler = (line: number, bytes: number) => void;
/** Bytes read per block; a record longer than a block makes the block grow. */
const BLOCK = 1 << 21;

/** A cell whose bytes are not UTF-8: its column (1-based) and the file offset of the first bad byte. */
export interface BadBytes {
  column: number;
  offset: number | null;
}

/** A row's cells and the line it starts on; `bad` lists the cells whose bytes are not valid UTF-8, if any. */
export type RowHandler = (cells: Cells, line: number, bad?: readonly BadBytes[]) => void;

/** Whether the byte-level tokenizer can take a file in this dialect. */
export function canReadFast(enc: DetectedEncoding, delimiter: string): boolean {
  const code = delimiter.charCodeAt(0);
  return (
    enc.name.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8' &&
    enc.font === null &&
    delimiter.length === 1 &&
    code < 0x80 &&
    code !== 0x22 &&
    code !== 0x0a &&
    code !== 0x0d
  );
}

/**
 * Every non-blank-line row of `input` in `dialect`, to `onRow`. Throws `AuditError` for bytes that
 * cannot be read (bad UTF-8, an unclosed quote, a row over the limit). Says where csv-parse took over
 * from the byte-level tokenizer (the line after those it read; 1 when it read none), or null.
 * `blockSize` is for tests (records across block ends).
 */
export async function readRows(
  input: Input,
  dialect: SniffedDialect,
  opts: CsvReadOptions,
  onRow: RowHandler,
  blockSize = BLOCK,
  onLongRow: LongRowHandler = (line) => {
    throw new AuditError(
      'E_ROW_TOO_LONG',
      say('rowTooLong', { max: opts.maxRowBytes ?? MAX_ROW_BYTES, bytes: true, cells: false }),
      {
        place: { file: input.file, line },
      },
    );
  },
): Promise<{ handedOverAt: number | null }> {
  const { enc, delimiter } = dialect;
  const maxRowBytes = opts.maxRowBytes ?? MAX_ROW_BYTES;
  if (opts.fast === false || !canReadFast(enc, delimiter)) {
    await parseRest(input, enc, delimiter, input.head.subarray(enc.bomLength), 0, onRow, false, enc.bomLength);
    return { handedOverAt: 1 };
  }
  const handOver = async (from: number, linesBefore: number): Promise<{ handedOverAt: number }> => {
    await parseRest(input, enc, delimiter, buf.subarray(from, filled), linesBefore, onRow, eof, base + from);
    return { handedOverAt: linesBefore + 1 };
  };
  const delim = delimiter.charCodeAt(0);
  const maxRecordBytes = maxRowBytes;
  /** A row over the limit being streamed past, or null. */
  let longRow: LongRow | null = null;
  const spans = makeSpans();
  const cells = new ByteCells();
  let buf = Buffer.allocUnsafe(Math.max(blockSize, input.head.length));
  input.head.copy(buf);
  let filled = input.head.length;
  let pos = enc.bomLength;
  let eof = false;
  /** The file offset of `buf[0]`. */
  let base = 0;
  /** Bytes of `buf` before this offset are known to be valid UTF-8 (they end on a line end). */
  let validTo = 0;
  /** Up to this offset the bytes hold something that is not UTF-8: checked a record at a time. */
  let recordwiseTo = 0;
  blocks: for (;;) {
    if (!eof && filled < buf.length) {
      const n = await input.read(buf, filled, buf.length - filled);
      filled += n;
      if (n === 0) eof = true;
      else if (filled < buf.length) continue;
    }
    if (longRow !== null) {
      const end = longRow.feed(buf, pos, filled, eof);
      if (end === null)
        pos = filled; // all of it is the long row's: dropped, the block is not grown
      else {
        if (longRow.unclosed)
          throw new AuditError('E_UNCLOSED_QUOTE', say('unclosedQuote', { lastLine: longRow.nextLine - 1 }), {
            place: { file: input.file, line: longRow.line },
          });
        onLongRow(longRow.line, longRow.bytes);
        spans.nextLine = longRow.nextLine;
        pos = end;
        validTo = Math.max(validTo, end);
        longRow = null;
      }
    }
    for (; longRow === null; ) {
      const lineAtPos = spans.nextLine;
      const next = scanRecord(buf, pos, filled, delim, eof, maxRecordBytes, spans);
      if (next === BAIL) return handOver(pos, lineAtPos - 1);
      if (next === TOO_LONG) {
        longRow = new LongRow(spans.line, delim);
        pos = spans.start[0]!;
        continue blocks; // walk it at once: the block is not grown to hold it
      }
      if (next === NEED_MORE) break;
      if (spans.count === 0) {
        pos = next;
        break;
      }
      let bad: BadBytes[] | undefined;
      if (next > validTo && next > recordwiseTo) {
        // Check the bytes of this record and of the rest of the block's whole lines in one go.
        const end = eof ? filled : Math.max(next, lineEndBefore(buf, filled));
        if (isUtf8(buf.subarray(validTo, end))) validTo = end;
        else recordwiseTo = end;
      }
      if (next > validTo) {
        // Somewhere in these lines is a byte that is not UTF-8: say which cells of this record hold one.
        if (!isUtf8(buf.subarray(validTo, next))) bad = badCells(buf, spans, base);
        validTo = next;
      }
      onRow(cells.at(buf, spans), spans.line, bad);
      pos = next;
    }
    if (eof && pos >= filled) return { handedOverAt: null };
    // Keep the unfinished record: move it to the front, growing the block if it fills it.
    if (pos === 0 && filled === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    } else if (pos > 0) {
      buf.copy(buf, 0, pos, filled);
      validTo = Math.max(0, validTo - pos);
      recordwiseTo = Math.max(0, recordwiseTo - pos);
      base += pos;
      filled -= pos;
      pos = 0;
    }
  }
}

/** The cells of the record in `spans` whose bytes are not UTF-8, with the file offset of each one's first bad byte. */
function badCells(buf: Buffer, spans: RecordSpans, base: number): BadBytes[] {
  const bad: BadBytes[] = [];
  for (let i = 0; i < spans.count; i++) {
    const start = spans.start[i]!;
    const end = spans.end[i]!;
    if (!isUtf8(buf.subarray(start, end)))
      bad.push({ column: i + 1, offset: base + start + validUtf8Prefix(buf.subarray(start, end)) });
  }
  return bad;
}

/** Offset just after the last line end in `buf[0, limit)`, or 0. */
function lineEndBefore(buf: Buffer, limit: number): number {
  const lf = buf.lastIndexOf(10, limit - 1);
  const cr = buf.lastIndexOf(13, limit - 1);
  return Math.max(lf, cr) + 1;
}

/** csv-parse over the rest of the input (csv-parse-rows.ts), loaded on first use. */
async function parseRest(...args: Parameters<typeof import('./csv-parse-rows.js').parseRest>): Promise<void> {
  const { parseRest: parse } = await import('./csv-parse-rows.js');
  return parse(...args);
}

/** The error for bytes that are not UTF-8 in a cell that is read: its place, and the byte's offset. */
export function notUtf8At(file: string, line: number, bad: BadBytes | undefined): AuditError {
  return new AuditError('E_NOT_UTF8', say('notUtf8At', { offset: bad?.offset ?? null }), {
    place: { file, line, ...(bad === undefined ? {} : { column: bad.column }) },
  });
}
