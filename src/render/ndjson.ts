/**
 * `--format ndjson`: the findings, one JSON object per line, each exactly as in the JSON report's
 * `findings` list. Nothing else: no header or summary line, so every line has the same shape and
 * `grep`, `jq -c` or a line-by-line reader can take it as it comes. No findings → empty output.
 * The figures and the accounting are in `--format json`.
 */
import type { AuditReport } from '../core/report.js';
import { findingToJson } from './json.js';
import type { RenderOptions } from './options.js';

/** The lines one at a time (each ends with "\n"), for a writer that streams. */
export function* ndjsonLines(report: AuditReport, opts: RenderOptions): Generator<string> {
  for (const f of report.findings) yield JSON.stringify(findingToJson(f, opts)) + '\n';
}

export function renderNdjson(report: AuditReport, opts: RenderOptions): string {
  let out = '';
  for (const line of ndjsonLines(report, opts)) out += line;
  return out;
}

/** `--format ndjson` as a stream of lines for the writer: findings are written as they are stringified. */
export function streamNdjson(report: AuditReport, opts: RenderOptions): { stream: Iterable<string> } {
  return { stream: ndjsonLines(report, opts) };
}
