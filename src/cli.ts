/**
 * The entry point and the only file that touches `process`: argv in, exit code out. User errors are
 * one line on stderr (a stack trace only with --debug); a closed stdout pipe (EPIPE) is success.
 */
import { CommanderError } from 'commander';
import { AuditError, EXIT_ERROR, EXIT_OK, formatError } from './errors.js';
import type { CommandIO } from './commands/io.js';
import { buildProgram } from './program.js';

/** Run the CLI with `argv` (without node and script) and return the exit code. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err, io, argv.includes('--debug'));
  }
}

function handleError(err: unknown, io: CommandIO, debug: boolean): number {
  if (err instanceof CommanderError) {
    // help and version are "errors" to commander but success to the user.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT_OK : EXIT_ERROR;
  }
  if (err instanceof AuditError) {
    io.stderr(formatError(err) + '\n');
    if (debug && err.stack) io.stderr(err.stack + '\n');
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`tthc-audit: internal error: ${message} (please report it; run with --debug for details)\n`);
  if (debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
  return EXIT_ERROR;
}

function isEpipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/** Wire `main` to the real process (called by `main.ts`, the bin's entry). */
export function runAsProcess(): void {
  process.stdout.on('error', (err) => {
    if (isEpipe(err)) process.exit(process.exitCode ?? EXIT_OK);
  });
  const io: CommandIO = {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
  process.on('SIGINT', () => process.exit(130));
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tthc-audit: internal error: ${String(err)}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
