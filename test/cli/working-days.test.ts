/**
 * Working days in the audit, end to end on the hand-written fixtures/tet-2024 (17 dossiers around Tết
 * 2024, 30/4–1/5 2024 and 2025, and 2/9/2025; as of Fri 5/9/2025). Every expected value is taken from
 * fixtures/tet-2024/README.md, where each one is worked out by hand: the evidence list (`--dossiers`,
 * JSON and CSV), days late in the findings, rates under each `--denominator`, the decimal comma, and
 * a `--calendar` override that changes results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const DIR = 'fixtures/tet-2024';
const E = `${DIR}/electronic.csv`;
const P = `${DIR}/paper.csv`;
const BASE = [
  'reconcile',
  '--electronic',
  E,
  '--paper',
  P,
  '--as-of',
  '2025-09-05',
  '--procedures',
  `${DIR}/procedures.csv`,
];
const TAN_LOI = 'UBND phường Tân Lợi';
const HOA_PHU = 'UBND xã Hòa Phú';

interface Side {
  class: string;
  received: string;
  due: string;
  effectiveDue: string;
  result: string | null;
  calendarDaysLate: number;
  workingDaysLate: number;
  file: string;
  line: number;
}
interface Entry {
  code: string;
  unit: string;
  electronic: Side | null;
  paper: Side | null;
}
type Rates = { beforeDeadline: number | null; onTime: number | null; late: number | null };
interface Stats {
  rates: Rates;
  multipleSupplements: number;
  [k: string]: unknown;
}
interface FindingSide {
  class: string;
  due: string;
  calendarDaysLate: number;
  workingDaysLate: number;
}
interface Report {
  denominator: { name: string; formula: string };
  units: { unit: string; electronic: Stats; paper: Stats; findingCounts: Record<string, number> }[];
  total: { electronic: Stats; paper: Stats; findingCounts: Record<string, number> };
  findings: {
    kind: string;
    code: string;
    electronic: FindingSide | null;
    paper: FindingSide | null;
    args: Record<string, unknown>;
  }[];
}

async function report(args: string[] = []): Promise<Report> {
  const r = await runCli([...BASE, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const code = (short: string): string => `000.0${short.startsWith('24') ? 1 : 2}.31.H12-${short}`;

/**
 * The evidence list worked out by hand (README "Dossiers"), in the list's order (unit, then code):
 * [code, class, due, result, calendar days late, working days late] for E and for P, and the data lines.
 */
