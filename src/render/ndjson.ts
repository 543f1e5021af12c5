/**
 * `--format ndjson`: the findings, one JSON object per line, each exactly as in the JSON report's
 * `findings` list. Nothing else: no header or summary line, so every line has the same shape and
 * `grep`, `jq -c` or a line-by-line reader can take it as it comes. No findings → empty output.
 * The figures and the accounting are in `--format json`.
 */
import type { AuditReport } from '../core/report.js';
import { findingText } from './finding-json.js';
import type { TextStream } from './index.js';
import { checkForm } from './json.js';
import type { RenderOptions } from './options.js';

/**
 * The lines (each ends with "\n"), for a writer that streams: one at a time, or as bytes when the
 * audit threads already wrote them (`report.findingTexts`).
 */
export function* ndjsonLines(report: AuditReport, opts: RenderOptions): Generator<string | Uint8Array> {
  if (report.findingTexts !== null) {
    checkForm(report.findingTexts, 'ndjson', opts);
    yield* report.findingTexts.chunks();
  }
  const form = { style: 'ndjson', lang: opts.lang } as const;
  for (const f of report.findings) yield findingText(f, form);
}

export function renderNdjson(report: AuditReport, opts: RenderOptions): string {
  const decoder = new TextDecoder();
  let out = '';
  for (const line of ndjsonLines(report, opts)) out += typeof line === 'string' ? line : decoder.decode(line);
  return out;
}

/** `--format ndjson` as a stream of lines for the writer: findings are written as they are stringified. */
export function streamNdjson(report: AuditReport, opts: RenderOptions): TextStream {
  return { stream: ndjsonLines(report, opts) };
}
