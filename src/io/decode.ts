/**
 * Bytes → text. Detects the byte-order mark (UTF-8, UTF-16 LE/BE), otherwise reads the encoding the
 * user named (default UTF-8, strict: invalid bytes are an error with a hint, never silent U+FFFD).
 * `--encoding tcvn3` / `vni` read legacy font text (see legacy-encoding.ts) on top of the bytes' own
 * encoding (a BOM's, else UTF-8 when the first bytes are valid UTF-8, else Latin-1). Every decoded
 * text is normalised to NFC: Windows-1258 writes tones as combining marks, and NFD exports exist.
 */
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

interface Decoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/** A stateful decoder: feed chunks, get NFC text. UTF-8 is decoded strictly. */
export function makeDecoder(enc: DetectedEncoding, file: string): Decoder {
  const bytes = isUtf8Name(enc.name) ? strictUtf8(file) : iconvDecoder(enc.name);
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

function strictUtf8(file: string): Decoder {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const fail = (cause: unknown): never => {
    throw new AuditError('E_NOT_UTF8', say('notUtf8', {}), { place: { file }, cause });
  };
  return {
    write: (chunk) => {
      try {
        return decoder.decode(chunk, { stream: true });
      } catch (e) {
        return fail(e);
      }
    },
    end: () => {
      try {
        return decoder.decode();
      } catch (e) {
        return fail(e);
      }
    },
  };
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
