/**
 * Benchmark (issue 4): tthc-audit `reconcile` against the same job in DuckDB, on a synthetic pair.
 *
 *   npm run bench -- [--rows 1000000] [--profile clean|dirty] [--duckdb-job findings|counts|legacy|both|a,b]
 *                    [--runs 5] [--warmup 1] [--seed N] [--json] [--keep] [--dir D] [--tool-only]
 *                    [--tool path/to/tthc-audit.js]   (another build, e.g. for before/after)
 *   npm run bench -- --startup [--runs 20] [--warmup 2] [--json] [--tool …]
 *
 * Generates the pair (`clean`: ~2% of dossiers disagreeing; `dirty`: ~17%, every kind of finding the
 * generators can plant) into a temporary folder (never the repo), runs each job as a separate process,
 * alternating (tool, duckdb, tool, duckdb, …) after `--warmup` untimed rounds, and prints the median
 * and minimum wall time and the median peak RSS of each and their ratios. Peak RSS is read with
 * `/usr/bin/time -f %M` when available, else reported by the child itself.
 *
 * DuckDB jobs (scripts/bench-duckdb.mjs): `findings` (default) does the tool's job — class counts per
 * unit and side plus the list of findings, written to a file; `counts` only counts classes and the
 * masked-late / missing-in-* findings (the job this benchmark ran before, made right for the dirty
 * profile); `legacy` is that earlier SQL verbatim (right on the clean profile only: on the dirty one
 * the check rejects it). `both` = findings,counts; a comma-separated list runs several in one session.
 *
 * After the runs the tool's JSON report is checked against DuckDB's figures: per unit, the class
 * counts of each side and the count of each finding kind DuckDB computes; for the findings job, a kind
 * the tool found that the SQL does not compute is a difference too (not the same job). Any difference
 * is printed, no time or ratio is reported, and the exit status is 1 — a benchmark of a wrong answer
 * (or of two different jobs) proves nothing.
 *
 * `--startup` times `--version`, `--help` and the bundled district reconcile instead, alternating.
 *
 * Every child runs without NODE_EXTRA_CA_CERTS: this sandbox sets it, it makes every Node start
 * ~40 ms slower (the certificates are read at startup), and users do not have it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePair } from './bench-data.mjs';
import { generateDirtyPair } from './bench-data-dirty.mjs';
import { scanJson } from './bench-json.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TIME = '/usr/bin/time';
const CLASSES = ['before-deadline', 'on-time', 'late', 'pending-not-due', 'pending-overdue', 'withdrawn'];
const CLASS_FIELDS = ['beforeDeadline', 'onTime', 'late', 'pendingNotDue', 'pendingOverdue', 'withdrawn'];
const PROFILES = ['clean', 'dirty'];
const DUCKDB_JOBS = ['findings', 'counts', 'legacy'];
/** Environment variables children do not inherit (see the header). */
const DROPPED_ENV = ['NODE_EXTRA_CA_CERTS'];

function parseArgs(argv) {
  const opts = {
    rows: 1_000_000,
    runs: null,
    seed: 20240101,
    json: false,
    keep: false,
    dir: null,
    toolOnly: false,
    warmup: null,
    tool: 'bin/tthc-audit.js',
    profile: 'clean',
    duckdbJob: 'findings',
    startup: false,
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
    else if (a === '--profile') opts.profile = next();
    else if (a === '--duckdb-job') opts.duckdbJob = next();
    else if (a === '--json') opts.json = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--tool-only') opts.toolOnly = true;
    else if (a === '--startup') opts.startup = true;
    else throw new Error(`unknown option ${a}`);
  }
  opts.runs ??= opts.startup ? 20 : 5;
  opts.warmup ??= opts.startup ? 2 : 1;
  if (!Number.isInteger(opts.rows) || opts.rows < 1) throw new Error('--rows expects a positive whole number');
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs expects a positive whole number');
  if (!Number.isInteger(opts.warmup) || opts.warmup < 0) throw new Error('--warmup expects a whole number ≥ 0');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed expects a whole number');
  if (!PROFILES.includes(opts.profile)) throw new Error(`--profile expects ${PROFILES.join(' or ')}`);
  opts.duckdbJobs = opts.duckdbJob === 'both' ? ['findings', 'counts'] : opts.duckdbJob.split(',');
  if (opts.duckdbJobs.some((j) => !DUCKDB_JOBS.includes(j)) || new Set(opts.duckdbJobs).size !== opts.duckdbJobs.length)
    throw new Error(`--duckdb-job expects one or more of ${DUCKDB_JOBS.join(', ')} (comma-separated), or both`);
  if (opts.profile === 'dirty' && opts.duckdbJobs.includes('legacy'))
    throw new Error(
      '--duckdb-job legacy is the SQL of the clean profile (no de-duplication, labels as written): use counts',
    );
  return opts;
}

