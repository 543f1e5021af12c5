/**
 * The per-unit counts of the HTML report: for each unit, the electronic system's and the paper
 * register's dossiers side by side, in counts, by class (before the deadline, on time, late, pending).
 * Each class is a pair of bars scaled to the larger of the two, so a difference of a few dossiers in
 * the late row is as plain as one of hundreds; the masked lateness (late on paper, on time or before
 * the deadline electronically: the findings column `masked`) is its own hatched mark on the paper's
 * late bar, with its count. Inline SVG sized by attributes: no script, no style attribute, no network.
 */
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import type { Source } from '../core/types.js';
import { columnCount } from '../findings/kinds.js';
import { html, type SafeHtml } from './html-escape.js';
import { formatCount, type Labels } from './labels.js';
import { capitalise } from './report-facts.js';
import { sourcesOf, unitName } from './unit-columns.js';

/** The rows of a unit's block: a class (or the pending ones together) and its count on one side. */
const ROWS: readonly { cls: string; label: (l: Labels) => string; count: (s: Stats) => number }[] = [
  { cls: 'before-deadline', label: (l) => l.classes['before-deadline'], count: (s) => s.beforeDeadline },
  { cls: 'on-time', label: (l) => l.classes['on-time'], count: (s) => s.onTime },
  { cls: 'late', label: (l) => l.classes.late, count: (s) => s.late },
  { cls: 'pending', label: (l) => l.report.page.pending, count: (s) => s.pendingNotDue + s.pendingOverdue },
];

/** Width of a bar's coordinate space; the SVG is stretched to its column. */
const SCALE = 1000;

/** The anchor of a unit's block (the navigation links to it). */
export function unitAnchor(index: number): string {
  return `unit-${index + 1}`;
}

/** The chart's title, naming the source(s) it shows: both for reconcile, the one `stats` read. */
export function chartTitle(report: AuditReport, l: Labels): string {
  const sources = sourcesOf(report);
  return sources.length === 1 ? l.report.chart[sources[0]!] : l.report.chart.both;
}

export function renderChart(report: AuditReport, l: Labels): SafeHtml {
  const sources = sourcesOf(report);
  return html`<section class="chart" aria-labelledby="chart-title">
<h2 id="chart-title">${chartTitle(report, l)}</h2>
${
  sources.length > 1
    ? html`<p class="hint">${l.report.page.countsHint}</p>
<p class="legend"><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">\
<rect class="masked" width="10" height="10"/></svg> ${l.report.page.maskedLegend}</p>`
    : ''
}
<div class="chart-units">
${report.units.map((u, i) => unitBlock(u, i, sources, l))}
</div>
</section>
`;
}

function unitBlock(u: UnitReport, index: number, sources: readonly Source[], l: Labels): SafeHtml {
  const masked = sources.length > 1 ? columnCount('masked', u.findingCounts) : 0;
  const badge = masked > 0 ? html` <span class="badge">${l.report.page.maskedMark(formatCount(masked, l))}</span>` : '';
  const side = (s: Source) =>
    html`<th class="side" title="${l.sources[s]}">${s === 'electronic' ? l.columns.e : l.columns.p}</th>`;
  return html`<div class="chart-unit${masked > 0 ? ' has-masked' : ''}" id="${unitAnchor(index)}">
<div class="chart-name">${unitName(u, l)}${badge}</div>
<table class="counts">
<thead><tr><th class="unit"></th>${sources.map(side)}<th class="bars"></th></tr></thead>
<tbody>
${ROWS.map((row) => countRow(row, u, sources, masked, l))}</tbody>
</table>
</div>
`;
}

function countRow(
  row: (typeof ROWS)[number],
  u: UnitReport,
  sources: readonly Source[],
  masked: number,
  l: Labels,
): SafeHtml {
  const counts = sources.map((s) => {
    const stats = u[s];
    return stats === null ? 0 : row.count(stats);
  });
  const max = Math.max(1, ...counts);
  const bar = (n: number, i: number): SafeHtml => {
    const y = i * 12;
    const width = (n / max) * SCALE;
    // the paper's late bar: its masked part drawn over its start, hatched, as a mark of its own
    const mark =
      row.cls === 'late' && sources[i] === 'paper' && masked > 0
        ? html`<rect class="masked" y="${y}" width="${round((Math.min(masked, n) / max) * SCALE)}" height="10"/>`
        : '';
    return html`<rect class="seg ${row.cls}" y="${y}" width="${round(width)}" height="10"/>${mark}`;
  };
  const described = sources
    .map((s, i) => `${s === 'electronic' ? l.columns.e : l.columns.p} ${formatCount(counts[i]!, l)}`)
    .join(', ');
  const label = capitalise(row.label(l));
  const cells = counts.map((n) => html`<td class="num">${formatCount(n, l)}</td>`);
  const height = sources.length * 12 - 2;
  return html`<tr class="${row.cls}"><th class="unit" scope="row">${label}</th>${cells}<td class="bars">\
<svg class="bar" viewBox="0 0 ${SCALE} ${height}" preserveAspectRatio="none" role="img" \
aria-label="${label}: ${described}">${counts.map(bar)}</svg></td></tr>
`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
