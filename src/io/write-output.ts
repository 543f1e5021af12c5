/**
 * Where the bytes go. Files are written to a temporary name beside the target, flushed to disk and
 * renamed, so an interrupted run leaves the old file or none, never half of one. The temporary files
 * in flight are listed, so that the CLI's signal handler can remove them (`removeTempFiles`). A UTF-8
 * BOM is added to text on request so that Excel shows Vietnamese diacritics.
 */
import { randomBytes } from 'node:crypto';
import { close, fdatasync, openSync, realpathSync, write } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { inFlight } from './temp-files.js';

export { removeTempFiles, tempFilesInFlight } from './temp-files.js';

export const UTF8_BOM = '\ufeff';

/** Bytes per write: between two writes a signal handler gets its turn. */
const CHUNK = 1 << 20;

/**
 * Write `data` (text as UTF-8, or bytes) to `file` atomically. The temporary name is unpredictable
 * and created exclusively, so a file or link planted under it cannot be followed. It is created
 * synchronously and listed at once: a signal handler never runs between the two, so it always knows
 * every temporary file that exists.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array | { stream: Iterable<string | Uint8Array> },
  opts: { bom?: boolean } = {},
): Promise<void> {
  // Through a symbolic link to the file it names: the link stays a link (and /dev/stdout stays a device).
  const target = resolveLink(file);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = openSync(tmp, 'wx', 0o666);
    created = true;
    inFlight.add(tmp);
    try {
      for (const bytes of byteChunks(data, opts.bom === true)) {
        for (let offset = 0; offset < bytes.length; ) offset += await writeSome(fd, bytes, offset);
      }
      await new Promise<void>((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve())));
    } finally {
      await new Promise<void>((resolve) => close(fd, () => resolve()));
    }
    await rename(tmp, target);
    inFlight.delete(tmp);
  } catch (err) {
    if (created) await unlink(tmp).catch(() => undefined);
    inFlight.delete(tmp);
    throw writeError(err, file);
  }
}

/**
 * The bytes to write, a chunk at a time: a report of a million dossiers is a string of a hundred
 * megabytes, and encoding it whole would hold a second copy of it in memory. Chunks never split a
 * surrogate pair.
 */
function* byteChunks(
  data: string | Uint8Array | { stream: Iterable<string | Uint8Array> },
  bom: boolean,
): Generator<Uint8Array> {
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  if (bom) yield Buffer.from(UTF8_BOM, 'utf8');
  if (typeof data !== 'string') {
    yield* streamChunks(data.stream);
    return;
  }
  yield* textChunks(data);
}

/**
 * Pieces of a text stream encoded into chunks of up to CHUNK bytes. One buffer is filled again and
 * again: the writer has written a chunk before it asks for the next. A piece is never split, unless it
 * alone is larger than a chunk; pieces hold whole characters (a renderer's JSON, lines of text). A
 * piece already in bytes goes out as it is, after what was gathered before it.
 */
function* streamChunks(pieces: Iterable<string | Uint8Array>): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (used > 0) yield buf.subarray(0, used);
      used = 0;
      yield piece;
      continue;
    }
    if (piece.length * 3 > CHUNK - used) {
      // It may not fit (a character takes up to 3 bytes): send what there is first.
      if (used > 0) yield buf.subarray(0, used);
      used = 0;
      if (piece.length * 3 > CHUNK) {
        yield* textChunks(piece);
        continue;
      }
    }
    used += buf.write(piece, used, 'utf8');
  }
  if (used > 0) yield buf.subarray(0, used);
}

function* textChunks(data: string): Generator<Uint8Array> {
  for (let start = 0; start < data.length; ) {
    let end = Math.min(start + CHUNK, data.length);
    const last = data.charCodeAt(end - 1);
    if (end < data.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a high surrogate with its low half
    yield Buffer.from(data.slice(start, end), 'utf8');
    start = end;
  }
}

/** The file a path names once symbolic links are followed; the path itself when it does not exist yet. */
function resolveLink(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function writeSome(fd: number, bytes: Uint8Array, offset: number): Promise<number> {
  return new Promise((resolve, reject) => {
    write(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset), null, (err, written) =>
      err ? reject(err) : written > 0 ? resolve(written) : reject(new Error('nothing written')),
    );
  });
}

function writeError(err: unknown, file: string): AuditError {
  const code = (err as NodeJS.ErrnoException).code;
  return new AuditError('E_WRITE', say('cannotWrite', { code: code ?? null }), { place: { file }, cause: err });
}
