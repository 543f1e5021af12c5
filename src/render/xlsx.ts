/**
 * `--format xlsx`: a workbook for office staff. Summary (per-unit table with a total row, frozen
 * headings, counts and percentages as numbers — percentages with a percent format), Findings (one row
 * per finding, autofilter, dates as dates) and Inputs (as-of, period, files and their row accounting).
 * Every text cell is written as a string, never a formula, and text a spreadsheet would run as a
 * formula (= + - @ tab CR) gets a leading apostrophe, as in the CSV output, so it stays text even after
 * the cell is edited or the sheet is saved as CSV.
 */
import { parseIsoDay } from '../core/day.js';
import { stampZipDates } from './zip-dates.js';
import ExcelJS from 'exceljs';
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import { neutraliseCell } from './csv.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import { labelsFor, type Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { capitalise, coverageText, periodText, ratesText, unitNames } from './report-facts.js';
import { fullUnitColumns, groupHead, unitName, type Alert } from './unit-columns.js';

type CellValue = string | number | Date | null;

export const PERCENT_FORMAT = '0.00%';
export const COUNT_FORMAT = '#,##0';
const DATE_FORMATS = { en: 'yyyy-mm-dd', vi: 'dd/mm/yyyy' } as const;
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
const ALERT_FONTS: Record<Exclude<Alert, 'none'>, Partial<ExcelJS.Font>> = {
  warn: { color: { argb: 'FF8A5300' } },
  alarm: { color: { argb: 'FFB3261E' }, bold: true },
};

export async function renderXlsx(report: AuditReport, opts: RenderOptions): Promise<Uint8Array> {
  const l = labelsFor(opts.lang, opts.decimal);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tthc-audit';
  // The as-of date, not the clock: the same report gives the same workbook properties.
  wb.created = wb.modified = isoToDate(report.asOf) ?? new Date(0);
  addSummarySheet(wb, report, l);
  addFindingsSheet(wb, report, l, opts);
  addInputsSheet(wb, report, l, opts);
  const asOf = parseIsoDay(report.asOf);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return asOf === null ? bytes : stampZipDates(bytes, asOf);
}

/** A row's values as cells: every string neutralised (see neutraliseCell). */
function cells(values: readonly CellValue[]): CellValue[] {
  return values.map((v) => (typeof v === 'string' ? neutraliseCell(v) : v));
}

function isoToDate(iso: string | null): Date | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function addSummarySheet(wb: ExcelJS.Workbook, report: AuditReport, l: Labels): void {
  const ws = wb.addWorksheet(l.report.sheets.summary, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const cols = fullUnitColumns(report, l);
  ws.addRow(cells([l.columns.unit, ...cols.map((c) => groupHead(c.group, l))]));
  ws.addRow(cells([l.columns.unit, ...cols.map((c) => c.head)]));
  ws.mergeCells(1, 1, 2, 1);
  let start = 0;
  cols.forEach((c, i) => {
    if (cols[i + 1]?.group === c.group) return;
    if (i > start) ws.mergeCells(1, start + 2, 1, i + 2);
    start = i + 1;
  });
  const rowOf = (u: UnitReport, name: string): ExcelJS.Row => {
    const row = ws.addRow(
      cells([
        name,
        ...cols.map((c) => {
          const v = c.value(u);
          return v === null ? null : c.percent ? v / 100 : v;
        }),
      ]),
    );
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 2);
      cell.numFmt = c.percent ? PERCENT_FORMAT : COUNT_FORMAT;
      if (c.alert !== 'none' && typeof cell.value === 'number' && cell.value > 0) cell.font = ALERT_FONTS[c.alert];
    });
    return row;
  };
  for (const u of report.units) rowOf(u, unitName(u, l));
  const total = rowOf(report.total, l.columns.total);
  total.eachCell((cell) => {
    cell.font = { ...(cell.font ?? {}), bold: true };
    cell.border = { top: { style: 'medium' } };
  });
  styleHeadRows(ws, 2);
  ws.getRow(2).height = 32;
  const longest = Math.max(l.columns.total.length, ...unitNames(report, l).map((n) => n.length));
  ws.getColumn(1).width = Math.min(48, Math.max(14, longest + 2));
  cols.forEach((_, i) => {
    ws.getColumn(i + 2).width = 11;
  });
}

