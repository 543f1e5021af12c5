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
import { makeProgress, type Progress } from '../io/progress.js';
import { type FileIngest, type Rejection, rejectionPlace } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { say } from '../messages/errors.js';
import { reasonText } from '../messages/reasons.js';
import { gateFailureText, type NumberWords, warningText } from '../messages/warnings.js';
import type { AuditReport } from '../core/report.js';
import type { FormReport } from '../core/form-report.js';
import type { EvidenceTexts } from '../engine/evidence-texts.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import { type FindingKind, HEADLINE_KINDS } from '../findings/kinds.js';
import { detailsHeaderText, detailsPieces } from '../render/csv.js';
import { evidencePieces } from '../render/dossiers.js';
import { loadFormRenderer } from '../render/form-index.js';
import { FINDINGS_LISTED } from '../render/formats.js';
import { type FormFormat, loadRenderer } from '../render/index.js';
import { formatCount, formatPercent, LABELS, labelsFor } from '../render/labels.js';
import { showControls } from '../render/visible-text.js';
import { packageVersion } from '../version.js';
import type { Command } from 'commander';
import { commandOptionsOf } from './apply-config.js';
import { type AuditCommandOptions, oneSourceGates, type RawAuditOptions } from './audit-options.js';
import type { CommandContext, CommandIO } from './context.js';
import { invalidBytesWarnings } from './input-warnings.js';
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
  if (command === 'stats') opts.gates = oneSourceGates(opts.gates);
  const io = ctx.io;
  await checkOutputPaths(inputs, opts);
  checkReportDestination(opts.format, opts.output, io.stdoutIsTTY);
  const l = labelsFor(opts.lang, opts.decimal);
  const n = (x: number): string => formatCount(x, l);
  const words: NumberWords = {
    count: n,
    percent: (p) => formatPercent(p, l),
    plain: (x) => String(x).replace('.', l.decimal),
  };
  // On a terminal only, never in CI, after a second, to the end: reading, auditing, writing (io/progress.ts).
  const progress = makeProgress({
    enabled: io.stderrIsTTY === true && !opts.quiet && !isCi(io.env),
    files: inputs.length,
    write: io.stderr,
    words: (done, files, rows, rate, file) => l.text.progress(n(done), n(files), n(rows), n(rate), file),
    phaseWords: (phase, rows) => l.text.progressPhase[phase](n(rows)),
    shareWords: (percent, eta) => l.text.progressShare(String(percent), eta),
    ...(io.stderrColumns === undefined ? {} : { columns: io.stderrColumns }),
    firstAfterMs: progressDelay(io.env),
  });
  try {
    return await auditAndWrite(command, inputs, opts, ctx, progress, words);
  } finally {
    progress.stop(); // whatever happened, no frame is left on the terminal
  }
}

/**
 * Whether the run is in a CI job (`CI` set, as every CI service sets it, and not "false" or "0"):
 * no progress line there, even when its log is a terminal.
 */
function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** `TTHC_PROGRESS_DELAY_MS` (for tests: draw at once); else a second. */
function progressDelay(env: Readonly<Record<string, string | undefined>>): number {
  const ms = Number(env.TTHC_PROGRESS_DELAY_MS);
  return env.TTHC_PROGRESS_DELAY_MS !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : 1000;
}

