/**
 * `tthc-audit calendar --year <yyyy> [--calendar <file>] [--format table|json]`
 * `tthc-audit calendar --received <yyyy-mm-dd> --working-days <n> [--format table|json]`
 *
 * The working-day calendar the audit uses: a year's days off and swapped working days with the notice
 * behind each, or the due date of a dossier received on a day with a time limit in working days
 * (processing starts on the next working day; the due date is the n-th working day after receipt).
 */
import { Option, type Command } from 'commander';
import { helpText } from '../messages/help.js';
import { LANGS } from '../messages/lang.js';
import type { CommandContext } from './context.js';

export interface RawCalendarOptions {
  year?: string;
  received?: string;
  workingDays?: string;
  calendar?: string;
  format?: string;
  lang?: string;
}

export function registerCalendar(program: Command, ctx: CommandContext): void {
  const { setExit, lang } = ctx;
  const t = helpText(lang);
  program
    .command('calendar')
    .description(t.calendar.description)
    .option('--year <yyyy>', t.calendar.year)
    .option('--received <yyyy-mm-dd>', t.calendar.received)
    .option('--working-days <n>', t.calendar.workingDays)
    .option('--calendar <file>', t.calendar.calendar)
    .addOption(new Option('--format <format>', t.calendar.format).choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', t.calendar.lang).choices(LANGS))
    .option('--color', t.shared.color)
    .option('--no-color', t.audit.noColor)
    .option('-q, --quiet', t.shared.quiet)
    .addHelpText('after', t.calendar.after)
    .action(async (raw: RawCalendarOptions) => {
      const { runCalendar } = await import('./run-calendar.js'); // loaded only when the command runs
      setExit(await runCalendar(raw, ctx));
    });
}