function addFindingsSheet(wb: ExcelJS.Workbook, report: AuditReport, l: Labels, opts: RenderOptions): void {
  const ws = wb.addWorksheet(l.report.sheets.findings, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const r = l.report;
  const e = l.columns.e;
  const p = l.columns.p;
  const heads = [
    r.kind,
    r.description,
    l.columns.unit,
    r.code,
    `${r.where} ${e}`,
    `${r.where} ${p}`,
    `${r.klass} ${e}`,
    `${r.klass} ${p}`,
    `${r.due} ${e}`,
    `${r.due} ${p}`,
    `${r.result} ${e}`,
    `${r.result} ${p}`,
    r.daysLate,
    r.workingDaysLate,
    r.message,
  ];
  const widths = [22, 34, 20, 24, 30, 30, 16, 16, 12, 12, 12, 12, 10, 12, 70];
  ws.addRow(cells(heads));
  for (const f of report.findings) {
    const se = f.electronic;
    const sp = f.paper;
    ws.addRow(
      cells([
        f.kind,
        kindTitle(f.kind, opts.lang),
        f.unit === '' ? l.text.noUnit : f.unit,
        f.code,
        se ? `${se.file}:${se.line}` : null,
        sp ? `${sp.file}:${sp.line}` : null,
        se ? l.classes[se.class] : null,
        sp ? l.classes[sp.class] : null,
        isoToDate(se?.due ?? null),
        isoToDate(sp?.due ?? null),
        isoToDate(se ? (se.completed ?? se.returned) : null),
        isoToDate(sp ? (sp.completed ?? sp.returned) : null),
        Math.max(se?.calendarDaysLate ?? 0, sp?.calendarDaysLate ?? 0),
        Math.max(se?.workingDaysLate ?? 0, sp?.workingDaysLate ?? 0),
        messageOf(f, opts.lang),
      ]),
    );
  }
  for (const c of [9, 10, 11, 12]) ws.getColumn(c).numFmt = DATE_FORMATS[opts.lang];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  styleHeadRows(ws, 1);
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, report.findings.length + 1), column: heads.length },
  };
}

function addInputsSheet(wb: ExcelJS.Workbook, report: AuditReport, l: Labels, opts: RenderOptions): void {
  const ws = wb.addWorksheet(l.report.sheets.inputs);
  const t = l.text;
  const r = l.report;
  const facts: [string, CellValue][] = [
    [t.title(report.command), null],
    [r.units, unitNames(report, l).join(', ')],
    [t.asOf, isoToDate(report.asOf)],
    [t.period, periodText(report, l)],
    [t.rates, ratesText(report, l)],
    [capitalise(t.resultDate[report.resultDate]), null],
  ];
  const coverage = coverageText(report, l);
  if (coverage !== null) facts.push([t.coverage, coverage]);
  for (const fact of facts) ws.addRow(cells(fact));
  ws.getCell(3, 2).numFmt = DATE_FORMATS[opts.lang];
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  for (let row = 2; row <= 5; row++) ws.getCell(row, 1).font = { bold: true };
  ws.addRow([]);
  const headRow = ws.addRow(
    cells([
      r.source,
      r.file,
      r.rowsRead,
      r.rowsUsed,
      r.rowsRejected,
      r.rowsOutside,
      r.encoding,
      r.delimiter,
      r.headerLine,
    ]),
  );
  styleRow(headRow);
  for (const i of report.inputs) {
    const delimiter = i.delimiter === '\t' ? 'tab' : i.delimiter;
    ws.addRow(
      cells([
        i.source === 'electronic' ? l.columns.electronic : l.columns.paper,
        i.file,
        i.rowsRead,
        i.rowsUsed,
        i.rowsRejected,
        i.rowsOutsidePeriod,
        i.encoding,
        delimiter,
        i.headerLine,
      ]),
    );
  }
  const list = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    ws.addRow([]);
    ws.addRow(cells([title])).getCell(1).font = { bold: true };
    for (const line of lines) ws.addRow(cells([line]));
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
  [24, 48, 12, 12, 12, 14, 12, 12, 12].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

function styleHeadRows(ws: ExcelJS.Worksheet, count: number): void {
  for (let row = 1; row <= count; row++) styleRow(ws.getRow(row));
}

function styleRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { bold: true };
    cell.fill = HEAD_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
}
