/**
 * The two languages of the tool and how the one in use is chosen. Everything a person reads (report
 * labels, finding messages, error messages, reasons for rejected rows, `--help`) exists in both; see
 * `src/messages/`, `src/render/labels.ts` and `src/findings/wording.ts`.
 */

export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'vi';
}

/** `--lang` default: Vietnamese when LC_ALL/LC_MESSAGES/LANG says vi, else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi([_.-]|$)/i.test(value) ? 'vi' : 'en';
}

/**
 * The `--lang` given on the command line (`--lang vi` or `--lang=vi`), read before commander parses
 * anything, so that `--help` and errors in the options themselves are already in that language.
 * The last one wins, as commander does; arguments after `--` are not options.
 */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) lang = value;
  }
  return lang;
}

/** The language for messages before the options are read: `--lang`, else the environment. */
export function messageLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  return langFromArgv(argv) ?? langFromEnv(env);
}
