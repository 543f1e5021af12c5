/**
 * The pipeline of `reconcile` and `stats`, top to bottom: read the option files (calendar, procedure
 * catalogue), read every input into compact stores (read-inputs.ts), hand the rejected rows to the
 * caller, stop when too many were rejected, choose the as-of date, audit every dossier
 * (audit-threads.ts → audit.ts → core `auditCode`), and assemble the one report model every format
 * renders (core/report.ts). No wording, no process: the caller says how many threads and where progress
 * goes, and words and writes what comes back.
 */
import { BUILT_IN_YEARS, CALENDAR_DATA_VERSION } from '../core/calendar/holidays-data.js';
import type { ResultDateMode } from '../core/classify.js';
import type { Day } from '../core/day.js';
import { foldText } from '../core/fold.js';
import type { Selection } from '../core/options.js';
import type { FormName, FormRows } from '../core/form.js';
import { buildFormReport, type FormReport } from '../core/form-report.js';
import type { GateLimits } from '../core/gates.js';
import { periodEnd, type PeriodBy } from '../core/period.js';
import { sourceLook } from '../core/guards.js';
import { type AuditReport, buildReport, type FileFacts } from '../core/report.js';
import type { Denominator } from '../core/summarise.js';
import type { OptionFile } from '../core/provenance.js';
import type { Source } from '../core/types.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import type { FindingKind } from '../findings/kinds.js';
import type { EvidenceForm } from '../render/dossiers.js';
import type { EvidenceTexts } from './evidence-texts.js';
import { AuditError } from '../errors.js';
import type { Progress } from '../io/progress.js';
import { readCalendarFile } from '../io/read-calendar.js';
import type { FileIngest, InputSpec, ReadOptions } from '../io/read-dossiers.js';
import { readProcedureFile } from '../io/read-procedures.js';
import { findSameFiles } from '../io/same-file.js';
import { say } from '../messages/errors.js';
import type { ByPeriod } from '../core/by-period.js';
import type { AuditRecipe } from './audit-recipe.js';
import { auditStores } from './audit-threads.js';
import { readAllInputs } from './read-inputs.js';
import { chooseStoreUnitNames, latestEventDay, type StoreSet } from './slices.js';

export type { InputSpec } from '../io/read-dossiers.js';

/** What an audit is asked to do. */
export interface AuditRequest {
  command: 'reconcile' | 'stats';
  inputs: readonly InputSpec[];
  /** How the input files are read: unit, encoding, delimiter, column map, status labels. */
  read: ReadOptions;
  from: Day | null;
  to: Day | null;
  /** null: `to`, else the latest event date in the inputs. */
  asOf: Day | null;
  resultDate: ResultDateMode;
  /** Which dossiers the period holds. */
  periodBy: PeriodBy;
  /** `--by`: per-period rows in each unit and the total; absent or null: none. */
  by?: ByPeriod | null;
  /** Working days an apology must precede the due day by, at least (`late-apology`). */
  apologyLeadDays: number;
  /** The receipt cut-off (`--cutoff`) in minutes since midnight, or null (off). */
  receiptCutoff: number | null;
  /** The settlement-results form to fill, its rows and decimals, or null. */
  form: { name: FormName; rows: FormRows; decimals: number } | null;
  denominator: Denominator;
  gates: GateLimits | null;
  /** `--unit` / `--procedure` patterns as typed; none: every dossier. */
  select?: Selection;
  calendarFile: string | null;
  proceduresFile: string | null;
  /** Most rows that may be rejected (a count, or a share of the rows read) before the audit stops. */
  maxErrors: { count: number } | { share: number };
  /** The evidence list (one entry per dossier) in this form, or null: not wanted. */
  evidence: EvidenceForm | null;
  /**
   * The findings wanted as text in these forms (written by the audit threads), not as objects: when
   * nothing but a JSON or NDJSON report (`report.findingTexts`) and `--details` (`details`) reads them.
   * None: objects.
   */
  findingTexts: FindingTextForm[];
  /**
   * Of the findings handed back as objects, only those of these kinds: what the output lists one by one
   * (every finding is counted all the same); null: every finding.
   */
  findingKinds: readonly FindingKind[] | null;
  /** Most threads to use; undefined decides by size. */
  threads: number | undefined;
  /** Where reading and auditing report their progress; stopped here on an error, else by the caller. */
  progress: Progress;
  /** Told about every file read, before the audit goes on: where rejected rows are shown and written. */
  onRead?: (ingests: readonly FileIngest[]) => Promise<void>;
  /** For the report's provenance: the tool, the command line as given, the time asked for, the config read. */
  run: { tool: { name: string; version: string }; commandLine: string[]; generatedAt: string | null };
  configFile: OptionFile | null;
}

