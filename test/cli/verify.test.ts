/**
 * `tthc-audit verify <report.json> [files...]`: "match" for the files a report was made from, the
 * changed file named after one byte is edited, exit 2 with a reason when something cannot be read.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.js';

const E = 'fixtures/district/electronic.csv';
const P = 'fixtures/district/paper.csv';
const E_FACTS = '674,726 bytes, SHA-256 c835832e4d9cb308eb4c40d98aa57d794502486bd7cef6d4ff4958be9478629d';
const P_FACTS = '390,099 bytes, SHA-256 77a0e90f5ffee48f9d58dbdb4524cd0131d0a696b830120ea8d61828f2d3ae02';

let dir: string;
let report: string;
beforeAll(async () => {
  dir = tempDir();
  report = join(dir, 'report.json');
  const r = await runCli(['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-12-31', '--format', 'json']);
  expect(r.status).toBe(0);
  writeFileSync(report, r.stdout);
});

describe('tthc-audit verify', () => {
  it('says "match" for the sample files (exit 0), given or taken from the report', async () => {
    const expected = [
      `match       ${E}: the electronic input of the report (${E_FACTS})`,
      `match       ${P}: the paper input of the report (${P_FACTS})`,
      '',
      `All 2 files match the report ${report}.`,
      '',
    ].join('\n');
    const given = await runCli(['verify', report, E, P]);
    expect(given).toMatchObject({ status: 0, stdout: expected, stderr: '' });
    expect(await runCli(['verify', report])).toMatchObject({ status: 0, stdout: expected, stderr: '' });
  });

  it('names the changed file after one byte is edited (exit 1), in Vietnamese too', async () => {
    const copy = join(dir, 'paper.csv');
    copyFileSync(join(ROOT, P), copy);
    const bytes = readFileSync(copy);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x31 ? 0x32 : 0x31; // one byte, same size
    writeFileSync(copy, bytes);
    const r = await runCli(['verify', report, E, copy]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`match       ${E}: the electronic input of the report (${E_FACTS})`);
    expect(lines[1]).toMatch(
      new RegExp(
        `^DIFFERS     ${copy}: not the paper input the report was made from \\(${P}\\): 390,099 bytes, SHA-256 ` +
          `[0-9a-f]{64}; the report has ${P_FACTS}$`,
      ),
    );
    expect(lines.at(-2)).toBe(`1 of 2 files do not match the report ${report}: ${copy}.`);
    const vi = await runCli(['verify', report, copy, '--lang', 'vi']);
    expect(vi.status).toBe(1);
    expect(vi.stdout).toContain(`KHÁC        ${copy}: không phải tệp sổ giấy đã dùng để lập báo cáo (${P})`);
    expect(vi.stdout).toContain(`chưa kiểm   ${E}: tệp dữ liệu điện tử của báo cáo, chưa được kiểm tra`);
    expect(vi.stdout).toContain(`1/1 tệp không khớp với báo cáo ${report}: ${copy}.`);
  });

  it('says a file the report does not list is not listed (exit 1)', async () => {
    const r = await runCli(['verify', report, 'fixtures/tet-2024/calendar.json']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^NOT LISTED {2}fixtures\/tet-2024\/calendar\.json: the report lists no file with these bytes \(/,
    );
  });

  it('exits 2 with the reason when the report or a file cannot be read, or is not a report', async () => {
    const missing = await runCli(['verify', join(dir, 'none.json')]);
    expect(missing).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `tthc-audit: ${join(dir, 'none.json')}: report not found (check the path)\n`,
    });
    const notReport = await runCli(['verify', 'package.json']);
    expect(notReport.status).toBe(2);
    expect(notReport.stderr).toBe(
      'tthc-audit: package.json: is not a JSON report of tthc-audit with its provenance (give the report made with ' +
        '--format json by tthc-audit 0.1.0 or later)\n',
    );
    const noFile = await runCli(['verify', report, 'nope.csv']);
    expect(noFile).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'tthc-audit: nope.csv: file not found (check the path)\n',
    });
  });
});
