/**
 * An input file opened once and read forward: its first bytes (for sniffing the encoding and the
 * delimiter) and then the rest, block after block, never seeking back. Every byte is hashed (SHA-256)
 * as it is read, so the report's provenance names the exact file without a second read. Errors opening
 * or reading it become the tool's own messages (`toFileError`).
 */
import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import type { Fingerprint } from '../core/provenance.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';

/** Bytes read for sniffing: the encoding, legacy fonts, the delimiter and binary content are judged on them. */
export const HEAD_BYTES = 1 << 16;

export interface Input {
  file: string;
  /** The size in bytes, when the file has one (a regular file). */
  size: number | null;
  /** The first bytes (up to HEAD_BYTES; fewer only when the file is shorter). */
  head: Buffer;
  /** Read the next bytes after everything read so far into `buf[offset, offset + length)`; 0 at the end. */
  read(buf: Buffer, offset: number, length: number): Promise<number>;
  /**
   * The size and SHA-256 of the whole file: the bytes read so far, and any not yet read (read now,
   * forward, when the reader stopped before the end). Call once, after reading.
   */
  fingerprint(): Promise<Fingerprint>;
  close(): Promise<void>;
}

/** Open `file` and read its head (`headBytes` is for tests: blocks cut anywhere). */
export async function openInput(file: string, headBytes = HEAD_BYTES): Promise<Input> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw toFileError(err, file);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw toFileError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), file);
    const head = Buffer.alloc(headBytes);
    let filled = 0;
    while (filled < headBytes) {
      const { bytesRead } = await handle.read(head, filled, headBytes - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const hash = createHash('sha256').update(head.subarray(0, filled));
    let bytes = filled;
    let atEnd = filled < headBytes;
    const read = async (buf: Buffer, offset: number, length: number): Promise<number> => {
      let n: number;
      try {
        n = (await handle.read(buf, offset, length, null)).bytesRead;
      } catch (err) {
        throw toFileError(err, file);
      }
      if (n === 0 && length > 0) atEnd = true;
      hash.update(buf.subarray(offset, offset + n));
      bytes += n;
      return n;
    };
    return {
      file,
      size: stat.isFile() ? stat.size : null,
      head: head.subarray(0, filled),
      read,
      fingerprint: async () => {
        const rest = Buffer.allocUnsafe(1 << 16);
        while (!atEnd) await read(rest, 0, rest.length);
        return { size: bytes, sha256: hash.digest('hex') };
      },
      close: () => handle.close(),
    };
  } catch (err) {
    await handle.close();
    throw toFileError(err, file);
  }
}

/** The tool's error for a file that cannot be opened or read; anything else is passed on as it is. */
export function toFileError(err: unknown, file: string): unknown {
  if (err instanceof AuditError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT')
    return new AuditError('E_NO_FILE', say('fileNotFound', { role: 'input' }), { place: { file } });
  if (code === 'EISDIR') return new AuditError('E_IS_DIR', say('isFolder', {}), { place: { file } });
  if (code === 'EACCES') return new AuditError('E_ACCESS', say('permissionDenied', {}), { place: { file } });
  return err;
}

/** The size and SHA-256 of bytes read whole (the option files: calendar, config). */
export function fingerprintOf(bytes: Uint8Array): Fingerprint {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
