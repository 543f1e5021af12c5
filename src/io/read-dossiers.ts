/**
 * One input file → normalised dossier records, rejected rows and row accounting. Finds the header row
 * (title rows above it are skipped), maps the columns, and hands each data row to `normaliseRow`.
 * Every non-blank row after the header is either used or rejected with its line, column and reason.
 */
import { FIELD_ALIASES, REQUIRED_FIELDS, countKnownHeaders, mapColumns, type ColumnMap } from '../core/columns.js';
import { normaliseRow } from '../core/normalise.js';
import type { StatusMeaning } from '../core/status.js';
import type { DossierRecord, Field, Source } from '../core/types.js';
import { AuditError } from '../errors.js';
import { readCsvRows, type CsvDialect, type CsvReadOptions } from './read-csv.js';

/** How many rows above the header we look through for it (title rows of a printed report). */
export const HEADER_SEARCH_ROWS = 30;

export interface InputSpec {
  file: string;
  source: Source;
}

export interface ReadOptions extends CsvReadOptions {
  unit?: string;
  map?: Partial<Record<Field, string>>;
  customStatus?: ReadonlyMap<string, StatusMeaning>;
}

export interface Rejection {
  file: string;
  line: number;
  column: number | null;
  reason: string;
  /** The row as it was: only ever written back to the user's own `--rejects` file. */
  cells: string[];
}

export interface FileIngest {
  file: string;
  source: Source;
  dialect: CsvDialect;
  headerLine: number;
  header: string[];
  rowsRead: number;
  rowsRejected: number;
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
  const { file, source } = spec;
  let state: FileIngest | null = null;
  let columns: ColumnMap | null = null;
  let rowsSeen = 0;
  const dialect = await readCsvRows(file, opts, (cells, line) => {
    rowsSeen++;
    if (state === null || columns === null) {
      if (countKnownHeaders(cells) >= 2 && mapColumns(cells, opts.map).index.code !== undefined) {
        columns = checkColumns(cells, line, file, opts);
        state = startIngest(spec, cells, line, columns);
      } else if (rowsSeen >= HEADER_SEARCH_ROWS) {
        throw noHeader(file);
      }
      return;
    }
    takeRow(state, columns, cells, line, opts);
  });
  const done = state as FileIngest | null;
  if (done === null) throw rowsSeen === 0 ? new AuditError('E_EMPTY', 'the file has no rows', { place: { file }, hint: 'export the data again' }) : noHeader(file);
  if (done.rowsRead === 0) {
    throw new AuditError('E_NO_ROWS', 'the file has a header but no dossier rows', { place: { file, line: done.headerLine }, hint: 'check that the right file was exported' });
  }
  done.dialect = dialect;
  return done;
}

function startIngest(spec: InputSpec, header: string[], line: number, columns: ColumnMap): FileIngest {
  return {
    file: spec.file,
    source: spec.source,
    dialect: { encoding: 'utf-8', delimiter: ',' },
    headerLine: line,
    header,
    rowsRead: 0,
    rowsRejected: 0,
    records: [],
    rejections: [],
    hasApology: columns.index.apology !== undefined,
    hasReason: columns.index.reason !== undefined,
    hasNewDate: columns.index.newDate !== undefined,
    unknownStatus: new Map(),
    duplicateHeaders: columns.duplicates,
  };
}

function takeRow(state: FileIngest, columns: ColumnMap, cells: string[], line: number, opts: ReadOptions): void {
  if (cells.every((c) => c.trim() === '')) return; // a blank row carries nothing: not a data row
  state.rowsRead++;
  const width = state.header.length;
  const extra = cells.length > width && cells.slice(width).some((c) => c.trim() !== '');
  if (cells.length < width || extra) {
    const reason = `the row has ${cells.length} fields but the header has ${width} (a missing or extra delimiter, or an unquoted line break)`;
    return reject(state, { file: state.file, line, column: null, reason, cells });
  }
  const outcome = normaliseRow(cells, line, {
    source: state.source,
    file: state.file,
    columns,
    ...(opts.unit !== undefined ? { unitOverride: opts.unit } : {}),
    ...(opts.customStatus ? { customStatus: opts.customStatus } : {}),
  });
  if (!outcome.ok) return reject(state, { file: state.file, line, column: outcome.column, reason: outcome.reason, cells });
  state.records.push(outcome.record);
  if (outcome.unknownStatus !== null) state.unknownStatus.set(outcome.unknownStatus, (state.unknownStatus.get(outcome.unknownStatus) ?? 0) + 1);
}

function reject(state: FileIngest, r: Rejection): void {
  state.rowsRejected++;
  state.rejections.push(r);
}

/** The header must name the required fields, and a unit unless `--unit` gives one. */
function checkColumns(header: string[], line: number, file: string, opts: ReadOptions): ColumnMap {
  const columns = mapColumns(header, opts.map);
  const missing = REQUIRED_FIELDS.filter((f) => columns.index[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => `${f} (e.g. "${FIELD_ALIASES[f][0]}")`).join(', ');
    throw new AuditError('E_MISSING_COLUMN', `no column for ${names}`, { place: { file, line }, hint: 'rename the header or map it with --map field=Header' });
  }
  if (columns.index.unit === undefined && opts.unit === undefined) {
    throw new AuditError('E_NO_UNIT', 'no unit column (e.g. "Đơn vị" or "Cơ quan giải quyết")', { place: { file, line }, hint: 'add one, or name the unit with --unit "<name>"' });
  }
  return columns;
}

function noHeader(file: string): AuditError {
  return new AuditError('E_NO_HEADER', `no header row found in the first ${HEADER_SEARCH_ROWS} rows`, {
    place: { file },
    hint: 'the header needs at least "Mã hồ sơ", "Ngày tiếp nhận" and "Ngày hẹn trả" (or map yours with --map field=Header)',
  });
}
