/**
 * The evidence list written by the audit threads (engine/evidence-texts.ts) gives the very bytes
 * `renderEvidence` gives from the sorted entries: JSON and CSV, one list or several (as two threads
 * hand them back), each spilled to disk in sorted runs or kept in memory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvidence, type EvidenceEntry, type EvidenceSide } from '../../src/core/evidence.js';
import { EvidenceWriter, joinEvidence } from '../../src/engine/evidence-texts.js';
import { evidencePieces, renderEvidence } from '../../src/render/dossiers.js';
import { SpoolBudget } from '../../src/engine/text-spool.js';

const arbSide: fc.Arbitrary<EvidenceSide | null> = fc.option(
  fc.record({
    class: fc.constantFrom('early', 'onTime', 'late', 'pendingOnTime', 'pendingLate', 'withdrawn'),
    received: fc.constant('2024-01-02'),
    due: fc.constant('2024-01-09'),
    effectiveDue: fc.constant('2024-01-10'),
    result: fc.option(fc.constant('2024-01-11')),
    calendarDaysLate: fc.integer({ min: 0, max: 3 }),
    workingDaysLate: fc.integer({ min: 0, max: 3 }),
    file: fc.constantFrom('e.csv', 'so "p".csv'),
    line: fc.integer({ min: 2, max: 99 }),
  }) as fc.Arbitrary<EvidenceSide>,
);

const arbEntry: fc.Arbitrary<EvidenceEntry> = fc.record({
  code: fc.constantFrom('H1-1', 'H1-2', 'h1-1', '=Mã 😀 "q"\n', '=Mã Ａ', 'Hé', 'Z'),
  unit: fc.constantFrom('Phường Bắc', 'Xã Nam', 'Đắk Mil', 'xã nam'),
  electronic: arbSide,
  paper: arbSide,
});

describe('the evidence list written by the audit threads', () => {
  it('renders byte for byte as the sorted entries do, however split between threads and runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbEntry, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom(undefined, 1, 500, 2000),
        (lists, json, runBytes) => {
          const form = { json, csv: { delimiter: json ? ',' : ';', decimal: '.' } as const };
          const expected = renderEvidence([...lists.flat()].sort(compareEvidence), json, form.csv);
          const texts = joinEvidence(
            lists.map((list) => {
              const writer = new EvidenceWriter(form, new SpoolBudget(runBytes));
              for (const e of list) writer.add(e);
              return writer.finish();
            }),
            form,
          );
          try {
            const pieces = [...evidencePieces(texts.chunks(), texts.count, form)];
            const text = pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
            expect(texts.count).toBe(lists.flat().length);
            expect(text).toBe(expected);
          } finally {
            texts.close();
          }
        },
      ),
      { numRuns: 120, seed: 20261206 },
    );
  });
});
