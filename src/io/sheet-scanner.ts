/**
 * A byte-level scanner for a worksheet's XML (`xl/worksheets/sheetN.xml`), fed the inflated bytes a
 * block at a time: it finds `<row>`, `<c r t s>` and the text of `<v>`, `<f>` and `<is><t>` (rich-text
 * runs joined, phonetic guides `<rPh>` left out), decodes the five XML entities and character
 * references, reads CDATA, skips comments and processing instructions, and hands each cell to a
 * `SheetSink` as bytes: no string is made here, so the reader decides which cells ever become one.
 *
 * It is not a general XML parser and need not be: a sheet's grammar is tiny. What it checks is what
 * keeps a hostile sheet harmless or a broken one from being half-read: a document type declaration is
 * refused (so no entity can be defined, let alone expanded), an unknown entity, a close tag that does
 * not match its open tag, a tag over `MAX_MARKUP` bytes and a sheet that ends inside a tag or an
 * element are errors (`fail`), and a cell's text is bounded (`sink.cellTooLong`). A tag or entity cut
 * by a block boundary is carried over to the next block; text is copied as it comes.
 */
import { MAX_COLUMNS } from '../core/sheet-address.js';
import {
  attributeText,
  columnOf,
  endOf,
  entityCode,
  type Fail,
  isName,
  isSpace,
  nameHash,
  nextAttribute,
  numberOf,
  startsWith,
} from './xml-bytes.js';

/** How a cell's value is read (its `t` attribute): number, shared string, boolean, formula text, other text. */
export const CELL_NUMBER = 0;
export const CELL_SHARED = 1;
export const CELL_BOOLEAN = 2;
export const CELL_FORMULA_TEXT = 3;
export const CELL_TEXT = 4;

/** Longest tag, comment, CDATA section or processing instruction accepted (Excel's are under 1 KB). */
export const MAX_MARKUP = 1 << 20;
/** Deepest nesting accepted (a sheet nests about 6 deep). */
const MAX_DEPTH = 1 << 12;

/** One cell as scanned; the object and its buffers are reused from cell to cell. */
export interface ScannedCell {
  /** 0-based column from `r` (or the one after the previous cell); -1 without letters, ≥ 16,384 past XFD. */
  column: number;
  type: number;
  /** The `s` attribute as `Number` reads it (0 when absent). */
  style: number;
  /** The text of `<v>` and `<is><t>`, entities decoded, as UTF-8: `value[0, valueLength)`. */
  value: Buffer;
  valueLength: number;
  /** Whether the cell has an `<f>`, and its text. */
  hasFormula: boolean;
  formula: Buffer;
  formulaLength: number;
}

export interface SheetSink {
  rowStart(rowNumber: number, hidden: boolean): void;
  cell(cell: ScannedCell): void;
  rowEnd(): void;
  /** A cell's captured text passed `maxCellBytes`: throw (the row is too long). */
  cellTooLong(): never;
}

export type { ScanProblem } from './xml-bytes.js';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

/** What text is captured into: nothing, the cell's value, its formula. */
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;

export class SheetScanner {
  private carry: Buffer | null = null;
  /** An entity was cut by the end of the block: carried over from its `&`. */
  private cut = false;
  private started = false;
  private depth = 0;
  private names = new Int32Array(64);
  private capture = NONE;
  private phonetic = 0;
  private inCell = false;
  private rowNumber = 0;
  private column = -1;
  private readonly cell: ScannedCell;

  constructor(
    private readonly sink: SheetSink,
    private readonly fail: Fail,
    private readonly maxCellBytes: number,
  ) {
    this.cell = {
      column: -1,
      type: CELL_NUMBER,
      style: 0,
      value: Buffer.alloc(64),
      valueLength: 0,
      hasFormula: false,
      formula: Buffer.alloc(64),
      formulaLength: 0,
    };
  }

  /** Scan the next block of the sheet's bytes. */
  write(chunk: Buffer): void {
    let buf = chunk;
    if (this.carry !== null) {
      buf = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    let p = 0;
    if (!this.started) {
      const bom = [0xef, 0xbb, 0xbf];
      for (let k = 0; k < 3 && k < buf.length; k++) if (buf[k] !== bom[k]) this.started = true;
      if (!this.started && buf.length < 3) {
        this.keep(buf, 0);
        return;
      }
      p = this.started ? 0 : 3;
      this.started = true;
    }
    const n = buf.length;
    while (p < n) {
      if (buf[p] !== LT) {
        if (this.capture === NONE) p = this.skipText(buf, p);
        else {
          p = this.copyText(buf, p, n);
          if (this.cut) {
            this.cut = false;
            this.keep(buf, p);
            return;
          }
        }
        continue;
      }
      const next = this.markup(buf, p, n);
      if (next < 0) {
        this.keep(buf, p);
        return;
      }
      p = next;
    }
  }

  /** The sheet's last bytes were written: anything left open is a truncated sheet. */
  end(): void {
    if (this.carry !== null || this.depth !== 0) throw this.fail('corrupt', 'Unclosed root tag');
  }

  private keep(buf: Buffer, from: number): void {
    if (buf.length - from > MAX_MARKUP) throw this.fail('corrupt', `markup over ${MAX_MARKUP} bytes`);
    this.carry = Buffer.from(buf.subarray(from)); // a copy: the caller may reuse its block
  }

  /** Text nobody reads: only checked to be white space outside the root element. */
  private skipText(buf: Buffer, p: number): number {
    const lt = buf.indexOf(LT, p);
    const end = lt < 0 ? buf.length : lt;
    if (this.depth === 0) {
      for (let i = p; i < end; i++) {
        const b = buf[i]!;
        if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09)
          throw this.fail('corrupt', 'Text data outside of root node.');
      }
    }
    return end;
  }

