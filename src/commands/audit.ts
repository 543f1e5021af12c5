/**
 * `reconcile` and `stats`: read → normalise → audit → summarise → render → write, and the exit code.
 * The two commands differ only in which sources they read and whether the sources are matched.
 */
import { resolve as resolvePath } from 'node:path';
import { buildCalendar } from '../core/calendar/working-days.js';
import { CALENDAR_DATA_VERSION } from '../core/calendar/holidays-data.js';
import { listEvidence } from '../core/evidence.js';
import { buildCatalogue } from '../core/procedures.js';
import { auditDossiers } from '../core/reconcile.js';
import { chooseUnitNames } from '../core/summarise.js';
import { readCalendarFile } from '../io/read-calendar.js';
import { readProcedureFile } from '../io/read-procedures.js';
import { renderEvidence } from '../render/dossiers.js';
import { buildReport, type FileFacts } from '../core/report.js';
import type { Day } from '../core/day.js';
import type { Source } from '../core/types.js';
import { AuditError, EXIT_FINDINGS, EXIT_OK, formatPlace } from '../errors.js';
import { readDossierFile, type FileIngest, type InputSpec, type Rejection } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { renderDetailsCsv } from '../render/csv.js';
import { RENDERERS } from '../render/index.js';
import { LABELS, formatCount } from '../render/labels.js';
import type { AuditOptions } from './audit-options.js';
import type { CommandIO } from './io.js';
import { writeRejects } from './rejects.js';
import { checkReportDestination, writeReport } from './write-report.js';

/** How many rejected rows are listed on stderr before "… and N more". */
const REJECTS_SHOWN = 10;

