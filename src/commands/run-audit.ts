/**
 * `reconcile` and `stats` once commander has read their options (reconcile.ts and stats.ts register
 * the commands): apply the config file and check the options, check the outputs can be written, run the
 * pipeline (`buildAuditReport`, engine/build-audit-report.ts), show and write the rejected rows,
 * render and write the report and its side files, and decide the exit code. The two commands differ
 * only in which sources they read and whether the sources are matched.
 */
import { resolve as resolvePath } from 'node:path';
import { LAYOUT_KINDS, layoutKindOf } from '../core/layout-rows.js';
import { buildAuditReport, type InputSpec } from '../engine/build-audit-report.js';
import { AuditError, EXIT_FINDINGS, EXIT_OK, formatPlace } from '../errors.js';
import { makeProgress } from '../io/progress.js';
import type { FileIngest, Rejection } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { say } from '../messages/errors.js';
import { reasonText } from '../messages/reasons.js';
import { renderDetailsCsv } from '../render/csv.js';
import { renderEvidence } from '../render/dossiers.js';
import { loadRenderer } from '../render/index.js';
import { formatCount, LABELS, labelsFor } from '../render/labels.js';
import { showControls } from '../render/visible-text.js';
import type { Command } from 'commander';
import { commandOptionsOf } from './apply-config.js';
import type { AuditCommandOptions, RawAuditOptions } from './audit-options.js';
import type { CommandContext, CommandIO } from './context.js';
import { checkOutputTarget } from './overwrite-policy.js';
import { writeRejects } from './rejects.js';
import { checkReportDestination, writeReport } from './write-report.js';

/** How many rejected rows are listed on stderr before "… and N more". */
const REJECTS_SHOWN = 10;
/** How many lines of a file's layout rows its stderr line lists before "…". */
const LAYOUT_LINES_SHOWN = 10;

