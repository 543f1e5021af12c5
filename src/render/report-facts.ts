/**
 * The facts around the figures, worded once for the document formats (markdown, html, xlsx): the
 * period, the units covered, the findings counted by kind, where a finding's rows are.
 */
import { fileOnSheet } from '../core/sheet-address.js';
import type { Finding } from '../findings/finding.js';
import { FINDING_KINDS, type FindingKind } from '../findings/kinds.js';
import type { GateResult } from '../core/gates.js';
import type { AuditReport } from '../core/report.js';
import { kindTitle } from '../findings/wording.js';
import { formatCount, formatPercent, type Labels, type Lang } from './labels.js';

/** "from 2024-01-01 to 2024-06-30", "to 2024-06-30" or "all dates". */
export function periodText(report: Pick<AuditReport, 'period'>, l: Labels): string {
  const { from, to } = report.period;
  if (from === null && to === null) return l.text.all;
  return [from === null ? '' : `${l.text.from} ${l.date(from)}`, to === null ? '' : `${l.text.to} ${l.date(to)}`]
    .filter(Boolean)
    .join(' ');
}

/** The units' names, in report order ("(no unit)" for the nameless). */
export function unitNames(report: Pick<AuditReport, 'units'>, l: Labels): string[] {
  return report.units.map((u) => (u.unit === '' ? l.text.noUnit : u.unit));
}

/** Finding kinds that occur, most serious first, with their counts. */
export function kindCounts(report: AuditReport): { kind: FindingKind; count: number }[] {
  return FINDING_KINDS.map((kind) => ({ kind, count: report.total.findingCounts[kind] })).filter((k) => k.count > 0);
}

/** The findings of one kind, in report order. */
export function findingsOfKind(report: AuditReport, kind: FindingKind): Finding[] {
  return report.findings.filter((f) => f.kind === kind);
}

/** Where the rows are: "e.csv:12", "p.csv:7" or both joined with " · ". */
export function findingPlaces(f: Finding): string {
  return [f.electronic, f.paper]
    .filter((s) => s !== null)
    .map((s) => `${fileOnSheet(s)}:${s.line}`)
    .join(' · ');
}

/** The sentence on how the rates were counted: "resolved: late / (before + on time + late)". */
export function ratesText(report: AuditReport, l: Labels): string {
  return `${l.denominatorName[report.denominator.name]}: ${l.formula[report.denominator.name]}`;
}

/** "2,936 of 2,962 paper dossiers are in the electronic system (99.12%)"; null for `stats`. */
export function coverageText(report: AuditReport, l: Labels): string | null {
  const c = report.coverage;
  if (c === null) return null;
  return l.text.coverageValue(
    formatCount(c.foundInElectronic, l),
    formatCount(c.paperDossiers, l),
    c.percent === null ? '–' : `${formatPercent(c.percent, l)}%`,
  );
}

/** "trước hạn" → "Trước hạn": labels are written lower case for use inside sentences. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A gate's line in the report's language (a `--fail-on` kind named by its title in Vietnamese). */
export function gateText(g: GateResult, l: Labels, lang: Lang): string {
  return l.text.gate(g, g.kind ? kindTitle(g.kind, lang) : undefined);
}
