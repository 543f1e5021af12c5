/**
 * Reading XML in place, byte by byte, for the sheet scanner (sheet-scanner.ts): tag names, attributes,
 * the five entities and character references, and the few attribute values a sheet's cells need as
 * numbers — without making a string unless a value is unusual (an entity in it) or an error names it.
 */
import { columnIndex, MAX_COLUMNS } from '../core/sheet-address.js';

export type ScanProblem = 'corrupt' | 'dtd';
export type Fail = (problem: ScanProblem, detail: string) => Error;

const AMP = 0x26;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

/** A hash of a tag's qualified name, to match close tags with open ones. */
export function nameHash(buf: Buffer, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h;
}

export function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

export function startsWith(buf: Buffer, p: number, n: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (p + k >= n || buf[p + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** The position after the first `end` at or after `from`; -1 when the block ends first. */
export function endOf(buf: Buffer, from: number, n: number, end: string): number {
  const at = buf.indexOf(end, Math.min(from, n), 'latin1');
  return at < 0 ? -1 : at + end.length;
}

interface Attribute {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  next: number;
}
const attribute: Attribute = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0, next: 0 };

/** The next `name="value"` of a tag between `p` and its `>` at `to` (one object, reused); null after the last. */
export function nextAttribute(buf: Buffer, p: number, to: number): Attribute | null {
  while (p < to && (isSpace(buf[p]!) || buf[p] === SLASH)) p++;
  if (p >= to) return null;
  const nameStart = p;
  while (p < to && buf[p] !== 0x3d && !isSpace(buf[p]!)) p++;
  const nameEnd = p;
  while (p < to && isSpace(buf[p]!)) p++;
  if (buf[p] !== 0x3d) return null; // an attribute without a value: ignored, as are the rest
  p++;
  while (p < to && isSpace(buf[p]!)) p++;
  const q = buf[p];
  if (q !== QUOTE && q !== APOS) return null;
  const close = buf.indexOf(q, p + 1);
  if (close < 0 || close > to) return null;
  attribute.nameStart = nameStart;
  attribute.nameEnd = nameEnd;
  attribute.valueStart = p + 1;
  attribute.valueEnd = close;
  attribute.next = close + 1;
  return attribute;
}

export function isName(buf: Buffer, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (buf[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** An attribute's value as a string, entities decoded (error messages and uncommon values only). */
export function attributeText(buf: Buffer, s: number, e: number, fail: Fail): string {
  let out = '';
  let from = s;
  for (let i = s; i < e; i++) {
    if (buf[i] !== AMP) continue;
    const semi = buf.indexOf(0x3b, i + 1);
    if (semi < 0 || semi >= e) throw fail('corrupt', 'Invalid character entity');
    out += buf.toString('utf8', from, i) + String.fromCodePoint(entityCode(buf, i + 1, semi, fail));
    i = semi;
    from = semi + 1;
  }
  return out + buf.toString('utf8', from, e);
}

/** The code point of the entity between `&` and `;` (`s`, `e`): one of the five, or `#…`/`#x…`. */
export function entityCode(buf: Uint8Array, s: number, e: number, fail: Fail): number {
  const len = e - s;
  const a = buf[s];
  if (a === 0x23) {
    const hex = buf[s + 1] === 0x78;
    let cp = 0;
    let i = hex ? s + 2 : s + 1;
    if (i >= e) throw fail('corrupt', 'Invalid character entity');
    for (; i < e; i++) {
      const d = buf[i]!;
      const v =
        d >= 0x30 && d <= 0x39
          ? d - 0x30
          : hex && d >= 0x61 && d <= 0x66
            ? d - 0x57
            : hex && d >= 0x41 && d <= 0x46
              ? d - 0x37
              : -1;
      if (v < 0) throw fail('corrupt', 'Invalid character entity');
      cp = cp * (hex ? 16 : 10) + v;
      if (cp > 0x10ffff) throw fail('corrupt', 'Invalid character entity');
    }
    return cp;
  }
  const b = buf[s + 1];
  if (len === 2 && b === 0x74 && (a === 0x6c || a === 0x67)) return a === 0x6c ? 0x3c : 0x3e; // lt gt
  if (len === 3 && a === 0x61 && b === 0x6d && buf[s + 2] === 0x70) return 0x26; // amp
  if (len === 4 && a === 0x71 && isName(buf as Buffer, s, e, 'quot')) return 0x22;
  if (len === 4 && a === 0x61 && isName(buf as Buffer, s, e, 'apos')) return 0x27;
  throw fail('corrupt', 'Invalid character entity');
}

/** A cell reference's column: letters A–Z as `columnIndex` (core/sheet-address.ts) reads them. */
export function columnOf(buf: Buffer, s: number, e: number, fail: Fail): number {
  let n = 0;
  let i = s;
  for (; i < e; i++) {
    const c = buf[i]!;
    if (c === AMP) return columnIndex(attributeText(buf, s, e, fail));
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return i === s ? -1 : n - 1;
}

/** `Number(value)`: digits read in place, anything else through `Number`. */
export function numberOf(buf: Buffer, s: number, e: number, fail: Fail): number {
  if (e > s && e - s <= 15) {
    let n = 0;
    let i = s;
    for (; i < e; i++) {
      const d = buf[i]! - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === e) return n;
  }
  return Number(attributeText(buf, s, e, fail));
}