export interface AuditOutcome {
  report: AuditReport;
  ingests: FileIngest[];
  /** The evidence list's entries, written in the list's order (null unless asked for). */
  evidence: EvidenceTexts | null;
  /** The findings written as `--details` rows, when asked for among `findingTexts`; else null. */
  details: FindingTexts | null;
  /** Close the files the texts above were spilled to: call it once they are written. */
  closeTexts: () => void;
  /** The settlement-results form, when asked for. */
  form: FormReport | null;
}

export async function buildAuditReport(req: AuditRequest): Promise<AuditOutcome> {
  // The small option files first: a mistake in them is reported before a long read of the inputs.
  const calendar = req.calendarFile ? await readCalendarFile(req.calendarFile) : null;
  const procedures = req.proceduresFile ? await readProcedureFile(req.proceduresFile) : null;
  const calendarEntries = calendar?.entries ?? [];
  const procedureEntries = procedures?.entries ?? null;
  let read: Awaited<ReturnType<typeof readAllInputs>>;
  try {
    // The time of receipt is read only for a receipt cut-off: without one, no record carries it.
    const readOptions = req.receiptCutoff === null ? req.read : { ...req.read, receiptTime: true };
    read = await readAllInputs(req.inputs, readOptions, { threads: req.threads, progress: req.progress });
  } catch (err) {
    req.progress.stop();
    throw err;
  }
  // The line stays for the audit; the caller clears it when the report is written (`progress.stop`).
  const { ingests, stores } = read;
  const sameFiles =
    req.command === 'reconcile'
      ? await findSameFiles(req.inputs, new Map(ingests.map((f) => [f.file, f.fingerprint])))
      : [];
  await req.onRead?.(ingests);
  const tooMany = tooManyRejects(ingests, req.maxErrors, 'above');
  if (tooMany) throw tooMany;

  req.progress.phase('auditing');
  const { asOf, asOfSource } = chooseAsOf(req, stores);
  const sources: Source[] = req.command === 'reconcile' ? ['electronic', 'paper'] : [req.inputs[0]!.source];
  const recipe: AuditRecipe = {
    options: {
      asOf,
      from: req.from,
      to: req.to,
      resultDate: req.resultDate,
      periodBy: req.periodBy,
      apologyLeadDays: req.apologyLeadDays,
      receiptCutoff: req.receiptCutoff,
      form: req.form === null ? null : { rows: req.form.rows },
      apologyKnown: ingests.some((f) => f.hasApology),
      matchSources: req.command === 'reconcile',
      select: {
        units: (req.select?.units ?? []).map(foldText),
        procedures: (req.select?.procedures ?? []).map(foldText),
      },
      by: req.by ?? null,
    },
    calendarEntries,
    procedureEntries,
  };
  const unitNames = chooseStoreUnitNames(stores);
  const audit = await auditStores(
    stores,
    recipe,
    unitNames,
    { evidence: req.evidence, forms: req.findingTexts, kinds: req.findingKinds },
    req.threads,
  );
  for (const store of [...stores.electronic, ...stores.paper]) store.release(); // their memory is the report's now
  const facts: FileFacts[] = ingests.map((f) => ({
    file: f.file,
    source: f.source,
    rowsRead: f.rowsRead,
    rowsRejected: f.rowsRejected,
    rowsLayout: f.rowsLayout,
    encoding: f.dialect.encoding,
    delimiter: f.dialect.delimiter,
    sheet: f.sheet,
    headerLine: f.headerLine,
    hasApology: f.hasApology,
    hasReason: f.hasReason,
    hasNewDate: f.hasNewDate,
    unknownStatus: f.unknownStatus,
    fingerprint: f.fingerprint,
    foldedCodes: f.foldedCodes,
  }));
  const reportTexts = audit.written.find((t) => t.form.style !== 'details') ?? null;
  const report = buildReport(facts, { ...audit, findingTexts: reportTexts }, unitNames, {
    command: req.command,
    asOf,
    asOfSource,
    from: req.from,
    to: req.to,
    resultDate: req.resultDate,
    periodBy: req.periodBy,
    sources,
    denominator: req.denominator,
    proceduresGiven: procedureEntries !== null,
    receiptCutoff: req.receiptCutoff,
    calendarVersion: CALENDAR_DATA_VERSION,
    computedYears: audit.computedYears,
    ...(req.gates ? { gates: req.gates } : {}),
    run: {
      ...req.run,
      calendarDataYears: [Math.min(...BUILT_IN_YEARS), Math.max(...BUILT_IN_YEARS)],
      calendarFile: calendar?.origin ?? null,
      procedures: procedures?.origin ?? null,
      config: req.configFile,
    },
    files: ingests.map((f) => {
      const look = sourceLook(f.header, f.columns.index, f.rowsLayout);
      return { file: f.file, source: f.source, looksLike: look?.source ?? null, columns: look?.columns ?? [] };
    }),
    sameFiles,
    by: req.by ?? null,
    selection: { units: [...(req.select?.units ?? [])], procedures: [...(req.select?.procedures ?? [])] },
  });
  const form =
    req.form === null || audit.form === null
      ? null
      : buildFormReport(audit.form, {
          form: req.form.name,
          command: req.command,
          rowsBy: req.form.rows,
          periodBy: req.periodBy,
          from: req.from,
          end: periodEnd({ to: req.to, asOf }),
          resultDate: req.resultDate,
          decimals: req.form.decimals,
          sources,
        });
  const details = audit.written.find((t) => t.form.style === 'details') ?? null;
  return { report, ingests, evidence: audit.evidenceTexts, details, closeTexts: audit.closeTexts, form };
}

