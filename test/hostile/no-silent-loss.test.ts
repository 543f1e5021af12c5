/**
 * Promise 2, no silent loss: every row read is used or rejected (rowsRead = rowsUsed + rowsRejected,
 * per file); every dossier of either input is counted (per side, the units' `received` add up to the
 * number of distinct codes in the period) or is a finding (a repeated row is a `duplicate-code`); the
 * per-unit figures add up to the totals. Property-tested over random files whose expected accounting
 * is worked out here by a model written independently of the tool: codes are compared trimmed, without
 * spaces, upper-cased (README "Dossier codes"); each code has one receipt day, so the period is a
 * property of the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDossierFile } from '../../src/io/read-dossiers.js';
import { runMain } from '../render/run-main.js';
import { FC_SEED, ROOT, tempDir } from './hostile-helpers.js';

const CODES = ['H1-240301-0001', 'H1-240301-0002', 'H2-240302-0003', 'h2-240302-0004', 'X-5', 'X-6', 'Đ-7', 'A-8'];
/** The receipt day of each code (March 2024): fixed, so duplicates and both sides agree. */
const RECEIVED_DAY = [1, 1, 2, 2, 10, 15, 20, 31];
const UNITS = ['Xã A', 'xã a', 'Phường Bắc', '<b>Xã</b>', '__proto__', ''];
const STATUSES = ['Đã xử lý xong', 'Đang xử lý', 'Rút hồ sơ', 'Trễ hạn', 'không rõ', ''];

const normalise = (code: string): string => code.normalize('NFC').replace(/\s+/g, '').toUpperCase();
const dd = (day: number): string => `${String(day).padStart(2, '0')}/03/2024`;

type Row =
  | {
      kind: 'good';
      code: number;
      spelling: number;
      unit: string;
      dueIn: number;
      resultIn: number | null;
      status: string;
    }
  | { kind: 'empty-code' | 'bad-received' | 'bad-due' | 'short-row' | 'blank'; code: number };

const row: fc.Arbitrary<Row> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('good' as const),
      code: fc.nat(CODES.length - 1),
      spelling: fc.nat(3),
      unit: fc.constantFrom(...UNITS),
      dueIn: fc.nat(20),
      resultIn: fc.option(fc.nat(30)),
      status: fc.constantFrom(...STATUSES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'empty-code' as const,
        'bad-received' as const,
        'bad-due' as const,
        'short-row' as const,
        'blank' as const,
      ),
      code: fc.nat(CODES.length - 1),
    }),
  },
);

function spell(code: string, how: number): string {
  return how === 0 ? code : how === 1 ? code.toLowerCase() : how === 2 ? ` ${code} ` : code.replace('-', ' - ');
}

/** The CSV line of a row (the unit is always quoted: it may hold commas or markup). */
function line(r: Row): string {
  const day = RECEIVED_DAY[r.code]!;
  const received = dd(day);
  const april = (offset: number): string => `${String(1 + ((day - 1 + offset) % 28)).padStart(2, '0')}/04/2024`;
  switch (r.kind) {
    case 'good': {
      const unit = `"${r.unit.replace(/"/g, '""')}"`;
      return [
        spell(CODES[r.code]!, r.spelling),
        unit,
        received,
        april(r.dueIn),
        r.resultIn === null ? '' : april(r.resultIn),
        r.status,
      ].join(',');
    }
    case 'empty-code':
      return `  ,Xã A,${received},05/04/2024,,`;
    case 'bad-received':
      return `${CODES[r.code]},Xã A,31/02/2024,05/04/2024,,`;
    case 'bad-due':
      return `${CODES[r.code]},Xã A,${received},soon,,`;
    case 'short-row':
      return `${CODES[r.code]},Xã A,${received}`;
    case 'blank':
      return ',,,,,';
  }
}

const HEADER_E = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái';
const HEADER_P = 'Mã hồ sơ,Cơ quan,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả,Tình trạng';

