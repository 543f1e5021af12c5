/**
 * `tthc-audit reconcile --electronic <file...> --paper <file...> [options]`
 *
 * Match the electronic one-stop export with the paper register by dossier code, classify every
 * dossier at the as-of date on each side, and report per unit the figures and every disagreement.
 */
import type { Command } from 'commander';
import { addAuditOptions } from './audit-flags.js';
import type { RawAuditOptions } from './audit-options.js';
import type { CommandContext } from './context.js';
import { helpText } from '../messages/help.js';

export function registerReconcile(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
  const t = helpText(lang);
  const cmd = program
    .command('reconcile')
    .description(t.reconcile.description)
    .requiredOption('--electronic <file...>', t.reconcile.electronic)
    .requiredOption('--paper <file...>', t.reconcile.paper)
    .option('--electronic-sheet <id>', t.reconcile.electronicSheet)
    .option('--paper-sheet <id>', t.reconcile.paperSheet)
    .addHelpText('after', t.reconcile.after);
  addAuditOptions(cmd, lang).action(async (raw: RawAuditOptions) => {
    const sheetOf = (sheet: string | undefined) => (sheet === undefined ? {} : { sheet });
    const inputs = [
      ...(raw.electronic ?? []).map((file) => ({
        file,
        source: 'electronic' as const,
        ...sheetOf(raw.electronicSheet ?? raw.sheet),
      })),
      ...(raw.paper ?? []).map((file) => ({ file, source: 'paper' as const, ...sheetOf(raw.paperSheet ?? raw.sheet) })),
    ];
    const { runAudit } = await import('./run-audit.js'); // loaded only when the command runs
    setExit(await runAudit('reconcile', inputs, raw, cmd, ctx));
  });
}
