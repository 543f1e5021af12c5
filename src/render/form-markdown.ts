/**
 * `--form 06a --format markdown`: the form as a GitHub table — a heading, the period and its rule, a
 * header naming each column's group, name and printed number, the rows and the total in bold, with
 * two sources a line per source and the differing columns; then the rates and how the columns add up.
 * Labels from the inputs are escaped.
 */
import type { FormReport, FormRow } from '../core/form-report.js';
import { FORM_WORDS } from '../messages/form.js';
import { formatCount, labelsFor } from './labels.js';
import { escapeMarkdown } from './markdown.js';
import type { RenderOptions } from './options.js';
import { formPeriodLine, formSources, rowLabelTexts } from './form-cells.js';
import { differenceNumbers, qd766Line, ratesLine, shownColumns } from './form-table.js';

export function renderFormMarkdown(report: FormReport, opts: RenderOptions): string {
  const w = FORM_WORDS[opts.lang];
  const l = labelsFor(opts.lang, opts.decimal);
  const sources = formSources(report);
  const both = sources.length > 1;
  const columns = shownColumns(report);
  const labelHeads = w.rows[report.rowsBy];
  const head = [
    w.number,
    ...labelHeads,
    ...(both ? [w.source] : []),
    ...columns.map((s) => `${w.groups[s.group]}: ${w.columns[s.column]}${s.number === null ? '' : ` (${s.number})`}`),
    ...(both ? [w.differs] : []),
  ];
  // The number, label and source columns and the differences column are text; the figures align right.
  const isTextColumn = (i: number): boolean =>
    i <= labelHeads.length + (both ? 1 : 0) || (both && i === head.length - 1);
  const lines = [
    `## ${escapeMarkdown(w.title)}`,
    '',
    escapeMarkdown(formPeriodLine(report, w, l)),
    '',
    `| ${head.map(escapeMarkdown).join(' | ')} |`,
    `|${head.map((_, i) => (isTextColumn(i) ? ' --- |' : ' ---: |')).join('')}`,
  ];
  const push = (row: FormRow, number: string, labels: string[], bold: boolean): void => {
    const b = (text: string): string => (bold && text !== '' ? `**${text}**` : text);
    sources.forEach((source, k) => {
      const f = row[source]!;
      const cells = [
        k === 0 ? number : '',
        ...labels.map((label) => (k === 0 ? b(escapeMarkdown(label)) : '')),
        ...(both ? [w.sources[source]] : []),
        ...columns.map((s) => b(formatCount(f[s.column], l))),
        ...(both ? [k === 0 ? '' : differenceNumbers(row, w)] : []),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    });
  };
  for (const [i, row] of report.rows.entries()) push(row, String(i + 1), rowLabelTexts(report, row, w), false);
  push(report.total, '', [w.total, ...labelHeads.slice(1).map(() => '')], true);
  lines.push('', ...sources.map((s) => `${escapeMarkdown(ratesLine(report, s, opts))}  `));
  lines.push(...sources.map((s) => `${escapeMarkdown(qd766Line(report, s, opts))}  `));
  lines.push(`(${escapeMarkdown(w.ratesOf(report.decimals))})  `, escapeMarkdown(w.sums));
  return lines.join('\n') + '\n';
}
