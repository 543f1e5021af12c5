/**
 * What an existing file at an output path holds, read cheaply so that the tool can tell a file it
 * wrote itself from anything else before replacing it (commands/overwrite-policy.ts): the first bytes
 * of the file, and for a zip (an xlsx workbook) the text of one small entry, found through the zip's
 * central directory without reading the rest. Nothing here throws for a file that is not what it
 * seems: the answer is then "nothing recognisable" (null).
 */
import { inflateRawSync } from 'node:zlib';
import type { Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** A zip's end-of-central-directory record: 22 bytes plus a comment of up to 65,535. */
const EOCD_MAX = 22 + 0xffff;
/** Larger directories or entries are not read: the entries sought are a few KiB. */
const ZIP_READ_LIMIT = 1 << 20;

export type OutputHead = { exists: false } | { exists: true; isFile: boolean; size: number; head: Buffer };

/** Whether `file` exists, and if it is a regular file its size and first `bytes` bytes. */
export async function readOutputHead(file: string, bytes = 4096): Promise<OutputHead> {
  let info: Stats;
  try {
    info = await stat(file); // never open a FIFO or a device: opening one can block
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    throw err;
  }
  if (!info.isFile()) return { exists: true, isFile: false, size: info.size, head: Buffer.alloc(0) };
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(bytes, info.size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { exists: true, isFile: true, size: info.size, head: head.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The text (UTF-8) of the entry `name` of the zip file `file`, or null when it cannot be found or read. */
export async function readZipEntryText(file: string, name: string): Promise<string | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = (await handle.stat()).size;
    const tailStart = Math.max(0, size - EOCD_MAX);
    const tail = await readAt(handle, tailStart, size - tailStart);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) return null;
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirSize > ZIP_READ_LIMIT || dirOffset + dirSize > size) return null;
    const entry = findEntry(await readAt(handle, dirOffset, dirSize), name);
    if (entry === null || entry.compressedSize > ZIP_READ_LIMIT) return null;
    const local = await readAt(handle, entry.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return null;
    const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const data = await readAt(handle, dataStart, entry.compressedSize);
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method !== 8) return null;
    return inflateRawSync(data, { maxOutputLength: ZIP_READ_LIMIT }).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

interface ZipEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The central-directory record named `name`. */
function findEntry(dir: Buffer, name: string): ZipEntry | null {
  let p = 0;
  while (p + 46 <= dir.length && dir.readUInt32LE(p) === 0x02014b50) {
    const nameLength = dir.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    if (dir.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      return {
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        localOffset: dir.readUInt32LE(p + 42),
      };
    }
    p = next;
  }
  return null;
}
