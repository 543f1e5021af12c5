/**
 * What the hostile-input tests share: the corpus in fixtures/hostile, the fast-check seed (fixed, or
 * FC_SEED to replay a failure), in-process runs of the CLI that also collect every output file, and the
 * checks every run must pass whatever the input (exit 0/1/2, no stack trace, a short stderr).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { runMain } from '../render/run-main.js';
import { BIN, ROOT, tempDir, type CliResult } from '../cli/run-cli.js';

export { BIN, ROOT, runCli, tempDir, writeTemp, type CliResult } from '../cli/run-cli.js';

export const HOSTILE = join(ROOT, 'fixtures/hostile');
export const hostile = (name: string): string => join(HOSTILE, name);

/** fast-check's seed: fixed so the suite is repeatable, FC_SEED to replay the seed a failure printed. */
export const FC_SEED = process.env.FC_SEED === undefined ? 20240301 : Number(process.env.FC_SEED);

export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'markdown', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** A run that must not crash: exit 0, 1 or 2; no stack trace; no internal error; a few lines at most. */
export function expectNoCrash(r: CliResult, maxStderrLines = 13): void {
  expect([0, 1, 2], `exit status ${r.status}; stderr:\n${r.stderr}`).toContain(r.status);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/internal error/i);
  expect(r.stderr.split('\n').filter((l) => l !== '').length).toBeLessThanOrEqual(maxStderrLines);
}

/** Every output of a run, as text: 'stdout', 'stderr' and each file written (xlsx: the text of its entries). */
export type RunOutputs = Map<string, string>;

/**
 * Run `reconcile` (or `stats` when `paper` is null) in-process in `format`, with --output, --details,
 * --dossiers (CSV, and JSON in a second run) and --rejects into a fresh folder, and collect every
 * output. Returns the outputs and the first run's exit code.
 */
export async function runEveryOutput(
  electronic: string,
  paper: string | null,
  format: Format,
  extra: readonly string[] = [],
): Promise<{ code: number; outputs: RunOutputs }> {
  const dir = tempDir();
  const inputs = paper === null ? ['stats', electronic] : ['reconcile', '--electronic', electronic, '--paper', paper];
  const common = [...inputs, '--as-of', '2024-12-31', '--format', format, ...extra];
  const first = await runMain([
    ...common,
    '--output',
    join(dir, `report.${format}`),
    '--details',
    join(dir, 'details.csv'),
    '--dossiers',
    join(dir, 'dossiers.csv'),
    '--rejects',
    join(dir, 'rejects.csv'),
  ]);
  const second = await runMain([...common, '--dossiers', join(dir, 'dossiers.json')]);
  const outputs: RunOutputs = new Map([
    ['stdout', format === 'xlsx' ? zipTexts(Buffer.from(second.bytes)).join('\n') : second.stdout],
    ['stderr', first.stderr + second.stderr],
  ]);
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    // CSV files start with a byte-order mark (for Excel) unless --no-bom: the checks here are about cells.
    outputs.set(
      name,
      name.endsWith('.xlsx') ? zipTexts(bytes).join('\n') : bytes.toString('utf8').replace(/^\ufeff/, ''),
    );
  }
  return { code: first.code, outputs };
}

/** The text of every entry of a zip (an xlsx), read through its central directory. */
export function zipTexts(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

/** Run a shell command line (bash), with the CLI's usual environment. */
export function runShell(script: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', TZ: 'UTC', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `node bin/tthc-audit.js` quoted for a shell command line. */
export const CLI = `"${process.execPath}" "${BIN}"`;

/** Rows of a big electronic export and its paper register, made at test time. */
export function bigPair(rows: number): { electronic: string; paper: string } {
  const e: string[] = ['Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Chủ hồ sơ'];
  const p: string[] = ['Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Trả kết quả'];
  for (let i = 0; i < rows; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0');
    const code = `H${i % 7}-2403${d}-${String(i).padStart(6, '0')}`;
    e.push(`${code},Xã ${i % 50},${d}/03/2024,${d}/04/2024,${d}/04/2024,Đã xử lý xong,Người ${i}`);
    if (i % 2 === 0)
      p.push(
        `${code},Xã ${i % 50},${d}/03/2024,${d}/04/2024,${String(Math.min(28, 1 + (i % 28) + 1)).padStart(2, '0')}` +
          `/04/2024`,
      );
  }
  return { electronic: e.join('\n') + '\n', paper: p.join('\n') + '\n' };
}
