/**
 * The checks of `tthc-audit validate`: what is wrong with a month's export before anyone audits it.
 * Pure: takes what the reader found in each file (rows used and rejected, columns, unreadable files)
 * and returns problems as data, grouped by kind with counts and first examples. No wording here
 * (render/labels.ts words them); a rejected row keeps the reader's reason as data (`Problem.reason`),
 * worded by messages/reasons.ts when the report is rendered.
 */
import { formatIsoDay, type Day } from './day.js';
import type { DossierRecord, Field, Source } from './types.js';
import type { RowReason } from './reasons.js';

/**
 * Why the reader rejected a row: its field count, or the cell at fault; or `layout`: a row of a paper
 * register's printed form (column numbers, total, signatures: core/layout-rows.ts), not a dossier.
 */
export const REJECT_KINDS = ['field-count', 'missing-code', 'bad-received', 'bad-due', 'other', 'layout'] as const;
export type RejectKind = (typeof REJECT_KINDS)[number];

export const PROBLEM_KINDS = [
  'unreadable-file',
  'no-result-column',
  'duplicate-column',
  'field-count',
  'missing-code',
  'bad-received',
  'bad-due',
  'rejected-row',
  'duplicate-code',
  'outside-period',
  'date-order',
  'unreadable-date',
  'unknown-status',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Problem {
  kind: ProblemKind;
  file: string;
  line: number | null;
  column: number | null;
  /** The sheet of a workbook (then `line` is its row number) and the header of `column`. */
  sheet?: string;
  columnName?: string;
  args: Record<string, string | number>;
  /** Why the reader rejected the row (the rejected-row kinds only). */
  reason?: RowReason;
}

export interface ProblemGroup {
  kind: ProblemKind;
  /** Rows (or files, columns, distinct labels) with this problem. */
  count: number;
  examples: Problem[];
}

/** What reading one file gave: either its rows, or the error that made it unreadable. */
export type FileCheck =
  | {
      file: string;
      source: Source;
      rowsRead: number;
      /** The sheet read, for a workbook. */
      sheet?: string | null;
      hiddenRows?: number;
      dateForms?: Partial<Record<string, ReadonlyMap<string, number>>>;
      encoding: string;
      delimiter: string;
      records: readonly DossierRecord[];
      rejections: readonly { kind: RejectKind; line: number; column: number | null; reason: RowReason }[];
      columns: Partial<Record<Field, number>>;
      header: readonly string[];
      headerLine: number;
      duplicateHeaders: readonly (readonly [string, Field])[];
      unknownStatus: ReadonlyMap<string, number>;
    }
  | { file: string; source: Source; error: { code: string; message: string; line: number | null } };

export interface Period {
  from: Day | null;
  to: Day | null;
}

/** Every problem in the files, in file order then line order within each kind's checks. */
export function checkInputs(files: readonly FileCheck[], period: Period): Problem[] {
  const problems: Problem[] = [];
  const add = (
    kind: ProblemKind,
    file: string,
    line: number | null,
    args: Problem['args'] = {},
    column: number | null = null,
  ): void => {
    problems.push({ kind, file, line, column, args });
  };
  const firstOfCode = new Map<string, DossierRecord>();
  for (const f of files) {
    if ('error' in f) {
      add('unreadable-file', f.file, f.error.line, { code: f.error.code, message: f.error.message });
      continue;
    }
    if (f.columns.completed === undefined && f.columns.returned === undefined)
      add('no-result-column', f.file, f.headerLine);
    for (const [header, field] of f.duplicateHeaders)
      add('duplicate-column', f.file, f.headerLine, { header, field, kept: f.header[f.columns[field]!] ?? '' });
    for (const r of f.rejections) {
      if (r.kind === 'layout') continue; // not a dossier, so not a problem: counted in the input's rowsLayout
      problems.push({
        kind: r.kind === 'other' ? 'rejected-row' : r.kind,
        file: f.file,
        line: r.line,
        column: r.column,
        ...(f.sheet ? { sheet: f.sheet, columnName: r.column === null ? '' : (f.header[r.column - 1] ?? '') } : {}),
        args: {},
        reason: r.reason,
      });
    }
    for (const r of f.records) checkRecord(r, period, firstOfCode, add);
    for (const [label, count] of f.unknownStatus) add('unknown-status', f.file, null, { label, count });
  }
  return problems;
}

type Add = (kind: ProblemKind, file: string, line: number | null, args?: Problem['args']) => void;

function checkRecord(r: DossierRecord, period: Period, firstOfCode: Map<string, DossierRecord>, add: Add): void {
  const key = `${r.source}\u0000${r.code}`;
  const first = firstOfCode.get(key);
  if (first === undefined) firstOfCode.set(key, r);
  else add('duplicate-code', r.file, r.line, { code: r.rawCode, firstFile: first.file, firstLine: first.line });
  if ((period.from !== null && r.received < period.from) || (period.to !== null && r.received > period.to)) {
    add('outside-period', r.file, r.line, { code: r.rawCode, received: formatIsoDay(r.received) });
  }
  const order: [string, Day | null][] = [
    ['due', r.due],
    ['completed', r.completed],
    ['returned', r.returned],
  ];
  for (const [field, day] of order) {
    if (day !== null && day < r.received)
      add('date-order', r.file, r.line, {
        code: r.rawCode,
        field,
        date: formatIsoDay(day),
        received: formatIsoDay(r.received),
      });
  }
  for (const [field, text] of Object.entries(r.badDates))
    add('unreadable-date', r.file, r.line, { code: r.rawCode, field, text: text ?? '' });
}

export const VALIDATION_SCHEMA_VERSION = 1;

export interface ValidationInput {
  file: string;
  source: Source;
  readable: boolean;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Of the rejected rows, those that are a paper register's layout rows (not dossiers, not problems). */
  rowsLayout: number;
  encoding: string | null;
  delimiter: string | null;
  /** The sheet read, for a workbook (absent for CSV). */
  sheet?: string;
  headerLine: number | null;
  /** How the file was understood (readable files only). */
  reading?: Reading;
}

/** How a file was read: each header and the field it feeds (null: ignored), date forms, first dossiers. */
export interface Reading {
  columns: { header: string; field: Field | null }[];
  /** Rows hidden in Excel (workbooks), read like the others. */
  hiddenRows: number;
  /** Per date field, its written forms (most frequent first) with counts, in the first rows. */
  dateForms: { field: string; forms: { form: string; count: number }[] }[];
  firstDossiers: {
    line: number;
    code: string;
    unit: string;
    received: string;
    due: string;
    result: string | null;
    status: string;
  }[];
}

/** How many dossiers `validate` shows as it understood them. */
export const FIRST_DOSSIERS = 3;

function readingOf(f: Extract<FileCheck, { records: unknown }>): Reading {
  const fieldAt = new Map(Object.entries(f.columns).map(([field, i]) => [i, field as Field]));
  const forms = Object.entries(f.dateForms ?? {}).map(([field, tally]) => ({
    field,
    forms: [...(tally ?? new Map<string, number>()).entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([form, count]) => ({ form, count })),
  }));
  const result = (r: DossierRecord): Day | null => r.completed ?? r.returned;
  return {
    columns: f.header.map((header, i) => ({ header, field: fieldAt.get(i) ?? null })),
    hiddenRows: f.hiddenRows ?? 0,
    dateForms: forms,
    firstDossiers: f.records.slice(0, FIRST_DOSSIERS).map((r) => ({
      line: r.line,
      code: r.rawCode,
      unit: r.unit,
      received: formatIsoDay(r.received),
      due: formatIsoDay(r.due),
      result: result(r) === null ? null : formatIsoDay(result(r)!),
      status: r.statusLabel,
    })),
  };
}

/** The one model every `validate` format is rendered from. */
export interface ValidationReport {
  schemaVersion: number;
  command: 'validate';
  period: { from: string | null; to: string | null };
  inputs: ValidationInput[];
  /** How many problems in all (rows, files, columns, distinct labels). */
  problemCount: number;
  problems: ProblemGroup[];
}

export function buildValidationReport(files: readonly FileCheck[], period: Period, examples = 5): ValidationReport {
  const problems = checkInputs(files, period);
  return {
    schemaVersion: VALIDATION_SCHEMA_VERSION,
    command: 'validate',
    period: {
      from: period.from === null ? null : formatIsoDay(period.from),
      to: period.to === null ? null : formatIsoDay(period.to),
    },
    inputs: files.map(inputOf),
    problemCount: problems.length,
    problems: groupProblems(problems, examples),
  };
}

function inputOf(f: FileCheck): ValidationInput {
  if ('error' in f)
    return {
      file: f.file,
      source: f.source,
      readable: false,
      rowsRead: 0,
      rowsUsed: 0,
      rowsRejected: 0,
      rowsLayout: 0,
      encoding: null,
      delimiter: null,
      headerLine: null,
    };
  return {
    file: f.file,
    source: f.source,
    readable: true,
    rowsRead: f.rowsRead,
    rowsUsed: f.records.length,
    rowsRejected: f.rejections.length,
    rowsLayout: f.rejections.filter((r) => r.kind === 'layout').length,
    encoding: f.encoding,
    delimiter: f.delimiter,
    ...(f.sheet ? { sheet: f.sheet } : {}),
    headerLine: f.headerLine,
    reading: readingOf(f),
  };
}

/** Problems grouped by kind, in PROBLEM_KINDS order, each with its count and first `examples`. */
export function groupProblems(problems: readonly Problem[], examples = 5): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  for (const kind of PROBLEM_KINDS) {
    const of = problems.filter((p) => p.kind === kind);
    if (of.length > 0) groups.push({ kind, count: of.length, examples: of.slice(0, examples) });
  }
  return groups;
}
