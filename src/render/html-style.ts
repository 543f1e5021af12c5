/**
 * The stylesheet of the HTML report, inlined so the file stands alone (the Content-Security-Policy
 * names it by hash: html-script.ts): system fonts with Vietnamese glyphs (no web fonts, no network),
 * colours that print (print-color-adjust); a phone layout where each finding becomes a card instead
 * of a column squeezed to a letter a line; and an A4 layout for printing where table headings repeat
 * on each page, no row or unit block is cut in two, and each page is numbered "n / total".
 */
export const HTML_STYLE = `
:root {
  --ink: #1f2933; --muted: #5f6b7a; --rule: #d5dae1; --head: #eef1f5; --accent: #1d4f91; --alert: #b3261e; \
--warn: #8a5300;
  --before-deadline: #2e7d32; --on-time: #8bc34a; --late: #c62828;
  --pending-not-due: #90a4ae; --pending-overdue: #ef6c00; --withdrawn: #d9d9d9; --masked: #6a1b9a;
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 28px 32px 40px; max-width: 1180px; color: var(--ink); background: #fff;
  font: 14px/1.45 "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
}
h1 { font-size: 22px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 16px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 14px; margin: 18px 0 6px; }
.eyebrow { margin: 0; color: var(--muted); font-size: 12px; letter-spacing: .04em; text-transform: uppercase; }
header { border-bottom: 1px solid var(--rule); padding-bottom: 12px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 12px 0 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.facts.provenance dd { font-weight: 400; overflow-wrap: anywhere; }
.hint { color: var(--muted); margin: 0 0 8px; font-size: 12.5px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; }
th { background: var(--head); font-weight: 600; font-size: 12px; text-align: center; vertical-align: bottom; }
td.num { text-align: right; white-space: nowrap; }
td.warn { color: var(--warn); font-weight: 600; }
td.alarm { color: var(--alert); font-weight: 700; }
tr.total td { font-weight: 700; background: #f7f8fa; border-top: 2px solid var(--ink); }
th.group { letter-spacing: .02em; }
th.unit, td.unit { text-align: left; }
table.units { font-size: 12px; }
table.units th { font-size: 11px; padding: 4px 4px; }
table.units td.unit { min-width: 9em; }
table.findings { font-size: 12px; }
table.findings td.code, td.mono { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; \
font-size: 11.5px; }
table.findings td.code { white-space: nowrap; }
td.mono, table.findings td.where { overflow-wrap: anywhere; }
table.findings td.where { color: var(--muted); font-size: 11px; }
.place { display: block; } .place b { color: var(--ink); font-weight: 600; margin-right: 2px; }
table.inputs td.unit { white-space: nowrap; }
.gates li.failed { color: var(--alert); font-weight: 700; }
table.findings th.c-unit { width: 14%; } table.findings th.c-where { width: 27%; }
code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 0.9em; color: var(--muted); }
.legend { display: flex; align-items: center; gap: 6px; margin: 0 0 10px; font-size: 12px; }
.swatch { width: 12px; height: 12px; flex: none; }
.seg.before-deadline { fill: var(--before-deadline); }
.seg.on-time { fill: var(--on-time); }
.seg.late { fill: var(--late); }
.seg.pending { fill: var(--pending-not-due); }
.masked { fill: var(--masked); }
.chart-units { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 10px 28px; }
.chart-unit { padding: 6px 0 6px 8px; border-top: 1px solid var(--rule); border-left: 4px solid transparent; }
.chart-unit.has-masked { border-left-color: var(--masked); }
.chart-name { font-weight: 600; margin-bottom: 3px; }
table.counts { font-size: 12px; }
table.counts th, table.counts td { border: 0; padding: 1px 4px; vertical-align: middle; }
table.counts thead th { background: none; font-size: 11px; color: var(--muted); }
table.counts th.unit { font-weight: 400; white-space: nowrap; width: 30%; }
table.counts td.num { width: 3.5em; }
table.counts td.bars { width: 55%; }
.bar { width: 100%; height: 22px; display: block; }
.badge { display: inline-block; margin-left: 6px; padding: 0 7px; border-radius: 9px; font-size: 11px; \
font-weight: 700; color: #fff; background: var(--masked); }
h2, h3, .chart-unit { scroll-margin-top: 64px; }
nav.toc { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--rule); \
padding: 6px 0; font-size: 12.5px; }
nav.toc ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px 14px; }
nav.toc ul.parts { flex-wrap: wrap; font-weight: 600; }
nav.toc ul.unit-links { overflow-x: auto; white-space: nowrap; margin-top: 3px; font-size: 11.5px; }
.summary p { margin: 4px 0; }
.summary p.lead { font-size: 16px; font-weight: 700; color: var(--alert); }
form.filter { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 0 0 10px; font-size: 12.5px; }
form.filter select, form.filter input { font: inherit; padding: 2px 4px; max-width: 100%; }
form.filter output { color: var(--muted); }
button.sort { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; \
text-align: inherit; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; }
td.mono { min-width: 14em; }
.kind-count { color: var(--muted); font-weight: 400; }
.more { color: var(--muted); font-style: italic; }
ul.plain { margin: 0; padding-left: 18px; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
a { color: var(--accent); }
@media (max-width: 640px) {
  body { padding: 10px 12px 24px; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: 4px; }
  table.findings thead { display: none; }
  table.findings, table.findings tbody, table.findings tr, table.findings td { display: block; width: auto; }
  table.findings tr { border: 1px solid var(--rule); margin: 0 0 8px; padding: 4px 6px; }
  table.findings td { border: 0; padding: 1px 0; }
  table.findings td::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 600; }
  table.findings td.code { white-space: normal; }
  .chart-units { grid-template-columns: 1fr; }
}
@page {
  size: A4; margin: 14mm 12mm 16mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5f6b7a; }
}
@media print {
  nav.toc, form.filter, #no-script { display: none !important; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin-top: 16pt; break-after: avoid; }
  h3 { font-size: 10pt; break-after: avoid; }
  .table-wrap { overflow: visible; }
  table.units { font-size: 7.5pt; }
  table.units th { font-size: 7pt; }
  th, td { padding: 2pt 3pt; }
  table.findings, table.findings td.code, td.mono { font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, .chart-unit, .legend { break-inside: avoid; }
  .chart-units { grid-template-columns: 1fr 1fr 1fr; gap: 4pt 14pt; }
  table.counts { font-size: 7pt; }
  .bar { height: 12pt; }
  a { color: inherit; text-decoration: none; }
}
`;
