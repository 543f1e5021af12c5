/**
 * `--format markdown`: a CI job summary or pull-request comment (GitHub-flavoured tables). A heading,
 * the period and as-of date, the per-unit table with a total row, the findings counted by kind, the
 * first findings, then the inputs, skipped checks and notes. Text from the inputs is escaped so a
 * unit name or code can neither break a table nor turn into markup, a link or an @mention.
 */
import type { GateResult } from '../core/gates.js';
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import type { Finding } from '../findings/finding.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import { formatCount, labelsFor, type Labels, type Lang } from './labels.js';
import type { RenderOptions } from './options.js';
import { provenanceFacts } from './provenance-facts.js';
import { showControls } from './visible-text.js';
import { coverageText, findingPlaces, gateText, kindCounts, periodText, ratesText, unitNames } from './report-facts.js';
import { alertOf, formatCell, unitColumns, unitName, type UnitColumn } from './unit-columns.js';

/** How many findings are listed; a comment must stay readable (and under GitHub's 65,536 characters). */
export const MARKDOWN_FINDINGS_SHOWN = 50;

/** Escape text for inline markdown and table cells. */
export function escapeMarkdown(text: string): string {
  return showControls(
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~#]/g, '\\$&')
      // a zero-width space after "@" stops GitHub from notifying a user or team named in the data
      .replace(/@/g, '@\u200b')
      // no autolinks: an escaped ":" or "." splits "http://…" and "www.…" so no renderer links them
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`),
  );
}

export function renderMarkdown(report: AuditReport, opts: RenderOptions): string {
  const l = labelsFor(opts.lang, opts.decimal);
  const t = l.text;
  const coverage = coverageText(report, l);
  const lines = [
    `## ${escapeMarkdown(t.title(report.command))}`,
    '',
    `**${l.report.units}:** ${unitNames(report, l).map(escapeMarkdown).join(', ')}  `,
    `**${t.asOf}:** ${l.date(report.asOf)} · **${t.period[report.period.basis]}:** ${periodText(report, l)} · ` +
      `${t.resultDate[report.resultDate]}  `,
    `**${t.rates}:** ${escapeMarkdown(ratesText(report, l))}${coverage === null ? '' : '  '}`,
    ...(coverage === null ? [] : [`**${t.coverage}:** ${escapeMarkdown(coverage)}`]),
    '',
    ...gateLines(report, l, opts.lang),
    `### ${l.report.byUnit}`,
    '',
    ...unitTable(report, l),
    '',
    ...periodSection(report, l),
    ...findingSections(report, l, opts),
    ...footer(report, l, opts.lang),
  ];
  return lines.join('\n') + '\n';
}

/** CI gates first: they decide the job's outcome. */
function gateLines(report: AuditReport, l: Labels, lang: Lang): string[] {
  if (report.gates.length === 0) return [];
  const line = (g: GateResult): string =>
    g.passed ? `- ${escapeMarkdown(gateText(g, l, lang))}` : `- **${escapeMarkdown(gateText(g, l, lang))}**`;
  return [`### ${l.text.gates}`, '', ...report.gates.map(line), ''];
}

/** The per-unit table's headings and how one unit's cells are written (bold: the total's). */
function unitCells(report: AuditReport, l: Labels) {
  const cols = unitColumns(report, l);
  const suffix = (c: UnitColumn): string =>
    report.command === 'reconcile' && c.group !== 'findings'
      ? ` ${c.group === 'electronic' ? l.columns.e : l.columns.p}`
      : '';
  const heads = cols.map((c) => escapeMarkdown(`${c.head.replace(/\n/g, ' ')}${suffix(c)}`));
  const cells = (u: UnitReport, bold: boolean): string[] =>
    cols.map((c) => {
      const text = formatCell(c, u, l);
      return bold || alertOf(c, u) !== 'none' ? `**${text}**` : text;
    });
  return { heads, rule: cols.map(() => '---:'), cells };
}

function unitTable(report: AuditReport, l: Labels): string[] {
  const { heads, rule, cells } = unitCells(report, l);
  const row = (u: UnitReport, name: string, bold: boolean): string =>
    tableRow([bold ? `**${name}**` : name, ...cells(u, bold)]);
  return [
    tableRow([escapeMarkdown(l.columns.unit), ...heads]),
    tableRow([':---', ...rule]),
    ...report.units.map((u) => row(u, escapeMarkdown(unitName(u, l)), false)),
    row(report.total, escapeMarkdown(l.columns.total), true),
  ];
}

