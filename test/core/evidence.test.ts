/**
 * The evidence list (`--dossiers`): one entry per dossier with each side's class, dates and days late,
 * sorted by unit then code; rendered as JSON or flat CSV. Sides come from `auditDossiers`, so the
 * classes and days late are the real ones; every number was counted by hand.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listEvidence } from '../../src/core/evidence.js';
import { auditDossiers, type AuditOptions } from '../../src/core/reconcile.js';
import { chooseUnitNames } from '../../src/core/summarise.js';
import type { DossierRecord } from '../../src/core/types.js';
import { renderEvidence } from '../../src/render/dossiers.js';
import { auditOptions, day, makeRecord, type RecordSpec } from './make-record.js';

const OPTIONS: AuditOptions = auditOptions({ asOf: day('2024-02-20') });

const e = (spec: RecordSpec): DossierRecord => makeRecord({ source: 'electronic', ...spec });
const p = (spec: RecordSpec): DossierRecord => makeRecord({ source: 'paper', ...spec });

const TAN_LOI = 'UBND phường Tân Lợi';
const AN_BINH = 'UBND xã An Bình';

/**
 * - H-2 (An Bình): due Wed 7/2/2024, the day before Tết; finished Thu 15/2 on both sides:
 *   8 calendar days, 1 working day late (Thu 8 – Wed 14 off).
 * - H-1 (An Bình): electronic on time (result = due Fri 2/2); paper returned Mon 5/2: 3 calendar, 1
 *   working day late.
 * - H-3 (Tân Lợi), only on paper: due Fri 9/2 (a Tết day), no result at Tue 20/2 → pending overdue,
 *   11 calendar days, working days in (9/2, 20/2] = Thu 15, Fri 16, Mon 19, Tue 20 → 4.
 * - H-4 (Tân Lợi), only electronic: due Thu 22/2, no result → pending, not due.
 */
const records = {
  electronic: [
    e({ code: 'H-2', rawCode: 'H-2', received: '2024-02-02', due: '2024-02-07', completed: '2024-02-15', line: 3 }),
    e({ code: 'H-1', rawCode: 'H -1', received: '2024-01-29', due: '2024-02-02', completed: '2024-02-02', line: 2 }),
    e({ code: 'H-4', rawCode: 'H-4', unit: TAN_LOI, received: '2024-02-19', due: '2024-02-22', line: 4 }),
  ],
  paper: [
    p({ code: 'H-1', rawCode: 'H-1', received: '2024-01-29', due: '2024-02-02', returned: '2024-02-05', line: 5 }),
    p({ code: 'H-2', rawCode: 'H-2', received: '2024-02-02', due: '2024-02-07', returned: '2024-02-15', line: 6 }),
    p({ code: 'H-3', rawCode: 'H-3', unit: TAN_LOI, received: '2024-02-05', due: '2024-02-09', line: 7 }),
  ],
};
const result = auditDossiers(records, OPTIONS);
const names = chooseUnitNames([...records.electronic, ...records.paper]);
const entries = listEvidence(result.dossiers, names);

describe('listEvidence', () => {
  it('has one entry per dossier, sorted by unit then code, with the electronic spelling of the code ("H -1")', () => {
    expect(entries.map((x) => [x.unit, x.code])).toEqual([
      [TAN_LOI, 'H-3'],
      [TAN_LOI, 'H-4'],
      [AN_BINH, 'H -1'],
      [AN_BINH, 'H-2'],
    ]);
  });

  it('gives each side its class, dates, days late and row', () => {
    const h2 = entries.find((x) => x.code === 'H-2')!;
    expect(h2.electronic).toEqual({
      class: 'late',
      received: '2024-02-02',
      due: '2024-02-07',
      effectiveDue: '2024-02-07',
      result: '2024-02-15',
      calendarDaysLate: 8,
      workingDaysLate: 1,
      file: 'electronic.csv',
      line: 3,
    });
    expect(h2.paper).toEqual({
      class: 'late',
      received: '2024-02-02',
      due: '2024-02-07',
      effectiveDue: '2024-02-07',
      result: '2024-02-15',
      calendarDaysLate: 8,
      workingDaysLate: 1,
      file: 'paper.csv',
      line: 6,
    });
  });

  it('days late are 0 when not late; the paper side of a masked dossier counts its own', () => {
    const h1 = entries.find((x) => x.code === 'H -1')!;
    expect(h1.electronic).toMatchObject({
      class: 'on-time',
      result: '2024-02-02',
      calendarDaysLate: 0,
      workingDaysLate: 0,
    });
    // Due Fri 2/2, returned Mon 5/2: 3 calendar days; (2/2, 5/2] = Mon 5 → 1 working day.
    expect(h1.paper).toMatchObject({ class: 'late', result: '2024-02-05', calendarDaysLate: 3, workingDaysLate: 1 });
  });

  it('a side missing from a source is null; pending overdue counts to the as-of date', () => {
    const h3 = entries.find((x) => x.code === 'H-3')!;
    expect(h3.electronic).toBeNull();
    expect(h3.paper).toMatchObject({
      class: 'pending-overdue',
      result: null,
      calendarDaysLate: 11,
      workingDaysLate: 4,
    });
    const h4 = entries.find((x) => x.code === 'H-4')!;
    expect(h4.paper).toBeNull();
    expect(h4.electronic).toMatchObject({
      class: 'pending-not-due',
      result: null,
      calendarDaysLate: 0,
      workingDaysLate: 0,
    });
  });
});

describe('renderEvidence', () => {
  it('JSON: the list as is, sides null when absent', () => {
    const json = JSON.parse(renderEvidence(entries, true)) as unknown[];
    expect(json).toEqual(JSON.parse(JSON.stringify(entries)));
    expect(json[0]).toMatchObject({
      code: 'H-3',
      unit: TAN_LOI,
      electronic: null,
      paper: { class: 'pending-overdue', workingDaysLate: 4 },
    });
  });

  it('CSV: one flat row per dossier, empty cells for an absent side', () => {
    const rows = parse(renderEvidence(entries, false)) as string[][];
    const side = [
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
    expect(rows[0]).toEqual(['code', 'unit', ...side.map((c) => `electronic_${c}`), ...side.map((c) => `paper_${c}`)]);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual([
      'H-3',
      TAN_LOI,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'pending-overdue',
      '2024-02-05',
      '2024-02-09',
      '2024-02-09',
      '',
      '11',
      '4',
      'paper.csv',
      '7',
    ]);
    expect(rows[4]).toEqual([
      'H-2',
      AN_BINH,
      'late',
      '2024-02-02',
      '2024-02-07',
      '2024-02-07',
      '2024-02-15',
      '8',
      '1',
      'electronic.csv',
      '3',
      'late',
      '2024-02-02',
      '2024-02-07',
      '2024-02-07',
      '2024-02-15',
      '8',
      '1',
      'paper.csv',
      '6',
    ]);
  });

  it('CSV: a code or unit a spreadsheet would run as a formula gets a leading apostrophe', () => {
    const rows = parse(
      renderEvidence([{ ...entries[0]!, code: '=HYPERLINK("x")', unit: '+cmd' }], false),
    ) as string[][];
    expect(rows[1]!.slice(0, 2)).toEqual(['\'=HYPERLINK("x")', "'+cmd"]);
  });

  it('an empty list is an empty JSON array and a header-only CSV', () => {
    expect(renderEvidence([], true)).toBe('[]\n');
    expect((parse(renderEvidence([], false)) as string[][]).length).toBe(1);
  });
});
