/**
 * A transcribed paper register with its printed layout (fixtures/ingest/register-layout: a title, the
 * header, the column numbers (1)…(11), eight dossiers, a total row, the place and date, two signature
 * rows) through the real CLI: its five layout rows are no errors (validate exits 0, the audits too),
 * are told once per file on stderr, are listed in --rejects with their reasons, and are counted in the
 * JSON inputs as `rowsLayout`. Figures worked out by hand in fixtures/ingest/register-layout/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt, runCli, tempDir, writeTemp } from './run-cli.js';

const REGISTER = 'fixtures/ingest/register-layout/dossiers.csv';
const TIDY = 'fixtures/ingest/tidy/dossiers.csv';
const AS_OF = ['--as-of', '2024-04-30'];
const SUMMARY_EN =
  `tthc-audit: ${REGISTER}: 5 rows are not dossiers and were left out (column numbers, total, ` +
  `signatures): lines 3, 12, 13, 14, 15\n`;
const SUMMARY_VI =
  `tthc-audit: ${REGISTER}: 5 dòng không phải hồ sơ nên không được tính (dòng đánh số cột, ` +
  `dòng tổng cộng, phần ký tên): dòng 3, 12, 13, 14, 15\n`;
const REGISTER_INPUT = {
  file: REGISTER,
  source: 'paper',
  rowsRead: 13,
  rowsUsed: 8,
  rowsRejected: 5,
  rowsLayout: 5,
  rowsOutsidePeriod: 0,
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 2,
};
/** The eight dossiers of the register on 2024-04-30 (README). */
const REGISTER_TOTAL = {
  received: 8,
  resolved: 5,
  beforeDeadline: 2,
  onTime: 2,
  late: 1,
  pendingNotDue: 1,
  pendingOverdue: 1,
  withdrawn: 1,
  rates: { beforeDeadline: 40, onTime: 40, late: 20 },
};

interface Report {
  inputs: Record<string, unknown>[];
  units: { unit: string; paper: Record<string, unknown> | null }[];
  total: { paper: Record<string, unknown> | null; findingCounts: Record<string, number> };
}

describe('validate on a paper register with its layout rows', () => {
  it('exits 0 with the default --max-errors 0, and notes the layout rows in the file line', async () => {
    const r = await runCli(['validate', REGISTER, '--source', 'paper']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Validation of the input files',
      '',
      'Inputs',
      `  ${REGISTER} (Paper): 13 rows read = 8 used + 5 rejected (5 of them not dossiers: column-number, total or ` +
        `signature rows of the register); utf-8, ","`,
    ]);
    // The date forms count the 8 dossier rows only, not the column-number, total or signature rows.
    expect(lines).toContain('      due: 99/99/9999 (8)');
    expect(lines.slice(-3)).toEqual(['', 'No problems found.', '']);
  });

  it('in Vietnamese', async () => {
    const r = await runCli(['validate', REGISTER, '--source', 'paper', '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `  ${REGISTER} (Sổ giấy): đọc 13 dòng = 8 dòng dùng + 5 dòng bị loại (trong đó 5 dòng không phải hồ sơ: ` +
        `dòng đánh số cột, dòng tổng cộng hoặc phần ký tên của sổ); utf-8, ","\n`,
    );
    expect(r.stdout).toContain('Không có lỗi.');
  });

  it('JSON: rowsLayout in the input, no problem', async () => {
    const r = await runCli(['validate', REGISTER, '--source', 'paper', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { inputs: unknown[]; problemCount: number; problems: unknown[] };
    expect(report.inputs).toMatchObject([
      {
        file: REGISTER,
        source: 'paper',
        readable: true,
        rowsRead: 13,
        rowsUsed: 8,
        rowsRejected: 5,
        rowsLayout: 5,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 2,
      },
    ]);
    expect(report.problemCount).toBe(0);
    expect(report.problems).toEqual([]);
  });
});

describe('stats and reconcile on the register', () => {
  it('stats: exit 0, one line on stderr for the layout rows, the eight dossiers counted', async () => {
    const r = await runCli(['stats', REGISTER, '--source', 'paper', '--format', 'json', ...AS_OF]);
    expect(r.stderr).toBe(SUMMARY_EN);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.inputs).toEqual([REGISTER_INPUT]);
    expect(report.total.paper).toMatchObject(REGISTER_TOTAL);
    expect(report.units.map((u) => [u.unit, u.paper?.received, u.paper?.late])).toEqual([
      ['Phường Đông Hưng', 2, 0],
      ['Xã Hòa Bình', 6, 1],
    ]);
  });

  it('stats --lang vi: the line in Vietnamese', async () => {
    const r = await runCli(['stats', REGISTER, '--source', 'paper', ...AS_OF, '--lang', 'vi']);
    expect(r.stderr).toBe(SUMMARY_VI);
    expect(r.status).toBe(0);
  });

  it('the table names the layout rows in the input line', async () => {
    const r = await runCli(['stats', REGISTER, '--source', 'paper', ...AS_OF]);
    expect(r.stdout).toContain(
      `  [Paper] ${REGISTER}: 13 rows read = 8 used + 5 rejected (5 of them not dossiers: column-number, ` +
        `total or signature rows of the register)\n`,
    );
  });

  it(
    'reconcile against the tidy twelve: exit 0, the same line, both inputs accounted; ' +
      '--rejects lists the layout rows with their reasons',
    async () => {
      const out = join(tempDir(), 'rejects.csv');
      const r = await runCli([
        'reconcile',
        '--electronic',
        TIDY,
        '--paper',
        REGISTER,
        '--format',
        'json',
        ...AS_OF,
        '--rejects',
        out,
      ]);
      expect(r.stderr).toBe(SUMMARY_EN);
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.inputs).toEqual([
        {
          file: TIDY,
          source: 'electronic',
          rowsRead: 12,
          rowsUsed: 12,
          rowsRejected: 0,
          rowsLayout: 0,
          rowsOutsidePeriod: 0,
          encoding: 'utf-8',
          delimiter: ',',
          headerLine: 1,
        },
        REGISTER_INPUT,
      ]);
      expect(report.total.paper).toMatchObject(REGISTER_TOTAL);
      expect(report.total.findingCounts['missing-in-paper']).toBe(4); // dossiers 9–12 of the tidy file
      expect(
        readFileSync(out, 'utf8')
          .replace(/^\ufeff/, '')
          .split(/\r?\n/)
          .filter(Boolean),
      ).toEqual([
        'file,line,column,reason,STT,Số hồ sơ,Đơn vị,Tên thủ tục,Người nộp,Ngày tiếp nhận,Ngày hẹn trả,' +
          'Ngày có kết quả,Ngày trả kết quả,Tình trạng,Ghi chú',
        `${REGISTER},3,,"not a dossier: the row numbering the columns of the register ((1), (2), ` +
          `… under the header)",(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11)`,
        `${REGISTER},12,,"not a dossier: the total row of the register (""Tổng cộng: 8 hồ sơ"")",` +
          `,Tổng cộng: 8 hồ sơ,,,,,,,,,`,
        `${REGISTER},13,,"not a dossier: the signature block of the register (""An Phú, ngày 30 tháng 4 năm 2024"")",` +
          `,,,,,,,,"An Phú, ngày 30 tháng 4 năm 2024",,`,
        `${REGISTER},14,,"not a dossier: the signature block of the register (""Người lập biểu"")",` +
          `,Người lập biểu,,,,,,,Thủ trưởng đơn vị,,`,
        `${REGISTER},15,,"not a dossier: the signature block of the register (""(Ký, ghi rõ họ tên)"")",` +
          `,"(Ký, ghi rõ họ tên)",,,,,,,"(Ký tên, đóng dấu)"`,
      ]);
    },
  );

  it('read in worker threads, the count crosses back the same', async () => {
    const r = await runBuilt(['reconcile', '--electronic', TIDY, '--paper', REGISTER, '--format', 'json', ...AS_OF], {
      TTHC_AUDIT_THREADS: '2',
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Report).inputs[1]).toEqual(REGISTER_INPUT);
  });
});

