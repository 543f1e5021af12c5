/**
 * The command line: the program, its version and global behaviour. Each command registers itself
 * from its own module in `src/commands/`; commander is told not to exit: the CLI decides the exit code.
 * Help and commander's own messages are in the language known before parsing (`ctx.lang`): the words
 * are in `src/messages/help.ts`.
 */
import { Command, Help, type Argument, type HelpConfiguration, type Option } from 'commander';
import { helpText, type HelpText } from './messages/help.js';
import type { Lang } from './messages/lang.js';
import { registerCalendar } from './commands/calendar.js';
import type { CommandContext, Register } from './commands/context.js';
import { registerForm } from './commands/form.js';
import { registerReconcile } from './commands/reconcile.js';
import { registerStats } from './commands/stats.js';
import { registerValidate } from './commands/validate.js';
import { registerVerify } from './commands/verify.js';
import { packageVersion } from './version.js';

// For the CLI, which loads commander only with the program (one import where a bundle splits them).
export { CommanderError } from 'commander';

/** Every command, in the order `--help` lists them. */
const COMMANDS: readonly Register[] = [
  registerReconcile,
  registerStats,
  registerForm,
  registerValidate,
  registerVerify,
  registerCalendar,
];

export function buildProgram(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  const t = helpText(lang);
  // Everything set here before the commands are added is copied into each of them by `.command()`
  // (help option, help configuration, output, exit override, the line shown after errors).
  const program = new Command()
    .name('tthc-audit')
    .description(t.program.description)
    .version(packageVersion(), '-V, --version', t.program.version)
    .helpOption('-h, --help', t.program.help)
    .helpCommand(`help ${t.placeholders.command}`, t.program.helpCommand)
    .exitOverride()
    .configureHelp(helpConfiguration(t))
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) =>
        write(text.startsWith('error:') ? `tthc-audit: ${oneLine(commanderMessage(text, lang), lang)}` : text),
    });
  for (const register of COMMANDS) register(program, ctx);
  // The usage line's placeholders in the help's language ("[options]" is commander's own English).
  for (const cmd of [program, ...program.commands])
    cmd.usage(cmd.usage().replace('[options]', t.placeholders.options).replace('[command]', t.placeholders.command));
  return program;
}

/**
 * Commander's help, worded in the catalogue's language: the titles, and the "(choices: …, default: …)"
 * it adds after a description (the same logic as commander 14's `Help.optionDescription` and
 * `Help.argumentDescription`, with the words from `t.suffix`).
 */
function helpConfiguration(t: HelpText): HelpConfiguration {
  const titles: Readonly<Record<string, string>> = t.titles;
  const s = t.suffix;
  const withExtra = (description: string, extra: string[]): string => {
    if (extra.length === 0) return description;
    const suffix = `(${extra.join(s.separator)})`;
    return description ? `${description} ${suffix}` : suffix;
  };
  const choices = (list: readonly string[]): string => s.choices(list.map((c) => JSON.stringify(c)).join(', '));
  return {
    // A command's line in the list: "[options]" in the help's language.
    subcommandTerm(this: Help, cmd: Command) {
      return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', t.placeholders.options);
    },
    styleTitle: (title: string) => (Object.hasOwn(titles, title) ? titles[title]! : title),
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(choices(option.argChoices));
      if (option.defaultValue !== undefined) {
        const showDefault =
          option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        if (showDefault) extra.push(s.default(option.defaultValueDescription || JSON.stringify(option.defaultValue)));
      }
      if (option.presetArg !== undefined && option.optional) extra.push(s.preset(JSON.stringify(option.presetArg)));
      if (option.envVar !== undefined) extra.push(s.env(option.envVar));
      return withExtra(option.description, extra);
    },
    argumentDescription: (argument: Argument) => {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(choices(argument.argChoices));
      if (argument.defaultValue !== undefined)
        extra.push(s.default(argument.defaultValueDescription || JSON.stringify(argument.defaultValue)));
      return withExtra(argument.description, extra);
    },
  };
}

/** One of commander's messages: how to recognise its English text, and how to word it again. */
type Pattern = readonly [RegExp, (m: RegExpExecArray, c: HelpText['commander']) => string];

const COMMANDER_PATTERNS: readonly Pattern[] = [
  [/^error: unknown option '(.*)'$/s, (m, c) => c.unknownOption(m[1]!)],
  [/^error: unknown command '(.*)'$/s, (m, c) => c.unknownCommand(m[1]!)],
  [/^error: required option '([^']*)' not specified$/, (m, c) => c.missingMandatoryOption(m[1]!)],
  [/^error: option '([^']*)' argument missing$/, (m, c) => c.optionMissingArgument(m[1]!)],
  [/^error: missing required argument '([^']*)'$/, (m, c) => c.missingArgument(m[1]!)],
  [
    /^error: option '([^']*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s,
    (m, c) => `${c.invalidOptionArgument(m[1]!, m[2]!)} ${c.allowedChoices(m[3]!)}`,
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/s,
    (m, c) => `${c.invalidCommandArgument(m[1]!, m[2]!)} ${c.allowedChoices(m[3]!)}`,
  ],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, c) => c.tooManyArguments(m[1] ?? null, Number(m[2]), Number(m[3])),
  ],
  [/^error: option '([^']*)' cannot be used with option '([^']*)'$/, (m, c) => c.conflictingOptions(m[1]!, m[2]!)],
];

/**
 * Commander's error `text` (English, "error: …", maybe a "(Did you mean …?)" line, a final newline)
 * in `lang`. Quoted option names and values stay as they are. A message not recognised stays in
 * English, whole.
 */
export function commanderMessage(text: string, lang: Lang): string {
  const c = helpText(lang).commander;
  const end = /\n*$/.exec(text)![0];
  let body = text.slice(0, text.length - end.length);
  let suggestion = '';
  const did = /\n\(Did you mean (one of )?(.*)\?\)$/.exec(body);
  if (did) {
    suggestion = '\n' + (did[1] ? c.didYouMeanOneOf(did[2]!) : c.didYouMean(did[2]!));
    body = body.slice(0, did.index);
  }
  for (const [pattern, word] of COMMANDER_PATTERNS) {
    const m = pattern.exec(body);
    if (m) return word(m, c) + suggestion + end;
  }
  return text;
}

/**
 * A commander error (as `commanderMessage` words it) on one line: the closest name when commander
 * suggests one, else where to find the usage.
 */
export function oneLine(text: string, lang: Lang): string {
  const lines = text.split('\n').filter((l) => l !== '');
  const hint = lines.length > 1 ? '' : ` ${helpText(lang).commander.afterError}`;
  return `${lines.join(' ')}${hint}\n`;
}
