/**
 * One row of a worksheet as `Cells` (core/cells.ts), filled from the scanner's cells (sheet-scanner.ts),
 * and how a cell reads as the user sees it in Excel: shared and inline strings, the cached value of a
 * formula (a formula with none cached reads as its formula text, which no date or code check accepts),
 * TRUE/FALSE, an error such as `#N/A` as written. Numbers are shown without an exponent and with the
 * zeros of a `00000` format; numbers styled as dates read as `yyyy-mm-dd` (`yyyy-mm-dd HH:mm:ss` with a
 * time), and the day of any number in a date column is taken in the workbook's date system
 * (core/excel-serial.ts), never through a `Date`.
 *
 * A number's text is made only when it is read (a date column is read by its day, from the number);
 * a text cell is a shared string as held, and values worked out from it are remembered per string.
 */
import { type CellMemo, type Cells, dayOfText } from '../core/cells.js';
import { type Day, formatIsoDay } from '../core/day.js';
import { dayOfExcelSerial } from '../core/excel-serial.js';
import { CELL_BOOLEAN, CELL_FORMULA_TEXT, CELL_NUMBER, CELL_SHARED, type ScannedCell } from './sheet-scanner.js';
import type { StyleShow } from './xlsx-workbook.js';

/** Serials read as dates in an unstyled number cell of a date column (as in CSV: 1954–2119). */
const MIN_SERIAL = 20_000;
const MAX_SERIAL = 80_000;
const SECONDS_A_DAY = 86_400;
/** Most distinct texts a column's memo remembers per sheet (as io/byte-cells.ts). */
const MEMO_LIMIT = 4096;

const EMPTY = 0;
const TEXT = 1;
const NUMBER = 2;

/** One row of a sheet; reused from row to row (the handler reads it before the next row). */
export class SheetRow implements Cells {
  count = 0;
  private kinds = new Uint8Array(16);
  /** A text cell's text; a number cell's text once it was asked for ('' until then). */
  private texts: string[] = [];
  private numbers = new Float64Array(16);
  private shows: StyleShow[] = [];
  private readonly memos = new Map<CellMemo<unknown>, Map<string, unknown>>();
  constructor(private readonly date1904: boolean) {}

  clear(): void {
    this.count = 0;
  }

  /** Cell `i` from the scanner; returns the characters it counts toward the row's limit. */
  take(c: ScannedCell, strings: readonly string[], styles: readonly StyleShow[]): number {
    let chars = utf16Length(c.value, c.valueLength) + (c.hasFormula ? utf16Length(c.formula, c.formulaLength) : 0);
    const i = c.column;
    this.reach(i);
    // A formula Excel never computed (a file written by another program): its formula text, which no
    // check takes for a date or a status, so the row is reported with it.
    if (c.hasFormula && c.valueLength === 0 && c.type !== CELL_FORMULA_TEXT) {
      this.setText(i, `=${c.formula.toString('utf8', 0, c.formulaLength)}`);
    } else if (c.type === CELL_NUMBER) {
      const n = numberOfBytes(c.value, c.valueLength);
      if (Number.isFinite(n)) {
        this.kinds[i] = NUMBER;
        this.numbers[i] = n;
        this.shows[i] = styles[c.style] ?? null;
        this.texts[i] = '';
      } else this.setText(i, c.value.toString('utf8', 0, c.valueLength));
    } else if (c.type === CELL_SHARED) {
      this.setText(i, strings[indexOf(c.value, c.valueLength)] ?? '');
    } else if (c.type === CELL_BOOLEAN) {
      this.setText(i, c.valueLength === 1 && c.value[0] === 0x31 ? 'TRUE' : 'FALSE');
    } else this.setText(i, c.value.toString('utf8', 0, c.valueLength)); // str, inlineStr, e, d
    if (c.type === CELL_SHARED) chars += this.texts[i]!.length; // a shared string's length is known only now
    return chars;
  }

  private setText(i: number, text: string): void {
    this.kinds[i] = TEXT;
    this.texts[i] = text;
  }

