/** The outside world as the commands see it: passed in, so tests can run a command in-process. */
import type { Command } from 'commander';
import type { Lang } from '../messages/lang.js';

export interface CommandIO {
  /** Text, or bytes for a binary format (xlsx). */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** The working directory, where a config file is looked for when `--config` names none. */
  cwd: string;
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one (the table is laid out for it; `COLUMNS` wins). */
  stdoutColumns?: number;
  /** Progress of long reads is drawn on stderr only when it is a terminal (io/progress.ts). */
  stderrIsTTY?: boolean;
  /** The terminal's width when stderr is one: the progress line is cut to it. */
  stderrColumns?: number;
}

/**
 * What a command module is given: the outside world, where to report the exit code, and the language
 * of help and messages as known before parsing (`--lang`, else the environment). A command that
 * learns the language later (from a config file) says so with `useLang`, so that its errors follow.
 */
export interface CommandContext {
  io: CommandIO;
  setExit: (code: number) => void;
  lang: Lang;
  useLang: (lang: Lang) => void;
  /**
   * The arguments as given (after the program's name), before global options are moved after the
   * command: the command line a report's provenance states.
   */
  argv: readonly string[];
}

/** A command module adds its command to the program. */
export type Register = (program: Command, ctx: CommandContext) => void;