  /** Captured text up to the next `<`, entities decoded; an entity cut by the block's end sets `cut`. */
  private copyText(buf: Buffer, p: number, n: number): number {
    const into = this.capture;
    let i = p;
    for (; i < n; i++) {
      const b = buf[i]!;
      if (b === LT) break;
      if (b === AMP) {
        let semi = i + 1;
        while (semi < n && semi <= i + 12 && buf[semi] !== 0x3b) semi++;
        if (semi >= n) {
          this.cut = true;
          return i;
        }
        if (buf[semi] !== 0x3b) throw this.fail('corrupt', 'Invalid character entity');
        this.putCode(into, entityCode(buf, i + 1, semi, this.fail));
        i = semi;
        continue;
      }
      this.put(into, b);
    }
    return i;
  }

  private put(into: number, b: number): void {
    const c = this.cell;
    if (into === VALUE) {
      if (c.valueLength === c.value.length) c.value = this.grow(c.value);
      c.value[c.valueLength++] = b;
    } else {
      if (c.formulaLength === c.formula.length) c.formula = this.grow(c.formula);
      c.formula[c.formulaLength++] = b;
    }
  }

  private grow(a: Buffer): Buffer {
    if (a.length >= this.maxCellBytes) this.sink.cellTooLong();
    const b = Buffer.alloc(a.length * 2);
    b.set(a);
    return b;
  }

