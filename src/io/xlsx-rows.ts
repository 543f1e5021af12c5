/**
 * A worksheet's rows, streamed out of its XML as `Cells` with the row number Excel shows — the same
 * handler the CSV reader feeds (csv-rows.ts), so every row goes through the one `normaliseRow`.
 *
 * The sheet's bytes are scanned in place (sheet-scanner.ts) and its cells read as the user sees them
 * (sheet-cells.ts). Hidden rows and columns are read like the others (and counted). Rows without a
 * cell (a million empty styled rows) are skipped as blank rows are in CSV. A row's text is bounded as a
 * CSV row is: past the limit the file stops, naming the row.
 */
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { MAX_ROW_CHARS, type RowHandler } from './csv-rows.js';
import { SheetRow } from './sheet-cells.js';
import { SheetScanner } from './sheet-scanner.js';
import { type SheetInfo, type Workbook, workbookError } from './xlsx-workbook.js';

export interface SheetFacts {
  hiddenRows: number;
}

/** Stream `sheet`'s rows to `onRow`; numbers are read with the workbook's date system. */
export async function readSheetRows(book: Workbook, sheet: SheetInfo, onRow: RowHandler): Promise<SheetFacts> {
  const strings = await book.sharedStrings();
  const styles = await book.styles();
  const facts: SheetFacts = { hiddenRows: 0 };
  const row = new SheetRow(book.date1904);
  const part = sheet.entry.name;
  let rowNumber = 0;
  let rowChars = 0;
  const tooLong = (): never => {
    throw new AuditError('E_ROW_TOO_LONG', say('rowTooLong', { max: MAX_ROW_CHARS, bytes: false, cells: true }), {
      place: { file: book.file, sheet: sheet.name, line: rowNumber },
    });
  };
  const scanner = new SheetScanner(
    {
      rowStart(r, hidden) {
        rowNumber = r;
        if (hidden) facts.hiddenRows++;
        row.clear();
        rowChars = 0;
      },
      cell(c) {
        rowChars += row.take(c, strings, styles);
        if (rowChars > MAX_ROW_CHARS) tooLong();
      },
      rowEnd() {
        if (row.count > 0) onRow(row, rowNumber);
      },
      // A cell's text of over 3 bytes of UTF-8 per allowed character is past the limit by itself.
      cellTooLong: tooLong,
    },
    (problem, detail) => workbookError(book.file, problem, problem === 'dtd' ? part : `${part}: ${detail}`),
    3 * MAX_ROW_CHARS,
  );
  for await (const chunk of book.zip.read(sheet.entry)) scanner.write(chunk);
  scanner.end();
  return facts;
}
