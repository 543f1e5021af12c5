/**
 * Reading entries out of a zip archive (an .xlsx workbook) with Node's own zlib: the central directory
 * is read from the end of the file, and each entry is inflated as a stream, a block at a time. Nothing
 * else of the zip format is needed for workbooks, so nothing else is accepted: stored or deflated
 * entries only, no encryption, no ZIP64 (an Excel workbook over 4 GB is not an export).
 *
 * Every size is checked against limits stated here before and while inflating (a "zip bomb" declares
 * small sizes and inflates to gigabytes, or declares huge ones): an entry may not declare or inflate to
 * more than `MAX_ENTRY_BYTES`, nor inflate past its declared size, nor expand more than `MAX_RATIO`
 * times. A breach is an `AuditError` naming the file.
 */
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { AuditError } from '../errors.js';
import { say, type WorkbookProblem } from '../messages/errors.js';

/** Largest uncompressed entry read (a sheet of 1M rows × 20 columns is about 400 MB of XML). */
export const MAX_ENTRY_BYTES = 2 ** 31 - 1;
/** Largest ratio of uncompressed to compressed size accepted for entries over 1 MiB. */
export const MAX_RATIO = 1000;
/** Most entries in a workbook's directory. */
const MAX_ENTRIES = 10_000;
const BLOCK = 1 << 20;

/** Bytes read at any offset: a file, or a buffer. */
export interface ByteSource {
  readonly size: number;
  readAt(offset: number, length: number): Promise<Buffer>;
}

/** A regular file's bytes at any offset; `close` when done. Throws what `open` throws. */
export async function openFileSource(file: string): Promise<{ source: ByteSource; close: () => Promise<void> }> {
  const handle = await open(file, 'r');
  const size = (await handle.stat()).size;
  return {
    source: {
      size,
      readAt: async (offset, length) => {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        let filled = 0;
        while (filled < buf.length) {
          const { bytesRead } = await handle.read(buf, filled, buf.length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buf.subarray(0, filled);
      },
    },
    close: () => handle.close(),
  };
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** The entry's bytes, inflated a block at a time; checked against the limits as they come. */
  read(entry: ZipEntry): AsyncGenerator<Buffer>;
}

/** Read the central directory of the zip in `src`; throws `AuditError` for what is not a readable zip. */
export async function openZip(src: ByteSource, file: string): Promise<ZipArchive> {
  const fail = (problem: WorkbookProblem, detail = ''): AuditError =>
    new AuditError('E_WORKBOOK', say('workbookProblem', { kind: problem, detail }), { place: { file } });
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tail = await src.readAt(src.size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) throw fail('corrupt');
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw fail('tooLarge', 'ZIP64');
  if (count > MAX_ENTRIES) throw fail('tooLarge', `${count} > ${MAX_ENTRIES}`);
  if (dirOffset + dirSize > src.size) throw fail('corrupt');
  const dir = await src.readAt(dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) throw fail('corrupt');
    const nameLength = dir.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.flags & 1) throw fail('encrypted');
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw fail('tooLarge', 'ZIP64');
    entries.set(entry.name.replace(/^\/+/, ''), entry);
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return { entries, read: (entry) => readEntry(src, entry, fail) };
}

async function* readEntry(
  src: ByteSource,
  entry: ZipEntry,
  fail: (problem: WorkbookProblem, detail?: string) => AuditError,
): AsyncGenerator<Buffer> {
  if (entry.method !== 0 && entry.method !== 8) throw fail('corrupt', entry.name);
  if (entry.size > MAX_ENTRY_BYTES) throw fail('tooLarge', `${entry.name}: ${entry.size} > ${MAX_ENTRY_BYTES}`);
  if (entry.size > BLOCK && entry.size > entry.compressedSize * MAX_RATIO) {
    throw fail('tooLarge', `${entry.name}: ${entry.size} / ${entry.compressedSize} > ${MAX_RATIO}`);
  }
  const local = await src.readAt(entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw fail('corrupt', entry.name);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > src.size) throw fail('corrupt', entry.name);
  async function* compressed(): AsyncGenerator<Buffer> {
    for (let at = 0; at < entry.compressedSize; at += BLOCK) {
      yield await src.readAt(start + at, Math.min(BLOCK, entry.compressedSize - at));
    }
  }
  if (entry.method === 0) {
    yield* compressed();
    return;
  }
  const inflate = createInflateRaw();
  const feed = (async () => {
    for await (const chunk of compressed()) {
      if (inflate.destroyed) return;
      if (!inflate.write(chunk)) await new Promise<void>((resolve) => inflate.once('drain', resolve));
    }
    inflate.end();
  })();
  feed.catch((err: unknown) => inflate.destroy(err as Error));
  let produced = 0;
  try {
    for await (const out of inflate as AsyncIterable<Buffer>) {
      produced += out.length;
      if (produced > entry.size) throw fail('tooLarge', `${entry.name}: > ${entry.size}`);
      yield out;
    }
  } catch (err) {
    if (err instanceof AuditError) throw err;
    throw fail('corrupt', `${entry.name}: ${(err as Error).message}`);
  } finally {
    inflate.destroy();
  }
  if (produced !== entry.size) throw fail('corrupt', `${entry.name}: ${produced} ≠ ${entry.size}`);
}

/** Every byte of a small entry, as text; refused past `limit` bytes. */
export async function readEntryText(zip: ZipArchive, entry: ZipEntry, limit: number, file: string): Promise<string> {
  if (entry.size > limit) {
    throw new AuditError('E_WORKBOOK', say('workbookProblem', { kind: 'tooLarge', detail: `${entry.name}` }), {
      place: { file },
    });
  }
  const parts: Buffer[] = [];
  for await (const b of zip.read(entry)) parts.push(b);
  return Buffer.concat(parts).toString('utf8');
}
