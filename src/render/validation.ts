/**
 * `validate` output: a plain-text table of problems by kind (counts, first examples with file:line)
 * or the report as JSON. A function of the report and the language only; wording from labels.ts.
 * In JSON a rejected row keeps its reason as data (`reason: { id, args }`, stable across languages)
 * and as a sentence in the report's language (`args.reason`).
 */
import { showControls } from './visible-text.js';
import { formatPlace } from '../errors.js';
import type { Field } from '../core/types.js';
import type { Problem, Reading, ValidationReport } from '../core/validation.js';
import { reasonText } from '../messages/reasons.js';
import { LABELS, formatCount, type Lang, type ValidateLabels } from './labels.js';

import type { ValidateFormat } from './formats.js';

export { VALIDATE_FORMATS, type ValidateFormat } from './formats.js';

export function renderValidation(report: ValidationReport, format: ValidateFormat, lang: Lang): string {
  if (format === 'json') return JSON.stringify(withReasonText(report, lang), null, 2) + '\n';
  const l = LABELS[lang];
  const n = (x: number): string => formatCount(x, l);
  const lines = [l.validate.title, '', l.text.inputs];
  for (const i of report.inputs) {
    const what = i.readable
      ? `${l.text.rows(n(i.rowsRead), n(i.rowsUsed), n(i.rowsRejected), '0', n(i.rowsLayout ?? 0))}; ` +
        (i.sheet ? l.text.sheetRead(i.sheet, n(i.headerLine ?? 1)) : `${i.encoding}, ${JSON.stringify(i.delimiter)}`)
      : l.validate.unreadable;
    lines.push(`  ${i.file} (${i.source === 'paper' ? l.columns.paper : l.columns.electronic}): ${what}`);
    if (i.reading !== undefined) lines.push(...readingLines(i.reading, l.validate, n));
  }
  lines.push('');
  if (report.problems.length === 0) return showControls([...lines, l.validate.clean, ''].join('\n'));
  lines.push(l.validate.problems);
  for (const g of report.problems) {
    // The kind's name is the JSON's; Vietnamese readers get the words only.
    lines.push(`  ${l.validate.kinds[g.kind]}${lang === 'vi' ? '' : ` [${g.kind}]`}: ${n(g.count)}`);
    for (const p of g.examples) {
      const place = formatPlace({
        file: p.file,
        ...(p.line === null ? {} : { line: p.line }),
        ...(p.column === null ? {} : { column: p.column }),
        ...(p.sheet === undefined ? {} : { sheet: p.sheet, columnName: p.columnName ?? '' }),
      });
      lines.push(`    ${place}${l.validate.detail(p)}`);
    }
    if (g.count > g.examples.length) lines.push(`    ${l.validate.more(n(g.count - g.examples.length))}`);
  }
  lines.push('', l.validate.total(n(report.problemCount)), '');
  // No colour here: every control character in the text came from the inputs.
  return showControls(lines.join('\n'));
}

/** How a file was read: header → field, the headers ignored, date forms, hidden rows, first dossiers. */
function readingLines(r: Reading, v: ValidateLabels, n: (x: number) => string): string[] {
  const q = (s: string): string => JSON.stringify(s);
  const read = r.columns.filter((c) => c.field !== null).map((c) => `${q(c.header)} → ${v.fields[c.field!]}`);
  const ignored = r.columns.filter((c) => c.field === null && c.header.trim() !== '').map((c) => q(c.header));
  const lines = [`    ${v.columns}: ${read.join(', ')}`];
  if (ignored.length > 0) lines.push(`    ${v.ignored}: ${ignored.join(', ')}`);
  if (r.dateForms.length > 0) {
    lines.push(`    ${v.dateForms}:`);
    for (const d of r.dateForms) {
      lines.push(`      ${v.fields[d.field as Field]}: ${d.forms.map((f) => `${f.form} (${n(f.count)})`).join(', ')}`);
    }
  }
  if (r.hiddenRows > 0) lines.push(`    ${v.hiddenRows(n(r.hiddenRows))}`);
  if (r.firstDossiers.length > 0) {
    lines.push(`    ${v.firstDossiers}:`);
    for (const d of r.firstDossiers) lines.push(`      ${v.dossier(d)}`);
  }
  return lines;
}

/** The report with each rejected row's reason also worded in `lang`, as `args.reason`. */
function withReasonText(report: ValidationReport, lang: Lang): ValidationReport {
  const word = (p: Problem): Problem =>
    p.reason === undefined ? p : { ...p, args: { ...p.args, reason: reasonText(p.reason, lang) } };
  return { ...report, problems: report.problems.map((g) => ({ ...g, examples: g.examples.map(word) })) };
}
