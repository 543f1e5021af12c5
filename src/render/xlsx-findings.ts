/**
 * The workbook's findings: one row per finding with what an inspector quotes from each side (where the
 * row is, its class, its status label as written, its receipt, due and result dates as real dates) and
 * the days late. On one Findings sheet (`--xlsx-sheets single`, the default) or on a sheet per kind
 * (`per-kind`, named in the report's language); either way a sheet past the row limit continues on
 * "<name> (2)", …, each with the heading row, frozen and filtered.
 */
import { columnLetters } from '../core/sheet-address.js';
import type { AuditReport } from '../core/report.js';
import { fileOnSheet } from '../core/sheet-address.js';
import { findingDaysLate, type Finding } from '../findings/finding.js';
import { FINDING_KINDS, type FindingKind } from '../findings/kinds.js';
import { kindSheetName, kindTitle, messageOf } from '../findings/wording.js';
import type { Labels } from './labels.js';
import type { RenderOptions } from './options.js';
import { cell, cells, COUNT_FORMAT, DATE_FORMAT, dateOf, fitWidth, HEAD } from './xlsx-cell.js';
import type { Cell, SheetSpec } from './xlsx-writer.js';

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/** The headings, and each column's width range ([min, max] characters) and whether it holds dates. */
function columnsOf(l: Labels): { head: string; min: number; max: number; date?: true; count?: true }[] {
  const r = l.report;
  const both = (head: string, min: number, max: number, kind?: 'date' | 'count') =>
    [l.columns.e, l.columns.p].map((s) => ({
      head: `${head} ${s}`,
      min,
      max,
      ...(kind === 'date' ? { date: true as const } : kind === 'count' ? { count: true as const } : {}),
    }));
  return [
    { head: r.kind, min: 22, max: 26 },
    { head: r.description, min: 34, max: 60 },
    { head: l.columns.unit, min: 20, max: 40 },
    { head: r.code, min: 24, max: 30 },
    ...both(r.where, 24, 32),
    ...both(r.klass, 16, 24),
    ...both(r.status, 18, 30),
    ...both(r.received, 12, 18, 'date'),
    ...both(r.due, 12, 18, 'date'),
    ...both(r.result, 12, 20, 'date'),
    { head: r.daysLate, min: 10, max: 16, count: true },
    { head: r.workingDaysLate, min: 12, max: 22, count: true },
    { head: r.message, min: 70, max: 70 },
  ];
}

/** The findings' sheets: one list, or one per kind present (in the kinds' order). */
export function findingsSheets(report: AuditReport, l: Labels, opts: RenderOptions, maxRows: number): SheetSpec[] {
  const all = report.findings;
  if (opts.xlsxSheets !== 'per-kind' || all.length === 0) {
    return listSheets(l.report.sheets.findings, all.length, (i) => all[i]!, l, opts, maxRows, new Set());
  }
  const byKind = new Map<FindingKind, number[]>();
  all.forEach((f, i) => {
    const list = byKind.get(f.kind);
    if (list === undefined) byKind.set(f.kind, [i]);
    else list.push(i);
  });
  const taken = new Set([l.report.sheets.summary, l.report.sheets.inputs, l.report.sheets.about].map(nameKey));
  return FINDING_KINDS.flatMap((kind) => {
    const at = byKind.get(kind);
    if (at === undefined) return [];
    return listSheets(kindSheetName(kind, opts.lang), at.length, (i) => all[at[i]!]!, l, opts, maxRows, taken);
  });
}

/** `count` findings (the i-th given by `nth`) on sheets of at most `maxRows` rows, the first named `name`. */
function listSheets(
  name: string,
  count: number,
  nth: (i: number) => Finding,
  l: Labels,
  opts: RenderOptions,
  maxRows: number,
  taken: Set<string>,
): SheetSpec[] {
  const columns = columnsOf(l);
  const head = cells(
    columns.map((c) => c.head),
    HEAD,
  );
  const widths = columns.map((c) => fitWidth([c.head], c.min, c.max));
  const dateStyle = { numFmt: DATE_FORMAT };
  const columnStyles = new Map(columns.flatMap((c, i) => (c.date ? [[i + 1, dateStyle] as const] : [])));
  const perSheet = maxRows - 1;
  const sheets = Math.max(1, Math.ceil(count / perSheet));
  const out: SheetSpec[] = [];
  for (let k = 0; k < sheets; k++) {
    const from = k * perSheet;
    const to = Math.min(count, from + perSheet);
    out.push({
      name: sheetName(name, k === 0 ? '' : ` (${k + 1})`, taken),
      frozen: { columns: 0, rows: 1 },
      widths,
      columnStyles,
      autoFilter: `A1:${columnLetters(columns.length)}${Math.max(1, to - from + 1)}`,
      rows: findingRows(nth, from, to, head, l, opts),
    });
  }
  return out;
}

/**
 * A sheet name Excel takes: none of : \ / ? * [ ], no leading or trailing apostrophe, at most 31
 * characters with its suffix, and unlike every name already taken (Excel compares them ignoring case);
 * `taken` gets the name.
 */
export function sheetName(base: string, suffix: string, taken: Set<string>): string {
  const clean = base.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '');
  const cut = (s: string, tail: string): string => [...s].slice(0, SHEET_NAME_MAX - [...tail].length).join('') + tail;
  let name = cut(clean, suffix);
  for (let n = 2; taken.has(nameKey(name)); n++) name = cut(clean, `${suffix} ~${n}`);
  taken.add(nameKey(name));
  return name;
}

const nameKey = (name: string): string => name.toLowerCase();

function* findingRows(
  nth: (i: number) => Finding,
  from: number,
  to: number,
  head: Cell[],
  l: Labels,
  opts: RenderOptions,
): Generator<Cell[]> {
  yield head;
  const count = { numFmt: COUNT_FORMAT };
  for (let i = from; i < to; i++) {
    const f = nth(i);
    const se = f.electronic;
    const sp = f.paper;
    const late = findingDaysLate(f);
    yield [
      ...cells([
        f.kind,
        kindTitle(f.kind, opts.lang),
        f.unit === '' ? l.text.noUnit : f.unit,
        f.code,
        se ? `${fileOnSheet(se)}:${se.line}` : null,
        sp ? `${fileOnSheet(sp)}:${sp.line}` : null,
        se ? l.classes[se.class] : null,
        sp ? l.classes[sp.class] : null,
        se && se.status !== '' ? se.status : null,
        sp && sp.status !== '' ? sp.status : null,
        dateOf(se?.received ?? null),
        dateOf(sp?.received ?? null),
        dateOf(se?.due ?? null),
        dateOf(sp?.due ?? null),
        dateOf(se?.result ?? null),
        dateOf(sp?.result ?? null),
      ]),
      cell(late.calendar, count),
      cell(late.working, count),
      cell(messageOf(f, opts.lang)),
    ];
  }
}
