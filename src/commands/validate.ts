/**
 * `tthc-audit validate <file...> [--source electronic|paper] [--from <date>] [--to <date>]
 *                    [--format table|json] [--max-errors <n|pct%>] [reading options]`
 *
 * For CI jobs that check a month's export before anyone audits it: reads each file as `reconcile`
 * does, checks its columns, every row, repeated codes and receipt dates outside the stated period, and
 * prints the problems by kind with counts and first examples (file:line) — run-validate.ts.
 * Exit 0: no problems. 1: problems found. 2: a file cannot be read, more rows were rejected than
 * --max-errors allows (default 0: any rejected row), or a usage error.
 */
import { Option, type Command } from 'commander';
import { SOURCES } from '../core/types.js';
import { helpText } from '../messages/help.js';
import { LANGS } from '../messages/lang.js';
import { VALIDATE_FORMATS } from '../render/formats.js';
import { addFileOptions, addRunOptions } from './audit-flags.js';
import type { RawAuditOptions } from './audit-options.js';
import type { CommandContext } from './context.js';

export function registerValidate(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
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
  addRunOptions(addFileOptions(cmd, lang), lang)
    .option('--debug', t.shared.debug)
    .addHelpText('after', t.validate.after);
  cmd.action(async (files: string[], raw: RawAuditOptions) => {
    const { runValidate } = await import('./run-validate.js'); // loaded only when the command runs
    setExit(await runValidate(files, raw, cmd, ctx));
  });
}
