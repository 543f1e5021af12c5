/**
 * No format drifts from the JSON report: on the district sample, every per-unit figure and the total
 * that the table, CSV (both header forms), markdown, HTML and the workbook show is read back from the
 * output itself — located by its heading, not by position — and compared with the JSON's `units` and
 * `total`. A column a format adds must be named below, or this test fails: a figure cannot appear
 * without being checked.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINDING_KINDS, type FindingKind } from '../../src/findings/kinds.js';
import { runCli } from './run-cli.js';

const ARGS = [
  'reconcile',
  '--electronic',
  'fixtures/district/electronic.csv',
  '--paper',
  'fixtures/district/paper.csv',
  '--as-of',
  '2024-12-31',
  '--lang',
  'en',
];

interface Stats {
  received: number;
  resolved: number;
  beforeDeadline: number;
  onTime: number;
  late: number;
  pendingNotDue: number;
  pendingOverdue: number;
  withdrawn: number;
  rates: { beforeDeadline: number | null; onTime: number | null; late: number | null };
}
interface Unit {
  unit: string;
  electronic: Stats | null;
  paper: Stats | null;
  findingCounts: Record<FindingKind, number>;
}
type Group = 'electronic' | 'paper' | 'findings';
/** One format's figures: unit name → "group|heading" → value (null: shown as none, e.g. "–"). */
type Figures = Map<string, Map<string, number | null>>;

/** The English headings of the documents, to the JSON fields they show (figures of one source). */
const FIGURE_FIELDS: Record<string, (s: Stats) => number | null> = {
  records: (s) => s.received,
  resolved: (s) => s.resolved,
  'before deadline': (s) => s.beforeDeadline,
  'on time': (s) => s.onTime,
  late: (s) => s.late,
  'not due': (s) => s.pendingNotDue,
  overdue: (s) => s.pendingOverdue,
  'withdrawn/rejected/stopped': (s) => s.withdrawn,
  'before %': (s) => s.rates.beforeDeadline,
  'on time %': (s) => s.rates.onTime,
  'late %': (s) => s.rates.late,
};
const MISMATCHES: FindingKind[] = [
  'status-mismatch',
  'due-date-mismatch',
  'received-date-mismatch',
  'completed-date-mismatch',
  'unit-mismatch',
];
/** The findings columns, each the sum of the kinds it is made of; "data issues" is every other kind. */
const FINDING_FIELDS: Record<string, FindingKind[]> = {
  'missing in e': ['missing-in-electronic'],
  'missing in p': ['missing-in-paper'],
  'masked late': ['masked-late'],
  'other mismatch': MISMATCHES,
  'late, no apology': ['late-without-apology'],
};
FINDING_FIELDS['data issues'] = FINDING_KINDS.filter((k) => !Object.values(FINDING_FIELDS).flat().includes(k));

/** The value the JSON gives for a column; throws for a column this test does not know. */
function expected(u: Unit, key: string): number | null {
  const [group, head] = key.split('|') as [Group, string];
  if (group === 'findings') {
    const kinds = FINDING_FIELDS[head] ?? (FINDING_KINDS.includes(head as FindingKind) ? [head as FindingKind] : null);
    if (kinds === null) throw new Error(`unknown findings column "${head}"`);
    return kinds.reduce((n, k) => n + u.findingCounts[k], 0);
  }
  const field = FIGURE_FIELDS[head];
  if (field === undefined) throw new Error(`unknown figure column "${head}"`);
  const s = u[group];
  return s === null ? null : field(s);
}

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** "1,234" → 1234, "33.33" → 33.33, "–" or "" → null. */
const num = (text: string): number | null => {
  const t = text.replace(/\*/g, '').trim();
  return t === '–' || t === '' ? null : Number(t.replace(/,/g, ''));
};

/** A heading that ends with its source ("Records E", "Not due E / P"): the groups and the heading. */
function bySuffix(head: string): { groups: Group[]; head: string } {
  if (norm(head) in FINDING_FIELDS) return { groups: ['findings'], head: norm(head) };
  const m = /^(.*?)\s+(E \/ P|E|P)$/.exec(head.trim());
  if (m === null) return { groups: ['findings'], head: norm(head) };
  const groups: Group[] = m[2] === 'E / P' ? ['electronic', 'paper'] : m[2] === 'E' ? ['electronic'] : ['paper'];
  return { groups, head: norm(m[1]!) };
}

function put(out: Figures, unit: string, groups: Group[], head: string, text: string): void {
  const values = groups.length > 1 ? text.split(' / ') : [text];
  const row = out.get(unit) ?? new Map<string, number | null>();
  for (const [i, g] of groups.entries()) row.set(`${g}|${head}`, num(values[i] ?? ''));
  out.set(unit, row);
}

