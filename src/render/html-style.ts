/**
 * The stylesheet of the HTML report, inlined so the file stands alone: system fonts with Vietnamese
 * glyphs (no web fonts, no network), colours that print (print-color-adjust), and an A4 page layout
 * for printing where table headings repeat on each page and no chart or row is cut in two.
 */
export const HTML_STYLE = `
:root {
  --ink: #1f2933; --muted: #5f6b7a; --rule: #d5dae1; --head: #eef1f5; --accent: #1d4f91; --alert: #b3261e; --warn: #8a5300;
  --before-deadline: #2e7d32; --on-time: #8bc34a; --late: #c62828;
  --pending-not-due: #90a4ae; --pending-overdue: #ef6c00; --withdrawn: #d9d9d9;
}
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
table.findings td.code, td.mono { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 11.5px; }
table.findings td.code { white-space: nowrap; }
td.mono, table.findings td.where { overflow-wrap: anywhere; }
table.findings td.where { color: var(--muted); font-size: 11px; }
.place { display: block; } .place b { color: var(--ink); font-weight: 600; margin-right: 2px; }
table.inputs td.unit { white-space: nowrap; }
.gates li.failed { color: var(--alert); font-weight: 700; }
table.findings th.c-unit { width: 14%; } table.findings th.c-where { width: 27%; }
code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 0.9em; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 0 0 10px; font-size: 12px; }
.legend li { display: flex; align-items: center; gap: 5px; }
.swatch { width: 12px; height: 12px; }
.seg.before-deadline { fill: var(--before-deadline); }
.seg.on-time { fill: var(--on-time); }
.seg.late { fill: var(--late); }
.seg.pending-not-due { fill: var(--pending-not-due); }
.seg.pending-overdue { fill: var(--pending-overdue); }
.seg.withdrawn { fill: var(--withdrawn); }
.frame { fill: none; stroke: #7b8794; stroke-width: 1; vector-effect: non-scaling-stroke; }
.chart-units { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 10px 28px; }
.chart-unit { padding: 6px 0; border-top: 1px solid var(--rule); }
.chart-name { font-weight: 600; margin-bottom: 3px; }
.chart-row { display: grid; grid-template-columns: 28px 1fr 185px; align-items: center; gap: 8px; margin: 2px 0; }
.chart-side { font-size: 11px; font-weight: 700; color: var(--muted); text-align: right; }
.bar { width: 100%; height: 16px; display: block; }
.chart-n { font-size: 11.5px; line-height: 1.2; color: var(--muted); font-variant-numeric: tabular-nums; }
.badge { display: inline-block; margin-left: 6px; padding: 0 7px; border-radius: 9px; font-size: 11px; font-weight: 700; color: #fff; background: var(--alert); }
.kind-count { color: var(--muted); font-weight: 400; }
.more { color: var(--muted); font-style: italic; }
ul.plain { margin: 0; padding-left: 18px; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
a { color: var(--accent); }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
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
  .chart-units { grid-template-columns: 1fr 1fr; gap: 4pt 14pt; }
  .chart-row { grid-template-columns: 16pt 1fr 96pt; gap: 5pt; }
  .chart-n { font-size: 6.8pt; }
  .bar { height: 11pt; }
  a { color: inherit; text-decoration: none; }
}
`;
