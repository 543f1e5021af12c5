/**
 * One input file → its dossier records, rejected rows and row accounting, in one pass over the file:
 * it is opened once, its dialect sniffed from the first bytes (dialect.ts), its rows streamed
 * (csv-rows.ts), the header found among them (find-header.ts), and each data row handed to
 * `normaliseRow` (core) through `Cells`. Every non-blank row after the header is either used or
 * rejected with its line, column and reason; a date column that mostly fails to parse stops the file
 * with one error instead (core/column-health.ts). A rejected row that is a paper register's layout
 * (column numbers, total, signatures: core/layout-rows.ts) is rejected with kind `layout` and counted
 * in `rowsLayout`; it is not tallied for the column rule.
 */
import type { Cells } from '../core/cells.js';
import {
  DATE_FIELDS,
  findUnreadableColumn,
  isMonthFirst,
  tallyValue,
  type ColumnTallies,
  type DateField,
} from '../core/column-health.js';
import type { ColumnMap, ColumnOverrides } from '../core/columns.js';
import { dateForm } from '../core/dates.js';
import { foldText, isFoldedCode } from '../core/fold.js';
import { layoutReason, recogniseLayoutRow } from '../core/layout-rows.js';
import { makeRowContext, normaliseRow, type RowContext } from '../core/normalise.js';
import { rowReason, type RowReason } from '../core/reasons.js';
import type { StatusMeaning } from '../core/status.js';
import type { DossierRecord, Field, FoldedCodes, Source } from '../core/types.js';
import type { Fingerprint } from '../core/provenance.js';
import type { RejectKind } from '../core/validation.js';
import { AuditError, type ErrorPlace } from '../errors.js';
import { say } from '../messages/errors.js';
import { type BadBytes, MAX_ROW_BYTES, notUtf8At, type RowHandler, readRows } from './csv-rows.js';
import { type CsvDialect, type CsvReadOptions, dialectLabel, sniffDialect } from './dialect.js';
import { makeHeaderFinder, type Header } from './find-header.js';
import { type Input, openInput } from './open-input.js';
import { checkEncodingName, detectEncoding } from './decode.js';
import { sniffFormat } from './sniff-format.js';
import type { SheetInfo, Workbook } from './xlsx-workbook.js';

export { HEADER_SEARCH_ROWS } from './find-header.js';
export type { RejectKind } from '../core/validation.js';

export interface InputSpec {
  file: string;
  source: Source;
  /** The sheet of a workbook to read, by name or 1-based number (`--sheet`); default: the first with a header. */
  sheet?: string;
}

export interface ReadOptions extends CsvReadOptions {
  unit?: string;
  map?: ColumnOverrides;
  customStatus?: ReadonlyMap<string, StatusMeaning>;
  /** Read each record's time of receipt (for a receipt cut-off, `--cutoff`). */
  receiptTime?: boolean;
  /** Tally how the first rows' dates are written (`dateForms`): only `validate` shows them. */
  dateForms?: boolean;
}

/** How many rows had bytes that are not UTF-8 in cells nobody reads, and the first such cell. */
export interface InvalidBytes {
  count: number;
  first: { line: number; column: number; offset: number | null } | null;
}

/** Examples kept of the codes folded in a file (the count is of them all). */
const FOLDED_EXAMPLES = 3;

/** Where each usable record goes: into `records` when not given (a compact store otherwise, engine/store.ts). */
export type RecordSink = (record: DossierRecord) => void;

export interface Rejection {
  kind: RejectKind;
  file: string;
  line: number;
  column: number | null;
  /** The sheet of a workbook (then `line` is its row number). */
  sheet?: string;
  /** Why, as data: worded in the run's language where it is shown (messages/reasons.ts). */
  reason: RowReason;
  /** The row as it was: only ever written back to the user's own `--rejects` file. */
  cells: string[];
  /** Set when the row was too long to keep whole: `cells` holds its first fields only. */
  truncated?: { fields: number; chars: number };
}

