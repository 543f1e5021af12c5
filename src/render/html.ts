/**
 * `--format html`: one self-contained page an inspector reads, files and prints on A4. A navigation
 * bar; a header with the unit(s), period, as-of date, rate formula and the inputs with their row
 * accounting; the summary in words; the per-unit table; each unit's counts side by side with its
 * masked lateness marked (html-chart.ts); the findings by kind, in tables one script sorts and filters
 * (html-script.ts; without it every row is there to read); notes and the provenance. Nothing loads
 * from the network, and the Content-Security-Policy allows only the page's own script and stylesheet,
 * by hash. Every value from the inputs is escaped by the `html` template tag.
 */
import type { AuditReport } from '../core/report.js';
import { fileOnSheet } from '../core/sheet-address.js';
import type { Finding } from '../findings/finding.js';
import type { FindingKind } from '../findings/kinds.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import type { UnitReport } from '../core/summarise.js';
import { columnCount } from '../findings/kinds.js';
import { chartTitle, renderChart, unitAnchor } from './html-chart.js';
import { html, trusted, type SafeHtml } from './html-escape.js';
import { PERIODS_ANCHOR, periodTable } from './html-periods.js';
import { HTML_CSP, HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { formatCount, formatPercent, labelsFor, type Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { provenanceFacts } from './provenance-facts.js';
import {
  capitalise,
  coverageText,
  findingsOfKind,
  kindCounts,
  periodText,
  ratesText,
  unitNames,
} from './report-facts.js';
import { alertOf, formatCell, groupHead, unitColumns, unitName, type ColumnGroup } from './unit-columns.js';

/**
 * Findings listed per kind; the rest are counted (the full list is in json, ndjson or --details).
 * Enough for a district's year; the page stays a few megabytes at most.
 */
export const HTML_FINDINGS_PER_KIND = 2000;

export function renderHtml(report: AuditReport, opts: RenderOptions): string {
  const l = labelsFor(opts.lang, opts.decimal);
  const title = l.text.title(report.command);
  const doc = html`<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${`${report.provenance.tool.name} ${report.provenance.tool.version}`.trim()}">
<title>${title} · ${unitNames(report, l).join(', ')} · ${l.date(report.asOf)}</title>
<style>${trusted(HTML_STYLE)}</style>
</head>
<body>
${navigation(report, l)}
<main>
${header(report, l, title)}
${summary(report, l)}
${gates(report, l)}
${inputs(report, l)}
${unitTable(report, l)}${periodTable(report, l)}
${renderChart(report, l)}
${findingSections(report, l, opts)}
${remarks(report, l)}
${provenance(report, l)}
</main>
<footer>${l.report.generatedBy} ${report.provenance.tool.version}</footer>
<script>${trusted(HTML_SCRIPT)}</script>
</body>
</html>
`;
  return doc.markup;
}

/** Each input file with its row accounting (the full provenance is at the end). */
function inputs(report: AuditReport, l: Labels): SafeHtml {
  const t = l.text;
  const n = (x: number): string => formatCount(x, l);
  return html`<section class="inputs" aria-labelledby="inputs-title">
<h2 id="inputs-title">${t.inputs}</h2>
<div class="table-wrap"><table class="inputs">
<thead><tr><th class="unit">${l.report.source}</th><th class="unit">${l.report.file}</th><th>${l.report.rowsRead}</th>\
<th>${l.report.rowsUsed}</th><th>${l.report.rowsRejected}</th><th>${l.report.rowsOutside}</th>\
<th>${l.report.encoding}</th><th>${l.report.headerLine}</th></tr></thead>
<tbody>
${report.inputs.map(
  (i) => html`<tr><td class="unit">${i.source === 'electronic' ? l.columns.electronic : l.columns.paper}</td>\
<td class="mono">${i.file}</td><td class="num">${n(i.rowsRead)}</td><td class="num">${n(i.rowsUsed)}</td>\
<td class="num${i.rowsRejected > 0 ? ' warn' : ''}">${n(i.rowsRejected)}</td>\
<td class="num">${n(i.rowsOutsidePeriod)}</td><td>${i.encoding}</td><td class="num">${n(i.headerLine)}</td></tr>
`,
)}</tbody>
</table></div>
</section>
`;
}

/**
 * Links to every part (the per-period table too, with `--by`), and to each unit's counts: on screen a
 * bar at the top, not printed.
 */
function navigation(report: AuditReport, l: Labels): SafeHtml {
  const parts: [string, string][] = [
    ['summary', l.report.page.summary],
    ['units-title', l.report.byUnit],
    ...(report.by === undefined ? [] : [[PERIODS_ANCHOR, l.periods.title] as [string, string]]),
    ['chart-title', chartTitle(report, l).split(':')[0]!],
    ['kinds-title', l.report.byKind],
    ['provenance', l.provenance.title],
  ];
  return html`<nav class="toc" aria-label="${l.report.page.contents}">
<ul class="parts">${parts.map(([id, text]) => html`<li><a href="#${id}">${text}</a></li>`)}</ul>
<ul class="unit-links">${report.units.map((u, i) => html`<li><a href="#${unitAnchor(i)}">${unitName(u, l)}</a></li>`)}\
</ul>
</nav>
`;
}

/** The findings an inspector cites first, in sentences: masked lateness, late rates, missing dossiers, the count. */
function summary(report: AuditReport, l: Labels): SafeHtml {
  const n = (x: number): string => formatCount(x, l);
  const w = l.report.page;
  const lines: string[] = [];
  const twoSources = report.total.electronic !== null && report.total.paper !== null;
  if (twoSources) {
    const masked = columnCount('masked', report.total.findingCounts);
    const units = report.units.filter((u) => columnCount('masked', u.findingCounts) > 0).length;
    lines.push(masked > 0 ? w.masked(n(masked), n(units)) : w.noMasked);
  }
  for (const source of ['electronic', 'paper'] as const) {
    const s = report.total[source];
    if (s === null) continue;
    const rate = s.rates.late === null ? '–' : `${formatPercent(s.rates.late, l)}%`;
    lines.push(w.late(capitalise(l.sources[source]), n(s.late), n(s.resolved), rate));
  }
  if (twoSources)
    lines.push(
      w.missing(
        n(columnCount('missingE', report.total.findingCounts)),
        n(columnCount('missingP', report.total.findingCounts)),
      ),
    );
  const kinds = kindCounts(report);
  if (kinds.length > 0) lines.push(w.findings(n(report.findings.length), n(kinds.length)));
  return html`<section class="summary" id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">${w.summary}</h2>
${lines.map((line, i) => html`<p${i === 0 && twoSources ? trusted(' class="lead"') : ''}>${line}</p>`)}
</section>
`;
}

function header(report: AuditReport, l: Labels, title: string): SafeHtml {
  const t = l.text;
  const fact = (dt: string, dd: string): SafeHtml => html`<dt>${dt}</dt><dd>${dd}</dd>`;
  const coverage = coverageText(report, l);
  return html`<header>
<h1>${title}</h1>
<dl class="facts">
${fact(l.report.units, unitNames(report, l).join(', '))}
${fact(t.period[report.period.basis], periodText(report, l))}
${fact(t.asOf, l.date(report.asOf))}
${fact(t.rates, ratesText(report, l))}
${coverage === null ? '' : fact(t.coverage, coverage)}
</dl>
<p class="hint">${t.resultDate[report.resultDate]}</p>
</header>
`;
}

function unitTable(report: AuditReport, l: Labels): SafeHtml {
  const cols = unitColumns(report, l);
  const groups: { group: ColumnGroup; span: number }[] = [];
  for (const c of cols) {
    const last = groups[groups.length - 1];
    if (last && last.group === c.group) last.span++;
    else groups.push({ group: c.group, span: 1 });
  }
  const headLines = (text: string): SafeHtml[] =>
    text.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
  const row = (
    u: UnitReport,
    name: string,
    total: boolean,
  ): SafeHtml => html`<tr${total ? trusted(' class="total"') : ''}><td class="unit">${name}</td>${cols.map((c) => {
    const alert = alertOf(c, u);
    return html`<td class="num${alert === 'none' ? '' : ` ${alert}`}">${formatCell(c, u, l)}</td>`;
  })}</tr>
`;
  return html`<section aria-labelledby="units-title">
<h2 id="units-title">${l.report.byUnit}</h2>
<div class="table-wrap"><table class="units">
<thead>
<tr><th class="unit" rowspan="2">${l.columns.unit}</th>\
${groups.map((g) => html`<th class="group" colspan="${g.span}">${groupHead(g.group, l)}</th>`)}</tr>
<tr>${cols.map((c) => html`<th>${headLines(c.head)}</th>`)}</tr>
</thead>
<tbody>
${report.units.map((u) => row(u, unitName(u, l), false))}${row(report.total, l.columns.total, true)}</tbody>
</table></div>
</section>
`;
}

function findingSections(report: AuditReport, l: Labels, opts: RenderOptions): SafeHtml {
  const counts = kindCounts(report);
  if (counts.length === 0) return html`<section><h2>${l.report.byKind}</h2><p>${l.text.noFindings}</p></section>`;
  return html`<section id="findings" aria-labelledby="kinds-title">
<h2 id="kinds-title">${l.report.byKind}</h2>
${filterBar(report, counts, l, opts)}
<table class="kinds">
<thead><tr><th class="unit">${l.report.description}</th><th class="unit">${l.report.kind}</th>\
<th>${l.report.count}</th></tr></thead>
<tbody>
${counts.map(
  ({
    kind,
    count,
  }) => html`<tr><td class="unit"><a href="#kind-${kind}">${capitalise(kindTitle(kind, opts.lang))}</a></td><td>\
<code>${kind}</code></td><td class="num">${formatCount(count, l)}</td></tr>
`,
)}</tbody>
</table>
${counts.map(({ kind, count }) => kindSection(report, kind, count, l, opts))}
</section>
`;
}

function kindSection(report: AuditReport, kind: FindingKind, count: number, l: Labels, opts: RenderOptions): SafeHtml {
  const all = findingsOfKind(report, kind);
  const shown = all.slice(0, HTML_FINDINGS_PER_KIND);
  const more = all.length - shown.length;
  return html`<section class="kind" id="kind-${kind}">
<h3>${capitalise(kindTitle(kind, opts.lang))} <span class="kind-count">(${formatCount(count, l)})</span></h3>
<table class="findings">
<thead><tr><th class="unit c-unit">${l.columns.unit}</th><th class="unit c-code">${l.report.code}</th>\
<th class="unit c-where">${l.report.where}</th><th class="unit">${l.report.message}</th></tr></thead>
<tbody>
${shown.map(
  (f) => html`<tr data-kind="${kind}" data-unit="${f.unit}">\
<td data-label="${l.columns.unit}">${f.unit === '' ? l.text.noUnit : f.unit}</td>\
<td class="code" data-label="${l.report.code}">${f.code}</td>\
<td class="where" data-label="${l.report.where}">${places(f, l)}</td>\
<td data-label="${l.report.message}">${messageOf(f, opts.lang)}</td></tr>
`,
)}</tbody>
</table>
${more > 0 ? html`<p class="more">${l.report.moreFindings(formatCount(more, l))}</p>` : ''}
</section>
`;
}

/**
 * The filter bar: kind, unit and a search box, worked by the page's script. Hidden until the script
 * shows it (and hides the line saying that sorting and filtering need it), so that a page read without
 * scripts shows no control that does nothing. (Not `<noscript>`: a browser that blocks scripts by
 * policy may still not show it.)
 */
function filterBar(
  report: AuditReport,
  counts: readonly { kind: FindingKind }[],
  l: Labels,
  opts: RenderOptions,
): SafeHtml {
  const units = [...new Set(report.findings.map((f) => f.unit))];
  return html`<form class="filter" id="filter" role="search" hidden>
<label>${l.report.kind} <select id="f-kind"><option value="">${l.report.page.allKinds}</option>\
${counts.map(({ kind }) => html`<option value="${kind}">${capitalise(kindTitle(kind, opts.lang))}</option>`)}</select>\
</label>
<label>${l.columns.unit} <select id="f-unit"><option value="">${l.report.page.allUnits}</option>\
${units.map((u) => html`<option value="${u}">${u === '' ? l.text.noUnit : u}</option>`)}</select></label>
<label>${l.report.page.search} <input type="search" id="f-search" autocomplete="off"></label>
<output id="f-count" data-template="${l.report.page.shown}"></output>
<span class="hint">${l.report.page.sortHint}</span>
</form>
<p class="hint" id="no-script">${l.report.page.noScript}</p>
`;
}

/** Each side's row on its own line: "E file:line". */
function places(f: Finding, l: Labels): SafeHtml[] {
  const sides = [
    [l.columns.e, f.electronic],
    [l.columns.p, f.paper],
  ] as const;
  return sides
    .filter(([, s]) => s !== null)
    .map(([short, s]) => html`<span class="place"><b>${short}</b> ${fileOnSheet(s!)}:${s!.line}</span>`);
}

function gates(report: AuditReport, l: Labels): SafeHtml | '' {
  if (report.gates.length === 0) return '';
  return html`<section aria-labelledby="gates-title">
<h2 id="gates-title">${l.text.gates}</h2>
<ul class="plain gates">\
${report.gates.map((g) => html`<li class="${g.passed ? 'passed' : 'failed'}">${l.text.gate(g)}</li>`)}</ul>
</section>
`;
}

/** What the report was made from: tool, command line, rules, each input's size and SHA-256. */
export function provenance(report: Pick<AuditReport, 'provenance'>, l: Labels): SafeHtml {
  return html`<section class="provenance" id="provenance" aria-labelledby="provenance-title">
<h2 id="provenance-title">${l.provenance.title}</h2>
<dl class="facts provenance">
${provenanceFacts(report.provenance, l).map(
  (f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>
`,
)}</dl>
</section>
`;
}

function remarks(report: AuditReport, l: Labels): SafeHtml {
  const skipped =
    report.skippedChecks.length === 0
      ? ''
      : html`<h2>${l.text.skipped}</h2>
<ul class="plain">${report.skippedChecks.map((s) => html`<li><code>${s.check}</code>: ${l.skip[s.reason]}</li>`)}</ul>
`;
  const notes =
    report.notes.length === 0
      ? ''
      : html`<h2>${l.text.notes}</h2>
<ul class="plain">${report.notes.map((n) => html`<li>${l.text.note(n)}</li>`)}</ul>
`;
  return html`${skipped}${notes}`;
}
