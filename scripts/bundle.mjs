/**
 * The build's last step (`npm run build`): tsc's output bundled with everything it imports, the packages
 * in node_modules included, so that a start reads a few files instead of about 160 (Node 20's module
 * loader opens, reads and compiles each file on its own; issue 13 item 4, figures in
 * scripts/BENCH-NOTES.md, sessions 5 and 6).
 *
 * Three parts, each loaded only when needed:
 * - the shell: `dist/main.js` (the bin's import; `--version` needs nothing more) and, for any other
 *   command line, the program and commander (`--help` stops there);
 * - the run (`dist/run.js` and one chunk): every command's run and the common renderers, whatever a
 *   run of `reconcile`, `stats`, `validate`, `verify`, `calendar` or `form` needs, in one piece. The
 *   commands' `import('./run-audit.js')` (and the others in RUN) are pointed at it;
 * - what a run loads only on demand (the HTML and workbook renderers, the forms, the workbook and
 *   web-page readers, csv-parse): a chunk each, or a few.
 * esbuild splits a bundle into one chunk per set of entry points that reach a module; to keep the run
 * in one piece, every on-demand module imports the run's entry too (it is loaded by then: nothing runs
 * twice), so the modules the run needs are reached by the same set of entry points.
 *
 * A module bundled into two files of one thread would exist twice (`AuditError` twice: `instanceof`
 * fails and exit codes change), so the build stops if any module is in two of the main thread's files.
 * The two worker threads are bundled apart, each into one file: a worker has its own modules anyway.
 *
 * Layout: dist/main.js, dist/run.js, dist/read-worker.js, dist/audit-worker.js and dist/chunk-*.js, all
 * directly in dist/, at the depth of the compiled modules' own folder: the code finds the workers
 * (`./read-worker.js` beside it) and package.json (`../package.json`) by `import.meta.url` either way.
 * The rest of tsc's output stays as it is (the scripts, the tests' `runBuilt` and the kind schema use it).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, 'dist');

/** The modules of the run's one piece, relative to dist/: each command's run, the common renderers. */
const RUN = [
  'commands/run-audit.js',
  'commands/run-validate.js',
  'commands/run-verify.js',
  'commands/run-calendar.js',
  'commands/audit-options.js',
  'render/table.js',
  'render/csv.js',
  'render/json.js',
  'render/ndjson.js',
  'render/markdown.js',
].map((path) => join(DIST, path));

const BANNER =
  "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);";
// The entry must be tsc's: a bundle's own main.js imports the chunks removed below.
if (readFileSync(join(DIST, 'main.js'), 'utf8').startsWith(BANNER)) {
  throw new Error('dist/main.js is already bundled: run tsc first (npm run build does both)');
}

// Chunks are named by their content: the previous build's would otherwise pile up.
for (const name of readdirSync(DIST)) if (/^chunk-.*\.js$/.test(name)) rmSync(join(DIST, name));

const COMMON = {
  absWorkingDir: ROOT,
  outdir: DIST,
  allowOverwrite: true, // dist/main.js: tsc's entry in, the bundle's out
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // iconv-lite is loaded on first use with Node's own `require` (io/iconv.ts); bundled, its code-page tables
  // (~600 KB, Chinese, Japanese, Korean …) would be read and compiled by every start.
  external: ['iconv-lite'],
  // The CommonJS packages bundled (commander, sax …) call `require` for Node's own modules.
  banner: { js: BANNER },
  logLevel: 'warning',
};