export async function runAudit(
  command: 'reconcile' | 'stats',
  inputs: InputSpec[],
  raw: RawAuditOptions,
  cmd: Command,
  ctx: CommandContext,
): Promise<number> {
  const opts = await commandOptionsOf(raw, cmd, ctx);
  const io = ctx.io;
  await checkOutputPaths(inputs, opts);
  checkReportDestination(opts.format, opts.output, io.stdoutIsTTY);
  // CSV files get a byte-order mark unless --no-bom (Excel needs it for diacritics); stdout only with --bom.
  const fileBom = opts.bom ?? true;
  const l = labelsFor(opts.lang, opts.decimal);
  const n = (x: number): string => formatCount(x, l);
  const { report, evidence } = await buildAuditReport({
    command,
    inputs,
    read: {
      unit: opts.unit,
      encoding: opts.encoding,
      delimiter: opts.inputDelimiter,
      map: opts.map,
      customStatus: opts.statusLabels,
    },
    from: opts.from,
    to: opts.to,
    asOf: opts.asOf,
    resultDate: opts.resultDate,
    denominator: opts.denominator,
    gates: opts.gates,
    calendarFile: opts.calendar,
    proceduresFile: opts.procedures,
    maxErrors: opts.maxErrors,
    evidence: opts.dossiers !== null,
    // A JSON or NDJSON report alone: the audit threads write the findings (all the report needs of them).
    findingText:
      (opts.format === 'json' || opts.format === 'ndjson') && opts.details === null
        ? { style: opts.format, lang: opts.lang }
        : null,
    threads: threadsOf(io),
    progress: makeProgress({
      enabled: io.stderrIsTTY === true,
      files: inputs.length,
      write: io.stderr,
      words: (done, files, rows, rate, file) => l.text.progress(n(done), n(files), n(rows), n(rate), file),
    }),
    onRead: async (ingests) => {
      reportRejections(ingests, opts, io);
      if (opts.rejects)
        await writeFileAtomic(opts.rejects, writeRejects(ingests, opts.lang, opts.csv), { bom: fileBom });
    },
  });
  if (opts.dossiers) {
    const json = opts.dossiers.toLowerCase().endsWith('.json');
    await writeFileAtomic(opts.dossiers, renderEvidence(evidence, json, opts.csv), { bom: fileBom && !json });
  }
  const render = await loadRenderer(opts.format);
  const rendered = await render(report, { lang: opts.lang, color: opts.color, decimal: opts.decimal, csv: opts.csv });
  if (opts.details) {
    await writeFileAtomic(opts.details, renderDetailsCsv(report, opts.lang, opts.csv), { bom: fileBom });
  }
  const csvBom = opts.format === 'csv' && (opts.output === null ? opts.bom === true : fileBom);
  await writeReport(rendered, opts.output, csvBom, io);
  const failing = opts.failOn.some((k) => report.total.findingCounts[k] > 0) || report.gates.some((g) => !g.passed);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** `TTHC_AUDIT_THREADS=N`: at most N threads whatever the size (1: none); unset: decided by size. */
function threadsOf(io: CommandIO): number | undefined {
  const threads = Number(io.env.TTHC_AUDIT_THREADS);
  return Number.isInteger(threads) && threads > 0 ? threads : undefined;
}

/**
 * Rejected rows on stderr: the first few one per line, as errors; a paper register's layout rows
 * (column numbers, total, signatures) not one by one but in one line per file, since they are no error.
 */
function reportRejections(ingests: readonly FileIngest[], opts: AuditCommandOptions, io: CommandIO): void {
  const all: Rejection[] = ingests.flatMap((f) => f.rejections.filter((r) => r.kind !== 'layout'));
  const l = LABELS[opts.lang];
  for (const r of all.slice(0, REJECTS_SHOWN)) {
    const place = formatPlace({ file: r.file, line: r.line, ...(r.column === null ? {} : { column: r.column }) });
    io.stderr(`${showControls(`tthc-audit: ${place}${reasonText(r.reason, opts.lang)}`)}\n`);
  }
  if (all.length > REJECTS_SHOWN && !opts.rejects) {
    io.stderr(`tthc-audit: ${l.text.moreRejected(formatCount(all.length - REJECTS_SHOWN, l))}\n`);
  }
  for (const f of ingests) {
    const layout = f.rejections.filter((r) => r.kind === 'layout');
    if (layout.length === 0) continue;
    const kinds = LAYOUT_KINDS.filter((k) => layout.some((r) => layoutKindOf(r.reason) === k));
    const lines =
      layout
        .slice(0, LAYOUT_LINES_SHOWN)
        .map((r) => String(r.line))
        .join(', ') + (layout.length > LAYOUT_LINES_SHOWN ? ', …' : '');
    io.stderr(`${showControls(`tthc-audit: ${l.text.layoutRows(f.file, layout.length, kinds, lines)}`)}\n`);
  }
}

/**
 * An output must not overwrite an input, two outputs must not be the same file, and an existing file
 * is replaced only when empty, written by tthc-audit, or with --force (overwrite-policy.ts).
 */
async function checkOutputPaths(inputs: readonly InputSpec[], opts: AuditCommandOptions): Promise<void> {
  const outputs = [
    ['--output', opts.output],
    ['--details', opts.details],
    ['--rejects', opts.rejects],
    ['--dossiers', opts.dossiers],
  ].filter((o): o is [string, string] => o[1] !== null);
  const seen = new Map<string, string>();
  for (const [name, file] of outputs) {
    if (inputs.some((i) => samePath(i.file, file)))
      throw new AuditError('E_USAGE', say('outputIsInput', { flag: name, file }));
    const other = [...seen.entries()].find(([f]) => samePath(f, file));
    if (other) throw new AuditError('E_USAGE', say('outputsCollide', { flag: name, other: other[1], file }));
    seen.set(file, name);
  }
  for (const [flag, file] of outputs) {
    await checkOutputTarget(
      { flag, file },
      inputs.map((i) => i.file),
      opts.force,
    );
  }
}

function samePath(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}
