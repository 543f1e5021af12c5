/**
 * A byte-level CSV tokenizer for the common case: UTF-8 bytes, a one-byte delimiter, `"` quotes. It
 * finds the fields of one record at a time as byte spans, so that callers decode only what they use.
 *
 * It reproduces csv-parse with the options of read-csv.ts (`makeParser`) on text whose line ends were
 * turned into LF: CRLF and lone CR end a line like LF (and become LF inside quoted fields); empty lines
 * are skipped but counted; a quote inside an unquoted field is kept as written (`relax_quotes`); a
 * record starts on the physical line of its first byte. Where csv-parse does something else — a
 * quoted field not followed by a delimiter or line end, a quote never closed, a record longer than
 * `maxRecordBytes` — the tokenizer answers BAIL and the caller hands the file to csv-parse.
 * Differential property tests (test/io/fast-csv.test.ts) hold it to csv-parse.
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** More bytes are needed to finish the record (only when `final` is false). */
export const NEED_MORE = -1;
/** The input has a shape this tokenizer does not reproduce: use csv-parse. */
export const BAIL = -2;
/** The record is longer than `maxRecordBytes`: the caller streams past it (long-row.ts). */
export const TOO_LONG = -3;

/** Field flags. */
export const QUOTED = 1;
/** The quoted content holds `""` (to become `"`). */
export const HAS_ESCAPED_QUOTE = 2;
/** The quoted content holds a CR (CRLF or CR to become LF). */
export const HAS_CR = 4;
/** The field holds a byte ≥ 0x80 (not ASCII: it is decoded as UTF-8). */
export const NON_ASCII = 8;
/**
 * The field holds a character outside U+0000–U+02FF and the precomposed Vietnamese letters
 * U+1EA0–U+1EF9: only then can NFC change it (every character in those ranges is a starter that is
 * already composed and never composes with what comes before it).
 */
export const MAY_NEED_NFC = 16;

/** Whether the lead byte at `p` (≥ 0xCC) starts a character NFC leaves alone (U+1EA0–U+1EF9); false when unsure. */
function isComposedLead(bytes: Uint8Array, p: number, limit: number): boolean {
  if (bytes[p] !== 0xe1 || p + 2 >= limit) return false;
  const b1 = bytes[p + 1]!;
  const b2 = bytes[p + 2]!;
  return (b1 === 0xba && b2 >= 0xa0 && b2 <= 0xbf) || (b1 === 0xbb && b2 >= 0x80 && b2 <= 0xb9);
}

/** What a byte means inside an unquoted field: one table lookup instead of four comparisons. */
const STOP = 1; // the delimiter, LF or CR
const HIGH = 2; // a byte of a multi-byte character
const HIGH_LEAD = 3; // the first byte of a character at or past U+0300
const KINDS = new Map<number, Uint8Array>();

function byteKinds(delimiter: number): Uint8Array {
  let kinds = KINDS.get(delimiter);
  if (kinds === undefined) {
    kinds = new Uint8Array(256);
    for (let b = 0x80; b < 0x100; b++) kinds[b] = b >= 0xcc ? HIGH_LEAD : HIGH;
    kinds[LF] = kinds[CR] = kinds[delimiter] = STOP;
    KINDS.set(delimiter, kinds);
  }
  return kinds;
}

/** The fields of the record last scanned: `[start, end)` byte spans (inside the quotes when quoted). */
export interface RecordSpans {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Physical line (1-based) the record starts on. */
  line: number;
  /** The line the next record would start on if no empty line follows. */
  nextLine: number;
  /** Empty lines skipped so far. */
  emptyLines: number;
}

export function makeSpans(capacity = 64): RecordSpans {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    line: 1,
    nextLine: 1,
    emptyLines: 0,
  };
}

function grow(spans: RecordSpans): void {
  const n = spans.start.length * 2;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const flags = new Uint8Array(n);
  start.set(spans.start);
  end.set(spans.end);
  flags.set(spans.flags);
  spans.start = start;
  spans.end = end;
  spans.flags = flags;
}

function push(spans: RecordSpans, start: number, end: number, flags: number): void {
  if (spans.count === spans.start.length) grow(spans);
  spans.start[spans.count] = start;
  spans.end[spans.count] = end;
  spans.flags[spans.count] = flags;
  spans.count++;
}

/**
 * Scan the record at `pos` (skipping empty lines before it) in `bytes[0, limit)`; bytes at and past
 * `limit` are never read (a reused block holds stale bytes there). Fills `spans` and
 * returns the position after the record's line end; `limit` itself when the input ends there (only if
 * `final`) and no record is left; NEED_MORE when the record may continue past `limit`; BAIL.
 * On NEED_MORE and BAIL `spans.nextLine` and `spans.emptyLines` are left as they were.
 */