/**
 * Characters of a rejected row kept for `--rejects`: the rest is dropped (the rejects file says so), so
 * that memory does not grow with the width of rejected rows (a row of 500,000 fields would otherwise
 * be kept as 500,000 strings).
 */
export const REJECTED_ROW_KEPT_CHARS = 1 << 14;

function keptCells<R extends { cells: string[] }>(r: R): R & { truncated?: { fields: number; chars: number } } {
  let chars = 0;
  let kept = 0;
  for (const cell of r.cells) {
    // A string costs a few words besides its characters: counted, so that many tiny cells are cut too.
    if (chars + cell.length + 16 > REJECTED_ROW_KEPT_CHARS) break;
    chars += cell.length + 16;
    kept++;
  }
  if (kept === r.cells.length) return r;
  const total = r.cells.reduce((n, c) => n + c.length, 0);
  // Copies of the kept cells: slices of one long decoded row would keep the whole row alive.
  const cells = r.cells.slice(0, kept).map((c) => Buffer.from(c, 'utf8').toString('utf8'));
  return { ...r, cells, truncated: { fields: r.cells.length, chars: total } };
}

export interface FileIngest {
  file: string;
  source: Source;
  dialect: CsvDialect;
  /** The sheet read, for a workbook (`dialect.encoding` is then "xlsx"); null for CSV. */
  sheet: string | null;
  /** Rows of the sheet hidden in Excel (read like the others); 0 for CSV. */
  hiddenRows: number;
  headerLine: number;
  /** 1, or 2 when the header was spread over two rows. */
  headerRows: number;
  header: string[];
  columns: ColumnMap;
  rowsRead: number;
  rowsRejected: number;
  /**
   * Of the rejected rows, how many are layout rows of a paper register (column numbers, total,
   * signatures: core/layout-rows.ts): rejected with kind `layout`, not counted against --max-errors.
   */
  rowsLayout: number;
  /** The records, when no sink was given. */
  records: DossierRecord[];
  rejections: Rejection[];
  hasApology: boolean;
  hasReason: boolean;
  hasNewDate: boolean;
  unknownStatus: Map<string, number>;
  /** Rows with bytes that are not UTF-8 in cells the audit does not read (read as U+FFFD). */
  invalidBytes: InvalidBytes;
  /** Codes whose key owes something to folding (invisible characters, full-width forms, dashes). */
  foldedCodes: FoldedCodes;
  duplicateHeaders: [string, Field][];
  /** The file's size and SHA-256, hashed as it was read (io/open-input.ts). */
  fingerprint: Fingerprint;
  /**
   * How the date cells of the first `FORM_ROWS` rows are written, per mapped date field: form → count.
   * Empty unless the read asked for them (`ReadOptions.dateForms`).
   */
  dateForms: Partial<Record<DateField, Map<string, number>>>;
}

/** Rows whose date forms are tallied for `validate` (enough to see a file's habits, cheap on any file). */
const FORM_ROWS = 1000;

/**
 * Read and normalise one file; each record goes to `sink` (or into `records`). `onOpen` sees the
 * opened input (its size and first bytes) before any row is read. Throws `AuditError` when the file as
 * a whole cannot be used.
 */
export async function readDossierFile(
  spec: InputSpec,
  opts: ReadOptions,
  sink?: RecordSink,
  onOpen?: (input: Input) => void,
): Promise<FileIngest> {
  const input = await openInput(spec.file);
  try {
    onOpen?.(input);
    const done = await readByFormat(input, spec, opts, sink);
    done.fingerprint = await input.fingerprint();
    return done;
  } finally {
    await input.close();
  }
}

