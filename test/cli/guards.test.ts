/**
 * Guards a CI job relies on (issue 15, item 1), end to end: an empty period, an empty side, an as-of
 * date before the period, a side whose columns are the other source's, one file on both sides (by path
 * and by content), units on one side only. Each is one warning line on stderr and an entry in the JSON
 * report; with a gate or --fail-on set, an empty period or side fails (exit 1) unless --allow-empty.
 * Inputs: fixtures/mini (six dossiers, March 2024: units Xã A and Xã B on both sides; fixtures/README.md)
 * and fixtures/district (an electronic export with "Trạng thái" and "Ngày có kết quả", a register with
 * "Quyển số" and "Ký nhận").
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const E = 'fixtures/mini/electronic.csv';
const P = 'fixtures/mini/paper.csv';
const DE = 'fixtures/district/electronic.csv';
const DP = 'fixtures/district/paper.csv';

interface Json {
  warnings: Record<string, unknown>[];
  gates: Record<string, unknown>[];
}
const parse = (stdout: string): Json => JSON.parse(stdout) as Json;

describe('an empty period', () => {
  // Every mini dossier was received in March 2024: none in January 2030.
  const args = ['reconcile', '--electronic', E, '--paper', P, '--from', '2030-01-01', '--to', '2030-01-31'];

  it('is a warning and exit 0 without gates', async () => {
    const r = await runCli([...args, '--format', 'json']);
    expect(r.stderr).toBe(
      'tthc-audit: warning: no dossier received from 2030-01-01 to 2030-01-31 (check --from/--to and the input ' +
        'files)\n',
    );
    expect(r.status).toBe(0);
    expect(parse(r.stdout).warnings).toEqual([{ kind: 'empty-period', from: '2030-01-01', to: '2030-01-31' }]);
    expect(parse(r.stdout).gates).toEqual([]);
  });

  it('fails the gates (exit 1) with any gate or --fail-on set, saying why for each side', async () => {
    const r = await runCli([...args, '--min-coverage', '90', '--max-late-rate', '5', '--fail-on', 'masked-late']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'tthc-audit: warning: no dossier received from 2030-01-01 to 2030-01-31 (check --from/--to and the ' +
          'input files)',
        'tthc-audit: the electronic export has no dossier in the period and a gate is set (--allow-empty lets it pass)',
        'tthc-audit: the paper register has no dossier in the period and a gate is set (--allow-empty lets it pass)',
        '',
      ].join('\n'),
    );
  });

  it('lists the failed not-empty gates in JSON: 0 dossiers against at least 1, per side', async () => {
    const r = await runCli([...args, '--fail-on', 'masked-late', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(parse(r.stdout).gates).toEqual([
      { gate: 'not-empty', unit: null, source: 'electronic', limit: 1, actual: 0, passed: false, by: 1 },
      { gate: 'not-empty', unit: null, source: 'paper', limit: 1, actual: 0, passed: false, by: 1 },
      // No finding in an empty period: 0 masked-late against a limit of 0 passes.
      { gate: 'fail-on', unit: null, source: null, kind: 'masked-late', limit: 0, actual: 0, passed: true, by: 0 },
    ]);
  });

  it('passes with --allow-empty, still warning', async () => {
    const r = await runCli([...args, '--fail-on', 'any', '--max-late-rate', '5', '--allow-empty']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'tthc-audit: warning: no dossier received from 2030-01-01 to 2030-01-31 (check --from/--to and the input ' +
        'files)\n',
    );
  });

  it('is worded in Vietnamese with dd/mm/yyyy dates', async () => {
    const r = await runCli([...args, '--lang', 'vi', '--fail-on', 'masked-late']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'tthc-audit: cảnh báo: không có hồ sơ nào tiếp nhận từ ngày 01/01/2030 đến ngày 31/01/2030 (kiểm tra ' +
        '--from/--to và tệp đầu vào)',
      'tthc-audit: dữ liệu hệ thống điện tử không có hồ sơ nào trong kỳ, mà đã đặt ngưỡng kiểm tra ' +
        '(--allow-empty để cho qua)',
    ]);
  });
});

describe('an empty side', () => {
  // A register of 2023 against the March 2024 export, period 2024: the paper side has nothing in it.
  const dir = tempDir();
  const old = join(dir, 'paper-2023.csv');
  writeFileSync(
    old,
    'Mã hồ sơ,Cơ quan,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả\nX-1,Xã A,04/01/2023,09/01/2023,06/01/2023\n',
  );
  const args = ['reconcile', '--electronic', E, '--paper', old, '--from', '2024-01-01', '--to', '2024-12-31'];

  it('is a warning naming the side; the gates fail for that side only', async () => {
    const r = await runCli([...args, '--fail-on', 'masked-late', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'tthc-audit: warning: the paper register has no dossier in the period (check the --paper files)',
        'tthc-audit: the paper register has no dossier in the period and a gate is set (--allow-empty lets it pass)',
        '',
      ].join('\n'),
    );
    const json = parse(r.stdout);
    expect(json.warnings).toEqual([{ kind: 'empty-side', source: 'paper' }]);
    // The electronic side has the 5 mini dossiers (A-1 … A-4, B-1).
    expect(json.gates.filter((g) => g.gate === 'not-empty').map((g) => [g.source, g.actual, g.passed])).toEqual([
      ['electronic', 5, true],
      ['paper', 0, false],
    ]);
  });

  it('exits 0 with --allow-empty', async () => {
    const r = await runCli([...args, '--fail-on', 'masked-late', '--allow-empty']);
    expect(r.status).toBe(0);
  });
});

describe('an as-of date before the period', () => {
  it('is a warning and a JSON entry', async () => {
    const r = await runCli([
      'reconcile',
      '--electronic',
      E,
      '--paper',
      P,
      '--from',
      '2024-03-01',
      '--as-of',
      '2024-02-15',
    ]);
    expect(r.stderr).toContain(
      'tthc-audit: warning: the as-of date 2024-02-15 is before the start of the period 2024-03-01 (check --as-of)\n',
    );
    const j = await runCli([
      ...['reconcile', '--electronic', E, '--paper', P, '--from', '2024-03-01', '--as-of', '2024-02-15'],
      ...['--format', 'json'],
    ]);
    expect(parse(j.stdout).warnings).toContainEqual({
      kind: 'as-of-before-period',
      asOf: '2024-02-15',
      from: '2024-03-01',
    });
  });
});

describe('swapped sides', () => {
  it('warns for each file, naming the columns that tell, and fails a set gate with a reason', async () => {
    const r = await runCli([
      'reconcile',
      '--electronic',
      DP,
      '--paper',
      DE,
      '--fail-on',
      'masked-late',
      '--format',
      'json',
    ]);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(
      `tthc-audit: warning: ${DP} is given as the electronic export but has the columns of the paper register ` +
        `(Quyển số, Ký nhận) (are the sides swapped?)`,
    );
    expect(lines[1]).toBe(
      `tthc-audit: warning: ${DE} is given as the paper register but has the columns of the electronic export ` +
        `(Trạng thái, Ngày có kết quả) (are the sides swapped?)`,
    );
    expect(parse(r.stdout).warnings).toEqual([
      {
        kind: 'looks-like-other-source',
        file: DP,
        source: 'electronic',
        looksLike: 'paper',
        columns: ['Quyển số', 'Ký nhận'],
      },
      {
        kind: 'looks-like-other-source',
        file: DE,
        source: 'paper',
        looksLike: 'electronic',
        columns: ['Trạng thái', 'Ngày có kết quả'],
      },
    ]);
  });

  it('says nothing when the sides are the right way round', async () => {
    const r = await runCli(['reconcile', '--electronic', DE, '--paper', DP]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('one file on both sides', () => {
  it('is found by path', async () => {
    const r = await runCli(['reconcile', '--electronic', E, '--paper', E, '--format', 'json']);
    expect(r.stderr).toContain(
      `tthc-audit: warning: ${E} and ${E} are the same file, given as both sides (a file matched with itself ` +
        `finds nothing)\n`,
    );
    expect(parse(r.stdout).warnings).toContainEqual({ kind: 'same-file', electronic: E, paper: E, by: 'path' });
  });

  it('is found by content under another name', async () => {
    const copy = join(tempDir(), 'copy.csv');
    copyFileSync(E, copy);
    const r = await runCli(['reconcile', '--electronic', E, '--paper', copy, '--format', 'json']);
    expect(r.stderr).toContain(
      `tthc-audit: warning: ${E} and ${copy} are files with the same content, given as both sides (a file ` +
        `matched with itself finds nothing)\n`,
    );
    expect(parse(r.stdout).warnings).toContainEqual({ kind: 'same-file', electronic: E, paper: copy, by: 'content' });
  });
});

describe('units on one side only', () => {
  it('lists the units each side has alone', async () => {
    // A register with A-1 of Xã A and a dossier C-9 of "Phường B": Xã B (B-1) is then electronic only,
    // Phường B paper only; Xã A is on both sides.
    const paper = join(tempDir(), 'paper.csv');
    writeFileSync(
      paper,
      [
        'STT,Mã hồ sơ,Cơ quan,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả',
        '1,A-1,Xã A,01/03/2024,05/03/2024,04/03/2024',
        '2,C-9,Phường B,02/03/2024,12/03/2024,',
        '',
      ].join('\n'),
    );
    const r = await runCli(['reconcile', '--electronic', E, '--paper', paper, '--format', 'json']);
    expect(r.stderr).toBe(
      [
        'tthc-audit: warning: 1 unit is only in the electronic export: "Xã B" (are the unit names spelled the ' +
          'same in both sources?)',
        'tthc-audit: warning: 1 unit is only in the paper register: "Phường B" (are the unit names spelled the ' +
          'same in both sources?)',
        '',
      ].join('\n'),
    );
    expect(parse(r.stdout).warnings).toEqual([
      { kind: 'units-on-one-side', source: 'electronic', units: ['Xã B'] },
      { kind: 'units-on-one-side', source: 'paper', units: ['Phường B'] },
    ]);
  });
});
