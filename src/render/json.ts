/**
 * The machine format for CI. Field names are a contract (`schemaVersion` is bumped on any breaking
 * change). Each finding carries its message in the chosen language; everything else is data.
 */
import type { Finding } from '../core/findings.js';
import type { AuditReport } from '../core/report.js';
import { messageOf } from './labels.js';
import type { RenderOptions } from './options.js';

export function reportToJson(report: AuditReport, opts: RenderOptions): unknown {
  return {
    schemaVersion: report.schemaVersion,
    command: report.command,
    asOf: report.asOf,
    period: report.period,
    resultDate: report.resultDate,
    denominator: report.denominator,
    calendar: report.calendar,
    inputs: report.inputs,
    units: report.units,
    total: { ...report.total, unit: 'TOTAL' },
    findings: report.findings.map((f) => findingToJson(f, opts)),
    skippedChecks: report.skippedChecks,
    notes: report.notes,
    gates: report.gates,
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

export function renderJson(report: AuditReport, opts: RenderOptions): string {
  return JSON.stringify(reportToJson(report, opts), null, 2) + '\n';
}
