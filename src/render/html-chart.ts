/**
 * The chart of the HTML report: per unit, one stacked bar per source (electronic above paper), each
 * the unit's dossiers on that side as 100%, split into before / on time / late / pending not due /
 * pending overdue / withdrawn. Inline SVG, so it needs no script or network and prints in colour.
 * Lateness the electronic system masks shows as red on the paper bar that the electronic bar lacks;
 * each unit's count of a headline finding kind (findings/kinds.ts) is a badge beside its name.
 */
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import type { DossierClass, Source } from '../core/types.js';
import { HEADLINE_KINDS } from '../findings/kinds.js';
import { headlineBadge } from '../findings/wording.js';
import { html, type SafeHtml } from './html-escape.js';
import { formatCount, formatPercent, type Labels, type Lang } from './labels.js';
import { unitName } from './unit-columns.js';

/** Bar segments in drawing order (left to right): resolved, then pending, then withdrawn. */
const SEGMENTS: readonly { cls: DossierClass; count: (s: Stats) => number }[] = [
  { cls: 'before-deadline', count: (s) => s.beforeDeadline },
  { cls: 'on-time', count: (s) => s.onTime },
  { cls: 'late', count: (s) => s.late },
  { cls: 'pending-not-due', count: (s) => s.pendingNotDue },
  { cls: 'pending-overdue', count: (s) => s.pendingOverdue },
  { cls: 'withdrawn', count: (s) => s.withdrawn },
];

/** Width of the SVG's coordinate space; the bar is stretched to the column's width. */
const SCALE = 1000;

export function renderChart(report: AuditReport, l: Labels, lang: Lang): SafeHtml {
  const sources: Source[] = (['electronic', 'paper'] as const).filter((s) => report.total[s] !== null);
  return html`<section class="chart" aria-labelledby="chart-title">
<h2 id="chart-title">${l.report.chart}</h2>
<p class="hint">${l.report.chartHint}</p>
${legend(l)}
<div class="chart-units">
${report.units.map((u) => unitBars(u, sources, l, lang))}
</div>
</section>
`;
}

function legend(l: Labels): SafeHtml {
  return html`<ul class="legend">${SEGMENTS.map(
    (s) =>
      html`<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">\
<rect class="seg ${s.cls}" width="10" height="10"/></svg>${l.classes[s.cls]}</li>`,
  )}</ul>`;
}

function unitBars(u: UnitReport, sources: readonly Source[], l: Labels, lang: Lang): SafeHtml {
  const badges = HEADLINE_KINDS.filter((k) => u.findingCounts[k] > 0).map(
    (k) => html` <span class="badge">${headlineBadge(k, formatCount(u.findingCounts[k], l), lang)}</span>`,
  );
  return html`<div class="chart-unit">
<div class="chart-name">${unitName(u, l)}${badges}</div>
${sources.map((source) => sideBar(u[source], source, l))}
</div>
`;
}

function sideBar(s: Stats | null, source: Source, l: Labels): SafeHtml {
  const name = source === 'electronic' ? l.columns.electronic : l.columns.paper;
  const short = source === 'electronic' ? l.columns.e : l.columns.p;
  const total = s === null ? 0 : s.received;
  const parts = s === null ? [] : SEGMENTS.map((seg) => ({ cls: seg.cls, n: seg.count(s) })).filter((p) => p.n > 0);
  const described = parts.map((p) => `${l.classes[p.cls]} ${formatCount(p.n, l)}`).join('; ');
  let x = 0;
  const rects = parts.map((p) => {
    const width = (p.n / total) * SCALE;
    const rect = html`<rect class="seg ${p.cls}" x="${round(x)}" width="${round(width)}" height="20">\
<title>${l.classes[p.cls]}: ${formatCount(p.n, l)}</title></rect>`;
    x += width;
    return rect;
  });
  const late = s === null ? null : s.rates.late;
  return html`<div class="chart-row ${source}">
<span class="chart-side" title="${name}">${short}</span>
<svg class="bar" viewBox="0 0 ${SCALE} 20" preserveAspectRatio="none" role="img" \
aria-label="${name}: ${l.report.dossiers(formatCount(total, l))}${described ? `; ${described}` : ''}">\
${rects}<rect class="frame" width="${SCALE}" height="20"/></svg>
<span class="chart-n">${l.report.dossiers(formatCount(total, l))}\
${late === null ? '' : ` · ${l.classes.late} ${formatPercent(late, l)}%`}</span>
</div>
`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
