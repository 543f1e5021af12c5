/**
 * A byte that is not UTF-8 in a UTF-8 file: in a column the audit does not read (an applicant's name)
 * it is one warning line per file, naming the line, column and byte offset, and the run goes on; in a
 * column it reads, the file stops with the same place. Near the top of a file (in the first 64 KiB
 * that are sniffed) it is no longer taken for a file in another encoding. Offsets worked out from the
 * bytes written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

const HEADER = 'Mã hồ sơ,Đơn vị,Chủ hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
const row = (i: number, name = 'Nguyễn Văn A'): string =>
  `H1-240102-${String(i).padStart(4, '0')},Xã An Bình,${name},02/01/2024,10/01/2024,05/01/2024\n`;

/** A file of `rows` rows where row `at` (1-based) has 0xFF after the text `before` of its `column`. */
function withBadByte(
  rows: number,
  at: number,
  mangle: (line: string) => [string, string],
): { file: string; offset: number } {
  const parts: Buffer[] = [Buffer.from(HEADER)];
  let offset = -1;
  for (let i = 1; i <= rows; i++) {
    if (i !== at) {
      parts.push(Buffer.from(row(i)));
      continue;
    }
    const [before, after] = mangle(row(i));
    offset = Buffer.concat(parts).length + Buffer.byteLength(before);
    parts.push(Buffer.from(before), Buffer.from([0xff]), Buffer.from(after));
  }
  const dir = writeTemp({ 'e.csv': Buffer.concat(parts) });
  return { file: join(dir, 'e.csv'), offset };
}

/** Split a row just after the applicant's name "Nguyễn Văn A" (column 3, not read by the audit). */
const inName = (line: string): [string, string] => {
  const cut = line.indexOf('Nguyễn Văn A') + 'Nguyễn Văn A'.length;
  return [line.slice(0, cut), line.slice(cut)];
};
/** Split a row inside the unit "Xã An Bình" (column 2, read by the audit). */
const inUnit = (line: string): [string, string] => {
  const cut = line.indexOf('An Bình');
  return [line.slice(0, cut), line.slice(cut)];
};

const stats = (file: string) => runCli(['stats', file, '--as-of', '2024-12-31', '--format', 'json']);

describe('a byte that is not UTF-8', () => {
  it.each([
    ['near the top (in the sniffed head; it used to be taken for a garbled encoding)', 5, 3],
    ['far down (after 64 KiB)', 1_000, 901],
  ])('in a column the audit does not read, %s: exit 0, all rows used, one warning line', async (_name, rows, at) => {
    const { file, offset } = withBadByte(rows, at, inName);
    const r = await stats(file);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { inputs: { rowsRead: number; rowsUsed: number }[] }).inputs[0]).toMatchObject({
      rowsRead: rows,
      rowsUsed: rows,
    });
    // Line at + 1 (the header is line 1), column 3.
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:${at + 1}: warning: 1 row(s) hold bytes that are not UTF-8 in a column the audit does not ` +
        `read ` +
        `(the first here, column 3, byte offset ${offset}): shown as U+FFFD in --rejects, nothing else changes ` +
        '(fix the file if that column matters)\n',
    );
  });

  it('validate says so too: the same warning line, and the file is otherwise clean (exit 0)', async () => {
    const { file, offset } = withBadByte(5, 3, inName);
    const r = await runCli(['validate', file]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:4: warning: 1 row(s) hold bytes that are not UTF-8 in a column the audit does not read ` +
        `(the first here, column 3, byte offset ${offset}): shown as U+FFFD in --rejects, nothing else changes ` +
        '(fix the file if that column matters)\n',
    );
  });

  it('in a column the audit reads (the unit): exit 2, naming line, column and byte offset', async () => {
    const { file, offset } = withBadByte(1_000, 901, inUnit);
    const r = await stats(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:902:2: this cell is not valid UTF-8 text (byte offset ${offset} of the file) ` +
        '(fix or retype the cell; if the whole file was saved by an old Vietnamese system, try --encoding ' +
        'windows-1258)\n',
    );
  });
});

/**
 * The same rule where csv-parse reads the file: row 2's name `"Nguyễn" Văn A` (a quoted field followed
 * by text) makes the byte tokenizer hand the rest of the file over, so rows 2–5 are decoded as text
 * before they are parsed. Row 3's unit holds a U+FFFD written as such (bytes EF BF BD: valid UTF-8,
 * not a bad byte); row 4 has 0xFF where `mangle` splits it.
 */
function handedOver(mangle: (line: string) => [string, string]): { file: string; offset: number } {
  const rows = [row(1), row(2, '"Nguyễn" Văn A'), row(3).replace('Xã An Bình', 'Xã An Bình\ufffd'), row(4), row(5)];
  const [before, after] = mangle(rows[3]!);
  const head = Buffer.from(HEADER + rows.slice(0, 3).join(''));
  const offset = head.length + Buffer.byteLength(before);
  const bytes = Buffer.concat([head, Buffer.from(before), Buffer.from([0xff]), Buffer.from(after + rows[4])]);
  const dir = writeTemp({ 'e.csv': bytes });
  return { file: join(dir, 'e.csv'), offset };
}

describe('a byte that is not UTF-8 after csv-parse took over from the byte tokenizer', () => {
  it('in a column the audit does not read: exit 0, all 5 rows used, the same warning line', async () => {
    const { file, offset } = handedOver(inName);
    const r = await stats(file);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { inputs: { rowsRead: number; rowsUsed: number }[] }).inputs[0]).toMatchObject({
      rowsRead: 5,
      rowsUsed: 5,
    });
    // Row 4 is line 5; the U+FFFD written in row 3's unit is no bad byte.
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:5: warning: 1 row(s) hold bytes that are not UTF-8 in a column the audit does not read ` +
        `(the first here, column 3, byte offset ${offset}): shown as U+FFFD in --rejects, nothing else changes ` +
        '(fix the file if that column matters)\n',
    );
  });

  it('in a date column the audit reads: exit 2, naming line, column and byte offset', async () => {
    const inReceived = (line: string): [string, string] => {
      const cut = line.indexOf('02/01/2024') + 3;
      return [line.slice(0, cut), line.slice(cut)];
    };
    const { file, offset } = handedOver(inReceived);
    const r = await stats(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${file}:5:4: this cell is not valid UTF-8 text (byte offset ${offset} of the file) ` +
        '(fix or retype the cell; if the whole file was saved by an old Vietnamese system, try --encoding ' +
        'windows-1258)\n',
    );
  });
});
