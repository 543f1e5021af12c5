/**
 * What an existing file at an output path holds, read cheaply so that the tool can tell a file it
 * wrote itself from anything else before replacing it (commands/overwrite-policy.ts): the first bytes
 * of the file, and for a zip (an xlsx workbook) the text of one small entry, found through the zip's
 * central directory without reading the rest (zip-archive.js). Nothing here throws for a file that is not what it
 * seems: the answer is then "nothing recognisable" (null).
 */
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { openFileSource, openZip, readEntryText } from './zip-archive.js';

/** Larger entries are not read: the entries sought are a few KiB. */
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

/** The text (UTF-8) of the entry `name` of the zip file `file`, or null when it cannot be found or read. */
export async function readZipEntryText(file: string, name: string): Promise<string | null> {
  let opened: Awaited<ReturnType<typeof openFileSource>>;
  try {
    opened = await openFileSource(file);
  } catch {
    return null;
  }
  try {
    const zip = await openZip(opened.source, file);
    const entry = zip.entries.get(name);
    return entry === undefined ? null : await readEntryText(zip, entry, ZIP_READ_LIMIT, file);
  } catch {
    return null;
  } finally {
    await opened.close();
  }
}
