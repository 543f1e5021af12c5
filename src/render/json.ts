/**
 * The machine format for CI. Field names are a contract (`schemaVersion` is bumped on any breaking
 * change). Each finding's message and the rates formula are in the chosen language; everything else
 * is data.
 */
import type { AuditReport } from '../core/report.js';
import type { Finding } from '../findings/finding.js';
import { messageOf } from '../findings/wording.js';
import { LABELS } from './labels.js';
import type { RenderOptions } from './options.js';

export function reportToJson(report: AuditReport, opts: RenderOptions): unknown {
  return jsonFrame(
    report,
    report.findings.map((f) => findingToJson(f, opts)),
    opts,
  );
}

/** The report's JSON object with `findings` as given (the list, or a slot the streamer fills). */
function jsonFrame(report: AuditReport, findings: unknown, opts: RenderOptions): object {
  return {
    schemaVersion: report.schemaVersion,
    command: report.command,
    asOf: report.asOf,
    period: report.period,
    resultDate: report.resultDate,
    denominator: { name: report.denominator.name, formula: LABELS[opts.lang].formula[report.denominator.name] },
    calendar: report.calendar,
    inputs: report.inputs,
    units: report.units,
    total: { ...report.total, unit: 'TOTAL' },
    coverage: report.coverage,
    findings,
    skippedChecks: report.skippedChecks,
    notes: report.notes,
    gates: report.gates,
    provenance: report.provenance,
    warnings: report.warnings,
    selection: report.selection,
  };
}

/** One finding as the JSON report lists it (and `--format ndjson` writes it, one per line). */
export function findingToJson(f: Finding, opts: RenderOptions): unknown {
  return {
    kind: f.kind,
    code: f.code,
    unit: f.unit,
    message: messageOf(f, opts.lang),
    electronic: f.electronic,
    paper: f.paper,
    ...(Object.keys(f.args).length > 0 ? { args: f.args } : {}),
  };
}

/** Stands in for the findings while the rest of the report is stringified: no real value contains NUL. */
const FINDINGS_SLOT = '\u0000findings\u0000';
/** Findings stringified in one call: enough for the call to cost little, few enough to hold a batch at once. */
const BATCH = 256;
/** How `JSON.stringify({ findings: [...] }, null, 2)` begins and ends around the items. */
const BATCH_OPEN = '{\n  "findings": [\n';
const BATCH_CLOSE = '\n  ]\n}';

/**
 * The JSON report a piece at a time, byte for byte what `JSON.stringify(report, null, 2)` gives: the
 * findings (most of a large report) are stringified a batch at a time as they are written, so a report
 * of ten million dossiers is never one string of hundreds of megabytes held twice over. A batch is
 * stringified inside `{ "findings": [ … ] }`, which puts its items at the depth and indentation they
 * have in the report; the wrapper is cut off.
 */
export function* jsonPieces(report: AuditReport, opts: RenderOptions): Generator<string> {
  const frame = JSON.stringify(jsonFrame(report, FINDINGS_SLOT, opts), null, 2);
  const [before, after] = frame.split(JSON.stringify(FINDINGS_SLOT)) as [string, string];
  const all = report.findings;
  if (all.length === 0) {
    yield before + '[]' + after + '\n';
    return;
  }
  yield before + '[\n';
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH).map((f) => findingToJson(f, opts));
    const text = JSON.stringify({ findings: batch }, null, 2);
    yield (start === 0 ? '' : ',\n') + text.slice(BATCH_OPEN.length, text.length - BATCH_CLOSE.length);
  }
  yield '\n  ]' + after + '\n';
}

export function renderJson(report: AuditReport, opts: RenderOptions): string {
  return [...jsonPieces(report, opts)].join('');
}

/** `--format json` as a stream of pieces for the writer (see `TextStream` in index.ts). */
export function streamJson(report: AuditReport, opts: RenderOptions): { stream: Iterable<string> } {
  return { stream: jsonPieces(report, opts) };
}
