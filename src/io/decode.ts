/**
 * Bytes → text. Detects the byte-order mark (UTF-8, UTF-16 LE/BE), otherwise reads the encoding the
 * user named (default UTF-8, strict: invalid bytes are an error with a hint, never silent U+FFFD).
 */
import iconv from 'iconv-lite';
import { AuditError } from '../errors.js';

export type DetectedEncoding = { name: string; bomLength: number };

/** The encoding to use for a file, from its first bytes and the user's `--encoding`. */
export function detectEncoding(head: Uint8Array, requested: string | undefined): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bomLength: 2 };
  return { name: requested ?? 'utf-8', bomLength: 0 };
}

export function checkEncodingName(name: string): void {
  if (!iconv.encodingExists(name)) {
    throw new AuditError('E_ENCODING', `unknown encoding "${name}"`, { hint: 'use utf-8, utf-16le, windows-1258, …' });
  }
}

/** A stateful decoder: feed chunks, get text. UTF-8 is decoded strictly. */
export function makeDecoder(enc: DetectedEncoding, file: string): { write(chunk: Uint8Array): string; end(): string } {
  if (enc.name.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8') {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const fail = (cause: unknown): never => {
      throw new AuditError('E_NOT_UTF8', 'the file is not valid UTF-8 text', {
        place: { file },
        hint: 'if it was saved by an old Vietnamese system, try --encoding windows-1258; if it is an Excel file, save it as CSV UTF-8',
        cause,
      });
    };
    return {
      write: (chunk) => { try { return decoder.decode(chunk, { stream: true }); } catch (e) { return fail(e); } },
      end: () => { try { return decoder.decode(); } catch (e) { return fail(e); } },
    };
  }
  const decoder = iconv.getDecoder(enc.name);
  return { write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => decoder.end() ?? '' };
}
