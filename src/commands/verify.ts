/**
 * `tthc-audit verify <report.json> [files...] [--lang en|vi]`
 *
 * Are these the files a report was made from? Each file is hashed (size and SHA-256) and compared
 * with the files the report's provenance lists; without files, every file the report lists is checked
 * at its path. Exit 0 when every file matches, 1 when one differs or is not in the report, 2 when a
 * file or the report cannot be read.
 */
import { Option, type Command } from 'commander';
import { helpText } from '../messages/help.js';
import { LANGS } from '../messages/lang.js';
import type { CommandContext } from './context.js';

export interface RawVerifyOptions {
  lang?: string;
}

export function registerVerify(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
  const t = helpText(lang);
  program
    .command('verify')
    .description(t.verify.description)
    .argument('<report>', t.verify.report)
    .argument('[files...]', t.verify.files)
    .addOption(new Option('--lang <lang>', t.verify.lang).choices(LANGS))
    .addHelpText('after', t.verify.after)
    .action(async (report: string, files: string[], raw: RawVerifyOptions) => {
      const { runVerify } = await import('./run-verify.js'); // loaded only when the command runs
      setExit(await runVerify(report, files, raw, ctx));
    });
}
