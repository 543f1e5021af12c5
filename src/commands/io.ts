/** The outside world as the commands see it: passed in, so tests can run a command in-process. */
import type { Command } from 'commander';

export interface CommandIO {
  /** Text, or bytes for a binary format (xlsx). */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** Progress of long reads is drawn on stderr only when it is a terminal (io/progress.ts). */
  stderrIsTTY?: boolean;
}

/** A command module adds its command to the program; its action reports the exit code through `setExit`. */
export type Register = (program: Command, io: CommandIO, setExit: (code: number) => void) => void;
