/**
 * Finding the header among the first rows of a file. Title rows above it ("ỦY BAN NHÂN DÂN …",
 * "BÁO CÁO …", "Từ ngày … đến ngày …") are skipped. A header spread over two rows, as a spreadsheet's
 * merged cells come out when flattened to CSV, is combined into one:
 *
 *     STT, Mã hồ sơ, Ngày,      ,        , Trạng thái
 *        ,         , Tiếp nhận, Hẹn trả, ,
 *
 * gives "Ngày Tiếp nhận" and "Ngày Hẹn trả" (a merged cell's text carries to the empty cells on its
 * right). Two rows are combined when the first alone lacks a required column and the pair has them
 * all, or when the first is complete and the next row is no data row (its code cell is empty) but
 * names more fields. The decision needs one row of lookahead, so `offer` can hand a row back as data.
 */
import {
  FIELD_ALIASES,
  REQUIRED_FIELDS,
  findLookalike,
  mapColumns,
  type ColumnMap,
  type ColumnOverrides,
} from '../core/columns.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';

/** How many rows from the top of a file are searched for the header (title rows of a printed report). */
export const HEADER_SEARCH_ROWS = 30;

export interface Header {
  /** Line of the (first) header row. */
  line: number;
  /** 1, or 2 for a two-row header. */
  rows: number;
  names: string[];
  columns: ColumnMap;
}

export interface HeaderOptions {
  map?: ColumnOverrides;
  /** A unit is given for every row (`--unit-name`), so the file needs no unit column. */
  unitGiven: boolean;
}

/** What `offer` decided: keep looking, or the header, and whether the row offered is a data row. */
export type HeaderStep = null | { header: Header; rowIsData: boolean };

interface Row {
  cells: string[];
  line: number;
  columns: ColumnMap;
}

export interface HeaderFinder {
  offer(cells: string[], line: number): HeaderStep;
  /** At the end of the file: the header if one was found (with no rows after it); else throws. */
  finish(): Header;
}

export function makeHeaderFinder(file: string, opts: HeaderOptions): HeaderFinder {
  const map = (cells: readonly string[]): ColumnMap => mapColumns(cells, opts.map);
  let above: Row | null = null; // the last row seen, a possible first header row
  let partial: Row | null = null; // names fields but lacks a required one: the next row may complete it
  let complete: Row | null = null; // has every required field: the next row may add to it
  let rowsSeen = 0;
  const accept = (cells: string[], line: number, rows: number, columns: ColumnMap): Header => {
    checkColumns(file, line, cells, columns, opts.unitGiven);
    return { line, rows, names: cells, columns };
  };
  return {
    offer(cells, line) {
      if (cells.every((c) => c.trim() === '')) return null;
      rowsSeen++;
      if (complete !== null) {
        const names = combineHeaderRows(complete.cells, cells, opts.map);
        const columns = map(names);
        const codeCell = cells[complete.columns.index.code!]?.trim() ?? '';
        if (codeCell === '' && fieldCount(columns) > fieldCount(complete.columns))
          return { header: accept(names, complete.line, 2, columns), rowIsData: false };
        return { header: accept(complete.cells, complete.line, 1, complete.columns), rowIsData: true };
      }
      const row: Row = { cells, line, columns: map(cells) };
      if (partial !== null && !hasRequired(row.columns)) {
        const names = combineHeaderRows(partial.cells, cells, opts.map);
        const columns = map(names);
        if (hasRequired(columns)) return { header: accept(names, partial.line, 2, columns), rowIsData: false };
        accept(partial.cells, partial.line, 1, partial.columns); // throws: the missing columns
      }
      if (hasRequired(row.columns)) {
        complete = row;
        return null;
      }
      if (above !== null) {
        const names = combineHeaderRows(above.cells, cells, opts.map);
        const columns = map(names);
        if (hasRequired(columns)) return { header: accept(names, above.line, 2, columns), rowIsData: false };
      }
      if (fieldCount(row.columns) >= 2 && row.columns.index.code !== undefined) partial = row;
      above = row;
      if (rowsSeen >= HEADER_SEARCH_ROWS && partial === null) throw noHeader(file);
      return null;
    },
    finish() {
      if (complete !== null) return accept(complete.cells, complete.line, 1, complete.columns);
      if (partial !== null) return accept(partial.cells, partial.line, 1, partial.columns);
      throw rowsSeen === 0 ? new AuditError('E_EMPTY', say('noRowsAtAll', {}), { place: { file } }) : noHeader(file);
    },
  };
}

/**
 * One header from two rows: a top cell's text carries right over the empty top cells of its merged
 * range; a bottom cell is named "<top> <bottom>", or just "<bottom>", or "<bottom> <top>", whichever
 * first names a field (else "<top> <bottom>").
 */
export function combineHeaderRows(top: readonly string[], bottom: readonly string[], map?: ColumnOverrides): string[] {
  const names: string[] = [];
  let parent = '';
  for (let i = 0; i < Math.max(top.length, bottom.length); i++) {
    const t = top[i]?.trim() ?? '';
    const b = bottom[i]?.trim() ?? '';
    if (t !== '') parent = t;
    if (b === '') {
      names.push(t);
      continue;
    }
    const candidates = parent === '' ? [b] : [`${parent} ${b}`, b, `${b} ${parent}`];
    names.push(candidates.find((c) => fieldCount(mapColumns([c], map)) > 0) ?? candidates[0]!);
  }
  return names;
}

function fieldCount(columns: ColumnMap): number {
  return Object.keys(columns.index).length;
}

function hasRequired(columns: ColumnMap): boolean {
  return REQUIRED_FIELDS.every((f) => columns.index[f] !== undefined);
}

/** The header must name the required fields, and a unit unless one is given for every row. */
function checkColumns(
  file: string,
  line: number,
  names: readonly string[],
  columns: ColumnMap,
  unitGiven: boolean,
): void {
  const missing = REQUIRED_FIELDS.filter((f) => columns.index[f] === undefined);
  if (missing.length > 0) {
    const lookalikes = missing.flatMap((field) => {
      const header = findLookalike(names, field);
      return header === undefined ? [] : [{ field, header }];
    });
    const described = missing.map((field) => ({ field, example: FIELD_ALIASES[field][0] ?? field }));
    throw new AuditError('E_MISSING_COLUMN', say('missingColumns', { missing: described, lookalikes }), {
      place: { file, line },
    });
  }
  if (columns.index.unit === undefined && !unitGiven) {
    throw new AuditError('E_NO_UNIT', say('noUnitColumn', {}), { place: { file, line } });
  }
}

function noHeader(file: string): AuditError {
  return new AuditError('E_NO_HEADER', say('noHeader', { rows: HEADER_SEARCH_ROWS }), { place: { file } });
}
