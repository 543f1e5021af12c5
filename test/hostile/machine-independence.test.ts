/**
 * Promise 7, machine independence: the same inputs and options give the same output bytes whatever the
 * machine's time zone, locale (for a fixed --lang), number of reader threads and the order of the rows
 * (extending test/cli/machine-independence.test.ts to every format and to --details and --dossiers);
 * and the tool never touches the network: every run of the far-away machine (a process of its own)
 * has a guard preloaded (no-network.cjs) that makes any socket, DNS lookup or HTTP request throw and
 * say so on stderr.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../render/run-main.js';
import { runInOneProcess } from '../cli/run-cli.js';
import { FORMATS, ROOT, runCli, tempDir, zipTexts, type Format } from './hostile-helpers.js';

const GUARD = { NODE_OPTIONS: `--require ${join(dirname(fileURLToPath(import.meta.url)), 'no-network.cjs')}` };
const E = join(ROOT, 'fixtures/district/electronic.csv');
const P = join(ROOT, 'fixtures/district/paper.csv');

/**
 * Two machines as far apart as they get: this one (UTC, C; one thread: the CLI in-process from src/),
 * and a process in UTC+14 with a Vietnamese and a German locale, reading and auditing in worker threads.
 */
const FAR_AWAY: Record<string, string> = {
  TZ: 'Pacific/Kiritimati',
  LANG: 'vi_VN.UTF-8',
  LC_ALL: 'de_DE.UTF-8',
  LC_NUMERIC: 'de_DE.UTF-8',
  TTHC_AUDIT_THREADS: '2',
};

/** Each run: every format with its --lang, and xlsx once more in English. */
const RUNS = [...FORMATS.map((format, i) => [format, i % 2 === 0 ? 'vi' : 'en'] as const), ['xlsx', 'en'] as const];

/** The arguments of one run, writing the report, --details and --dossiers (as JSON) into `dir`. */
const argsOf = (dir: string, format: Format, lang: string): string[] => [
  'reconcile',
  '--electronic',
  E,
  '--paper',
  P,
  '--as-of',
  '2024-12-31',
  '--format',
  format,
  '--lang',
  lang,
  '--output',
  join(dir, `report.${format}`),
  '--details',
  join(dir, 'details.csv'),
  '--dossiers',
  join(dir, 'dossiers.json'),
];

/**
 * A workbook written to stdout, nothing else: the same command line on both machines (the About sheet
 * states it, and a report written into a run's own folder would name that folder).
 */
const XLSX_TO_STDOUT = ['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-12-31', '--format', 'xlsx'];

/** Every output file of a run, bytes by name. */
const filesIn = (dir: string): Map<string, Buffer> =>
  new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));

interface Machine {
  files: Map<string, Buffer>[];
  /** The workbook of XLSX_TO_STDOUT. */
  xlsx?: Uint8Array;
  stderr: string[];
  /** Each run's output folder: the command line in a report's provenance names it. */
  dirs: string[];
}

const here: Machine = { files: [], stderr: [], dirs: [] };
const farAway: Machine = { files: [], stderr: [], dirs: [] };

beforeAll(async () => {
  // A process of its own, started first and run meanwhile: its time zone and locale are the process's,
  // and the guard is preloaded.
  const farDirs = RUNS.map(() => tempDir());
  const far = runInOneProcess([...RUNS.map(([format, lang], i) => argsOf(farDirs[i]!, format, lang)), XLSX_TO_STDOUT], {
    ...FAR_AWAY,
    ...GUARD,
  });
  far.catch(() => {}); // awaited below, after the runs here
  const hereDirs = RUNS.map(() => tempDir());
  for (const [i, [format, lang]] of RUNS.entries()) {
    const r = await runCli(argsOf(hereDirs[i]!, format, lang));
    expect(r.status, r.stderr).toBe(0);
    here.stderr.push(r.stderr);
  }
  here.files = hereDirs.map(filesIn);
  here.dirs = hereDirs;
  const toStdout = await runCli(XLSX_TO_STDOUT);
  expect(toStdout.status, toStdout.stderr).toBe(0);
  here.xlsx = toStdout.bytes;
  const { runs: all, stderr } = await far;
  const runs = all.slice(0, RUNS.length);
  farAway.xlsx = all[RUNS.length]!.bytes;
  expect(stderr).not.toContain('NETWORK ACCESS');
  for (const r of runs) {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('NETWORK ACCESS');
    farAway.stderr.push(r.stderr);
  }
  farAway.files = farDirs.map(filesIn);
  farAway.dirs = farDirs;
}, 120_000); // 16 runs of the district fixture, 8 of them with every output and threads

