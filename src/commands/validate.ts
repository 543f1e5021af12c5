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
import { parseIsoDay, type Day } from '../core/day.js';
import { FIELDS, SOURCES, type Source } from '../core/types.js';
import { buildValidationReport, type FileCheck } from '../core/validation.js';
import { AuditError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, formatError } from '../errors.js';
import { readDossierFile, type FileIngest } from '../io/read-dossiers.js';
import { writeFileAtomic } from '../io/write-output.js';
import { LANGS, langFromEnv, type Lang } from '../render/labels.js';
import { VALIDATE_FORMATS, renderValidation, type ValidateFormat } from '../render/validation.js';
import { applyConfigFile } from './apply-config.js';
import { parseMap, parseMaxErrors, usageError, type RawAuditOptions } from './audit-options.js';
import type { CommandIO } from './io.js';
import { writeRejects } from './rejects.js';
import { checkOutputTarget } from './overwrite-policy.js';

const HELP = `
Examples:
  $ tthc-audit validate igate-2024-03.csv --from 2024-03-01 --to 2024-03-31
  $ tthc-audit validate so-theo-doi.csv --source paper --format json --max-errors 5

Exit codes: 0 no problems, 1 problems found, 2 a file cannot be read, too many rejected rows, or a usage error.`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerValidate(program: Command, io: CommandIO, setExit: (code: number) => void): void {
  const cmd = program
    .command('validate')
    .description('check export files before an audit: columns, every row, repeated codes, dates outside the period')
    .argument('<file...>', 'CSV file(s) of one source')
    .addOption(new Option('--source <source>', 'which source the files are').choices(SOURCES).default('electronic'))
    .option('--from <yyyy-mm-dd>', 'first receipt date of the period (included)')
    .option('--to <yyyy-mm-dd>', 'last receipt date of the period (included)')
    .addOption(new Option('--format <format>', 'output format').choices(VALIDATE_FORMATS).default('table'))
    .option('--max-errors <n|pct%>', 'exit 2 when more rows than this are rejected', '0')
    .option('--rejects <file>', 'write every rejected row, with its line and reason, to this CSV file')
    .option('--force', 'replace the --rejects file even when tthc-audit did not write it')
    .addOption(new Option('--lang <lang>', 'language of the report (default: from LANG, else en)').choices(LANGS))
    .option('--unit <name>', 'unit name for files that have no unit column')
    .option('--map <field=Header>', `read a column under another header (repeatable); fields: ${FIELDS.join(', ')}`, collect)
    .option('--encoding <name>', 'encoding of files without a byte-order mark (default utf-8; e.g. windows-1258, tcvn3, vni)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; and tab)')
    .option('--config <file>', 'JSON config: column and status label mappings, option defaults (default: tthc-audit.config.json here, if any)')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', HELP);
  cmd.action(async (files: string[], raw: RawAuditOptions) => {
    // The config's maxErrors is a tolerance for audits; validate keeps its own strict default.
    const opts = { ...(await applyConfigFile(raw, cmd, process.cwd())), maxErrors: raw.maxErrors };
    setExit(await runValidate(files, opts, io));
  });
}

async function runValidate(files: string[], raw: RawAuditOptions, io: CommandIO): Promise<number> {
  const source: Source = raw.source === 'paper' ? 'paper' : 'electronic';
  const from = dayOption('--from', raw.from);
  const to = dayOption('--to', raw.to);
  if (from !== null && to !== null && from > to) throw usageError(`--from ${raw.from} is after --to ${raw.to}`, 'swap them');
  const maxErrors = parseMaxErrors(raw.maxErrors ?? '0');
  if (raw.rejects !== undefined && files.some((f) => resolvePath(f) === resolvePath(raw.rejects!))) {
    throw usageError(`--rejects ${raw.rejects} is one of the input files`, 'write the rejected rows somewhere else');
  }
  if (raw.rejects !== undefined) await checkOutputTarget({ flag: '--rejects', file: raw.rejects }, files, raw.force === true);
  const read = { unit: raw.unit, encoding: raw.encoding, delimiter: delimiterOption(raw.delimiter), map: parseMap(raw.map), customStatus: raw.statusLabels ?? new Map() };
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
      checks.push({ file, source, error: { code: err.code, message: err.message, line: err.place.line ?? null } });
    }
  }
  const report = buildValidationReport(checks, { from, to });
  io.stdout(renderValidation(report, (raw.format ?? 'table') as ValidateFormat, (raw.lang as Lang | undefined) ?? langFromEnv(io.env)));
  if (raw.rejects !== undefined) await writeFileAtomic(raw.rejects, writeRejects(ingests), { bom: true }); // a CSV file for Excel, like reconcile's
  for (const err of errors) io.stderr(formatError(err) + '\n');
  if (errors.length > 0) return EXIT_ERROR;
  const rowsRead = ingests.reduce((n, f) => n + f.rowsRead, 0);
  const rejected = ingests.reduce((n, f) => n + f.rowsRejected, 0);
  const limit = 'count' in maxErrors ? maxErrors.count : Math.floor(rowsRead * maxErrors.share);
  if (rejected > limit) {
    io.stderr(formatError(new AuditError('E_TOO_MANY_REJECTS', `${rejected} of ${rowsRead} rows were rejected, more than --max-errors allows (${limit})`, { hint: 'fix the rows listed in the report (all of them with --rejects <file>) or raise --max-errors' })) + '\n');
    return EXIT_ERROR;
  }
  return report.problemCount > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function dayOption(name: string, value: string | undefined): Day | null {
  if (value === undefined) return null;
  const day = parseIsoDay(value);
  if (day === null) throw usageError(`${name} expects a date as yyyy-mm-dd, got "${value}"`, `e.g. ${name} 2024-03-31`);
  return day;
}

function delimiterOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = value === '\\t' || value === 'tab' ? '\t' : value;
  if (d.length !== 1) throw usageError(`--delimiter expects one character (or "tab"), got "${value}"`);
  return d;
}