/** The rows of an opened input, read by what its bytes are: a workbook, a web page's table, or CSV. */
async function readByFormat(input: Input, spec: InputSpec, opts: ReadOptions, sink?: RecordSink): Promise<FileIngest> {
  const format = sniffFormat(input.head, spec.file);
  if (format === 'xlsx') return await readWorkbookFile(input, spec, opts, sink);
  if (format === 'html') {
    if (opts.encoding !== undefined) checkEncodingName(opts.encoding);
    const rows = rowReader(spec, opts, sink, true);
    // sax (html-rows.ts) is loaded only for a web page's table: a CSV run never needs it.
    const { readHtmlRows } = await import('./html-rows.js');
    await readHtmlRows(input, detectEncoding(input.head, opts.encoding), rows.onRow);
    const done = rows.finish();
    done.dialect = { encoding: 'html', delimiter: '' };
    return done;
  }
  const sniffed = sniffDialect(input.head, spec.file, opts);
  const rows = rowReader(spec, opts, sink, false);
  await readRows(input, sniffed, opts, rows.onRow, undefined, rows.onLongRow);
  const done = rows.finish();
  done.dialect = dialectLabel(sniffed);
  return done;
}

/** A file's rows → the header, then the ingest; `shortRowsBlank`: a row with fewer cells than the header is padded. */
function rowReader(
  spec: InputSpec,
  opts: ReadOptions,
  sink: RecordSink | undefined,
  shortRowsBlank: boolean,
): {
  onRow: RowHandler;
  onLongRow: (line: number, bytes: number) => void;
  started(): boolean;
  finish(): FileIngest;
} {
  const finder = makeHeaderFinder(spec.file, {
    ...(opts.map ? { map: opts.map } : {}),
    unitGiven: opts.unit !== undefined,
  });
  let ingest: Ingest | null = null;
  const invalid: InvalidBytes = { count: 0, first: null };
  /** Bytes that are not UTF-8 in a cell nobody reads: a warning; in a cell that is read: the file stops. */
  const badBytes = (line: number, bad: readonly BadBytes[], read: (column: number) => boolean): void => {
    const fatal = bad.find((b) => read(b.column));
    if (fatal !== undefined) throw notUtf8At(spec.file, line, fatal);
    invalid.count++;
    invalid.first ??= { line, ...bad[0]! };
  };
  return {
    onRow(cells, line, bad) {
      if (ingest === null) {
        if (cells.blank()) return;
        const step = finder.offer(cells.all(), line);
        if (bad !== undefined) badBytes(line, bad, () => step !== null); // the header row is read whole
        if (step === null) return;
        ingest = startIngest(spec, step.header, opts, sink, shortRowsBlank);
        if (!step.rowIsData) return;
      }
      if (bad !== undefined) {
        const used = new Set(Object.values(ingest.columns.index).map((i) => i + 1));
        badBytes(line, bad, (column) => used.has(column));
      }
      ingest.take(cells, line);
    },
    started: () => ingest !== null,
    onLongRow(line, bytes) {
      // Before the header, a row that long cannot be told from a broken file: the file stops.
      if (ingest === null) throw rowTooLongError(spec.file, line, opts);
      ingest.takeLong(line, bytes, opts.maxRowBytes ?? MAX_ROW_BYTES);
    },
    finish() {
      const done = (ingest ?? startIngest(spec, finder.finish(), opts, sink, shortRowsBlank)).finish();
      done.invalidBytes = invalid;
      if (done.rowsRead === 0) {
        throw new AuditError('E_NO_ROWS', say('headerOnly', {}), { place: { file: spec.file, line: done.headerLine } });
      }
      return done;
    },
  };
}

/** Errors that say a sheet holds no usable header: the next sheet is tried when none was named. */
const HEADER_ERRORS = new Set(['E_NO_HEADER', 'E_MISSING_COLUMN', 'E_NO_UNIT', 'E_EMPTY']);

/**
 * A workbook: the sheet named by `--sheet`, else the first visible sheet (then hidden ones) whose rows
 * hold a header. Its rows go through the same header finder and ingest as a CSV file's.
 */
