/** The published package holds the built CLI and its bin, and nothing of the tests or fixtures. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe('npm pack', () => {
  it('packs bin, dist and the JSON schema, not tests or fixtures', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('bin/tthc-audit.js');
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/main.js');
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('fixtures/') || f.startsWith('src/'))).toBe(false);
  });
});
