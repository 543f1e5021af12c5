#!/usr/bin/env node
/**
 * Differential harness: runs two builds of tthc-audit — a baseline built from a git ref and a candidate
 * checkout — on the same corpus of inputs and option sets, and requires byte-identical results: exit
 * code, stdout, stderr and every file written (xlsx included). For refactors that must change nothing
 * a user can see. See README "Development".
 *
 *   node scripts/differential.mjs --baseline <git-ref> [--candidate <repo>] [--no-build] [--quick]
 *        [--filter <text>]… [--jobs N] [--keep] [--seed N] [--list] [--self-test]
 *
 * Exit 0: every case identical; 1: some case differs (or, with --self-test, a mutant went unnoticed);
 * 2: the harness could not run (usage, a build failed).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCases } from './differential/cases.mjs';
import { planCorpus } from './differential/corpus.mjs';
import { describeDifference } from './differential/diff.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The environment every run gets (a case may add to it). */
const FIXED_ENV = { NO_COLOR: '1', LANG: 'C', TZ: 'UTC' };
/** Links in every run folder: input paths in the cases are relative to it. */
const LINKS = ['fixtures', 'test', 'gen'];
const RUN_TIMEOUT_MS = 300_000;

/**
 * Deliberate changes for --self-test, each in a throwaway worktree of the baseline: the harness must
 * report every one. Each is aimed at a path only part of the corpus reaches.
 */
const MUTATIONS = [
  {
    name: 'message',
    file: 'src/messages/reasons.ts',
    find: "'the dossier code is empty (fill it in or remove the row)'",
    replace: "'the dossier code is blank (fill it in or remove the row)'",
    reaches: 'the English reason for a row without a code (stderr, --rejects, validate)',
  },
  {
    name: 'hand-over',
    file: 'src/io/read-csv.ts',
    find: 'if (given > 0) given--;',
    replace: 'if (given > 1) given--;',
    reaches: 'csv-parse delivers again the last row the byte-level reader gave: only files it hands over mid-file',
  },
  {
    name: 'reader-thread',
    file: 'src/io/read-worker.ts',
    find: "post({ kind: 'done', ingest, packed });",
    replace: "post({ kind: 'done', ingest: { ...ingest, rowsRead: ingest.rowsRead + 1 }, packed });",
    reaches: 'rowsRead one too many, only for files read on a worker thread (≥ 50,000 rows, or TTHC_AUDIT_THREADS=2)',
  },
  {
    name: 'audit-thread',
    file: 'src/io/audit-worker.ts',
    find: "post({ kind: 'done', result, computedYears: options.calendar.computedYears(), evidence });",
    replace:
      "post({ kind: 'done', result, computedYears: options.calendar.computedYears(), evidence: evidence.slice(1) });",
    reaches: 'one --dossiers entry lost, only when the audit runs on two threads',
  },
  {
    name: 'xlsx-width',
    file: 'src/render/xlsx.ts',
    find: 'ws.getColumn(i + 2).width = 11;',
    replace: 'ws.getColumn(i + 2).width = 12;',
    reaches: 'a column width of the xlsx Summary sheet: the bytes of xlsx outputs only',
  },
];

// ---------------------------------------------------------------------------------------------------
// Command line

