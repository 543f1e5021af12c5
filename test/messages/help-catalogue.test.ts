/**
 * Every help string, and every commander message, exists in both languages; the Vietnamese is a
 * translation, not a copy, written in full diacritics; a worded message carries the same data (option
 * names, values, counts) in both. The commander patterns of `src/program.ts` are checked against what
 * commander 14 really prints: English comes back word for word, Vietnamese as written here.
 */
import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../src/messages/help.js';
import { commanderMessage } from '../../src/program.js';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

type Leaf = string | ((...args: never[]) => string);

/** `path → value` for every string or function in a catalogue, at any depth. */
function leaves(value: unknown, path = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof value === 'string' || typeof value === 'function') {
    out.set(path, value as Leaf);
    return out;
  }
  for (const [key, v] of Object.entries(value as object)) {
    for (const [p, leaf] of leaves(v, path === '' ? key : `${path}.${key}`)) out.set(p, leaf);
  }
  return out;
}

const EN = leaves(HELP_TEXT.en);
const VI = leaves(HELP_TEXT.vi);

/** Argument sets for every worded entry; each value must show in both languages. */
const SAMPLES: Record<string, unknown[][]> = {
  'suffix.choices': [['"table", "json"']],
  'suffix.default': [['"1%"']],
  'suffix.preset': [['"7"']],
  'suffix.env': [['TTHC_LANG']],
  'shared.map': [['code, unit, received']],
  'commander.unknownOption': [['--formt']],
  'commander.unknownCommand': [['recon']],
  'commander.didYouMean': [['--format']],
  'commander.didYouMeanOneOf': [['--from, --to']],
  'commander.missingMandatoryOption': [['--electronic <file...>']],
  'commander.optionMissingArgument': [['--from <yyyy-mm-dd>']],
  'commander.missingArgument': [['file']],
  'commander.invalidOptionArgument': [['--format <format>', 'nope']],
  'commander.invalidCommandArgument': [['c', 'which']],
  'commander.allowedChoices': [['table, json']],
  'commander.tooManyArguments': [
    ['calendar', 0, 2],
    [null, 1, 3],
  ],
  'commander.conflictingOptions': [['--a', '--b']],
};

/** Entries that may read the same in both languages: punctuation only, no words. */
const SAME_IN_BOTH: readonly string[] = [];
/** Entries with no letters at all, so no diacritics to look for. */
const NO_WORDS: readonly string[] = ['suffix.separator'];

const call = (leaf: Leaf, args: unknown[]): string => (leaf as (...a: unknown[]) => string)(...args);

/** Every wording of an entry: the string, or the function with each of its samples. */
function wordings(path: string, leaf: Leaf): string[] {
  return typeof leaf === 'string' ? [leaf] : (SAMPLES[path] ?? []).map((args) => call(leaf, args));
}

describe('help catalogue', () => {
  it('has the same entries, of the same kind, in both languages', () => {
    expect([...VI.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [path, leaf] of EN) expect(typeof VI.get(path), path).toBe(typeof leaf);
  });

  it('has a sample for every worded entry, and no sample for an entry that is not one', () => {
    const worded = [...EN]
      .filter(([, leaf]) => typeof leaf === 'function')
      .map(([path]) => path)
      .sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(worded);
  });

  it('has a Vietnamese wording for every entry: not empty, not the English, with diacritics, NFC', () => {
    for (const [path, enLeaf] of EN) {
      const vi = wordings(path, VI.get(path)!);
      const en = wordings(path, enLeaf);
      expect(vi.length, path).toBeGreaterThan(0);
      vi.forEach((text, i) => {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).toBe(text.normalize('NFC'));
        if (!SAME_IN_BOTH.includes(path)) expect(text, path).not.toBe(en[i]);
        if (!NO_WORDS.includes(path)) expect(text, path).toMatch(VIETNAMESE);
      });
    }
  });

  it('carries the same data in both languages', () => {
    for (const [path, samples] of Object.entries(SAMPLES)) {
      for (const args of samples) {
        const en = call(EN.get(path)!, args);
        const vi = call(VI.get(path)!, args);
        for (const arg of args) {
          if (arg === null) continue;
          expect(en, path).toContain(String(arg));
          expect(vi, path).toContain(String(arg));
        }
      }
    }
  });

  it('keeps the examples and option names of the help texts in Vietnamese', () => {
    expect(HELP_TEXT.vi.reconcile.after).toContain(
      '  $ tthc-audit reconcile --electronic e.csv --paper p.csv --details findings.csv --fail-on masked-late',
    );
    expect(HELP_TEXT.vi.reconcile.after).toContain('Mã thoát: 0 hoàn tất, 1 có phát hiện thuộc loại nêu ở --fail-on');
    expect(HELP_TEXT.vi.calendar.after).toContain(
      '  $ tthc-audit calendar --received 2024-02-02 --working-days 5 --format json',
    );
    expect(HELP_TEXT.vi.validate.after).toContain(
      '  $ tthc-audit validate so-theo-doi.csv --source paper --format json --max-errors 5',
    );
  });
});