  /** A code point, as UTF-8 bytes. */
  private putCode(into: number, cp: number): void {
    if (cp < 0x80) this.put(into, cp);
    else if (cp < 0x800) {
      this.put(into, 0xc0 | (cp >> 6));
      this.put(into, 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      this.put(into, 0xe0 | (cp >> 12));
      this.put(into, 0x80 | ((cp >> 6) & 0x3f));
      this.put(into, 0x80 | (cp & 0x3f));
    } else {
      this.put(into, 0xf0 | (cp >> 18));
      this.put(into, 0x80 | ((cp >> 12) & 0x3f));
      this.put(into, 0x80 | ((cp >> 6) & 0x3f));
      this.put(into, 0x80 | (cp & 0x3f));
    }
  }

  /** The markup at `p` (a `<`): its end, or -1 when it is cut by the block's end. */
  private markup(buf: Buffer, p: number, n: number): number {
    if (p + 1 >= n) return -1;
    const c = buf[p + 1]!;
    if (c === SLASH) return this.closeTag(buf, p, n);
    if (c === 0x3f) return endOf(buf, p + 2, n, '?>');
    if (c === 0x21) return this.declaration(buf, p, n);
    return this.openTag(buf, p, n);
  }

  /** `<!--…-->`, `<![CDATA[…]]>`; a `<!DOCTYPE` (or any other declaration) is refused. */
  private declaration(buf: Buffer, p: number, n: number): number {
    if (startsWith(buf, p, n, '<!--')) return endOf(buf, p + 4, n, '-->');
    if (startsWith(buf, p, n, '<![CDATA[')) {
      const end = endOf(buf, p + 9, n, ']]>');
      if (end >= 0 && this.capture !== NONE) for (let i = p + 9; i < end - 3; i++) this.put(this.capture, buf[i]!);
      return end;
    }
    if (n - p < 9) return -1; // too short yet to tell a comment or CDATA from a declaration
    throw startsWith(buf, p, n, '<!DOCTYPE') ? this.fail('dtd', '') : this.fail('corrupt', 'Unexpected <!');
  }

  private closeTag(buf: Buffer, p: number, n: number): number {
    let gt = p + 2;
    while (gt < n && buf[gt] !== GT) gt++;
    if (gt >= n) return -1;
    let e = p + 2;
    while (e < gt && !isSpace(buf[e]!)) e++;
    if (this.depth === 0 || this.names[--this.depth] !== nameHash(buf, p + 2, e))
      throw this.fail('corrupt', 'Unexpected close tag');
    this.closed(localNameId(buf, p + 2, e));
    return gt + 1;
  }

  private openTag(buf: Buffer, p: number, n: number): number {
    // The tag's end: the first `>` outside a quoted attribute value.
    let gt = p + 1;
    let quote = 0;
    for (; gt < n; gt++) {
      const b = buf[gt]!;
      if (quote !== 0) {
        if (b === quote) quote = 0;
      } else if (b === GT) break;
      else if (b === QUOTE || b === APOS) quote = b;
    }
    if (gt >= n) return -1;
    let e = p + 1;
    while (e < gt && !isSpace(buf[e]!) && buf[e] !== SLASH) e++;
    if (e === p + 1) throw this.fail('corrupt', 'Invalid tag name');
    const selfClosing = buf[gt - 1] === SLASH;
    const id = localNameId(buf, p + 1, e);
    if (id === ROW) this.openRow(buf, e, gt);
    else if (id === C) this.openCell(buf, e, gt);
    else if (id === V) this.capture = VALUE;
    else if (id === T) this.capture = this.phonetic === 0 ? VALUE : NONE;
    else if (id === F) {
      this.cell.hasFormula = true;
      this.cell.formulaLength = 0;
      this.capture = FORMULA;
    } else if (id === RPH) this.phonetic++;
    if (selfClosing) this.closed(id);
    else {
      if (this.depth === this.names.length) {
        if (this.depth >= MAX_DEPTH) throw this.fail('corrupt', 'nested too deep');
        const more = new Int32Array(this.depth * 2);
        more.set(this.names);
        this.names = more;
      }
      this.names[this.depth++] = nameHash(buf, p + 1, e);
    }
    return gt + 1;
  }

  private closed(id: number): void {
    if (id === V || id === T || id === F) this.capture = NONE;
    else if (id === RPH) this.phonetic--;
    else if (id === C) {
      if (this.inCell) this.sink.cell(this.cell);
      this.inCell = false;
    } else if (id === ROW) this.sink.rowEnd();
  }

  private openRow(buf: Buffer, from: number, to: number): void {
    let r: number | null = null;
    let hidden = false;
    for (let a = nextAttribute(buf, from, to); a !== null; a = nextAttribute(buf, a.next, to)) {
      if (isName(buf, a.nameStart, a.nameEnd, 'r')) r = numberOf(buf, a.valueStart, a.valueEnd, this.fail);
      else if (isName(buf, a.nameStart, a.nameEnd, 'hidden')) {
        const v = attributeText(buf, a.valueStart, a.valueEnd, this.fail);
        hidden = v === '1' || v === 'true';
      }
    }
    this.rowNumber = r === null ? this.rowNumber + 1 : r;
    this.column = -1;
    this.sink.rowStart(this.rowNumber, hidden);
  }

  private openCell(buf: Buffer, from: number, to: number): void {
    const cell = this.cell;
    let column: number | null = null;
    let type = CELL_NUMBER;
    let style = 0;
    let ref = '?';
    for (let a = nextAttribute(buf, from, to); a !== null; a = nextAttribute(buf, a.next, to)) {
      const s = a.valueStart;
      const e = a.valueEnd;
      if (isName(buf, a.nameStart, a.nameEnd, 'r')) {
        column = columnOf(buf, s, e, this.fail);
        if (column < 0 || column >= MAX_COLUMNS) ref = attributeText(buf, s, e, this.fail);
      } else if (isName(buf, a.nameStart, a.nameEnd, 't')) type = typeOf(buf, s, e, this.fail);
      else if (isName(buf, a.nameStart, a.nameEnd, 's')) style = numberOf(buf, s, e, this.fail);
    }
    this.column = column ?? this.column + 1;
    if (this.column < 0 || this.column >= MAX_COLUMNS) throw this.fail('corrupt', ref);
    cell.column = this.column;
    cell.type = type;
    cell.style = style;
    cell.valueLength = 0;
    cell.hasFormula = false;
    cell.formulaLength = 0;
    this.inCell = true;
  }
}

/** Local names the scanner acts on (a prefix such as `x:` is ignored, as Excel does). */
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const T = 4;
const F = 5;
const RPH = 6;

function localNameId(buf: Buffer, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) {
    if (buf[i] === 0x3a) {
      s = i + 1;
      break;
    }
  }
  const len = e - s;
  const b = buf[s]!;
  if (len === 1) return b === 0x63 ? C : b === 0x76 ? V : b === 0x74 ? T : b === 0x66 ? F : OTHER;
  if (len === 3) {
    if (b === 0x72 && buf[s + 1] === 0x6f && buf[s + 2] === 0x77) return ROW;
    if (b === 0x72 && buf[s + 1] === 0x50 && buf[s + 2] === 0x68) return RPH;
  }
  return OTHER;
}

function typeOf(buf: Buffer, s: number, e: number, fail: Fail): number {
  const len = e - s;
  const a = buf[s];
  if (len === 1) return a === 0x73 ? CELL_SHARED : a === 0x62 ? CELL_BOOLEAN : a === 0x6e ? CELL_NUMBER : CELL_TEXT;
  if (len === 3 && isName(buf, s, e, 'str')) return CELL_FORMULA_TEXT;
  for (let i = s; i < e; i++) if (buf[i] === AMP) return typeOfText(attributeText(buf, s, e, fail));
  return CELL_TEXT;
}

function typeOfText(t: string): number {
  return t === 's'
    ? CELL_SHARED
    : t === 'b'
      ? CELL_BOOLEAN
      : t === 'n'
        ? CELL_NUMBER
        : t === 'str'
          ? CELL_FORMULA_TEXT
          : CELL_TEXT;
}