function usage(message) {
  if (message) process.stderr.write(`differential: ${message}\n`);
  process.stderr.write(
    [
      'usage: node scripts/differential.mjs --baseline <git-ref> [options]',
      '  --baseline <ref>     git ref to build in a temporary worktree (required), e.g. HEAD, main, a01e445',
      '  --candidate <path>   checkout to compare with it (default: this one); its bin/tthc-audit.js is run',
      '  --no-build           do not run `npm run build` in the candidate first',
      '  --quick              a subset of the cases (a minute or two)',
      '  --filter <text>      only cases whose id or command line contains the text (repeatable: any of them)',
      '  --jobs <n>           cases run at once (default 2)',
      '  --keep               keep the temporary folder: corpus, commands, outputs of the cases that differ',
      '  --seed <n>           seed of the generated inputs (default 1)',
      '  --list               list the selected cases and exit',
      '  --self-test          build deliberately changed copies of the baseline and check that each is',
      '                       reported on the --quick cases (--filter narrows them further)',
      '',
    ].join('\n'),
  );
  process.exit(message ? 2 : 0);
}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        baseline: { type: 'string' },
        candidate: { type: 'string' },
        'no-build': { type: 'boolean' },
        quick: { type: 'boolean' },
        filter: { type: 'string', multiple: true },
        jobs: { type: 'string' },
        keep: { type: 'boolean' },
        seed: { type: 'string' },
        list: { type: 'boolean' },
        'self-test': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    usage(err.message);
  }
  if (parsed.help) usage();
  const jobs = Number(parsed.jobs ?? 2);
  const seed = Number(parsed.seed ?? 1);
  if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs must be a whole number ≥ 1, got ${parsed.jobs}`);
  if (!Number.isInteger(seed)) usage(`--seed must be a whole number, got ${parsed.seed}`);
  if (!parsed.list && parsed.baseline === undefined) usage('--baseline <git-ref> is required');
  return {
    baseline: parsed.baseline,
    candidate: resolve(parsed.candidate ?? ROOT),
    build: !parsed['no-build'],
    quick: parsed.quick === true,
    filters: parsed.filter ?? [],
    jobs,
    keep: parsed.keep === true,
    seed,
    list: parsed.list === true,
    selfTest: parsed['self-test'] === true,
  };
}

// ---------------------------------------------------------------------------------------------------
// Temporary folder, worktrees and their removal

const state = { tmp: null, keep: false, worktrees: [], children: new Set(), cleaned: false };

function cleanUp() {
  if (state.cleaned) return;
  state.cleaned = true;
  for (const child of state.children) child.kill('SIGKILL');
  for (const dir of state.worktrees) removeWorktree(dir);
  if (state.tmp !== null && !state.keep) rmSync(state.tmp, { recursive: true, force: true });
}

function removeWorktree(dir) {
  // The node_modules link first, so nothing can ever delete through it into this checkout's packages.
  const link = join(dir, 'node_modules');
  try {
    if (lstatSync(link).isSymbolicLink()) unlinkSync(link);
  } catch {}
  const r = spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['-C', ROOT, 'worktree', 'prune']);
  }
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    process.stderr.write(`\ndifferential: ${signal}, cleaning up\n`);
    cleanUp();
    process.exit(code);
  });
}

function fail(message, detail = '') {
  process.stderr.write(`differential: ${message}\n${detail ? `${detail.trimEnd()}\n` : ''}`);
  cleanUp();
  process.exit(2);
}

function git(args, cwd = ROOT) {
  return spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8' });
}

/** Run a build command; resolves with its output, rejects nothing (the caller checks `status`). */
function runBuild(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    state.children.add(child);
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', (err) => output.push(Buffer.from(String(err))));
    child.on('close', (status) => {
      state.children.delete(child);
      done({ status, output: Buffer.concat(output).toString('utf8') });
    });
  });
}

/**
 * A detached worktree of `sha` at `dir`, with this checkout's node_modules linked and `mutate` applied;
 * returns the build (tsc -p tsconfig.json) as a promise of its bin/tthc-audit.js.
 */
function buildWorktree(sha, dir, mutate) {
  const add = git(['worktree', 'add', '--detach', '--quiet', dir, sha]);
  if (add.status !== 0) fail(`git worktree add ${dir} ${sha} failed`, add.stderr);
  state.worktrees.push(dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const ourLock = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
  const theirLock = existsSync(join(dir, 'package-lock.json'))
    ? readFileSync(join(dir, 'package-lock.json'), 'utf8')
    : '';
  if (ourLock !== theirLock)
    log(
      `differential: warning: ${sha.slice(0, 9)} has another package-lock.json; ` +
        "built with this checkout's node_modules",
    );
  if (mutate !== undefined) {
    const file = join(dir, mutate.file);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(mutate.find);
    if (at < 0 || text.indexOf(mutate.find, at + 1) >= 0)
      fail(`self-test: mutation "${mutate.name}" does not apply: ${mutate.file} must hold exactly one ${mutate.find}`);
    writeFileSync(file, text.replace(mutate.find, mutate.replace));
  }
  return async () => {
    const t = Date.now();
    const tsc = await runBuild(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], dir);
    if (tsc.status !== 0) fail(`building ${sha.slice(0, 9)} in ${dir} failed (tsc -p tsconfig.json)`, tsc.output);
    const bin = join(dir, 'bin', 'tthc-audit.js');
    if (!existsSync(bin)) fail(`${bin} does not exist after the build`);
    log(`built ${dir} in ${seconds(Date.now() - t)}`);
    return bin;
  };
}

function buildCandidate(opts) {
  const bin = join(opts.candidate, 'bin', 'tthc-audit.js');
  if (!existsSync(join(opts.candidate, 'package.json'))) fail(`--candidate ${opts.candidate}: no package.json there`);
  return async () => {
    if (opts.build) {
      const t = Date.now();
      const r = await runBuild('npm', ['run', 'build'], opts.candidate);
      if (r.status !== 0) fail(`npm run build failed in ${opts.candidate}`, r.output);
      log(`built the candidate (npm run build in ${opts.candidate}) in ${seconds(Date.now() - t)}`);
    }
    if (!existsSync(bin)) fail(`${bin} does not exist (build the candidate, or drop --no-build)`);
    return bin;
  };
}

/** Run the `builds` (functions returning promises), `n` at a time; their results in order. */
async function inTurn(builds, n) {
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < builds.length) {
      const i = next++;
      results[i] = await builds[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, builds.length) }, lane));
  return results;
}

function describeCheckout(dir) {
  const head = git(['rev-parse', '--short', 'HEAD'], dir);
  if (head.status !== 0) return dir;
  const dirty = git(['status', '--porcelain', '--untracked-files=no'], dir).stdout.trim() !== '';
  return `${dir} (${head.stdout.trim()}${dirty ? ', with uncommitted changes' : ''})`;
}

// ---------------------------------------------------------------------------------------------------
// Corpus

/** Copy the fixtures and write the generated datasets the selected cases read. */
function writeCorpus(dir, datasets, cases) {
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  cpSync(join(ROOT, 'test', 'render', 'fixtures'), join(dir, 'test', 'render', 'fixtures'), { recursive: true });
  const needed = new Set(cases.flatMap((c) => c.datasets));
  let bytes = 0;
  let files = 0;
  for (const ds of datasets) {
    if (!needed.has(ds.name)) continue;
    for (const [name, content] of ds.build()) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      bytes += content.length;
      files++;
    }
  }
  mkdirSync(join(dir, 'gen'), { recursive: true });
  return { datasets: needed.size, files, bytes };
}

// ---------------------------------------------------------------------------------------------------
// Running a case

/** Empty `runDir` but for the corpus links; make the links and the case's setup files. */
function prepareRunDir(runDir, corpus, c) {
  mkdirSync(runDir, { recursive: true });
  for (const name of readdirSync(runDir))
    if (!LINKS.includes(name)) rmSync(join(runDir, name), { recursive: true, force: true });
  for (const name of LINKS)
    if (!existsSync(join(runDir, name))) symlinkSync(join(corpus, name), join(runDir, name), 'dir');
  for (const [name, from] of Object.entries(c.setup)) cpSync(join(corpus, from), join(runDir, name));
}

/** Every file in `dir` but the corpus links, by relative path (a symbolic link the tool made: its target). */
function collectFiles(dir, prefix = '') {
  const files = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix + entry.name;
    if (prefix === '' && LINKS.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) files.set(rel, Buffer.from(`(symbolic link to ${readlinkSync(path)})`));
    else if (entry.isDirectory()) for (const [k, v] of collectFiles(path, `${rel}/`)) files.set(k, v);
    else files.set(rel, readFileSync(path));
  }
  return files;
}

function runTool(bin, c, runDir, corpus) {
  prepareRunDir(runDir, corpus, c);
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...FIXED_ENV, ...c.env };
  const started = performance.now();
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [bin, ...c.argv], { cwd: runDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    state.children.add(child);
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      state.children.delete(child);
      const ms = performance.now() - started;
      let files;
      try {
        files = collectFiles(runDir);
      } catch (e) {
        files = new Map([['(harness: could not read the run folder)', Buffer.from(String(e))]]);
      }
      const exit = timedOut
        ? `timed out after ${RUN_TIMEOUT_MS / 1000} s`
        : signal !== null
          ? `signal ${signal}`
          : String(code);
      resolveRun({ exit, timedOut, stdout: Buffer.concat(out), stderr: Buffer.concat(err), files, ms });
    });
  });
}

/** The differences between two runs' results, each a few lines of text; empty when identical. */
function compareRuns(a, b) {
  const diffs = [];
  // A run cut short proves nothing, even when both were cut at the same place.
  if (a.timedOut || b.timedOut) diffs.push(`not compared: baseline exit ${a.exit}, candidate exit ${b.exit}`);
  else if (a.exit !== b.exit) diffs.push(`exit code: baseline ${a.exit}, candidate ${b.exit}`);
  for (const channel of ['stdout', 'stderr']) {
    const d = describeDifference(channel, a[channel], b[channel]);
    if (d !== null) diffs.push(d);
  }
  const names = [...new Set([...a.files.keys(), ...b.files.keys()])].sort();
  for (const name of names) {
    const x = a.files.get(name);
    const y = b.files.get(name);
    if (x === undefined) diffs.push(`file ${name}: written by the candidate only (${y.length} bytes)`);
    else if (y === undefined) diffs.push(`file ${name}: written by the baseline only (${x.length} bytes)`);
    else {
      const d = describeDifference(`file ${name}`, x, y);
      if (d !== null) diffs.push(d);
    }
  }
  return diffs;
}

const shellQuote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function commandLine(c) {
  const env = Object.entries(c.env).map(([k, v]) => `${k}=${shellQuote(v)} `);
  const setup = Object.entries(c.setup).map(([to, from]) => `cp ${shellQuote(from)} ${shellQuote(to)} && `);
  return `${setup.join('')}${env.join('')}tthc-audit ${c.argv.map(shellQuote).join(' ')}`;
}

function saveRun(dir, r) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'exit-code'), `${r.exit}\n`);
  writeFileSync(join(dir, 'stdout'), r.stdout);
  writeFileSync(join(dir, 'stderr'), r.stderr);
  for (const [name, bytes] of r.files) {
    mkdirSync(dirname(join(dir, 'files', name)), { recursive: true });
    writeFileSync(join(dir, 'files', name), bytes);
  }
}

const slug = (c, i) => `${String(i + 1).padStart(4, '0')}-${c.id.replace(/[^\w.-]+/g, '_')}`;

/**
 * Run every case on the baseline, then on each candidate, `jobs` cases at a time, the costliest first.
 * Returns, per candidate, the differing cases with their descriptions.
 */
async function runCases({ cases, baselineBin, candidates, corpus, tmp, jobs, keep, onDifference }) {
  const order = cases.map((_, i) => i).sort((i, j) => cases[j].cost - cases[i].cost || i - j);
  const found = candidates.map(() => []);
  const time = { baseline: 0, candidates: candidates.map(() => 0), perCase: [] };
  let next = 0;
  let done = 0;
  let lastReport = Date.now();
  const started = Date.now();
  const worker = async () => {
    while (next < order.length) {
      const i = order[next++];
      const c = cases[i];
      const runDir = join(tmp, 'run', slug(c, i));
      const base = await runTool(baselineBin, c, runDir, corpus);
      time.baseline += base.ms;
      time.perCase[i] = base.ms;
      for (const [k, cand] of candidates.entries()) {
        const other = await runTool(cand.bin, c, runDir, corpus);
        time.candidates[k] += other.ms;
        time.perCase[i] += other.ms;
        const diffs = compareRuns(base, other);
        if (diffs.length > 0) {
          found[k].push({ index: i, case: c, diffs });
          onDifference?.(cand, c, diffs);
          if (keep) {
            saveRun(join(tmp, 'results', cand.name, slug(c, i), 'baseline'), base);
            saveRun(join(tmp, 'results', cand.name, slug(c, i), 'candidate'), other);
          }
        }
      }
      rmSync(runDir, { recursive: true, force: true });
      done++;
      if (Date.now() - lastReport > 20_000 || done === cases.length) {
        lastReport = Date.now();
        const differing = found.reduce((n, f) => n + f.length, 0);
        log(`  ${done}/${cases.length} cases, ${seconds(Date.now() - started)}, ${differing} differing`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, cases.length) }, worker));
  for (const f of found) f.sort((x, y) => x.index - y.index);
  return { found, time };
}

// ---------------------------------------------------------------------------------------------------
// Reporting

function log(line) {
  process.stderr.write(`${line}\n`);
}

/**
 * CPU seconds used by this process's finished children (Linux), or null: wall time depends on the machine's load,
 * this does not.
 */
function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function seconds(ms) {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;
}

function formatDifference(c, diffs) {
  const lines = [`✗ ${c.id}`, `    $ ${commandLine(c)}`];
  for (const d of diffs) lines.push(...d.split('\n').map((l) => `    ${l}`));
  return lines.join('\n');
}

function coverage(cases) {
  const count = new Map();
  const bump = (k) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const c of cases) {
    bump(`command ${c.argv[0] ?? '(none)'}`);
    for (let i = 0; i < c.argv.length; i++) {
      const a = c.argv[i];
      if (!a.startsWith('--')) continue;
      const v = c.argv[i + 1];
      const valued = [
        '--format',
        '--lang',
        '--denominator',
        '--result-date',
        '--delimiter',
        '--gate-scope',
        '--source',
        '--encoding',
      ];
      bump(valued.includes(a) && v !== undefined ? `${a} ${v}` : a);
    }
    bump(`TTHC_AUDIT_THREADS=${c.env.TTHC_AUDIT_THREADS ?? 'unset'}`);
  }
  return [...count.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}: ${n}`);
}

