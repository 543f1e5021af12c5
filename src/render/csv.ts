/**
 * Spreadsheet formats: the per-unit figures (one header row, one row per unit, a total row) and the
 * per-finding details. Written with csv-stringify; cells a spreadsheet would run as a formula are
 * neutralised, since codes and unit names come from outside.
 */
import { stringify } from 'csv-stringify/sync';
import type { AuditReport } from '../core/report.js';
import { fileOnSheet } from '../core/sheet-address.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import { FINDING_KINDS } from '../findings/kinds.js';
import { messageOf } from '../findings/wording.js';
import { findingDaysLate } from '../findings/finding.js';
import type { DossierClass } from '../core/types.js';
import type { Finding } from '../findings/finding.js';
import { detailHeadings, summaryHeadings } from './csv-headers.js';
import type { CsvHeaders } from './formats.js';
import { labelsFor, type Labels, type Lang } from './labels.js';
import { provenanceFacts } from './provenance-facts.js';
import type { RenderOptions } from './options.js';
import { FIGURE_KEYS, figuresOf } from './unit-columns.js';
import { showControls } from './visible-text.js';

/**
 * How the CSV we write is laid out: the delimiter (`--delimiter`: comma, or semicolon for an Excel
 * whose list separator is ";") and the decimal mark of the percentages (a comma goes with ";": that
 * Excel reads "96,77" as a number and "96.77" as text). Counts have no separators; dates are ISO.
 */
export interface CsvDialect {
  delimiter: OutputDelimiter;
  decimal: '.' | ',';
  /** `--headers`: headings, total and class names in the report's language (default), or machine names. */
  headers?: CsvHeaders;
}

/** Delimiters a spreadsheet's import takes; anything else would make a file no one can open. */
export const OUTPUT_DELIMITERS = [',', ';', '\t', '|'] as const;
export type OutputDelimiter = (typeof OUTPUT_DELIMITERS)[number];

export const DEFAULT_CSV: CsvDialect = { delimiter: ',', decimal: '.' };

/** The rows as CSV text in `dialect` (csv-stringify quotes a cell holding the delimiter, a quote or a line break). */
export function csvText(rows: readonly (readonly (string | number)[])[], dialect: CsvDialect = DEFAULT_CSV): string {
  return stringify(rows as (string | number)[][], { delimiter: dialect.delimiter });
}

/**
 * A cell of a report a person opens in a spreadsheet: control characters and bidi overrides shown as
 * `\uXXXX` (as the table shows them), and a formula start neutralised (`neutraliseFormula`).
 */
export function neutraliseCell(value: string): string {
  return neutraliseFormula(showControls(value));
}

/**
 * Prefix a quote to cells a spreadsheet would evaluate: starting with =, +, -, @, tab or CR, also in
 * their full-width forms (＝ ＋ － ＠, which some spreadsheets fold) and behind invisible characters.
 * Plain ASCII numbers stay numbers. `--rejects` gives rows back as they were, with only this applied.
 */
