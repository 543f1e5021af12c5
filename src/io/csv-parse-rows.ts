/**
 * csv-parse over an input's bytes, from the start or from the record where the byte-level tokenizer
 * (csv-rows.ts) handed over, with the line numbers carried on; and csv-parse's options (`makeParser`),
 * the reference the tokenizer is tested against. In a module of its own so that a run that never
 * needs csv-parse (clean UTF-8 files) does not load it: csv-rows.ts imports this on first use.
 */
import { Readable, Transform, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { textCells } from '../core/cells.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { type BadBytes, MAX_ROW_CHARS, type RowHandler } from './csv-rows.js';
import { makeDecoder, type DetectedEncoding, Replacements } from './decode.js';
import { type Input, toFileError } from './open-input.js';

/**
 * csv-parse over the rest of the input: `first` (bytes already read, starting on a record), then
 * whatever is left to read; its line numbers come after `linesBefore` lines.
 */
export async function parseRest(
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
    // Each record as it is parsed ('data' events, not an async iterator): an error at the end of the
    // input (a quote never closed) then comes after every record parsed before it, however the input
    // was cut into chunks. An iterator gives up its buffered records when the error arrives, and how
    // many were buffered depended on timing (csv-parse alone and csv-parse taking over from the byte
    // tokenizer handed over different rows before the same error).
    await new Promise<void>((resolve, reject) => {
      parser.on('data', ({ record, info }: { record: string[]; info: { lines: number; empty_lines: number } }) => {
        const start = prevEnd + 1 + (info.empty_lines - prevEmpty);
        prevEnd = info.lines;
        prevEmpty = info.empty_lines;
        try {
          onRow(textCells(record), linesBefore + start, replacedCells(record, replaced));
        } catch (err) {
          parser.destroy(err as Error);
        }
      });
      parser.once('error', reject);
      parser.once('end', resolve);
    });
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
