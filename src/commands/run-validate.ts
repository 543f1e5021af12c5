/**
 * `validate` once its options are read (validate.ts registers the command): apply the config file,
 * read each file as `reconcile` does, check what the reader found (core/validation.ts), print the
 * problems, write the rejected rows, and decide the exit code.
 */
import { resolve as resolvePath } from 'node:path';
import type { Command } from 'commander';
import type { Source } from '../core/types.js';
import { buildValidationReport, type FileCheck } from '../core/validation.js';
import { tooManyRejects } from '../engine/build-audit-report.js';
import { AuditError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, formatError } from '../errors.js';
import { checkStreamInputs } from '../io/open-input.js';
import { invalidBytesWarnings } from './input-warnings.js';
import { readDossierFile, type FileIngest } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { say } from '../messages/errors.js';
import type { Lang } from '../messages/lang.js';
import { formatCount, labelsFor } from '../render/labels.js';
import { VALIDATE_FORMATS } from '../render/formats.js';
import { renderValidation, type ValidateFormat } from '../render/validation.js';
import { problemsFoundText } from '../messages/warnings.js';
import { applyConfigFile } from './apply-config.js';
import {
  csvDialect,
  dayOption,
  inputDelimiterOption,
  maxRowBytesOption,
  parseMap,
  parseMaxErrors,
  type RawAuditOptions,
  usageError,
} from './audit-options.js';
import type { CommandContext } from './context.js';
import { checkOutputTarget } from './overwrite-policy.js';
import { writeRejects } from './rejects.js';

/** The config file's `format` is for audits: validate takes it only when it is one of its own. */
function validateFormatOf(format: string | undefined): ValidateFormat {
  return (VALIDATE_FORMATS as readonly string[]).includes(format ?? '') ? (format as ValidateFormat) : 'table';
}

export async function runValidate(
  files: string[],
  given: RawAuditOptions,
  cmd: Command,
  ctx: CommandContext,
): Promise<number> {
  // The config's maxErrors is a tolerance for audits; validate keeps its own strict default.
  const raw = { ...(await applyConfigFile(given, cmd, ctx.io.cwd)), maxErrors: given.maxErrors };
  const reportLang = (raw.lang as Lang | undefined) ?? ctx.lang;
  ctx.useLang(reportLang);
  const io = ctx.io;
  const source: Source = raw.source === 'paper' ? 'paper' : 'electronic';
  const from = dayOption('--from', raw.from, '2024-03-31');
  const to = dayOption('--to', raw.to, '2024-03-31');
  if (from !== null && to !== null && from > to)
    throw usageError(say('fromAfterTo', { from: raw.from ?? '', to: raw.to ?? '' }));
  const maxErrors = parseMaxErrors(raw.maxErrors ?? '0');
  const rejectsCsv = csvDialect(raw.delimiter, null);
  if (raw.rejects !== undefined && files.some((f) => resolvePath(f) === resolvePath(raw.rejects!))) {
    throw usageError(say('outputIsInput', { flag: '--rejects', file: raw.rejects }));
  }
  if (raw.rejects !== undefined)
    await checkOutputTarget({ flag: '--rejects', file: raw.rejects }, files, raw.force === true);
  const read = {
    unit: raw.unitName,
    encoding: raw.encoding,
    delimiter: inputDelimiterOption(raw.inputDelimiter),
    maxRowBytes: maxRowBytesOption(raw.maxRowBytes),
    map: parseMap(raw.map),
    customStatus: raw.statusLabels ?? new Map(),
    dateForms: true,
  };
  await checkStreamInputs(files);
  const checks: FileCheck[] = [];
  const ingests: FileIngest[] = [];
  const errors: AuditError[] = [];
  for (const file of files) {
    try {
      const f = await readDossierFile({ file, source, ...(raw.sheet === undefined ? {} : { sheet: raw.sheet }) }, read);
      ingests.push(f);
      checks.push({ ...f, columns: f.columns.index, encoding: f.dialect.encoding, delimiter: f.dialect.delimiter });
    } catch (err) {
      if (!(err instanceof AuditError) || err.code === 'E_USAGE' || err.code === 'E_ENCODING') throw err;
      errors.push(err);
      checks.push({
        file,
        source,
        error: { code: err.code, message: err.text(reportLang), line: err.place.line ?? null },
      });
    }
  }
  const report = buildValidationReport(checks, { from, to });
  io.stdout(renderValidation(report, validateFormatOf(raw.format), reportLang));
  if (raw.rejects !== undefined)
    // a CSV file for Excel, like reconcile's
    await writeFileAtomic(raw.rejects, writeRejects(ingests, reportLang, rejectsCsv), { bom: true });
  for (const line of invalidBytesWarnings(ingests, reportLang)) io.stderr(line);
  for (const err of errors) io.stderr(formatError(err, reportLang) + '\n');
  if (errors.length > 0) return EXIT_ERROR;
  // Problems in files that were read are what validate is for: exit 1, saying why (exit 2: it could not read).
  const tooMany = tooManyRejects(ingests, maxErrors, 'report');
  if (tooMany) {
    io.stderr(formatError(tooMany, reportLang) + '\n');
    return EXIT_FINDINGS;
  }
  if (report.problemCount === 0) return EXIT_OK;
  const l = labelsFor(reportLang);
  const words = { count: (x: number) => formatCount(x, l), percent: String, plain: String };
  io.stderr(`tthc-audit: ${problemsFoundText(report.problemCount, reportLang, words)}\n`);
  return EXIT_FINDINGS;
}
