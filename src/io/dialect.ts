/**
 * A CSV file's dialect, judged from its first bytes before any row is parsed: the encoding (a
 * byte-order mark, else the one named, see decode.ts), what the bytes are not (a workbook, binary
 * data, text in a legacy font: check-head.ts), and the delimiter (detected from the first lines unless
 * given).
 */
import { iconv } from './iconv.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { checkBinary, checkLegacyText } from './check-head.js';
import { checkEncodingName, detectEncoding, encodingLabel, isUtf8Name, type DetectedEncoding } from './decode.js';
import { fromLegacy } from './legacy-encoding.js';

export interface CsvReadOptions {
  encoding?: string;
  delimiter?: string;
  /** false: always parse with csv-parse, never the byte-level tokenizer (fast-csv.ts), for tests. */
  fast?: boolean;
  /** Rows longer than this many bytes are streamed past and rejected (`--max-row-bytes`; default 1 MiB). */
  maxRowBytes?: number;
}

/** How a file was read, as the reports show it. */
export interface CsvDialect {
  encoding: string;
  delimiter: string;
}

export interface SniffedDialect {
  enc: DetectedEncoding;
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The file's encoding and delimiter from its first bytes and the options; throws `AuditError` for an
 * empty, binary or legacy-encoded file, or an unknown encoding name.
 */
export function sniffDialect(head: Uint8Array, file: string, opts: CsvReadOptions): SniffedDialect {
  if (head.length === 0) throw new AuditError('E_EMPTY', say('emptyFile', {}), { place: { file } });
  if (opts.encoding !== undefined) checkEncodingName(opts.encoding);
  const enc = detectEncoding(head, opts.encoding);
  checkBinary(head, enc, file);
  const sample = sniffText(head, enc);
  if (opts.encoding === undefined) checkLegacyText(head, enc, sample, file);
  return { enc, delimiter: opts.delimiter ?? detectDelimiter(sample) };
}

export function dialectLabel(d: SniffedDialect): CsvDialect {
  return { encoding: encodingLabel(d.enc), delimiter: d.delimiter };
}

/** Text of the head for sniffing only: lenient, so a bad byte at the cut does not matter here. */
function sniffText(head: Uint8Array, enc: DetectedEncoding): string {
  const body = head.subarray(enc.bomLength);
  const text = isUtf8Name(enc.name)
    ? new TextDecoder('utf-8').decode(body)
    : iconv().decode(Buffer.from(body), enc.name);
  return (enc.font === null ? text : fromLegacy(text, enc.font)).normalize('NFC').replace(/\r\n?/g, '\n');
}

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
