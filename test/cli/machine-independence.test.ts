/**
 * Results never depend on the machine: the same bytes under any TZ and LANG (for a fixed --lang),
 * and the same figures and findings whatever the order of the rows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runInOneProcess, tempDir, type CliResult } from './run-cli.js';

const PAIRS = [
  { name: 'mini', asOf: '2024-03-10' },
  { name: 'district', asOf: '2024-12-31' },
].filter((p) => existsSync(join(ROOT, 'fixtures', p.name, 'electronic.csv')));

const args = (dir: string, asOf: string, format: string): string[] => [
  'reconcile',
  '--electronic',
  join(dir, 'electronic.csv'),
  '--paper',
  join(dir, 'paper.csv'),
  '--as-of',
  asOf,
  '--format',
  format,
  '--lang',
  'en',
];

/** Deterministic Fisher–Yates shuffle of the data rows, keeping the header line first. */
function shuffleRows(text: string, seed: number): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  let s = seed;
  const random = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return [header, ...rows].join('\n') + '\n';
}

interface Report {
  units: unknown;
  total: unknown;
  findings: { kind: string; code: string; unit: string }[];
}

const FORMATS = ['table', 'json', 'csv'];

/** Other machines than this one (TZ=UTC, LANG=C, where the tests run the CLI in-process). */
const MACHINES = [
  { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'C' },
];

/** Every pair in every format, as run on each machine: one process per machine (its TZ is the process's). */
const ELSEWHERE_RUNS = PAIRS.flatMap(({ name, asOf }) => FORMATS.map((f) => args(join('fixtures', name), asOf, f)));
let elsewhere: CliResult[][] = [];
beforeAll(async () => {
  elsewhere = (await Promise.all(MACHINES.map((env) => runInOneProcess(ELSEWHERE_RUNS, env)))).map((m) => m.runs);
});

describe.each(PAIRS)('$name', ({ name, asOf }) => {
  const dir = join('fixtures', name);

  it.each(FORMATS)('gives identical %s output under any TZ and LANG', async (format) => {
    const at = ELSEWHERE_RUNS.findIndex((a) => a.join(' ') === args(dir, asOf, format).join(' '));
    const outputs = [await runCli(args(dir, asOf, format)), ...elsewhere.map((runs) => runs[at]!)];
    expect(outputs).toHaveLength(1 + MACHINES.length);
    for (const o of outputs) {
      expect(o.status).toBe(0);
      expect(o.stdout).toBe(outputs[0]!.stdout);
    }
  });

  it('gives the same figures and findings when the rows are shuffled', async () => {
    const base = JSON.parse((await runCli(args(dir, asOf, 'json'))).stdout) as Report;
    for (const seed of [1, 2, 3]) {
      const tmp = tempDir();
      for (const f of ['electronic.csv', 'paper.csv']) {
        writeFileSync(join(tmp, f), shuffleRows(readFileSync(join(ROOT, dir, f), 'utf8'), seed));
      }
      const shuffled = JSON.parse((await runCli(args(tmp, asOf, 'json'))).stdout) as Report;
      expect(shuffled.units).toEqual(base.units);
      expect(shuffled.total).toEqual(base.total);
      const key = (r: Report): string[] => r.findings.map((f) => `${f.kind} ${f.code} ${f.unit}`).sort();
      expect(key(shuffled)).toEqual(key(base));
    }
  });
});