/** The table's headings (its two header lines, as one name) to this test's names. */
const TABLE_HEADS: Record<string, string> = { withdrawn: 'withdrawn/rejected/stopped' };
const SHARED_RATES: Record<string, string> = {
  'before deadline': 'before %',
  'on time': 'on time %',
  late: 'late %',
};

/**
 * The terminal table (`--wide`, no width limit): per unit an E line and a P line, columns right-aligned
 * under two header lines; "377 88.71%" is a count and its rate; "Missing" is missing-in-electronic on
 * the E line and missing-in-paper on the P line; the findings columns are on the E line only.
 */
function fromTable(text: string): Figures {
  const lines = text.split('\n');
  const rules = lines.flatMap((l, i) => (l.startsWith('─') ? [i] : []));
  const [top, bottom] = [lines[rules[0]! - 2]!, lines[rules[0]! - 1]!];
  const columns: { head: string; from: number; to: number }[] = [];
  for (const m of bottom.matchAll(/\S+(?: \S+)*/g)) {
    const from = columns.length === 0 ? m.index : columns[columns.length - 1]!.to;
    const to = m.index + m[0].length;
    const upper = top.slice(from, to).trim();
    const head = upper.endsWith('-') ? upper.slice(0, -1) + m[0] : `${upper} ${m[0]}`;
    columns.push({ head: norm(head), from, to });
  }
  const rows = [...lines.slice(rules[0]! + 1, rules[1]), ...lines.slice(rules[1]! + 1, rules[1]! + 3)];
  const side = / ([EP]) +[\d,]+ /.exec(rows[0]!)!.index + 1;
  const out: Figures = new Map();
  let unit = '';
  for (const line of rows) {
    const name = line.slice(0, side).trim();
    const source = line[side] === 'E' ? 'electronic' : 'paper';
    if (source === 'electronic') unit = name;
    else if (name !== '') {
      // the rest of a long unit name, on the P line: the row's unit is the whole name
      const row = out.get(unit);
      out.delete(unit);
      unit = `${unit} ${name}`;
      if (row) out.set(unit, row);
    }
    for (const c of columns) {
      const cell = line.slice(c.from, c.to).trim();
      if (c.head === 'missing') {
        put(out, unit, ['findings'], source === 'electronic' ? 'missing in e' : 'missing in p', cell);
      } else if (c.head in FINDING_FIELDS) {
        if (source === 'electronic') put(out, unit, ['findings'], c.head, cell);
      } else {
        const [count, rate] = cell.split(' ');
        put(out, unit, [source], TABLE_HEADS[c.head] ?? c.head, count ?? '');
        if (c.head in SHARED_RATES) put(out, unit, [source], SHARED_RATES[c.head]!, (rate ?? '').replace('%', ''));
      }
    }
  }
  return out;
}

function fromMarkdown(text: string): Figures {
  const start = text.indexOf('### Figures by unit');
  const rows = text
    .slice(start)
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => l.slice(1, -1).split(' | '));
  const heads = rows[0]!.map((h) => h.trim());
  const out: Figures = new Map();
  for (const row of rows.slice(2)) {
    if (row[0]!.trim() === '' || !/\d|–/.test(row.slice(1).join(''))) break;
    heads.slice(1).forEach((h, i) => {
      const { groups, head } = bySuffix(h);
      put(out, row[0]!.replace(/\*/g, '').trim(), groups, head, row[i + 1]!);
    });
  }
  return out;
}

const decodeHtml = (t: string): string =>
  t
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function fromHtml(text: string): Figures {
  const table = /<table class="units">([\s\S]*?)<\/table>/.exec(text)![1]!;
  const [headRow1, headRow2] = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
  const groups: Group[] = [];
  for (const m of headRow1!.matchAll(/<th class="group" colspan="(\d+)">([^<]*)<\/th>/g)) {
    const g = norm(m[2]!);
    const group: Group = g === 'electronic' ? 'electronic' : g === 'paper' ? 'paper' : 'findings';
    for (let i = 0; i < Number(m[1]); i++) groups.push(group);
  }
  const heads = [...headRow2!.matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) => norm(decodeHtml(m[1]!)));
  const out: Figures = new Map();
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
  for (const tr of body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const tds = [...tr[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decodeHtml(m[1]!).trim());
    for (const [i, h] of heads.entries()) put(out, tds[0]!, [groups[i]!], h, tds[i + 1]!);
  }
  return out;
}

