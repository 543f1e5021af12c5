/**
 * Promise 1, no crash: for any bytes in any input, the tool exits 0, 1 or 2 with a short message, no
 * stack trace and never "internal error". The reader is fuzzed in-process (random bytes, random CSV
 * structure, hostile Unicode — combining marks, RTL, NUL, lone surrogates in UTF-16 — in every
 * encoding); the whole CLI is fuzzed in-process, and as a process for its first few cases; every file
 * of the hostile corpus goes through the CLI. fast-check prints the seed of a failure: FC_SEED=<seed> replays it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AuditError } from '../../src/errors.js';
import { readDossierFile } from '../../src/io/read-dossiers.js';
import { runMain } from '../render/run-main.js';
import { runBin } from '../cli/run-cli.js';
import {
  FC_SEED,
  FORMATS,
  HOSTILE,
  expectNoCrash,
  hostile,
  runCli,
  tempDir,
  type CliResult,
} from './hostile-helpers.js';
// @ts-expect-error: a plain JavaScript script, without types
import { hostileFixtures } from '../../fixtures/hostile/generate.mjs';

const dir = tempDir();
let n = 0;
function fileWith(bytes: Uint8Array): string {
  const file = join(dir, `f${++n}.csv`);
  writeFileSync(file, bytes);
  return file;
}

const HEADERS = [
  'Mã hồ sơ',
  'Đơn vị',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Trạng thái',
  'Chủ hồ sơ',
  'MaHoSo',
  'STT',
  '__proto__',
  'constructor',
];
/** Pieces of cells: ordinary values and everything a hostile file may hold. */
const PIECES = [
  'H1-240301-0001',
  'Xã A',
  '01/03/2024',
  '05/03/2024',
  '2024-03-04',
  '45306',
  'Đã xử lý xong',
  'Đang xử lý',
  'Rút hồ sơ',
  '',
  '\u0000',
  '\u0300\u0301\u0323',
  'e\u0301',
  '\u202e',
  '\u202d',
  '\u200f',
  'مركز',
  'שירות',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\ufeff',
  '\ufffd',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u00a0',
  '=1+1',
  '<script>',
  '\u001b[2J',
  '99/99/9999',
  '31/02/2024',
  '1e308',
  '-1',
];
const cell = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join(''));
const csvText = fc
  .record({
    header: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: HEADERS.length }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ header, rows, delimiter, eol }) => [header, ...rows].map((r) => r.join(delimiter)).join(eol));

/** Text in any of the encodings a file may arrive in (UTF-16 keeps lone surrogates as they are). */
function encode(text: string, how: string): Uint8Array {
  switch (how) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16();
    case 'utf-16le-no-bom':
      return Buffer.from(text, 'utf16le');
    default:
      return iconv.encode(text, 'windows-1258');
  }
}
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-no-bom', 'windows-1258'];

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.tuple(csvText, fc.constantFrom(...ENCODINGS)).map(([text, how]) => encode(text, how)),
  fc
    .tuple(
      fc.constantFrom(...Object.values(hostileFixtures() as Record<string, Uint8Array>)),
      fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }),
      fc.option(fc.nat()),
    )
    .map(([bytes, flips, cut]) => {
      // a corpus file with a few bytes overwritten, maybe cut short
      const b = Buffer.from(bytes);
      for (const [at, value] of flips) b[at % b.length] = value;
      return cut === null ? b : b.subarray(0, cut % (b.length + 1));
    }),
);

