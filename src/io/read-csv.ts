/**
 * Bytes of a CSV file → rows of cells with the line number each row starts on, streamed. Owns the
 * dialect: encoding (see decode.ts), delimiter (detected from the first lines unless given) and line
 * ends (CRLF, LF and CR all become LF before parsing, so csv-parse counts lines the same way for all
 * three). Parsing itself is csv-parse's.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { Transform, pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { checkBinary, checkLegacyText } from './check-head.js';
import {
  checkEncodingName,
  detectEncoding,
  encodingLabel,
  isUtf8Name,
  makeDecoder,
  type DetectedEncoding,
} from './decode.js';
import { fromLegacy } from './legacy-encoding.js';
import { canReadFast, readRowsFast } from './read-csv-fast.js';

export interface CsvReadOptions {
  encoding?: string;
  delimiter?: string;
  /** false: always parse with csv-parse, never the byte-level reader (read-csv-fast.ts), for tests. */
  fast?: boolean;
}

export interface CsvDialect {
  encoding: string;
  delimiter: string;
}

/** Longest row accepted, in characters: beyond this a row is almost surely an unclosed quote. */
export const MAX_ROW_CHARS = 1 << 20;

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the first lines: for each candidate, the number of times it occurs outside quotes
 * on each line; the winner is the one whose most common non-zero count is shared by the most lines
 * (a header and its rows agree; commas inside text cells of a semicolon file do not), then the
 * larger count; comma when none is seen.
 */
export function detectDelimiter(sample: string): string {
  const perLine = new Map<string, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 30; i++) {
    const ch = sample[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') {
      lines++;
      for (const counts of perLine.values()) counts.push(0);
    } else if (!inQuotes && perLine.has(ch)) {
      const counts = perLine.get(ch)!;
      counts[counts.length - 1]!++;
    }
  }
  let best = ',';
  let bestScore = [0, 0];
  for (const d of DELIMITERS) {
    const score = consistency(perLine.get(d)!);
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!))
      [best, bestScore] = [d, score];
  }
  return best;
}

/** [how many lines share the most common non-zero count, that count]. */
function consistency(counts: readonly number[]): number[] {
  const freq = new Map<number, number>();
  for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
  let top = [0, 0];
  for (const [count, lines] of freq) if (lines > top[0]! || (lines === top[0] && count > top[1]!)) top = [lines, count];
  return top;
}

/** Decode and turn every line end into LF; a CR at the end of a chunk waits for the next one. */
function textTransform(file: string, enc: DetectedEncoding): Transform {
  const decoder = makeDecoder(enc, file);
  let skip = enc.bomLength;
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
        const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
        skip = Math.max(0, skip - chunk.length);
        done(null, fixEnds(decoder.write(bytes), false));
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

/** The first bytes of a file, to sniff its encoding and delimiter. */
async function readHead(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buf, 0, size, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Text of the head for sniffing only: lenient, so a bad byte at the cut does not matter here. */
function sniffText(head: Uint8Array, enc: DetectedEncoding): string {
  const body = head.subarray(enc.bomLength);
  const text = isUtf8Name(enc.name) ? new TextDecoder('utf-8').decode(body) : iconv.decode(Buffer.from(body), enc.name);
  return (enc.font === null ? text : fromLegacy(text, enc.font)).normalize('NFC').replace(/\r\n?/g, '\n');
}

/**
 * The file's encoding and delimiter, from its first bytes and the options; throws `AuditError` for an
 * empty, binary or legacy-encoded file. The first step of `readCsvRows` (and of io/fast-ingest.ts).
 */
export async function openCsv(
  file: string,
  opts: CsvReadOptions,
): Promise<{ enc: DetectedEncoding; delimiter: string }> {
  let head: Uint8Array;
  try {
    head = await readHead(file, 1 << 16);
  } catch (err) {
    throw toAuditError(err, file);
  }
  if (head.length === 0) throw new AuditError('E_EMPTY', say('emptyFile', {}), { place: { file } });
  if (opts.encoding !== undefined) checkEncodingName(opts.encoding);
  const enc = detectEncoding(head, opts.encoding);
  checkBinary(head, enc, file);
  const sample = sniffText(head, enc);
  if (opts.encoding === undefined) checkLegacyText(head, enc, sample, file);
  return { enc, delimiter: opts.delimiter ?? detectDelimiter(sample) };
}

/**
 * Read every non-empty row of `file`; `onRow` gets the cells and the line the row starts on. Returns
 * the dialect used. Throws `AuditError` for an unreadable file.
 */
export async function readCsvRows(
  file: string,
  opts: CsvReadOptions,
  onRow: (cells: string[], line: number) => void,
): Promise<CsvDialect> {
  const { enc, delimiter } = await openCsv(file, opts);
  // The byte-level reader takes the common case; where it stops, csv-parse goes on after the rows it gave.
  let given = 0;
  if (opts.fast !== false && canReadFast(enc.name, enc.font, delimiter)) {
    const fast = await readRowsFast(file, enc.bomLength, delimiter, MAX_ROW_CHARS / 2, onRow).catch((err: unknown) => {
      throw toAuditError(err, file);
    });
    if (fast.done) return { encoding: encodingLabel(enc), delimiter };
    given = fast.rowsDelivered;
  }
  // Where the last record the parser finished ended, kept as it parses: an error at the end of the
  // file can reach the loop below before the records parsed just before it, so the loop's own count
  // would name too early a line for the unfinished record.
  const parsed = { lines: 0, emptyLines: 0 };
  const parser = makeParser(delimiter, (lines, emptyLines) => {
    parsed.lines = lines;
    parsed.emptyLines = emptyLines;
  });
  pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), textTransform(file, enc), parser, () => {});
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
      if (given > 0) given--;
      else onRow(record, start);
    }
  } catch (err) {
    const emptyLines = (err as { empty_lines?: number }).empty_lines ?? parsed.emptyLines;
    throw toAuditError(err, file, parsed.lines + 1 + Math.max(0, emptyLines - parsed.emptyLines));
  }
  return { encoding: encodingLabel(enc), delimiter };
}

/**
 * The csv-parse reader and its options: the reference the fast reader is tested against.
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

/** The tool's error for any failure while reading; `recordLine` is where the unfinished record began. */
export function toAuditError(err: unknown, file: string, recordLine?: number): unknown {
  if (err instanceof AuditError) return err;
  if (err instanceof CsvError) return csvErrorToAudit(err, file, recordLine);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT')
    return new AuditError('E_NO_FILE', say('fileNotFound', { role: 'input' }), { place: { file } });
  if (code === 'EISDIR') return new AuditError('E_IS_DIR', say('isFolder', {}), { place: { file } });
  if (code === 'EACCES') return new AuditError('E_ACCESS', say('permissionDenied', {}), { place: { file } });
  return err;
}

function csvErrorToAudit(err: CsvError, file: string, recordLine: number | undefined): AuditError {
  const line = (err as unknown as { lines?: number }).lines;
  const place = { file, ...(line ? { line } : {}) };
  const start = recordLine ? { file, line: recordLine } : place;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AuditError('E_UNCLOSED_QUOTE', say('unclosedQuote', { lastLine: line ?? null }), { place: start });
  }
  if (err.code === 'CSV_MAX_RECORD_SIZE') {
    return new AuditError('E_ROW_TOO_LONG', say('rowTooLong', { max: MAX_ROW_CHARS }), { place: start });
  }
  return new AuditError('E_CSV', say('malformedCsv', { detail: err.message.replace(/^Invalid Record Length: /, '') }), {
    place,
  });
}
