/**
 * The inspector's view: one row per unit and a total row, then the period, the inputs with their row
 * accounting, the findings by kind, the findings of each headline kind by code, skipped checks and
 * notes. Colour (when on) marks what needs action. The columns are unit-columns.ts's, laid out by
 * figure; the kinds are looped from findings/kinds.ts.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport } from '../core/report.js';
import { FINDING_KINDS, HEADLINE_KINDS, specOf } from '../findings/kinds.js';
import { kindTitle, messageOf } from '../findings/wording.js';
import { formatCount, labelsFor, type Labels, type Lang } from './labels.js';
import type { RenderOptions } from './options.js';
import { provenanceFacts } from './provenance-facts.js';
import { coverageText, findingsOfKind, gateText, periodText, ratesText } from './report-facts.js';
import type { Alert } from './unit-columns.js';
import { displayWidth, unitTableLines } from './unit-table.js';
import { showControls } from './visible-text.js';

/** How many findings of a headline kind the table lists by code. */
const HEADLINE_SHOWN = 10;

export function renderTable(report: AuditReport, opts: RenderOptions): string {
  const labels = labelsFor(opts.lang, opts.decimal);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const grid = unitTableLines(report, labels, {
    width: opts.width ?? null,
    wide: opts.wide === true,
    paint: (alert, text) => paint(alert, c)(text),
    bold: (text) => c.bold(text),
  });
  const legend = report.total.paper !== null && report.total.electronic !== null ? [labels.grid.legend] : [];
  const width = opts.width ?? null;
  // The lines under the table wrap too, continuing indented (a coloured line is a short heading: kept whole).
  const below = [...legend, ...footer(report, labels, opts.lang, c)].flatMap((line) =>
    width === null || line.includes('\u001b') ? [line] : wrapLine(line, width),
  );
  const { units, procedures } = report.selection;
  const selection =
    units.length + procedures.length > 0 ? [showControls(labels.text.selection(units, procedures))] : [];
  const head = selection.flatMap((line) => (width === null ? [line] : wrapLine(line, width)));
  return [c.bold(labels.text.title(report.command)), ...head, ...grid, ...below].join('\n') + '\n';
}

/** A line cut at spaces to `width`, the rest indented 4 beyond the line's own indent. */
function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = ' '.repeat(Math.min(/^ */.exec(line)![0].length + 4, Math.floor(width / 2)));
  const out: string[] = [];
  let current = '';
  for (const word of line.trimStart().split(' ')) {
    const lead = out.length === 0 && current === '' ? /^ */.exec(line)![0] : '';
    const next = current === '' ? (out.length === 0 ? lead : indent) + word : `${current} ${word}`;
    if (displayWidth(next) > width && current.trim() !== '') {
      out.push(current);
      current = indent + word;
    } else current = next;
  }
  out.push(current);
  return out;
}

/** Colour (when on) marks what needs action: yellow to look at, bold red to act on first. */
function paint(alert: Alert, c: ChalkInstance): (text: string) => string {
  if (alert === 'none') return (text) => text;
  return alert === 'alarm' ? c.red.bold : c.yellow;
}

function footer(report: AuditReport, l: Labels, lang: Lang, c: ChalkInstance): string[] {
  const t = l.text;
  const lines: string[] = [];
  const period = `${t.period[report.period.basis]}: ${periodText(report, l)}`;
  lines.push(`${t.asOf}: ${l.date(report.asOf)}   ${period}   (${t.resultDate[report.resultDate]})`);
  lines.push(`${t.rates}: ${ratesText(report, l)}`);
  const coverage = coverageText(report, l);
  if (coverage !== null) lines.push(`${t.coverage}: ${coverage}`);
  lines.push('', c.bold(`${t.inputs}:`));
  for (const i of report.inputs) {
    const f = (x: number): string => formatCount(x, l);
    lines.push(
      `  [${i.source === 'electronic' ? l.columns.electronic : l.columns.paper}] ${showControls(i.file)}` +
        (i.sheet === undefined ? '' : ` (${showControls(t.sheetRead(i.sheet, f(i.headerLine)))})`) +
        `: ${t.rows(f(i.rowsRead), f(i.rowsUsed), f(i.rowsRejected), f(i.rowsOutsidePeriod), f(i.rowsLayout ?? 0))}`,
    );
  }
  const counts = FINDING_KINDS.filter((k) => report.total.findingCounts[k] > 0);
  lines.push('', c.bold(`${t.findings}:`));
  if (counts.length === 0) lines.push(`  ${t.noFindings}`);
  // The kinds' names are what --fail-on takes: shown in English; Vietnamese reads the titles only.
  for (const k of counts) {
    const count = formatCount(report.total.findingCounts[k], l).padStart(7);
    lines.push(
      lang === 'vi' ? `  ${count}  ${kindTitle(k, lang)}` : `  ${k.padEnd(24)} ${count}  ${kindTitle(k, lang)}`,
    );
  }
  for (const kind of HEADLINE_KINDS) {
    const listed = findingsOfKind(report, kind);
    if (listed.length === 0) continue;
    lines.push('', paint(specOf(kind).level, c)(`${kindTitle(kind, lang)}:`));
    for (const f of listed.slice(0, HEADLINE_SHOWN))
      lines.push(showControls(`  ${f.code}  ${f.unit || l.text.noUnit}: ${messageOf(f, lang)}`));
    if (listed.length > HEADLINE_SHOWN)
      lines.push(`  ${t.moreFindings(formatCount(listed.length - HEADLINE_SHOWN, l))}`);
  }
  if (report.skippedChecks.length > 0) {
    lines.push('', c.bold(`${t.skipped}:`));
    for (const s of report.skippedChecks)
      lines.push(`  ${lang === 'vi' ? kindTitle(s.check, lang) : s.check}: ${l.skip[s.reason]}`);
  }
  if (report.gates.length > 0) {
    lines.push('', c.bold(`${t.gates}:`));
    for (const g of report.gates)
      lines.push(`  ${(g.passed ? (x: string) => x : c.red.bold)(showControls(gateText(g, l, lang)))}`);
  }
  if (report.notes.length > 0) {
    lines.push('', c.bold(`${t.notes}:`));
    for (const n of report.notes) lines.push(`  ${showControls(t.note(n))}`);
  }
  lines.push('', c.bold(`${l.provenance.title}:`));
  for (const f of provenanceFacts(report.provenance, l)) lines.push(`  ${showControls(`${f.label}: ${f.value}`)}`);
  return lines;
}