type HandSide = [string, string, string | null, number, number, number] | null;
const HAND: [string, string, HandSide, HandSide][] = [
  [
    '240201-0001',
    TAN_LOI,
    ['late', '2024-02-15', '2024-02-20', 5, 3, 2],
    ['late', '2024-02-15', '2024-02-20', 5, 3, 2],
  ], // T2
  [
    '240202-0001',
    TAN_LOI,
    ['late', '2024-02-07', '2024-02-15', 8, 1, 3],
    ['late', '2024-02-07', '2024-02-15', 8, 1, 3],
  ], // T1
  [
    '240205-0001',
    TAN_LOI,
    ['on-time', '2024-02-19', '2024-02-21', 0, 0, 4],
    ['on-time', '2024-02-19', '2024-02-21', 0, 0, 4],
  ], // T3
  [
    '240207-0001',
    TAN_LOI,
    ['late', '2024-02-14', '2024-02-20', 6, 4, 5],
    ['late', '2024-02-14', '2024-02-20', 6, 4, 5],
  ], // T17
  [
    '240219-0001',
    TAN_LOI,
    ['before-deadline', '2024-02-22', '2024-02-26', 0, 0, 6],
    ['before-deadline', '2024-02-22', '2024-02-26', 0, 0, 6],
  ], // T4
  ['240221-0001', TAN_LOI, null, ['on-time', '2024-02-22', '2024-02-22', 0, 0, 7]], // T16
  [
    '240304-0001',
    TAN_LOI,
    ['on-time', '2024-03-11', '2024-03-11', 0, 0, 7],
    ['late', '2024-03-11', '2024-03-13', 2, 2, 8],
  ], // T8
  [
    '240307-0001',
    TAN_LOI,
    ['before-deadline', '2024-03-12', '2024-03-11', 0, 0, 8],
    ['before-deadline', '2024-03-12', '2024-03-11', 0, 0, 9],
  ], // T5
  [
    '240423-0001',
    TAN_LOI,
    ['late', '2024-05-03', '2024-05-06', 3, 2, 9],
    ['late', '2024-05-03', '2024-05-06', 3, 2, 10],
  ], // T7
  [
    '240425-0001',
    TAN_LOI,
    ['late', '2024-04-30', '2024-05-02', 2, 1, 10],
    ['before-deadline', '2024-05-03', '2024-05-02', 0, 0, 11],
  ], // T6
  [
    '250423-0001',
    HOA_PHU,
    ['on-time', '2025-04-29', '2025-04-29', 0, 0, 11],
    ['on-time', '2025-04-29', '2025-04-29', 0, 0, 12],
  ], // T10
  [
    '250429-0001',
    HOA_PHU,
    ['late', '2025-05-07', '2025-05-08', 1, 1, 12],
    ['late', '2025-05-07', '2025-05-08', 1, 1, 13],
  ], // T9
  // T14
  ['250804-0001', HOA_PHU, ['withdrawn', '2025-08-07', null, 0, 0, 13], ['withdrawn', '2025-08-07', null, 0, 0, 14]],
  ['250811-0001', HOA_PHU, ['before-deadline', '2025-08-14', '2025-08-12', 0, 0, 14], null], // T15
  [
    '250818-0001',
    HOA_PHU,
    ['pending-overdue', '2025-08-25', null, 11, 7, 15],
    ['pending-overdue', '2025-08-25', null, 11, 7, 15],
  ], // T13
  [
    '250828-0001',
    HOA_PHU,
    ['pending-overdue', '2025-09-04', null, 1, 1, 16],
    ['pending-overdue', '2025-09-04', null, 1, 1, 16],
  ], // T11
  [
    '250829-0001',
    HOA_PHU,
    ['pending-not-due', '2025-09-09', null, 0, 0, 17],
    ['pending-not-due', '2025-09-09', null, 0, 0, 17],
  ], // T12
];

