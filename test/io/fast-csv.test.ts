/**
 * The byte-level reader (fast-csv.ts, read-csv-fast.ts) against csv-parse with the options of
 * read-csv.ts: the same cells and start lines on random inputs with quotes, delimiters, CR/LF/CRLF,
 * empty lines, Vietnamese text (precomposed and decomposed), 4-byte characters and a BOM; csv-parse
 * takes over exactly where the fast reader stops; hand-worked examples pin the line numbers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BAIL, NEED_MORE, makeSpans, scanRecord } from '../../src/io/fast-csv.js';
import { makeParser } from '../../src/io/csv-parse-rows.js';
import { readRows } from '../../src/io/csv-rows.js';
import { csvFileRows } from './csv-file-rows.js';
import { openInput } from '../../src/io/open-input.js';

const dir = mkdtempSync(join(tmpdir(), 'tthc-fast-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
function writeTemp(bytes: Uint8Array | string): string {
  const file = join(dir, `f${fileCount++}.csv`);
  writeFileSync(file, bytes);
  return file;
}

type Row = [string[], number];

/**
 * csv-parse on the text as read-csv.ts hands it over (NFC, line ends as LF), with its start lines.
 * The text is written, its records taken, and only then the input ended, so that the records before
 * an end-of-input error (an unclosed quote) are seen as the real reader sees them in a large file.
 */
async function referenceRows(text: string, delimiter: string): Promise<{ rows: Row[]; error: string | null }> {
  const parser = makeParser(delimiter);
  const rows: Row[] = [];
  let prevEnd = 0;
  let prevEmpty = 0;
  parser.on('data', ({ record, info }: { record: string[]; info: { lines: number; empty_lines: number } }) => {
    rows.push([record, prevEnd + 1 + (info.empty_lines - prevEmpty)]);
    prevEnd = info.lines;
    prevEmpty = info.empty_lines;
  });
  const ended = new Promise<string | null>((resolve) => {
    parser.on('end', () => resolve(null));
    parser.on('error', (err: { code?: string }) => resolve(err.code ?? 'error'));
  });
  parser.write(text.normalize('NFC').replace(/\r\n?/g, '\n'));
  await new Promise((resolve) => setImmediate(resolve));
  parser.end();
  const error = await ended;
  return { rows, error };
}

/**
 * The rows `readRows` gives (tokenizer, then csv-parse from where it hands over), reading the file in
 * blocks of `blockSize` bytes (the first block too), and the line csv-parse took over at (null: never).
 */
