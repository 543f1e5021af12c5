/**
 * The fast reader behind `readCsvRows` for the common case — a UTF-8 file with a one-byte delimiter:
 * reads blocks of bytes, checks them as UTF-8, tokenizes them with fast-csv.ts and decodes the cells
 * (NFC, as decode.ts does for every text). It delivers exactly the rows csv-parse would; when the input
 * leaves the tokenizer's common case (see fast-csv.ts) or is not valid UTF-8 it stops and says how
 * many rows it delivered, so that csv-parse can take over from there and report what it reports.
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import {
  BAIL,
  HAS_CR,
  HAS_ESCAPED_QUOTE,
  MAY_NEED_NFC,
  NEED_MORE,
  NON_ASCII,
  QUOTED,
  makeSpans,
  scanRecord,
  type RecordSpans,
} from './fast-csv.js';

/** Bytes read per block; a record longer than a block makes the block grow. */
const BLOCK = 1 << 21;

export type FastReadOutcome = { done: true } | { done: false; rowsDelivered: number };

/** Whether the fast reader can take a file in this dialect. */
export function canReadFast(encodingName: string, font: string | null, delimiter: string): boolean {
  const code = delimiter.charCodeAt(0);
  return (
    encodingName.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8' &&
    font === null &&
    delimiter.length === 1 &&
    code < 0x80 &&
    code !== 0x22 &&
    code !== 0x0a &&
    code !== 0x0d
  );
}

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

/** The cells of the record in `spans`. */
export function recordCells(buf: Buffer, spans: RecordSpans): string[] {
  const cells = new Array<string>(spans.count);
  for (let i = 0; i < spans.count; i++) cells[i] = cellText(buf, spans, i);
  return cells;
}

/**
 * Stream the records of `file` (after `skip` bytes of byte-order mark) to `onRecord`, which gets the
 * block and the spans of each record (valid until it returns). Stops early (done: false) on input
 * the tokenizer does not reproduce; `rowsDelivered` rows had been handed over by then. `blockSize`
 * is only changed by tests (records across block ends).
 */
export async function scanCsvFile(
  file: string,
  skip: number,
  delimiter: string,
  maxRecordBytes: number,
  onRecord: (buf: Buffer, spans: RecordSpans) => void,
  blockSize = BLOCK,
): Promise<FastReadOutcome> {
  const handle = await open(file, 'r');
  try {
    const delim = delimiter.charCodeAt(0);
    const spans = makeSpans();
    let buf = Buffer.allocUnsafe(Math.max(1, blockSize));
    let filled = 0;
    let filePos = skip;
    let eof = false;
    let delivered = 0;
    /** Bytes of `buf` before this offset are known to be valid UTF-8 (they end on a line end). */
    let validTo = 0;
    while (!eof || filled > 0) {
      if (!eof && filled < buf.length) {
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filePos);
        filePos += bytesRead;
        filled += bytesRead;
        if (bytesRead === 0) eof = true;
        if (!eof && filled < buf.length) continue;
      }
      let pos = 0;
      for (;;) {
        const next = scanRecord(buf, pos, filled, delim, eof, maxRecordBytes, spans);
        if (next === BAIL) return { done: false, rowsDelivered: delivered };
        if (next === NEED_MORE) break;
        if (spans.count === 0) {
          pos = next;
          break;
        }
        if (next > validTo) {
          // Check the bytes of this record and of the rest of the block's whole lines in one go.
          const end = eof ? filled : Math.max(next, lineEndBefore(buf, filled));
          if (!isUtf8(buf.subarray(validTo, end))) return { done: false, rowsDelivered: delivered };
          validTo = end;
        }
        onRecord(buf, spans);
        delivered++;
        pos = next;
      }
      if (eof && pos >= filled) break;
      // Keep the unfinished record: move it to the front, growing the block if it fills it.
      const rest = filled - pos;
      if (pos === 0 && !eof) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      } else {
        buf.copy(buf, 0, pos, filled);
      }
      validTo = Math.max(0, validTo - pos);
      filled = rest;
    }
    return { done: true };
  } finally {
    await handle.close();
  }
}

/** Offset just after the last line end in `buf[0, limit)`, or 0. */
function lineEndBefore(buf: Buffer, limit: number): number {
  const lf = buf.lastIndexOf(10, limit - 1);
  const cr = buf.lastIndexOf(13, limit - 1);
  return Math.max(lf, cr) + 1;
}

/** `readCsvRows`' fast path: every record as cells and its start line. */
export function readRowsFast(
  file: string,
  skip: number,
  delimiter: string,
  maxRecordBytes: number,
  onRow: (cells: string[], line: number) => void,
  blockSize = BLOCK,
): Promise<FastReadOutcome> {
  return scanCsvFile(
    file,
    skip,
    delimiter,
    maxRecordBytes,
    (buf, spans) => onRow(recordCells(buf, spans), spans.line),
    blockSize,
  );
}
