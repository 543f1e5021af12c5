/**
 * Conventions of the ecosystem (issue 15, item 5), end to end: global options before or after the
 * command; an unknown option or command is one line with the closest name, exit 2; `--output -` is
 * standard output; `--quiet`; `--color`/`--no-color`, NO_COLOR and FORCE_COLOR; the config found from
 * the working directory upward, or in package.json's "tthc-audit" key, holding gates and the format.
 * Figures: fixtures/mini at 2024-03-10 has 1 masked-late (A-3: on time electronically, late on paper).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const E = join(ROOT, 'fixtures/mini/electronic.csv');
const P = join(ROOT, 'fixtures/mini/paper.csv');
const MINI = ['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-03-10'];
const ESC = '\u001b[';

describe('global options before the command', () => {
  it('--lang vi and --no-color before reconcile work as after it', async () => {
    const before = await runCli(['--lang', 'vi', '--no-color', ...MINI]);
    const after = await runCli([...MINI, '--lang', 'vi', '--no-color']);
    expect(before.status).toBe(0);
    expect(before.stderr).toBe('');
    // the same report, but for the provenance's command line, which is written as typed
    const typed = /^ {2}Lệnh đã chạy: .*$/m;
    expect(before.stdout.replace(typed, '')).toBe(after.stdout.replace(typed, ''));
    expect(before.stdout).toMatch(/^ {2}Lệnh đã chạy: tthc-audit --lang vi --no-color reconcile /m);
    expect(before.stdout).toContain('Đối chiếu hệ thống điện tử với sổ theo dõi giấy');
  });

  it('validate and calendar take --no-color, --color and --quiet too', async () => {
    const v = await runCli(['--no-color', 'validate', 'fixtures/ingest/tidy/dossiers.csv', '--quiet']);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
    expect((await runCli(['calendar', '--year', '2025', '--color', '--quiet'])).status).toBe(0);
  });
});

describe('an unknown option or command', () => {
  it('is one line with the closest name, exit 2', async () => {
    const o = await runCli([...MINI, '--frm', '2024-03-01']);
    expect(o.status).toBe(2);
    expect(o.stderr).toBe("tthc-audit: error: unknown option '--frm' (Did you mean one of --form, --from?)\n");
    const c = await runCli(['reconcle']);
    expect(c.status).toBe(2);
    expect(c.stderr).toBe("tthc-audit: error: unknown command 'reconcle' (Did you mean reconcile?)\n");
  });

  it('in Vietnamese too, and other usage errors name --help on the same line', async () => {
    const vi = await runCli(['--lang', 'vi', 'reconcle']);
    expect(vi.stderr).toBe("tthc-audit: lỗi: không có lệnh 'reconcle' (Có phải ý bạn là reconcile?)\n");
    const missing = await runCli(['reconcile', '--electronic', E]);
    expect(missing.stderr).toBe(
      "tthc-audit: error: required option '--paper <file...>' not specified (run with --help for usage)\n",
    );
  });
});

describe('--output -', () => {
  it('writes the report to standard output and no file named "-"', async () => {
    const dir = tempDir();
    const r = await runCli([...MINI, '--format', 'json', '--output', '-'], {}, dir);
    expect(r.status).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { total: { findingCounts: Record<string, number> } }).total.findingCounts['masked-late'],
    ).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('--quiet', () => {
  it('drops warnings but still says why the run fails', async () => {
    const args = [...MINI, '--from', '2030-01-01', '--fail-on', 'masked-late'];
    const loud = await runCli(args);
    expect(loud.stderr).toContain('warning: no dossier');
    const quiet = await runCli([...args, '--quiet']);
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe(
      [
        'tthc-audit: the electronic export has no dossier in the period and a gate is set (--allow-empty lets it pass)',
        'tthc-audit: the paper register has no dossier in the period and a gate is set (--allow-empty lets it pass)',
        '',
      ].join('\n'),
    );
  });
});

describe('colour', () => {
  // runCli's environment has NO_COLOR=1 and stdout is not a terminal.
  it('is off on a pipe and with NO_COLOR; --color turns it on', async () => {
    expect((await runCli(MINI)).stdout).not.toContain(ESC);
    expect((await runCli([...MINI, '--color'])).stdout).toContain(ESC);
  });

  it('FORCE_COLOR turns it on without NO_COLOR, "0" leaves it off; --no-color wins over it', async () => {
    expect((await runCli(MINI, { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain(ESC);
    expect((await runCli(MINI, { NO_COLOR: '', FORCE_COLOR: '0' })).stdout).not.toContain(ESC);
    expect((await runCli([...MINI, '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
  });
});

describe('the config file, found from the working directory upward', () => {
  it('tthc-audit.config.json two levels up sets the format and a gate', async () => {
    const top = tempDir();
    const deep = join(top, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    writeFileSync(
      join(top, 'tthc-audit.config.json'),
      JSON.stringify({ defaults: { format: 'json', failOn: ['masked-late'], maxLateRate: 50 } }),
    );
    const r = await runCli(MINI, {}, deep);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('tthc-audit: masked-late: 1 found (--fail-on masked-late)\n');
    const gates = (JSON.parse(r.stdout) as { gates: { gate: string }[] }).gates.map((g) => g.gate);
    // not-empty E and P, fail-on masked-late, max-late-rate E and P (both sides have resolved dossiers).
    expect(gates).toEqual(['not-empty', 'not-empty', 'fail-on', 'max-late-rate', 'max-late-rate']);
  });

  it('a package.json "tthc-audit" key is a config; the command line wins over it', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'audits', 'tthc-audit': { defaults: { lang: 'vi', maxMaskedLate: 0 } } }),
    );
    const r = await runCli(MINI, {}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'tthc-audit: sổ giấy quá hạn nhưng hệ thống điện tử ghi đúng/trước hạn: 1 hồ sơ > --max-masked-late 0\n',
    );
    expect((await runCli([...MINI, '--max-masked-late', '1'], {}, dir)).status).toBe(0);
  });

  it('a wrong value in the config names its key', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tthc-audit.config.json'), JSON.stringify({ defaults: { wide: 'yes' } }));
    const r = await runCli(MINI, {}, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tthc-audit: tthc-audit\.config\.json: .*defaults\.wide.*true or false/);
  });
});
