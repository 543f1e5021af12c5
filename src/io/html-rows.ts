/**
 * A web page's tables as rows: many one-stop systems "export to Excel" by saving an HTML `<table>`
 * under an .xls name, and Excel opens it as a sheet. Every `<tr>` of the page, in order, is a row (the
 * header search skips title tables and rows above the header, as in CSV); its `<td>` / `<th>` cells are
 * their text (tags inside dropped, `<br>` a space, entities decoded). A cell spanning columns is followed
 * by empty cells, and a cell spanning rows leaves an empty cell below it, as a spreadsheet's merged
 * cells come out in CSV, so a two-row header is combined the same way. Rows are numbered by `<tr>`
 * from 1. Parsed with sax in its lenient (HTML) mode, streamed: unclosed cells and rows close at the
 * next one.
 */
import sax from 'sax';
import { textCells } from '../core/cells.js';
import { MAX_COLUMNS } from '../core/sheet-address.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { MAX_ROW_CHARS, type RowHandler } from './csv-rows.js';
import { makeDecoder, type DetectedEncoding } from './decode.js';
import type { Input } from './open-input.js';

export async function readHtmlRows(input: Input, enc: DetectedEncoding, onRow: RowHandler): Promise<void> {
  const file = input.file;
  const parser = sax.parser(false, { lowercase: true, trim: false, normalize: false });
  let rowNumber = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let span = 1;
  let rowChars = 0;
  /** Columns still covered by a cell spanning rows from above: column → rows left. */
  let below = new Map<number, number>();
  let next = new Map<number, number>();
  const skipCovered = (): void => {
    while (row !== null && (below.get(row.length) ?? 0) > 0) {
      const left = below.get(row.length)!;
      if (left > 1) next.set(row.length, left - 1);
      row.push('');
    }
  };
  const endCell = (): void => {
    if (row === null || cell === null) return;
    row.push(cell.join('').replace(/\s+/g, ' ').trim());
    for (let k = 1; k < span && row.length < MAX_COLUMNS; k++) row.push('');
    cell = null;
  };
  const endRow = (): void => {
    endCell();
    if (row === null) return;
    skipCovered();
    const cells = row;
    row = null;
    below = next;
    next = new Map();
    if (cells.length > 0) onRow(textCells(cells), rowNumber);
  };
  parser.onopentag = (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'tr') {
      endRow();
      row = [];
      rowNumber++;
      rowChars = 0;
    } else if (tag.name === 'td' || tag.name === 'th') {
      if (row === null) {
        row = [];
        rowNumber++;
      }
      endCell();
      skipCovered();
      const at = row.length;
      span = Math.min(MAX_COLUMNS, Math.max(1, Number.parseInt(a.colspan ?? '1', 10) || 1));
      const down = Math.min(65_536, Math.max(1, Number.parseInt(a.rowspan ?? '1', 10) || 1));
      for (let k = 0; k < span && down > 1; k++) next.set(at + k, down - 1);
      cell = [];
    } else if (tag.name === 'br' && cell !== null) cell.push(' ');
  };
  parser.onclosetag = (name) => {
    if (name === 'td' || name === 'th') endCell();
    else if (name === 'tr' || name === 'table') endRow();
  };
  parser.ontext = (text) => {
    if (cell === null) return;
    rowChars += text.length;
    if (rowChars > MAX_ROW_CHARS) {
      throw new AuditError('E_ROW_TOO_LONG', say('rowTooLong', { max: MAX_ROW_CHARS, bytes: false, cells: true }), {
        place: { file, line: rowNumber },
      });
    }
    cell.push(text);
  };
  parser.oncdata = parser.ontext;
  parser.onerror = () => {
    parser.error = null as unknown as Error; // lenient: an HTML page is seldom well-formed XML
    parser.resume();
  };
  const decoder = makeDecoder({ ...enc }, file);
  const head = input.head.subarray(enc.bomLength);
  parser.write(decoder.write(Buffer.from(head)));
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const n = await input.read(chunk, 0, chunk.length);
    if (n === 0) break;
    parser.write(decoder.write(chunk.subarray(0, n)));
  }
  parser.write(decoder.end()).close();
  endRow();
}
