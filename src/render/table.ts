/**
 * The inspector's view: one row per unit and a total row, then the period, the inputs with their row
 * accounting, the findings by kind, the findings of each headline kind by code, skipped checks and
 * notes. Colour (when on) marks what needs action. The columns are unit-columns.ts's, laid out by
 * figure; the kinds are looped from findings/kinds.ts.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import { FINDING_KINDS, HEADLINE_KINDS, specOf } from '../findings/kinds.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import { formatCount, labelsFor, type Labels, type Lang } from './labels.js';
import type { RenderOptions } from './options.js';
import { provenanceFacts } from './provenance-facts.js';
import { coverageText, findingsOfKind, ratesText } from './report-facts.js';
import { alertOf, formatCell, sourcesOf, tableColumns, type Alert, type UnitColumn } from './unit-columns.js';
import { showControls } from './visible-text.js';

/** Widest the unit column grows before names wrap. */
const UNIT_WIDTH = 28;
/** How many findings of a headline kind the table lists by code. */
const HEADLINE_SHOWN = 10;

export function renderTable(report: AuditReport, opts: RenderOptions): string {
  const labels = labelsFor(opts.lang, opts.decimal);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const columns = tableColumns(report, labels);
  const bySource = sourcesOf(report).length > 1;
  const head = [labels.columns.unit, ...columns.map((parts) => headOf(parts, bySource, labels))].map((h) => c.bold(h));
  const longest = Math.max(
    labels.columns.unit.length,
    labels.columns.total.length,
    ...report.units.map((u) => (u.unit || labels.text.noUnit).length),
  );
  const table = new Table({
    head,
    style: { head: [], border: [], compact: true },
    colAligns: ['left', ...Array<'right'>(head.length - 1).fill('right')],
    // Long unit names wrap rather than widen the table past a laptop terminal.
    colWidths: [Math.min(longest, UNIT_WIDTH) + 2, ...Array<null>(head.length - 1).fill(null)],
    wordWrap: true,
  });
  const rowOf = (u: UnitReport, name: string): string[] => [
    name,
    ...columns.map((parts) => cellOf(parts, u, labels, c)),
  ];
  for (const u of report.units) table.push(rowOf(u, showControls(u.unit) || labels.text.noUnit));
  table.push(rowOf(report.total, labels.columns.total).map((cell) => c.bold(cell)));
  return (
    [c.bold(labels.text.title(report.command)), table.toString(), ...footer(report, labels, opts.lang, c)].join('\n') +
    '\n'
  );
}

/**
 * A table column's heading. With two sources a figure's heading names its source ("Late\n% E",
 * "Records\nE"; a shared cell "Not due\nE / P"); the headings are as labelled (not capitalised).
 */
function headOf(parts: readonly UnitColumn[], bySource: boolean, l: Labels): string {
  const first = parts[0]!;
  if (!bySource || first.group === 'findings') return first.head;
  const short = parts.map((p) => (p.group === 'electronic' ? l.columns.e : l.columns.p)).join(' / ');
  // A heading stays on two lines when it can: after one already broken in two, the source goes on the same line.
  return parts.length === 1 && first.head.includes('\n') ? `${first.head} ${short}` : `${first.head}\n${short}`;
}

/** A cell: one value, or a shared pair "3 / 5" marked when either is above zero. */
function cellOf(parts: readonly UnitColumn[], u: UnitReport, l: Labels, c: ChalkInstance): string {
  const text = parts.map((p) => formatCell(p, u, l)).join(' / ');
  const alert = parts.map((p) => alertOf(p, u)).find((a) => a !== 'none') ?? 'none';
  return paint(alert, c)(text);
}

/** Colour (when on) marks what needs action: yellow to look at, bold red to act on first. */
function paint(alert: Alert, c: ChalkInstance): (text: string) => string {
  if (alert === 'none') return (text) => text;
  return alert === 'alarm' ? c.red.bold : c.yellow;
}

function footer(report: AuditReport, l: Labels, lang: Lang, c: ChalkInstance): string[] {
  const t = l.text;
  const lines: string[] = [];
  const period =
    report.period.from || report.period.to
      ? (
          `${report.period.from ? `${t.from} ${report.period.from} ` : ''}` +
          `${report.period.to ? `${t.to} ${report.period.to}` : ''}`
        ).trim()
      : t.all;
  lines.push(`${t.asOf}: ${report.asOf}   ${t.period}: ${period}   (${t.resultDate[report.resultDate]})`);
  lines.push(`${t.rates}: ${ratesText(report, l)}`);
  const coverage = coverageText(report, l);
  if (coverage !== null) lines.push(`${t.coverage}: ${coverage}`);
  lines.push('', c.bold(`${t.inputs}:`));
  for (const i of report.inputs) {
    const f = (x: number): string => formatCount(x, l);
    lines.push(
      `  [${i.source === 'electronic' ? l.columns.electronic : l.columns.paper}] ${showControls(i.file)}` +
        (i.sheet === undefined ? '' : ` (${showControls(t.sheetRead(i.sheet, f(i.headerLine)))})`) +
        `: ${t.rows(f(i.rowsRead), f(i.rowsUsed), f(i.rowsRejected), f(i.rowsOutsidePeriod), f(i.rowsLayout ?? 0))}`,
    );
  }
  const counts = FINDING_KINDS.filter((k) => report.total.findingCounts[k] > 0);
  lines.push('', c.bold(`${t.findings}:`));
  if (counts.length === 0) lines.push(`  ${t.noFindings}`);
  for (const k of counts)
    lines.push(`  ${k.padEnd(24)} ${formatCount(report.total.findingCounts[k], l).padStart(7)}  ${kindTitle(k, lang)}`);
  for (const kind of HEADLINE_KINDS) {
    const listed = findingsOfKind(report, kind);
    if (listed.length === 0) continue;
    lines.push('', paint(specOf(kind).level, c)(`${kindTitle(kind, lang)}:`));
    for (const f of listed.slice(0, HEADLINE_SHOWN))
      lines.push(showControls(`  ${f.code}  ${f.unit || l.text.noUnit}: ${messageOf(f, lang)}`));
    if (listed.length > HEADLINE_SHOWN)
      lines.push(`  ${t.moreFindings(formatCount(listed.length - HEADLINE_SHOWN, l))}`);
  }
  if (report.skippedChecks.length > 0) {
    lines.push('', c.bold(`${t.skipped}:`));
    for (const s of report.skippedChecks) lines.push(`  ${s.check}: ${l.skip[s.reason]}`);
  }
  if (report.gates.length > 0) {
    lines.push('', c.bold(`${t.gates}:`));
    for (const g of report.gates)
      lines.push(`  ${g.passed ? showControls(t.gate(g)) : c.red.bold(showControls(t.gate(g)))}`);
  }
  if (report.notes.length > 0) {
    lines.push('', c.bold(`${t.notes}:`));
    for (const n of report.notes) lines.push(`  ${showControls(t.note(n))}`);
  }
  lines.push('', c.bold(`${l.provenance.title}:`));
  for (const f of provenanceFacts(report.provenance, l)) lines.push(`  ${showControls(`${f.label}: ${f.value}`)}`);
  return lines;
}