async function fastRows(
  bytes: Uint8Array | string,
  delimiter: string,
  bomLength = 0,
  blockSize = 1 << 16,
): Promise<{ rows: Row[]; done: boolean; error: string | null }> {
  const rows: Row[] = [];
  const input = await openInput(writeTemp(bytes), blockSize);
  try {
    const dialect = { enc: { name: 'utf-8', bomLength, font: null }, delimiter };
    const { handedOverAt } = await readRows(
      input,
      dialect,
      {},
      (cells, line) => rows.push([cells.all(), line]),
      blockSize,
    );
    return { rows, done: handedOverAt === null, error: null };
  } catch (err) {
    return { rows, done: false, error: (err as { code?: string }).code ?? 'error' };
  } finally {
    await input.close();
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
/**
 * Pieces of text: plain and Vietnamese letters (NFC and NFD), marks alone, an emoji, every delimiter, quotes and
 * line ends.
 */
const PIECES = [
  'a',
  'B',
  'Đ',
  'ễ',
  'Nguyễn',
  'e\u0301',
  'o\u0302\u0323',
  '\u0301',
  '😀',
  ' ',
  '\u00a0',
  '\ufeff',
  '0',
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

/** Well-formed CSV: fields quoted when they need it, any line ends, empty lines here and there. */
const wellFormedArb = fc
  .record({
    delimiter: fc.constantFrom(...DELIMITERS),
    rows: fc.array(
      fc.array(
        fc.tuple(
          fc.array(fc.constantFrom('x', 'Mã hồ sơ', 'ơ\u0300', '1', ' ', ',', ';', '\t', '"', '\n', '\r\n', '😀'), {
            maxLength: 4,
          }),
          fc.boolean(),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      { maxLength: 8 },
    ),
    ends: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n'), { minLength: 9, maxLength: 9 }),
    last: fc.boolean(),
  })
  .map(({ delimiter, rows, ends, last }) => {
    const text = rows
      .map((row, r) => {
        const cells = row.map(([parts, quote]) => {
          const value = parts.join('');
          const needs =
            value.includes('"') ||
            value.includes(delimiter) ||
            value.includes('\n') ||
            value.includes('\r') ||
            value === '';
          return quote || needs ? `"${value.replaceAll('"', '""')}"` : value;
        });
        return cells.join(delimiter) + (r < rows.length - 1 || last ? ends[r % ends.length]! : '');
      })
      .join('');
    return { delimiter, text };
  });

describe('fast reader = csv-parse (differential, random inputs)', () => {
  it('gives the same rows and lines on well-formed CSV, and never stops early', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedArb, fc.integer({ min: 1, max: 64 }), async ({ delimiter, text }, block) => {
        const ref = await referenceRows(text, delimiter);
        expect(ref.error).toBeNull();
        const fast = await fastRows(text, delimiter, 0, block);
        expect(fast.done).toBe(true);
        expect(fast.rows).toEqual(ref.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows on any text, handing over to csv-parse where it must', async () => {
    await fc.assert(
      fc.asyncProperty(
        textArb,
        fc.constantFrom(...DELIMITERS),
        fc.integer({ min: 1, max: 40 }),
        async (text, delimiter, block) => {
          const ref = await referenceRows(text, delimiter);
          const fast = await fastRows(text, delimiter, 0, block);
          expect(fast.error === null).toBe(ref.error === null);
          if (ref.error === null) expect(fast.rows).toEqual(ref.rows);
          // On an error at the end of input the rows given are the reference's first rows: the tokenizer's
          // own, then csv-parse's (which may drop the records it parsed just before the error, as it
          // does reading a file alone). The run stops with the error either way.
          else expect(ref.rows.slice(0, fast.rows.length)).toEqual(fast.rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('skips a byte-order mark it is told about', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedArb, async ({ delimiter, text }) => {
        const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
        const fast = await fastRows(bytes, delimiter, 3);
        expect(fast.rows).toEqual((await referenceRows(text, delimiter)).rows);
      }),
      { numRuns: 100 },
    );
  });
});

describe('readRows: fast reader with csv-parse taking over = csv-parse alone', () => {
  async function collect(file: string, fast: boolean): Promise<{ rows: Row[]; error: string | null }> {
    const rows: Row[] = [];
    try {
      await csvFileRows(file, { delimiter: ',', fast }, (cells, line) => rows.push([cells, line]));
    } catch (err) {
      return {
        rows,
        error:
          `${(err as { code?: string }).code} ${(err as Error).message} ` +
          `${JSON.stringify((err as { place?: unknown }).place)}`,
      };
    }
    return { rows, error: null };
  }

  it('on random text, including invalid UTF-8 bytes', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.option(fc.nat(), { nil: null }), async (text, badAt) => {
        let bytes = Buffer.from(`Mã hồ sơ,Đơn vị\n${text}`, 'utf8');
        if (badAt !== null)
          bytes = Buffer.concat([
            bytes.subarray(0, badAt % bytes.length),
            Buffer.from([0xff]),
            bytes.subarray(badAt % bytes.length),
          ]);
        const file = writeTemp(bytes);
        const [fast, slow] = [await collect(file, true), await collect(file, false)];
        // Bytes that are not UTF-8 stop both; the byte tokenizer names the cell (line, column and the
        // byte's offset), csv-parse alone only the offset: the same error code, not the same words.
        // Both name the same offset: the one the 0xFF was put at, or an earlier bad byte in the text.
        if (slow.error?.startsWith('E_NOT_UTF8 ') === true) {
          expect(fast.error).toMatch(/^E_NOT_UTF8 /);
          const offsetOf = (e: string | null): string | undefined => /offset (\d+)/.exec(e ?? '')?.[1];
          expect(offsetOf(fast.error)).toBe(offsetOf(slow.error));
          expect(offsetOf(slow.error)).toBeDefined();
          const clean = Buffer.from(`Mã hồ sơ,Đơn vị\n${text}`, 'utf8');
          if (badAt !== null && isUtf8(clean))
            expect(Number(offsetOf(slow.error))).toBeLessThanOrEqual(badAt % clean.length);
        } else expect(fast.error).toEqual(slow.error);
        // Every row parsed before an error is handed over, by either reader, before the error.
        expect(fast.rows).toEqual(slow.rows);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });

  it('hands over the rows before a quote never closed at the end, as csv-parse alone does', async () => {
    // Found by the property above: csv-parse taking over at `""a` (a quote followed by text) dropped that
    // row when the end of the input came, with the error, in the same chunk.
    const file = writeTemp('Mã hồ sơ,Đơn vị\n""a,x\nb,y\n"a');
    const [fast, slow] = [await collect(file, true), await collect(file, false)];
    expect(slow.error).toMatch(/^E_UNCLOSED_QUOTE /);
    expect(fast.error).toEqual(slow.error);
    const expected: Row[] = [
      [['Mã hồ sơ', 'Đơn vị'], 1],
      [['""a', 'x'], 2],
      [['b', 'y'], 3],
    ];
    expect(slow.rows).toEqual(expected);
    expect(fast.rows).toEqual(expected);
  });

  it('when a quoted field is followed by text, csv-parse reads on from that row', async () => {
    const file = writeTemp('a,b\n1,2\n"x"y,3\n4,5\n');
    expect((await fastRows('a,b\n1,2\n"x"y,3\n4,5\n', ',')).done).toBe(false);
    const all = await collect(file, true);
    expect(all).toEqual({
      rows: [
        [['a', 'b'], 1],
        [['1', '2'], 2],
        [['"x"y', '3'], 3],
        [['4', '5'], 4],
      ],
      error: null,
    });
  });

  it('an unclosed quote gets csv-parse’s error, with the line its row starts on', async () => {
    const file = writeTemp('a,b\n1,2\n3,"open\n4,5\n');
    const fast = await collect(file, true);
    expect(fast.error).toEqual((await collect(file, false)).error);
    expect(fast.rows).toHaveLength(2);
    expect(fast.error).toMatch(/^E_UNCLOSED_QUOTE .*"line":3/);
  });
});

describe('hand-worked examples', () => {
  it('counts CRLF, CR and LF as one line each, inside quotes too, and skips empty lines', async () => {
    // line 1: a,b   line 2: empty   line 3-4: "x⏎y",z (CRLF inside quotes)   line 5: empty (CR)   line 6: c
    const text = 'a,b\r\n\r\n"x\r\ny",z\r\r\nc';
    expect((await fastRows(text, ',')).rows).toEqual([
      [['a', 'b'], 1],
      [['x\ny', 'z'], 3],
      [['c'], 6],
    ]);
  });

  it('keeps a quote inside an unquoted field, unescapes "" inside a quoted one, composes NFD to NFC', async () => {
    expect((await fastRows('Công ty "An",""""\ne\u0301,"o""k"\n', ',')).rows).toEqual([
      [['Công ty "An"', '"'], 1],
      [['\u00e9', 'o"k'], 2],
    ]);
  });

  it('scanRecord asks for more bytes at a cut, and bails on a quoted field with text after it', () => {
    const spans = makeSpans(1);
    const bytes = Buffer.from('ab,"c\r');
    expect(scanRecord(bytes, 0, bytes.length, 44, false, 100, spans)).toBe(NEED_MORE);
    const done = Buffer.from('ab,"c",d\r\n');
    expect(scanRecord(done, 0, done.length, 44, false, 100, spans)).toBe(done.length);
    expect(spans.count).toBe(3);
    expect([...spans.start.subarray(0, 3)]).toEqual([0, 4, 7]);
    expect([...spans.end.subarray(0, 3)]).toEqual([2, 5, 8]);
    const odd = Buffer.from('"a"b\n');
    expect(scanRecord(odd, 0, odd.length, 44, true, 100, makeSpans())).toBe(BAIL);
  });

  it('reads a record of more than half a MiB itself: the limit is the row limit (1 MiB, --max-row-bytes)', async () => {
    const long = 'x'.repeat((1 << 19) + 10);
    const read = await fastRows(`a\n${long}\nb\n`, ',');
    expect(read.done).toBe(true);
    expect(read.rows).toEqual([
      [['a'], 1],
      [[long], 2],
      [['b'], 3],
    ]);
  });
});
