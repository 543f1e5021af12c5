/**
 * `--by` in the HTML page: the per-unit figures again, one row per period, each unit's periods under
 * its name and the total's last. Its own module so the page (html.ts) only places it; the cells are
 * the per-unit table's (unit-columns.ts), so a period reads like a unit.
 */
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import { html, trusted, type SafeHtml } from './html-escape.js';
import type { Labels } from './labels.js';
import { alertOf, formatCell, unitColumns, unitName } from './unit-columns.js';

/** The per-period section's heading, which the page's navigation links to. */
export const PERIODS_ANCHOR = 'periods-title';

/** The per-period section, or nothing without `--by`. */
export function periodTable(report: AuditReport, l: Labels): SafeHtml | '' {
  if (report.by === undefined) return '';
  const cols = unitColumns(report, l);
  const headLines = (text: string): SafeHtml[] =>
    text.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
  const rows = (u: UnitReport, name: string, total: boolean): SafeHtml[] =>
    (u.byPeriod ?? []).map((p, i) => {
      const row: UnitReport = { ...p, unit: u.unit };
      return html`<tr${total ? trusted(' class="total"') : ''}><td class="unit">${i === 0 ? name : ''}</td>\
<td class="unit">${l.periods.label(p.period)}</td>${cols.map((c) => {
        const alert = alertOf(c, row);
        return html`<td class="num${alert === 'none' ? '' : ` ${alert}`}">${formatCell(c, row, l)}</td>`;
      })}</tr>
`;
    });
  return html`<section aria-labelledby="${PERIODS_ANCHOR}">
<h2 id="${PERIODS_ANCHOR}">${l.periods.title}</h2>
<div class="table-wrap"><table class="units periods">
<thead>
<tr><th class="unit">${l.columns.unit}</th><th class="unit">${l.periods.column}</th>\
${cols.map((c) => html`<th>${headLines(c.head)}</th>`)}</tr>
</thead>
<tbody>
${report.units.flatMap((u) => rows(u, unitName(u, l), false))}${rows(report.total, l.columns.total, true)}</tbody>
</table></div>
</section>
`;
}