/** What commander 14 itself prints (before our wording) for `argv`, on a program shaped like ours. */
function commanderSays(argv: string[]): string {
  let text = '';
  const program = new Command()
    .name('tthc-audit')
    .exitOverride()
    .configureOutput({
      writeOut: () => {},
      writeErr: () => {},
      outputError: (t) => {
        text += t;
      },
    });
  program
    .command('reconcile')
    .requiredOption('--electronic <file...>', '')
    .addOption(new Option('--format <format>').choices(['table', 'json']))
    .option('--from <yyyy-mm-dd>')
    .option('--to <yyyy-mm-dd>')
    .option('--bom')
    .action(() => {});
  program
    .command('stats')
    .argument('<file...>')
    .action(() => {});
  program
    .command('calendar')
    .option('--year <yyyy>')
    .action(() => {});
  program
    .command('pick')
    .addArgument(new Argument('<which>').choices(['a', 'b']))
    .action(() => {});
  program
    .command('both')
    .addOption(new Option('--a').conflicts('b'))
    .option('--b')
    .action(() => {});
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    // exitOverride: the message is what we want
  }
  return text;
}

describe('commander messages', () => {
  const CASES: [string[], string, string][] = [
    [
      ['reconcile', '--electronic', 'e.csv', '--formt', 'json'],
      "error: unknown option '--formt'\n(Did you mean --format?)\n",
      "lỗi: không có tùy chọn '--formt'\n(Có phải ý bạn là --format?)\n",
    ],
    [
      ['reconcile', '--electronic', 'e.csv', '--bo'],
      "error: unknown option '--bo'\n(Did you mean one of --bom, --to?)\n",
      "lỗi: không có tùy chọn '--bo'\n(Có phải ý bạn là một trong: --bom, --to?)\n",
    ],
    [
      ['reconcile', '--electronic', 'e.csv', '--zzzzzzzz'],
      "error: unknown option '--zzzzzzzz'\n",
      "lỗi: không có tùy chọn '--zzzzzzzz'\n",
    ],
    [
      ['reconcile', '--format', 'table'],
      "error: required option '--electronic <file...>' not specified\n",
      "lỗi: thiếu tùy chọn bắt buộc '--electronic <file...>'\n",
    ],
    [
      ['reconcile', '--electronic', 'e.csv', '--format', 'nope'],
      "error: option '--format <format>' argument 'nope' is invalid. Allowed choices are table, json.\n",
      "lỗi: tùy chọn '--format <format>' không nhận giá trị 'nope'. Chỉ được chọn một trong: table, json.\n",
    ],
    [
      ['reconcile', '--electronic', 'e.csv', '--from'],
      "error: option '--from <yyyy-mm-dd>' argument missing\n",
      "lỗi: tùy chọn '--from <yyyy-mm-dd>' thiếu giá trị\n",
    ],
    [['stats'], "error: missing required argument 'file'\n", "lỗi: thiếu tham số bắt buộc 'file'\n"],
    [
      ['calendar', '2025', 'x'],
      "error: too many arguments for 'calendar'. Expected 0 arguments but got 2.\n",
      "lỗi: thừa tham số cho lệnh 'calendar': lệnh nhận 0 tham số nhưng có 2.\n",
    ],
    [
      ['recncile'],
      "error: unknown command 'recncile'\n(Did you mean reconcile?)\n",
      "lỗi: không có lệnh 'recncile'\n(Có phải ý bạn là reconcile?)\n",
    ],
    [
      ['pick', 'c'],
      "error: command-argument value 'c' is invalid for argument 'which'. Allowed choices are a, b.\n",
      "lỗi: tham số 'which' không nhận giá trị 'c'. Chỉ được chọn một trong: a, b.\n",
    ],
    [
      ['both', '--a', '--b'],
      "error: option '--a' cannot be used with option '--b'\n",
      "lỗi: không dùng được tùy chọn '--a' cùng với tùy chọn '--b'\n",
    ],
  ];

  it.each(CASES)('%j', (argv, english, vietnamese) => {
    const said = commanderSays(argv);
    expect(said).toBe(english);
    expect(commanderMessage(said, 'en')).toBe(english);
    expect(commanderMessage(said, 'vi')).toBe(vietnamese);
  });

  it('leaves a message it does not know in English, whole', () => {
    const text = "error: option '--x <n>' value 'y' from env 'X' is invalid.\n";
    expect(commanderMessage(text, 'vi')).toBe(text);
    expect(commanderMessage('error: something new\n(Did you mean --to?)\n', 'vi')).toBe(
      'error: something new\n(Did you mean --to?)\n',
    );
  });

  it('keeps quoted option names and values as they are, even odd ones', () => {
    expect(commanderMessage("error: unknown option '--tên'\n", 'vi')).toBe("lỗi: không có tùy chọn '--tên'\n");
    expect(
      commanderMessage(
        "error: option '--format <format>' argument 'it's' is invalid. Allowed choices are table, json.\n",
        'vi',
      ),
    ).toBe("lỗi: tùy chọn '--format <format>' không nhận giá trị 'it's'. Chỉ được chọn một trong: table, json.\n");
  });
});
