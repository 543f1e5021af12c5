/**
 * Options that belong to the whole run, accepted before the command as well as after it
 * (`tthc-audit --lang vi reconcile …`): the language, colour, quiet, the config file and --debug.
 * Commander reads options after the command that declares them, so those typed before the command
 * are moved right after it. Light: loaded before anything else, so `--version` stays fast.
 */

/** Global options, and whether each takes a value. */
const GLOBAL: Readonly<Record<string, boolean>> = {
  '--lang': true,
  '--config': true,
  '--color': false,
  '--no-color': false,
  '--quiet': false,
  '-q': false,
  '--debug': false,
};

const isGlobal = (arg: string): boolean => Object.hasOwn(GLOBAL, arg.split('=')[0]!);
const takesValue = (arg: string): boolean => !arg.includes('=') && GLOBAL[arg] === true;

/**
 * `argv` with the global options found before the first non-option word (the command) moved after
 * it. Anything else before the command is left where it is, for commander to report.
 */
export function hoistGlobalOptions(argv: readonly string[]): string[] {
  const before: string[] = [];
  let i = 0;
  while (i < argv.length && isGlobal(argv[i]!)) {
    const arg = argv[i]!;
    before.push(arg);
    if (takesValue(arg) && i + 1 < argv.length) before.push(argv[++i]!);
    i++;
  }
  const command = argv[i];
  if (before.length === 0 || command === undefined || command.startsWith('-')) return [...argv];
  return [command, ...before, ...argv.slice(i + 1)];
}