async function auditAndWrite(
  command: 'reconcile' | 'stats',
  inputs: InputSpec[],
  opts: AuditCommandOptions,
  ctx: CommandContext,
  progress: Progress,
  words: NumberWords,
): Promise<number> {
  const io = ctx.io;
  // CSV files get a byte-order mark unless --no-bom (Excel needs it for diacritics); stdout only with --bom.
  const fileBom = opts.bom ?? true;
  const { report, evidence, details, closeTexts, form } = await buildAuditReport({
    command,
    inputs,
    read: {
      unit: opts.unitName,
      encoding: opts.encoding,
      delimiter: opts.inputDelimiter,
      ...(opts.maxRowBytes === undefined ? {} : { maxRowBytes: opts.maxRowBytes }),
      map: opts.map,
      customStatus: opts.statusLabels,
    },
    from: opts.from,
    to: opts.to,
    asOf: opts.asOf,
    resultDate: opts.resultDate,
    periodBy: opts.periodBy,
    by: opts.by,
    apologyLeadDays: opts.apologyLeadDays,
    receiptCutoff: opts.receiptCutoff,
    form: opts.form,
    denominator: opts.denominator,
    gates: opts.gates,
    select: opts.select,
    calendarFile: opts.calendar,
    proceduresFile: opts.procedures,
    maxErrors: opts.maxErrors,
    evidence: opts.dossiers === null ? null : { json: opts.dossiers.toLowerCase().endsWith('.json'), csv: opts.csv },
    findingTexts: findingTextForms(opts),
    findingKinds: findingObjectKinds(opts),
    threads: threadsOf(io),
    progress,
    onRead: async (ingests) => {
      progress.stop(); // other lines go on stderr: the progress line is drawn again after them
      if (!opts.quiet) reportRejections(ingests, opts, io);
      if (opts.rejects)
        await writeFileAtomic(opts.rejects, writeRejects(ingests, opts.lang, opts.csv), { bom: fileBom });
    },
    run: {
      tool: { name: 'tthc-audit', version: packageVersion() },
      commandLine: [...ctx.argv],
      generatedAt: opts.generatedAt === null ? null : isoSecond(opts.generatedAt),
    },
    configFile: opts.configFile,
  });
  progress.stop();
  if (!opts.quiet)
    for (const w of report.warnings) io.stderr(`${showControls(`tthc-audit: ${warningText(w, opts.lang, words)}`)}\n`);
  progress.phase('writing');
  try {
    await writeOutputs(report, form, evidence, details, opts, io, fileBom, progress);
  } finally {
    closeTexts();
  }
  progress.stop();
  // Every non-zero exit says why: one line per failed gate or --fail-on kind.
  const failed = report.gates.filter((g) => !g.passed);
  for (const g of failed) io.stderr(`${showControls(`tthc-audit: ${gateFailureText(g, opts.lang, words)}`)}\n`);
  return failed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The findings the audit threads write as text instead of handing back objects: when nothing but a JSON
 * or NDJSON report and `--details` reads them (the form, `--form`, lists no finding, so nothing is
 * written for it); none otherwise.
 */
function findingTextForms(opts: AuditCommandOptions): FindingTextForm[] {
  if ((opts.format !== 'json' && opts.format !== 'ndjson') || opts.form !== null) return [];
  const report: FindingTextForm = { style: opts.format, lang: opts.lang };
  return opts.details === null ? [report] : [report, { style: 'details', lang: opts.lang, csv: opts.csv }];
}

/**
 * The kinds of the findings kept as objects: those the output lists one by one. `--details` lists every
 * finding; the form (`--form`) none; a report what its format lists (`FINDINGS_LISTED`): the table, only
 * the headline kinds' (the 662,706 findings of a 1M + 1M pair held as objects for it took ~850 MiB).
 */
function findingObjectKinds(opts: AuditCommandOptions): readonly FindingKind[] | null {
  if (opts.details !== null) return null;
  if (opts.form !== null) return [];
  const listed = FINDINGS_LISTED[opts.format];
  return listed === 'all' ? null : listed === 'headline' ? HEADLINE_KINDS : [];
}

/**
 * `--dossiers`, the report and `--details`, in that order, each streamed to its file (the entries and
 * findings as the audit threads wrote them, when they did) or the report to stdout.
 */
async function writeOutputs(
  report: AuditReport,
  form: FormReport | null,
  evidence: EvidenceTexts | null,
  details: FindingTexts | null,
  opts: AuditCommandOptions,
  io: CommandIO,
  fileBom: boolean,
  progress: Progress,
): Promise<void> {
  if (opts.dossiers && evidence !== null) {
    const stream = evidencePieces(evidence.chunks(true), evidence.count, evidence.form); // to a file (refill)
    await writeFileAtomic(opts.dossiers, { stream }, { bom: fileBom && !evidence.form.json });
  }
  const renderOptions = {
    lang: opts.lang,
    color: opts.color,
    decimal: opts.decimal,
    csv: opts.csv,
    width: tableWidth(io, opts.output),
    wide: opts.wide,
    xlsxSheets: opts.xlsxSheets,
  };
  const rendered =
    form === null
      ? await (await loadRenderer(opts.format))(report, renderOptions)
      : await (await loadFormRenderer(opts.format as FormFormat))(form, renderOptions, report);
  if (opts.details) {
    const stream =
      details === null
        ? detailsPieces(report.findings, opts.lang, opts.csv)
        : withHeader(detailsHeaderText(opts.lang, opts.csv), details.chunks(true));
    await writeFileAtomic(opts.details, { stream }, { bom: fileBom });
  }
  const csvBom = opts.format === 'csv' && (opts.output === null ? opts.bom === true : fileBom);
  if (opts.output === null) progress.stop(); // the report goes to the terminal the line is on
  await writeReport(rendered, opts.output, csvBom, io);
}

function* withHeader(header: string, rows: Iterable<Uint8Array>): Generator<string | Uint8Array> {
  yield header;
  yield* rows;
}

/**
 * The columns the table may use: `COLUMNS` when set, else the terminal's width when the table goes to
 * one; no limit on a pipe or in a file.
 */
function tableWidth(io: CommandIO, output: string | null): number | null {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return output === null && io.stdoutIsTTY && io.stdoutColumns ? io.stdoutColumns : null;
}

/** Seconds since 1970 → "2024-12-31T09:30:00Z" (UTC, whatever the machine's time zone). */
function isoSecond(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
    const place = formatPlace(rejectionPlace(r, ingests));
    io.stderr(`${showControls(`tthc-audit: ${place}${reasonText(r.reason, opts.lang)}`)}\n`);
  }
  if (all.length > REJECTS_SHOWN && !opts.rejects) {
    io.stderr(`tthc-audit: ${l.text.moreRejected(formatCount(all.length - REJECTS_SHOWN, l))}\n`);
  }
  for (const line of invalidBytesWarnings(ingests, opts.lang)) io.stderr(line);
  for (const f of ingests) {
    const place = formatPlace({ file: f.file, line: f.headerLine });
    for (const [header, field] of f.duplicateHeaders) {
      const keptAt = f.columns.index[field]!;
      const at = f.header.findIndex((h, i) => i > keptAt && h === header);
      const words = l.text.duplicateColumn(header, at + 1, field, f.header[keptAt] ?? '', keptAt + 1);
      io.stderr(`${showControls(`tthc-audit: ${place}${words}`)}\n`);
    }
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
    const file = f.sheet === null ? f.file : `${f.file} [${f.sheet}]`;
    io.stderr(`${showControls(`tthc-audit: ${l.text.layoutRows(file, layout.length, kinds, lines)}`)}\n`);
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
