/**
 * A worksheet's rows, streamed out of its XML as `Cells` with the row number Excel shows — the same
 * handler the CSV reader feeds (csv-rows.ts), so every row goes through the one `normaliseRow`.
 *
 * A cell reads as the user sees it in Excel: shared and inline strings (rich-text runs joined), the
 * cached value of a formula (a formula with none cached reads as its formula text, which no date or
 * code check accepts), TRUE/FALSE, an error such as `#N/A` as written. Numbers are shown without an
 * exponent and with the zeros of a `00000` format; numbers styled as dates read as `yyyy-mm-dd`
 * (`yyyy-mm-dd HH:mm:ss` with a time), and the day of any number in a date column is taken in the
 * workbook's date system (core/excel-serial.ts), never through a `Date`. Hidden rows and columns are
 * read like the others (and counted). Rows without a cell (a million empty styled rows) are skipped
 * as blank rows are in CSV.
 */
import { type Cells, type CellMemo, dayOfText } from '../core/cells.js';
import { type Day, formatIsoDay } from '../core/day.js';
import { dayOfExcelSerial } from '../core/excel-serial.js';
import { columnIndex, MAX_COLUMNS } from '../core/sheet-address.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { MAX_ROW_CHARS, type RowHandler } from './csv-rows.js';
import {
  localName,
  makeXmlParser,
  type StyleShow,
  type Workbook,
  type SheetInfo,
  workbookError,
} from './xlsx-workbook.js';

/** Serials read as dates in an unstyled number cell of a date column (as in CSV: 1954–2119). */
const MIN_SERIAL = 20_000;
const MAX_SERIAL = 80_000;
const SECONDS_A_DAY = 86_400;

export interface SheetFacts {
  hiddenRows: number;
}

/** Stream `sheet`'s rows to `onRow`; numbers are read with the workbook's date system. */
export async function readSheetRows(book: Workbook, sheet: SheetInfo, onRow: RowHandler): Promise<SheetFacts> {
  const strings = await book.sharedStrings();
  const styles = await book.styles();
  const facts: SheetFacts = { hiddenRows: 0 };
  const row = new SheetRow(book.date1904);
  const parser = makeXmlParser(book.file, sheet.entry.name);
  let rowNumber = 0;
  let column = -1;
  let type = 'n';
  let style = 0;
  let value: string[] = [];
  let formula: string[] | null = null;
  let capture: string[] | null = null;
  let phonetic = 0;
  let rowChars = 0;
  parser.onopentag = (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    switch (name) {
      case 'row':
        rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
        if (a.hidden === '1' || a.hidden === 'true') facts.hiddenRows++;
        row.clear();
        column = -1;
        rowChars = 0;
        break;
      case 'c':
        column = a.r === undefined ? column + 1 : columnIndex(a.r);
        if (column < 0 || column >= MAX_COLUMNS)
          throw workbookError(book.file, 'corrupt', `${sheet.entry.name}: ${a.r ?? '?'}`);
        type = a.t ?? 'n';
        style = a.s === undefined ? 0 : Number(a.s);
        value = [];
        formula = null;
        break;
      case 'v':
        capture = value;
        break;
      case 't':
        capture = phonetic === 0 ? value : null; // the text of an inline string (not of its phonetic guide)
        break;
      case 'rPh':
        phonetic++;
        break;
      case 'f':
        formula = [];
        capture = formula;
        break;
    }
  };
  parser.onclosetag = (tagName) => {
    const name = localName(tagName);
    if (name === 'v' || name === 't' || name === 'f') capture = null;
    else if (name === 'rPh') phonetic--;
    else if (name === 'c') {
      const cell = cellOf(type, value.join(''), formula, styles[style] ?? null, strings);
      if (type === 's') count(cell.text.length); // a shared string's length is known only now
      row.set(column, cell);
    } else if (name === 'row' && row.count > 0) onRow(row, rowNumber);
  };
  /** A row's text is bounded as a CSV row is: past the limit the file stops, naming the row. */
  const count = (chars: number): void => {
    rowChars += chars;
    if (rowChars > MAX_ROW_CHARS) {
      throw new AuditError('E_ROW_TOO_LONG', say('rowTooLong', { max: MAX_ROW_CHARS, bytes: false, cells: true }), {
        place: { file: book.file, sheet: sheet.name, line: rowNumber },
      });
    }
  };
  parser.ontext = (text) => {
    if (capture === null) return;
    count(text.length);
    capture.push(text);
  };
  parser.oncdata = parser.ontext;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of book.zip.read(sheet.entry)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
  return facts;
}

