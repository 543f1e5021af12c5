/**
 * `reconcile` and `stats`: read → normalise → audit → summarise → render → write, and the exit code.
 * The two commands differ only in which sources they read and whether the sources are matched.
 */
import { resolve as resolvePath } from 'node:path';
import { CALENDAR_DATA_VERSION } from '../core/calendar/holidays-data.js';
import { chooseStoreUnitNames, latestEventDay, type StoreSet } from '../core/audit-chunks.js';
import { auditOptionsOf, type AuditRecipe } from '../core/audit-recipe.js';
import { compareEvidence } from '../core/evidence.js';
import { readCalendarFile } from '../io/read-calendar.js';
import { readProcedureFile } from '../io/read-procedures.js';
import { renderEvidence } from '../render/dossiers.js';
import { buildReport, type FileFacts } from '../core/report.js';
import { LAYOUT_KINDS, layoutKindOf } from '../core/layout-rows.js';
import type { Day } from '../core/day.js';
import type { Source } from '../core/types.js';
import { AuditError, EXIT_FINDINGS, EXIT_OK, formatPlace } from '../errors.js';
import { say } from '../messages/errors.js';
import { reasonText } from '../messages/reasons.js';
import { makeProgress } from '../io/progress.js';
import type { FileIngest, InputSpec, Rejection } from '../io/read-dossiers.js';
import { auditStores } from '../io/audit-parallel.js';
import { readAllInputs, type ReadResult } from '../io/read-stores.js';
import { writeFileAtomic } from '../io/write-output.js';
import { checkOutputTarget } from './overwrite-policy.js';
import { renderDetailsCsv } from '../render/csv.js';
import { showControls } from '../render/visible-text.js';
import { loadRenderer } from '../render/index.js';
import { LABELS, formatCount, labelsFor } from '../render/labels.js';
import type { AuditOptions } from './audit-options.js';
import type { CommandIO } from './io.js';
import { tooManyRejects, writeRejects } from './rejects.js';
import { checkReportDestination, writeReport } from './write-report.js';

/** How many rejected rows are listed on stderr before "… and N more". */
const REJECTS_SHOWN = 10;
/** How many lines of a file's layout rows its stderr line lists before "…". */
const LAYOUT_LINES_SHOWN = 10;

