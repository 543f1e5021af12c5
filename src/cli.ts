/**
 * The entry point and the only file that touches `process`: argv in, exit code out. User errors are
 * one line on stderr (a stack trace only with --debug); a closed stdout pipe (EPIPE) is success.
 */
import type { CommanderError } from 'commander';
import { AuditError, EXIT_ERROR, EXIT_OK, formatError, formatMessage } from './errors.js';
import { say } from './messages/errors.js';
import type { CommandIO } from './commands/context.js';
import { hoistGlobalOptions } from './commands/global-options.js';
import { messageLang, type Lang } from './messages/lang.js';
import { removeTempFiles } from './io/temp-files.js';
import { packageVersion } from './version.js';

/** `--version` alone: the line commander would print, without loading commander and the commands. */
const VERSION_ONLY = new Set(['--version', '-V']);

/** Run the CLI with `argv` (without node and script) and return the exit code. */
export async function main(given: readonly string[], io: CommandIO): Promise<number> {
  if (given.length === 1 && VERSION_ONLY.has(given[0]!)) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const argv = hoistGlobalOptions(given);
  let exitCode = EXIT_OK;
  let lang = messageLang(argv, io.env);
  // Loaded here rather than at the top, so that `--version` alone needs neither the program nor commander.
  const { buildProgram, CommanderError } = await import('./program.js');
  const program = buildProgram({
    io,
    setExit: (code) => {
      exitCode = code;
    },
    lang,
    useLang: (l) => {
      lang = l;
    },
    argv: given,
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err, io, argv.includes('--debug'), lang, CommanderError);
  }
}

function handleError(
  err: unknown,
  io: CommandIO,
  debug: boolean,
  lang: Lang,
  commanderError: typeof CommanderError,
): number {
  if (err instanceof commanderError) {
    // help and version are "errors" to commander but success to the user.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
      ? EXIT_OK
      : EXIT_ERROR;
  }
  if (err instanceof AuditError) {
    io.stderr(formatError(err, lang) + '\n');
    if (debug && err.stack) io.stderr(err.stack + '\n');
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr(`${formatMessage(say('internalError', { detail }), lang)}\n`);
  if (debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
  return EXIT_ERROR;
}

function isEpipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/** Exit codes after a signal: 128 + its number, as shells report them. */
const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C, a closed terminal or `kill`: remove the temporary files of outputs being written (the old
 * files stay as they were) and exit with 128 + the signal's number. The handler runs when the event
 * loop is free: at once while reading or writing, after the current step of a long computation.
 */
function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.on(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
  process.on('exit', () => removeTempFiles());
}

/** Wire `main` to the real process (called by `main.ts`, the bin's entry). */
export function runAsProcess(): void {
  const lang = messageLang(process.argv.slice(2), process.env);
  // A closed stdout (`| head -1`) is not an error: stop writing and finish with the run's own exit code.
  let stdoutClosed = false;
  let stdoutFailed = false;
  process.stdout.on('error', (err) => {
    stdoutClosed = true;
    if (isEpipe(err)) return;
    // A full disk or /dev/full: the report is incomplete, so the run failed whatever it found. The
    // error may come after `main` has finished (writes to a file report their errors on the next tick).
    stdoutFailed = true;
    process.exitCode = EXIT_ERROR;
    process.stderr.write(
      `${formatMessage(say('stdoutFailed', { code: (err as NodeJS.ErrnoException).code ?? err.message }), lang)}\n`,
    );
  });
  process.stderr.on('error', () => {}); // nowhere left to say anything: the exit code still tells
  const io: CommandIO = {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.isTTY === true && process.stderr.columns ? { stderrColumns: process.stderr.columns } : {}),
  };
  exitOnSignals();
  process.on('exit', () => {
    if (stdoutFailed) process.exitCode = EXIT_ERROR;
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = stdoutFailed ? EXIT_ERROR : code;
    },
    (err: unknown) => {
      process.stderr.write(`${formatMessage(say('internalError', { detail: String(err) }), lang)}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