export async function runAudit(command: 'reconcile' | 'stats', inputs: InputSpec[], opts: AuditOptions, io: CommandIO): Promise<number> {
  checkOutputPaths(inputs, opts);
  checkReportDestination(opts.format, opts.output, io.stdoutIsTTY);
  const ingests: FileIngest[] = [];
  for (const spec of inputs) {
    ingests.push(await readDossierFile(spec, { unit: opts.unit, encoding: opts.encoding, delimiter: opts.delimiter, map: opts.map }));
  }
  reportRejections(ingests, opts, io);
  if (opts.rejects) await writeFileAtomic(opts.rejects, writeRejects(ingests), { bom: opts.bom });
  checkMaxErrors(ingests, opts);

  const records = { electronic: ingests.filter((f) => f.source === 'electronic').flatMap((f) => f.records), paper: ingests.filter((f) => f.source === 'paper').flatMap((f) => f.records) };
  const { asOf, asOfSource } = chooseAsOf(opts, ingests);
  const sources: Source[] = command === 'reconcile' ? ['electronic', 'paper'] : [inputs[0]!.source];
  const calendar = buildCalendar(opts.calendar ? await readCalendarFile(opts.calendar) : []);
  const procedures = opts.procedures ? buildCatalogue(await readProcedureFile(opts.procedures)) : null;
  const result = auditDossiers(records, {
    asOf, from: opts.from, to: opts.to, resultDate: opts.resultDate, calendar, procedures,
    apologyKnown: ingests.some((f) => f.hasApology), matchSources: command === 'reconcile',
  });
  const facts: FileFacts[] = ingests.map((f) => ({
    file: f.file, source: f.source, rowsRead: f.rowsRead, rowsRejected: f.rowsRejected, encoding: f.dialect.encoding,
    delimiter: f.dialect.delimiter, headerLine: f.headerLine, records: f.records, hasApology: f.hasApology, hasReason: f.hasReason,
    hasNewDate: f.hasNewDate, unknownStatus: f.unknownStatus,
  }));
  const report = buildReport(facts, result, {
    command, asOf, asOfSource, from: opts.from, to: opts.to, resultDate: opts.resultDate, sources, denominator: opts.denominator,
    proceduresGiven: procedures !== null, calendarVersion: CALENDAR_DATA_VERSION, computedYears: calendar.computedYears(),
    ...(opts.gates ? { gates: opts.gates } : {}),
  });
  if (opts.dossiers) {
    const entries = listEvidence(result.dossiers, chooseUnitNames(records.electronic.concat(records.paper)));
    await writeFileAtomic(opts.dossiers, renderEvidence(entries, opts.dossiers.toLowerCase().endsWith('.json')), { bom: opts.bom });
  }
  const rendered = await RENDERERS[opts.format](report, { lang: opts.lang, color: opts.color, decimal: opts.decimal });
  if (opts.details) await writeFileAtomic(opts.details, renderDetailsCsv(report, opts.lang), { bom: opts.bom });
  await writeReport(rendered, opts.output, opts.bom && opts.format === 'csv', io);
  const failing = opts.failOn.some((k) => report.total.findingCounts[k] > 0) || report.gates.some((g) => !g.passed);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** The as-of date: `--as-of`, else `--to`, else the latest event date (receipt or result) in the inputs. */
function chooseAsOf(opts: AuditOptions, ingests: readonly FileIngest[]): { asOf: Day; asOfSource: 'option' | 'to' | 'data' } {
  if (opts.asOf !== null) return { asOf: opts.asOf, asOfSource: 'option' };
  if (opts.to !== null) return { asOf: opts.to, asOfSource: 'to' };
  let latest = -Infinity;
  for (const f of ingests) {
    for (const r of f.records) {
      latest = Math.max(latest, r.received, r.completed ?? -Infinity, r.returned ?? -Infinity);
    }
  }
  return { asOf: latest, asOfSource: 'data' };
}

function reportRejections(ingests: readonly FileIngest[], opts: AuditOptions, io: CommandIO): void {
  const all: Rejection[] = ingests.flatMap((f) => f.rejections);
  if (all.length === 0) return;
  const l = LABELS[opts.lang];
  for (const r of all.slice(0, REJECTS_SHOWN)) {
    io.stderr(`tthc-audit: ${formatPlace({ file: r.file, line: r.line, ...(r.column === null ? {} : { column: r.column }) })}${r.reason}\n`);
  }
  if (all.length > REJECTS_SHOWN && !opts.rejects) io.stderr(`tthc-audit: ${l.text.moreRejected(formatCount(all.length - REJECTS_SHOWN, l))}\n`);
}

/** Exit 2 when more rows were rejected than `--max-errors` allows (default 1% of the rows read). */
function checkMaxErrors(ingests: readonly FileIngest[], opts: AuditOptions): void {
  const read = ingests.reduce((n, f) => n + f.rowsRead, 0);
  const rejected = ingests.reduce((n, f) => n + f.rowsRejected, 0);
  const limit = 'count' in opts.maxErrors ? opts.maxErrors.count : Math.floor(read * opts.maxErrors.share);
  if (rejected > limit) {
    throw new AuditError('E_TOO_MANY_REJECTS', `${rejected} of ${read} rows were rejected, more than --max-errors allows (${limit})`, {
      hint: 'fix the rows listed above, list them all with --rejects <file>, or raise --max-errors',
    });
  }
}

/** An output must not overwrite an input, and two outputs must not be the same file. */
function checkOutputPaths(inputs: readonly InputSpec[], opts: AuditOptions): void {
  const outputs = [['--output', opts.output], ['--details', opts.details], ['--rejects', opts.rejects], ['--dossiers', opts.dossiers]].filter((o): o is [string, string] => o[1] !== null);
  const seen = new Map<string, string>();
  for (const [name, file] of outputs) {
    if (inputs.some((i) => samePath(i.file, file))) throw new AuditError('E_USAGE', `${name} ${file} is one of the input files`, { hint: 'write the output somewhere else' });
    const other = [...seen.entries()].find(([f]) => samePath(f, file));
    if (other) throw new AuditError('E_USAGE', `${name} and ${other[1]} name the same file ${file}`, { hint: 'give each output its own file' });
    seen.set(file, name);
  }
}

function samePath(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}
