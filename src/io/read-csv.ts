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
import { detectEncoding, makeDecoder, type DetectedEncoding } from './decode.js';

export interface CsvReadOptions {
  encoding?: string;
  delimiter?: string;
}

export interface CsvDialect {
  encoding: string;
  delimiter: string;
}

/** Longest row accepted, in characters: beyond this a row is almost surely an unclosed quote. */
export const MAX_ROW_CHARS = 1 << 20;

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most in the first lines, outside quotes; comma when none is seen. */
export function detectDelimiter(sample: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 30; i++) {
    const ch = sample[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') lines++;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Decode and turn every line end into LF; a CR at the end of a chunk waits for the next one. */
function textTransform(file: string, enc: DetectedEncoding): Transform {
  const decoder = makeDecoder(enc, file);
  let skip = enc.bomLength;
  let pendingCR = false;
  let checked = false;
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
        const text = fixEnds(decoder.write(bytes), false);
        if (!checked) { checkText(text, file); checked = true; }
        done(null, text);
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

/** NUL characters in decoded text mean a binary file (or UTF-16 without its byte-order mark). */
function checkText(text: string, file: string): void {
  if (text.includes('\u0000')) {
    throw new AuditError('E_BINARY', 'the file holds binary data, not CSV text', {
      place: { file },
      hint: 'export the sheet as "CSV UTF-8"; a UTF-16 file needs its byte-order mark',
    });
  }
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
  const name = enc.name.toLowerCase();
  const text = name === 'utf-8' || name === 'utf8' ? new TextDecoder('utf-8').decode(body) : iconv.decode(Buffer.from(body), enc.name);
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Read every non-empty row of `file`; `onRow` gets the cells and the line the row starts on. Returns
 * the dialect used. Throws `AuditError` for an unreadable file.
 */
export async function readCsvRows(file: string, opts: CsvReadOptions, onRow: (cells: string[], line: number) => void): Promise<CsvDialect> {
  let head: Uint8Array;
  try {
    head = await readHead(file, 1 << 16);
  } catch (err) {
    throw toAuditError(err, file);
  }
  if (head.length === 0) throw new AuditError('E_EMPTY', 'the file is empty', { place: { file }, hint: 'export the data again; a CSV needs a header row and rows' });
  const enc = detectEncoding(head, opts.encoding);
  const delimiter = opts.delimiter ?? detectDelimiter(sniffText(head, enc));
  const parser = makeParser(delimiter);
  pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), textTransform(file, enc), parser, () => {});
  let prevEnd = 0;
  let prevEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      const start = prevEnd + 1 + (info.empty_lines - prevEmpty);
      prevEnd = info.lines;
      prevEmpty = info.empty_lines;
      onRow(record, start);
    }
  } catch (err) {
    throw toAuditError(err, file);
  }
  return { encoding: enc.name, delimiter };
}

function makeParser(delimiter: string): ReturnType<typeof parse> {
  return parse({
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_ROW_CHARS,
  });
}

export function toAuditError(err: unknown, file: string): unknown {
  if (err instanceof AuditError) return err;
  if (err instanceof CsvError) return csvErrorToAudit(err, file);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new AuditError('E_NO_FILE', 'file not found', { place: { file }, hint: 'check the path' });
  if (code === 'EISDIR') return new AuditError('E_IS_DIR', 'is a folder, not a file', { place: { file }, hint: 'name a CSV file' });
  if (code === 'EACCES') return new AuditError('E_ACCESS', 'permission denied', { place: { file }, hint: 'check the file permissions' });
  return err;
}

function csvErrorToAudit(err: CsvError, file: string): AuditError {
  const line = (err as unknown as { lines?: number }).lines;
  const place = { file, ...(line ? { line } : {}) };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AuditError('E_UNCLOSED_QUOTE', 'a quoted field is never closed, so the rest of the file would be one cell', { place, hint: 'find the stray " near this line and close or remove it' });
  }
  if (err.code === 'CSV_MAX_RECORD_SIZE') {
    return new AuditError('E_ROW_TOO_LONG', `a row is longer than ${MAX_ROW_CHARS} characters`, { place, hint: 'probably an unclosed quote; check the " characters near this line' });
  }
  return new AuditError('E_CSV', `malformed CSV: ${err.message.replace(/^Invalid Record Length: /, '')}`, { place, hint: 'check quotes and delimiters on this line' });
}
