/**
 * Reading the tool's report without holding its findings: at 10M dirty rows the report is ~2 GB, more
 * than one JS string can hold. The bytes are scanned once; the top-level `findings` array is skipped
 * (or its elements handed to a callback) and everything else is parsed as usual. Also reads DuckDB's
 * findings file (a top-level array) element by element.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);
const COLON = 0x3a;
const COMMA = 0x2c;

/**
 * Stream a JSON file. `skipKey`: a top-level key whose value is replaced by `[]` in the parsed result;
 * `onElement(text)`: called with the text of each element of that array (or, with skipKey null, of a
 * top-level array). Returns the parsed rest (null for a top-level array).
 */
export function scanJson(file, skipKey, onElement = null, chunkBytes = 1 << 20) {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(chunkBytes);
  const kept = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let keyBytes = null; // first bytes of the current string at depth 1 (a candidate key)
  let lastString = null;
  let skipping = false; // inside the skipped value (or the top-level array)
  let elementParts = null;
  const topArray = skipKey === null;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let keepFrom = 0;
      let elementFrom = -1;
      for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) {
            inString = false;
            if (keyBytes) {
              lastString = Buffer.from(keyBytes).toString('utf8');
              keyBytes = null;
            }
          } else if (keyBytes && keyBytes.length < 64) keyBytes.push(c);
          continue;
        }
        if (c === QUOTE) {
          inString = true;
          if (depth === 1 && !skipping) keyBytes = [];
        } else if (OPEN.has(c)) {
          depth++;
          if (topArray && depth === 1) {
            skipping = true;
          } else if (skipping && depth === (topArray ? 2 : 3) && onElement) {
            elementParts = [];
            elementFrom = i;
          }
        } else if (CLOSE.has(c)) {
          depth--;
          if (skipping && elementParts && depth === (topArray ? 1 : 2)) {
            elementParts.push(buf.subarray(elementFrom === -1 ? 0 : elementFrom, i + 1));
            onElement(Buffer.concat(elementParts).toString('utf8'));
            elementParts = null;
            elementFrom = -1;
          }
          if (skipping && !topArray && depth === 1) {
            skipping = false;
            kept.push(Buffer.from('[]'));
            keepFrom = i + 1;
          }
        } else if (c === COLON && depth === 1 && !topArray && lastString === skipKey) {
          kept.push(Buffer.from(buf.subarray(keepFrom, i + 1)));
          skipping = true;
          lastString = null;
        } else if (c === COMMA && depth === 1) lastString = null;
      }
      if (elementParts) elementParts.push(Buffer.from(buf.subarray(elementFrom === -1 ? 0 : elementFrom, n)));
      if (!skipping && !topArray) kept.push(Buffer.from(buf.subarray(keepFrom, n)));
    }
  } finally {
    closeSync(fd);
  }
  return topArray ? null : JSON.parse(Buffer.concat(kept).toString('utf8'));
}
