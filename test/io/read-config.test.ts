/**
 * Finding and reading the config file, and its place among the options: found in the working
 * directory, named with --config, JSON errors with their line and column, command-line options
 * winning over the file's defaults, --map over its columns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/commands/apply-config.js';
import { AuditError } from '../../src/errors.js';
import { readAuditConfig } from '../../src/io/read-config.js';
import { ROOT, runCli, tempDir, writeTemp } from '../cli/run-cli.js';

const choices = { langs: ['en', 'vi'] };
const failure = async (p: Promise<unknown>): Promise<AuditError> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuditError);
  return err as AuditError;
};

describe('readAuditConfig', () => {
  it('finds tthc-audit.config.json in the working directory, and nothing when there is none', async () => {
    const dir = writeTemp({ 'tthc-audit.config.json': '\ufeff{ "columns": { "code": "Số biên nhận" } }' });
    expect((await readAuditConfig(undefined, dir, choices))?.columns).toEqual({ code: ['Số biên nhận'] });
    expect(await readAuditConfig(undefined, tempDir(), choices)).toBeNull();
  });

  it('reads the file --config names, and says so when it is missing', async () => {
    const dir = writeTemp({ 'mine.json': '{ "defaults": { "lang": "vi" } }' });
    expect((await readAuditConfig(join(dir, 'mine.json'), tempDir(), choices))?.defaults).toEqual({ lang: 'vi' });
    const err = await failure(readAuditConfig(join(dir, 'other.json'), dir, choices));
    expect([err.code, err.message]).toEqual(['E_NO_FILE', 'config file not found']);
  });

  it('points a JSON syntax error at its line and column', async () => {
    const dir = writeTemp({ 'tthc-audit.config.json': '{\n  "columns": {\n    "code" "Mã"\n  }\n}\n' });
    const err = await failure(readAuditConfig(undefined, dir, choices));
    expect(err.code).toBe('E_CONFIG');
    expect(err.place).toEqual({ file: 'tthc-audit.config.json', line: 3, column: 12 });
    expect(err.message).toMatch(/^not valid JSON: /);
  });

  it('names the key of a content error, and checks the default encoding exists', async () => {
    const dir = writeTemp({
      'tthc-audit.config.json': '{ "statusLabels": { "Hoàn tất": "done" } }',
      'b.json': '{ "defaults": { "encoding": "klingon" } }',
    });
    const err = await failure(readAuditConfig(undefined, dir, choices));
    expect(err.message).toMatch(/^statusLabels\["Hoàn tất"\]: expected one of new, received, .*, got "done"$/);
    expect(err.place).toEqual({ file: 'tthc-audit.config.json' });
    const enc = await failure(readAuditConfig(join(dir, 'b.json'), dir, choices));
    expect(enc.message).toBe(
      'defaults.encoding: expected an encoding such as utf-8, utf-16le, windows-1258, tcvn3 or vni, got "klingon"',
    );
  });
});

describe('applyConfig', () => {
  const config = {
    file: 'c.json',
    columns: { code: ['Số biên nhận'], due: ['Hạn'] },
    statusLabels: new Map(),
    defaults: { lang: 'vi', maxErrors: '5', unit: 'Xã A' },
  };

  it('fills what the user did not type, puts its columns before --map, passes its status labels on', () => {
    const raw = applyConfig({ lang: 'en', map: ['received=Nhận'] }, config);
    expect(raw).toEqual({
      lang: 'en',
      maxErrors: '5',
      unitName: 'Xã A', // the config's `unit` names unit-less files' unit: --unit-name
      map: ['code=Số biên nhận', 'due=Hạn', 'received=Nhận'],
      statusLabels: config.statusLabels,
      fromConfig: new Set(['maxErrors', 'unitName']), // what it filled: `lang` was typed
    });
  });

  it("lets --map win: a field --map names takes only its headers, not the config's", () => {
    expect(applyConfig({ map: ['due=Hẹn'] }, config).map).toEqual(['code=Số biên nhận', 'due=Hẹn']);
  });

  it('passes every candidate header of a config list on', () => {
    const many = { ...config, columns: { received: ['Ngày nhận HS', 'NgayNop'] } };
    expect(applyConfig({}, many).map).toEqual(['received=Ngày nhận HS', 'received=NgayNop']);
  });

  it('treats an option filled by its own default as not typed', () => {
    expect(applyConfig({ maxErrors: '1%' }, config, (k) => k === 'maxErrors').maxErrors).toBe('5');
    expect(applyConfig({ maxErrors: '1%' }, config, () => false).maxErrors).toBe('1%');
  });

  it('changes nothing without a config', () => {
    const raw = { lang: 'en' };
    expect(applyConfig(raw, null)).toBe(raw);
  });
});

describe('the config on the command line', () => {
  const dir = tempDir();
  const tidy = join(ROOT, 'fixtures/ingest/bad-rows/dossiers.csv');
  const sub = join(dir, 'work');
  mkdirSync(sub);
  writeFileSync(join(sub, 'tthc-audit.config.json'), JSON.stringify({ defaults: { maxErrors: 4, lang: 'vi' } }));

  it('its defaults apply (bad-rows has 4 rejected rows: allowed by maxErrors 4)', async () => {
    const r = await runCli(['stats', tidy, '--as-of', '2024-04-30', '--format', 'json'], {}, sub);
    expect(r.status).toBe(0);
  });

  it('an option typed on the command line wins', async () => {
    const r = await runCli(['stats', tidy, '--as-of', '2024-04-30', '--max-errors', '3'], {}, sub);
    expect(r.status).toBe(2);
    // The config's lang (vi) words the messages; --max-errors 3 from the command line beats its 4.
    expect(r.stderr).toContain('tthc-audit: 4 trên 16 dòng bị loại, vượt mức --max-errors cho phép (3)');
    const en = await runCli(['stats', tidy, '--as-of', '2024-04-30', '--max-errors', '3', '--lang', 'en'], {}, sub);
    expect(en.stderr).toContain('4 of 16 rows were rejected, more than --max-errors allows (3)');
  });

  it('a list of headers in "columns" reads exports of two systems in one run', async () => {
    const two = tempDir();
    writeFileSync(
      join(two, 'tthc-audit.config.json'),
      JSON.stringify({ columns: { code: ['Số biên nhận', 'SoHS'], received: ['Ngày nhận HS', 'NgayNhan'] } }),
    );
    writeFileSync(
      join(two, 'a.csv'),
      'Số biên nhận,Đơn vị,Ngày nhận HS,Ngày hẹn trả,Ngày có kết quả\nA-1,Xã A,01/03/2024,05/03/2024,04/03/2024\n',
    );
    writeFileSync(
      join(two, 'b.csv'),
      'SoHS,Đơn vị,NgayNhan,Ngày hẹn trả,Ngày có kết quả\nB-1,Xã B,01/03/2024,05/03/2024,06/03/2024\n',
    );
    const r = await runCli(['stats', join(two, 'a.csv'), join(two, 'b.csv'), '--format', 'json'], {}, two);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // A-1 finished a day early, B-1 a day late: one of each, both read.
    const report = JSON.parse(r.stdout) as {
      total: { electronic: { received: number; beforeDeadline: number; late: number } };
    };
    expect(report.total.electronic).toMatchObject({ received: 2, beforeDeadline: 1, late: 1 });
    // --map repeated for one field gives candidates too, and wins over the config for that field.
    const m = await runCli(
      [
        'stats',
        join(two, 'a.csv'),
        join(two, 'b.csv'),
        '--format',
        'json',
        '--map',
        'code=Số biên nhận',
        '--map',
        'code=SoHS',
      ],
      {},
      two,
    );
    expect(m.status).toBe(0);
  });

  it('--config names another file; a bad one stops with the key named', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ defaults: { lang: 'fr' } }));
    const r = await runCli(['stats', tidy, '--config', join(dir, 'bad.json')], {}, sub);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(dir, 'bad.json')}: defaults.lang: expected one of en, vi, got "fr" (fix the config file, ` +
        `or name another one with --config)\n`,
    );
  });
});