describe('the reader, fuzzed in-process', () => {
  it('reads any bytes into accounted rows, or throws an AuditError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.constantFrom(undefined, 'utf-8', 'windows-1258', 'utf-16le', 'tcvn3', 'vni', 'no-such-encoding'),
        fc.constantFrom(undefined, ',', ';', '\t', '|'),
        async (bytes, encoding, delimiter) => {
          const file = fileWith(bytes);
          try {
            const f = await readDossierFile(
              { file, source: 'electronic' },
              { unit: 'Xã A', ...(encoding ? { encoding } : {}), ...(delimiter ? { delimiter } : {}) },
            );
            expect(f.rowsRead).toBe(f.records.length + f.rowsRejected);
            expect(f.rejections).toHaveLength(f.rowsRejected);
          } catch (err) {
            if (!(err instanceof AuditError)) throw err;
          }
        },
      ),
      { numRuns: 300, seed: FC_SEED },
    );
  });
});

describe('the whole CLI, fuzzed', () => {
  const options = fc.record({
    format: fc.constantFrom(...FORMATS),
    lang: fc.constantFrom('en', 'vi'),
    extra: fc.subarray([
      ['--from', '2024-03-01'],
      ['--to', '2024-02-30'],
      ['--max-errors', '100%'],
      ['--max-errors', '0'],
      ['--fail-on', 'any'],
      ['--denominator', 'qd766'],
      ['--result-date', 'returned'],
      ['--unit-name', '<b>Xã</b>'],
      ['--unit', '<b>Xã</b>'],
      ['--encoding', 'windows-1258'],
      ['--delimiter', ';'],
      ['--bom'],
      ['--map', 'code=__proto__'],
      ['--decimal', 'comma'],
    ]),
  });

  /** The property, with each case run by `run`: the same cases in the same order for a seed. */
  const property = (run: (args: string[]) => CliResult | Promise<CliResult>) =>
    fc.asyncProperty(anyBytes, anyBytes, options, fc.boolean(), async (electronic, paper, opts, stats) => {
      const e = fileWith(electronic);
      const p = fileWith(paper);
      const out = join(dir, `out${n}`);
      const inputs = stats ? ['stats', e] : ['reconcile', '--electronic', e, '--paper', p];
      const r = await run([
        ...inputs,
        '--format',
        opts.format,
        '--lang',
        opts.lang,
        '--output',
        out,
        '--details',
        `${out}.details.csv`,
        ...opts.extra.flat(),
      ]);
      expectNoCrash(r);
    });

  it('in-process: exits 0, 1 or 2 with a short message and no stack trace, whatever the files hold', async () => {
    await fc.assert(
      property((args) => runCli(args)),
      { numRuns: 40, seed: FC_SEED },
    );
  });

  // A process: what the real binary adds (its entry, streams, exit code), on the sequence's first cases.
  it('as a process: the same, for the first few cases', async () => {
    await fc.assert(
      property((args) => runBin(args)),
      { numRuns: 5, seed: FC_SEED },
    );
  });
});

describe('the hostile corpus', () => {
  const names = readdirSync(HOSTILE).filter((f) => f.endsWith('.csv') && !f.endsWith('.paper.csv'));

  it('holds exactly what fixtures/hostile/generate.mjs writes', () => {
    const files = hostileFixtures() as Record<string, Uint8Array>;
    expect(
      readdirSync(HOSTILE)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(files))
      expect(readFileSync(hostile(name)).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it.each(names)('%s: every format in-process, exit 0, 1 or 2 with at most a few lines on stderr', async (name) => {
    const own = name.replace(/\.csv$/, '.paper.csv');
    const paper = readdirSync(HOSTILE).includes(own) ? own : 'formula-injection.paper.csv';
    for (const format of FORMATS) {
      const r = await runMain([
        'reconcile',
        '--electronic',
        hostile(name),
        '--paper',
        hostile(paper),
        '--as-of',
        '2024-12-31',
        '--format',
        format,
      ]);
      expectNoCrash({ status: r.code, stdout: r.stdout, stderr: r.stderr });
    }
  });

  it.each(names)('%s: stats in every format, exit 0, 1 or 2 with at most a few lines on stderr', async (name) => {
    for (const format of FORMATS) {
      const r = await runCli(['stats', hostile(name), '--as-of', '2024-12-31', '--format', format]);
      expectNoCrash(r);
    }
  });
});