/** Rows read (non-blank), rejected, and the normalised codes of the used rows. */
function model(rows: readonly Row[]): { read: number; rejected: number; used: string[] } {
  const read = rows.filter((r) => r.kind !== 'blank').length;
  const good = rows.filter((r) => r.kind === 'good');
  return { read, rejected: read - good.length, used: good.map((r) => normalise(CODES[r.code]!)) };
}

const dir = tempDir();
let n = 0;
function write(text: string): string {
  const file = join(dir, `f${++n}.csv`);
  writeFileSync(file, text);
  return file;
}

describe('every row read is used or rejected', () => {
  it('rowsRead = rowsUsed + rowsRejected, with the counts the model expects', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, eol) => {
          const m = model(rows);
          fc.pre(m.read > 0);
          const file = write([HEADER_E, ...rows.map(line)].join(eol) + eol);
          const f = await readDossierFile({ file, source: 'electronic' }, {});
          expect(f.rowsRead).toBe(m.read);
          expect(f.rowsRejected).toBe(m.rejected);
          expect(f.records).toHaveLength(m.read - m.rejected);
          expect(f.rejections.map((r) => r.line)).toEqual(
            rows.flatMap((r, i) => (r.kind !== 'good' && r.kind !== 'blank' ? [i + 2] : [])),
          );
        },
      ),
      { numRuns: 200, seed: FC_SEED },
    );
  });
});

interface Stats {
  [k: string]: number | Record<string, number | null>;
}
interface UnitReport {
  unit: string;
  electronic: Stats | null;
  paper: Stats | null;
  findingCounts: Record<string, number>;
}
interface Report {
  inputs: { source: string; rowsRead: number; rowsUsed: number; rowsRejected: number; rowsOutsidePeriod: number }[];
  units: UnitReport[];
  total: UnitReport;
  findings: { kind: string; code: string; args?: Record<string, unknown> }[];
}

const COUNTS = [
  'received',
  'resolved',
  'beforeDeadline',
  'onTime',
  'late',
  'pendingNotDue',
  'pendingOverdue',
  'withdrawn',
  'multipleSupplements',
];

