/**
 * The layout rows of a transcribed paper register (sổ theo dõi hồ sơ): rows that are part of the
 * printed form, not dossiers. Vietnamese forms number their columns in a row under the header —
 * `(1), (2), (3), …`, `1, 2, 3, …` or `A, B, C, …` — and end with a total row ("Tổng cộng: 120 hồ sơ")
 * and a signature block ("Đắk Mil, ngày 31 tháng 12 năm 2024", "Người lập biểu", "(Ký, ghi rõ họ tên)").
 * Transcribed to CSV, each of these rows is rejected by the reader like a broken dossier row; this
 * module tells them apart so they can be counted and reported as what they are.
 *
 * Conservative by construction. The caller asks only about a row that is rejected anyway (no usable
 * record came out of it), so recognising a row can never take away a dossier: it only changes how a
 * rejected row is reported. And even among rejected rows, a row is a layout row only when:
 *
 * - column numbers: it is the first non-blank row after the header, it has at least 3 non-empty
 *   cells, and every non-empty cell is a column number: `1`, `(1)`, `[1]`, `1.` (up to 3 digits), or
 *   a single letter `A`, `(A)`, `[A]`, `A.`. The same row anywhere else is an ordinary rejected row.
 * - a total or signature row (anywhere after the header, not only at the end: a register copied
 *   from several printed pages repeats its footer at each page break): some non-empty cell, compared
 *   without diacritics or case, begins with a total phrase ("Tổng cộng", "Tổng số", "Cộng" as a word
 *   of its own: "Cộng", "Cộng:", "Cộng 12", not "Công chứng"), or a signature phrase ("Người lập
 *   biểu", "Người lập", "Người ghi sổ", "Thủ trưởng", "Lãnh đạo", "Xác nhận của"), or is a
 *   parenthesised signing note ("(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "(Ký)": not "(Kỳ …)"),
 *   or holds "ngày … tháng … năm" (digits, dots, blanks or an ellipsis between: the place and date of
 *   signing); AND the row does not look like a dossier:
 *   - its dossier code cell (when there is a code column, and unless it is the very cell the phrase
 *     was found in) holds nothing that looks like a code: a code-like cell has a digit and no space
 *     (`H56.01-240301-0001`, `125`). So a total row whose count was typed in the code column is not
 *     recognised, and stays an ordinary rejected row;
 *   - neither its receipt-date nor its due-date cell holds a readable date.
 *
 * Pure: the caller owns the file, the line and the decision that the row is rejected.
 */
import type { ColumnMap } from './columns.js';
import { parseDay } from './dates.js';
import { foldText } from './fold.js';
import { rowReason, type RowReason } from './reasons.js';

export const LAYOUT_KINDS = ['column-numbers', 'total', 'signature'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export interface LayoutRow {
  kind: LayoutKind;
  /** The cell that gave the row away (trimmed), for a total or signature row; null for column numbers. */
  cell: string | null;
}

export interface LayoutContext {
  /** The row is the first non-blank row after the header. */
  firstAfterHeader: boolean;
  /** Where the fields are (0-based): the code, receipt-date and due-date columns are looked at. */
  columns: ColumnMap['index'];
}

/** Fewest non-empty cells a column-number row has. */
export const MIN_COLUMN_NUMBERS = 3;

/** `1`, `(1)`, `[1]`, `1.`, `A`, `(A)`, `[A]`, `A.`: one column's number or letter. */
const COLUMN_NUMBER = /^(?:\(\s*(?:\d{1,3}|[a-z])\s*\)|\[\s*(?:\d{1,3}|[a-z])\s*\]|(?:\d{1,3}|[a-z])\.?)$/i;

/** Folded phrases a total row begins with ("Tổng cộng", "Tổng số"), and "Cộng" as a word of its own. */
const TOTAL = /^(?:tong cong|tong so|cong(?=$|\s*[:.,;(\d]))(?![a-z])/;
/** Folded phrases a signature block begins with. */
const SIGNATURE = /^(?:nguoi lap bieu|nguoi lap|nguoi ghi so|thu truong|lanh dao|xac nhan cua)(?![a-z])/;
/** "(Ký, …)", "(Ký tên …)", "(Ký và …)", "(Ký)": a signing note, not "(Kỳ …)" once folded. */
const SIGNING_NOTE = /^\(\s*ky(?:\s*[,;)]|\s+(?:ten|va|ghi|dong|xac|ro|ho)(?![a-z]))/;
/** "ngày … tháng … năm" with digits, dots, blanks, slashes, dashes, underscores or an ellipsis between. */
const PLACE_AND_DATE = /(?:^|[^a-z])ngay[\s\d.\u2026_/-]*thang[\s\d.\u2026_/-]*nam(?![a-z])/;

/** What kind of layout row `cells` is, or null when it is (or may be) a dossier row. Ask only about rejected rows. */
export function recogniseLayoutRow(cells: readonly string[], ctx: LayoutContext): LayoutRow | null {
  if (ctx.firstAfterHeader && isColumnNumbers(cells)) return { kind: 'column-numbers', cell: null };
  return footerRow(cells, ctx.columns);
}

function isColumnNumbers(cells: readonly string[]): boolean {
  let filled = 0;
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    if (!COLUMN_NUMBER.test(t)) return false;
    filled++;
  }
  return filled >= MIN_COLUMN_NUMBERS;
}

function footerRow(cells: readonly string[], columns: LayoutContext['columns']): LayoutRow | null {
  let found: { at: number; kind: LayoutKind } | null = null;
  for (let i = 0; i < cells.length && found === null; i++) {
    const kind = footerKind(cells[i]!);
    if (kind !== null) found = { at: i, kind };
  }
  if (found === null) return null;
  const code = columns.code;
  if (code !== undefined && code !== found.at && looksLikeCode(cells[code] ?? '')) return null;
  for (const field of ['received', 'due'] as const) {
    const i = columns[field];
    const text = i === undefined ? '' : (cells[i] ?? '').trim();
    if (text !== '' && parseDay(text) !== null) return null;
  }
  return { kind: found.kind, cell: cells[found.at]!.trim() };
}

/** The kind of footer a cell begins (or, for a place and date, holds), or null. */
export function footerKind(cell: string): Exclude<LayoutKind, 'column-numbers'> | null {
  const t = foldText(cell);
  if (t === '') return null;
  if (TOTAL.test(t)) return 'total';
  if (SIGNATURE.test(t) || SIGNING_NOTE.test(t) || PLACE_AND_DATE.test(t)) return 'signature';
  return null;
}

/** A cell that may hold a dossier code: a digit, and no space inside. */
export function looksLikeCode(cell: string): boolean {
  const t = cell.trim();
  return /\d/.test(t) && !/\s/.test(t);
}

/** Why the reader set the row aside, as data (messages/reasons.ts words it). */
export function layoutReason(row: LayoutRow): RowReason {
  if (row.kind === 'column-numbers') return rowReason('layoutColumnNumbers', {});
  const cell = shown(row.cell ?? '');
  return row.kind === 'total' ? rowReason('layoutTotal', { cell }) : rowReason('layoutSignature', { cell });
}

/** The layout kind a reason stands for, or null for the reason of an ordinary rejected row. */
export function layoutKindOf(reason: RowReason): LayoutKind | null {
  switch (reason.id) {
    case 'layoutColumnNumbers':
      return 'column-numbers';
    case 'layoutTotal':
      return 'total';
    case 'layoutSignature':
      return 'signature';
    default:
      return null;
  }
}

/** The cell shortened for a message, as the date reasons show theirs (the sentence quotes it). */
function shown(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
