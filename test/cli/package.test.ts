/**
 * The published package holds the built CLI and its bin, and nothing of the tests or fixtures; and
 * what it holds is enough to run: the packed bin, unpacked, starts and prints its version.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cliEnv, tempDir } from './run-cli.js';

describe('npm pack', () => {
  const dir = tempDir();
  let files: string[] = [];
  let tarball = '';
  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const pack = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
    files = pack.files.map((f) => f.path);
    tarball = join(dir, pack.filename);
  });

  it('packs bin, dist and the JSON schema, not tests or fixtures', () => {
    expect(files).toContain('bin/tthc-audit.js');
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/main.js');
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('fixtures/') || f.startsWith('src/'))).toBe(false);
  });

  // A process: the real binary from the packed files, as a user starts it.
  it('unpacked, its bin runs: --version prints the version of package.json', () => {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    // The dependencies come from this checkout's node_modules (installing them would need the network).
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'package/node_modules'), 'dir');
    const r = spawnSync(process.execPath, [join(dir, 'package/bin/tthc-audit.js'), '--version'], {
      cwd: dir,
      encoding: 'utf8',
      env: cliEnv(),
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
  });
});