/** The as-of date: `--as-of`, else `--to`, else the latest event date (receipt or result) in the inputs. */
function chooseAsOf(req: AuditRequest, stores: StoreSet): { asOf: Day; asOfSource: 'option' | 'to' | 'data' } {
  if (req.asOf !== null) return { asOf: req.asOf, asOfSource: 'option' };
  if (req.to !== null) return { asOf: req.to, asOfSource: 'to' };
  return { asOf: latestEventDay(stores), asOfSource: 'data' };
}

/**
 * The error to stop with when more rows were rejected than `maxErrors` allows (a count, or a share of
 * the rows read), else null. A paper register's layout rows (column numbers, total, signatures) are
 * no error: they count neither as rejected nor as read. `listed` says where the rows were shown.
 */
export function tooManyRejects(
  ingests: readonly FileIngest[],
  maxErrors: { count: number } | { share: number },
  listed: 'above' | 'report',
): AuditError | null {
  const read = ingests.reduce((n, f) => n + f.rowsRead - f.rowsLayout, 0);
  const rejected = ingests.reduce((n, f) => n + f.rowsRejected - f.rowsLayout, 0);
  const limit = 'count' in maxErrors ? maxErrors.count : Math.floor(read * maxErrors.share);
  return rejected > limit
    ? new AuditError('E_TOO_MANY_REJECTS', say('tooManyRejects', { rejected, read, limit, listed }))
    : null;
}
