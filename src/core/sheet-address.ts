/**
 * Spreadsheet cell addresses: column letters as Excel shows them (1 → A, 6 → F, 16,384 → XFD) and
 * back, for reading cell references and for naming the place of a problem as the user sees it.
 */

/** Excel's widest sheet: column XFD. */
export const MAX_COLUMNS = 16_384;

/**
 * Column index (0-based) of a cell reference such as "F12"; -1 when it has no letters; MAX_COLUMNS or
 * more past XFD.
 */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return i === 0 ? -1 : n - 1;
}

/**
 * A file as places name it: with the sheet in brackets for a workbook ("e.xlsx [Sheet1]"), as error
 * messages write it; the file alone for CSV.
 */
export function fileOnSheet(place: { file: string; sheet?: string }): string {
  return place.sheet === undefined ? place.file : `${place.file} [${place.sheet}]`;
}

/** The column letters of a 1-based column number (6 → "F"). */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