// ---------------------------------------------------------------------------------------------------
// Main

function selectCases(all, opts) {
  // The self-test runs the quick set: six builds on every case would take too long.
  let cases = opts.quick || opts.selfTest ? all.filter((c) => c.quick) : all;
  if (opts.filters.length > 0)
    cases = cases.filter((c) => opts.filters.some((f) => c.id.includes(f) || commandLine(c).includes(f)));
  return cases;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const datasets = planCorpus(opts.seed);
  const all = buildCases(ROOT, datasets);
  const cases = selectCases(all, opts);
  if (opts.list) {
    for (const c of cases) process.stdout.write(`${c.id}\t${commandLine(c)}\n`);
    process.stdout.write(
      `\n${cases.length} of ${all.length} cases\n\ncoverage (cases per option):\n  ${coverage(cases).join('\n  ')}\n`,
    );
    return 0;
  }
  if (cases.length === 0) fail('no case selected (check --filter)');

  const resolved = git(['rev-parse', '--verify', '--quiet', `${opts.baseline}^{commit}`]);
  if (resolved.status !== 0) fail(`--baseline ${opts.baseline}: not a commit of ${ROOT}`);
  const sha = resolved.stdout.trim();

  state.tmp = mkdtempSync(join(tmpdir(), 'tthc-differential-'));
  state.keep = opts.keep;
  log(`differential: temporary folder ${state.tmp}${opts.keep ? ' (kept)' : ''}`);

  // The builds run as child processes while this process writes the corpus.
  const candidates = [];
  const builds = [];
  if (opts.selfTest) {
    for (const m of MUTATIONS) {
      candidates.push({ name: `mutant-${m.name}`, mutation: m });
      builds.push(buildWorktree(sha, join(state.tmp, `mutant-${m.name}`), m));
    }
  } else {
    candidates.push({ name: 'candidate', label: describeCheckout(opts.candidate) });
    builds.push(buildCandidate(opts));
  }
  builds.push(buildWorktree(sha, join(state.tmp, 'baseline')));
  const tb = Date.now();
  const built = inTurn(builds, Math.max(1, opts.jobs));

  const corpus = join(state.tmp, 'corpus');
  const tc = Date.now();
  const written = writeCorpus(corpus, datasets, cases);
  log(
    `corpus: fixtures, test/render/fixtures and ${written.datasets} generated datasets (${written.files} files, ` +
      `${(written.bytes / 1e6).toFixed(1)} MB, seed ${opts.seed}) written in ${seconds(Date.now() - tc)}`,
  );
  const bins = await built;
  const baselineBin = bins.pop();
  bins.forEach((bin, k) => {
    candidates[k].bin = bin;
  });
  log(`builds done in ${seconds(Date.now() - tb)} (baseline ${opts.baseline} = ${sha.slice(0, 9)})`);
  writeFileSync(join(state.tmp, 'cases.tsv'), cases.map((c) => `${c.id}\t${commandLine(c)}\n`).join(''));

  const cpuBefore = childrenCpu();
  const runs = cases.length * (1 + candidates.length);
  log(
    `running ${cases.length} cases${opts.quick || opts.selfTest ? ' (the --quick set)' : ''}` +
      `${opts.filters.length ? ` (--filter ${opts.filters.join(', ')})` : ''}: ` +
      `${runs} runs, ${opts.jobs} at a time`,
  );
  const { found, time } = await runCases({
    cases,
    baselineBin,
    candidates,
    corpus,
    tmp: state.tmp,
    jobs: opts.jobs,
    keep: opts.keep,
    onDifference: opts.selfTest ? undefined : (_cand, c) => log(`  differs: ${c.id}`),
  });

  const cpuAfter = childrenCpu();
  const cpu = cpuBefore === null || cpuAfter === null ? '' : `, ${seconds((cpuAfter - cpuBefore) * 1000)} of CPU`;
  const out = [];
  const header = [
    '',
    `baseline:  ${opts.baseline} (${sha.slice(0, 9)}), built in a temporary worktree`,
    ...(opts.selfTest
      ? [`candidates: ${candidates.length} mutants of the baseline (--self-test)`]
      : [`candidate: ${candidates[0].label}`]),
    `each run: \`tthc-audit\` is \`node <build>/bin/tthc-audit.js\`, in a fresh folder where fixtures/, ` +
      `test/ and gen/ link to ${corpus}${opts.keep ? '' : ' (removed; --keep keeps it)'}; ` +
      `environment NO_COLOR=1 LANG=C TZ=UTC (and what the command line shows)`,
    '',
  ];
  out.push(...header);
  let status = 0;
  if (opts.selfTest) {
    for (const [k, cand] of candidates.entries()) {
      const f = found[k];
      const m = cand.mutation;
      out.push(
        `${f.length > 0 ? 'caught' : 'MISSED'}  mutant "${m.name}": ${m.file}: ${m.find} → ${m.replace}`,
        `        (${m.reaches})`,
        `        ${f.length} of ${cases.length} cases differ${
          f.length > 0
            ? `: ${f
                .slice(0, 6)
                .map((x) => x.case.id)
                .join(', ')}${f.length > 6 ? ', …' : ''}`
            : ''
        }`,
      );
      if (f.length > 0)
        out.push(
          '        first report:',
          ...formatDifference(f[0].case, f[0].diffs)
            .split('\n')
            .map((l) => `        ${l}`),
        );
      out.push('');
      if (f.length === 0) status = 1;
    }
    out.push(
      `self-test: ${candidates.filter((_, k) => found[k].length > 0).length} of ${candidates.length} mutants caught; ` +
        `${cases.length} cases × ${1 + candidates.length} builds = ${runs} runs; ` +
        `${seconds(Date.now() - started)} in all${cpu}`,
    );
  } else {
    const f = found[0];
    for (const x of f) out.push(formatDifference(x.case, x.diffs), '');
    out.push(
      `${f.length === 0 ? 'identical' : 'DIFFERENT'}: ${cases.length - f.length} of ${cases.length} cases identical` +
        `${f.length > 0 ? `, ${f.length} differ` : ''}; ${runs} runs; ${seconds(Date.now() - started)} in all, ` +
        `builds included${cpu ? `; the runs took ${cpu.slice(2)}` : ''} ` +
        `(wall time in runs: baseline ${seconds(time.baseline)}, candidate ${seconds(time.candidates[0])})`,
    );
    if (f.length > 0) status = 1;
  }
  const slowest = cases
    .map((c, i) => [c.id, time.perCase[i]])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  out.push(`slowest cases (all runs of the case): ${slowest.map(([id, ms]) => `${id} ${seconds(ms)}`).join(', ')}`);
  rmSync(join(state.tmp, 'run'), { recursive: true, force: true });
  if (opts.keep) {
    // A folder to run any case again in: cd there, then `node <checkout>/bin/tthc-audit.js <arguments from cases.tsv>`.
    prepareRunDir(join(state.tmp, 'replay'), corpus, { setup: {} });
    out.push(
      `to run a case again: cd ${join(state.tmp, 'replay')} && node <checkout>/bin/tthc-audit.js <its arguments>`,
    );
  }
  if (opts.keep)
    out.push(
      `kept ${state.tmp}: corpus/, ` +
        `cases.tsv (every command)` +
        `${opts.selfTest || found[0].length ? ', results/<build>/<case>/{baseline,candidate}/' : ''}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
  return status;
}

main().then(
  (status) => {
    cleanUp();
    process.exit(status);
  },
  (err) => {
    process.stderr.write(`differential: ${err.stack ?? err}\n`);
    cleanUp();
    process.exit(2);
  },
);
