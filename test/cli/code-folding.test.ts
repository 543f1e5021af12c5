/**
 * Dossier codes copied with invisible characters, full-width forms or dash variants match the plain
 * code (core/fold.ts normaliseCode), and the report lists the codes whose key was made that way. The
 * pair is written here; its expectations worked out by hand: four dossiers, all before the deadline on
 * both sides, three paper codes folded (lines 2–4), nothing missing on either side.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

const HEADER = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
const row = (code: string): string => `${code},Xã A,02/01/2024,10/01/2024,05/01/2024\n`;
const dir = writeTemp({
  'e.csv':
    HEADER + ['H1.01-240102-0001', 'H1.01-240102-0002', 'H1.01-240102-0003', 'H1.01-240102-0004'].map(row).join(''),
  'p.csv':
    HEADER +
    [
      'H1.01\u200d-240102-0001', // zero-width joiner
      '\uff28\uff11.01-240102-0002', // full-width H1
      'H1.01\u2013240102\u20130003', // en dashes
      'h1.01-240102-0004', // lower case: not folding
    ]
      .map(row)
      .join(''),
});
const e = join(dir, 'e.csv');
const p = join(dir, 'p.csv');

interface Report {
  total: { findingCounts: Record<string, number>; electronic: { received: number }; paper: { received: number } };
  notes: { kind: string; file?: string; count?: number; examples?: unknown[] }[];
}

describe('codes with invisible characters, full-width forms and dashes', () => {
  it('match the plain codes: 4 dossiers on each side, nothing missing; the note lists the 3 folded codes', async () => {
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p, '--as-of', '2024-12-31', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.total.electronic.received).toBe(4);
    expect(report.total.paper.received).toBe(4);
    expect(report.total.findingCounts['missing-in-electronic']).toBe(0);
    expect(report.total.findingCounts['missing-in-paper']).toBe(0);
    expect(report.notes.filter((n) => n.kind === 'codes-folded')).toEqual([
      {
        kind: 'codes-folded',
        file: p,
        count: 3,
        examples: [
          { code: 'H1.01\u200d-240102-0001', key: 'H1.01-240102-0001', line: 2 },
          { code: '\uff28\uff11.01-240102-0002', key: 'H1.01-240102-0002', line: 3 },
          { code: 'H1.01\u2013240102\u20130003', key: 'H1.01-240102-0003', line: 4 },
        ],
      },
    ]);
  });

  it('the table says so, with the invisible character shown as \\u200D', async () => {
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p, '--as-of', '2024-12-31']);
    expect(r.stdout).toContain(
      `${p}: 3 dossier code(s) compared after removing invisible characters and folding full-width forms and dashes, ` +
        'e.g. line 2: "H1.01\\u200D-240102-0001" → H1.01-240102-0001; line 3: "Ｈ１.01-240102-0002" → ' +
        'H1.01-240102-0002; ' +
        'line 4: "H1.01–240102–0003" → H1.01-240102-0003',
    );
  });
});