/** A cell's value: its text as shown, and for a number its value and how it is shown. */
type CellValue = { text: string; number: number | null; show: StyleShow };

function cellOf(
  type: string,
  raw: string,
  formula: string[] | null,
  show: StyleShow,
  strings: readonly string[],
): CellValue {
  // A formula Excel never computed (a file written by another program): its formula text, which no
  // check takes for a date or a status, so the row is reported with it.
  if (formula !== null && raw === '' && type !== 'str')
    return { text: `=${formula.join('')}`, number: null, show: null };
  switch (type) {
    case 's':
      return { text: strings[Number(raw)] ?? '', number: null, show: null };
    case 'b':
      return { text: raw === '1' ? 'TRUE' : 'FALSE', number: null, show: null };
    case 'n': {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(n) ? { text: '', number: n, show } : { text: raw, number: null, show: null };
    }
    default: // str (a formula's text), inlineStr, e (an error value), d (an ISO date as text)
      return { text: raw, number: null, show: null };
  }
}

/** One row of a sheet as `Cells`; reused from row to row (the handler reads it before the next row). */
class SheetRow implements Cells {
  private texts: string[] = [];
  private numbers: (number | null)[] = [];
  private shows: StyleShow[] = [];
  count = 0;
  constructor(private readonly date1904: boolean) {}

  clear(): void {
    this.texts = [];
    this.numbers = [];
    this.shows = [];
    this.count = 0;
  }

  set(i: number, v: CellValue): void {
    for (let k = this.count; k < i; k++) {
      this.texts[k] = '';
      this.numbers[k] = null;
      this.shows[k] = null;
    }
    this.texts[i] = v.number === null ? v.text : showNumber(v.number, v.show, this.date1904);
    this.numbers[i] = v.number;
    this.shows[i] = v.show;
    if (i >= this.count) this.count = i + 1;
  }

  text(i: number): string {
    return (this.texts[i] ?? '').trim();
  }

  day(i: number): Day | null | undefined {
    const n = this.numbers[i];
    if (n === null || n === undefined) return dayOfText(this.text(i));
    const shown = this.shows[i]?.kind === 'date';
    const whole = Math.floor(Math.round(n * SECONDS_A_DAY) / SECONDS_A_DAY);
    if (!shown && (whole < MIN_SERIAL || whole > MAX_SERIAL)) return undefined;
    return dayOfExcelSerial(whole, this.date1904) ?? undefined;
  }

  derived<T>(i: number, memo: CellMemo<T>): T {
    return memo.compute(this.text(i));
  }

  blank(): boolean {
    return this.texts.every((t) => t.trim() === '');
  }

  all(): string[] {
    return this.texts.slice(0, this.count);
  }
}

/** A number as Excel shows it in a cell of style `show`. */
export function showNumber(n: number, show: StyleShow, date1904: boolean): string {
  if (show?.kind === 'date') {
    const seconds = Math.round(n * SECONDS_A_DAY);
    const day = dayOfExcelSerial(Math.floor(seconds / SECONDS_A_DAY), date1904);
    // Serial 60 of the 1900 system: the 29 February 1900 Excel shows, which the date reader refuses as no real day.
    if (day === null) return !date1904 && Math.floor(seconds / SECONDS_A_DAY) === 60 ? '1900-02-29' : plainNumber(n);
    const s = seconds - Math.floor(seconds / SECONDS_A_DAY) * SECONDS_A_DAY;
    if (!show.time || s === 0) return formatIsoDay(day);
    const two = (x: number): string => String(x).padStart(2, '0');
    return `${formatIsoDay(day)} ${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  }
  if (show?.kind === 'padded' && Number.isInteger(n) && n >= 0) return plainNumber(n).padStart(show.width, '0');
  return plainNumber(n);
}

/**
 * Up to 15 significant digits (what Excel keeps), never with an exponent: 1.23456789012345E+17 →
 * "123456789012345000".
 */
export function plainNumber(n: number): string {
  const p = Number(n.toPrecision(15)).toString();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(p);
  if (m === null) return p;
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp >= 0)
    return (
      m[1]! +
      (digits.length > exp + 1 ? `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}` : digits.padEnd(exp + 1, '0'))
    );
  return `${m[1]}0.${'0'.repeat(-exp - 1)}${digits}`;
}
