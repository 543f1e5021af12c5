/**
 * `--form 06a --format xlsx`: the settlement-results form laid out as printed — the form's number,
 * its name, the unit and the period at the top; the column groups merged over their columns, the
 * column names, and the row of column numbers (1)–(11); a row per field (unit, procedure … per
 * `--rows`) and the total row, counts as integers; then the rates, each the printed figure as the
 * report's workbook stores a rate (96.77 % is the fraction 0.9677 in a `0.00%` format, with the form's
 * `--decimals`), and under the table the rates, the Decision 766 indicator and how the columns add up,
 * as the other formats word them. With two sources each row has a line per source, its number and
 * label merged over them, the differing figures filled yellow and their column numbers in a last
 * column. The second sheet is the report workbook's About sheet (xlsx-about.ts): the provenance.
 * Written by the streaming writer (xlsx-writer.ts); text is neutralised as in the report's workbook.
 */
import { civilFromDays, parseIsoDay } from '../core/day.js';
import type { FormReport, FormRow } from '../core/form-report.js';
import { FORM_DOCUMENT_WORDS } from '../messages/form-document.js';
import { FORM_WORDS, type FormWords } from '../messages/form.js';
import type { Source } from '../core/types.js';
import { columnLetters } from '../core/sheet-address.js';
import { formPeriodLine, formSources, rowLabelTexts, type FormColumnSpec } from './form-cells.js';
import type { FormSurroundings } from './form-index.js';
import { differenceNumbers, groupSpans, qd766Line, ratesLine, shownColumns } from './form-table.js';
import { labelsFor } from './labels.js';
import type { RenderOptions } from './options.js';
import { unitNames } from './report-facts.js';
import { aboutSheet } from './xlsx-about.js';
import { cell, COUNT_FORMAT, HEAD, rateFraction } from './xlsx-cell.js';
import { type Cell, type CellStyle, type CellValue, writeWorkbook, type SheetSpec } from './xlsx-writer.js';

/** The first row of the column headings (rows 1–4: number, name, unit, period; row 5 blank). */
const FORM_HEAD_ROW = 6;
const BODY: CellStyle = { border: 'thin' };
const TOTAL: CellStyle = { border: 'thin', bold: true, fill: 'FFF2F2F2' };
/** A figure that differs between the two sources. */
const DIFFERS: CellStyle = { fill: 'FFFFE699', bold: true };
const RATES = ['before', 'onTime', 'late'] as const;
const RATE_OF = { before: 'resolvedBefore', onTime: 'resolvedOnTime', late: 'resolvedLate' } as const;

