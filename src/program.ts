/**
 * The command line: the program, its version and global behaviour. Each command registers itself
 * from its own module in `src/commands/`; commander is told not to exit: the CLI decides the exit code.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerCalendar } from './commands/calendar.js';
import type { CommandIO, Register } from './commands/io.js';
import { registerReconcile } from './commands/reconcile.js';
import { registerStats } from './commands/stats.js';
import { registerValidate } from './commands/validate.js';

/** Every command, in the order `--help` lists them. */
const COMMANDS: readonly Register[] = [registerReconcile, registerStats, registerValidate, registerCalendar];

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(io: CommandIO, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('tthc-audit')
    .description('Audit administrative-procedure (TTHC) dossiers: reconcile the electronic one-stop export with the paper register.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(text.startsWith('error:') ? `tthc-audit: ${text}` : text),
    });
  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}
