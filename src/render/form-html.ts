/**
 * `--form 06a --format html`: the settlement-results form as one self-contained page to file and
 * print on A4 landscape — the form's number and name, the unit(s), the period and its rule; the table
 * with its column groups over the column names and the row of printed numbers (1)–(11), a row per
 * field (unit, procedure … per `--rows`) and the total row; with two sources a line per source, the
 * differing figures marked and their column numbers listed; under it the rates and the Decision 766
 * indicator as the other formats word them; what each column counts; the provenance. No script; the
 * stylesheet is the HTML report's (html-style.ts) with the form's rules after it, and the
 * Content-Security-Policy names it by hash. Every value from the inputs is escaped by the `html` tag.
 */
import type { FormReport, FormRow } from '../core/form-report.js';
import { FORM_DOCUMENT_WORDS } from '../messages/form-document.js';
import { FORM_WORDS } from '../messages/form.js';
import { formPeriodLine, formSources, rowLabelTexts, type FormColumnSpec } from './form-cells.js';
import type { FormSurroundings } from './form-index.js';
import { differenceNumbers, groupSpans, qd766Line, ratesLine, shownColumns } from './form-table.js';
import { provenance } from './html.js';
import { html, trusted, type SafeHtml } from './html-escape.js';
import { contentSecurityPolicy } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { formatCount, labelsFor, type Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { unitNames } from './report-facts.js';

/** The form's own rules, after the report's: A4 landscape, the number row, the differing figures. */
export const FORM_STYLE = `
.form-number { margin: 0; text-align: right; font-weight: 600; font-size: 12px; }
table.form { font-size: 12px; }
table.form th { font-size: 11px; vertical-align: middle; }
table.form tr.numbers th { font-weight: 400; color: var(--muted); }
table.form td.unit { min-width: 9em; }
table.form td.source { white-space: nowrap; }
table.form td.differs { background: #fff2cc; font-weight: 700; }
table.form td.differences { color: var(--warn); min-width: 8em; }
table.definitions th { text-align: left; white-space: nowrap; vertical-align: top; }
.notes p { margin: 2px 0; }
.period { margin: 8px 0 4px; font-weight: 600; }
@page { size: A4 landscape; margin: 10mm 10mm 14mm; }
@media print {
  table.form { font-size: 8pt; }
  table.form th { font-size: 7.5pt; }
  table.definitions { font-size: 8pt; }
}
`;
const STYLE = HTML_STYLE + FORM_STYLE;
export const FORM_HTML_CSP = contentSecurityPolicy(STYLE, null);

export function renderFormHtml(report: FormReport, opts: RenderOptions, around: FormSurroundings): string {
  const l = labelsFor(opts.lang, opts.decimal);
  const w = FORM_WORDS[opts.lang];
  const d = FORM_DOCUMENT_WORDS[opts.lang];
  const units = unitNames(around, l).join(', ');
  const version = around.provenance.tool.version;
  const doc = html`<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${FORM_HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${`${around.provenance.tool.name} ${version}`.trim()}">
<title>${d.formNumber} · ${units} · ${l.date(report.period.to)}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main>
<header>
<p class="form-number">${d.formNumber}</p>
<h1>${d.name}</h1>
<dl class="facts">
<dt>${l.report.units}</dt><dd>${units}</dd>
<dt>${l.text.rates}</dt><dd>${w.ratesOf(report.decimals)}</dd>
</dl>
<p class="period">${formPeriodLine(report, w, l)}</p>
<p class="hint">${l.text.resultDate[report.resultDate]}</p>
</header>
${formTable(report, opts, l)}
${definitions(report, opts)}
${provenance(around, l)}
</main>
<footer>${l.report.generatedBy} ${version}</footer>
</body>
</html>
`;
  return doc.markup;
}

function formTable(report: FormReport, opts: RenderOptions, l: Labels): SafeHtml {
  const w = FORM_WORDS[opts.lang];
  const sources = formSources(report);
  const both = sources.length > 1;
  const columns = shownColumns(report);
  const labelHeads = w.rows[report.rowsBy];
  const lead = [w.number, ...labelHeads, ...(both ? [w.source] : [])];
  const span = sources.length > 1 ? trusted(` rowspan="${sources.length}"`) : '';
  const line = (row: FormRow, number: string, labels: string[], total: boolean): SafeHtml[] =>
    sources.map((source, k) => {
      const f = row[source]!;
      const cls = total ? trusted(' class="total"') : '';
      const cell = (c: FormColumnSpec): SafeHtml =>
        html`<td class="num${both && row.differences.includes(c.column) ? ' differs' : ''}">\
${formatCount(f[c.column], l)}</td>`;
      return html`<tr${cls}>${
        k === 0
          ? html`<td class="num"${span}>${number}</td>${labels.map((t) => html`<td class="unit"${span}>${t}</td>`)}`
          : ''
      }${both ? html`<td class="source">${w.sources[source]}</td>` : ''}${columns.map(cell)}${
        both && k === 0 ? html`<td class="differences"${span}>${differenceNumbers(row, w)}</td>` : ''
      }</tr>
`;
    });
  return html`<section class="form" aria-labelledby="form-title">
<h2 id="form-title">${w.title}</h2>
<div class="table-wrap"><table class="form">
<thead>
<tr>${lead.map((h) => html`<th class="unit" rowspan="2">${h}</th>`)}\
${groupSpans(columns).map((g) => html`<th class="group" colspan="${g.span}">${w.groups[g.group]}</th>`)}\
${both ? html`<th rowspan="2">${w.differs}</th>` : ''}</tr>
<tr>${columns.map((c) => html`<th>${w.columns[c.column]}</th>`)}</tr>
<tr class="numbers">${lead.map(() => html`<th></th>`)}\
${columns.map((c) => html`<th>${c.number === null ? '' : `(${c.number})`}</th>`)}${both ? html`<th></th>` : ''}</tr>
</thead>
<tbody>
${report.rows.map((row, i) => line(row, String(i + 1), rowLabelTexts(report, row, w), false))}\
${line(report.total, '', [w.total, ...labelHeads.slice(1).map(() => '')], true)}</tbody>
</table></div>
<div class="notes">
${[...sources.map((s) => ratesLine(report, s, opts)), ...sources.map((s) => qd766Line(report, s, opts))].map(
  (text) => html`<p>${text}</p>
`,
)}
<p class="hint">${w.sums}</p>
</div>
</section>
`;
}

/** What each shown column counts, numbered as on the form. */
function definitions(report: FormReport, opts: RenderOptions): SafeHtml {
  const w = FORM_WORDS[opts.lang];
  const d = FORM_DOCUMENT_WORDS[opts.lang];
  return html`<section class="definitions" aria-labelledby="definitions-title">
<h2 id="definitions-title">${d.definitionsTitle}</h2>
<table class="definitions">
<tbody>
${shownColumns(report).map(
  (c) => html`<tr><th>${c.number === null ? '—' : `(${c.number})`}</th>\
<th>${w.groups[c.group]}: ${w.columns[c.column]}</th><td>${d.definitions[c.column]}</td></tr>
`,
)}</tbody>
</table>
</section>
`;
}
