/**
 * The command-line options shared by `reconcile` and `stats`, declared once.
 */
import { Option, type Command } from 'commander';
import { RESULT_DATE_MODES } from '../core/classify.js';
import { GATE_SCOPES } from '../core/gates.js';
import { DENOMINATORS } from '../core/summarise.js';
import { FIELDS } from '../core/types.js';
import { FORMATS } from '../render/index.js';
import { LANGS } from '../render/labels.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Options shared by `reconcile` and `stats`. */
export function addAuditOptions(cmd: Command): Command {
  return cmd
    .option('--from <yyyy-mm-dd>', 'first receipt date of the period (included)')
    .option('--to <yyyy-mm-dd>', 'last receipt date of the period (included)')
    .option('--as-of <yyyy-mm-dd>', 'cut-off date for classifying (default: --to, else the latest date in the inputs)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .option('--details <file>', 'write one CSV row per finding to this file')
    .option('--rejects <file>', 'write every rejected input row, with its line and reason, to this CSV file')
    .option('--fail-on <kinds>', 'exit 1 when any of these finding kinds (comma-separated) is found; "any" for all')
    .addOption(new Option('--lang <lang>', 'language of labels and messages (default: from LANG, else en)').choices(LANGS))
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--unit <name>', 'unit name for files that have no unit column')
    .option('--map <field=Header>', `read a column under another header (repeatable); fields: ${FIELDS.join(', ')}`, collect)
    .option('--encoding <name>', 'encoding of files without a byte-order mark (default utf-8; e.g. windows-1258; tcvn3 or vni for legacy font text)')
    .option('--config <file>', 'JSON config: column and status label mappings, option defaults (default: tthc-audit.config.json here, if any)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; and tab)')
    .addOption(new Option('--result-date <which>', 'which date is the result: completion date else return date (auto), or only one').choices(RESULT_DATE_MODES).default('auto'))
    .option('--max-errors <n|pct%>', 'exit 2 when more rows than this are rejected', '1%')
    .option('--force', 'replace existing output files even when tthc-audit did not write them')
    .option('--bom', 'start CSV with a UTF-8 byte-order mark so Excel shows diacritics (the default for CSV files; this adds it on stdout too)')
    .option('--no-bom', 'no byte-order mark, even in CSV files')
    .option('--max-late-rate <pct>', 'CI gate: exit 1 when a late rate (either source) is above this percentage')
    .option('--max-masked-late <n>', 'CI gate: exit 1 when more than n dossiers have masked lateness')
    .option('--min-coverage <pct>', 'CI gate: exit 1 when less than this share of paper dossiers is found in the electronic system')
    .addOption(new Option('--gate-scope <scope>', 'check gates on the total or on every unit').choices(GATE_SCOPES).default('total'))
    .option('--dossiers <file>', 'write one entry per dossier (class, dates, days late on each side): CSV, or JSON when the name ends in .json')
    .option('--calendar <file>', 'JSON file of days off / working days that add to or override the built-in holiday data')
    .option('--procedures <file>', 'CSV catalogue of procedure code/name and statutory time in working days: checks each due date')
    .addOption(new Option('--denominator <name>', 'how rates are counted (see README)').choices(DENOMINATORS).default('resolved'))
    .addOption(new Option('--decimal <mark>', 'decimal mark in the table (default: comma for --lang vi, else dot)').choices(['dot', 'comma']))
    .option('--debug', 'show stack traces for errors');
}
