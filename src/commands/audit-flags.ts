/**
 * The command-line options shared by `reconcile` and `stats`, declared once.
 */
import { Option, type Command } from 'commander';
import { BY_PERIODS, DENOMINATORS, GATE_SCOPES, PERIOD_BYS, RESULT_DATE_MODES } from '../core/choice-lists.js';
import { FORM_ROWS, FORMS } from '../core/form-names.js';
import { FIELDS } from '../core/types.js';
import { CSV_HEADERS, FORMATS, XLSX_SHEETS } from '../render/formats.js';
import { LANGS } from '../messages/lang.js';
import { helpText } from '../messages/help.js';
import type { Lang } from '../messages/lang.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** How files are read and CSV written, and the config file: shared by `reconcile`, `stats` and `validate`. */
export function addFileOptions(cmd: Command, lang: Lang): Command {
  const t = helpText(lang);
  return cmd
    .option('--unit-name <name>', t.shared.unit)
    .option('--map <field=Header>', t.shared.map(FIELDS.join(', ')), collect)
    .option('--input-delimiter <char>', t.shared.inputDelimiter)
    .option('--sheet <name|number>', t.shared.sheet)
    .option('--max-row-bytes <n>', t.shared.maxRowBytes)
    .option('--delimiter <char>', t.shared.delimiter)
    .option('--config <file>', t.shared.config);
}

/**
 * Options of the whole run, which every command takes (before or after its name: global-options.ts):
 * colour on or off, and quiet. `--color` and `--no-color` together leave the value unset when neither
 * is typed, so NO_COLOR, FORCE_COLOR and the terminal decide.
 */
export function addRunOptions(cmd: Command, lang: Lang): Command {
  const t = helpText(lang);
  return cmd
    .option('--color', t.shared.color)
    .option('--no-color', t.audit.noColor)
    .option('-q, --quiet', t.shared.quiet);
}

/** Options shared by `reconcile` and `stats`, under headings in `--help`. */
export function addAuditOptions(cmd: Command, lang: Lang): Command {
  const t = helpText(lang);
  const g = t.groups;
  cmd
    .optionsGroup(g.period)
    .option('--from <yyyy-mm-dd>', t.shared.from)
    .option('--to <yyyy-mm-dd>', t.shared.to)
    .option('--as-of <yyyy-mm-dd>', t.audit.asOf)
    .option('--unit <pattern>', t.audit.unitFilter, collect)
    .option('--procedure <pattern>', t.audit.procedureFilter, collect)
    .addOption(new Option('--result-date <which>', t.audit.resultDate).choices(RESULT_DATE_MODES).default('auto'))
    .addOption(new Option('--denominator <name>', t.audit.denominator).choices(DENOMINATORS).default('resolved'))
    .option('--calendar <file>', t.audit.calendar)
    .option('--procedures <file>', t.audit.procedures)
    .addOption(new Option('--period-by <which>', t.audit.periodBy).choices(PERIOD_BYS))
    .addOption(new Option('--by <period>', t.audit.by).choices(BY_PERIODS))
    .option('--apology-lead-days <n>', t.audit.apologyLeadDays)
    .option('--cutoff <HH:MM>', t.audit.cutoff)
    .optionsGroup(g.gates)
    .option('--fail-on <kinds>', t.audit.failOn)
    .option('--max-late-rate <pct>', t.audit.maxLateRate)
    .option('--max-masked-late <n>', t.audit.maxMaskedLate)
    .option('--min-coverage <pct>', t.audit.minCoverage)
    .addOption(new Option('--gate-scope <scope>', t.audit.gateScope).choices(GATE_SCOPES).default('total'))
    .option('--allow-empty', t.audit.allowEmpty)
    .optionsGroup(g.output)
    .addOption(new Option('--format <format>', t.audit.format).choices(FORMATS).default('table'))
    .option('--output <file>', t.audit.output)
    .option('--details <file>', t.audit.details)
    .option('--dossiers <file>', t.audit.dossiers)
    .option('--rejects <file>', t.audit.rejects)
    .addOption(new Option('--form <form>', t.audit.form).choices(FORMS))
    .addOption(new Option('--rows <rows>', t.audit.rows).choices(FORM_ROWS))
    .option('--decimals <n>', t.audit.decimals)
    .addOption(new Option('--headers <which>', t.audit.headers).choices(CSV_HEADERS).default('labels'))
    // No commander default: a value typed with another format than xlsx is refused (audit-options.ts).
    .addOption(new Option('--xlsx-sheets <layout>', t.audit.xlsxSheets).choices(XLSX_SHEETS))
    .option('--timestamp', t.audit.timestamp)
    .addOption(new Option('--lang <lang>', t.audit.lang).choices(LANGS))
    .addOption(new Option('--decimal <mark>', t.audit.decimal).choices(['dot', 'comma']))
    .option('--wide', t.audit.wide)
    .option('--bom', t.audit.bom)
    .option('--no-bom', t.audit.noBom)
    .option('--force', t.audit.force);
  addRunOptions(cmd, lang);
  cmd.optionsGroup(g.reading);
  return addFileOptions(cmd, lang)
    .option('--encoding <name>', t.audit.encoding)
    .option('--max-errors <n|pct%>', t.shared.maxErrors, '1%')
    .option('--debug', t.shared.debug);
}
