/**
 * The order of the report's findings: the plain comparison, the fast sort (the same order on random
 * lists) and the merge of lists sorted apart (as the audit threads sort theirs).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeFinding, type Finding } from '../../src/findings/finding.js';
import { FINDING_KINDS, type FindingKind } from '../../src/findings/kinds.js';
import { SAMPLE_ARGS } from '../findings/sample-args.js';
import { compareFindings, mergeSorted, sortFindings } from '../../src/core/finding-order.js';

describe('compareFindings', () => {
  const f = (unit: string, kind: FindingKind, code: string, file: string, line: number): Finding =>
    makeFinding(kind, { code, unit, electronic: null, paper: { file, line } as Finding['paper'] }, SAMPLE_ARGS[kind]);

  it('orders by unit, kind order, code, then file and line (numerically)', () => {
    const list = [
      f('B', 'masked-late', 'X1', 'so.csv', 2),
      f('A', 'duplicate-code', 'X1', 'so.csv', 10),
      f('A', 'duplicate-code', 'X1', 'so.csv', 9),
      f('A', 'masked-late', 'X2', 'so.csv', 2),
      f('A', 'duplicate-code', 'X0', 'so.csv', 50),
    ];
    expect([...list].sort(compareFindings).map((x) => `${x.unit} ${x.kind} ${x.code} ${x.paper!.line}`)).toEqual([
      'A masked-late X2 2',
      'A duplicate-code X0 50',
      'A duplicate-code X1 9',
      'A duplicate-code X1 10',
      'B masked-late X1 2',
    ]);
  });

  it('sortFindings gives the compareFindings order on random lists (units with diacritics, case, ties)', () => {
    const units = [
      'UBND xã Ea Kao',
      'UBND xã Êa Kao',
      'ubnd xã Ea Kao',
      'Phòng Tư pháp',
      'Phòng tư pháp',
      'Đắk Mil',
      'Dak Mil',
      '',
    ];
    const kinds = [...FINDING_KINDS];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom(...units),
            kind: fc.constantFrom(...kinds),
            code: fc.constantFrom('A1', 'A2', 'a1', 'B'),
            file: fc.constantFrom('p.csv', 'q.csv'),
            line: fc.integer({ min: 1, max: 30 }),
          }),
          { maxLength: 60 },
        ),
        (specs) => {
          const list = specs.map((s) => f(s.unit, s.kind, s.code, s.file, s.line));
          const key = (x: Finding): string => `${x.unit}|${x.kind}|${x.code}|${x.paper!.file}|${x.paper!.line}`;
          const sorted = [...list];
          sortFindings(sorted);
          expect(sorted.map(key)).toEqual([...list].sort(compareFindings).map(key));
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('mergeSorted of lists sorted apart gives the order of the joined list sorted (ties: earlier list first)', () => {
    const units = ['UBND xã Ea Kao', 'UBND xã Êa Kao', 'Đắk Mil', 'Dak Mil', ''];
    const spec = fc.record({
      unit: fc.constantFrom(...units),
      kind: fc.constantFrom(...FINDING_KINDS),
      code: fc.constantFrom('A1', 'A2', 'B'),
      line: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(spec, { maxLength: 30 }), { minLength: 1, maxLength: 3 }), (specs) => {
        const lists = specs.map((l) => l.map((s) => f(s.unit, s.kind, s.code, 'p.csv', s.line)));
        const keys = lists.map((l) => sortFindings(l));
        const next = lists.map(() => 0);
        const merged = [...mergeSorted(keys)].map((l) => lists[l]![next[l]!++]!);
        const joined = lists.flat();
        sortFindings(joined);
        // The same objects in the same order: ties (equal keys) show which list's came first.
        expect(merged.length).toBe(joined.length);
        for (let n = 0; n < merged.length; n++) expect(merged[n]).toBe(joined[n]);
      }),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