describe('every dossier of either input is counted or is a finding', () => {
  it(
    'per side: distinct codes in the period = received; duplicates are findings; ' + 'units add up to the total',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(row, { minLength: 1, maxLength: 25 }),
          fc.array(row, { minLength: 1, maxLength: 25 }),
          fc.option(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 31 }))),
          async (eRows, pRows, period) => {
            const me = model(eRows);
            const mp = model(pRows);
            fc.pre(me.read > 0 && mp.read > 0);
            const e = write([HEADER_E, ...eRows.map(line)].join('\n') + '\n');
            const p = write([HEADER_P, ...pRows.map(line)].join('\n') + '\n');
            const from = period === null ? null : period[0];
            const to = period === null ? null : Math.min(31, period[0] + period[1]);
            const dossiers = join(dir, `d${n}.json`);
            const args = [
              'reconcile',
              '--electronic',
              e,
              '--paper',
              p,
              '--as-of',
              '2024-12-31',
              '--format',
              'json',
              '--max-errors',
              '100%',
              '--dossiers',
              dossiers,
            ];
            if (from !== null && to !== null)
              args.push(
                '--from',
                `2024-03-${String(from).padStart(2, '0')}`,
                '--to',
                `2024-03-${String(to).padStart(2, '0')}`,
              );
            const r = await runMain(args);
            expect(r.code, r.stderr).toBe(0);
            const report = JSON.parse(r.stdout) as Report;

            const inPeriod = (code: string): boolean => {
              const day = RECEIVED_DAY[CODES.findIndex((c) => normalise(c) === code)]!;
              return (from === null || day >= from) && (to === null || day <= to);
            };
            for (const [side, m] of [
              ['electronic', me],
              ['paper', mp],
            ] as const) {
              const input = report.inputs.find((i) => i.source === side)!;
              expect(input.rowsRead).toBe(m.read);
              expect(input.rowsRejected).toBe(m.rejected);
              expect(input.rowsRead).toBe(input.rowsUsed + input.rowsRejected);
              const codes = new Set(m.used.filter(inPeriod));
              const received = report.units.reduce((s, u) => s + ((u[side]?.received as number | undefined) ?? 0), 0);
              expect(received).toBe(codes.size);
              expect(report.total[side]!.received).toBe(codes.size);
              const duplicates = report.findings.filter(
                (f) => f.kind === 'duplicate-code' && f.args?.source === side,
              ).length;
              expect(duplicates).toBe(m.used.filter(inPeriod).length - codes.size);
              expect(input.rowsOutsidePeriod).toBe(m.used.filter((c) => !inPeriod(c)).length);
            }
            const eCodes = new Set(me.used.filter(inPeriod));
            const pCodes = new Set(mp.used.filter(inPeriod));
            expect(report.findings.filter((f) => f.kind === 'missing-in-paper').length).toBe(
              [...eCodes].filter((c) => !pCodes.has(c)).length,
            );
            expect(report.findings.filter((f) => f.kind === 'missing-in-electronic').length).toBe(
              [...pCodes].filter((c) => !eCodes.has(c)).length,
            );
            // The evidence list names every dossier of the period exactly once.
            const listed = (JSON.parse(readFileSync(dossiers, 'utf8')) as { code: string }[])
              .map((d) => normalise(d.code))
              .sort();
            expect(listed).toEqual([...new Set([...eCodes, ...pCodes])].sort());
            // Units add up to the total, figure by figure and finding kind by finding kind.
            for (const side of ['electronic', 'paper'] as const) {
              for (const k of COUNTS)
                expect(
                  report.units.reduce((s, u) => s + ((u[side]?.[k] as number | undefined) ?? 0), 0),
                  `${side}.${k}`,
                ).toBe(report.total[side]![k]);
            }
            for (const [kind, count] of Object.entries(report.total.findingCounts)) {
              expect(
                report.units.reduce((s, u) => s + u.findingCounts[kind]!, 0),
                kind,
              ).toBe(count);
              expect(report.findings.filter((f) => f.kind === kind).length, kind).toBe(count);
            }
          },
        ),
        { numRuns: 120, seed: FC_SEED },
      );
    },
  );
});

interface StatsReport extends Pick<Report, 'inputs' | 'findings'> {
  units: { unit: string; electronic: Record<string, number> }[];
  total: { electronic: Record<string, number> };
}

/** `stats <corpus file> --format json` in-process (the report is read only when there is one). */
async function statsOf(
  name: string,
  ...extra: string[]
): Promise<{ code: number; stderr: string; report: StatsReport }> {
  const r = await runMain([
    'stats',
    join(ROOT, 'fixtures/hostile', name),
    '--as-of',
    '2024-12-31',
    '--format',
    'json',
    ...extra,
  ]);
  return { code: r.code, stderr: r.stderr, report: (r.stdout === '' ? null : JSON.parse(r.stdout)) as StatsReport };
}