function received(short: string): string {
  const [yymmdd] = short.split('-') as [string];
  return `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/**
 * The due date lateness is judged against, where a supplement wait moved it (the wait the export records
 * moves the register's side too):
 * - T3: due Mon 19/2, request Tue 6/2, supplied Thu 15/2: (6/2, 15/2] has Wed 7/2 and Thu 15/2 = 2 → Wed 21/2;
 * - T4: due Thu 22/2, request Tue 20/2, supplied Fri 23/2: Wed 21, Thu 22, Fri 23 = 3 → Tue 27/2;
 * - T12: due Tue 9/9/2025, request Wed 3/9, supplied Thu 4/9: 1 → Wed 10/9.
 */
const EFFECTIVE_DUE: Record<string, string> = {
  '240205-0001': '2024-02-21',
  '240219-0001': '2024-02-27',
  '250829-0001': '2025-09-10',
};

function handSide(short: string, s: HandSide, file: string): Side | null {
  if (s === null) return null;
  const [cls, due, result, calendarDaysLate, workingDaysLate, line] = s;
  return {
    class: cls,
    received: received(short),
    due,
    effectiveDue: EFFECTIVE_DUE[short] ?? due,
    result,
    calendarDaysLate,
    workingDaysLate,
    file,
    line,
  };
}

const HAND_ENTRIES: Entry[] = HAND.map(([short, unit, e, p]) => ({
  code: code(short),
  unit,
  electronic: handSide(short, e, E),
  paper: handSide(short, p, P),
}));

async function writeDossiers(name: string, extra: string[] = []): Promise<string> {
  const file = join(tempDir(), name);
  const r = await runCli([...BASE, '--dossiers', file, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('--dossiers: the evidence list', () => {
  it("JSON: one entry per dossier with each side's class, dates and days late, as worked out by hand", async () => {
    const entries = JSON.parse(await writeDossiers('dossiers.json')) as Entry[];
    expect(entries).toEqual(HAND_ENTRIES);
  });

  it(
    'JSON: the dossier due the day before Tết 2024 and finished the day after is 8 calendar days, ' +
      '1 working day late',
    async () => {
      const entries = JSON.parse(await writeDossiers('dossiers.json')) as Entry[];
      const t1 = entries.find((x) => x.code === code('240202-0001'))!;
      for (const side of [t1.electronic!, t1.paper!]) {
        expect(side).toMatchObject({
          class: 'late',
          due: '2024-02-07',
          result: '2024-02-15',
          calendarDaysLate: 8,
          workingDaysLate: 1,
        });
      }
    },
  );

  it('CSV: the same list, flattened; empty cells where a source lacks the dossier', async () => {
    // A CSV file starts with a byte-order mark by default (for Excel).
    const text = await writeDossiers('dossiers.csv');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    const cols = [
      'class',
      'received',
      'due',
      'effective_due',
      'result',
      'calendar_days_late',
      'working_days_late',
      'file',
      'line',
    ];
    expect(rows[0]).toEqual(['code', 'unit', ...cols.map((c) => `electronic_${c}`), ...cols.map((c) => `paper_${c}`)]);
    const flat = (s: Side | null): string[] =>
      s === null
        ? cols.map(() => '')
        : [
            s.class,
            s.received,
            s.due,
            s.effectiveDue,
            s.result ?? '',
            String(s.calendarDaysLate),
            String(s.workingDaysLate),
            s.file,
            String(s.line),
          ];
    expect(rows.slice(1)).toEqual(HAND_ENTRIES.map((x) => [x.code, x.unit, ...flat(x.electronic), ...flat(x.paper)]));
    // T1 in full, as an inspector reads it.
    expect(rows[2]).toEqual([
      '000.01.31.H12-240202-0001',
      TAN_LOI,
      'late',
      '2024-02-02',
      '2024-02-07',
      '2024-02-07',
      '2024-02-15',
      '8',
      '1',
      E,
      '3',
      'late',
      '2024-02-02',
      '2024-02-07',
      '2024-02-07',
      '2024-02-15',
      '8',
      '1',
      P,
      '3',
    ]);
  });

  it('CSV with --bom starts with a byte-order mark for Excel', async () => {
    expect((await writeDossiers('dossiers.csv', ['--bom'])).startsWith('\ufeffcode,unit,')).toBe(true);
  });
});

describe('days late in the JSON findings', () => {
  let findings: Report['findings'];
  beforeAll(async () => {
    findings = (await report()).findings;
  });
  const find = (kind: string, short: string) => {
    const f = findings.filter((x) => x.kind === kind && x.code === code(short));
    expect(f, `${kind} ${short}`).toHaveLength(1);
    return f[0]!;
  };
  const days = (s: FindingSide | null) =>
    s && { calendarDaysLate: s.calendarDaysLate, workingDaysLate: s.workingDaysLate };

  it('masked lateness (T8): paper 2 calendar / 2 working days late, electronic 0', () => {
    const f = find('masked-late', '240304-0001');
    expect(days(f.paper)).toEqual({ calendarDaysLate: 2, workingDaysLate: 2 });
    expect(days(f.electronic)).toEqual({ calendarDaysLate: 0, workingDaysLate: 0 });
  });

  it('due date set through Tết (T17): 6 calendar, 4 working days late on both sides', () => {
    const f = find('late-without-apology', '240207-0001');
    expect(days(f.electronic)).toEqual({ calendarDaysLate: 6, workingDaysLate: 4 });
    expect(days(f.paper)).toEqual({ calendarDaysLate: 6, workingDaysLate: 4 });
  });

  it('export due on the 30/4 holiday (T6): 2 calendar, 1 working day late electronically', () => {
    const f = find('status-mismatch', '240425-0001');
    expect(f.electronic).toMatchObject({ class: 'late', due: '2024-04-30', calendarDaysLate: 2, workingDaysLate: 1 });
    expect(f.paper).toMatchObject({ class: 'before-deadline', calendarDaysLate: 0, workingDaysLate: 0 });
  });

  it('apology and new date (T2): the paper side, 5 calendar / 3 working days late, with the dates compared', () => {
    const late = find('apology-late', '240201-0001');
    expect(late.electronic).toBeNull();
    expect(days(late.paper)).toEqual({ calendarDaysLate: 5, workingDaysLate: 3 });
    expect(late.args).toMatchObject({ source: 'paper', apologyDate: '2024-02-16', due: '2024-02-15' });
    expect(find('missed-new-date', '240201-0001').args).toMatchObject({
      source: 'paper',
      newDate: '2024-02-19',
      result: '2024-02-20',
    });
  });

  it('swapped Saturday (T7): apology after the due date; 3 calendar, 2 working days late', () => {
    const f = find('apology-late', '240423-0001');
    expect(days(f.paper)).toEqual({ calendarDaysLate: 3, workingDaysLate: 2 });
  });

  it('pending across 2/9/2025 (T13): 11 calendar, 7 working days overdue, new date missed without a result', () => {
    const f = find('missed-new-date', '250818-0001');
    expect(f.paper).toMatchObject({ class: 'pending-overdue', calendarDaysLate: 11, workingDaysLate: 7 });
    expect(f.args).toEqual({ source: 'paper', newDate: '2025-09-04' });
  });

  it('statutory due dates: extended and too short, per source, with the statutory date', () => {
    const short = findings
      .filter((f) => f.kind === 'due-date-too-short')
      .map((f) => [f.code, f.args.source, f.args.statutoryDue]);
    expect(short).toEqual([
      [code('240207-0001'), 'electronic', '2024-02-21'],
      [code('240207-0001'), 'paper', '2024-02-21'],
      [code('240425-0001'), 'electronic', '2024-05-03'],
    ]);
    const extended = findings
      .filter((f) => f.kind === 'due-date-extended')
      .map((f) => [f.code, f.args.source, f.args.statutoryDue]);
    expect(extended).toEqual([
      [code('240307-0001'), 'electronic', '2024-03-08'],
      [code('240307-0001'), 'paper', '2024-03-08'],
      [code('250811-0001'), 'electronic', '2025-08-12'],
    ]);
  });
});

describe('--denominator', () => {
  const r = (before: number | null, onTime: number | null, late: number | null): Rates => ({
    beforeDeadline: before,
    onTime,
    late,
  });

  // Totals: E before 3, on time 3, late 6, not due 1, overdue 2 (2 with two supplement requests);
  // P the same with none. See README "Other denominators" for each division.
  it.each([
    [
      'resolved',
      'late / (before + on time + late)',
      r(25, 25, 50),
      r(25, 25, 50),
      r(22.22, 22.22, 55.56),
      r(33.33, 33.33, 33.33),
    ],
    // 14 = 12 resolved + 2 overdue: 3/14 = 21.43, (6 + 2)/14 = 57.14; Hòa Phú E: 3 + 2 = 5 → 20 / 20 / 60.
    [
      'due',
      '(late + pending overdue) / (resolved + pending overdue)',
      r(21.43, 21.43, 57.14),
      r(21.43, 21.43, 57.14),
      r(22.22, 22.22, 55.56),
      r(20, 20, 60),
    ],
    // 15 = 12 + 1 + 2: 3/15 = 20, 8/15 = 53.33; Hòa Phú E: 6 → 16.67 / 16.67 / 50.
    [
      'workload',
      '(late + pending overdue) / (resolved + pending not due + pending overdue)',
      r(20, 20, 53.33),
      r(20, 20, 53.33),
      r(22.22, 22.22, 55.56),
      r(16.67, 16.67, 50),
    ],
    // E: timely 3 + 3 + 1 − 2 = 5; one of the two dossiers with two requests (in Tân Lợi) was before the
    // deadline, so "before" is 3 − 1 = 2 → 13.33 / (5 − 2)/15 = 20 / 66.67; P: timely 7 → 20 / 26.67 / 53.33.
    // Tân Lợi E: before 2 − 1 = 1 of 9, timely 2 + 2 − 1 = 3 → 11.11 / 22.22 / 66.67;
    // Hòa Phú E (its dossier with two requests was not before the deadline): 1 + 1 + 1 − 1 = 2 of 6
    // → 16.67 / 16.67 / 66.67.
    [
      'qd766',
      '1 − (resolved on or before the due date + pending not yet due − dossiers with more than one supplement ' +
        'request) / (resolved + pending)',
      r(13.33, 20, 66.67),
      r(20, 26.67, 53.33),
      r(11.11, 22.22, 66.67),
      r(16.67, 16.67, 66.67),
    ],
  ])('%s', async (name, formula, totalE, totalP, tanLoiE, hoaPhuE) => {
    const rep = await report(['--denominator', name]);
    expect(rep.denominator).toEqual({ name, formula });
    expect(rep.total.electronic.rates).toEqual(totalE);
    expect(rep.total.paper.rates).toEqual(totalP);
    expect(rep.units.map((u) => u.unit)).toEqual([TAN_LOI, HOA_PHU]);
    expect(rep.units[0]!.electronic.rates).toEqual(tanLoiE);
    expect(rep.units[1]!.electronic.rates).toEqual(hoaPhuE);
    // Tân Lợi paper has nothing pending and no count of requests: 30 / 20 / 50 whatever the denominator.
    expect(rep.units[0]!.paper.rates).toEqual(r(30, 20, 50));
    expect(rep.total.electronic.multipleSupplements).toBe(2);
    expect(rep.total.paper.multipleSupplements).toBe(0);
  });

  it('Hòa Phú paper (before 0, on time 1, late 1, not due 1, overdue 2) under each', async () => {
    const hoaPhuP = async (name: string): Promise<Rates> =>
      (await report(['--denominator', name])).units[1]!.paper.rates;
    expect(await hoaPhuP('resolved')).toEqual(r(0, 50, 50)); // of 2
    expect(await hoaPhuP('due')).toEqual(r(0, 25, 75)); // of 4: (1 + 2)/4
    expect(await hoaPhuP('workload')).toEqual(r(0, 20, 60)); // of 5: 3/5
    expect(await hoaPhuP('qd766')).toEqual(r(0, 40, 60)); // of 5, timely 0 + 1 + 1 = 2: on time (2 − 0)/5, late 3/5
  });

  it('the table states the formula used', async () => {
    const out = (await runCli([...BASE, '--denominator', 'due'])).stdout;
    expect(out).toContain('Rates: due: (late + pending overdue) / (resolved + pending overdue)');
  });

  it('an unknown denominator is a usage error (exit 2)', async () => {
    const bad = await runCli([...BASE, '--denominator', 'received']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/'received' is invalid/);
  });
});

describe('--decimal comma', () => {
  /**
   * A unit's figures from the table: its E line and the P line under it, split at spaces (after the
   * name: side, records, resolved, before n, before %, on time n, on time %, late n, late %, …), as
   * [unit, records E, records P, before % E, on time % E, late % E, late % P].
   */
  const row = (out: string, unit: string): string[] => {
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${unit} `));
    const e = lines[at]!.slice(unit.length).trim().split(/\s+/);
    const p = lines[at + 1]!.trim().split(/\s+/);
    const pct = (x: string | undefined): string => (x ?? '').replace('%', '');
    return [unit, e[1]!, p[1]!, pct(e[4]), pct(e[6]), pct(e[8]), pct(p[8])];
  };

  it('prints the rates with a decimal comma (96,77 style)', async () => {
    const out = (await runCli([...BASE, '--decimal', 'comma'])).stdout;
    // unit, records E, records P, before % E, on time % E, late % E, late % P, …
    expect(row(out, TAN_LOI).slice(0, 7)).toEqual([TAN_LOI, '9', '10', '22,22', '22,22', '55,56', '50,00']);
    expect(row(out, HOA_PHU).slice(0, 7)).toEqual([HOA_PHU, '7', '6', '33,33', '33,33', '33,33', '50,00']);
    expect(row(out, 'TOTAL').slice(0, 7)).toEqual(['TOTAL', '16', '16', '25,00', '25,00', '50,00', '50,00']);
    expect(out).not.toContain('55.56');
  });

  it('is the default with --lang vi, and --decimal dot overrides it', async () => {
    expect(row((await runCli([...BASE, '--lang', 'vi'])).stdout, TAN_LOI).slice(3, 7)).toEqual([
      '22,22',
      '22,22',
      '55,56',
      '50,00',
    ]);
    expect(row((await runCli([...BASE, '--lang', 'vi', '--decimal', 'dot'])).stdout, TAN_LOI).slice(3, 7)).toEqual([
      '22.22',
      '22.22',
      '55.56',
      '50.00',
    ]);
    expect(row((await runCli(BASE)).stdout, TAN_LOI).slice(3, 7)).toEqual(['22.22', '22.22', '55.56', '50.00']);
  });

  it('with --denominator qd766: 11,11, 22,22 and 66,67', async () => {
    expect(
      row((await runCli([...BASE, '--decimal', 'comma', '--denominator', 'qd766'])).stdout, TAN_LOI).slice(3, 7),
    ).toEqual(['11,11', '22,22', '66,67', '50,00']);
  });

  it('does not change the JSON numbers', async () => {
    expect((await report(['--decimal', 'comma'])).units[0]!.electronic.rates).toEqual({
      beforeDeadline: 22.22,
      onTime: 22.22,
      late: 55.56,
    });
  });
});

