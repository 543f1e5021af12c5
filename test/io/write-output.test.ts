/**
 * Large text is written a chunk of 1 MiB characters at a time (so a report of a million dossiers is
 * never encoded whole in memory): the file holds exactly the text, a surrogate pair cut by a chunk
 * boundary included, with the BOM first when asked.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-output.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CHUNK = 1 << 20;

describe('writeFileAtomic with large text', () => {
  // "😀" is two UTF-16 units: placed at CHUNK-1 it straddles the first chunk boundary.
  const text = 'Đ'.repeat(CHUNK - 1) + '😀' + 'ễ,"x"\n'.repeat(300_000) + '😀';

  it('writes the text exactly, across chunk boundaries', async () => {
    const file = join(dir, 'big.json');
    await writeFileAtomic(file, text);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(Buffer.byteLength(text, 'utf8'));
    expect(bytes.toString('utf8')).toBe(text);
  });

  it('puts the BOM first when asked', async () => {
    const file = join(dir, 'bom.csv');
    await writeFileAtomic(file, text, { bom: true });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(text);
  });
});
