/**
 * An input file opened once and read forward: its first bytes (for sniffing the encoding and the
 * delimiter) and then the rest, block after block, never seeking back. Every byte is hashed (SHA-256)
 * as it is read, so the report's provenance names the exact file without a second read. Errors opening
 * or reading it become the tool's own messages (`toFileError`).
 *
 * Not every input is a regular file: `-` is standard input, and a path may name a pipe (a FIFO,
 * `/dev/stdin`). A pipe is read through the event loop (pipe-input.ts), never by a blocking read in
 * the thread pool: a read that waits for a writer would keep the process from exiting on Ctrl-C. A
 * terminal is refused at once (the run would wait for typing), and so is a pipe named twice (the second
 * read would find it empty): `checkStreamInputs`.
 */
import { createHash } from 'node:crypto';
import { constants, fstat, open as openFd, read as readFd, type Stats } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { isatty } from 'node:tty';
import type { Fingerprint } from '../core/provenance.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { pipeInput } from './pipe-input.js';

/** Bytes read for sniffing: the encoding, legacy fonts, the delimiter and binary content are judged on them. */
export const HEAD_BYTES = 1 << 16;

/** The input name that means standard input. */
export const STDIN = '-';

export interface Input {
  file: string;
  /** The size in bytes, when the file has one (a regular file). */
  size: number | null;
  /** The first bytes (up to HEAD_BYTES; fewer only when the file is shorter). */
  head: Buffer;
  /** Read the next bytes after everything read so far into `buf[offset, offset + length)`; 0 at the end. */
  read(buf: Buffer, offset: number, length: number): Promise<number>;
  /** How many bytes have been read so far, head included (for the progress line's share read). */
  bytesRead(): number;
  /**
   * The size and SHA-256 of the whole file: the bytes read so far, and any not yet read (read now,
   * forward, when the reader stopped before the end). Call once, after reading.
   */
  fingerprint(): Promise<Fingerprint>;
  close(): Promise<void>;
}

/** How bytes are pulled from an opened input, before its head is read. */
export interface ByteSource {
  size: number | null;
  read(buf: Buffer, offset: number, length: number): Promise<number>;
  close(): Promise<void>;
}

/** Open `file` and read its head (`headBytes` is for tests: blocks cut anywhere). */
export async function openInput(file: string, headBytes = HEAD_BYTES): Promise<Input> {
  const source = await openSource(file);
  try {
    const head = Buffer.alloc(headBytes);
    let filled = 0;
    while (filled < headBytes) {
      const bytesRead = await source.read(head, filled, headBytes - filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const hash = createHash('sha256').update(head.subarray(0, filled));
    let bytes = filled;
    let atEnd = filled < headBytes;
    const read = async (buf: Buffer, offset: number, length: number): Promise<number> => {
      let n: number;
      try {
        n = await source.read(buf, offset, length);
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
      size: source.size,
      head: head.subarray(0, filled),
      read,
      bytesRead: () => bytes,
      fingerprint: async () => {
        const rest = Buffer.allocUnsafe(1 << 16);
        while (!atEnd) await read(rest, 0, rest.length);
        return { size: bytes, sha256: hash.digest('hex') };
      },
      close: () => source.close(),
    };
  } catch (err) {
    await source.close();
    throw toFileError(err, file);
  }
}

async function openSource(file: string): Promise<ByteSource> {
  if (file === STDIN) return openStdin();
  let found: Stats;
  try {
    found = await stat(file);
  } catch (err) {
    throw toFileError(err, file);
  }
  if (found.isDirectory()) throw toFileError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), file);
  if (found.isFIFO()) {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits, in the thread pool, for a writer.
    const fd = await new Promise<number>((resolve, reject) =>
      openFd(file, constants.O_RDONLY | constants.O_NONBLOCK, (err, fd) =>
        err ? reject(toFileError(err, file)) : resolve(fd),
      ),
    );
    return pipeInput(fd);
  }
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw toFileError(err, file);
  }
  if (isatty(handle.fd)) {
    await handle.close();
    throw terminalError(file);
  }
  return {
    size: found.isFile() ? found.size : null,
    read: async (buf, offset, length) => (await handle.read(buf, offset, length, null)).bytesRead,
    close: () => handle.close(),
  };
}

/** Standard input, file descriptor 0: a file redirected with `<` is read as a file, anything else as a pipe. */
async function openStdin(): Promise<ByteSource> {
  if (isatty(0)) throw terminalError(STDIN);
  const found = await new Promise<Stats>((resolve, reject) =>
    fstat(0, (err, s) => (err ? reject(toFileError(err, STDIN)) : resolve(s))),
  );
  // Read once, by this run only: closing it when done (a pipe's socket does) takes nothing from anyone.
  const leaveOpen = (): Promise<void> => Promise.resolve();
  if (!found.isFile()) return pipeInput(0);
  return {
    size: null, // the part before the current offset is not read
    read: (buf, offset, length) =>
      new Promise((resolve, reject) =>
        readFd(0, buf, offset, length, null, (err, n) => (err ? reject(err) : resolve(n))),
      ),
    close: leaveOpen,
  };
}

function terminalError(file: string): AuditError {
  return new AuditError('E_TERMINAL', say('inputIsTerminal', { stdin: file === STDIN }), { place: { file } });
}

/**
 * Refuse, before anything is read, an input that can be read only once and is named twice: `-` on both
 * sides, or one FIFO given twice. (A regular file named twice is read twice, as before.)
 */
export async function checkStreamInputs(files: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  for (const file of files) {
    let key: string | null = null;
    if (file === STDIN) key = STDIN;
    else {
      const s = await stat(file).catch(() => null);
      if (s?.isFIFO() === true) key = `${s.dev}:${s.ino}`;
    }
    if (key === null) continue;
    if (seen.has(key)) throw new AuditError('E_STREAM_TWICE', say('streamInputTwice', {}), { place: { file } });
    seen.add(key);
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
  if (code === 'ENXIO') return new AuditError('E_NOT_READABLE', say('notReadableInput', {}), { place: { file } });
  return err;
}

/** The size and SHA-256 of bytes read whole (the option files: calendar, config). */
export function fingerprintOf(bytes: Uint8Array): Fingerprint {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
