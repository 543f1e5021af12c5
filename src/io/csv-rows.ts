/**
 * An input's bytes → its rows, each as `Cells` with the line it starts on, in one forward pass.
 *
 * The common case — UTF-8 with a one-byte delimiter — goes through the byte-level tokenizer
 * (fast-csv.ts) a block at a time, its cells read in place (byte-cells.ts). Where the tokenizer meets
 * what it does not reproduce (a quoted field followed by text, an unclosed quote, a record longer than
 * half the limit, bytes that are not UTF-8), csv-parse takes over **from that record**, fed the bytes
 * not yet parsed, with the line numbers carried on; every other dialect (UTF-16, Windows-1258, legacy
 * fonts) is csv-parse from the start. csv-parse's options (`makeParser`) are the reference the
 * tokenizer is tested against (test/io/fast-csv.test.ts).
 */
import { isUtf8 } from 'node:buffer';
import { Readable, Transform, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { textCells, type Cells } from '../core/cells.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { ByteCells } from './byte-cells.js';
import { makeDecoder, type DetectedEncoding, Replacements, validUtf8Prefix } from './decode.js';
import type { CsvReadOptions, SniffedDialect } from './dialect.js';
import { BAIL, makeSpans, NEED_MORE, type RecordSpans, scanRecord, TOO_LONG } from './fast-csv.js';
import { LongRow } from './long-row.js';
import { type Input, toFileError } from './open-input.js';

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

/**
 * csv-parse over the rest of the input: `first` (bytes already read, starting on a record), then
 * whatever is left to read; its line numbers come after `linesBefore` lines.
 */
async function parseRest(
  input: Input,
  enc: DetectedEncoding,
  delimiter: string,
  first: Buffer,
  linesBefore: number,
  onRow: RowHandler,
  eof = false,
  startOffset = 0,
): Promise<void> {
  const file = input.file;
  async function* bytes(): AsyncGenerator<Buffer> {
    if (first.length > 0) yield Buffer.from(first); // a copy: the caller's block is not ours
    if (eof) return;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = await input.read(chunk, 0, chunk.length);
      if (n === 0) return;
      yield chunk.subarray(0, n);
    }
  }
  // Where the last record the parser finished ended, kept as it parses: an error at the end of the
  // file can reach the loop below before the records parsed just before it, so the loop's own count
  // would name too early a line for the unfinished record.
  const parsed = { lines: 0, emptyLines: 0 };
  const parser = makeParser(delimiter, (lines, emptyLines) => {
    parsed.lines = lines;
    parsed.emptyLines = emptyLines;
  });
  // Bad UTF-8 bytes are read as U+FFFD and logged, then told to `onRow` per cell, as the tokenizer does.
  const replaced = new Replacements();
  const transform = textTransform(file, { ...enc, bomLength: 0 }, startOffset, replaced);
  pipeline(Readable.from(bytes()), transform, parser, () => {});
  let prevEnd = 0;
  let prevEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; empty_lines: number };
    }>) {
      const start = prevEnd + 1 + (info.empty_lines - prevEmpty);
      prevEnd = info.lines;
      prevEmpty = info.empty_lines;
      onRow(textCells(record), linesBefore + start, replacedCells(record, replaced));
    }
  } catch (err) {
    const emptyLines = (err as { empty_lines?: number }).empty_lines ?? parsed.emptyLines;
    throw toReadError(err, file, linesBefore, parsed.lines + 1 + Math.max(0, emptyLines - parsed.emptyLines));
  }
}

/** The cells of a parsed record that hold a U+FFFD standing for bad bytes, with the first one's offset. */
function replacedCells(record: readonly string[], replaced: Replacements): BadBytes[] | undefined {
  let bad: BadBytes[] | undefined;
  for (let i = 0; i < record.length; i++) {
    const cell = record[i]!;
    let n = 0;
    for (let p = cell.indexOf('\ufffd'); p >= 0; p = cell.indexOf('\ufffd', p + 1)) n++;
    const offset = n === 0 ? undefined : replaced.take(n);
    if (offset === undefined) continue;
    bad ??= [];
    bad.push({ column: i + 1, offset });
  }
  return bad;
}

/** Decode and turn every line end into LF; a CR at the end of a chunk waits for the next one. */
function textTransform(file: string, enc: DetectedEncoding, startOffset: number, replaced: Replacements): Transform {
  const decoder = makeDecoder(enc, file, startOffset, replaced);
  let pendingCR = false;
  const fixEnds = (text: string, final: boolean): string => {
    let t = pendingCR ? '\r' + text : text;
    pendingCR = !final && t.endsWith('\r');
    if (pendingCR) t = t.slice(0, -1);
    return t.replace(/\r\n?/g, '\n');
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, fixEnds(decoder.write(chunk), false));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        done(null, fixEnds(decoder.end(), true));
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/**
 * The csv-parse reader and its options: the reference the byte-level tokenizer is tested against.
 * `onParsed` hears, as each record is parsed, the line it ends on and the empty lines so far.
 */
export function makeParser(
  delimiter: string,
  onParsed?: (lines: number, emptyLines: number) => void,
): ReturnType<typeof parse> {
  return parse({
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_ROW_CHARS,
    ...(onParsed === undefined
      ? {}
      : {
          on_record: (record: string[], context: { lines: number; empty_lines: number }) => {
            onParsed(context.lines, context.empty_lines);
            return record;
          },
        }),
  });
}

/**
 * The tool's error for a failure while parsing; line numbers counted after `linesBefore` lines.
 * `recordLine` is where the unfinished record began.
 */
function toReadError(err: unknown, file: string, linesBefore: number, recordLine: number): unknown {
  if (!(err instanceof CsvError)) return toFileError(err, file);
  const parsedLine = (err as unknown as { lines?: number }).lines;
  const line = parsedLine ? linesBefore + parsedLine : undefined;
  const place = { file, ...(line ? { line } : {}) };
  const start = { file, line: linesBefore + recordLine };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AuditError('E_UNCLOSED_QUOTE', say('unclosedQuote', { lastLine: line ?? null }), { place: start });
  }
  if (err.code === 'CSV_MAX_RECORD_SIZE') {
    return new AuditError('E_ROW_TOO_LONG', say('rowTooLong', { max: MAX_ROW_CHARS, bytes: false, cells: false }), {
      place: start,
    });
  }
  return new AuditError('E_CSV', say('malformedCsv', { detail: err.message.replace(/^Invalid Record Length: /, '') }), {
    place,
  });
}

/** The error for bytes that are not UTF-8 in a cell that is read: its place, and the byte's offset. */
export function notUtf8At(file: string, line: number, bad: BadBytes | undefined): AuditError {
  return new AuditError('E_NOT_UTF8', say('notUtf8At', { offset: bad?.offset ?? null }), {
    place: { file, line, ...(bad === undefined ? {} : { column: bad.column }) },
  });
}
