/**
 * The report's provenance (core/provenance.ts) worded once, as label–value pairs in the report's
 * language, for every format that shows it: the table's footer, the markdown and HTML footers, the
 * CSV's trailing rows and the workbook's About sheet. Values from the inputs (paths, the
 * command line) are returned as they are: each format escapes them its own way.
 */
import type { InputProvenance, OptionFile, Provenance } from '../core/provenance.js';
import { formatCount, type Labels } from './labels.js';
import { periodText } from './report-facts.js';

export interface ProvenanceFact {
  label: string;
  value: string;
}

/** Every fact of the provenance, in order: tool, command line, time, as-of and period, rules, inputs. */
export function provenanceFacts(p: Provenance, l: Labels): ProvenanceFact[] {
  return [...runFacts(p, l), ...inputFacts(p, l)];
}

/** The facts of the run: tool, command line, time, as-of and period, rules (the workbook tabulates the inputs). */
export function runFacts(p: Provenance, l: Labels): ProvenanceFact[] {
  const w = l.provenance;
  const n = (x: number): string => formatCount(x, l);
  const optionFile = (f: OptionFile | null): string => (f === null ? w.none : w.file(f.path, n(f.size), f.sha256));
  const cal = p.rules.calendar;
  const calendar = [
    w.calendarData(cal.dataVersion, cal.dataYears[0], cal.dataYears[1]),
    ...(cal.computedYears.length > 0 ? [w.computed(cal.computedYears.join(', '))] : []),
    ...(cal.file === null ? [] : [`${w.calendarFile} ${optionFile(cal.file)}`]),
  ].join('; ');
  return [
    { label: w.tool, value: `${p.tool.name} ${p.tool.version}`.trim() },
    { label: w.commandLine, value: commandLineText(p.tool.name, p.commandLine) },
    { label: w.generatedAt, value: p.generatedAt ?? w.notStated },
    { label: w.asOf, value: `${l.date(p.asOf)} (${w.asOfSource[p.asOfSource]})` },
    { label: w.period[p.period.basis], value: periodText(p, l) },
    { label: w.rules, value: l.text.resultDate[p.rules.resultDate] },
    { label: w.denominator, value: `${l.denominatorName[p.rules.denominator]}: ${l.formula[p.rules.denominator]}` },
    { label: w.calendar, value: calendar },
    { label: w.procedures, value: optionFile(p.rules.procedures) },
    ...(p.rules.receiptCutoff === undefined
      ? []
      : [{ label: w.receiptCutoff, value: w.receiptCutoffRule(p.rules.receiptCutoff) }]),
    { label: w.config, value: optionFile(p.rules.config) },
  ];
}

/** A fact per input: its file, format, header line and rows. */
export function inputFacts(p: Provenance, l: Labels): ProvenanceFact[] {
  const w = l.provenance;
  const n = (x: number): string => formatCount(x, l);
  const facts: ProvenanceFact[] = [];
  p.inputs.forEach((i, k) => {
    const delimiter = i.delimiter === '\t' ? w.tab : `"${i.delimiter}"`;
    facts.push({
      label: inputLabel(i, k, l),
      value: [
        w.file(i.path, n(i.size), i.sha256),
        w.format(i.format.toUpperCase(), i.encoding, delimiter),
        w.headerLine(n(i.headerLine)),
        l.text.rows(n(i.rowsRead), n(i.rowsUsed), n(i.rowsRejected), n(i.rowsOutsidePeriod), n(i.rowsLayout)),
      ].join(' · '),
    });
  });
  return facts;
}

/** "Input 1 (electronic)": the `k`-th input (from 0) as the provenance names it. */
export function inputLabel(i: InputProvenance, k: number, l: Labels): string {
  return l.provenance.input(formatCount(k + 1, l), l.sources[i.source]);
}

/** `tthc-audit reconcile --electronic 'a b.csv'`: the command line as one line a POSIX shell takes back. */
export function commandLineText(name: string, args: readonly string[]): string {
  return [name, ...args].map(shellQuote).join(' ');
}

function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
