/**
 * `tthc-audit validate <file...> [--source electronic|paper] [--from <date>] [--to <date>]
 *                    [--format table|json] [--max-errors <n|pct%>] [reading options]`
 *
 * For CI jobs that check a month's export before anyone audits it: reads each file as `reconcile`
 * does, checks its columns, every row, repeated codes and receipt dates outside the stated period, and
 * prints the problems by kind with counts and first examples (file:line).
 * Exit 0: no problems. 1: problems found. 2: a file cannot be read, more rows were rejected than
 * --max-errors allows (default 0: any rejected row), or a usage error.
 */
import { resolve as resolvePath } from 'node:path';
import { Option, type Command } from 'commander';
import { SOURCES, type Source } from '../core/types.js';
import { buildValidationReport, type FileCheck } from '../core/validation.js';
import { AuditError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, formatError } from '../errors.js';
import { readDossierFile, type FileIngest } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { say } from '../messages/errors.js';
import { LANGS, type Lang } from '../render/labels.js';
import { VALIDATE_FORMATS, renderValidation, type ValidateFormat } from '../render/validation.js';
import { applyConfigFile } from './apply-config.js';
import { addFileOptions } from './audit-flags.js';
import {
  csvDialect,
  dayOption,
  inputDelimiterOption,
  parseMap,
  parseMaxErrors,
  usageError,
  type RawAuditOptions,
} from './audit-options.js';
import type { CommandContext, CommandIO } from './io.js';
import { tooManyRejects } from '../engine/build-audit-report.js';
import { writeRejects } from './rejects.js';
import { helpText } from '../messages/help.js';
import { checkOutputTarget } from './overwrite-policy.js';

export function registerValidate(program: Command, { io, setExit, lang, useLang }: CommandContext): void {
  const t = helpText(lang);
  const cmd = program
    .command('validate')
    .description(t.validate.description)
    .argument('<file...>', t.shared.files)
    .addOption(new Option('--source <source>', t.shared.source).choices(SOURCES).default('electronic'))
    .option('--from <yyyy-mm-dd>', t.shared.from)
    .option('--to <yyyy-mm-dd>', t.shared.to)
    .addOption(new Option('--format <format>', t.validate.format).choices(VALIDATE_FORMATS).default('table'))
    .option('--max-errors <n|pct%>', t.shared.maxErrors, '0')
    .option('--rejects <file>', t.validate.rejects)
    .option('--force', t.validate.force)
    .addOption(new Option('--lang <lang>', t.validate.lang).choices(LANGS))
    .option('--encoding <name>', t.validate.encoding);
  addFileOptions(cmd, lang).option('--debug', t.shared.debug).addHelpText('after', t.validate.after);
  cmd.action(async (files: string[], raw: RawAuditOptions) => {
    // The config's maxErrors is a tolerance for audits; validate keeps its own strict default.
    const opts = { ...(await applyConfigFile(raw, cmd, io.cwd)), maxErrors: raw.maxErrors };
    const reportLang = (opts.lang as Lang | undefined) ?? lang;
    useLang(reportLang);
    setExit(await runValidate(files, opts, io, reportLang));
  });
}

async function runValidate(files: string[], raw: RawAuditOptions, io: CommandIO, reportLang: Lang): Promise<number> {
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
    unit: raw.unit,
    encoding: raw.encoding,
    delimiter: inputDelimiterOption(raw.inputDelimiter),
    map: parseMap(raw.map),
    customStatus: raw.statusLabels ?? new Map(),
  };
  const checks: FileCheck[] = [];
  const ingests: FileIngest[] = [];
  const errors: AuditError[] = [];
  for (const file of files) {
    try {
      const f = await readDossierFile({ file, source }, read);
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
  io.stdout(renderValidation(report, (raw.format ?? 'table') as ValidateFormat, reportLang));
  if (raw.rejects !== undefined)
    await writeFileAtomic(raw.rejects, writeRejects(ingests, reportLang, rejectsCsv), { bom: true }); // a CSV file for Excel, like reconcile's
  for (const err of errors) io.stderr(formatError(err, reportLang) + '\n');
  if (errors.length > 0) return EXIT_ERROR;
  const tooMany = tooManyRejects(ingests, maxErrors, 'report');
  if (tooMany) {
    io.stderr(formatError(tooMany, reportLang) + '\n');
    return EXIT_ERROR;
  }
  return report.problemCount > 0 ? EXIT_FINDINGS : EXIT_OK;
}
