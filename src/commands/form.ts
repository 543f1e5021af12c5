/**
 * `tthc-audit form <file...> [--source electronic|paper] [options]`
 * `tthc-audit form --electronic <file...> --paper <file...> [options]`
 *
 * The settlement-results form II.06a/VPCP/KSTT of a period: `stats` (one source) or `reconcile`
 * (both, side by side) with `--form 06a`, under a name of its own.
 */
import { Option, type Command } from 'commander';
import { addAuditOptions } from './audit-flags.js';
import type { RawAuditOptions } from './audit-options.js';
import type { CommandContext } from './context.js';
import { say } from '../messages/errors.js';
import { helpText } from '../messages/help.js';

export function registerForm(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
  const t = helpText(lang);
  const cmd = program
    .command('form')
    .description(t.form.description)
    .argument('[file...]', t.form.files)
    .option('--electronic <file...>', t.reconcile.electronic)
    .option('--paper <file...>', t.reconcile.paper)
    .addOption(new Option('--source <source>', t.shared.source).choices(['electronic', 'paper']).default('electronic'))
    .addHelpText('after', t.form.after);
  addAuditOptions(cmd, lang).action(async (files: string[], raw: RawAuditOptions) => {
    const both = raw.electronic !== undefined && raw.paper !== undefined;
    const one = raw.electronic === undefined && raw.paper === undefined && files.length > 0;
    if (both === one) {
      const { usageError } = await import('./audit-options.js'); // the options' module, heavy: only now
      throw usageError(say('formInputs', {}));
    }
    const withForm: RawAuditOptions = { ...raw, form: raw.form ?? '06a' };
    const { runAudit } = await import('./run-audit.js'); // loaded only when the command runs
    const inputs = both
      ? [
          ...raw.electronic!.map((file) => ({ file, source: 'electronic' as const })),
          ...raw.paper!.map((file) => ({ file, source: 'paper' as const })),
        ]
      : files.map((file) => ({ file, source: raw.source === 'paper' ? ('paper' as const) : ('electronic' as const) }));
    setExit(await runAudit(both ? 'reconcile' : 'stats', inputs, withForm, cmd, ctx));
  });
}