export async function runAudit(
  command: 'reconcile' | 'stats',
  inputs: InputSpec[],
  opts: AuditOptions,
  io: CommandIO,
): Promise<number> {
  await checkOutputPaths(inputs, opts);
  checkReportDestination(opts.format, opts.output, io.stdoutIsTTY);
  // The small option files first: a mistake in them is reported before a long read of the inputs.
  const calendarEntries = opts.calendar ? await readCalendarFile(opts.calendar) : [];
  const procedureEntries = opts.procedures ? await readProcedureFile(opts.procedures) : null;
  const { ingests, stores } = await readInputs(inputs, opts, io);
  reportRejections(ingests, opts, io);
  // CSV files get a byte-order mark unless --no-bom (Excel needs it for diacritics); stdout only with --bom.
  const fileBom = opts.bom ?? true;
  if (opts.rejects) await writeFileAtomic(opts.rejects, writeRejects(ingests, opts.lang, opts.csv), { bom: fileBom });
  checkMaxErrors(ingests, opts);

  const { asOf, asOfSource } = chooseAsOf(opts, stores);
  const sources: Source[] = command === 'reconcile' ? ['electronic', 'paper'] : [inputs[0]!.source];
  const recipe: AuditRecipe = {
    options: {
      asOf,
      from: opts.from,
      to: opts.to,
      resultDate: opts.resultDate,
      apologyKnown: ingests.some((f) => f.hasApology),
      matchSources: command === 'reconcile',
    },
    calendarEntries,
    procedureEntries,
  };
  const auditOptions = auditOptionsOf(recipe);
  const { calendar, procedures } = auditOptions;
  // The audit runs a slice of codes at a time over the compact stores, on both cores when large
  // (core/audit-chunks.ts, io/audit-parallel.ts).
  const unitNames = chooseStoreUnitNames(stores);
  const { result, tally, evidence } = await auditStores(
    stores,
    recipe,
    auditOptions,
    opts.dossiers ? unitNames : null,
    threadsOf(io),
  );
  const facts: FileFacts[] = ingests.map((f) => ({
    file: f.file,
    source: f.source,
    rowsRead: f.rowsRead,
    rowsRejected: f.rowsRejected,
    rowsLayout: f.rowsLayout,
    encoding: f.dialect.encoding,
    delimiter: f.dialect.delimiter,
    headerLine: f.headerLine,
    records: f.records,
    hasApology: f.hasApology,
    hasReason: f.hasReason,
    hasNewDate: f.hasNewDate,
    unknownStatus: f.unknownStatus,
  }));
  const report = buildReport(
    facts,
    result,
    {
      command,
      asOf,
      asOfSource,
      from: opts.from,
      to: opts.to,
      resultDate: opts.resultDate,
      sources,
      denominator: opts.denominator,
      proceduresGiven: procedures !== null,
      calendarVersion: CALENDAR_DATA_VERSION,
      computedYears: calendar.computedYears(),
      ...(opts.gates ? { gates: opts.gates } : {}),
    },
    { unitNames, tally },
  );
  if (opts.dossiers) {
    const entries = evidence.sort(compareEvidence);
    const json = opts.dossiers.toLowerCase().endsWith('.json');
    await writeFileAtomic(opts.dossiers, renderEvidence(entries, json, opts.csv), { bom: fileBom && !json });
  }
  const rendered = await (await loadRenderer(opts.format))(report, {
    lang: opts.lang,
    color: opts.color,
    decimal: opts.decimal,
    csv: opts.csv,
  });
  if (opts.details)
    await writeFileAtomic(opts.details, renderDetailsCsv(report, opts.lang, opts.csv), { bom: fileBom });
  await writeReport(
    rendered,
    opts.output,
    opts.format === 'csv' && (opts.output === null ? opts.bom === true : fileBom),
    io,
  );
  const failing = opts.failOn.some((k) => report.total.findingCounts[k] > 0) || report.gates.some((g) => !g.passed);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** The as-of date: `--as-of`, else `--to`, else the latest event date (receipt or result) in the inputs. */
function chooseAsOf(opts: AuditOptions, stores: StoreSet): { asOf: Day; asOfSource: 'option' | 'to' | 'data' } {
  if (opts.asOf !== null) return { asOf: opts.asOf, asOfSource: 'option' };
  if (opts.to !== null) return { asOf: opts.to, asOfSource: 'to' };
  return { asOf: latestEventDay(stores), asOfSource: 'data' };
}

/** `TTHC_AUDIT_THREADS=N`: at most N threads whatever the size (1: none); unset: decided by size. */
function threadsOf(io: CommandIO): number | undefined {
  const threads = Number(io.env.TTHC_AUDIT_THREADS);
  return Number.isInteger(threads) && threads > 0 ? threads : undefined;
}

/**
 * Read every input into a compact store (in worker threads when large: io/read-stores.ts), with
 * progress on stderr when it is a terminal.
 */
async function readInputs(inputs: readonly InputSpec[], opts: AuditOptions, io: CommandIO): Promise<ReadResult> {
  const l = labelsFor(opts.lang, opts.decimal);
  const n = (x: number): string => formatCount(x, l);
  const progress = makeProgress({
    enabled: io.stderrIsTTY === true,
    files: inputs.length,
    write: io.stderr,
    words: (done, files, rows, rate, file) => l.text.progress(n(done), n(files), n(rows), n(rate), file),
  });
  try {
    return await readAllInputs(
      inputs,
      {
        unit: opts.unit,
        encoding: opts.encoding,
        delimiter: opts.inputDelimiter,
        map: opts.map,
        customStatus: opts.statusLabels,
      },
      {
        threads: threadsOf(io),
        progress,
      },
    );
  } finally {
    progress.stop();
  }
}

/**
 * Rejected rows on stderr: the first few one per line, as errors; a paper register's layout rows
 * (column numbers, total, signatures) not one by one but in one line per file, since they are no error.
 */
function reportRejections(ingests: readonly FileIngest[], opts: AuditOptions, io: CommandIO): void {
  const all: Rejection[] = ingests.flatMap((f) => f.rejections.filter((r) => r.kind !== 'layout'));
  const l = LABELS[opts.lang];
  for (const r of all.slice(0, REJECTS_SHOWN)) {
    io.stderr(
      showControls(
        `tthc-audit: ${formatPlace({ file: r.file, line: r.line, ...(r.column === null ? {} : { column: r.column }) })}${reasonText(r.reason, opts.lang)}`,
      ) + '\n',
    );
  }
  if (all.length > REJECTS_SHOWN && !opts.rejects)
    io.stderr(`tthc-audit: ${l.text.moreRejected(formatCount(all.length - REJECTS_SHOWN, l))}\n`);
  for (const f of ingests) {
    const layout = f.rejections.filter((r) => r.kind === 'layout');
    if (layout.length === 0) continue;
    const kinds = LAYOUT_KINDS.filter((k) => layout.some((r) => layoutKindOf(r.reason) === k));
    const lines =
      layout
        .slice(0, LAYOUT_LINES_SHOWN)
        .map((r) => String(r.line))
        .join(', ') + (layout.length > LAYOUT_LINES_SHOWN ? ', …' : '');
    io.stderr(showControls(`tthc-audit: ${l.text.layoutRows(f.file, layout.length, kinds, lines)}`) + '\n');
  }
}

/** Exit 2 when more rows were rejected than `--max-errors` allows (default 1% of the rows read). */
function checkMaxErrors(ingests: readonly FileIngest[], opts: AuditOptions): void {
  const err = tooManyRejects(ingests, opts.maxErrors, 'above');
  if (err) throw err;
}

/**
 * An output must not overwrite an input, two outputs must not be the same file, and an existing file
 * is replaced only when empty, written by tthc-audit, or with --force (commands/overwrite-policy.ts).
 */
async function checkOutputPaths(inputs: readonly InputSpec[], opts: AuditOptions): Promise<void> {
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
  for (const [flag, file] of outputs)
    await checkOutputTarget(
      { flag, file },
      inputs.map((i) => i.file),
      opts.force,
    );
}

function samePath(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}
