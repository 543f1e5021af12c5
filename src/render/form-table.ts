/**
 * `--form 06a --format table`: the form as printed — column groups, column names and their numbers
 * (1)–(11) over the rows and a total row; with two sources, a line per source and the numbers of the
 * columns where they differ (in colour when on). Under it: the period and its rule, the rates of each
 * source, and how the columns add up. The columns the printed form lacks are shown when not all zero.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { FormReport, FormRow } from '../core/form-report.js';
import { FORM_WORDS, type FormWords } from '../messages/form.js';
import { formatCount, labelsFor } from './labels.js';
import type { RenderOptions } from './options.js';
import {
  FORM_COLUMN_SPECS,
  type FormColumnSpec,
  formPercent,
  formPeriodLine,
  formSources,
  rowLabelTexts,
} from './form-cells.js';
import { showControls } from './visible-text.js';

/** Width of a figure's column (its heading wraps inside it). */
const FIGURE_WIDTH = 11;
/** Widest a label column grows before names wrap. */
const LABEL_WIDTH = 28;

export function renderFormTable(report: FormReport, opts: RenderOptions): string {
  const w = FORM_WORDS[opts.lang];
  const l = labelsFor(opts.lang, opts.decimal);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const sources = formSources(report);
  const both = sources.length > 1;
  const columns = shownColumns(report);
  const labelHeads = w.rows[report.rowsBy];
  const lead = [w.number, ...labelHeads, ...(both ? [w.source] : [])];
  const tail = both ? [w.differs] : [];
  const labelWidth = (i: number): number =>
    Math.min(
      LABEL_WIDTH,
      Math.max(
        labelHeads[i]!.length,
        w.total.length,
        ...report.rows.map((r) => rowLabelTexts(report, r, w)[i]!.length),
      ),
    ) + 2;
  const table = new Table({
    style: { head: [], border: [], compact: true },
    colWidths: [
      w.number.length + 3,
      ...labelHeads.map((_, i) => labelWidth(i)),
      ...(both ? [Math.max(...sources.map((s) => w.sources[s].length), w.source.length) + 2] : []),
      ...columns.map(() => FIGURE_WIDTH),
      ...(both ? [FIGURE_WIDTH * 2] : []),
    ],
    colAligns: [
      'left',
      ...labelHeads.map(() => 'left' as const),
      ...(both ? ['left' as const] : []),
      ...columns.map(() => 'right' as const),
    ],
    wordWrap: true,
  });
  const groups = groupSpans(columns);
  table.push([
    { content: '', colSpan: lead.length },
    ...groups.map((g) => ({ content: c.bold(w.groups[g.group]), colSpan: g.span, hAlign: 'center' as const })),
    ...tail.map(() => ''),
  ]);
  table.push([
    ...lead.map((h) => c.bold(h)),
    ...columns.map((s) => c.bold(w.columns[s.column])),
    ...tail.map((h) => c.bold(h)),
  ]);
  table.push([
    ...lead.map(() => ''),
    ...columns.map((s) => (s.number === null ? '' : `(${s.number})`)),
    ...tail.map(() => ''),
  ]);
  const push = (row: FormRow, number: string, labels: string[], bold: boolean): void => {
    sources.forEach((source, k) => {
      const figures = row[source]!;
      const line = [
        k === 0 ? number : '',
        ...labels.map((label) => (k === 0 ? showControls(label) : '')),
        ...(both ? [w.sources[source]] : []),
        ...columns.map((s) => {
          const text = formatCount(figures[s.column], l);
          return both && row.differences.includes(s.column) ? c.yellow(text) : text;
        }),
        ...(both ? [k === 0 ? '' : c.yellow(differenceNumbers(row, w))] : []),
      ];
      table.push(bold ? line.map((cell) => c.bold(cell)) : line);
    });
  };
  for (const [i, row] of report.rows.entries()) push(row, String(i + 1), rowLabelTexts(report, row, w), false);
  push(report.total, '', [w.total, ...labelHeads.slice(1).map(() => '')], true);
  const lines = [
    c.bold(w.title),
    formPeriodLine(report, w, l),
    table.toString(),
    ...sources.map((source) => ratesLine(report, source, opts)),
    ...sources.map((source) => qd766Line(report, source, opts)),
    `(${w.ratesOf(report.decimals)})`,
    w.sums,
  ];
  return lines.join('\n') + '\n';
}

/** The printed form's columns, and the others when any of their figures is not zero. */
export function shownColumns(report: FormReport): FormColumnSpec[] {
  const all = [...report.rows, report.total];
  return FORM_COLUMN_SPECS.filter(
    (s) => s.number !== null || all.some((r) => (r.electronic?.[s.column] ?? 0) + (r.paper?.[s.column] ?? 0) > 0),
  );
}

export function groupSpans(columns: readonly FormColumnSpec[]): { group: FormColumnSpec['group']; span: number }[] {
  const spans: { group: FormColumnSpec['group']; span: number }[] = [];
  for (const s of columns) {
    const last = spans.at(-1);
    if (last?.group === s.group) last.span++;
    else spans.push({ group: s.group, span: 1 });
  }
  return spans;
}

/** "(5) (8); Late, with apology": the printed numbers of the differing columns, then the others by name. */
export function differenceNumbers(row: FormRow, w: FormWords): string {
  const differing = FORM_COLUMN_SPECS.filter((s) => row.differences.includes(s.column));
  const numbered = differing.filter((s) => s.number !== null).map((s) => `(${s.number})`);
  const named = differing.filter((s) => s.number === null).map((s) => w.columns[s.column]);
  return [numbered.join(' '), ...named].filter(Boolean).join('; ');
}

/** "Electronic: 526 resolved — before the due date 509 (96.77%), on time 16 (3.04%), late 1 (0.19%)". */
export function ratesLine(report: FormReport, source: 'electronic' | 'paper', opts: RenderOptions): string {
  const w = FORM_WORDS[opts.lang];
  const l = labelsFor(opts.lang, opts.decimal);
  const f = report.total[source]!;
  const part = (n: number, p: number | null): string =>
    `${formatCount(n, l)} (${formPercent(p, report.decimals, l.decimal)}%)`;
  return w.rates(
    w.sources[source],
    formatCount(f.resolvedTotal, l),
    part(f.resolvedBefore, f.rates.before),
    part(f.resolvedOnTime, f.rates.onTime),
    part(f.resolvedLate, f.rates.late),
  );
}

/** The Decision 766 timeliness indicator of one source, with its formula. */
export function qd766Line(report: FormReport, source: 'electronic' | 'paper', opts: RenderOptions): string {
  const w = FORM_WORDS[opts.lang];
  const l = labelsFor(opts.lang, opts.decimal);
  const q = report.total[source]!.qd766;
  return w.qd766(
    w.sources[source].toLocaleLowerCase(opts.lang),
    formatCount(q.timely, l),
    formatCount(q.handled, l),
    `${formPercent(q.percent, report.decimals, l.decimal)}%`,
  );
}
