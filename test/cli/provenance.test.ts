/**
 * Provenance: every report states the tool and version, the command line as given, the rules in force
 * and each input's size and SHA-256 (worked out here with node:crypto on the file's bytes, apart from
 * the reader's own hashing as it reads), and no generation time unless asked for, so that the same
 * inputs give byte-identical reports, run after run and under any time zone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../src/core/provenance.js';
import { packageVersion } from '../../src/version.js';
import { ROOT, runBin, runBuilt, runCli, writeTemp } from './run-cli.js';

const E = 'fixtures/district/electronic.csv';
const P = 'fixtures/district/paper.csv';
const BASE = ['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-12-31'];

function fingerprint(file: string): { size: number; sha256: string } {
  const bytes = readFileSync(join(ROOT, file));
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function provenanceOf(argv: readonly string[], env: Record<string, string> = {}): Promise<Provenance> {
  const r = await runCli([...argv, '--format', 'json'], env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { provenance: Provenance }).provenance;
}

describe('the JSON report’s provenance', () => {
  it('states the tool, the command line as given, the rules, and each input’s size, SHA-256 and rows', async () => {
    const p = await provenanceOf(BASE);
    expect(p.tool).toEqual({ name: 'tthc-audit', version: packageVersion() });
    expect(p.commandLine).toEqual([...BASE, '--format', 'json']);
    expect(p.generatedAt).toBeNull();
    expect(p.asOf).toBe('2024-12-31');
    expect(p.asOfSource).toBe('option');
    expect(p.period).toEqual({ from: null, to: null, basis: 'received' });
    expect(p.rules).toEqual({
      resultDate: 'auto',
      denominator: 'resolved',
      calendar: { dataVersion: '2026.3', dataYears: [2020, 2026], computedYears: [], file: null },
      procedures: null,
      config: null,
    });
    // fixtures/README.md: the district's 2,996 electronic and 2,976 paper rows, all used
    expect(p.inputs).toEqual([
      {
        path: E,
        source: 'electronic',
        ...fingerprint(E),
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        rowsRead: 2996,
        rowsUsed: 2996,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
      },
      {
        path: P,
        source: 'paper',
        ...fingerprint(P),
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        rowsRead: 2976,
        rowsUsed: 2976,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
      },
    ]);
  });

  it('hashes the whole file whichever reader read it: csv-parse (Windows-1258), title row, stray quote', async () => {
    const text =
      'BAO CAO\nMaHoSo;TenDonVi;NgayTiepNhan;NgayHenTra;NgayKetThucXuLy\nA-1;X\u00e3 ' +
      'A;01/03/2024;05/03/2024;04/03/2024\n';
    const dir = writeTemp({
      'e.csv': Buffer.from(text, 'latin1'), // byte E3 is not UTF-8: read as windows-1258 by csv-parse
      // a stray quote: the byte tokenizer hands over to csv-parse at line 3
      'p.csv':
        'MaHoSo,NgayTiepNhan,NgayHenTra\nA-1,01/03/2024,05/03/2024\n' +
        'A-"2,01/03/2024,05/03/2024\nA-3,01/03/2024,05/03/2024\n',
    });
    const hash = (f: string): { size: number; sha256: string } => {
      const b = readFileSync(join(dir, f));
      return { size: b.length, sha256: createHash('sha256').update(b).digest('hex') };
    };
    const e = await provenanceOf(['stats', join(dir, 'e.csv'), '--encoding', 'windows-1258']);
    expect(e.inputs.map((i) => ({ size: i.size, sha256: i.sha256 }))).toEqual([hash('e.csv')]);
    expect(e.inputs[0]!.headerLine).toBe(2);
    expect(e.inputs[0]!.encoding).toBe('windows-1258');
    const p = await provenanceOf(['stats', join(dir, 'p.csv'), '--source', 'paper', '--unit-name', 'X']);
    expect(p.inputs.map((i) => ({ size: i.size, sha256: i.sha256, rowsUsed: i.rowsUsed }))).toEqual([
      { ...hash('p.csv'), rowsUsed: 3 },
    ]);
  });

  it('gives the same provenance when the files are read on reader threads', async () => {
    const here = await provenanceOf(BASE);
    const r = await runBuilt([...BASE, '--format', 'json'], { TTHC_AUDIT_THREADS: '2' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { provenance: Provenance }).provenance).toEqual(here);
  });

  it('hashes the option files: calendar, procedure catalogue and config', async () => {
    const cfg = writeTemp({ 'c.json': '{ "defaults": { "denominator": "due" } }\n' });
    const cal = 'fixtures/tet-2024/calendar.json';
    const proc = 'fixtures/tet-2024/procedures.csv';
    const p = await provenanceOf([
      'reconcile',
      '--electronic',
      'fixtures/tet-2024/electronic.csv',
      '--paper',
      'fixtures/tet-2024/paper.csv',
      '--calendar',
      cal,
      '--procedures',
      proc,
      '--config',
      join(cfg, 'c.json'),
    ]);
    expect(p.rules.calendar.file).toEqual({ path: cal, ...fingerprint(cal) });
    expect(p.rules.procedures).toEqual({ path: proc, ...fingerprint(proc) });
    const c = readFileSync(join(cfg, 'c.json'));
    expect(p.rules.config).toEqual({
      path: join(cfg, 'c.json'),
      size: c.length,
      sha256: createHash('sha256').update(c).digest('hex'),
    });
    expect(p.rules.denominator).toBe('due');
    expect(p.asOfSource).toBe('data');
  });
});

describe('the generation time', () => {
  it('is stated only with --timestamp (now, to the second, UTC) or SOURCE_DATE_EPOCH', async () => {
    const before = Math.floor(Date.now() / 1000);
    const stamped = await provenanceOf([...BASE, '--timestamp']);
    const after = Math.floor(Date.now() / 1000);
    expect(stamped.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const at = Date.parse(stamped.generatedAt!) / 1000;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    // 1735603200 s = 20089 days × 86400: 2024-12-31 00:00:00 UTC; SOURCE_DATE_EPOCH wins over --timestamp
    const epoch = await provenanceOf([...BASE, '--timestamp'], { SOURCE_DATE_EPOCH: '1735603200' });
    expect(epoch.generatedAt).toBe('2024-12-31T00:00:00Z');
    expect((await provenanceOf(BASE, { SOURCE_DATE_EPOCH: '1735640999' })).generatedAt).toBe('2024-12-31T10:29:59Z');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, saying why (exit 2)', async () => {
    const r = await runCli([...BASE, '--format', 'json'], { SOURCE_DATE_EPOCH: '2024-12-31' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'tthc-audit: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got "2024-12-31" (e.g. ' +
        'SOURCE_DATE_EPOCH=1735603200, or unset it)\n',
    );
  });

  it('is the same instant under any time zone', () => {
    const argv = [...BASE, '--format', 'json'];
    const env = { SOURCE_DATE_EPOCH: '1735603200' };
    const hcm = runBin(argv, { ...env, TZ: 'Asia/Ho_Chi_Minh' });
    const la = runBin(argv, { ...env, TZ: 'America/Los_Angeles' });
    expect(hcm.status).toBe(0);
    expect(la.stdout).toBe(hcm.stdout);
    expect((JSON.parse(hcm.stdout) as { provenance: Provenance }).provenance.generatedAt).toBe('2024-12-31T00:00:00Z');
  });
});

describe('every format', () => {
  const FORMATS = ['table', 'csv', 'json', 'markdown', 'html'] as const;

  it.each(FORMATS)('%s: two runs give byte-identical reports', async (format) => {
    const one = await runCli([...BASE, '--format', format]);
    const two = await runCli([...BASE, '--format', format]);
    expect(one.status).toBe(0);
    expect(Buffer.compare(Buffer.from(one.bytes), Buffer.from(two.bytes))).toBe(0);
  });

  it.each(FORMATS)('%s: states the version, the command line and both inputs’ SHA-256', async (format) => {
    const r = await runCli([...BASE, '--format', format, '--lang', 'vi']);
    const { sha256: e } = fingerprint(E);
    const { sha256: p } = fingerprint(P);
    expect(r.stdout).toContain(e);
    expect(r.stdout).toContain(p);
    expect(r.stdout).toContain(packageVersion());
    expect(r.stdout).toContain(
      format === 'json' ? '"commandLine": [' : `tthc-audit ${[...BASE, '--format', format, '--lang', 'vi'].join(' ')}`,
    );
    if (format !== 'json') expect(r.stdout).toContain('Nguồn gốc báo cáo');
  });

  it('writes the command line so a shell takes it back: arguments with spaces or quotes are quoted', async () => {
    const dir = writeTemp({});
    const e = join(dir, "it's e.csv");
    writeFileSync(e, readFileSync(join(ROOT, 'fixtures/mini/electronic.csv')));
    const r = await runCli(['stats', e, '--unit-name', 'Xã A']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`tthc-audit stats '${dir}/it'\\''s e.csv' --unit-name 'Xã A'\n`);
  });
});
