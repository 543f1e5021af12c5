/**
 * Short descriptions of how two outputs differ: for text, the first differing line with a little
 * context; for a zip (xlsx), which entries differ and the first differing line inside; for other
 * bytes, the first differing offset.
 */
import { isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';

const CONTEXT = 2;
const AFTER = 3;
const MAX_LINE = 160;

/** `null` when identical, else a few lines saying where `a` (baseline) and `b` (candidate) part. */
export function describeDifference(name, a, b) {
  if (a.equals(b)) return null;
  const za = zipEntries(a);
  const zb = zipEntries(b);
  if (za !== null && zb !== null) return zipDifference(name, a, b, za, zb);
  if (isText(a) && isText(b)) return `${name}: ${textDifference(a.toString('utf8'), b.toString('utf8'))}`;
  return `${name}: ${binaryDifference(a, b)}`;
}

const isText = (buf) => isUtf8(buf) && !buf.includes(0);

/**
 * Control characters, BOMs and bidi marks made visible; a long line cut to a window starting at `from`
 * (the same for every line shown, so that they stay aligned around the first differing column).
 */
function visible(line, from) {
  const cut = line.length > MAX_LINE;
  const part = cut ? line.slice(from, from + MAX_LINE) : line;
  const shown = part.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff\u200e\u200f\u202a-\u202e]/g, (ch) =>
    ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (!cut) return shown;
  return `${from > 0 ? '…' : ''}${shown}${from + MAX_LINE < line.length ? '…' : ''} (${line.length} chars)`;
}

export function textDifference(x, y) {
  const a = x.split('\n');
  const b = y.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) differing++;
  const la = a[first] ?? '';
  const lb = b[first] ?? '';
  let column = 0;
  while (column < la.length && column < lb.length && la[column] === lb[column]) column++;
  const from = Math.max(0, column - 60);
  const lines = [
    `line ${first + 1}, column ${column + 1} differs first (${differing} line` +
      `${differing === 1 ? ' differs' : 's differ'} ` +
      `in all, by position; baseline ${a.length} lines / ${Buffer.byteLength(x)} bytes, ` +
      `candidate ${b.length} lines / ${Buffer.byteLength(y)} bytes)`,
  ];
  const show = (mark, list, i) => lines.push(`  ${mark} ${String(i + 1).padStart(6)}   ${visible(list[i], from)}`);
  for (let i = Math.max(0, first - CONTEXT); i < first; i++) show(' ', a, i);
  for (let i = first; i < Math.min(a.length, first + AFTER); i++) show('-', a, i);
  if (first >= a.length) lines.push('  - (end of the baseline output)');
  for (let i = first; i < Math.min(b.length, first + AFTER); i++) show('+', b, i);
  if (first >= b.length) lines.push('  + (end of the candidate output)');
  return lines.join('\n');
}

function binaryDifference(a, b) {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const hex = (buf) =>
    buf.length <= at
      ? '(ends here)'
      : [...buf.subarray(Math.max(0, at - 4), at + 12)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
  return [
    `bytes differ from offset ${at} (baseline ${a.length} bytes, candidate ${b.length} bytes)`,
    `  - ${hex(a)}`,
    `  + ${hex(b)}`,
  ].join('\n');
}

/** name → { data (inflated), offset of its local header } for a zip, or null when `buf` is not one. */
function zipEntries(buf) {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) return null;
  try {
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const entries = new Map();
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) return null;
      const method = buf.readUInt16LE(p + 10);
      const size = buf.readUInt32LE(p + 20);
      const nameLength = buf.readUInt16LE(p + 28);
      const extra = buf.readUInt16LE(p + 30);
      const comment = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + size);
      entries.set(name, { data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw), offset: local });
      p += 46 + nameLength + extra + comment;
    }
    return entries;
  } catch {
    return null;
  }
}

function zipDifference(name, a, b, za, zb) {
  const lines = [`${name}: zip (xlsx) bytes differ (baseline ${a.length} bytes, candidate ${b.length} bytes)`];
  const names = [...new Set([...za.keys(), ...zb.keys()])];
  let shown = 0;
  for (const entry of names) {
    const x = za.get(entry);
    const y = zb.get(entry);
    if (x === undefined) lines.push(`  entry ${entry}: in the candidate only`);
    else if (y === undefined) lines.push(`  entry ${entry}: in the baseline only`);
    else if (!x.data.equals(y.data)) {
      lines.push(
        `  entry ${entry}: content differs${shown === 0 ? '' : ' (not shown)'}`,
        ...(shown++ === 0
          ? (isText(x.data) && isText(y.data)
              ? textDifference(x.data.toString('utf8'), y.data.toString('utf8'))
              : binaryDifference(x.data, y.data)
            )
              .split('\n')
              .map((l) => `    ${l}`)
          : []),
      );
    }
  }
  if (lines.length === 1) lines.push(`  every entry has the same content; the zip itself: ${binaryDifference(a, b)}`);
  return lines.join('\n');
}
