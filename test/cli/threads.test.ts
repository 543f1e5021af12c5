/**
 * Worker threads change nothing a user sees: every fixture gives the same stdout, stderr, exit status
 * and evidence list whether files are read and audited in this thread (`TTHC_AUDIT_THREADS=1`) or in
 * worker threads (`=2`, which small inputs otherwise never use, or by size on a big input). Errors
 * raised inside a reader thread come out as the same one-line message.
 *
 * Threads exist only in the built CLI (from src/ everything runs in this thread), so these runs use
 * `runBuilt`: dist/cli.js in-process, with real worker threads, and without a process start per run.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigPair } from '../hostile/hostile-helpers.js';
import { ROOT, runBin, runBuilt, tempDir } from './run-cli.js';

const reconcileFixtures = readdirSync(join(ROOT, 'fixtures')).filter((n) =>
  existsSync(join(ROOT, 'fixtures', n, 'expected.json')),
);
const ingestFixtures = readdirSync(join(ROOT, 'fixtures/ingest')).filter((n) =>
  existsSync(join(ROOT, 'fixtures/ingest', n, 'dossiers.csv')),
);

async function both(args: string[], threaded: Record<string, string> = { TTHC_AUDIT_THREADS: '2' }): Promise<void> {
  const one = await runBuilt(args, { TTHC_AUDIT_THREADS: '1' });
  const two = await runBuilt(args, threaded);
  expect(two.stderr).toBe(one.stderr);
  expect(two.stdout).toBe(one.stdout);
  expect(two.status).toBe(one.status);
}

describe('one thread or several: the same output', () => {
  it.each(reconcileFixtures)('reconcile fixture %s, with its evidence list', async (name) => {
    const options = (
      JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'expected.json'), 'utf8')) as { options: string[] }
    ).options;
    const dir = tempDir();
    const lists: string[] = [];
    for (const threads of ['1', '2']) {
      const out = join(dir, `dossiers-${threads}.json`);
      const r = await runBuilt([...options, '--dossiers', out], { TTHC_AUDIT_THREADS: threads });
      expect(r.status).toBe(0);
      lists.push(readFileSync(out, 'utf8'));
    }
    expect(lists[1]).toBe(lists[0]);
    await both(options);
  });

  it.each(ingestFixtures)('stats on ingest fixture %s (table and errors)', async (name) => {
    await both(['stats', `fixtures/ingest/${name}/dossiers.csv`, '--as-of', '2024-04-30', '--max-errors', '100']);
  });

  it('a missing file is the same error from a reader thread', async () => {
    await both([
      'reconcile',
      '--electronic',
      'fixtures/district/electronic.csv',
      '--paper',
      'no/such/paper.csv',
      '--as-of',
      '2024-12-31',
    ]);
  });

  it(
    'threads started by size (51,000 rows read: over the 50,000 that start reader threads), ' + 'not asked for',
    async () => {
      const dir = tempDir();
      const pair = bigPair(34_000);
      writeFileSync(join(dir, 'e.csv'), pair.electronic);
      writeFileSync(join(dir, 'p.csv'), pair.paper);
      // The per-unit CSV: every figure, without the cost of writing 34,000 findings twice.
      const args = [
        'reconcile',
        '--electronic',
        join(dir, 'e.csv'),
        '--paper',
        join(dir, 'p.csv'),
        '--as-of',
        '2024-12-31',
      ];
      await both([...args, '--format', 'csv'], {});
    },
  );
});

/**
 * The binary loads the bundle (scripts/bundle.mjs: dist/main.js, dist/run.js, the workers' own files), not
 * tsc's modules: the same output from its worker threads, and an error raised in the run (an `AuditError`,
 * known by `instanceof` in cli.ts) keeps its exit status and one-line message.
 */
describe('the bundled binary', () => {
  const district = ['fixtures/district/electronic.csv', 'fixtures/district/paper.csv'];
  const args = (paper: string) => [
    'reconcile',
    '--electronic',
    district[0]!,
    '--paper',
    paper,
    '--as-of',
    '2024-12-31',
  ];

  it('reads and audits in its own worker threads: the same report as in-process on one thread', async () => {
    const json = [...args(district[1]!), '--format', 'json'];
    const one = await runBuilt(json, { TTHC_AUDIT_THREADS: '1' });
    const bin = runBin(json, { TTHC_AUDIT_THREADS: '2' });
    expect(bin.stderr).toBe(one.stderr);
    expect(bin.status).toBe(0);
    expect(bin.stdout).toBe(one.stdout);
  });

  it.each(['1', '2'])('a missing input (TTHC_AUDIT_THREADS=%s): exit 2 and the one-line message', async (threads) => {
    const missing = args('no/such/paper.csv');
    const one = await runBuilt(missing, { TTHC_AUDIT_THREADS: '1' });
    const bin = runBin(missing, { TTHC_AUDIT_THREADS: threads });
    expect(one.status).toBe(2);
    expect(bin.status).toBe(2);
    expect(bin.stderr).toBe(one.stderr);
  });
});
