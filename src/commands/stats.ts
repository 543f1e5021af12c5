/**
 * `tthc-audit stats <file...> [--source electronic|paper] [options]`
 *
 * The figures of one source, without matching: the same report shape with the other side null.
 */
import { Option, type Command } from 'commander';
import { addAuditOptions } from './audit-flags.js';
import type { RawAuditOptions } from './audit-options.js';
import type { CommandContext } from './context.js';
import { helpText } from '../messages/help.js';

export function registerStats(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
  const t = helpText(lang);
  const cmd = program
    .command('stats')
    .description(t.stats.description)
    .argument('<file...>', t.shared.files)
    .addOption(new Option('--source <source>', t.shared.source).choices(['electronic', 'paper']).default('electronic'))
    .addHelpText('after', t.stats.after);
  addAuditOptions(cmd, lang);
  // One source: the gates that need both are refused (run-audit.ts), so --help does not list them.
  for (const o of cmd.options) if (o.long === '--max-masked-late' || o.long === '--min-coverage') o.hideHelp();
  cmd.action(async (files: string[], raw: RawAuditOptions) => {
    const source = raw.source === 'paper' ? 'paper' : 'electronic';
    const { runAudit } = await import('./run-audit.js'); // loaded only when the command runs
    setExit(
      await runAudit(
        'stats',
        files.map((file) => ({ file, source, ...(raw.sheet === undefined ? {} : { sheet: raw.sheet }) })),
        raw,
        cmd,
        ctx,
      ),
    );
  });
}
