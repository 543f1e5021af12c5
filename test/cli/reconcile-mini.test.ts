/**
 * End to end on fixtures/mini: six dossiers small enough to check by hand (see fixtures/README.md,
 * "mini"). Runs the CLI (in-process, `main`) and asserts stdout, stderr and the exit code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const E = 'fixtures/mini/electronic.csv';
const P = 'fixtures/mini/paper.csv';
const BASE = ['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-03-10'];

interface Json {
  asOf: string;
  inputs: { file: string; source: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[];
  units: {
    unit: string;
    electronic: Record<string, unknown>;
    paper: Record<string, unknown>;
    findingCounts: Record<string, number>;
  }[];
  total: { electronic: Record<string, unknown>; paper: Record<string, unknown>; findingCounts: Record<string, number> };
  coverage: { paperDossiers: number; foundInElectronic: number; percent: number | null } | null;
  findings: {
    kind: string;
    code: string;
    unit: string;
    electronic: { file: string; line: number } | null;
    paper: { file: string; line: number } | null;
  }[];
}

const json = async (args: string[] = []): Promise<Json> => {
  const r = await runCli([...BASE, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Json;
};

describe('reconcile on the hand-checked mini fixture', () => {
  it('gives the figures worked out by hand', async () => {
    const r = await json();
    expect(r.asOf).toBe('2024-03-10');
    const a = r.units.find((u) => u.unit === 'Xã A')!;
    // A-1 before, A-2 on time, A-3 on time (E) / late (P), A-4 overdue on both sides.
    expect(a.electronic).toMatchObject({
      received: 4,
      resolved: 3,
      beforeDeadline: 1,
      onTime: 2,
      late: 0,
      pendingNotDue: 0,
      pendingOverdue: 1,
      withdrawn: 0,
      rates: { beforeDeadline: 33.33, onTime: 66.67, late: 0 },
    });
    expect(a.paper).toMatchObject({
      received: 4,
      resolved: 3,
      beforeDeadline: 1,
      onTime: 1,
      late: 1,
      pendingOverdue: 1,
      rates: { beforeDeadline: 33.33, onTime: 33.33, late: 33.33 },
    });
    const b = r.units.find((u) => u.unit === 'Xã B')!;
    // B-1 only electronic (not due until 12/3); C-1 only on paper, due 8/3, overdue at 10/3.
    expect(b.electronic).toMatchObject({
      received: 1,
      resolved: 0,
      pendingNotDue: 1,
      rates: { beforeDeadline: null, onTime: null, late: null },
    });
    expect(b.paper).toMatchObject({ received: 1, resolved: 0, pendingOverdue: 1 });
    expect(r.total.findingCounts).toMatchObject({
      'masked-late': 1,
      'missing-in-electronic': 1,
      'missing-in-paper': 1,
      'completed-date-mismatch': 1,
      'late-without-apology': 2,
      'status-mismatch': 0,
      'due-date-mismatch': 0,
      'received-date-mismatch': 0,
      'unit-mismatch': 0,
      'duplicate-code': 0,
    });
    expect(r.inputs.map((i) => [i.source, i.rowsRead, i.rowsUsed, i.rowsRejected])).toEqual([
      ['electronic', 5, 5, 0],
      ['paper', 5, 5, 0],
    ]);
  });

  it('says how much of the paper register the electronic system holds: 4 of 5 (C-1 is only on paper)', async () => {
    expect((await json()).coverage).toEqual({ paperDossiers: 5, foundInElectronic: 4, percent: 80 });
    expect((await runCli(BASE)).stdout).toContain(
      'Coverage: 4 of 5 paper dossiers are in the electronic system (80.00%)',
    );
    expect((await runCli([...BASE, '--lang', 'vi'])).stdout).toContain(
      'Cập nhật lên hệ thống điện tử: 4/5 hồ sơ trong sổ giấy có trên hệ thống điện tử (80,00%)',
    );
    const stats = await runCli(['stats', P, '--source', 'paper', '--as-of', '2024-03-10', '--format', 'json']);
    expect((JSON.parse(stats.stdout) as Json).coverage).toBeNull();
  });

  it('points each finding at its rows (file and line)', async () => {
    const masked = (await json()).findings.find((f) => f.kind === 'masked-late')!;
    expect(masked.code).toBe('A-3');
    expect(masked.electronic).toMatchObject({ file: E, line: 4 });
    expect(masked.paper).toMatchObject({ file: P, line: 4 });
  });

  it('never echoes columns it does not use (applicant names)', async () => {
    for (const format of ['json', 'table', 'csv']) {
      expect((await runCli([...BASE, '--format', format])).stdout).not.toContain('Người nộp');
    }
  });

  it('prints the table with the skipped checks and the period', async () => {
    const r = await runCli(BASE);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Xã A');
    expect(r.stdout).toContain('As of: 2024-03-10');
    expect(r.stdout).toMatch(/returned-without-reason: no input has a reason column/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('writes CSV with one row per unit and a total row', async () => {
    const r = await runCli([...BASE, '--format', 'csv']);
    const lines = r.stdout.split('\n');
    // the table: a header, two units, the total; then an empty row and the provenance (README: Provenance)
    expect(lines[4]).toMatch(/^,+$/);
    expect(lines[5]).toMatch(/^Provenance,+$/);
    expect(lines[0]).toMatch(/^Unit,Electronic: Records,Electronic: Resolved,Electronic: Before deadline,/);
    // electronic: received 5, resolved 3, before 1, on time 2, late 0, not due 1 (B-1), overdue 1, withdrawn 0
    expect(lines[3]).toMatch(/^TOTAL,5,3,1,2,0,1,1,0,/);
  });

  it('writes --details with one row per finding and --output to a file', async () => {
    const dir = tempDir();
    const r = await runCli([
      ...BASE,
      '--details',
      join(dir, 'd.csv'),
      '--output',
      join(dir, 'r.json'),
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const details = readFileSync(join(dir, 'd.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(details).toHaveLength(1 + 6);
    expect(details[0]).toMatch(/^Kind,Dossier code,Unit,Electronic: File,Electronic: Line,Paper: File,Paper: Line,/);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).total.findingCounts['masked-late']).toBe(1);
  });

  it('exits 1 when a finding matches --fail-on, 0 otherwise', async () => {
    expect((await runCli([...BASE, '--fail-on', 'masked-late'])).status).toBe(1);
    expect((await runCli([...BASE, '--fail-on', 'due-date-mismatch,unit-mismatch'])).status).toBe(0);
    expect((await runCli([...BASE, '--fail-on', 'any'])).status).toBe(1);
  });

  it('prints Vietnamese labels and decimal commas with --lang vi', async () => {
    const r = await runCli([...BASE, '--lang', 'vi']);
    expect(r.stdout).toContain('TỔNG CỘNG');
    expect(r.stdout).toContain('33,33');
    expect(r.stdout).toContain('66,67');
  });

  it('takes the language from LANG when --lang is not given', async () => {
    expect((await runCli(BASE, { LANG: 'vi_VN.UTF-8' })).stdout).toContain('TỔNG CỘNG');
    expect((await runCli(BASE, { LANG: 'en_US.UTF-8' })).stdout).toContain('TOTAL');
  });

  it('defaults the as-of date to --to, else the latest date in the inputs', async () => {
    const r = await runCli(['reconcile', '--electronic', E, '--paper', P, '--format', 'json']);
    // Latest event: A-3's paper return date 07/03/2024 (the receipt dates are earlier).
    expect(JSON.parse(r.stdout).asOf).toBe('2024-03-07');
    const t = await runCli(['reconcile', '--electronic', E, '--paper', P, '--to', '2024-03-31', '--format', 'json']);
    expect(JSON.parse(t.stdout).asOf).toBe('2024-03-31');
  });

  it('keeps dossiers received outside --from/--to out of the figures and counts their rows', async () => {
    const r = await json(['--from', '2024-03-02']);
    // A-* were received 01/03: left out. B-1 (02/03) and C-1 (03/03) stay.
    expect(r.total.electronic).toMatchObject({ received: 1 });
    expect(r.total.paper).toMatchObject({ received: 1 });
    expect(r.inputs.map((i) => (i as unknown as { rowsOutsidePeriod: number }).rowsOutsidePeriod)).toEqual([4, 4]);
  });
});

describe('byte-order marks (Excel needs one to show diacritics)', () => {
  it('CSV files get one by default, --no-bom leaves it out, stdout gets one only with --bom', async () => {
    const dir = tempDir();
    const out = join(dir, 'units.csv');
    const details = join(dir, 'details.csv');
    expect((await runCli([...BASE, '--format', 'csv', '--output', out, '--details', details])).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\ufeffUnit,')).toBe(true);
    expect(readFileSync(details, 'utf8').startsWith('\ufeffKind,')).toBe(true);
    expect((await runCli([...BASE, '--format', 'csv', '--output', out, '--no-bom'])).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('Unit,')).toBe(true);
    expect((await runCli([...BASE, '--format', 'csv'])).stdout.startsWith('Unit,')).toBe(true);
    expect((await runCli([...BASE, '--format', 'csv', '--bom'])).stdout.startsWith('\ufeffUnit,')).toBe(true);
    // JSON never gets one: it would not parse.
    const json = join(dir, 'r.json');
    expect((await runCli([...BASE, '--format', 'json', '--output', json, '--bom'])).status).toBe(0);
    expect(readFileSync(json, 'utf8').startsWith('{')).toBe(true);
  });
});