/** The children's environment, and which of DROPPED_ENV were actually set here. */
function childEnvironment() {
  const env = { ...process.env };
  const dropped = DROPPED_ENV.filter((name) => env[name] !== undefined);
  for (const name of dropped) delete env[name];
  return { env, dropped };
}

/**
 * Run a node script as a child; resolve with wall seconds, peak RSS in bytes and CPU seconds (user +
 * system, all threads). CPU time moves less than wall time when others load the machine.
 */
function runChild(args, rssFile, env) {
  const useTime = existsSync(TIME);
  const [cmd, cmdArgs] = useTime
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr}`));
      if (!useTime) return resolve({ wall, rss: null, cpu: null });
      const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      resolve({ wall, rss: rss * 1024, cpu: user + system });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const stat = (samples) => ({
  medianWallSeconds: median(samples.map((s) => s.wall)),
  minWallSeconds: Math.min(...samples.map((s) => s.wall)),
  medianPeakRssBytes: samples.some((s) => s.rss === null) ? null : median(samples.map((s) => s.rss)),
  medianCpuSeconds: samples.some((s) => s.cpu === null) ? null : median(samples.map((s) => s.cpu)),
});

// ---------------------------------------------------------------------------------------------------
// The comparison.

/** The tool's foldText (src/core/fold.ts): the key units are grouped by. */
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim();

/** Per folded unit: class counts of each side and the counts of `kinds`, in one comparable shape. */
function toolFigures(report, kinds) {
  const units = new Map();
  const problems = [];
  for (const u of report.units) {
    const side = (s) => Object.fromEntries(CLASSES.map((c, i) => [c, s?.[CLASS_FIELDS[i]] ?? 0]));
    const key = fold(u.unit);
    if (units.has(key)) problems.push(`tthc-audit lists unit "${u.unit}" twice (folded: ${key})`);
    units.set(key, {
      unit: u.unit,
      electronic: side(u.electronic),
      paper: side(u.paper),
      findings: Object.fromEntries(kinds.map((k) => [k, u.findingCounts[k] ?? 0])),
    });
  }
  return { units, problems };
}

function duckFigures(summary) {
  const units = new Map();
  const problems = [];
  for (const u of summary.units) {
    const side = (s) => Object.fromEntries(CLASSES.map((c) => [c, s[c] ?? 0]));
    const key = fold(u.unit);
    if (units.has(key)) problems.push(`duckdb lists unit "${u.unit}" twice (folded: ${key})`);
    if (u.key !== null && key !== u.key)
      problems.push(`duckdb's key for "${u.unit}" is "${u.key}", the tool's fold gives "${key}"`);
    units.set(key, { unit: u.unit, electronic: side(u.electronic), paper: side(u.paper), findings: u.findings });
  }
  return { units, problems };
}

/** Every difference between the two, as lines; empty when they agree. */
function compareFigures(tool, duck, label) {
  const diffs = [...tool.problems, ...duck.problems];
  for (const key of new Set([...tool.units.keys(), ...duck.units.keys()])) {
    const a = tool.units.get(key);
    const b = duck.units.get(key);
    if (!a || !b) {
      diffs.push(`${(a ?? b).unit}: only in ${a ? 'tthc-audit' : label}`);
      continue;
    }
    for (const part of ['electronic', 'paper', 'findings']) {
      for (const k of new Set([...Object.keys(a[part]), ...Object.keys(b[part])])) {
        if (a[part][k] !== b[part][k])
          diffs.push(`${a.unit} ${part} ${k}: tthc-audit ${a[part][k] ?? 0}, ${label} ${b[part][k] ?? 0}`);
      }
    }
  }
  return diffs;
}

/**
 * When the counts differ: which dossiers. Codes (normalised) per kind on each side, and up to `limit`
 * codes per kind found by one only. Reads both findings lists element by element.
 */
function findingCodeDiffs(toolReport, duckFindings, kinds, limit = 5) {
  const norm = (code) => code.replace(/\s+/g, '').toUpperCase();
  const collect = () => new Map(kinds.map((k) => [k, new Map()]));
  const add = (map, f) => {
    const m = map.get(f.kind);
    if (m) m.set(norm(f.code), (m.get(norm(f.code)) ?? 0) + 1);
  };
  const tool = collect();
  const duck = collect();
  scanJson(toolReport, 'findings', (text) => add(tool, JSON.parse(text)));
  scanJson(duckFindings, null, (text) => add(duck, JSON.parse(text)));
  const lines = [];
  for (const kind of kinds) {
    const a = tool.get(kind);
    const b = duck.get(kind);
    const onlyTool = [...a].filter(([c, n]) => (b.get(c) ?? 0) < n).map(([c]) => c);
    const onlyDuck = [...b].filter(([c, n]) => (a.get(c) ?? 0) < n).map(([c]) => c);
    if (onlyTool.length)
      lines.push(`${kind}: tthc-audit only (${onlyTool.length}): ${onlyTool.slice(0, limit).join(' ')}`);
    if (onlyDuck.length) lines.push(`${kind}: duckdb only (${onlyDuck.length}): ${onlyDuck.slice(0, limit).join(' ')}`);
  }
  return lines;
}

/** The kinds the tool found (non-zero) that a DuckDB job does not compute, as difference lines. */
function uncomputedKinds(toolCounts, duckKinds) {
  return Object.entries(toolCounts)
    .filter(([kind, n]) => n > 0 && !duckKinds.includes(kind))
    .map(([kind, n]) => `${kind}: tthc-audit ${n}, not computed by the SQL (not the same job)`);
}

const mb = (bytes) =>
  bytes === null || bytes === undefined
    ? 'n/a'
    : `${bytes < 1e7 ? (bytes / 1e6).toFixed(1) : Math.round(bytes / 1e6).toLocaleString('en')} MB`;
const int = (n) => n.toLocaleString('en');

// ---------------------------------------------------------------------------------------------------

async function benchPair(opts, env, dropped, log) {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  mkdirSync(dir, { recursive: true });
  try {
    log(`generating ${int(opts.rows)} dossiers (${opts.profile} profile) in ${dir} …`);
    const generate = opts.profile === 'dirty' ? generateDirtyPair : generatePair;
    const pair = generate(dir, opts.rows, opts.seed);
    const toolOut = join(dir, 'tool.json');
    const duckJobs = opts.toolOnly ? [] : opts.duckdbJobs;
    const jobs = {
      tool: {
        label: 'tthc-audit',
        args: [
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
      },
    };
    for (const job of duckJobs) {
      const name = `duckdb-${job}`;
      jobs[name] = {
        label: `duckdb (${job})`,
        job,
        summary: join(dir, `${name}-summary.json`),
        findings: job === 'findings' ? join(dir, 'duckdb-findings.json') : null,
      };
      jobs[name].args = [
        'scripts/bench-duckdb.mjs',
        '--job',
        job,
        '--electronic',
        pair.electronic,
        '--paper',
        pair.paper,
        '--as-of',
        pair.asOf,
        '--output',
        jobs[name].summary,
        ...(jobs[name].findings ? ['--findings-output', jobs[name].findings] : []),
      ];
    }
    const names = Object.keys(jobs);
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = -opts.warmup; run < opts.runs; run++) {
      for (const name of names) {
        const s = await runChild(jobs[name].args, join(dir, `${name}.rss`), env);
        if (s.rss === null && jobs[name].summary) s.rss = JSON.parse(readFileSync(jobs[name].summary, 'utf8')).maxRss;
        if (run >= 0) samples[name].push(s);
        log(
          `  ${run < 0 ? 'warm-up' : `run ${run + 1}`} ${jobs[name].label.padEnd(18)} ${s.wall.toFixed(2)} s  ` +
            `${s.cpu === null ? '' : `CPU ${s.cpu.toFixed(2)} s  `}${mb(s.rss)}`,
        );
      }
    }

    log('comparing tthc-audit with duckdb …');
    const report = scanJson(toolOut, 'findings');
    const toolKinds = Object.keys(report.total.findingCounts);
    const results = {};
    let diffs = [];
    for (const name of names) {
      const j = jobs[name];
      const r = { label: j.label, ...stat(samples[name]) };
      if (name === 'tool') r.outputBytes = statSync(toolOut).size;
      else {
        const summary = JSON.parse(readFileSync(j.summary, 'utf8'));
        r.outputBytes = j.findings ? statSync(j.findings).size : statSync(j.summary).size;
        r.kinds = summary.kinds;
        r.findingCounts = Object.fromEntries(summary.kinds.map((k) => [k, 0]));
        for (const u of summary.units) for (const k of summary.kinds) r.findingCounts[k] += u.findings[k] ?? 0;
        const d = compareFigures(toolFigures(report, summary.kinds), duckFigures(summary), j.label);
        if (d.length > 0 && j.findings) d.push(...findingCodeDiffs(toolOut, j.findings, summary.kinds));
        // The findings job is the tool's job: a kind the tool finds and the SQL does not compute makes
        // the two jobs different, so it counts as a difference (the timings are then withheld).
        if (j.findings) d.push(...uncomputedKinds(report.total.findingCounts, summary.kinds));
        r.figuresAgree = d.length === 0;
        diffs = diffs.concat(d.map((line) => `${j.label}: ${line}`));
      }
      results[name] = r;
    }
    // A wrong answer is never reported as a speed: on any difference the timings are withheld.
    const agree = diffs.length === 0;
    if (!agree) {
      for (const r of Object.values(results)) {
        for (const k of ['medianWallSeconds', 'minWallSeconds', 'medianPeakRssBytes', 'medianCpuSeconds']) delete r[k];
      }
    }
    const tool = results.tool;
    const ratios = !agree
      ? null
      : Object.fromEntries(
          names
            .filter((n) => n !== 'tool')
            .map((n) => [
              n,
              {
                wall: tool.medianWallSeconds / results[n].medianWallSeconds,
                cpu:
                  tool.medianCpuSeconds !== null && results[n].medianCpuSeconds !== null
                    ? tool.medianCpuSeconds / results[n].medianCpuSeconds
                    : null,
                rss:
                  tool.medianPeakRssBytes !== null && results[n].medianPeakRssBytes !== null
                    ? tool.medianPeakRssBytes / results[n].medianPeakRssBytes
                    : null,
              },
            ]),
        );
    const checkedKinds = new Set(names.filter((n) => n !== 'tool').flatMap((n) => results[n].kinds));
    return {
      mode: 'pair',
      profile: opts.profile,
      rows: opts.rows,
      seed: opts.seed,
      runs: opts.runs,
      warmup: opts.warmup,
      childEnvironmentWithout: dropped,
      input: {
        electronicBytes: pair.electronicBytes,
        paperBytes: pair.paperBytes,
        electronicRows: report.inputs.find((i) => i.source === 'electronic')?.rowsRead ?? null,
        paperRows: report.inputs.find((i) => i.source === 'paper')?.rowsRead ?? null,
      },
      planted: pair.planted,
      findings: {
        total: Object.values(report.total.findingCounts).reduce((a, b) => a + b, 0),
        byKind: report.total.findingCounts,
        notChecked: opts.toolOnly
          ? []
          : toolKinds.filter((k) => !checkedKinds.has(k) && report.total.findingCounts[k] > 0),
      },
      jobs: results,
      ratios,
      figuresAgree: opts.toolOnly ? null : agree,
      differences: diffs.slice(0, 60),
      differenceCount: diffs.length,
    };
  } finally {
    if (!opts.keep && opts.dir === null) rmSync(dir, { recursive: true, force: true });
  }
}

function printPair(r) {
  const secs = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(2)} s`);
  const jobRow = (s) =>
    `${s.label.padEnd(18)} ${secs(s.medianWallSeconds).padStart(9)} ${secs(s.minWallSeconds).padStart(9)} ` +
    `${secs(s.medianCpuSeconds).padStart(9)} ${mb(s.medianPeakRssBytes).padStart(9)} ${mb(s.outputBytes).padStart(9)}`;
  const lines = [
    '',
    `profile ${r.profile}, seed ${r.seed}: ${int(r.rows)} dossiers — electronic ${int(r.input.electronicRows)}` +
      ` rows (${mb(r.input.electronicBytes)}), paper ${int(r.input.paperRows)} rows (${mb(r.input.paperBytes)}); ` +
      `${r.runs} timed run(s) each after ${r.warmup} warm-up(s)`,
    r.childEnvironmentWithout.length
      ? `children run without ${r.childEnvironmentWithout.join(', ')} (set here, not on users' machines; ` +
        `+~40 ms per Node start)`
      : 'children run with this environment',
  ];
  if (r.ratios === null) lines.push('timings withheld: tthc-audit and duckdb do not agree (below)');
  else {
    lines.push(
      `${'job'.padEnd(18)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'CPU'.padStart(9)} ` +
        `${'peak RSS'.padStart(9)} ${'output'.padStart(9)}`,
    );
    for (const s of Object.values(r.jobs)) lines.push(jobRow(s));
  }
  for (const [name, q] of Object.entries(r.ratios ?? {})) {
    lines.push(
      `tthc-audit ÷ ${r.jobs[name].label}: ${q.wall.toFixed(2)}× time, ` +
        `${q.cpu === null ? 'n/a' : `${q.cpu.toFixed(2)}×`} CPU, ${q.rss === null ? 'n/a' : `${q.rss.toFixed(2)}×`}` +
        ` peak RSS`,
    );
  }
  const duckJobs = Object.keys(r.jobs).filter((n) => n !== 'tool');
  lines.push(`findings: ${int(r.findings.total)} (tthc-audit${duckJobs.map((n) => ` / ${r.jobs[n].label}`).join('')})`);
  for (const [kind, n] of Object.entries(r.findings.byKind)) {
    if (n === 0 && !duckJobs.some((j) => r.jobs[j].findingCounts[kind])) continue;
    const others = duckJobs.map((j) => (kind in r.jobs[j].findingCounts ? int(r.jobs[j].findingCounts[kind]) : '—'));
    lines.push(`  ${kind.padEnd(25)} ${[int(n), ...others].map((x) => x.padStart(9)).join(' ')}`);
  }
  if (r.findings.notChecked.length) lines.push(`not computed by duckdb: ${r.findings.notChecked.join(', ')}`);
  if (r.figuresAgree === true)
    lines.push(
      'figures: tthc-audit and duckdb agree (class counts per unit and side, finding counts per unit and kind)',
    );
  else if (r.figuresAgree === false)
    lines.push(`figures DIFFER (${r.differenceCount} differences):\n  ${r.differences.join('\n  ')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------------

async function benchStartup(opts, env, dropped, log) {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-startup-'));
  const commands = {
    version: [opts.tool, '--version'],
    help: [opts.tool, '--help'],
    district: [
      opts.tool,
      'reconcile',
      '--electronic',
      'fixtures/district/electronic.csv',
      '--paper',
      'fixtures/district/paper.csv',
      '--as-of',
      '2024-12-31',
    ],
  };
  try {
    const samples = Object.fromEntries(Object.keys(commands).map((n) => [n, []]));
    for (let run = -opts.warmup; run < opts.runs; run++) {
      for (const [name, args] of Object.entries(commands)) {
        const s = await runChild(args, join(dir, 'rss'), env);
        if (run >= 0) samples[name].push(s);
      }
      if (run >= 0 && (run + 1) % 5 === 0) log(`  ${run + 1}/${opts.runs} rounds`);
    }
    return {
      mode: 'startup',
      tool: opts.tool,
      runs: opts.runs,
      warmup: opts.warmup,
      childEnvironmentWithout: dropped,
      commands: Object.fromEntries(
        Object.entries(commands).map(([name, args]) => [name, { args: args.slice(1), ...stat(samples[name]) }]),
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printStartup(r) {
  const ms = (s) => `${Math.round(s * 1000)} ms`;
  const lines = [
    '',
    `startup of ${r.tool}: ${r.runs} alternating rounds after ${r.warmup} warm-up round(s)`,
    r.childEnvironmentWithout.length
      ? `children run without ${r.childEnvironmentWithout.join(', ')} (set here, not on users' machines; ` +
        `+~40 ms per Node start)`
      : 'children run with this environment',
    `${'command'.padEnd(10)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'CPU'.padStart(8)} ` +
      `${'peak RSS'.padStart(9)}`,
  ];
  for (const [name, s] of Object.entries(r.commands))
    lines.push(
      `${name.padEnd(10)} ${ms(s.medianWallSeconds).padStart(8)} ${ms(s.minWallSeconds).padStart(8)} ` +
        `${(s.medianCpuSeconds === null ? 'n/a' : ms(s.medianCpuSeconds)).padStart(8)} ` +
        `${mb(s.medianPeakRssBytes).padStart(9)}`,
    );
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (text) => {
    if (!opts.json) process.stderr.write(text + '\n');
  };
  const { env, dropped } = childEnvironment();
  const result = opts.startup ? await benchStartup(opts, env, dropped, log) : await benchPair(opts, env, dropped, log);
  if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else if (opts.startup) printStartup(result);
  else printPair(result);
  if (result.figuresAgree === false) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 2;
});
