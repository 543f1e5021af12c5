/**
 * The build's last step (`npm run build`): the compiled entry (dist/main.js) and the two worker threads'
 * entries bundled with everything they import, the packages in node_modules included, so that a start
 * reads a few files instead of about 160 (Node 20's module loader opens, reads and compiles each file
 * on its own; issue 13 item 4, figures in scripts/BENCH-NOTES.md, session 5). What is loaded only on
 * demand (a command's run, a renderer, the workbook reader) stays in chunks of its own (`splitting`).
 *
 * Layout: dist/main.js (the bin's import), dist/read-worker.js, dist/audit-worker.js and dist/chunk-*.js,
 * all directly in dist/, at the depth of the compiled modules' own folder: the code finds the workers
 * (`./read-worker.js` beside it) and package.json (`../package.json`) by `import.meta.url` either way.
 * The rest of tsc's output stays as it is (the scripts and the kind schema read it).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const DIST = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist');

const BANNER =
  "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);";
// The entry must be tsc's: a bundle's own main.js imports the chunks removed below.
if (readFileSync(join(DIST, 'main.js'), 'utf8').startsWith(BANNER)) {
  throw new Error('dist/main.js is already bundled: run tsc first (npm run build does both)');
}

// Chunks are named by their content: the previous build's would otherwise pile up.
for (const name of readdirSync(DIST)) if (/^chunk-.*\.js$/.test(name)) rmSync(join(DIST, name));

await build({
  entryPoints: {
    main: join(DIST, 'main.js'),
    'read-worker': join(DIST, 'engine/read-worker.js'),
    'audit-worker': join(DIST, 'engine/audit-worker.js'),
  },
  outdir: DIST,
  allowOverwrite: true, // dist/main.js: tsc's entry in, the bundle's out
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // iconv-lite requires its code-page tables (~600 KB, Chinese, Japanese, Korean …) only when one is used;
  // bundled, every start would read and compile them. Left to Node's own `require`.
  external: ['iconv-lite'],
  // The CommonJS packages bundled (commander, sax, iconv-lite …) call `require` for Node's own modules.
  banner: { js: BANNER },
  logLevel: 'warning',
});
