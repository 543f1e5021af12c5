/**
 * Every generated fixture against its expected.json (tallied from the fixture's plan, never from the
 * tool; see fixtures/README.md). Only the fields expected.json holds are compared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from './run-cli.js';

interface Expected {
  asOf: string;
  options: string[];
  inputs: { file: string; source: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[];
  units: Record<string, unknown>[];
  total: Record<string, unknown>;
}

const names = readdirSync(join(ROOT, 'fixtures')).filter((n) => existsSync(join(ROOT, 'fixtures', n, 'expected.json')));

/** `actual` restricted to the keys `shape` has, recursively. */
function pick(actual: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && Array.isArray(actual)) return actual.map((a, i) => pick(a, shape[i] ?? shape[0]));
  if (shape && typeof shape === 'object' && actual && typeof actual === 'object') {
    return Object.fromEntries(
      Object.keys(shape).map((k) => [
        k,
        pick((actual as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k]),
      ]),
    );
  }
  return actual;
}

describe.each(names)('fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'expected.json'), 'utf8')) as Expected;
  let run: CliResult;
  let report: Record<string, unknown>;
  beforeAll(async () => {
    run = await runCli(expected.options);
    report = JSON.parse(run.stdout) as Record<string, unknown>;
  });

  it('runs cleanly', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(report.asOf).toBe(expected.asOf);
  });

  it('has the expected per-unit figures and finding counts', () => {
    expect((report.units as unknown[]).length).toBe(expected.units.length);
    expect(pick(report.units, expected.units)).toEqual(expected.units);
  });

  it('has the expected totals', () => {
    expect(pick(report.total, expected.total)).toEqual(expected.total);
  });

  it('states the coverage of the paper register from the hand-tallied paper total and missing-in-electronic', () => {
    const paper = (expected.total as { paper?: { received?: number } | null }).paper?.received;
    const missing = (expected.total as { findingCounts?: Record<string, number> }).findingCounts?.[
      'missing-in-electronic'
    ];
    if (report.command !== 'reconcile' || paper === undefined || missing === undefined) {
      expect(report.coverage ?? null).toBeNull();
      return;
    }
    // Half-up to 2 decimals; exact for these small integers.
    expect(report.coverage).toEqual({
      paperDossiers: paper,
      foundInElectronic: paper - missing,
      percent: paper === 0 ? null : Math.round(((paper - missing) * 10000) / paper) / 100,
    });
  });

  it('accounts for every row: rowsRead = rowsUsed + rowsRejected', () => {
    expect(pick(report.inputs, expected.inputs)).toEqual(expected.inputs);
    for (const i of report.inputs as Expected['inputs']) expect(i.rowsRead).toBe(i.rowsUsed + i.rowsRejected);
  });
});

describe('reproducing a published report', () => {
  it('Dak Lak 2023: 509 / 16 / 1 of 526 resolved → 96.77 / 3.04 / 0.19, 12 carried over', async () => {
    const r = await runCli([
      'stats',
      'fixtures/dak-lak-2023/electronic.csv',
      '--as-of',
      '2023-12-31',
      '--format',
      'json',
    ]);
    const total = JSON.parse(r.stdout).total.electronic;
    expect(total).toMatchObject({
      received: 538,
      resolved: 526,
      beforeDeadline: 509,
      onTime: 16,
      late: 1,
      pendingNotDue: 12,
    });
    expect(total.rates).toEqual({ beforeDeadline: 96.77, onTime: 3.04, late: 0.19 });
  });
});

/** Every file under `dir`, as paths relative to it (a walk of our own: `recursive` needs Node 20.1+). */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : e.isFile() ? [join(prefix, e.name)] : [],
  );
}

describe('the fixture generator', () => {
  it('reproduces the committed fixtures byte for byte, README.md with its hand-written part', () => {
    const out = mkdtempSync(join(tmpdir(), 'tthc-fixtures-'));
    try {
      const run = spawnSync(process.execPath, ['fixtures/make-fixtures.mjs', '--out', out], { cwd: ROOT });
      expect(run.status).toBe(0);
      const written = filesUnder(out).sort();
      expect(written).toContain('README.md');
      expect(written).toContain(join('district', 'expected.json'));
      for (const file of written) {
        expect(readFileSync(join(out, file)).equals(readFileSync(join(ROOT, 'fixtures', file))), file).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