export function scanRecord(
  bytes: Uint8Array,
  pos: number,
  limit: number,
  delimiter: number,
  final: boolean,
  maxRecordBytes: number,
  spans: RecordSpans,
): number {
  let line = spans.nextLine;
  let empty = spans.emptyLines;
  let p = pos;
  // Empty lines: nothing between two line ends.
  for (;;) {
    if (p >= limit) {
      if (!final) return NEED_MORE;
      spans.count = 0;
      spans.nextLine = line;
      spans.emptyLines = empty;
      return limit;
    }
    const b = bytes[p]!;
    if (b === LF) p++;
    else if (b === CR) {
      if (p + 1 >= limit && !final) return NEED_MORE;
      p += p + 1 < limit && bytes[p + 1] === LF ? 2 : 1;
    } else break;
    line++;
    empty++;
  }
  const recordStart = p;
  const startLine = line;
  const kinds = byteKinds(delimiter);
  spans.count = 0;
  for (;;) {
    // One field starting at p.
    if (p - recordStart > maxRecordBytes) return tooLong(spans, recordStart, startLine, empty);
    if (p < limit && bytes[p] === QUOTE) {
      const contentStart = p + 1;
      let flags = QUOTED;
      let q = contentStart;
      for (;;) {
        if (q >= limit) return final ? BAIL : NEED_MORE; // unclosed quote: csv-parse reports it
        const b = bytes[q]!;
        if (b === QUOTE) {
          if (q + 1 >= limit && !final) return NEED_MORE;
          if (q + 1 < limit && bytes[q + 1] === QUOTE) {
            flags |= HAS_ESCAPED_QUOTE;
            q += 2;
            continue;
          }
          break;
        }
        if (b === LF) line++;
        else if (b === CR) {
          if (q + 1 >= limit && !final) return NEED_MORE;
          flags |= HAS_CR;
          if (q + 1 >= limit || bytes[q + 1] !== LF) line++; // CRLF counts once, at its LF
        } else if (b >= 0x80) {
          flags |= NON_ASCII;
          if (b >= 0xcc && !isComposedLead(bytes, q, limit)) flags |= MAY_NEED_NFC;
        }
        q++;
        if (q - recordStart > maxRecordBytes) return tooLong(spans, recordStart, startLine, empty);
      }
      push(spans, contentStart, q, flags);
      p = q + 1; // after the closing quote
      if (p >= limit) {
        if (!final) return NEED_MORE;
        return finish(spans, startLine, line, empty, limit);
      }
      const after = bytes[p]!;
      if (after === delimiter) {
        p++;
        continue;
      }
      if (after === LF || after === CR) return endLine(bytes, p, limit, final, spans, startLine, line, empty);
      return BAIL; // csv-parse (relax_quotes) re-reads such a field as unquoted text
    }
    const fieldStart = p;
    let flags = 0;
    while (p < limit) {
      const kind = kinds[bytes[p]!]!;
      if (kind !== 0) {
        if (kind === STOP) break;
        flags |= NON_ASCII;
        if (kind === HIGH_LEAD && !isComposedLead(bytes, p, limit)) flags |= MAY_NEED_NFC;
      }
      p++;
    }
    if (p - recordStart > maxRecordBytes) return tooLong(spans, recordStart, startLine, empty);
    if (p >= limit) {
      if (!final) return NEED_MORE;
      push(spans, fieldStart, p, flags);
      return finish(spans, startLine, line, empty, limit);
    }
    push(spans, fieldStart, p, flags);
    if (bytes[p] === delimiter) {
      p++;
      continue;
    }
    return endLine(bytes, p, limit, final, spans, startLine, line, empty);
  }
}

/**
 * TOO_LONG, with `spans.line` the line the record starts on, `spans.start[0]` its first byte and the
 * empty lines before it counted (the caller walks the record from there).
 */
function tooLong(spans: RecordSpans, recordStart: number, startLine: number, empty: number): number {
  spans.start[0] = recordStart;
  spans.line = startLine;
  spans.emptyLines = empty;
  return TOO_LONG;
}

/** The record ends at the line end at `p` (LF, CRLF or CR). */
function endLine(
  bytes: Uint8Array,
  p: number,
  limit: number,
  final: boolean,
  spans: RecordSpans,
  startLine: number,
  line: number,
  empty: number,
): number {
  let next = p + 1;
  if (bytes[p] === CR) {
    if (next >= limit && !final) return NEED_MORE;
    if (next < limit && bytes[next] === LF) next++;
  }
  return finish(spans, startLine, line + 1, empty, next);
}

function finish(spans: RecordSpans, startLine: number, nextLine: number, empty: number, next: number): number {
  spans.line = startLine;
  spans.nextLine = nextLine;
  spans.emptyLines = empty;
  return next;
}

/** Index of the last line end (LF or CR) in `bytes[from, to)`, or -1: where a block of whole lines ends. */
export function lastLineEnd(bytes: Uint8Array, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const b = bytes[i];
    if (b === LF || b === CR) return i;
  }
  return -1;
}
