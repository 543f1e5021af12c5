#!/usr/bin/env node
/**
 * House rule: no line longer than 120 characters in the code. biome formats to that width but cannot
 * break a long string literal, a long comment or a long URL, so this script checks what biome leaves.
 * Run by `npm run lint`, after `biome check .`.
 *
 *   node scripts/check-line-width.mjs
 *
 * Checks every git-tracked .ts, .mjs, .js and .cjs file under src/, test/, scripts/, bin/ and fixtures/
 * (the index, as `git ls-files` lists it: a new file counts once it is added). A line's length is its
 * number of Unicode code points, without the line ending; a tab counts as one. Prints every line over
 * the limit as `file:line: length` and exits 1 if there is any, 0 if not; 2 when it cannot run (not a
 * git checkout).
 *
 * ALLOWED lists the files still allowed to exceed, with how many of their lines do today. A listed
 * file fails the check when it has more long lines than that (a new one) and also when it has fewer:
 * then lower the number, or remove the entry once the file has none, so that the list only shrinks.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX = 120;
const FOLDERS = ['src', 'test', 'scripts', 'bin', 'fixtures'];
const EXTENSIONS = ['.ts', '.mjs', '.js', '.cjs'];

/**
 * Files allowed to have lines over the limit, and how many: none today. Only for a file that cannot be wrapped
 * yet (say, code being changed on another branch when a limit comes in); wrap it, then remove the entry.
 */
const ALLOWED = new Map([]);

function trackedFiles() {
  const r = spawnSync('git', ['-C', ROOT, 'ls-files', '-z', '--', ...FOLDERS], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    process.stderr.write(`check-line-width: git ls-files failed: ${r.error?.message ?? r.stderr.trim()}\n`);
    process.exit(2);
  }
  return r.stdout
    .split('\0')
    .filter((file) => EXTENSIONS.some((ext) => file.endsWith(ext)))
    .sort();
}

/** The lines over the limit in one file: `[line number, length]`; none for a file deleted but not staged. */
function longLines(file) {
  let text;
  try {
    text = readFileSync(join(ROOT, file), 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  const out = [];
  text.split('\n').forEach((line, i) => {
    const length = [...line.replace(/\r$/, '')].length;
    if (length > MAX) out.push([i + 1, length]);
  });
  return out;
}

const problems = [];
const tracked = trackedFiles();
for (const file of tracked) {
  const lines = longLines(file);
  const allowed = ALLOWED.get(file);
  if (allowed === undefined) {
    for (const [line, length] of lines) problems.push(`${file}:${line}: ${length}`);
  } else if (lines.length > allowed) {
    for (const [line, length] of lines) problems.push(`${file}:${line}: ${length}`);
    problems.push(`${file}: ${lines.length} lines over ${MAX}, ALLOWED in this script permits ${allowed} (wrap them)`);
  } else if (lines.length < allowed) {
    const now = lines.length === 0 ? 'none any more: remove its entry' : `${lines.length} now: lower it`;
    problems.push(`${file}: ALLOWED in this script permits ${allowed} lines over ${MAX}, the file has ${now}`);
  }
}
for (const file of ALLOWED.keys()) {
  if (!tracked.includes(file)) problems.push(`${file}: listed in ALLOWED but not a tracked file (remove the entry)`);
}

if (problems.length > 0) {
  process.stdout.write(`${problems.join('\n')}\n`);
  process.stderr.write(
    `check-line-width: lines must be at most ${MAX} characters (see scripts/check-line-width.mjs)\n`,
  );
  process.exit(1);
}
