/**
 * The machine format for CI. Field names are a contract (`schemaVersion` is bumped on any breaking
 * change). Each finding's message and the rates formula are in the chosen language; everything else
 * is data.
 */
import type { AuditReport } from '../core/report.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import { findingText, findingToJson } from './finding-json.js';
import type { TextStream } from './index.js';
import { LABELS } from './labels.js';
import type { RenderOptions } from './options.js';

export function reportToJson(report: AuditReport, opts: RenderOptions): unknown {
  return jsonFrame(
    report,
    report.findings.map((f) => findingToJson(f, opts.lang)),
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
    ...(report.by === undefined ? {} : { by: report.by }),
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

/** Stands in for the findings while the rest of the report is stringified: no real value contains NUL. */
const FINDINGS_SLOT = '\u0000findings\u0000';
/** Findings joined into one piece: enough for a piece to cost little, few enough to hold a piece at once. */
const BATCH = 256;
const FORM_JSON = 'json';

/**
 * The JSON report a piece at a time, byte for byte what `JSON.stringify(report, null, 2)` gives: the
 * findings (most of a large report) are written as they go out, so a report of ten million dossiers is
 * never one string of hundreds of megabytes held twice over — as bytes when the audit threads already
 * wrote them (`report.findingTexts`), else a batch of findings at a time.
 */
export function* jsonPieces(report: AuditReport, opts: RenderOptions): Generator<string | Uint8Array> {
  const frame = JSON.stringify(jsonFrame(report, FINDINGS_SLOT, opts), null, 2);
  const [before, after] = frame.split(JSON.stringify(FINDINGS_SLOT)) as [string, string];
  const texts = report.findingTexts;
  if (texts !== null) checkForm(texts, FORM_JSON, opts);
  const all = report.findings;
  if ((texts?.count ?? all.length) === 0) {
    yield before + '[]' + after + '\n';
    return;
  }
  yield before + '[\n';
  if (texts !== null) yield* texts.chunks();
  const form = { style: FORM_JSON, lang: opts.lang } as const;
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH).map((f) => findingText(f, form));
    yield (start === 0 ? '' : ',\n') + batch.join(',\n');
  }
  yield '\n  ]' + after + '\n';
}

/** Findings written ahead must be in the form and language asked for (the run asks for the right one). */
export function checkForm(texts: FindingTexts, style: FindingTextForm['style'], opts: RenderOptions): void {
  if (texts.form.style !== style || texts.form.lang !== opts.lang)
    throw new Error(`findings written as ${texts.form.style}/${texts.form.lang}, rendered as ${style}/${opts.lang}`);
}

export function renderJson(report: AuditReport, opts: RenderOptions): string {
  const decoder = new TextDecoder();
  return [...jsonPieces(report, opts)].map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');
}

/** `--format json` as a stream of pieces for the writer (see `TextStream` in index.ts). */
export function streamJson(report: AuditReport, opts: RenderOptions): TextStream {
  return { stream: jsonPieces(report, opts) };
}