async function readWorkbookFile(
  input: Input,
  spec: InputSpec,
  opts: ReadOptions,
  sink: RecordSink | undefined,
): Promise<FileIngest> {
  // The workbook reader (and sax) is loaded only for a workbook: a CSV run never needs it.
  const [{ openWorkbook }, { readSheetRows }] = await Promise.all([
    import('./xlsx-workbook.js'),
    import('./xlsx-rows.js'),
  ]);
  const book = await openWorkbook(input);
  try {
    const candidates =
      spec.sheet === undefined
        ? [...book.sheets].sort((a, b) => Number(a.hidden) - Number(b.hidden))
        : [pickSheet(book, spec.sheet)];
    for (const sheet of candidates) {
      const rows = rowReader(spec, opts, sink, true);
      try {
        const facts = await readSheetRows(book, sheet, rows.onRow);
        const done = rows.finish();
        done.dialect = { encoding: 'xlsx', delimiter: '' };
        done.sheet = sheet.name;
        done.hiddenRows = facts.hiddenRows;
        for (const r of done.rejections) r.sheet = sheet.name;
        return done;
      } catch (err) {
        const tryNext =
          spec.sheet === undefined && !rows.started() && err instanceof AuditError && HEADER_ERRORS.has(err.code);
        if (tryNext && sheet !== candidates[candidates.length - 1]) continue;
        if (tryNext && candidates.length > 1) {
          throw new AuditError('E_NO_HEADER', say('noSheetWithHeader', { sheets: book.sheets.map((s) => s.name) }), {
            place: { file: spec.file },
          });
        }
        throw err instanceof AuditError && err.place.file === spec.file
          ? new AuditError(err.code, err.said, { place: { ...err.place, sheet: sheet.name } })
          : err;
      }
    }
    throw new AuditError('E_WORKBOOK', say('workbookProblem', { kind: 'noSheets', detail: '' }), {
      place: { file: spec.file },
    });
  } finally {
    await book.close();
  }
}

/** The sheet `--sheet` names: by name (ignoring case and spaces around it), else by number. */
function pickSheet(book: Workbook, wanted: string): SheetInfo {
  const name = wanted.trim().toLowerCase();
  const byName = book.sheets.find((s) => s.name.trim().toLowerCase() === name);
  if (byName !== undefined) return byName;
  const n = /^\d+$/.test(name) ? Number(name) : 0;
  const byNumber = book.sheets[n - 1];
  if (byNumber !== undefined) return byNumber;
  throw new AuditError('E_NO_SHEET', say('sheetNotFound', { sheet: wanted, sheets: book.sheets.map((s) => s.name) }), {
    place: { file: book.file },
  });
}

/** Where a rejected row is, as an error's place: `file:line:column`, or a workbook's sheet, row and column. */
export function rejectionPlace(r: Rejection, ingests: readonly FileIngest[]): ErrorPlace {
  const column = r.column === null ? {} : { column: r.column };
  if (r.sheet === undefined) return { file: r.file, line: r.line, ...column };
  const header = ingests.find((f) => f.file === r.file && f.sheet === r.sheet)?.header ?? [];
  const columnName = r.column === null ? '' : (header[r.column - 1] ?? '');
  return { file: r.file, line: r.line, ...column, sheet: r.sheet, columnName };
}

interface Ingest {
  columns: ColumnMap;
  take(cells: Cells, line: number): void;
  /** A row over the limit, streamed past by the reader: rejected with its line and length. */
  takeLong(line: number, bytes: number, max: number): void;
  /** The file's result, once every row was taken; throws for a date column that mostly fails. */
  finish(): FileIngest;
}