describe('the hostile corpus: every row accounted for, as worked out by hand (fixtures/hostile/README.md)', () => {
  it('nul-bytes.csv: binary, refused as a whole with one message', async () => {
    const r = await statsOf('nul-bytes.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nul-bytes\.csv: the file holds binary data, not CSV text \(/);
  });

  it('lone-surrogate-utf16le.csv: 3 rows used; a lone surrogate reads as U+FFFD', async () => {
    const { code, report } = await statsOf('lone-surrogate-utf16le.csv');
    expect(code).toBe(0);
    expect(report.inputs[0]).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0 });
    expect(report.units.map((u) => [u.unit, u.electronic.received]).sort()).toEqual([
      ['Xã A', 2],
      ['Xã \ufffdA', 1],
    ]);
    expect(report.total.electronic).toMatchObject({ beforeDeadline: 1, onTime: 1, pendingOverdue: 1 });
  });

  it('rtl-and-combining-marks.csv: 7 rows used in 5 units; NFD and NFC spellings are one unit', async () => {
    const { code, report } = await statsOf('rtl-and-combining-marks.csv');
    expect(code).toBe(0);
    expect(report.inputs[0]).toMatchObject({ rowsRead: 7, rowsUsed: 7 });
    expect(report.units).toHaveLength(5);
    expect(report.units.find((u) => u.unit === 'Phường Đông Hưng')!.electronic.received).toBe(3);
    expect(report.total.electronic).toMatchObject({
      received: 7,
      beforeDeadline: 4,
      onTime: 1,
      late: 1,
      pendingOverdue: 1,
    });
  });

  it(
    'absurd-dates.csv: 7 rows rejected at the receipt or due column, 2 unreadable result dates noted; ' +
      'exit 2 unless allowed',
    async () => {
      const refused = await statsOf('absurd-dates.csv');
      expect(refused.code).toBe(2);
      const places = [...refused.stderr.matchAll(/absurd-dates\.csv:(\d+):(\d+): /g)].map((m) => `${m[1]}:${m[2]}`);
      expect(places).toEqual(['3:3', '4:4', '5:3', '6:3', '7:4', '8:3', '10:3']);
      const { code, report } = await statsOf('absurd-dates.csv', '--max-errors', '100%');
      expect(code).toBe(0);
      expect(report.inputs[0]).toMatchObject({ rowsRead: 11, rowsUsed: 4, rowsRejected: 7 });
      expect(report.findings.map((f) => `${f.kind} ${f.code}`).sort()).toEqual([
        'invalid-dates D-10',
        'invalid-dates D-8',
      ]);
      expect(report.total.electronic).toMatchObject({ received: 4, beforeDeadline: 1, onTime: 1, pendingOverdue: 2 });
    },
  );

  it('stray-quotes.csv: 4 rows used; a bare quote stays in its cell, a quoted line break becomes a space', async () => {
    const { code, report } = await statsOf('stray-quotes.csv');
    expect(code).toBe(0);
    expect(report.inputs[0]).toMatchObject({ rowsRead: 4, rowsUsed: 4 });
    expect(report.units.map((u) => [u.unit, u.electronic.received]).sort()).toEqual([
      ['Xã "Hòa" A', 3],
      ['Xã Hòa, A', 1],
    ]);
  });

  it('duplicate-and-empty-headers.csv: the first of two columns with one name is read', async () => {
    const { code, report, stderr } = await statsOf('duplicate-and-empty-headers.csv');
    expect(code).toBe(0);
    // Not silent: a warning per repeated column, naming both columns (as validate reports them).
    const file = join(ROOT, 'fixtures/hostile/duplicate-and-empty-headers.csv');
    expect(stderr).toBe(
      `tthc-audit: ${file}:1: warning: column 4 "Mã hồ sơ" also names the code column: column 1 "Mã hồ sơ" is read, ` +
        'column 4 is ignored (remove or rename one of them; with --map code=<header> name the one to read)\n' +
        `tthc-audit: ${file}:1: warning: column 8 "Ngày hẹn trả" also names the due column: column 7 "Ngày hẹn trả" ` +
        'is read, column 8 is ignored (remove or rename one of them; with --map due=<header> name the one to read)\n',
    );
    expect(report.inputs[0]).toMatchObject({ rowsRead: 2, rowsUsed: 2 });
    // due 05/03 (the first "Ngày hẹn trả"): H-1 done 04/03 is before, H-2 done 06/03 late; codes from the first
    // "Mã hồ sơ"
    expect(report.total.electronic).toMatchObject({ beforeDeadline: 1, late: 1 });
    const listed = await runMain([
      'stats',
      join(ROOT, 'fixtures/hostile/duplicate-and-empty-headers.csv'),
      '--as-of',
      '2024-12-31',
      '--dossiers',
      join(dir, 'dup.json'),
    ]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'dup.json'), 'utf8')) as { code: string }[]).map((d) => d.code)).toEqual([
      'H-1',
      'H-2',
    ]);
  });
});
