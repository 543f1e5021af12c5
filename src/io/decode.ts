/**
 * Bytes → text. Detects the byte-order mark (UTF-8, UTF-16 LE/BE), otherwise reads the encoding the
 * user named (default UTF-8, strict: invalid bytes are an error with a hint, never silent U+FFFD; the
 * CSV reader decodes leniently instead and is told where each U+FFFD stands for bad bytes).
 * `--encoding tcvn3` / `vni` read legacy font text (see legacy-encoding.ts) on top of the bytes' own
 * encoding (a BOM's, else UTF-8 when the first bytes are valid UTF-8, else Latin-1). Every decoded
 * text is normalised to NFC: Windows-1258 writes tones as combining marks, and NFD exports exist.
 */
import { isUtf8 as isWholeUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { isLegacyFont, makeLegacyConverter, type LegacyFont } from './legacy-encoding.js';

export type DetectedEncoding = { name: string; bomLength: number; font: LegacyFont | null };

/** The encoding to use for a file, from its first bytes and the user's `--encoding`. */
export function detectEncoding(head: Uint8Array, requested: string | undefined): DetectedEncoding {
  const font = requested !== undefined && isLegacyFont(requested) ? (requested.toLowerCase() as LegacyFont) : null;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', bomLength: 3, font };
  if (head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', bomLength: 2, font };
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bomLength: 2, font };
  if (font !== null) return { name: isUtf8(head) ? 'utf-8' : 'latin1', bomLength: 0, font };
  return { name: requested ?? 'utf-8', bomLength: 0, font };
}

/** The name shown in reports: the font when one was named, else the byte encoding. */
export function encodingLabel(enc: DetectedEncoding): string {
  return enc.font ?? enc.name;
}

export function isUtf8Name(name: string): boolean {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8';
}

/** Whether bytes are valid UTF-8, allowing a sequence cut at the end (the head of a larger file). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function checkEncodingName(name: string): void {
  if (!isLegacyFont(name) && !iconv.encodingExists(name)) {
    throw new AuditError('E_ENCODING', say('unknownEncoding', { name }));
  }
}

/**
 * How many of `bytes` read as UTF-8 before the first byte that cannot (a prefix is valid, read as the
 * start of a stream, up to that byte and invalid beyond it: found by halving).
 */
export function validUtf8Prefix(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

interface Decoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * A stateful decoder: feed chunks, get NFC text. UTF-8 is decoded strictly, unless `replaced` is given
 * (and no legacy font is read on top): then each run of bad bytes becomes U+FFFD and is logged there,
 * so that the reader can tell which cells held bad bytes once the text is parsed.
 */
export function makeDecoder(enc: DetectedEncoding, file: string, startOffset = 0, replaced?: Replacements): Decoder {
  const utf8 = isUtf8Name(enc.name);
  const bytes =
    utf8 && replaced !== undefined && enc.font === null
      ? lenientUtf8(startOffset, replaced)
      : utf8
        ? strictUtf8(file, startOffset)
        : iconvDecoder(enc.name);
  const font = enc.font === null ? null : makeLegacyConverter(enc.font);
  const nfc = makeNfc();
  return {
    write: (chunk) => {
      const text = bytes.write(chunk);
      return nfc.write(font === null ? text : font.write(text));
    },
    end: () => {
      const rest = bytes.end();
      return nfc.write(font === null ? rest : font.write(rest) + font.end()) + nfc.end();
    },
  };
}

/** `before`: the file offset of the first byte given (the reader may start after a BOM or mid-file). */
function strictUtf8(file: string, startOffset: number): Decoder {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The file offset of the current chunk: the bad byte's offset is counted from it. */
  let before = startOffset;
  const fail = (cause: unknown, offset: number | null): never => {
    throw new AuditError('E_NOT_UTF8', say('notUtf8', { offset }), { place: { file }, cause });
  };
  return {
    write: (chunk) => {
      try {
        const text = decoder.decode(chunk, { stream: true });
        before += chunk.length;
        return text;
      } catch (e) {
        return fail(e, before + validUtf8Prefix(chunk));
      }
    },
    end: () => {
      try {
        return decoder.decode();
      } catch (e) {
        return fail(e, before);
      }
    },
  };
}

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
function lenientUtf8(startOffset: number, replaced: Replacements): Decoder {
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

function iconvDecoder(name: string): Decoder {
  const decoder = iconv.getDecoder(name);
  return {
    write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

/** Is this UTF-16 code unit a combining diacritical mark (the marks NFC composes with a letter)? */
function isMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * NFC over a stream: the last letter of a chunk and any marks after it wait for the next chunk, since
 * the next chunk may start with more marks for that letter.
 */
export function makeNfc(): { write(text: string): string; end(): string } {
  let held = '';
  return {
    write(text) {
      const all = held + text;
      let cut = all.length;
      while (cut > 0 && isMark(all.charCodeAt(cut - 1))) cut--;
      if (cut > 0) cut--;
      if (cut > 0 && isLowSurrogate(all.charCodeAt(cut))) cut--;
      held = all.slice(cut);
      return all.slice(0, cut).normalize('NFC');
    },
    end() {
      const last = held.normalize('NFC');
      held = '';
      return last;
    },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
