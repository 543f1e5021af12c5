/**
 * The command line: commands, options, choices and help text (with examples). Parsing only; each
 * command's work is in `src/commands/`. Commander is told not to exit: the CLI decides the exit code.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { RESULT_DATE_MODES } from './core/classify.js';
import { FIELDS } from './core/types.js';
import { runAudit } from './commands/audit.js';
import { normaliseAuditOptions, usageError, type RawAuditOptions } from './commands/audit-options.js';
import type { CommandIO } from './commands/io.js';
import { FORMATS } from './render/index.js';
import { LANGS, langFromEnv } from './render/labels.js';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Options shared by `reconcile` and `stats`. */
function addAuditOptions(cmd: Command): Command {
  return cmd
    .option('--from <yyyy-mm-dd>', 'first receipt date of the period (included)')
    .option('--to <yyyy-mm-dd>', 'last receipt date of the period (included)')
    .option('--as-of <yyyy-mm-dd>', 'cut-off date for classifying (default: --to, else the latest date in the inputs)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .option('--details <file>', 'write one CSV row per finding to this file')
    .option('--rejects <file>', 'write every rejected input row, with its line and reason, to this CSV file')
    .option('--fail-on <kinds>', 'exit 1 when any of these finding kinds (comma-separated) is found; "any" for all')
    .addOption(new Option('--lang <lang>', 'language of labels and messages (default: from LANG, else en)').choices(LANGS))
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--unit <name>', 'unit name for files that have no unit column')
    .option('--map <field=Header>', `read a column under another header (repeatable); fields: ${FIELDS.join(', ')}`, collect)
    .option('--encoding <name>', 'encoding of files without a byte-order mark (default utf-8; e.g. windows-1258)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; and tab)')
    .addOption(new Option('--result-date <which>', 'which date is the result: completion date else return date (auto), or only one').choices(RESULT_DATE_MODES).default('auto'))
    .option('--max-errors <n|pct%>', 'exit 2 when more rows than this are rejected', '1%')
    .option('--bom', 'start CSV outputs with a UTF-8 byte-order mark (for Excel)')
    .option('--debug', 'show stack traces for errors');
}

const RECONCILE_HELP = `
Examples:
  $ tthc-audit reconcile --electronic fixtures/district/electronic.csv --paper fixtures/district/paper.csv
  $ tthc-audit reconcile --electronic igate-*.csv --paper so-*.csv --from 2024-01-01 --to 2024-06-30 --format json
  $ tthc-audit reconcile --electronic e.csv --paper p.csv --details findings.csv --fail-on masked-late

Exit codes: 0 done, 1 findings matched --fail-on, 2 usage, input or output error.`;

export function buildProgram(io: CommandIO, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('tthc-audit')
    .description('Audit administrative-procedure dossiers: reconcile the electronic one-stop export with the paper register.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text.startsWith('error:') ? `tthc-audit: ${text}` : text) });

  const defaultLang = langFromEnv(io.env);
  addAuditOptions(
    program
      .command('reconcile')
      .description('match the electronic export with the paper register, classify every dossier and list where they disagree')
      .requiredOption('--electronic <file...>', 'electronic one-stop/iGate export(s), CSV')
      .requiredOption('--paper <file...>', 'paper register transcription(s), CSV')
      .addHelpText('after', RECONCILE_HELP),
  ).action(async (raw: RawAuditOptions) => {
    const opts = normaliseAuditOptions(raw, io.env, defaultLang, io.stdoutIsTTY);
    const inputs = [...(raw.electronic ?? []).map((file) => ({ file, source: 'electronic' as const })), ...(raw.paper ?? []).map((file) => ({ file, source: 'paper' as const }))];
    setExit(await runAudit('reconcile', inputs, opts, io));
  });

  addAuditOptions(
    program
      .command('stats')
      .description('figures of one source, without matching')
      .argument('<file...>', 'CSV file(s) of one source')
      .addOption(new Option('--source <source>', 'which source the files are').choices(['electronic', 'paper']).default('electronic'))
      .addHelpText('after', '\nExample:\n  $ tthc-audit stats fixtures/district/electronic.csv --from 2024-01-01 --to 2024-12-31\n'),
  ).action(async (files: string[], raw: RawAuditOptions) => {
    const opts = normaliseAuditOptions(raw, io.env, defaultLang, io.stdoutIsTTY);
    const source = raw.source === 'paper' ? 'paper' : 'electronic';
    if (files.length === 0) throw usageError('stats needs at least one file');
    setExit(await runAudit('stats', files.map((file) => ({ file, source })), opts, io));
  });
  return program;
}
