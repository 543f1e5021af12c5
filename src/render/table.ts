/**
 * The inspector's view: one row per unit and a total row, then the period, the inputs with their row
 * accounting, the findings by kind, skipped checks and notes. Colour (when on) marks what needs action.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import { columnCount, FINDING_KINDS } from '../findings/kinds.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import { formatCount, formatPercent, labelsFor, type Labels, type Lang } from './labels.js';
import { coverageText, ratesText } from './report-facts.js';
import { showControls } from './visible-text.js';
import type { RenderOptions } from './options.js';

/** Widest the unit column grows before names wrap. */
const UNIT_WIDTH = 28;
/** How many masked-late dossiers the table lists by code. */
const MASKED_SHOWN = 10;

export function renderTable(report: AuditReport, opts: RenderOptions): string {
  const labels = labelsFor(opts.lang, opts.decimal);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const both = report.command === 'reconcile';
  const head = (both ? reconcileHead(labels) : statsHead(labels)).map((h) => c.bold(h));
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
  const rowOf = both ? reconcileRow : statsRow;
  for (const u of report.units) table.push(rowOf(u, showControls(u.unit) || labels.text.noUnit, labels, c));
  table.push(rowOf(report.total, labels.columns.total, labels, c).map((cell) => c.bold(cell)));
  return (
    [c.bold(labels.text.title(report.command)), table.toString(), ...footer(report, labels, opts.lang, c)].join('\n') +
    '\n'
  );
}

function reconcileHead(l: Labels): string[] {
  const k = l.columns;
  return [
    k.unit,
    `${k.records}\n${k.e}`,
    `${k.records}\n${k.p}`,
    `${k.before} ${k.e}`,
    `${k.onTime} ${k.e}`,
    `${k.late} ${k.e}`,
    `${k.late} ${k.p}`,
    `${k.pendingNotDue}\n${k.e} / ${k.p}`,
    `${k.pendingOverdue}\n${k.e} / ${k.p}`,
    k.missingE,
    k.missingP,
    k.masked,
    k.mismatches,
    k.dataIssues,
    k.noApology,
  ];
}

function statsHead(l: Labels): string[] {
  const k = l.columns;
  return [
    k.unit,
    k.records,
    k.before,
    k.onTime,
    k.late,
    k.pendingNotDue,
    k.pendingOverdue,
    l.classes.withdrawn,
    k.dataIssues,
    k.noApology,
  ];
}

const EMPTY: Stats = {
  received: 0,
  resolved: 0,
  beforeDeadline: 0,
  onTime: 0,
  late: 0,
  pendingNotDue: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  multipleSupplements: 0,
  rates: { beforeDeadline: null, onTime: null, late: null },
};

function reconcileRow(u: UnitReport, name: string, l: Labels, c: ChalkInstance): string[] {
  const e = u.electronic ?? EMPTY;
  const p = u.paper ?? EMPTY;
  const n = (x: number): string => formatCount(x, l);
  const warn = (x: number, s = n(x)): string => (x > 0 ? c.yellow(s) : s);
  const alarm = (x: number): string => (x > 0 ? c.red.bold(n(x)) : n(x));
  const pct = (x: number | null): string => ((x ?? 0) > 0 ? c.yellow(formatPercent(x, l)) : formatPercent(x, l));
  return [
    name,
    n(e.received),
    n(p.received),
    formatPercent(e.rates.beforeDeadline, l),
    formatPercent(e.rates.onTime, l),
    pct(e.rates.late),
    pct(p.rates.late),
    `${n(e.pendingNotDue)} / ${n(p.pendingNotDue)}`,
    warn(e.pendingOverdue + p.pendingOverdue, `${n(e.pendingOverdue)} / ${n(p.pendingOverdue)}`),
    warn(u.findingCounts['missing-in-electronic']),
    warn(u.findingCounts['missing-in-paper']),
    alarm(u.findingCounts['masked-late']),
    warn(columnCount('mismatches', u.findingCounts)),
    warn(columnCount('dataIssues', u.findingCounts)),
    alarm(u.findingCounts['late-without-apology']),
  ];
}

function statsRow(u: UnitReport, name: string, l: Labels, c: ChalkInstance): string[] {
  const s = u.electronic ?? u.paper ?? EMPTY;
  const n = (x: number): string => formatCount(x, l);
  const pct = (x: number | null): string => ((x ?? 0) > 0 ? c.yellow(formatPercent(x, l)) : formatPercent(x, l));
  const warn = (x: number): string => (x > 0 ? c.yellow(n(x)) : n(x));
  return [
    name,
    n(s.received),
    formatPercent(s.rates.beforeDeadline, l),
    formatPercent(s.rates.onTime, l),
    pct(s.rates.late),
    n(s.pendingNotDue),
    warn(s.pendingOverdue),
    n(s.withdrawn),
    warn(columnCount('dataIssues', u.findingCounts)),
    u.findingCounts['late-without-apology'] > 0 ? c.red.bold(n(u.findingCounts['late-without-apology'])) : n(0),
  ];
}

function footer(report: AuditReport, l: Labels, lang: Lang, c: ChalkInstance): string[] {
  const t = l.text;
  const lines: string[] = [];
  const period =
    report.period.from || report.period.to
      ? `${report.period.from ? `${t.from} ${report.period.from} ` : ''}${report.period.to ? `${t.to} ${report.period.to}` : ''}`.trim()
      : t.all;
  lines.push(`${t.asOf}: ${report.asOf}   ${t.period}: ${period}   (${t.resultDate[report.resultDate]})`);
  lines.push(`${t.rates}: ${ratesText(report, l)}`);
  const coverage = coverageText(report, l);
  if (coverage !== null) lines.push(`${t.coverage}: ${coverage}`);
  lines.push('', c.bold(`${t.inputs}:`));
  for (const i of report.inputs) {
    const f = (x: number): string => formatCount(x, l);
    lines.push(
      `  [${i.source === 'electronic' ? l.columns.electronic : l.columns.paper}] ${showControls(i.file)}: ${t.rows(f(i.rowsRead), f(i.rowsUsed), f(i.rowsRejected), f(i.rowsOutsidePeriod), f(i.rowsLayout ?? 0))}`,
    );
  }
  const counts = FINDING_KINDS.filter((k) => report.total.findingCounts[k] > 0);
  lines.push('', c.bold(`${t.findings}:`));
  if (counts.length === 0) lines.push(`  ${t.noFindings}`);
  for (const k of counts)
    lines.push(`  ${k.padEnd(24)} ${formatCount(report.total.findingCounts[k], l).padStart(7)}  ${kindTitle(k, lang)}`);
  const masked = report.findings.filter((f) => f.kind === 'masked-late');
  if (masked.length > 0) {
    lines.push('', c.red.bold(`${kindTitle('masked-late', lang)}:`));
    for (const f of masked.slice(0, MASKED_SHOWN))
      lines.push(showControls(`  ${f.code}  ${f.unit || l.text.noUnit}: ${messageOf(f, lang)}`));
    if (masked.length > MASKED_SHOWN) lines.push(`  ${t.moreFindings(formatCount(masked.length - MASKED_SHOWN, l))}`);
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
  return lines;
}
