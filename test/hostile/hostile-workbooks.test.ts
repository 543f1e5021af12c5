/**
 * Hostile workbooks (fixtures/workbooks/hostile, written by make-workbooks.mjs; the big ones made here):
 * each is one line on stderr naming the file, exit 2, no stack trace — or, for macros and external
 * links, read as data and never run. A sheet of a million empty styled rows and a zip bomb are read,
 * or refused, in bounded memory (measured in a process of their own).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../cli/run-cli.js';
import { ROOT, runCli, tempDir } from './hostile-helpers.js';
// @ts-expect-error: a plain .mjs script without types
import { Book, emptyStyledRows, hostileWorkbooks, zipBomb } from '../../fixtures/workbooks/make-workbooks.mjs';

const DIR = 'fixtures/workbooks/hostile';
const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'report-peak-rss.cjs');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stats = (file: string, ...more: string[]) => runCli(['stats', file, '--as-of', '2024-12-31', ...more]);

describe('hostile workbooks: one line naming the file, exit 2', () => {
  it.each([
    [
      'entity-expansion.xlsx',
      'the workbook holds a document type declaration, which Excel never writes (xl/workbook.xml)',
    ],
    [
      'entity-in-sheet.xlsx',
      '[S]: the workbook holds a document type declaration, which Excel never writes (xl/worksheets/sheet1.xml)',
    ],
    [
      'declared-too-large.xlsx',
      '[S]: the workbook is larger than this tool reads, or inflates far beyond its size (a zip bomb?) ' +
        '(xl/worksheets/sheet1.xml: 3000000000 > 2147483647)',
    ],
    [
      'declared-too-small.xlsx',
      '[S]: the workbook is larger than this tool reads, or inflates far beyond its size (a zip bomb?) ' +
        '(xl/worksheets/sheet1.xml: > 100)',
    ],
    ['encrypted-ole.xlsx', 'the workbook is protected by a password (encrypted)'],
    ['encrypted-zip.xlsx', 'the workbook is protected by a password (encrypted)'],
    ['old-binary.xls', 'this is an Excel 97–2003 workbook (.xls, a binary format), which this tool does not read'],
    ['truncated.xlsx', 'the workbook is damaged or incomplete'],
    ['not-a-workbook.xlsx', 'this is a zip file but not an Excel workbook (.xlsx)'],
    ['cell-past-xfd.xlsx', '[S]: the workbook is damaged or incomplete (xl/worksheets/sheet1.xml: XFE2)'],
  ])('%s', async (name, message) => {
    const r = await stats(`${DIR}/${name}`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(`tthc-audit: ${DIR}/${name}`);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a cell of over 1 MiB of text stops the file naming its sheet and row', async () => {
    const file = join(dir, 'huge-cell.xlsx');
    const head = ['Mã hồ sơ', 'Đơn vị', 'Ngày tiếp nhận', 'Ngày hẹn trả'];
    writeFileSync(
      file,
      new Book().addSheet('S', [head, ['H-1', { inline: 'x'.repeat(2 << 20) }, '01/03/2024', '05/03/2024']]).zip(),
    );
    const r = await stats(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${file} [S] row 2: the row starting here is longer than 1048576 characters (its cells ` +
        'together hold more text than any dossier row does: is a whole table pasted into a cell?)\n',
    );
  });
});

describe('what a workbook holds besides data', () => {
  it('reads a sheet of 16,384 columns (the widest Excel has)', async () => {
    const r = await stats(`${DIR}/widest-sheet.xlsx`, '--format', 'json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { total: { electronic: { late: number } }; inputs: { rowsUsed: number }[] };
    expect([report.inputs[0]!.rowsUsed, report.total.electronic.late]).toEqual([1, 1]);
  });

  it('ignores macros and external links: reads the cached value of a linked formula, runs nothing', async () => {
    const r = await stats(`${DIR}/macros-and-links.xlsm`, '--format', 'json');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { inputs: { rowsUsed: number }[] }).inputs[0]!.rowsUsed).toBe(1);
  });

  it('holds exactly what make-workbooks.mjs writes', () => {
    for (const [name, bytes] of Object.entries(hostileWorkbooks() as Record<string, Buffer>)) {
      expect(readFileSync(join(ROOT, DIR, name)).equals(bytes), name).toBe(true);
    }
  });
});

/** `stats` as a process, with its peak resident memory in KiB. */
function statsWithPeak(file: string): { status: number | null; stderr: string; peakKiB: number } {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const r = runBin(['stats', file, '--as-of', '2024-12-31', '--format', 'json'], {
    NODE_OPTIONS: `--require ${PRELOAD}`,
    TTHC_TEST_RSS_FILE: rssFile,
  });
  return { status: r.status, stderr: r.stderr, peakKiB: Number(readFileSync(rssFile, 'utf8')) };
}

describe('bounded memory', () => {
  it('a million empty styled rows after the data: read as blank rows, under 200 MB', () => {
    const file = join(dir, 'million-empty-rows.xlsx');
    writeFileSync(file, emptyStyledRows(1_000_000));
    const r = statsWithPeak(file);
    expect(r.status).toBe(0);
    expect(r.peakKiB).toBeLessThan(200 * 1024);
  }, 180_000); // about 6 s alone; the whole suite on 2 shared cores can make it 40 s

  it('a zip bomb (64 MiB from 64 KiB) is refused before it is inflated', () => {
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, zipBomb(64));
    const r = statsWithPeak(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('(a zip bomb?) (xl/worksheets/sheet1.xml: 67109492 / 65538 > 1000)');
    expect(r.peakKiB).toBeLessThan(150 * 1024);
  });
});