async function fromXlsx(bytes: Uint8Array): Promise<Figures> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const text = (v: ExcelJS.CellValue): string => String(v ?? '');
  const width = ws.getRow(2).cellCount;
  const out: Figures = new Map();
  for (let r = 3; r <= ws.rowCount; r++) {
    const unit = text(ws.getRow(r).getCell(1).value);
    const row = new Map<string, number | null>();
    for (let c = 2; c <= width; c++) {
      const g = norm(text(ws.getRow(1).getCell(c).value));
      const group: Group = g === 'electronic' ? 'electronic' : g === 'paper' ? 'paper' : 'findings';
      const head = norm(text(ws.getRow(2).getCell(c).value));
      const v = ws.getRow(r).getCell(c).value as number | null;
      // percentages are fractions with a 0.00% format: the printed figure is the fraction × 100, 2 decimals
      row.set(`${group}|${head}`, v === null ? null : head.endsWith('%') ? Math.round(v * 10000) / 100 : v);
    }
    out.set(unit, row);
  }
  return out;
}

/** The CSV's rows under the machine names (`rows[0]`): each source's figures, one column per finding kind. */
function fromCsvRows(table: string[][]): Figures {
  const KEY_HEADS: Record<string, string> = {
    received: 'records',
    resolved: 'resolved',
    before_deadline: 'before deadline',
    on_time: 'on time',
    late: 'late',
    pending_not_due: 'not due',
    pending_overdue: 'overdue',
    withdrawn: 'withdrawn/rejected/stopped',
    before_deadline_pct: 'before %',
    on_time_pct: 'on time %',
    late_pct: 'late %',
  };
  const rows = table.slice(1).map((r) => Object.fromEntries(table[0]!.map((k, i) => [k, r[i] ?? ''])));
  const out: Figures = new Map();
  for (const r of rows) {
    const row = new Map<string, number | null>();
    for (const [key, value] of Object.entries(r)) {
      if (key === 'unit') continue;
      const m = /^(electronic|paper)_(.*)$/.exec(key);
      if (m) row.set(`${m[1]}|${KEY_HEADS[m[2]!] ?? m[2]}`, num(value));
      else row.set(`findings|${key.replace(/_/g, '-')}`, num(value));
    }
    out.set(r.unit!, row);
  }
  return out;
}

let units: Unit[];
let total: Unit;
const outputs = new Map<string, Figures>();

beforeAll(async () => {
  const json = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout) as { units: Unit[]; total: Unit };
  units = json.units;
  total = json.total;
  const text = async (format: string, extra: string[] = []): Promise<string> => {
    const r = await runCli([...ARGS, '--format', format, ...extra]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  outputs.set('table', fromTable(await text('table', ['--wide'])));
  outputs.set('markdown', fromMarkdown(await text('markdown')));
  outputs.set('html', fromHtml(await text('html')));
  const keyed = parse(await text('csv', ['--headers', 'keys'])) as string[][];
  outputs.set('csv --headers keys', fromCsvRows(keyed));
  outputs.set('xlsx', await fromXlsx((await runCli([...ARGS, '--format', 'xlsx'])).bytes));
  // The labelled CSV has the keys' columns in the same order: read it under the keys' names.
  const labelled = parse(await text('csv')) as string[][];
  const table = labelled.slice(
    0,
    labelled.findIndex((r) => r.every((c) => c === '')),
  );
  expect(table[0]).toHaveLength(keyed[0]!.length);
  outputs.set('csv', fromCsvRows([keyed[0]!, ...table.slice(1)]));
}, 120_000);

describe('every format shows the JSON report’s figures', () => {
  it.each(['table', 'markdown', 'html', 'csv', 'csv --headers keys', 'xlsx'])(
    '%s: every unit and the total, every column',
    (format) => {
      const figures = outputs.get(format)!;
      const names = [...units.map((u) => u.unit), 'TOTAL'];
      expect([...figures.keys()]).toEqual(names);
      const columns = new Set<string>();
      for (const [name, row] of figures) {
        const u = name === 'TOTAL' ? total : units.find((x) => x.unit === name)!;
        for (const [key, value] of row) {
          columns.add(key);
          expect(value, `${format}: ${name}: ${key}`).toBe(expected(u, key));
        }
      }
      // every format shows at least the records, the late rate and the masked lateness of each source
      expect([...columns]).toEqual(
        expect.arrayContaining(
          ['electronic|records', 'paper|records', 'paper|late %', 'findings|masked late'].filter(
            (k) => format.startsWith('csv') === false || !k.startsWith('findings'),
          ),
        ),
      );
    },
  );
});
