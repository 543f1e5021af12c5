/**
 * `--delimiter` sets the CSV the tool writes (report, --details, --dossiers, --rejects), with a decimal
 * comma in the percentages when it is ";" (unless --decimal dot); `--input-delimiter` sets how the
 * inputs are read. Figures from fixtures/mini, worked out by hand in reconcile-mini.test.ts:
 * Xã A electronic 4 received, 3 resolved (1 before, 2 on time, 0 late), 1 overdue: 33.33 / 66.67 / 0.00;
 * paper 1 before, 1 on time, 1 late of 3: 33.33 / 33.33 / 33.33.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTemp } from './run-cli.js';

const BASE = [
  'reconcile',
  '--electronic',
  'fixtures/mini/electronic.csv',
  '--paper',
  'fixtures/mini/paper.csv',
  '--as-of',
  '2024-03-10',
  '--format',
  'csv',
  '--headers',
  'keys',
];
const XA_STATS = ['4', '3', '1', '2', '0', '0', '1', '0'];
const XA_PAPER = ['4', '3', '1', '1', '1', '0', '1', '0'];

function rowOf(stdout: string, unit: string): string {
  return stdout.split(/\r?\n/).find((l) => l.startsWith(unit))!;
}

describe('--delimiter: the CSV written', () => {
  it('writes commas and decimal dots by default', async () => {
    const r = await runCli(BASE);
    expect(r.status).toBe(0);
    expect(rowOf(r.stdout, 'Xã A')).toMatch(
      new RegExp(`^Xã A,${XA_STATS.join(',')},33\\.33,66\\.67,0\\.00,${XA_PAPER.join(',')},33\\.33,33\\.33,33\\.33,`),
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^unit,electronic_received,electronic_resolved,/);
  });

  it('writes semicolons, and decimal commas with them, for an Excel that expects ";"', async () => {
    const r = await runCli([...BASE, '--delimiter', ';']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^unit;electronic_received;electronic_resolved;/);
    expect(rowOf(r.stdout, 'Xã A')).toMatch(
      new RegExp(`^Xã A;${XA_STATS.join(';')};33,33;66,67;0,00;${XA_PAPER.join(';')};33,33;33,33;33,33;`),
    );
    // B has no resolved dossier: its rates are empty cells, not 0.
    expect(rowOf(r.stdout, 'Xã B')).toMatch(/^Xã B;1;0;0;0;0;1;0;0;;;;1;0;0;0;0;0;1;0;;;;/);
  });

  it('keeps decimal dots with ";" when --decimal dot says so, and takes "tab"', async () => {
    expect(rowOf((await runCli([...BASE, '--delimiter', ';', '--decimal', 'dot'])).stdout, 'Xã A')).toContain(
      ';33.33;66.67;0.00;',
    );
    expect(rowOf((await runCli([...BASE, '--delimiter', 'tab'])).stdout, 'Xã A')).toMatch(
      new RegExp(`^Xã A\\t${XA_STATS.join('\\t')}\\t33\\.33\\t`),
    );
  });

  it(
    'applies to --details, --dossiers and --rejects too, and a semicolon file can be replaced on the next ' + 'run',
    async () => {
      const dir = writeTemp({
        'e.csv':
          'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\nA-1,Xã A,01/03/2024,05/03/2024\n' +
          'A-2,Xã A,32/03/2024,05/03/2024\n',
      });
      const out = tempDir();
      const args = [
        'stats',
        join(dir, 'e.csv'),
        '--as-of',
        '2024-03-10',
        '--delimiter',
        ';',
        '--headers',
        'keys',
        '--details',
        join(out, 'd.csv'),
        '--dossiers',
        join(out, 'h.csv'),
        '--rejects',
        join(out, 'r.csv'),
        '--max-errors',
        '1',
        '--format',
        'json',
        '--output',
        join(out, 'report.json'),
      ];
      const first = await runCli(args);
      expect(first.stderr).toContain('e.csv:3:3:');
      expect(first.status).toBe(0);
      const text = (name: string): string => readFileSync(join(out, name), 'utf8').replace(/^\ufeff/, '');
      expect(text('d.csv').split('\n')[0]).toMatch(/^kind;code;unit;electronic_file;/);
      expect(text('h.csv').split('\n')[0]).toMatch(/^code;unit;electronic_class;/);
      expect(text('h.csv').split('\n')[1]).toMatch(/^A-1;Xã A;pending-overdue;2024-03-01;2024-03-05;/);
      expect(text('r.csv').split('\n')[0]).toBe('file;line;column;reason;Mã hồ sơ;Đơn vị;Ngày tiếp nhận;Ngày hẹn trả');
      expect(text('r.csv').split('\n')[1]).toMatch(
        new RegExp(`^${join(dir, 'e.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')};3;3;`),
      );
      // Our own ";" files are recognised as ours: a second run replaces them without --force.
      const again = await runCli(args);
      expect(again.status).toBe(0);
    },
  );

  it('refuses a delimiter no spreadsheet imports, naming --input-delimiter for the input', async () => {
    const r = await runCli([...BASE, '--delimiter', ':']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'tthc-audit: --delimiter expects , or ; or tab or |, got ":" (e.g. --delimiter ";" for an Excel that expects ' +
        'semicolons; the input delimiter is --input-delimiter)\n',
    );
  });
});

describe('--input-delimiter: the inputs', () => {
  it('reads a file whose delimiter is given, and refuses more than one character', async () => {
    const dir = writeTemp({
      'e.csv':
        'Mã hồ sơ|Đơn vị|Ngày tiếp nhận|Ngày hẹn trả|Ngày có kết quả\nA-1|Xã A|01/03/2024|05/03/2024|04/03/2024\n',
    });
    const r = await runCli(['stats', join(dir, 'e.csv'), '--input-delimiter', '|', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // One dossier resolved before its due date: 100% before deadline.
    expect(rowOf(r.stdout, 'Xã A')).toMatch(/^Xã A,1,1,1,0,0,0,0,0,100\.00,0\.00,0\.00,/);
    const bad = await runCli(['stats', join(dir, 'e.csv'), '--input-delimiter', '||', '--lang', 'vi']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'tthc-audit: --input-delimiter cần đúng một ký tự (hoặc "tab"), nhưng nhận được "||" (vd. ' +
        '--input-delimiter ";")\n',
    );
  });
});
