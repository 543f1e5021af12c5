/**
 * UTF-8 read leniently, for the CSV reader: each run of bad bytes becomes one U+FFFD (as TextDecoder
 * reads it) and its file offset is logged, so that once the text is parsed the reader can tell a cell
 * that held bad bytes from one holding a U+FFFD written as such (csv-rows.ts), and treat it as the
 * byte tokenizer treats a bad byte.
 */
import { isUtf8 as isWholeUtf8 } from 'node:buffer';
import type { Decoder } from './decode.js';

/**
 * Every U+FFFD of a decoded text, in order: the file offset of the bad bytes it stands for, or null for
 * a U+FFFD written in the file as such (bytes EF BF BD). The parser keeps every character of a field,
 * so the U+FFFDs of the cells it returns come in this order.
 */
export class Replacements {
  private queue: (number | null)[] = [];
  private head = 0;

  push(offset: number | null): void {
    this.queue.push(offset);
  }

  /** Takes the next `n`: the offset of the first that stands for bad bytes, or undefined if none does. */
  take(n: number): number | undefined {
    let first: number | undefined;
    for (let k = 0; k < n && this.head < this.queue.length; k++) {
      const offset = this.queue[this.head++]!;
      if (first === undefined && offset !== null) first = offset;
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return first;
  }
}

/** Log a null for each U+FFFD written as such in `text`. */
function logLiterals(text: string, replaced: Replacements): void {
  for (let p = text.indexOf('\ufffd'); p >= 0; p = text.indexOf('\ufffd', p + 1)) replaced.push(null);
}

/** Where an unfinished sequence starts in the last three bytes, or `bytes.length`. */
function unfinishedFrom(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if (b < 0x80) break;
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > k ? bytes.length - k : bytes.length;
  }
  return bytes.length;
}

/**
 * UTF-8 with each run of bad bytes read as one U+FFFD, as TextDecoder does (the WHATWG decoder's
 * maximal subparts), each logged with its file offset. Valid chunks are decoded natively; only a chunk
 * with a bad byte is walked byte by byte.
 */
export function lenientUtf8(startOffset: number, replaced: Replacements): Decoder {
  let pending: Buffer = Buffer.alloc(0);
  /** The file offset of `pending[0]` (or of the next chunk when nothing is pending). */
  let at = startOffset;
  const decode = (chunk: Uint8Array, final: boolean): string => {
    const input = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const all = pending.length === 0 ? input : Buffer.concat([pending, input]);
    const cut = final ? all.length : unfinishedFrom(all);
    if (isWholeUtf8(all.subarray(0, cut))) {
      const text = all.toString('utf8', 0, cut);
      logLiterals(text, replaced);
      pending = Buffer.from(all.subarray(cut));
      at += cut;
      return text;
    }
    const { text, end } = walkUtf8(all, final, at, replaced);
    pending = Buffer.from(all.subarray(end));
    at += end;
    return text;
  };
  return { write: (chunk) => decode(chunk, false), end: () => decode(new Uint8Array(0), true) };
}

/**
 * The WHATWG UTF-8 decoder over `bytes` (file offset `at`): the text, each bad run logged; `end` is
 * where an unfinished sequence starts when not `final` (its bytes wait for the next chunk).
 */
function walkUtf8(bytes: Buffer, final: boolean, at: number, replaced: Replacements): { text: string; end: number } {
  let text = '';
  let run = 0; // start of the current run of valid bytes
  let lead = 0; // start of the sequence being read
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const bad = (start: number, end: number): void => {
    const valid = bytes.toString('utf8', run, start);
    logLiterals(valid, replaced);
    replaced.push(at + start);
    text += `${valid}\ufffd`;
    run = end;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      lead = i;
      if (b < 0x80) continue;
      lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) needed = 2;
      else if (b >= 0xf0 && b <= 0xf4) needed = 3;
      else bad(i, i + 1);
      continue;
    }
    if (b < lower || b > upper) {
      needed = 0;
      bad(lead, i);
      i--; // the byte is read again, as the start of a sequence
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    needed--;
  }
  if (needed === 0) {
    const valid = bytes.toString('utf8', run);
    logLiterals(valid, replaced);
    return { text: text + valid, end: bytes.length };
  }
  if (final) {
    bad(lead, bytes.length);
    return { text, end: bytes.length };
  }
  const valid = bytes.toString('utf8', run, lead);
  logLiterals(valid, replaced);
  return { text: text + valid, end: lead };
}
