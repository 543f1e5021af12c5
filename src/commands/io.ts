/** The outside world as the commands see it: passed in, so tests can run a command in-process. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
}
