/**
 * Promise 6, privacy: applicants' names, addresses, phone numbers, ID (CCCD/CMND) numbers and e-mail
 * addresses — the columns the tool does not read — never reach any output: no report format, not
 * --details, not --dossiers, not stdout, not stderr, not an error message. The one exception is
 * --rejects, which gives the user's own rejected rows back to them whole (and only those rows).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runMain } from '../render/run-main.js';
import { FORMATS, hostile, runEveryOutput, tempDir } from './hostile-helpers.js';
// @ts-expect-error: a plain JavaScript script, without types
import { PII, PII_REJECTED_ROW } from '../../fixtures/hostile/generate.mjs';
// @ts-expect-error: a plain JavaScript script, without types
import { cp1258 } from '../../fixtures/ingest/generate.mjs';

/** Text as an old Vietnamese system writes it in Windows-1258 (tone marks as combining bytes). */
const windows1258 = (text: string): Buffer => cp1258(text) as Buffer;

const E = hostile('applicant-pii.csv');
const P = hostile('applicant-pii.paper.csv');
const ALL_PII: string[] = Object.values(PII as Record<string, string[]>).flat();
/** Each piece of personal data, also without its spaces and dots (a number written another way). */
const SPELLINGS: string[] = ALL_PII.flatMap((s) => [s, s.replace(/[\s.]/g, '')]);

const leaks = (text: string, pieces: readonly string[] = SPELLINGS): string[] =>
  pieces.filter((p) => text.normalize('NFC').includes(p));

describe('no personal data in any output', () => {
  it.each(FORMATS)(
    'reconcile --format %s with --output, --details, --dossiers (CSV and JSON), stdout and stderr',
    async (format) => {
      const { code, outputs } = await runEveryOutput(E, P, format, [
        '--max-errors',
        '1',
        '--lang',
        format === 'html' ? 'vi' : 'en',
      ]);
      expect(code).toBe(0);
      expect([...outputs.keys()].sort()).toEqual(
        ['details.csv', 'dossiers.csv', 'dossiers.json', `report.${format}`, 'rejects.csv', 'stderr', 'stdout'].sort(),
      );
      for (const [name, text] of outputs) if (name !== 'rejects.csv') expect(leaks(text), name).toEqual([]);
      // the run did use the file: the dossiers are there
      expect(outputs.get('dossiers.json')).toContain('"code": "P-1"');
    },
  );

  it('stats, and validate in both formats', async () => {
    for (const format of ['json', 'table', 'html']) {
      const { outputs } = await runEveryOutput(E, null, format as 'json', ['--max-errors', '1']);
      for (const [name, text] of outputs)
        if (name !== 'rejects.csv') expect(leaks(text), `${format} ${name}`).toEqual([]);
    }
    for (const format of ['table', 'json']) {
      const r = await runMain(['validate', E, '--format', format, '--max-errors', '1']);
      expect(r.code).toBe(1);
      expect(leaks(r.stdout + r.stderr), format).toEqual([]);
    }
  });

  it(
    'the rejected-row messages and the --max-errors error (exit 2) name the line and the bad date, ' + 'nothing else',
    async () => {
      const r = await runMain(['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-12-31']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${E}:5:3: received date: "hôm qua" is not a date`);
      expect(leaks(r.stderr)).toEqual([]);
    },
  );

  it('--rejects gives the rejected row back whole, and no other row', async () => {
    const dir = tempDir();
    const r = await runMain([
      'reconcile',
      '--electronic',
      E,
      '--paper',
      P,
      '--as-of',
      '2024-12-31',
      '--max-errors',
      '1',
      '--rejects',
      join(dir, 'rejects.csv'),
    ]);
    expect(r.code).toBe(0);
    const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8');
    expect(leaks(rejects, PII_REJECTED_ROW as string[])).toEqual(PII_REJECTED_ROW);
    expect(
      leaks(
        rejects,
        SPELLINGS.filter((s) => !(PII_REJECTED_ROW as string[]).some((x) => x === s || x.replace(/[\s.]/g, '') === s)),
      ),
    ).toEqual([]);
  });
});

describe('no personal data in messages about a file that cannot be read', () => {
  /** An export with machine-name headers (no Vietnamese in its header row), the applicant first. */
  const machineHeaders = (): string =>
    `ChuHoSo,SoDienThoai,MaHoSo,TenDonVi,NgayTiepNhan,NgayHenTra\n${PII.names[0]},${PII.phones[0]},P-1,Xa A,` +
    `01/03/2024,05/03/2024\n${PII.names[1]},${PII.phones[1]},P-2,Xa A,01/03/2024,05/03/2024\n`;

  it.each([
    [
      'a header row the tool cannot find',
      (): Buffer => Buffer.from(readFileSync(E, 'utf8').replace(/^.*\n/, ''), 'utf8'),
    ],
    [
      'a column mapped to nothing',
      (): Buffer => Buffer.from(readFileSync(E, 'utf8').replace('Ngày hẹn trả', 'Hạn'), 'utf8'),
    ],
    ['a Windows-1258 file with Vietnamese headers', (): Buffer => windows1258(readFileSync(E, 'utf8'))],
    [
      'UTF-8 garbled into mojibake, Vietnamese headers',
      (): Buffer => Buffer.from(iconv.decode(Buffer.from(readFileSync(E, 'utf8')), 'windows-1252'), 'utf8'),
    ],
  ])('%s', async (_what, bytes) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'e.csv'), bytes());
    const r = await runMain(['stats', join(dir, 'e.csv'), '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(leaks(r.stderr)).toEqual([]);
  });

  // KNOWN GAP (reported; src/io/check-head.ts and detect-garbled-text.ts belong to others): when the
  // header row has no Vietnamese text (machine names such as MaHoSo, ChuHoSo), the "not UTF-8" and
  // "garbled text" messages quote the first Vietnamese-looking cell of the file as their example,
  // which can be an applicant's name. Enable when fixed.
  it.each([
    ['a Windows-1258 file with machine-name headers', (): Buffer => windows1258(machineHeaders())],
    [
      'mojibake with machine-name headers',
      (): Buffer => Buffer.from(iconv.decode(Buffer.from(machineHeaders()), 'windows-1252'), 'utf8'),
    ],
  ])('%s', async (_what, bytes) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'e.csv'), bytes());
    const r = await runMain(['stats', join(dir, 'e.csv'), '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(leaks(r.stderr)).toEqual([]);
  });
});