/** "0.00%" for two decimals, "0%" for none: a rate's fraction shows as the printed figure. */
function rateFormat(decimals: number): string {
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

export async function renderFormXlsx(
  report: FormReport,
  opts: RenderOptions,
  around: FormSurroundings,
): Promise<Uint8Array> {
  const l = labelsFor(opts.lang, opts.decimal);
  const chunks: Buffer[] = [];
  // The period's last day, not the clock: the same form gives the same bytes.
  const end = parseIsoDay(report.period.to);
  const date = end === null ? { year: 1980, month: 1, day: 1 } : civilFromDays(end);
  await writeWorkbook(
    [formSheet(report, opts, unitNames(around, l).join(', ')), aboutSheet(around.provenance, l)],
    (c) => void chunks.push(c),
    {
      date,
      creator: 'tthc-audit',
    },
  );
  return new Uint8Array(Buffer.concat(chunks));
}

/** Text from the inputs or the wording, neutralised as in the report's workbook (xlsx-cell.ts). */
const text = (value: string | null, style?: CellStyle): Cell => cell(value, style);

function value(v: CellValue, style: CellStyle): Cell {
  return { value: v, style };
}

/** A rate as the fraction Excel holds for the printed figure typed with "%" (96.77 → 0.9677); none: empty. */
const fraction = (rate: number | null): number | null => (rate === null ? null : rateFraction(rate));

/** What every line of the form's body is laid out by. */
interface Layout {
  report: FormReport;
  w: FormWords;
  sources: Source[];
  both: boolean;
  columns: FormColumnSpec[];
  /** Columns in all: lead, figures, rates and (both sources) "Differs". */
  width: number;
}

/** The form: title rows, three heading rows, a line per row and source, the total, the notes. */
function formSheet(report: FormReport, opts: RenderOptions, units: string): SheetSpec {
  const w = FORM_WORDS[opts.lang];
  const d = FORM_DOCUMENT_WORDS[opts.lang];
  const sources = formSources(report);
  const both = sources.length > 1;
  const columns = shownColumns(report);
  const labelHeads = w.rows[report.rowsBy];
  const lead = [w.number, ...labelHeads, ...(both ? [w.source] : [])];
  const width = lead.length + columns.length + RATES.length + (both ? 1 : 0);
  const layout: Layout = { report, w, sources, both, columns, width };
  const merges = [2, 3, 4].map((r) => `A${r}:${columnLetters(width)}${r}`);
  const rows: Cell[][] = [
    [text(d.formNumber, { bold: true })],
    [text(d.name.toLocaleUpperCase(opts.lang), { bold: true, size: 14, heading: true })],
    [text(d.unit(units), { bold: true })],
    [text(formPeriodLine(report, w, labelsFor(opts.lang, opts.decimal)))],
    [],
    ...headingRows(columns, lead, both, opts, merges),
  ];
  for (const [i, row] of report.rows.entries())
    rows.push(...rowLines(layout, row, i + 1, rowLabelTexts(report, row, w), rows.length + 1, merges));
  const totalLabels = [w.total, ...labelHeads.slice(1).map(() => '')];
  rows.push(...rowLines(layout, report.total, null, totalLabels, rows.length + 1, merges), []);
  for (const line of [
    ...sources.map((s) => ratesLine(report, s, opts)),
    ...sources.map((s) => qd766Line(report, s, opts)),
    `(${w.ratesOf(report.decimals)})`,
    w.sums,
  ])
    rows.push([text(line)]);
  const widths = [6, ...labelHeads.map(() => 30), ...(both ? [11] : []), ...columns.map(() => 11), 11, 11, 11, 26];
  return {
    name: d.sheets.form,
    widths: widths.slice(0, width),
    frozen: { columns: lead.length, rows: FORM_HEAD_ROW + 2 },
    heights: new Map([
      [2, 24],
      [FORM_HEAD_ROW, 32],
      [FORM_HEAD_ROW + 1, 46],
    ]),
    merges,
    printLandscape: true,
    rows,
  };
}

/**
 * A row of the form (or its total: `number` null), a line per source starting at sheet row `at`:
 * counts, then rates; with two sources the number, labels and "Differs" merged over the lines, and
 * a figure or rate that differs between them filled.
 */
function rowLines(
  layout: Layout,
  row: FormRow,
  number: number | null,
  labels: string[],
  at: number,
  merges: string[],
): Cell[][] {
  const { report, w, sources, both, columns, width } = layout;
  const base = number === null ? TOTAL : BODY;
  const rate: CellStyle = { ...base, numFmt: rateFormat(report.decimals) };
  const count: CellStyle = { ...base, numFmt: COUNT_FORMAT };
  const lines = sources.map((source, k) => {
    const f = row[source]!;
    return [
      value(k === 0 ? number : null, base),
      ...labels.map((label) => text(k === 0 ? label : null, base)),
      ...(both ? [text(w.sources[source], base)] : []),
      ...columns.map((c) =>
        value(f[c.column], both && row.differences.includes(c.column) ? { ...count, ...DIFFERS } : count),
      ),
      ...RATES.map((r) =>
        value(
          fraction(f.rates[r]),
          both && row.electronic!.rates[r] !== row.paper!.rates[r] ? { ...rate, ...DIFFERS } : rate,
        ),
      ),
      ...(both ? [text(k === 0 ? differenceNumbers(row, w) : null, base)] : []),
    ];
  });
  if (both) {
    const down = (col: number): string => `${columnLetters(col)}${at}:${columnLetters(col)}${at + sources.length - 1}`;
    for (let col = 1; col <= 1 + labels.length; col++) merges.push(down(col));
    merges.push(down(width));
  }
  return lines;
}

/**
 * The heading rows: the lead columns (and "Differs") merged down over the group and name rows; each
 * group merged across its columns; the rates' group; then the row of printed column numbers.
 */
function headingRows(
  columns: readonly FormColumnSpec[],
  lead: readonly string[],
  both: boolean,
  opts: RenderOptions,
  merges: string[],
): Cell[][] {
  const w = FORM_WORDS[opts.lang];
  const d = FORM_DOCUMENT_WORDS[opts.lang];
  const top = FORM_HEAD_ROW;
  const groups = [
    ...groupSpans(columns).map((g) => ({ text: w.groups[g.group], span: g.span })),
    { text: d.rates, span: 3 },
  ];
  const upper: (string | null)[] = [...lead];
  for (const g of groups) {
    const at = upper.length + 1;
    if (g.span > 1) merges.push(`${columnLetters(at)}${top}:${columnLetters(at + g.span - 1)}${top}`);
    upper.push(g.text, ...Array.from({ length: g.span - 1 }, () => null));
  }
  if (both) upper.push(w.differs);
  // The lead columns and "Differs" span the group and name rows.
  const down = [...lead.map((_, i) => i + 1), ...(both ? [upper.length] : [])];
  for (const col of down) merges.push(`${columnLetters(col)}${top}:${columnLetters(col)}${top + 1}`);
  const lower = [
    ...lead.map(() => null),
    ...columns.map((c) => w.columns[c.column]),
    ...RATES.map((r) => d.rate(w.columns[RATE_OF[r]])),
    ...(both ? [null] : []),
  ];
  const numbers = [
    ...lead.map(() => null),
    ...columns.map((c) => (c.number === null ? null : `(${c.number})`)),
    ...RATES.map(() => null),
    ...(both ? [null] : []),
  ];
  return [
    upper.map((h) => text(h, HEAD)),
    lower.map((h) => text(h, HEAD)),
    numbers.map((h) => text(h, { ...HEAD, bold: false })),
  ];
}