/** `--by`: the same figures per period, each unit's periods under its name, then the total's. */
function periodSection(report: AuditReport, l: Labels): string[] {
  if (report.by === undefined) return [];
  const { heads, rule, cells } = unitCells(report, l);
  const rows = (u: UnitReport, name: string, bold: boolean): string[] =>
    (u.byPeriod ?? []).map((p, i) => {
      const first = i === 0 ? (bold ? `**${name}**` : name) : '';
      return tableRow([first, escapeMarkdown(l.periods.label(p.period)), ...cells({ ...p, unit: u.unit }, bold)]);
    });
  return [
    `### ${l.periods.title}`,
    '',
    tableRow([escapeMarkdown(l.columns.unit), escapeMarkdown(l.periods.column), ...heads]),
    tableRow([':---', ':---', ...rule]),
    ...report.units.flatMap((u) => rows(u, escapeMarkdown(unitName(u, l)), false)),
    ...rows(report.total, escapeMarkdown(l.columns.total), true),
    '',
  ];
}

function findingSections(report: AuditReport, l: Labels, opts: RenderOptions): string[] {
  const lines = [`### ${l.report.byKind}`, ''];
  const counts = kindCounts(report);
  if (counts.length === 0) return [...lines, l.text.noFindings, ''];
  // Vietnamese reads the kinds' titles only; English also gets the names --fail-on takes.
  const vi = opts.lang === 'vi';
  lines.push(
    vi ? tableRow([l.report.kind, l.report.count]) : tableRow([l.report.kind, l.report.count, l.report.description]),
    vi ? tableRow([':---', '---:']) : tableRow([':---', '---:', ':---']),
  );
  for (const { kind, count } of counts) {
    const title = escapeMarkdown(kindTitle(kind, opts.lang));
    lines.push(tableRow(vi ? [title, formatCount(count, l)] : [`\`${kind}\``, formatCount(count, l), title]));
  }
  const total = report.findings.length;
  const shown = report.findings.slice(0, MARKDOWN_FINDINGS_SHOWN);
  const title =
    shown.length === total
      ? l.text.findings
      : l.report.firstFindings(formatCount(shown.length, l), formatCount(total, l));
  lines.push('', `### ${title}`, '');
  lines.push(
    tableRow([l.report.kind, l.columns.unit, l.report.code, l.report.where, l.report.message]),
    tableRow(Array<string>(5).fill(':---')),
  );
  for (const f of shown) lines.push(findingRow(f, l, opts));
  if (total > shown.length)
    lines.push('', `_${escapeMarkdown(l.report.moreFindings(formatCount(total - shown.length, l)))}_`);
  lines.push('');
  return lines;
}

function findingRow(f: Finding, l: Labels, opts: RenderOptions): string {
  const unit = f.unit === '' ? l.text.noUnit : f.unit;
  return tableRow([
    opts.lang === 'vi' ? escapeMarkdown(kindTitle(f.kind, 'vi')) : `\`${f.kind}\``,
    escapeMarkdown(unit),
    escapeMarkdown(f.code),
    escapeMarkdown(findingPlaces(f)),
    escapeMarkdown(messageOf(f, opts.lang)),
  ]);
}

function footer(report: AuditReport, l: Labels, lang: Lang): string[] {
  const t = l.text;
  const n = (x: number): string => formatCount(x, l);
  const lines = [`### ${t.inputs}`, ''];
  for (const i of report.inputs) {
    const source = i.source === 'electronic' ? l.columns.electronic : l.columns.paper;
    lines.push(
      `- ${source}: ${escapeMarkdown(i.file)}` +
        (i.sheet === undefined ? '' : ` (${escapeMarkdown(t.sheetRead(i.sheet, n(i.headerLine)))})`) +
        `: ${escapeMarkdown(t.rows(n(i.rowsRead), n(i.rowsUsed), n(i.rowsRejected), n(i.rowsOutsidePeriod)))}`,
    );
  }
  if (report.skippedChecks.length > 0) {
    lines.push('', `### ${t.skipped}`, '');
    for (const s of report.skippedChecks) {
      const check = lang === 'vi' ? escapeMarkdown(kindTitle(s.check, lang)) : `\`${s.check}\``;
      lines.push(`- ${check}: ${escapeMarkdown(l.skip[s.reason])}`);
    }
  }
  if (report.notes.length > 0) {
    lines.push('', `### ${t.notes}`, '');
    for (const note of report.notes) lines.push(`- ${escapeMarkdown(t.note(note))}`);
  }
  lines.push('', `### ${l.provenance.title}`, '');
  for (const f of provenanceFacts(report.provenance, l))
    lines.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
  return lines;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
