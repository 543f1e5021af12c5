/**
 * Bytes → text. Detects the byte-order mark (UTF-8, UTF-16 LE/BE), otherwise reads the encoding the
 * user named (default UTF-8, strict: invalid bytes are an error with a hint, never silent U+FFFD; the
 * CSV reader decodes leniently instead and is told where each U+FFFD stands for bad bytes).
 * `--encoding tcvn3` / `vni` read legacy font text (see legacy-encoding.ts) on top of the bytes' own
 * encoding (a BOM's, else UTF-8 when the first bytes are valid UTF-8, else Latin-1). Every decoded
 * text is normalised to NFC: Windows-1258 writes tones as combining marks, and NFD exports exist.
 */
import { iconv } from './iconv.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { isLegacyFont, makeLegacyConverter, type LegacyFont } from './legacy-encoding.js';
import { lenientUtf8, type Replacements } from './lenient-utf8.js';

export { Replacements } from './lenient-utf8.js';

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
  if (!isLegacyFont(name) && !iconv().encodingExists(name)) {
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

export interface Decoder {
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

function iconvDecoder(name: string): Decoder {
  const decoder = iconv().getDecoder(name);
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