describe('layout rows never hide an error', () => {
  const HEADER = 'STT,Số hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
  const dossier = (i: number, code = `P-${i}`): string =>
    `${i},${code},Xã A,0${1 + (i % 8)}/03/2024,15/03/2024,10/03/2024\n`;
  // Line 2: column numbers; lines 3–10: eight dossiers; line 11: a dossier with no code; line 12: the total.
  const text =
    HEADER +
    '(1),(2),(3),(4),(5),(6)\n' +
    [1, 2, 3, 4, 5, 6, 7, 8].map((i) => dossier(i)).join('') +
    dossier(9, '') +
    ',Tổng cộng: 9 hồ sơ,,,,\n';
  const dir = writeTemp({ 'so.csv': text });
  const file = join(dir, 'so.csv');

  it(
    'the dossier with no code is an error on stderr, counted against --max-errors as 1 of 9 rows ' +
      '(the layout rows in neither count)',
    async () => {
      const r = await runCli(['stats', file, '--source', 'paper', ...AS_OF]);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([
        `tthc-audit: ${file}:11:2: the dossier code is empty (fill it in or remove the row)`,
        `tthc-audit: ${file}: 2 rows are not dossiers and were left out (column numbers, total): lines 2, 12`,
        'tthc-audit: 1 of 9 rows were rejected, more than --max-errors allows (0) (fix the rows listed above, ' +
          'list them all with --rejects <file>, or raise --max-errors)',
      ]);
      const ok = await runCli(['stats', file, '--source', 'paper', ...AS_OF, '--max-errors', '1', '--format', 'json']);
      expect(ok.status).toBe(0);
      expect((JSON.parse(ok.stdout) as Report).inputs[0]).toMatchObject({
        rowsRead: 11,
        rowsUsed: 8,
        rowsRejected: 3,
        rowsLayout: 2,
      });
    },
  );

  it('validate: the dossier with no code is the one problem; exit 1 over --max-errors 0 and within it', async () => {
    const strict = await runCli(['validate', file, '--source', 'paper', '--format', 'json']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('1 of 9 rows were rejected, more than --max-errors allows (0)');
    const r = await runCli(['validate', file, '--source', 'paper', '--format', 'json', '--max-errors', '1']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as {
      inputs: Record<string, unknown>[];
      problemCount: number;
      problems: { kind: string; count: number; examples: { line: number }[] }[];
    };
    expect(report.problemCount).toBe(1);
    expect(report.problems.map((p) => [p.kind, p.count, p.examples.map((e) => e.line)])).toEqual([
      ['missing-code', 1, [11]],
    ]);
    expect(report.inputs[0]).toMatchObject({ rowsRead: 11, rowsUsed: 8, rowsRejected: 3, rowsLayout: 2 });
  });

  it('the lines of many layout rows are listed up to ten, then "…"', async () => {
    const many = writeTemp({ 'so.csv': HEADER + dossier(1) + ',Cộng: 1 hồ sơ,,,,\n'.repeat(11) });
    const r = await runCli(['stats', join(many, 'so.csv'), '--source', 'paper', ...AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(many, 'so.csv')}: 11 rows are not dossiers and were left out (total): lines 3, 4, 5, 6, ` +
        `7, 8, 9, 10, 11, 12, …\n`,
    );
  });
});