  /** Room for cell `i`; the cells skipped before it are empty. */
  private reach(i: number): void {
    if (i >= this.kinds.length) {
      const size = Math.max(i + 1, this.kinds.length * 2);
      const kinds = new Uint8Array(size);
      kinds.set(this.kinds);
      this.kinds = kinds;
      const numbers = new Float64Array(size);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    for (let k = this.count; k < i; k++) this.kinds[k] = EMPTY;
    if (i >= this.count) this.count = i + 1;
  }

  /** Cell `i` as Excel shows it, untrimmed. */
  private shown(i: number): string {
    const kind = i >= 0 && i < this.count ? this.kinds[i] : EMPTY;
    if (kind === TEXT) return this.texts[i]!;
    if (kind === EMPTY) return '';
    if (this.texts[i] === '') this.texts[i] = showNumber(this.numbers[i]!, this.shows[i] ?? null, this.date1904);
    return this.texts[i]!;
  }

  text(i: number): string {
    return this.shown(i).trim();
  }

  day(i: number): Day | null | undefined {
    if (i < 0 || i >= this.count || this.kinds[i] !== NUMBER) return dayOfText(this.text(i));
    const n = this.numbers[i]!;
    const shown = this.shows[i]?.kind === 'date';
    const whole = Math.floor(Math.round(n * SECONDS_A_DAY) / SECONDS_A_DAY);
    if (!shown && (whole < MIN_SERIAL || whole > MAX_SERIAL)) return undefined;
    return dayOfExcelSerial(whole, this.date1904) ?? undefined;
  }

  derived<T>(i: number, memo: CellMemo<T>): T {
    const text = this.text(i);
    let known = this.memos.get(memo as CellMemo<unknown>) as Map<string, T> | undefined;
    if (known === undefined) {
      known = new Map();
      this.memos.set(memo as CellMemo<unknown>, known);
    }
    const value = known.get(text);
    if (value !== undefined || known.has(text)) return value as T;
    const computed = memo.compute(text);
    if (known.size < MEMO_LIMIT) known.set(text, computed);
    return computed;
  }

  blank(): boolean {
    for (let k = 0; k < this.count; k++) {
      if (this.kinds[k] === NUMBER || (this.kinds[k] === TEXT && this.texts[k]!.trim() !== '')) return false;
    }
    return true;
  }

  all(): string[] {
    const cells = new Array<string>(this.count);
    for (let k = 0; k < this.count; k++) cells[k] = this.shown(k);
    return cells;
  }
}

/** How many UTF-16 code units the UTF-8 bytes decode to (what `string.length` counts). */
function utf16Length(bytes: Buffer, length: number): number {
  let units = length;
  for (let k = 0; k < length; k++) {
    const b = bytes[k]!;
    if (b >= 0x80) units -= b < 0xc0 ? 1 : b >= 0xf0 ? -1 : 0;
  }
  return units;
}

/** `Number` of the cell's text (NaN when it is blank): plain decimals read from the bytes, exactly. */
export function numberOfBytes(bytes: Buffer, length: number): number {
  let k = bytes[0] === 0x2d ? 1 : 0;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; k < length; k++) {
    const b = bytes[k]!;
    if (b === 0x2e && fraction < 0 && digits > 0) fraction = 0;
    else if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else break;
  }
  // Up to 15 digits the mantissa and the power of ten are exact doubles, so one division rounds as
  // `Number` does; anything else (an exponent, more digits, spaces) goes through `Number`.
  if (k === length && digits > 0 && digits <= 15 && fraction !== 0) {
    const n = fraction > 0 ? mantissa / 10 ** fraction : mantissa;
    return bytes[0] === 0x2d ? -n : n;
  }
  const raw = bytes.toString('utf8', 0, length);
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

/** A shared string's index: `Number` of the text. */
function indexOf(bytes: Buffer, length: number): number {
  let n = 0;
  for (let k = 0; k < length; k++) {
    const d = bytes[k]! - 0x30;
    if (d < 0 || d > 9 || length > 15) return Number(bytes.toString('utf8', 0, length));
    n = n * 10 + d;
  }
  return length === 0 ? Number('') : n;
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