describe('--calendar fixtures/tet-2024/calendar.json (a hypothetical day off on Fri 16/2/2024)', () => {
  let base: Report;
  let over: Report;
  beforeAll(async () => {
    base = await report();
    over = await report(['--calendar', `${DIR}/calendar.json`]);
  });

  it("makes T3's due date too short: statutory Tue 20/2 instead of Mon 19/2, on both sides (3 → 5 findings)", () => {
    expect(base.total.findingCounts['due-date-too-short']).toBe(3);
    expect(over.total.findingCounts['due-date-too-short']).toBe(5);
    const t3 = over.findings.filter((f) => f.kind === 'due-date-too-short' && f.code === code('240205-0001'));
    expect(t3.map((f) => [f.args.source, f.args.due, f.args.statutoryDue])).toEqual([
      ['electronic', '2024-02-19', '2024-02-20'],
      ['paper', '2024-02-19', '2024-02-20'],
    ]);
  });

  it('takes a working day out of the days late: T2 3 → 2, T17 4 → 3 (calendar days unchanged)', () => {
    const t2 = (rep: Report) =>
      rep.findings.find((f) => f.kind === 'apology-late' && f.code === code('240201-0001'))!.paper!;
    expect([t2(base).calendarDaysLate, t2(base).workingDaysLate]).toEqual([5, 3]);
    expect([t2(over).calendarDaysLate, t2(over).workingDaysLate]).toEqual([5, 2]);
    const t17 = (rep: Report) =>
      rep.findings.find((f) => f.kind === 'late-without-apology' && f.code === code('240207-0001'))!.electronic!;
    expect([t17(base).calendarDaysLate, t17(base).workingDaysLate]).toEqual([6, 4]);
    expect([t17(over).calendarDaysLate, t17(over).workingDaysLate]).toEqual([6, 3]);
    // T17's statutory due moves from Wed 21/2 to Thu 22/2.
    const short = over.findings.find((f) => f.kind === 'due-date-too-short' && f.code === code('240207-0001'))!;
    expect(short.args.statutoryDue).toBe('2024-02-22');
  });

  it('changes nothing else: T3 stays on time (19/2 + 2 working days is still Wed 21/2), figures unchanged', () => {
    expect(over.units.map((u) => [u.electronic, u.paper])).toEqual(base.units.map((u) => [u.electronic, u.paper]));
    const { 'due-date-too-short': a, ...restOver } = over.total.findingCounts;
    const { 'due-date-too-short': b, ...restBase } = base.total.findingCounts;
    expect([a, b]).toEqual([5, 3]);
    expect(restOver).toEqual(restBase);
  });

  it('the evidence list shows T1 unchanged (still 1 working day) and T2 at 2', async () => {
    const entries = JSON.parse(await writeDossiers('dossiers.json', ['--calendar', `${DIR}/calendar.json`])) as Entry[];
    const wd = (short: string) => entries.find((x) => x.code === code(short))!.electronic!.workingDaysLate;
    expect([wd('240202-0001'), wd('240201-0001'), wd('240207-0001')]).toEqual([1, 2, 3]);
  });
});