function startIngest(
  spec: InputSpec,
  header: Header,
  opts: ReadOptions,
  sink: RecordSink | undefined,
  shortRowsBlank: boolean,
): Ingest {
  const { columns } = header;
  const result: FileIngest = {
    file: spec.file,
    source: spec.source,
    dialect: { encoding: 'utf-8', delimiter: ',' },
    sheet: null,
    hiddenRows: 0,
    headerLine: header.line,
    headerRows: header.rows,
    header: header.names,
    columns,
    rowsRead: 0,
    rowsRejected: 0,
    rowsLayout: 0,
    records: [],
    rejections: [],
    hasApology: columns.index.apology !== undefined,
    hasReason: columns.index.reason !== undefined,
    hasNewDate: columns.index.newDate !== undefined,
    unknownStatus: new Map(),
    invalidBytes: { count: 0, first: null },
    foldedCodes: { count: 0, examples: [] },
    duplicateHeaders: columns.duplicates,
    fingerprint: { size: 0, sha256: '' },
    dateForms: {},
  };
  const ctx = makeRowContext({
    source: spec.source,
    file: spec.file,
    columns,
    ...(opts.unit !== undefined ? { unitOverride: opts.unit } : {}),
    ...(opts.customStatus ? { customStatus: opts.customStatus } : {}),
    receiptTime: opts.receiptTime === true,
  });
  const keep: RecordSink = sink ?? ((r) => result.records.push(r));
  const tallies: ColumnTallies = {};
  const dateFields = DATE_FIELDS.filter((f) => columns.index[f] !== undefined);
  const formRows = opts.dateForms === true ? FORM_ROWS : 0;
  const unknownSpelling = new Map<string, string>(); // folded label → the first spelling seen
  const width = header.names.length;
  const reject = (r: Omit<Rejection, 'file'>): void => {
    result.rowsRejected++;
    result.rejections.push({ ...keptCells(r), file: spec.file });
  };
  let firstAfterHeader = true;
  /** A rejected row that is a layout row of a paper register: rejected as `layout`, and true. */
  const rejectLayout = (cells: string[], line: number, first: boolean): boolean => {
    const layout = recogniseLayoutRow(cells, { firstAfterHeader: first, columns: columns.index });
    if (layout === null) return false;
    result.rowsLayout++;
    reject({ kind: 'layout', line, column: null, reason: layoutReason(layout), cells });
    return true;
  };
  const take = (cells: Cells, line: number): void => {
    if (cells.blank()) return; // a blank row carries nothing: not a data row
    result.rowsRead++;
    // The date forms of a dossier row, used or rejected (a layout row is no evidence of them).
    const forms = (): void => {
      if (result.rowsRead <= formRows) tallyForms(result.dateForms, dateFields, columns, cells);
    };
    const first = firstAfterHeader;
    firstAfterHeader = false;
    // A sheet leaves out a row's empty cells at its end: only a CSV row can be short.
    if ((cells.count < width && !shortRowsBlank) || (cells.count > width && hasExtraCells(cells, width))) {
      const all = cells.all();
      if (rejectLayout(all, line, first)) return;
      forms();
      const reason = rowReason('fieldCount', { fields: cells.count, expected: width });
      reject({ kind: 'field-count', line, column: null, reason, cells: all });
      return;
    }
    const outcome = normaliseRow(cells, line, ctx);
    if (!outcome.ok) {
      const all = cells.all();
      // A layout row is set aside before its cells are tallied: it is no evidence about the date columns.
      if (rejectLayout(all, line, first)) return;
      forms();
      tallyRejected(tallies, columns, cells, line, outcome.column);
      reject({
        kind: rejectKind(columns, outcome.column),
        line,
        column: outcome.column,
        reason: outcome.reason,
        cells: all,
      });
      return;
    }
    forms();
    tallyRecord(tallies, dateFields, outcome.record, line);
    if (isFoldedCode(outcome.record.rawCode, outcome.record.code)) {
      const folded = result.foldedCodes;
      if (folded.count++ < FOLDED_EXAMPLES)
        folded.examples.push({ code: outcome.record.rawCode, key: outcome.record.code, line });
    }
    keep(outcome.record);
    if (outcome.unknownStatus !== null) {
      const key = foldText(outcome.unknownStatus);
      const label = unknownSpelling.get(key) ?? outcome.unknownStatus;
      unknownSpelling.set(key, label);
      result.unknownStatus.set(label, (result.unknownStatus.get(label) ?? 0) + 1);
    }
  };
  const finish = (): FileIngest => {
    const unreadable = findUnreadableColumn(tallies);
    if (unreadable !== null) throw unreadableColumn(spec.file, header, unreadable.field, unreadable.tally);
    return result;
  };
  const takeLong = (line: number, bytes: number, max: number): void => {
    result.rowsRead++;
    firstAfterHeader = false;
    reject({ kind: 'other', line, column: null, reason: rowReason('rowTooLong', { bytes, max }), cells: [] });
  };
  return { columns, take, takeLong, finish };
}

