/**
 * Benchmark (issue 4): tthc-audit `reconcile` against the same job in DuckDB, on a synthetic pair.
 *
 *   npm run bench -- [--rows 1000000] [--runs 5] [--seed N] [--json] [--keep] [--dir D] [--tool-only]
 *                    [--warmup 1] [--tool path/to/tthc-audit.js]   (another build, e.g. for before/after)
 *
 * Generates the pair into a temporary folder (never the repo), runs each job as a separate process,
 * alternating (tool, duckdb, tool, duckdb, …) after one untimed warm-up each, and prints the median
 * wall time and peak RSS of each and their ratios. Peak RSS is read with `/usr/bin/time -f %M` when
 * available, else reported by the child itself. The tool's per-unit class counts and its masked-late
 * and missing-in-* counts are checked against DuckDB's: a benchmark of a wrong answer proves nothing.
 * Exit status 1 when the two disagree.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePair } from './bench-data.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TIME = '/usr/bin/time';
const CLASSES = ['before-deadline', 'on-time', 'late', 'pending-not-due', 'pending-overdue', 'withdrawn'];
const CLASS_FIELDS = ['beforeDeadline', 'onTime', 'late', 'pendingNotDue', 'pendingOverdue', 'withdrawn'];
const CHECKED_KINDS = ['masked-late', 'missing-in-electronic', 'missing-in-paper'];

function parseArgs(argv) {
  const opts = {
    rows: 1_000_000,
    runs: 5,
    seed: 20240101,
    json: false,
    keep: false,
    dir: null,
    toolOnly: false,
    warmup: 1,
    tool: 'bin/tthc-audit.js',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--rows') opts.rows = Number(next().replace(/[_,]/g, ''));
    else if (a === '--runs') opts.runs = Number(next());
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--warmup') opts.warmup = Number(next());
    else if (a === '--dir') opts.dir = next();
    else if (a === '--tool') opts.tool = next();
    else if (a === '--json') opts.json = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--tool-only') opts.toolOnly = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.rows) || opts.rows < 1) throw new Error('--rows expects a positive whole number');
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs expects a positive whole number');
  return opts;
}

/** Run a node script as a child; resolve with wall seconds and peak RSS in bytes. */
function runChild(args, rssFile) {
  const useTime = existsSync(TIME);
  const [cmd, cmdArgs] = useTime
    ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr}`));
      const rss = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024 : null;
      resolve({ wall, rss });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Per unit: class counts of each side and the checked finding counts, in one comparable shape. */
function toolFigures(report) {
  const units = new Map();
  for (const u of report.units) {
    const side = (s) => Object.fromEntries(CLASSES.map((c, i) => [c, s?.[CLASS_FIELDS[i]] ?? 0]));
    units.set(u.unit, {
      electronic: side(u.electronic),
      paper: side(u.paper),
      findings: Object.fromEntries(CHECKED_KINDS.map((k) => [k, u.findingCounts[k]])),
    });
  }
  return units;
}

function duckFigures(result) {
  const units = new Map();
  for (const u of result.units) {
    const side = (s) => Object.fromEntries(CLASSES.map((c) => [c, s[c] ?? 0]));
    units.set(u.unit, { electronic: side(u.electronic), paper: side(u.paper), findings: u.findings });
  }
  return units;
}

/** Every difference between the two, as lines; empty when they agree. */
function compareFigures(tool, duck) {
  const diffs = [];
  for (const unit of new Set([...tool.keys(), ...duck.keys()])) {
    const a = tool.get(unit);
    const b = duck.get(unit);
    if (!a || !b) {
      diffs.push(`${unit}: only in ${a ? 'tthc-audit' : 'duckdb'}`);
      continue;
    }
    for (const part of ['electronic', 'paper', 'findings']) {
      for (const k of Object.keys(b[part])) {
        if (a[part][k] !== b[part][k])
          diffs.push(`${unit} ${part} ${k}: tthc-audit ${a[part][k]}, duckdb ${b[part][k]}`);
      }
    }
  }
  return diffs;
}

const mb = (bytes) => (bytes === null ? 'n/a' : `${Math.round(bytes / 1e6)} MB`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  const log = (text) => {
    if (!opts.json) process.stderr.write(text + '\n');
  };
  try {
    log(`generating ${opts.rows.toLocaleString('en')} + ${opts.rows.toLocaleString('en')} rows in ${dir} …`);
    const pair = generatePair(dir, opts.rows, opts.seed);
    const toolOut = join(dir, 'tool.json');
    const duckOut = join(dir, 'duckdb.json');
    const jobs = {
      tool: [
        opts.tool,
        'reconcile',
        '--electronic',
        pair.electronic,
        '--paper',
        pair.paper,
        '--as-of',
        pair.asOf,
        '--format',
        'json',
        '--output',
        toolOut,
      ],
      duckdb: [
        'scripts/bench-duckdb.mjs',
        '--electronic',
        pair.electronic,
        '--paper',
        pair.paper,
        '--as-of',
        pair.asOf,
        '--output',
        duckOut,
      ],
    };
    const names = opts.toolOnly ? ['tool'] : ['tool', 'duckdb'];
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = -opts.warmup; run < opts.runs; run++) {
      for (const name of names) {
        const s = await runChild(jobs[name], join(dir, `${name}.rss`));
        if (name === 'duckdb' && s.rss === null) s.rss = JSON.parse(readFileSync(duckOut, 'utf8')).maxRss;
        if (run >= 0) samples[name].push(s);
        log(`  ${run < 0 ? 'warm-up' : `run ${run + 1}`} ${name.padEnd(6)} ${s.wall.toFixed(2)} s  ${mb(s.rss)}`);
      }
    }
    const stat = (name) =>
      samples[name] && {
        medianWallSeconds: median(samples[name].map((s) => s.wall)),
        minWallSeconds: Math.min(...samples[name].map((s) => s.wall)),
        medianPeakRssBytes: samples[name][0].rss === null ? null : median(samples[name].map((s) => s.rss)),
      };
    const tool = stat('tool');
    const duckdb = opts.toolOnly ? null : stat('duckdb');
    const diffs = opts.toolOnly
      ? []
      : compareFigures(
          toolFigures(JSON.parse(readFileSync(toolOut, 'utf8'))),
          duckFigures(JSON.parse(readFileSync(duckOut, 'utf8'))),
        );
    const result = {
      rows: opts.rows,
      runs: opts.runs,
      electronicBytes: pair.electronicBytes,
      paperBytes: pair.paperBytes,
      planted: pair.planted,
      tool,
      duckdb,
      wallRatio: duckdb ? tool.medianWallSeconds / duckdb.medianWallSeconds : null,
      rssRatio:
        duckdb && tool.medianPeakRssBytes !== null && duckdb.medianPeakRssBytes !== null
          ? tool.medianPeakRssBytes / duckdb.medianPeakRssBytes
          : null,
      figuresAgree: opts.toolOnly ? null : diffs.length === 0,
      differences: diffs.slice(0, 20),
    };
    if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else printTable(result);
    if (diffs.length > 0) process.exitCode = 1;
  } finally {
    if (!opts.keep && opts.dir === null) rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(r) {
  const row = (name, s) =>
    `${name.padEnd(12)} ${`${s.medianWallSeconds.toFixed(2)} s`.padStart(10)} ${`${s.minWallSeconds.toFixed(2)} s`.padStart(10)} ${mb(s.medianPeakRssBytes).padStart(10)}`;
  const lines = [
    '',
    `rows: ${r.rows.toLocaleString('en')} + ${r.rows.toLocaleString('en')} (electronic ${mb(r.electronicBytes)}, paper ${mb(r.paperBytes)}), ${r.runs} runs each`,
    `${'job'.padEnd(12)} ${'median'.padStart(10)} ${'min'.padStart(10)} ${'peak RSS'.padStart(10)}`,
    row('tthc-audit', r.tool),
  ];
  if (r.duckdb) {
    lines.push(row('duckdb', r.duckdb));
    lines.push(
      `${'ratio'.padEnd(12)} ${`${r.wallRatio.toFixed(2)}×`.padStart(10)} ${''.padStart(10)} ${(r.rssRatio === null ? 'n/a' : `${r.rssRatio.toFixed(2)}×`).padStart(10)}`,
    );
    lines.push(
      r.figuresAgree
        ? 'figures: tthc-audit and duckdb agree (class counts per unit and side, masked-late, missing-in-*)'
        : `figures DIFFER:\n  ${r.differences.join('\n  ')}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 2;
});
