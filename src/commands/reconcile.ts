/**
 * `tthc-audit reconcile --electronic <file...> --paper <file...> [options]`
 *
 * Match the electronic one-stop export with the paper register by dossier code, classify every
 * dossier at the as-of date on each side, and report per unit the figures and every disagreement.
 */
import type { Command } from 'commander';
import { runAudit } from './audit.js';
import { addAuditOptions } from './audit-flags.js';
import { normaliseAuditOptions, type RawAuditOptions } from './audit-options.js';
import { applyConfigFile } from './apply-config.js';
import type { CommandIO } from './io.js';
import { langFromEnv } from '../render/labels.js';

const HELP = `
Examples:
  $ tthc-audit reconcile --electronic fixtures/district/electronic.csv --paper fixtures/district/paper.csv --as-of 2024-12-31
  $ tthc-audit reconcile --electronic igate-01.csv igate-02.csv --paper so-01.csv --from 2024-01-01 --to 2024-06-30 --format json
  $ tthc-audit reconcile --electronic e.csv --paper p.csv --details findings.csv --fail-on masked-late

Exit codes: 0 done, 1 findings matched --fail-on, 2 usage, input or output error.`;

export function registerReconcile(program: Command, io: CommandIO, setExit: (code: number) => void): void {
  const cmd = program
    .command('reconcile')
    .description('match the electronic export with the paper register, classify every dossier and list where they disagree')
    .requiredOption('--electronic <file...>', 'electronic one-stop/iGate export(s), CSV')
    .requiredOption('--paper <file...>', 'paper register transcription(s), CSV')
    .addHelpText('after', HELP);
  addAuditOptions(cmd).action(async (raw: RawAuditOptions) => {
    const opts = normaliseAuditOptions(await applyConfigFile(raw, cmd, process.cwd()), io.env, langFromEnv(io.env), io.stdoutIsTTY);
    const inputs = [
      ...(raw.electronic ?? []).map((file) => ({ file, source: 'electronic' as const })),
      ...(raw.paper ?? []).map((file) => ({ file, source: 'paper' as const })),
    ];
    setExit(await runAudit('reconcile', inputs, opts, io));
  });
}
