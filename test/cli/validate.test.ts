/**
 * `tthc-audit validate` end to end on fixtures/ingest: exit 0 clean, 1 problems, 2 unreadable or too
 * many rejected rows; problems by kind with counts and first examples; JSON and Vietnamese output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const F = (name: string): string => `fixtures/ingest/${name}/dossiers.csv`;

interface Report {
  command: string;
  period: { from: string | null; to: string | null };
  inputs: { file: string; readable: boolean; rowsRead: number; rowsUsed: number; rowsRejected: number }[];
  problemCount: number;
  problems: {
    kind: string;
    count: number;
    examples: { file: string; line: number | null; column: number | null; args: Record<string, unknown> }[];
  }[];
}
const json = async (args: string[]): Promise<{ status: number | null; report: Report; stderr: string }> => {
  const r = await runCli(['validate', ...args, '--format', 'json']);
  return { status: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
};
const counts = (r: Report): Record<string, number> => Object.fromEntries(r.problems.map((p) => [p.kind, p.count]));

describe('validate', () => {
  it('a clean file: exit 0, and the table says so', async () => {
    const r = await runCli(['validate', F('tidy'), '--from', '2024-03-01', '--to', '2024-04-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Validation of the input files',
        '',
        'Inputs',
        `  ${F('tidy')} (Electronic): 12 rows read = 12 used + 0 rejected; utf-8, ","`,
        // How it was read (checked against the file by hand: its header, its date cells, its first rows)
        '    columns read: "Mã hồ sơ" → code, "Đơn vị" → unit, "Tên thủ tục" → procedure, "Ngày tiếp nhận" → ' +
          'received, "Ngày hẹn trả" → due, "Ngày có kết quả" → completed, "Ngày trả kết quả" → returned, "Trạng ' +
          'thái" → status, "Hình thức nộp" → channel',
        '    columns ignored: "STT", "Chủ hồ sơ"',
        '    dates written as:',
        '      received: 99/99/9999 (11), 99/99/9999 99:99 (1)',
        '      due: 99/99/9999 (12)',
        '      completed: 99/99/9999 (6), 99/99/9999 99:99 (1)',
        '      returned: 99/99/9999 (7)',
        '    first dossiers as understood:',
        '      row 2: H56.01-240301-0001 | Xã Hòa Bình | received 2024-03-01 | due 2024-03-05 | result 2024-03-04 | ' +
          '"Đã trả kết quả"',
        '      row 3: H56.01-240301-0002 | Xã Hòa Bình | received 2024-03-01 | due 2024-03-05 | result 2024-03-05 | ' +
          '"Đã trả kết quả"',
        '      row 4: H56.01-240304-0003 | Xã Hòa Bình | received 2024-03-04 | due 2024-03-08 | result 2024-03-12 | ' +
          '"Đã trả kết quả"',
        '',
        'No problems found.',
        '',
      ].join('\n'),
    );
  });

  it('receipt dates outside the period: exit 1, each one listed', async () => {
    const { status, report } = await json([F('tidy'), '--from', '2024-03-01', '--to', '2024-03-31']);
    expect(status).toBe(1);
    expect(counts(report)).toEqual({ 'outside-period': 2 });
    expect(report.problems[0]!.examples.map((e) => [e.line, e.args.code, e.args.received])).toEqual([
      [6, 'H56.01-240425-0005', '2024-04-25'],
      [12, 'H56.02-240415-0005', '2024-04-15'],
    ]);
    expect(report.period).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('codes repeated across the files of one source: exit 1', async () => {
    const { status, report } = await json([F('tidy'), F('crlf')]);
    expect(status).toBe(1);
    expect(counts(report)).toEqual({ 'duplicate-code': 12 });
    expect(report.problems[0]!.examples[0]).toMatchObject({
      file: F('crlf'),
      line: 2,
      args: { code: 'H56.01-240301-0001', firstFile: F('tidy'), firstLine: 2 },
    });
  });

  it('unknown status labels: once per label, with the number of rows', async () => {
    const { status, report } = await json([F('unknown-status')]);
    expect(status).toBe(1);
    expect(report.problems).toEqual([
      {
        kind: 'unknown-status',
        count: 2,
        examples: [
          {
            kind: 'unknown-status',
            file: F('unknown-status'),
            line: null,
            column: null,
            args: { label: 'Hoàn tất', count: 2 },
          },
          {
            kind: 'unknown-status',
            file: F('unknown-status'),
            line: null,
            column: null,
            args: { label: 'Đã duyệt', count: 1 },
          },
        ],
      },
    ]);
  });

  it('rejected rows: by kind, and exit 1 (problems found) when more than --max-errors (default 0)', async () => {
    const { status, report, stderr } = await json([F('bad-rows')]);
    expect(status).toBe(1);
    expect(counts(report)).toEqual({ 'field-count': 1, 'missing-code': 1, 'bad-received': 1, 'bad-due': 1 });
    expect(report.inputs[0]).toMatchObject({ rowsRead: 16, rowsUsed: 12, rowsRejected: 4 });
    expect(stderr).toBe(
      'tthc-audit: 4 of 16 rows were rejected, more than --max-errors allows (0) ' +
        '(fix the rows listed in the report (all of them with --rejects <file>) or raise --max-errors)\n',
    );
    expect((await json([F('bad-rows'), '--max-errors', '4'])).status).toBe(1);
  });

  it('writes the rejected rows with --rejects', async () => {
    const out = join(tempDir(), 'rejects.csv');
    await runCli(['validate', F('bad-rows'), '--rejects', out]);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^fixtures\/ingest\/bad-rows\/dossiers\.csv,8,2,the dossier code is empty/);
  });

  it('an unreadable file is a problem of its own, the others are still checked, exit 2', async () => {
    const { status, report, stderr } = await json([F('empty'), F('tcvn3'), F('tidy')]);
    expect(status).toBe(2);
    expect(report.inputs.map((i) => i.readable)).toEqual([false, false, true]);
    expect(report.problems[0]!.kind).toBe('unreadable-file');
    expect(report.problems[0]!.examples.map((e) => e.args.code)).toEqual(['E_EMPTY', 'E_LEGACY_FONT']);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(2);
    expect(stderr).toContain(`tthc-audit: ${F('empty')}: the file is empty`);
  });

  it('a file with no result date column says so', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Mã HS\nA-1,Xã A,01/03/2024,05/03/2024,A-1\n');
    const { status, report } = await json([file]);
    expect(status).toBe(1);
    expect(counts(report)).toEqual({ 'no-result-column': 1, 'duplicate-column': 1 });
  });

  it('prints in Vietnamese with --lang vi', async () => {
    const r = await runCli(['validate', F('unknown-status'), '--lang', 'vi']);
    expect(r.stdout).toContain('trạng thái lạ: 2');
    expect(r.stdout).toContain(
      `${F('unknown-status')}: "Hoàn tất" (2 dòng): khai báo trong mục "statusLabels" của tệp cấu hình`,
    );
    expect(r.stdout).toContain('Có 2 lỗi.');
  });

  it('reads like reconcile: encoding, map and config apply', async () => {
    expect((await json([F('windows-1258'), '--encoding', 'windows-1258'])).status).toBe(0);
    const configDir = join(process.cwd(), 'fixtures/ingest/config-file');
    const cfg = await runCli(['validate', join(configDir, 'dossiers.csv')], {}, configDir);
    expect(cfg.status).toBe(0);
  });

  it('usage errors are exit 2', async () => {
    const r = await runCli(['validate', F('tidy'), '--from', '2024-31-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'tthc-audit: --from expects a date as yyyy-mm-dd, got "2024-31-01" (e.g. --from 2024-03-31)\n',
    );
  });
});
