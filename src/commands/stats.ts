/**
 * `tthc-audit stats <file...> [--source electronic|paper] [options]`
 *
 * The figures of one source, without matching: the same report shape with the other side null.
 */
import { Option, type Command } from 'commander';
import { runAudit } from './audit.js';
import { addAuditOptions } from './audit-flags.js';
import { normaliseAuditOptions, type RawAuditOptions } from './audit-options.js';
import { applyConfigFile } from './apply-config.js';
import type { CommandIO } from './io.js';
import { langFromEnv } from '../render/labels.js';

export function registerStats(program: Command, io: CommandIO, setExit: (code: number) => void): void {
  const cmd = program
    .command('stats')
    .description('figures of one source (default electronic), without matching')
    .argument('<file...>', 'CSV file(s) of one source')
    .addOption(new Option('--source <source>', 'which source the files are').choices(['electronic', 'paper']).default('electronic'))
    .addHelpText('after', '\nExample:\n  $ tthc-audit stats fixtures/district/electronic.csv --as-of 2024-12-31\n');
  addAuditOptions(cmd).action(async (files: string[], raw: RawAuditOptions) => {
    const opts = normaliseAuditOptions(await applyConfigFile(raw, cmd, process.cwd()), io.env, langFromEnv(io.env), io.stdoutIsTTY);
    const source = raw.source === 'paper' ? 'paper' : 'electronic';
    setExit(await runAudit('stats', files.map((file) => ({ file, source })), opts, io));
  });
}
