/**
 * Worker threads change nothing a user sees: every fixture gives the same stdout, stderr, exit status
 * and evidence list whether files are read and audited in this thread (`TTHC_AUDIT_THREADS=1`) or in
 * worker threads (`=2`, which small inputs otherwise never use). Errors raised inside a reader thread
 * come out as the same one-line message.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const reconcileFixtures = readdirSync(join(ROOT, 'fixtures')).filter((n) =>
  existsSync(join(ROOT, 'fixtures', n, 'expected.json')),
);
const ingestFixtures = readdirSync(join(ROOT, 'fixtures/ingest')).filter((n) =>
  existsSync(join(ROOT, 'fixtures/ingest', n, 'dossiers.csv')),
);

function both(args: string[]): void {
  const one = runCli(args, { TTHC_AUDIT_THREADS: '1' });
  const two = runCli(args, { TTHC_AUDIT_THREADS: '2' });
  expect(two.stderr).toBe(one.stderr);
  expect(two.stdout).toBe(one.stdout);
  expect(two.status).toBe(one.status);
}

describe('one thread or several: the same output', () => {
  it.each(reconcileFixtures)('reconcile fixture %s, with its evidence list', (name) => {
    const options = (
      JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'expected.json'), 'utf8')) as { options: string[] }
    ).options;
    const dir = tempDir();
    const lists = ['1', '2'].map((threads) => {
      const out = join(dir, `dossiers-${threads}.json`);
      const r = runCli([...options, '--dossiers', out], { TTHC_AUDIT_THREADS: threads });
      expect(r.status).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(lists[1]).toBe(lists[0]);
    both(options);
  });

  it.each(ingestFixtures)('stats on ingest fixture %s (table and errors)', (name) => {
    both(['stats', `fixtures/ingest/${name}/dossiers.csv`, '--as-of', '2024-04-30', '--max-errors', '100']);
  });

  it('a missing file is the same error from a reader thread', () => {
    both([
      'reconcile',
      '--electronic',
      'fixtures/district/electronic.csv',
      '--paper',
      'no/such/paper.csv',
      '--as-of',
      '2024-12-31',
    ]);
  });
});
