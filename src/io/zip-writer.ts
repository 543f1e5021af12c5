/**
 * Writing a zip archive (an .xlsx workbook is one) with Node's own zlib, an entry at a time: each
 * entry's bytes are deflated as they are given and handed on, so an entry is never held whole. Every
 * entry carries one fixed date (the report's as-of date), never the clock, so the same entries give the
 * same bytes in every time zone. Sizes and CRC follow each entry in a data descriptor, as streaming
 * writers do.
 */
import { constants, createDeflateRaw } from 'node:zlib';
import * as zlib from 'node:zlib';

/** A civil date for the entries' modification time (00:00). */
export interface ZipDate {
  year: number;
  month: number;
  day: number;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly dosDate: number;

  /** `out` takes each piece of the archive in order (it may hold on to it). */
  constructor(
    private readonly out: (chunk: Buffer) => void | Promise<void>,
    date: ZipDate,
  ) {
    this.dosDate = ((Math.min(Math.max(date.year, 1980), 2107) - 1980) << 9) | (date.month << 5) | date.day;
  }

  private async emit(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await this.out(chunk);
  }

  /** Add an entry: its content as text, bytes, or pieces given one after another. */
  async add(
    name: string,
    content: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  ): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(this.dosDate, 12);
    local.writeUInt16LE(nameBytes.length, 26);
    await this.emit(local);
    await this.emit(nameBytes);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: 6, flush: constants.Z_NO_FLUSH });
    const pending: Buffer[] = [];
    deflate.on('data', (b: Buffer) => pending.push(b));
    const drain = async (): Promise<void> => {
      while (pending.length > 0) {
        const b = pending.shift()!;
        compressed += b.length;
        await this.emit(b);
      }
    };
    const pieces = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
    for await (const piece of pieces as AsyncIterable<string | Uint8Array>) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece);
      if (bytes.length === 0) continue;
      crc = crc32(bytes, crc);
      size += bytes.length;
      await new Promise<void>((resolve, reject) => deflate.write(bytes, (err) => (err ? reject(err) : resolve())));
      await drain();
    }
    // 'end': the last deflated bytes have been given to the data listener (the end callback comes sooner).
    await new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('error', reject);
      deflate.end();
    });
    await drain();
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.written.push({ name: nameBytes, crc, compressed, size, offset });
  }

  /** Write the central directory: the archive is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(this.dosDate, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressed, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt32LE(w.offset, 42);
      await this.emit(h);
      await this.emit(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
  }
}

let table: Int32Array | null = null;

/** CRC-32 of `bytes` continuing from `crc` (zlib's own when Node has it, 20.15 and later). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native !== undefined) return native(bytes, crc);
  if (table === null) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
