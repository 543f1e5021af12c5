/**
 * Promise 4, bounded resources: a row over the limit (1 MiB, README "A file that cannot be read as a
 * whole"), a line of 64 MB with no line end, a field over 1 MiB, millions of empty rows and rows of
 * thousands of columns are rejected with one clear message or read with bounded memory — never an
 * out-of-memory crash. The big files are made here in a temporary folder, not committed. The child's
 * peak memory is measured by a preloaded script (report-peak-rss.cjs) and compared with a run on a
 * tiny file read the same way: reading a 64 MB line must not cost 64 MB. Checks that measure no
 * memory run the CLI in-process.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../cli/run-cli.js';
import { expectNoCrash, hostile, ROOT, runCli, tempDir, type CliResult } from './hostile-helpers.js';
// @ts-expect-error: a plain JavaScript script, without types
import { fieldOverLimit, millionEmptyRows, oneGiganticLine, wideRow } from '../../fixtures/hostile/generate.mjs';

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'report-peak-rss.cjs');
const MIB = 1 << 20;
const LINE_BYTES = 64 * MIB;
const dir = tempDir();

const statsArgs = (file: string): string[] => ['stats', file, '--as-of', '2024-12-31', '--format', 'json'];

/** Run `stats <file>` as a process (peak memory is a process's) and measure its peak RSS in KiB. */
function statsWithPeak(file: string, env: Record<string, string> = {}): CliResult & { peakKiB: number; ms: number } {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const start = Date.now();
  const r = runBin(statsArgs(file), {
    NODE_OPTIONS: `--require ${PRELOAD}`,
    TTHC_TEST_RSS_FILE: rssFile,
    ...env,
  });
  return { ...r, ms: Date.now() - start, peakKiB: Number(readFileSync(rssFile, 'utf8')) };
}

/** `stats <file> --rejects <rejects>` as a process, with its peak RSS in KiB. */
function rejectsWithPeak(file: string, rejects: string): CliResult & { peakKiB: number } {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const r = runBin([...statsArgs(file), '--rejects', rejects, '--max-errors', '100%'], {
    NODE_OPTIONS: `--require ${PRELOAD}`,
    TTHC_TEST_RSS_FILE: rssFile,
  });
  return { ...r, peakKiB: Number(readFileSync(rssFile, 'utf8')) };
}

function make(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A tiny file read in a reader thread, as big files are: what any run costs. */
let baselineKiB = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true })); // hundreds of MB
// A process, as every run whose peak memory is measured.
beforeAll(() => {
  baselineKiB = statsWithPeak(join(ROOT, 'fixtures/mini/electronic.csv'), { TTHC_AUDIT_THREADS: '2' }).peakKiB;
  expect(baselineKiB).toBeGreaterThan(10_000); // the measurement works
});

/** `unit`: bytes for the byte tokenizer's limit (--max-row-bytes), characters for csv-parse's (UTF-16 files). */
const expectRowTooLong = (r: CliResult, file: string, line: number, unit = 'bytes'): void => {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(
    `tthc-audit: ${file}:${line}: the row starting here is longer than 1048576 ${unit} (a line end missing, or a ` +
      `quote not closed, in this row? For a row that long on purpose, raise --max-row-bytes)\n`,
  );
};

