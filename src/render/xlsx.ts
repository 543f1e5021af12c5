/**
 * `--format xlsx`: a workbook for office staff. Summary (per-unit table with a total row, frozen
 * headings, counts and percentages as numbers — percentages with a percent format), Findings (one row
 * per finding, autofilter, dates as dates; past Excel's 1,048,576 rows a sheet, continued on
 * "Findings (2)", …) and Inputs (as-of, period, files and their row accounting). Written by the
 * streaming writer (xlsx-writer.ts): the findings go into the zip a row at a time, never as a second
 * copy of the report. Every text cell is written as a string, never a formula, and text a spreadsheet
 * would run as a formula (= + - @ tab CR) gets a leading apostrophe, as in the CSV output, so it stays
 * text even after the cell is edited or the sheet is saved as CSV.
 */
import { civilFromDays, parseIsoDay } from '../core/day.js';
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import type { Finding } from '../findings/finding.js';
import type { ZipDate } from '../io/zip-writer.js';
import { neutraliseCell } from './csv.js';
import { labelsFor, type Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { capitalise, coverageText, periodText, ratesText, unitNames } from './report-facts.js';
import { fullUnitColumns, groupHead, unitName, type Alert } from './unit-columns.js';
import {
  type Cell,
  type CellStyle,
  type CellValue,
  EXCEL_MAX_ROWS,
  type SheetSpec,
  writeWorkbook,
} from './xlsx-writer.js';
import { columnLetters, fileOnSheet } from '../core/sheet-address.js';

export const PERCENT_FORMAT = '0.00%';
export const COUNT_FORMAT = '#,##0';
const DATE_FORMATS = { en: 'yyyy-mm-dd', vi: 'dd/mm/yyyy' } as const;
const HEAD: CellStyle = { bold: true, fill: 'FFEEF1F5', border: 'thin', heading: true };
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
    inputsSheet(report, l, opts),
  ];
  await writeWorkbook(sheets, (c) => void chunks.push(c), { date, creator: 'tthc-audit' });
  return new Uint8Array(Buffer.concat(chunks));
}

/** A cell of a value: every string neutralised (see neutraliseCell). */
function cell(value: CellValue, style?: CellStyle): Cell {
  const v = typeof value === 'string' ? neutraliseCell(value) : value;
  return style === undefined ? { value: v } : { value: v, style };
}
const cells = (values: readonly CellValue[], style?: CellStyle): Cell[] => values.map((v) => cell(v, style));

function dateOf(iso: string | null): { date: ZipDate } | null {
  const day = iso === null ? null : parseIsoDay(iso);
  return day === null ? null : { date: civilFromDays(day) };
}

function summarySheet(report: AuditReport, l: Labels): SheetSpec {
  const cols = fullUnitColumns(report, l);
  const merges = ['A1:A2'];
  let start = 0;
  cols.forEach((c, i) => {
    if (cols[i + 1]?.group === c.group) return;
    if (i > start) merges.push(`${columnLetters(start + 2)}1:${columnLetters(i + 2)}1`);
    start = i + 1;
  });
  const top = cells(
    [l.columns.unit, ...cols.map((c, i) => (i > 0 && cols[i - 1]!.group === c.group ? null : groupHead(c.group, l)))],
    HEAD,
  );
  const second = cells([null, ...cols.map((c) => c.head)], HEAD);
  const rowOf = (u: UnitReport, name: string, total: boolean): Cell[] => {
    const base: CellStyle = total ? { bold: true, border: 'top-medium' } : {};
    return [
      cell(name, total ? base : undefined),
      ...cols.map((c) => {
        const v = c.value(u);
        const style: CellStyle = { ...(c.percent ? { numFmt: PERCENT_FORMAT } : { numFmt: COUNT_FORMAT }), ...base };
        if (c.alert !== 'none' && v !== null && v > 0)
          Object.assign(style, ALERT_COLORS[c.alert], total ? { bold: true } : {});
        return cell(v === null ? null : c.percent ? v / 100 : v, style);
      }),
    ];
  };
  const longest = Math.max(l.columns.total.length, ...unitNames(report, l).map((n) => n.length));
  return {
    name: l.report.sheets.summary,
    frozen: { columns: 1, rows: 2 },
    widths: [Math.min(48, Math.max(14, longest + 2)), ...cols.map(() => 11)],
    heights: new Map([[2, 32]]),
    merges,
    rows: [
      top,
      second,
      ...report.units.map((u) => rowOf(u, unitName(u, l), false)),
      rowOf(report.total, l.columns.total, true),
    ],
  };
}

/** The Findings sheet, or several when the findings pass a sheet's row limit (each with the heading row). */
function findingsSheets(report: AuditReport, l: Labels, opts: RenderOptions, maxRows: number): SheetSpec[] {
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
  const perSheet = maxRows - 1;
  const count = Math.max(1, Math.ceil(report.findings.length / perSheet));
  const dateStyle = { numFmt: DATE_FORMATS[opts.lang] };
  const sheets: SheetSpec[] = [];
  for (let k = 0; k < count; k++) {
    const from = k * perSheet;
    const to = Math.min(report.findings.length, from + perSheet);
    sheets.push({
      name: k === 0 ? r.sheets.findings : `${r.sheets.findings} (${k + 1})`,
      frozen: { columns: 0, rows: 1 },
      widths: [22, 34, 20, 24, 30, 30, 16, 16, 12, 12, 12, 12, 10, 12, 70],
      columnStyles: new Map([9, 10, 11, 12].map((c) => [c, dateStyle])),
      autoFilter: `A1:${columnLetters(heads.length)}${Math.max(1, to - from + 1)}`,
      rows: findingRows(report.findings, from, to, cells(heads, HEAD), l, opts),
    });
  }
  return sheets;
}

function* findingRows(
  findings: readonly Finding[],
  from: number,
  to: number,
  head: Cell[],
  l: Labels,
  opts: RenderOptions,
): Generator<Cell[]> {
  yield head;
  for (let i = from; i < to; i++) {
    const f = findings[i]!;
    const se = f.electronic;
    const sp = f.paper;
    yield cells([
      f.kind,
      kindTitle(f.kind, opts.lang),
      f.unit === '' ? l.text.noUnit : f.unit,
      f.code,
      se ? `${fileOnSheet(se)}:${se.line}` : null,
      sp ? `${fileOnSheet(sp)}:${sp.line}` : null,
      se ? l.classes[se.class] : null,
      sp ? l.classes[sp.class] : null,
      dateOf(se?.due ?? null),
      dateOf(sp?.due ?? null),
      dateOf(se ? (se.completed ?? se.returned) : null),
      dateOf(sp ? (sp.completed ?? sp.returned) : null),
      Math.max(se?.calendarDaysLate ?? 0, sp?.calendarDaysLate ?? 0),
      Math.max(se?.workingDaysLate ?? 0, sp?.workingDaysLate ?? 0),
      messageOf(f, opts.lang),
    ]);
  }
}

function inputsSheet(report: AuditReport, l: Labels, opts: RenderOptions): SheetSpec {
  const t = l.text;
  const r = l.report;
  const bold: CellStyle = { bold: true };
  const rows: Cell[][] = [
    [cell(t.title(report.command), { bold: true, size: 13 }), cell(null)],
    [cell(r.units, bold), cell(unitNames(report, l).join(', '))],
    [cell(t.asOf, bold), cell(dateOf(report.asOf), { numFmt: DATE_FORMATS[opts.lang] })],
    [cell(t.period, bold), cell(periodText(report, l))],
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
