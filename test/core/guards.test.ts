/**
 * core/guards.ts: which warnings a run gets from its per-unit figures and file facts, and what a file's
 * columns say about its source. Figures written by hand.
 */
import { describe, expect, it } from 'vitest';
import { guardWarnings, sourceLook, type GuardFacts } from '../../src/core/guards.js';
import type { Stats, UnitReport } from '../../src/core/summarise.js';
import { emptyFindingCounts } from '../../src/findings/kinds.js';

const stats = (received: number): Stats => ({
  received,
  resolved: received,
  beforeDeadline: received,
  onTime: 0,
  late: 0,
  pendingNotDue: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  multipleSupplements: 0,
  rates: { beforeDeadline: null, onTime: null, late: null },
});
const unit = (name: string, e: number | null, p: number | null): UnitReport => ({
  unit: name,
  electronic: e === null ? null : stats(e),
  paper: p === null ? null : stats(p),
  findingCounts: emptyFindingCounts(),
});
const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  sources: ['electronic', 'paper'],
  asOf: '2024-12-31',
  from: null,
  to: null,
  files: [],
  sameFiles: [],
  ...over,
});

describe('sourceLook', () => {
  it('a register: a signature or book column and no status nor completion date', () => {
    expect(sourceLook(['STT', 'Quyển số', 'Mã hồ sơ', 'KY NHAN'], { code: 2 }, 0)).toEqual({
      source: 'paper',
      columns: ['Quyển số', 'KY NHAN'],
    });
  });
  it('an export: both a status and a completion date, no register column', () => {
    expect(sourceLook(['Mã hồ sơ', 'Ngày có kết quả', 'Trạng thái'], { code: 0, completed: 1, status: 2 }, 0)).toEqual({
      source: 'electronic',
      columns: ['Trạng thái', 'Ngày có kết quả'],
    });
  });
  it('says nothing when the columns do not tell: a register with a status column, or neither sign', () => {
    expect(sourceLook(['Mã hồ sơ', 'Tình trạng', 'Ký nhận'], { code: 0, status: 1 }, 0)).toBeNull();
    expect(sourceLook(['Mã hồ sơ', 'Trạng thái'], { code: 0, status: 1 }, 0)).toBeNull();
    expect(sourceLook(['Mã hồ sơ'], { code: 0 }, 0)).toBeNull();
  });
  it('a file with layout rows (column numbers, total, signatures) is never taken for an export', () => {
    expect(
      sourceLook(['Mã hồ sơ', 'Ngày có kết quả', 'Trạng thái'], { code: 0, completed: 1, status: 2 }, 5),
    ).toBeNull();
  });
});

describe('guardWarnings', () => {
  it('nothing on either side: empty-period only (no empty-side, no unit warning)', () => {
    expect(guardWarnings(facts({ from: '2030-01-01', asOf: '2030-02-01' }), [], unit('', 0, 0))).toEqual([
      { kind: 'empty-period', from: '2030-01-01', to: null },
    ]);
  });
  it('one side empty: empty-side for it; units are not compared then', () => {
    expect(guardWarnings(facts(), [unit('A', 3, 0)], unit('', 3, 0))).toEqual([
      { kind: 'empty-side', source: 'paper' },
    ]);
  });
  it('stats reads one source: the other is never empty-side', () => {
    expect(guardWarnings(facts({ sources: ['electronic'] }), [unit('A', 3, null)], unit('', 3, null))).toEqual([]);
  });
  it('as-of before the period start (ISO strings compare as dates)', () => {
    expect(guardWarnings(facts({ from: '2024-03-01', asOf: '2024-02-29' }), [unit('A', 1, 1)], unit('', 1, 1))).toEqual(
      [{ kind: 'as-of-before-period', asOf: '2024-02-29', from: '2024-03-01' }],
    );
    expect(guardWarnings(facts({ from: '2024-03-01', asOf: '2024-03-01' }), [unit('A', 1, 1)], unit('', 1, 1))).toEqual(
      [],
    );
  });
  it('units with dossiers on one side only, per side', () => {
    const units = [unit('A', 2, 2), unit('B', 1, 0), unit('C', 0, 4), unit('D', 3, 0)];
    expect(guardWarnings(facts(), units, unit('', 6, 6))).toEqual([
      { kind: 'units-on-one-side', source: 'electronic', units: ['B', 'D'] },
      { kind: 'units-on-one-side', source: 'paper', units: ['C'] },
    ]);
  });
  it('a file that looks like the other source, and the same file on both sides, as given', () => {
    const w = guardWarnings(
      facts({
        files: [
          { file: 'e.csv', source: 'electronic', looksLike: 'paper', columns: ['Ký nhận'] },
          { file: 'p.csv', source: 'paper', looksLike: 'paper', columns: ['Ký nhận'] },
        ],
        sameFiles: [{ electronic: 'e.csv', paper: 'p.csv', by: 'content' }],
      }),
      [unit('A', 1, 1)],
      unit('', 1, 1),
    );
    expect(w).toEqual([
      {
        kind: 'looks-like-other-source',
        file: 'e.csv',
        source: 'electronic',
        looksLike: 'paper',
        columns: ['Ký nhận'],
      },
      { kind: 'same-file', electronic: 'e.csv', paper: 'p.csv', by: 'content' },
    ]);
  });
});
