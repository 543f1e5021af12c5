/**
 * `--format xlsx`: a workbook for office staff. Summary (per-unit table with a total row, frozen
 * headings and an autofilter, counts as integers, rates as the printed 2-decimal figure in a percent
 * format), Findings (xlsx-findings.ts: one row per finding, or a sheet per kind with `--xlsx-sheets
 * per-kind`), Inputs (as-of, period, files and their row accounting) and About (xlsx-about.ts: the
 * provenance). Written by the streaming writer (xlsx-writer.ts): the findings go into the zip a row at
 * a time, never as a second copy of the report; every zip entry is dated by the as-of date, not the
 * clock, so the same inputs give the same bytes. Every text cell is written as a string, never a
 * formula, and text a spreadsheet would run as a formula (= + - @ tab CR) gets a leading apostrophe, as
 * in the CSV output, so it stays text even after the cell is edited or the sheet is saved as CSV.
 */
import { civilFromDays, parseIsoDay } from '../core/day.js';
import type { AuditReport } from '../core/report.js';
import { columnLetters } from '../core/sheet-address.js';
import type { UnitReport } from '../core/summarise.js';
import { periodSheets } from './xlsx-periods.js';
import { labelsFor, type Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { capitalise, coverageText, periodText, ratesText, unitNames } from './report-facts.js';
import { fullUnitColumns, groupHead, unitName, type Alert } from './unit-columns.js';
import { aboutSheet } from './xlsx-about.js';
import {
  cell,
  cells,
  COUNT_FORMAT,
  DATE_FORMAT,
  dateOf,
  fitWidth,
  HEAD,
  PERCENT_FORMAT,
  rateFraction,
} from './xlsx-cell.js';
import { findingsSheets } from './xlsx-findings.js';
import { type Cell, type CellStyle, EXCEL_MAX_ROWS, type SheetSpec, writeWorkbook } from './xlsx-writer.js';

const ALERT_COLORS: Record<Exclude<Alert, 'none'>, { color: string; bold?: boolean }> = {
  warn: { color: 'FF8A5300' },
  alarm: { color: 'FFB3261E', bold: true },
};

/** `maxRows`: rows a sheet may hold (Excel's limit; smaller in tests). */
export async function renderXlsx(
  report: AuditReport,
  opts: RenderOptions,
  maxRows = EXCEL_MAX_ROWS,
): Promise<Uint8Array> {
  const l = labelsFor(opts.lang, opts.decimal);
  const chunks: Buffer[] = [];
  // The as-of date, not the clock: the same report gives the same bytes.
  const asOf = parseIsoDay(report.asOf);
  const date = asOf === null ? { year: 1980, month: 1, day: 1 } : civilFromDays(asOf);
  const sheets: SheetSpec[] = [
    summarySheet(report, l),
    ...findingsSheets(report, l, opts, maxRows),
    ...periodSheets(report, l, { percent: PERCENT_FORMAT, count: COUNT_FORMAT }),
    inputsSheet(report, l),
    aboutSheet(report.provenance, l),
  ];
  await writeWorkbook(sheets, (c) => void chunks.push(c), { date, creator: 'tthc-audit' });
  return new Uint8Array(Buffer.concat(chunks));
}

function summarySheet(report: AuditReport, l: Labels): SheetSpec {
  const cols = fullUnitColumns(report, l);
  // The unit's heading on the second row, beside the others, where the autofilter puts its buttons.
  const merges: string[] = [];
  let start = 0;
  cols.forEach((c, i) => {
    if (cols[i + 1]?.group === c.group) return;
    if (i > start) merges.push(`${columnLetters(start + 2)}1:${columnLetters(i + 2)}1`);
    start = i + 1;
  });
  const top = cells(
    [null, ...cols.map((c, i) => (i > 0 && cols[i - 1]!.group === c.group ? null : groupHead(c.group, l)))],
    HEAD,
  );
  const second = cells([l.columns.unit, ...cols.map((c) => c.head)], HEAD);
  const rowOf = (u: UnitReport, name: string, total: boolean): Cell[] => {
    const base: CellStyle = total ? { bold: true, border: 'top-medium' } : {};
    return [
      cell(name, total ? base : undefined),
      ...cols.map((c) => {
        const v = c.value(u);
        const style: CellStyle = { ...(c.percent ? { numFmt: PERCENT_FORMAT } : { numFmt: COUNT_FORMAT }), ...base };
        if (c.alert !== 'none' && v !== null && v > 0)
          Object.assign(style, ALERT_COLORS[c.alert], total ? { bold: true } : {});
        return cell(v === null ? null : c.percent ? rateFraction(v) : v, style);
      }),
    ];
  };
  const longest = Math.max(l.columns.total.length, ...unitNames(report, l).map((n) => n.length));
  return {
    name: l.report.sheets.summary,
    frozen: { columns: 1, rows: 2 },
    widths: [Math.min(48, Math.max(14, longest + 2)), ...cols.map((c) => fitWidth([c.head], 11, 18))],
    heights: new Map([[2, 32]]),
    merges,
    autoFilter: `A2:${columnLetters(cols.length + 1)}${2 + report.units.length}`,
    rows: [
      top,
      second,
      ...report.units.map((u) => rowOf(u, unitName(u, l), false)),
      rowOf(report.total, l.columns.total, true),
    ],
  };
}
function inputsSheet(report: AuditReport, l: Labels): SheetSpec {
  const t = l.text;
  const r = l.report;
  const bold: CellStyle = { bold: true };
  const rows: Cell[][] = [
    [cell(t.title(report.command), { bold: true, size: 13 }), cell(null)],
    [cell(r.units, bold), cell(unitNames(report, l).join(', '))],
    [cell(t.asOf, bold), cell(dateOf(report.asOf), { numFmt: DATE_FORMAT })],
    [cell(t.period[report.period.basis], bold), cell(periodText(report, l))],
    [cell(t.rates, bold), cell(ratesText(report, l))],
    cells([capitalise(t.resultDate[report.resultDate]), null]),
  ];
  const coverage = coverageText(report, l);
  if (coverage !== null) rows.push(cells([t.coverage, coverage]));
  rows.push([]);
  rows.push(
    cells(
      [r.source, r.file, r.rowsRead, r.rowsUsed, r.rowsRejected, r.rowsOutside, r.encoding, r.delimiter, r.headerLine],
      HEAD,
    ),
  );
  for (const i of report.inputs) {
    rows.push(
      cells([
        i.source === 'electronic' ? l.columns.electronic : l.columns.paper,
        i.sheet === undefined ? i.file : `${i.file} [${i.sheet}]`,
        i.rowsRead,
        i.rowsUsed,
        i.rowsRejected,
        i.rowsOutsidePeriod,
        i.encoding,
        i.delimiter === '\t' ? 'tab' : i.delimiter,
        i.headerLine,
      ]),
    );
  }
  const list = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    rows.push([], [cell(title, bold)], ...lines.map((line) => [cell(line)]));
  };
  list(
    t.gates,
    report.gates.map((g) => t.gate(g)),
  );
  list(
    t.skipped,
    report.skippedChecks.map((s) => `${s.check}: ${l.skip[s.reason]}`),
  );
  list(
    t.notes,
    report.notes.map((n) => t.note(n)),
  );
  return { name: l.report.sheets.inputs, widths: [24, 48, 12, 12, 12, 14, 12, 12, 12], rows };
}
