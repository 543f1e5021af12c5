/**
 * Findings already written as text: what the audit threads hand back instead of finding objects when
 * the report is JSON or NDJSON, so that the main thread only puts them in order and writes bytes. The
 * text of a finding is made by `findingText` (render/finding-json.ts), the one writer of a finding's
 * JSON, whichever thread runs it.
 */
import type { Lang } from '../messages/lang.js';

/** How each finding is written: an item of the JSON report's `findings` list, or an NDJSON line. */
export interface FindingTextForm {
  style: 'json' | 'ndjson';
  lang: Lang;
}

export interface FindingTexts {
  form: FindingTextForm;
  count: number;
  /**
   * The findings' UTF-8 bytes in the report's order, in chunks: JSON items joined by ",\n" (no
   * separator before the first or after the last), NDJSON lines each ending in "\n".
   */
  chunks(): Iterable<Uint8Array>;
}