export function neutraliseFormula(value: string): string {
  const start = value.slice(0, 8).replace(LEADING_INVISIBLES, '').normalize('NFKC');
  return /^[=+\-@\t\r]/.test(start) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

const LEADING_INVISIBLES = /^\p{Default_Ignorable_Code_Point}+/u;

/** A source's figures (unit-columns.ts): counts as numbers, percentages in `decimal`; empty without the source. */
function statCells(s: Stats | null, decimal: '.' | ','): (string | number)[] {
  if (!s) return FIGURE_KEYS.map(() => '');
  const pct = (x: number | null): string =>
    x === null ? '' : decimal === ',' ? x.toFixed(2).replace('.', ',') : x.toFixed(2);
  return figuresOf(s).map((f) => (f.percent ? pct(f.value) : (f.value ?? '')));
}

/** The machine column names (a contract for scripts): each source's figures, then one count per finding kind. */
export function summaryCsvHeader(): string[] {
  return [
    'unit',
    ...FIGURE_KEYS.map((c) => `electronic_${c}`),
    ...FIGURE_KEYS.map((c) => `paper_${c}`),
    ...FINDING_KINDS.map((k) => k.replace(/-/g, '_')),
  ];
}

function unitCells(u: UnitReport, name: string, decimal: '.' | ','): (string | number)[] {
  return [
    neutraliseCell(name),
    ...statCells(u.electronic, decimal),
    ...statCells(u.paper, decimal),
    ...FINDING_KINDS.map((k) => u.findingCounts[k]),
  ];
}

export function renderCsv(report: AuditReport, opts: RenderOptions): string {
  const dialect = opts.csv ?? DEFAULT_CSV;
  const l = labelsFor(opts.lang, opts.decimal);
  const keys = dialect.headers === 'keys';
  const plain = keys ? summaryCsvHeader() : summaryHeadings(l, opts.lang);
  const by = report.by !== undefined;
  // `--by`: a period column after the unit; a unit's own row has it empty, its period rows follow it.
  const header = by ? [plain[0]!, keys ? 'period' : l.periods.column, ...plain.slice(1)] : plain;
  const unitRows = (u: UnitReport, name: string): (string | number)[][] => {
    const own = unitCells(u, name, dialect.decimal);
    if (!by) return [own];
    const period = (key: string, p: Omit<UnitReport, 'unit'>): (string | number)[] => {
      const [first, ...rest] = unitCells({ ...p, unit: name }, name, dialect.decimal);
      return [first!, keys ? key : l.periods.label(key), ...rest];
    };
    const [first, ...rest] = own;
    return [[first!, '', ...rest], ...(u.byPeriod ?? []).map((p) => period(p.period, p))];
  };
  const rows = [
    header,
    ...report.units.flatMap((u) => unitRows(u, u.unit)),
    ...unitRows(report.total, keys ? 'TOTAL' : l.columns.total),
    // the machine form stays the plain table scripts read; the provenance is in the JSON report
    ...(keys ? [] : provenanceRows(report, l, header.length)),
  ];
  return csvText(rows, dialect);
}

/**
 * The provenance below the table, after one empty row: a title row, then one row per fact (label,
 * value), each as wide as the table so that the file stays rectangular for strict readers. No comment
 * lines: Excel and LibreOffice open the file as it is and show the facts as cells under the table.
 */
function provenanceRows(report: AuditReport, l: Labels, width: number): string[][] {
  const row = (cells: string[]): string[] => [...cells, ...Array<string>(width - cells.length).fill('')];
  const facts = provenanceFacts(report.provenance, l);
  return [
    row([]),
    row([l.provenance.title]),
    ...facts.map((f) => row([neutraliseCell(f.label), neutraliseCell(f.value)])),
  ];
}

export const DETAIL_COLUMNS = [
  'kind',
  'code',
  'unit',
  'electronic_file',
  'electronic_line',
  'paper_file',
  'paper_line',
  'electronic_class',
  'paper_class',
  'electronic_received',
  'paper_received',
  'electronic_due',
  'paper_due',
  'electronic_result',
  'paper_result',
  'electronic_status',
  'paper_status',
  'calendar_days_late',
  'message',
  'working_days_late',
] as const;
export type DetailColumn = (typeof DETAIL_COLUMNS)[number];

/**
 * One row per finding, for `--details`: the machine names and class keys with `--headers keys`, else
 * headings and class names in the report's language. Days late: the larger of the two sides'.
 */
export function renderDetailsCsv(report: AuditReport, lang: Lang, dialect: CsvDialect = DEFAULT_CSV): string {
  return [...detailsPieces(report.findings, lang, dialect)].join('');
}

/** `--details` a piece at a time: the heading row, then the findings' rows a batch at a time. */
export function* detailsPieces(findings: readonly Finding[], lang: Lang, dialect: CsvDialect): Generator<string> {
  yield detailsHeaderText(lang, dialect);
  for (let start = 0; start < findings.length; start += DETAILS_BATCH) {
    yield findings
      .slice(start, start + DETAILS_BATCH)
      .map((f) => detailsRowText(f, lang, dialect))
      .join('');
  }
}

const DETAILS_BATCH = 256;

/** The heading row of `--details`. */
export function detailsHeaderText(lang: Lang, dialect: CsvDialect = DEFAULT_CSV): string {
  return csvText(
    [dialect.headers === 'keys' ? [...DETAIL_COLUMNS] : detailHeadings(DETAIL_COLUMNS, labelsFor(lang))],
    dialect,
  );
}

/** One finding's row of `--details` (ending in a line break): the one writer of it, whichever thread runs it. */
export function detailsRowText(f: Finding, lang: Lang, dialect: CsvDialect = DEFAULT_CSV): string {
  const l = labelsFor(lang);
  const keys = dialect.headers === 'keys';
  const klass = (c: DossierClass | undefined): string => (c === undefined ? '' : keys ? c : l.classes[c]);
  const e = f.electronic;
  const p = f.paper;
  const late = findingDaysLate(f);
  const row = [
    f.kind,
    neutraliseCell(f.code),
    neutraliseCell(f.unit),
    e ? fileOnSheet(e) : '',
    e?.line ?? '',
    p ? fileOnSheet(p) : '',
    p?.line ?? '',
    klass(e?.class),
    klass(p?.class),
    e?.received ?? '',
    p?.received ?? '',
    e?.due ?? '',
    p?.due ?? '',
    e ? (e.result ?? '') : '',
    p ? (p.result ?? '') : '',
    neutraliseCell(e?.status ?? ''),
    neutraliseCell(p?.status ?? ''),
    late.calendar,
    neutraliseCell(messageOf(f, lang)),
    late.working,
  ];
  return csvText([row], dialect);
}
