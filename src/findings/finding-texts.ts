/**
 * Findings already written as text: what the audit threads hand back instead of finding objects when
 * nothing in the run needs the objects (a JSON or NDJSON report, `--details`), so that the main thread
 * only puts them in order and writes bytes. The text of a finding is made by `findingText`
 * (render/finding-json.ts), the one writer of a finding's JSON, or `detailsRowText` (render/csv.ts),
 * the one writer of a `--details` row, whichever thread runs it.
 */
import type { Lang } from '../messages/lang.js';
import type { CsvDialect } from '../render/csv.js';

/**
 * How each finding is written: an item of the JSON report's `findings` list, an NDJSON line, or a
 * `--details` CSV row (without the heading row).
 */
export type FindingTextForm =
  | { style: 'json' | 'ndjson'; lang: Lang }
  | { style: 'details'; lang: Lang; csv: CsvDialect };

export interface FindingTexts {
  form: FindingTextForm;
  count: number;
  /**
   * The findings' UTF-8 bytes in the report's order, in chunks: JSON items joined by ",\n" (no
   * separator before the first or after the last), NDJSON lines and CSV rows each ending in "\n".
   * `refill`: each chunk is the same buffer filled again, valid only until the next is asked for — for a
   * writer that has written a chunk before it asks for the next (`writeFileAtomic`), never for one that
   * keeps chunks (a stream's queue).
   */
  chunks(refill?: boolean): Iterable<Uint8Array>;
}