describe('the same bytes under any time zone, locale and number of threads, with the network cut off', () => {
  it.each(RUNS.slice(0, FORMATS.length).map(([format, lang], i) => [format, lang, i] as const))(
    '--format %s --lang %s, with --details and --dossiers',
    (format, lang, i) => {
      const first = here.files[i]!;
      const other = farAway.files[i]!;
      expect([...first.keys()].sort()).toEqual(['details.csv', 'dossiers.json', `report.${format}`].sort());
      expect([...other.keys()].sort()).toEqual([...first.keys()].sort());
      // The two runs write into their own folders, which the report's provenance (the command line)
      // names: that folder is the one difference allowed.
      const sameBut = (b: Buffer, dir: string): Buffer =>
        Buffer.from(b.toString('latin1').split(dir).join('DIR'), 'latin1');
      // A workbook is compared entry by entry (its entries are deflated); its bytes just below.
      const texts = (b: Buffer, dir: string): string[] => zipTexts(b).map((t) => t.split(dir).join('DIR'));
      for (const [name, bytes] of first) {
        if (name.endsWith('.xlsx'))
          expect(texts(other.get(name)!, farAway.dirs[i]!)).toEqual(texts(bytes, here.dirs[i]!));
        else expect(sameBut(other.get(name)!, farAway.dirs[i]!).equals(sameBut(bytes, here.dirs[i]!)), name).toBe(true);
      }
      expect(here.stderr[i], `--lang ${lang}`).toBe('');
      expect(farAway.stderr[i]).toBe('');
    },
  );

  // The zip's entries are dated by the as-of date (io/zip-writer.ts), never the clock.
  it('xlsx: the same bytes from two runs of the same command line', () => {
    expect(here.xlsx?.length).toBeGreaterThan(0);
    expect(Buffer.from(farAway.xlsx!).equals(Buffer.from(here.xlsx!))).toBe(true);
  });

  it('the guard does cut the network off (so the runs above prove something)', () => {
    // A process: the guard patches node:net, dns, http(s) and dgram for the whole process.
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      "fetch('http://192.0.2.1/').then(() => console.log('reached'), (e) => console.log('blocked: " +
        "' + (e.cause ? e.cause.message : e.message)));\n",
    );
    const r = spawnSync(process.execPath, [probe], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...GUARD },
    });
    expect(r.stdout).toBe('blocked: network access attempted: net.Socket#connect\n');
    expect(r.stderr).toContain('NETWORK ACCESS ATTEMPTED: net.Socket#connect');
  });
});

/** Deterministic Fisher–Yates shuffle of the data rows, keeping the header line first. */
function shuffleRows(text: string, seed: number): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  let s = seed;
  const random = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return [header, ...rows].join('\n') + '\n';
}

/** A JSON value without the fields that say where a row was (they move when the rows move). */
const withoutPlaces = (json: string): unknown =>
  JSON.parse(json, (key, value: unknown) => (key === 'line' || key === 'keptLine' ? undefined : value));

describe('the same results whatever the order of the rows', () => {
  it('summary CSV identical; JSON report, ndjson and --dossiers identical but for line numbers', async () => {
    const base = tempDir();
    const runs = await Promise.all(
      [0, 1, 2].map(async (seed) => {
        const dir = join(base, String(seed));
        const e = join(base, `e${seed}.csv`);
        const p = join(base, `p${seed}.csv`);
        writeFileSync(e, seed === 0 ? readFileSync(E) : shuffleRows(readFileSync(E, 'utf8'), seed));
        writeFileSync(p, seed === 0 ? readFileSync(P) : shuffleRows(readFileSync(P, 'utf8'), seed * 7));
        const args = (format: string): string[] => [
          'reconcile',
          '--electronic',
          e,
          '--paper',
          p,
          '--as-of',
          '2024-12-31',
          '--format',
          format,
        ];
        const dossiers = `${dir}-dossiers.json`;
        const [csv, json, ndjson] = [
          await runMain(args('csv')),
          await runMain([...args('json'), '--dossiers', dossiers]),
          await runMain(args('ndjson')),
        ];
        const jsonReport = withoutPlaces(json.stdout) as { inputs: { file: string }[]; provenance?: unknown };
        for (const input of jsonReport.inputs) input.file = ''; // the shuffled copies have other names
        delete jsonReport.provenance; // and other bytes, hashes and command lines
        return {
          csv: csv.stdout.slice(0, csv.stdout.indexOf('\nProvenance,')), // the table, without the provenance rows
          json: jsonReport,
          ndjson: ndjson.stdout
            .trimEnd()
            .split('\n')
            .map((l) => withoutPlaces(l)),
          dossiers: withoutPlaces(readFileSync(dossiers, 'utf8')),
        };
      }),
    );
    // where a row was: file names (the shuffled copies have their own) and file:line in messages
    const scrubFiles = (v: unknown): string =>
      JSON.stringify(v)
        .replace(/"(file|keptFile)":"[^"]*"/g, '"$1":""')
        .replace(/[^"\s]*\.csv:\d+/g, 'FILE:LINE');
    for (const run of runs.slice(1)) {
      expect(run.csv).toBe(runs[0]!.csv);
      expect(scrubFiles(run.json)).toBe(scrubFiles(runs[0]!.json));
      expect(scrubFiles(run.ndjson)).toBe(scrubFiles(runs[0]!.ndjson));
      expect(scrubFiles(run.dossiers)).toBe(scrubFiles(runs[0]!.dossiers));
    }
  });
});
