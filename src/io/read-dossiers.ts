/**
 * One input file → normalised dossier records, rejected rows and row accounting. Finds the header
 * (find-header.ts), maps the columns, and hands each data row to `normaliseRow`. Every non-blank row
 * after the header is either used or rejected with its line, column and reason; a date column that
 * mostly fails to parse stops the file with one error instead (core/column-health.ts). A rejected row
 * that is a paper register's layout (column numbers, total, signatures: core/layout-rows.ts) is
 * rejected with kind `layout` and counted in `rowsLayout`; it is not tallied for the column rule.
 */
import {
  DATE_FIELDS,
  findUnreadableColumn,
  isMonthFirst,
  tallyValue,
  type ColumnTallies,
} from '../core/column-health.js';
import type { ColumnMap, ColumnOverrides } from '../core/columns.js';
import { foldText } from '../core/fold.js';
import { layoutReason, recogniseLayoutRow } from '../core/layout-rows.js';
import { normaliseRow } from '../core/normalise.js';
import type { StatusMeaning } from '../core/status.js';
import type { DossierRecord, Field, Source } from '../core/types.js';
import type { RejectKind } from '../core/validation.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { rowReason, type RowReason } from '../messages/reasons.js';
import { makeHeaderFinder, type Header } from './find-header.js';
import { readCsvRows, type CsvDialect, type CsvReadOptions } from './read-csv.js';

export { HEADER_SEARCH_ROWS } from './find-header.js';

export interface InputSpec {
  file: string;
  source: Source;
}

export interface ReadOptions extends CsvReadOptions {
  unit?: string;
  map?: ColumnOverrides;
  customStatus?: ReadonlyMap<string, StatusMeaning>;
  /** Where each usable record goes instead of `records` (a compact store, see core/compact-records.ts). */
  onRecord?: (record: DossierRecord) => void;
}

export type { RejectKind } from '../core/validation.js';

export interface Rejection {
  kind: RejectKind;
  file: string;
  line: number;
  column: number | null;
  /** Why, as data: worded in the run's language where it is shown (messages/reasons.ts). */
  reason: RowReason;
  /** The row as it was: only ever written back to the user's own `--rejects` file. */
  cells: string[];
}

export interface FileIngest {
  file: string;
  source: Source;
  dialect: CsvDialect;
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
  records: DossierRecord[];
  rejections: Rejection[];
  hasApology: boolean;
  hasReason: boolean;
  hasNewDate: boolean;
  unknownStatus: Map<string, number>;
  duplicateHeaders: [string, Field][];
}

/** Read and normalise one file. Throws `AuditError` when the file as a whole cannot be used. */
export async function readDossierFile(spec: InputSpec, opts: ReadOptions): Promise<FileIngest> {
  const finder = makeHeaderFinder(spec.file, {
    ...(opts.map ? { map: opts.map } : {}),
    unitGiven: opts.unit !== undefined,
  });
  let ingest: Ingest | null = null;
  const dialect = await readCsvRows(spec.file, opts, (cells, line) => {
    if (ingest === null) {
      const step = finder.offer(cells, line);
      if (step === null) return;
      ingest = startIngest(spec, step.header, opts);
      if (!step.rowIsData) return;
    }
    ingest.take(cells, line);
  });
  const done = ((ingest as Ingest | null) ?? startIngest(spec, finder.finish(), opts)).finish();
  done.dialect = dialect;
  if (done.rowsRead === 0) {
    throw new AuditError('E_NO_ROWS', say('headerOnly', {}), { place: { file: spec.file, line: done.headerLine } });
  }
  return done;
}

/** A file's result before its rows are counted in: what the header tells, with empty accounting. */
export function newFileIngest(
  spec: InputSpec,
  header: Header,
  dialect: FileIngest['dialect'],
  rowsRead: number,
  unknownStatus: Map<string, number>,
): FileIngest {
  const { columns } = header;
  return {
    file: spec.file,
    source: spec.source,
    dialect,
    headerLine: header.line,
    headerRows: header.rows,
    header: header.names,
    columns,
    rowsRead,
    rowsRejected: 0,
    rowsLayout: 0,
    records: [],
    rejections: [],
    hasApology: columns.index.apology !== undefined,
    hasReason: columns.index.reason !== undefined,
    hasNewDate: columns.index.newDate !== undefined,
    unknownStatus,
    duplicateHeaders: columns.duplicates,
  };
}

interface Ingest {
  take(cells: string[], line: number): void;
  /** The file's result, once every row was taken; throws for a date column that mostly fails. */
  finish(): FileIngest;
}

function startIngest(spec: InputSpec, header: Header, opts: ReadOptions): Ingest {
  const { columns } = header;
  const result = newFileIngest(spec, header, { encoding: 'utf-8', delimiter: ',' }, 0, new Map());
  const tallies: ColumnTallies = {};
  const unknownSpelling = new Map<string, string>(); // folded label → the first spelling seen
  const reject = (r: Omit<Rejection, 'file'>): void => {
    result.rowsRejected++;
    result.rejections.push({ ...r, file: spec.file });
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
  const take = (cells: string[], line: number): void => {
    if (cells.every((c) => c.trim() === '')) return; // a blank row carries nothing: not a data row
    result.rowsRead++;
    const first = firstAfterHeader;
    firstAfterHeader = false;
    const width = header.names.length;
    const extra = cells.length > width && cells.slice(width).some((c) => c.trim() !== '');
    if (cells.length < width || extra) {
      if (rejectLayout(cells, line, first)) return;
      const reason = rowReason('fieldCount', { fields: cells.length, expected: width });
      reject({ kind: 'field-count', line, column: null, reason, cells });
      return;
    }
    const outcome = normaliseRow(cells, line, {
      source: spec.source,
      file: spec.file,
      columns,
      ...(opts.unit !== undefined ? { unitOverride: opts.unit } : {}),
      ...(opts.customStatus ? { customStatus: opts.customStatus } : {}),
    });
    // A layout row is set aside before its cells are tallied: it is no evidence about the date columns.
    if (!outcome.ok && rejectLayout(cells, line, first)) return;
    tallyDates(tallies, columns, cells, line, outcome.ok ? outcome.record : outcome.column);
    if (!outcome.ok) {
      reject({
        kind: rejectKind(columns, outcome.column),
        line,
        column: outcome.column,
        reason: outcome.reason,
        cells,
      });
      return;
    }
    if (opts.onRecord) opts.onRecord(outcome.record);
    else result.records.push(outcome.record);
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
  return { take, finish };
}

/** Tally the date cells of a row: readable or not, by the record, or by the column a rejection names. */
function tallyDates(
  tallies: ColumnTallies,
  columns: ColumnMap,
  cells: readonly string[],
  line: number,
  outcome: DossierRecord | number | null,
): void {
  for (const field of DATE_FIELDS) {
    const i = columns.index[field];
    const text = i === undefined ? '' : (cells[i] ?? '').trim();
    if (i === undefined || text === '') continue;
    if (typeof outcome === 'object' && outcome !== null) {
      tallyValue(
        tallies,
        field,
        field === 'received' || field === 'due' || outcome.badDates[field] === undefined,
        text,
        line,
      );
    } else if (outcome === (columns.index.received ?? -2) + 1) {
      if (field === 'received') tallyValue(tallies, field, false, text, line);
      return; // the row stopped at its receipt date: the rest is unknown
    } else if (outcome === (columns.index.due ?? -2) + 1) {
      if (field === 'received' || field === 'due') tallyValue(tallies, field, field === 'received', text, line);
      if (field === 'due') return;
    } else {
      return; // rejected for its code or field count: nothing known about its dates
    }
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