/** The export names of each module in RUN (tsc's output, read alone): the run's entry re-exports them all. */
async function exportsOf(paths) {
  const out = await build({
    entryPoints: paths,
    absWorkingDir: ROOT,
    outdir: DIST,
    bundle: false,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const byPath = new Map();
  for (const output of Object.values(out.metafile.outputs)) {
    if (output.entryPoint) byPath.set(join(ROOT, output.entryPoint), output.exports);
  }
  return paths.map((path) => {
    const names = byPath.get(path);
    if (!names) throw new Error(`bundle: no exports found for ${path}`);
    return names;
  });
}

/** The run's entry: every module of RUN, re-exported by name (a name exported twice stops the build). */
async function runEntry() {
  const names = await exportsOf(RUN);
  const owner = new Map();
  const lines = RUN.map((path, i) => {
    for (const name of names[i]) {
      if (owner.has(name)) throw new Error(`bundle: ${name} is exported by ${owner.get(name)} and ${path}`);
      owner.set(name, path);
    }
    return `export { ${names[i].join(', ')} } from ${JSON.stringify(path)};`;
  });
  return lines.join('\n');
}

const RUN_ENTRY = join(DIST, 'run-entry.virtual.js');

/**
 * The plugin that makes the run one piece: the run's entry is built from RUN; an import of a module of
 * RUN from outside the run (a command's `import('./run-audit.js')`) is pointed at the run's entry; each
 * module in `onDemand` gets an import of the run's entry.
 */
function runPiece(entrySource, onDemand) {
  return {
    name: 'run-piece',
    setup(b) {
      b.onResolve({ filter: /^/ }, (args) => {
        if (args.path === RUN_ENTRY) return { path: RUN_ENTRY };
        if (args.kind !== 'dynamic-import' || !args.path.startsWith('.')) return undefined;
        const target = join(args.resolveDir, args.path);
        return RUN.includes(target) && args.importer !== RUN_ENTRY ? { path: RUN_ENTRY } : undefined;
      });
      b.onLoad({ filter: /\.js$/ }, (args) => {
        if (args.path === RUN_ENTRY) return { contents: entrySource, resolveDir: DIST, loader: 'js' };
        if (!onDemand.has(args.path)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        return {
          contents: `${source}\nimport ${JSON.stringify(RUN_ENTRY)};\n`,
          resolveDir: dirname(args.path),
          loader: 'js',
        };
      });
    },
  };
}

/** Every module reached from `starts` by static imports, in a metafile's inputs. */
function staticClosure(inputs, starts) {
  const seen = new Set();
  const stack = [...starts];
  while (stack.length > 0) {
    const path = stack.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    for (const i of inputs[path]?.imports ?? []) if (i.kind !== 'dynamic-import' && !i.external) stack.push(i.path);
  }
  return seen;
}

const entrySource = await runEntry();
const mainEntries = { main: join(DIST, 'main.js'), run: RUN_ENTRY };
const relativeEntry = relative(ROOT, RUN_ENTRY);

// First pass (nothing written): which modules the run imports on demand, and are not already in it.
const probe = await build({
  ...COMMON,
  entryPoints: mainEntries,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  write: false,
  metafile: true,
  plugins: [runPiece(entrySource, new Set())],
});
const inputs = probe.metafile.inputs;
const inRun = staticClosure(inputs, [relativeEntry]);
const onDemand = new Set();
const fromRun = [...inRun];
while (fromRun.length > 0) {
  for (const i of inputs[fromRun.pop()]?.imports ?? []) {
    if (i.kind !== 'dynamic-import' || i.external || inRun.has(i.path) || onDemand.has(i.path)) continue;
    onDemand.add(i.path);
    fromRun.push(...staticClosure(inputs, [i.path]));
  }
}
// The shell (main.js, and what it imports on demand other than the run) must not reach a module that
// imports the run's entry: `--help` would load the whole run.
const shell = staticClosure(inputs, [relative(ROOT, mainEntries.main)]);
for (const path of shell) {
  for (const i of inputs[path]?.imports ?? []) {
    if (i.kind === 'dynamic-import' && !i.external && i.path !== relativeEntry) {
      for (const m of staticClosure(inputs, [i.path])) shell.add(m);
    }
  }
}
for (const path of onDemand) {
  if (shell.has(path)) throw new Error(`bundle: ${path} is loaded on demand by the run but also by the shell`);
}

const main = await build({
  ...COMMON,
  entryPoints: mainEntries,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  plugins: [runPiece(entrySource, new Set([...onDemand].map((p) => join(ROOT, p))))],
});

// Each module in one file of the main thread, at most.
const fileOf = new Map();
for (const [file, output] of Object.entries(main.metafile.outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput === 0) continue;
    if (fileOf.has(input)) throw new Error(`bundle: ${input} is in both ${fileOf.get(input)} and ${file}`);
    fileOf.set(input, file);
  }
}

// The worker threads: one file each (what a worker loads on demand is in its file too).
const workers = await build({
  ...COMMON,
  entryPoints: {
    'read-worker': join(DIST, 'engine/read-worker.js'),
    'audit-worker': join(DIST, 'engine/audit-worker.js'),
  },
  splitting: false,
  metafile: true,
});

// ASCII only: Node's loader decodes each file's UTF-8 to text before compiling, several times faster
// when it is all ASCII. esbuild escapes the strings but leaves some characters as they are (in regular
// expressions, template literals, comments); a \uXXXX escape means the same there (no template's raw
// text is read: no String.raw, no tag).
for (const file of [...Object.keys(main.metafile.outputs), ...Object.keys(workers.metafile.outputs)]) {
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(path, ascii);
}