describe('one gigantic line', () => {
  // Processes (statsWithPeak): peak memory is measured per process.
  it('64 MB without a line end after the header: exit 2 naming line 2, in far less memory than the line', () => {
    const file = make('one-gigantic-line.csv', oneGiganticLine(LINE_BYTES));
    const r = statsWithPeak(file);
    expectRowTooLong(r, file, 2);
    expect(r.peakKiB - baselineKiB, `peak ${r.peakKiB} KiB, baseline ${baselineKiB} KiB`).toBeLessThan(
      LINE_BYTES / 1024,
    );
  });

  it('the same with no header at all: exit 2 naming line 1', () => {
    const file = make('one-gigantic-line-only.csv', Buffer.alloc(LINE_BYTES, 'y'));
    const r = statsWithPeak(file);
    expectRowTooLong(r, file, 1);
    expect(r.peakKiB - baselineKiB, `peak ${r.peakKiB} KiB, baseline ${baselineKiB} KiB`).toBeLessThan(
      LINE_BYTES / 1024,
    );
  });

  it('in UTF-16 (the other reader): exit 2, bounded memory', () => {
    const text = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\n' + 'x'.repeat(LINE_BYTES / 2);
    const file = make(
      'one-gigantic-line-utf16le.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const r = statsWithPeak(file);
    expectRowTooLong(r, file, 2, 'characters');
    expect(r.peakKiB - baselineKiB, `peak ${r.peakKiB} KiB, baseline ${baselineKiB} KiB`).toBeLessThan(
      LINE_BYTES / 1024,
    );
  });

  it('a quote opened on line 2 and never closed, before 40 MB of lines: exit 2 naming line 2 (unclosed quote)', () => {
    const file = make(
      'unclosed-quote-then-40mb.csv',
      Buffer.concat([
        Buffer.from('Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\nA-1,"Xã A\n'),
        Buffer.alloc(40 * MIB, 'z\n'),
      ]),
    );
    const r = statsWithPeak(file);
    expect(r.status).toBe(2);
    // 40 MiB of "z\n" is 20,971,520 lines (3 to 20,971,522); the quoted field would run to the end.
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:2: a quoted field opened in the row starting here is never closed, so the rest of the ` +
        `file (to line 20971523) would be one cell (find the stray " in this row and close or remove it)\n`,
    );
    expect(r.peakKiB - baselineKiB).toBeLessThan(40 * 1024);
  });
});

describe('a row over the limit (1 MiB, or --max-row-bytes) after the header: rejected while it streams past', () => {
  it.each([[true], [false]])(
    'a field over 1 MiB, quoted %s: row 3 rejected with its length; the other rows read',
    async (quoted) => {
      const file = make(`field-over-1mib-${quoted}.csv`, fieldOverLimit(MIB + 1, quoted));
      const r = await runCli([...statsArgs(file), '--max-errors', '1']);
      expect(r.status, r.stderr).toBe(0);
      // The row: "B-2," (4 bytes), the field with its quotes when quoted, then ",01/03/2024,05/03/2024,,Đang xử lý".
      expect(r.stderr).toMatch(
        new RegExp(
          `^tthc-audit: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: the row is \\d+ bytes long, over the limit ` +
            `of 1048576 \\(--max-row-bytes\\): not read, not kept`,
        ),
      );
      const report = JSON.parse(r.stdout) as { inputs: { rowsRead: number; rowsRejected: number }[] };
      expect(report.inputs[0]).toMatchObject({ rowsRead: 3, rowsRejected: 1 });
    },
  );

  it('--max-row-bytes 100: a 101-byte row is rejected with its line and length, a 100-byte row is read', async () => {
    const header = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\n';
    const row = (code: string, unitLength: number): string =>
      `${code},${'u'.repeat(unitLength)},01/03/2024,05/03/2024\n`;
    // "R-1," 4 + unit + ",01/03/2024,05/03/2024" 22: 74 units make 100 bytes, 75 make 101 (line end not counted).
    const file = make('max-row-bytes.csv', Buffer.from(header + row('R-1', 74) + row('R-2', 75) + row('R-3', 1)));
    const r = await runCli([...statsArgs(file), '--max-row-bytes', '100', '--max-errors', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:3: the row is 101 bytes long, over the limit of 100 (--max-row-bytes): not read, not kept ` +
        `(a line end missing, or a quote not closed?)\n`,
    );
    expect((JSON.parse(r.stdout) as { inputs: object[] }).inputs[0]).toMatchObject({
      rowsRead: 3,
      rowsUsed: 2,
      rowsRejected: 1,
    });
  });

  it('the limit from the config file (defaults.maxRowBytes), as from the option', async () => {
    const header = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\n';
    const file = make(
      'max-row-bytes-config.csv',
      Buffer.from(
        `${header}R-1,${'u'.repeat(74)},01/03/2024,05/03/2024\nR-2,${'u'.repeat(75)},01/03/2024,05/03/2024\n`,
      ),
    );
    const config = make('max-row-bytes.config.json', Buffer.from('{ "defaults": { "maxRowBytes": 100 } }'));
    const r = await runCli([...statsArgs(file), '--config', config, '--max-errors', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/:3: the row is 101 bytes long, over the limit of 100 \(--max-row-bytes\)/);
  });

  // A process: peak memory.
  it('a line of 64 MB between dossiers: rejected, the dossiers after it read, in far less memory than the line', () => {
    const head = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\nH-1,Xã A,01/03/2024,05/03/2024\n';
    const file = make(
      'gigantic-line-between.csv',
      Buffer.concat([
        Buffer.from(head),
        Buffer.alloc(LINE_BYTES, 'x'),
        Buffer.from('\nH-2,Xã A,01/03/2024,05/03/2024\n'),
      ]),
    );
    const r = rejectsWithPeak(file, join(dir, 'rejects-gigantic.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).inputs[0]).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsRejected: 1 });
    expect(readFileSync(join(dir, 'rejects-gigantic.csv'), 'utf8')).toContain(
      `${file},3,,"the row is ${LINE_BYTES} bytes long, over the limit of 1048576 (--max-row-bytes): not read, not ` +
        `kept`,
    );
    expect(r.peakKiB - baselineKiB, `peak ${r.peakKiB} KiB, baseline ${baselineKiB} KiB`).toBeLessThan(
      LINE_BYTES / 1024 / 4,
    );
  });
});

describe('wide rejected rows, with --rejects', () => {
  /**
   * A header, one dossier, `wide` rows of 200,001 fields (about 400 KB each: rejected, wrong field
   * count), 2,000 dossiers.
   */
  const wideFile = (wide: number): string => {
    const lines = ['Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả', 'H-1,Xã A,01/03/2024,05/03/2024'];
    const fields = Array(200_000).fill('x').join(',');
    for (let i = 0; i < wide; i++) lines.push(`W-${i},${fields}`);
    for (let i = 0; i < 2_000; i++) lines.push(`H-${i + 2},Xã A,01/03/2024,05/03/2024`);
    return make(`wide-${wide}.csv`, Buffer.from(lines.join('\n') + '\n'));
  };

  // Processes: peak memory. Before rows were kept cut short, 10 rows peaked at 350 MB and 40 at 1.1 GB.
  it('memory does not grow with their number: 40 rows cost < 1 MiB each over 10; each is kept cut short', () => {
    const ten = rejectsWithPeak(wideFile(10), join(dir, 'rejects-10.csv'));
    const forty = rejectsWithPeak(wideFile(40), join(dir, 'rejects-40.csv'));
    expect(ten.status, ten.stderr).toBe(0);
    expect(forty.status, forty.stderr).toBe(0);
    expect(forty.peakKiB - ten.peakKiB, `peaks ${ten.peakKiB} and ${forty.peakKiB} KiB`).toBeLessThan(30 * 1024);
    const rows = readFileSync(join(dir, 'rejects-40.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\n');
    expect(rows).toHaveLength(41); // the header and the 40 wide rows, nothing else rejected
    // 16,384 characters kept, a cell counted as its length + 16: the id "W-0" (3 + 16 = 19) and 962 cells
    // "x" (17 each: 19 + 962 × 17 = 16,373; one more would be 16,390); the row is 3 + 200,000 characters.
    expect(rows[1]).toMatch(
      new RegExp(
        '^.*wide-40\\.csv,3,,"the row has 200001 fields but the header has 4 \\(.*\\) ' +
          '\\(row cut short here: its first 963 of 200001 fields are kept, 200003 characters in all\\)",W-0,x,',
      ),
    );
  }, 120_000);
});

describe('millions of empty rows', () => {
  // Processes (statsWithPeak): peak memory is measured per process.
  it(
    '5 million empty lines and 1,000 rows of delimiters between two dossiers: both read, nothing else counted, ' +
      'quickly',
    () => {
      const file = make('million-empty-rows.csv', millionEmptyRows(5_000_000));
      const r = statsWithPeak(file);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as {
        inputs: { rowsRead: number; rowsUsed: number; rowsRejected: number }[];
        total: { electronic: { received: number } };
      };
      expect(report.inputs[0]).toMatchObject({ rowsRead: 2, rowsUsed: 2, rowsRejected: 0 });
      expect(report.total.electronic.received).toBe(2);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.peakKiB - baselineKiB).toBeLessThan(64 * 1024);
    },
  );
});

describe('thousands of columns', () => {
  it('the corpus file (5,000 columns): its 3 dossiers read', async () => {
    const r = await runCli(statsArgs(hostile('thousands-of-columns.csv')));
    expectNoCrash(r);
    expect(JSON.parse(r.stdout).inputs[0]).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0 });
  });

  // A process (statsWithPeak): peak memory is measured per process.
  it('a row of 100,000 columns (under the row limit): read, in bounded memory', () => {
    const file = make('hundred-thousand-columns.csv', wideRow(100_000));
    const r = statsWithPeak(file);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).inputs[0]).toMatchObject({ rowsRead: 1, rowsUsed: 1 });
    expect(r.peakKiB - baselineKiB).toBeLessThan(128 * 1024);
  });
});