function tallyForms(
  forms: FileIngest['dateForms'],
  fields: readonly DateField[],
  columns: ColumnMap,
  cells: Cells,
): void {
  for (const field of fields) {
    const text = cells.text(columns.index[field]!);
    if (text === '') continue;
    const tally = forms[field] ?? new Map<string, number>();
    forms[field] = tally;
    const form = dateForm(text);
    tally.set(form, (tally.get(form) ?? 0) + 1);
  }
}

/** Whether the row has a non-empty cell past the header's width. */
function hasExtraCells(cells: Cells, width: number): boolean {
  for (let i = width; i < cells.count; i++) if (cells.text(i) !== '') return true;
  return false;
}

/** Tally the date cells of a used row: each mapped date field's value, readable or not (its text when not). */
function tallyRecord(tallies: ColumnTallies, dateFields: readonly DateField[], r: DossierRecord, line: number): void {
  for (const field of dateFields) {
    if (field === 'received' || field === 'due') {
      tallyValue(tallies, field, true, '', line);
      continue;
    }
    const bad = r.badDates[field];
    if (bad !== undefined) tallyValue(tallies, field, false, bad, line);
    else if (r[field] !== null) tallyValue(tallies, field, true, '', line);
  }
}

/**
 * Tally what a rejected row tells about its date cells: rejected at its receipt date, that cell is
 * unreadable; at its due date, the receipt date was readable and the due date is not; rejected for its
 * code, nothing is known about its dates.
 */
function tallyRejected(
  tallies: ColumnTallies,
  columns: ColumnMap,
  cells: Cells,
  line: number,
  column: number | null,
): void {
  const received = columns.index.received;
  const due = columns.index.due;
  if (received === undefined || due === undefined) return;
  if (column === received + 1) {
    const text = cells.text(received);
    if (text !== '') tallyValue(tallies, 'received', false, text, line);
  } else if (column === due + 1) {
    if (cells.text(received) !== '') tallyValue(tallies, 'received', true, '', line);
    const text = cells.text(due);
    if (text !== '') tallyValue(tallies, 'due', false, text, line);
  }
}

function rejectKind(columns: ColumnMap, column: number | null): RejectKind {
  if (column === null) return 'field-count';
  if (column === (columns.index.code ?? -2) + 1) return 'missing-code';
  if (column === (columns.index.received ?? -2) + 1) return 'bad-received';
  if (column === (columns.index.due ?? -2) + 1) return 'bad-due';
  return 'other';
}

function unreadableColumn(
  file: string,
  header: Header,
  field: Field,
  tally: { values: number; bad: number; examples: { text: string; line: number }[] },
): AuditError {
  const col = header.columns.index[field]!;
  const monthFirst = tally.examples.filter((e) => isMonthFirst(e.text)).length * 2 > tally.examples.length;
  return new AuditError(
    'E_UNREADABLE_COLUMN',
    say('unreadableDateColumn', {
      header: header.names[col] ?? '',
      column: col + 1,
      field,
      bad: tally.bad,
      values: tally.values,
      examples: tally.examples,
      monthFirst,
    }),
    { place: { file, line: header.line } },
  );
}

export type { RowContext };

function rowTooLongError(file: string, line: number, opts: ReadOptions): AuditError {
  return new AuditError(
    'E_ROW_TOO_LONG',
    say('rowTooLong', { max: opts.maxRowBytes ?? MAX_ROW_BYTES, bytes: true, cells: false }),
    {
      place: { file, line },
    },
  );
}
