/**
 * Findings written by the audit threads (engine/finding-texts.ts) give the very bytes the renderers
 * give from finding objects: for JSON and NDJSON, both languages, one list or several (as two threads
 * hand them back), with text in any script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFindings } from '../../src/core/report.js';
import type { Finding } from '../../src/findings/finding.js';
import type { FindingTextForm } from '../../src/findings/finding-texts.js';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { FindingWriter, joinWritten } from '../../src/engine/finding-texts.js';
import { renderJson } from '../../src/render/json.js';
import { renderNdjson } from '../../src/render/ndjson.js';
import { finding, side, twoUnitReport } from '../render/sample-report.js';

/** Unit keys as the audit gives them, and the display names the report uses. */
const NAMES = new Map([
  ['phuong bac', 'Phường Bắc'],
  ['xa nam', 'Xã Nam'],
  ['dak mil', 'Đắk Mil'],
]);

const arbFinding = fc
  .record({
    kind: fc.constantFrom(...FINDING_KINDS),
    unit: fc.constantFrom(...NAMES.keys(), 'not named'),
    code: fc.constantFrom('H1-1', 'H1-2', 'h1-1', 'Mã 😀 "q"\n'),
    line: fc.integer({ min: 2, max: 9 }),
    status: fc.string({ unit: 'grapheme', maxLength: 6 }),
    paperLine: fc.integer({ min: 2, max: 3 }),
  })
  .map((s) =>
    finding(s.kind, s.code, s.unit, {
      electronic: side('e.csv', s.line, { status: s.status }),
      paper: side('p.csv', s.paperLine, { class: 'late', calendarDaysLate: 2, workingDaysLate: 2 }),
    }),
  );

/** The findings written one by one, as an audit thread writes them as it finds them. */
function writeFindings(found: readonly Finding[], names: ReadonlyMap<string, string>, form: FindingTextForm) {
  const writer = new FindingWriter(names, form);
  for (const f of found) writer.add(f);
  return writer.finish();
}

function rendered(findings: Finding[], texts: ReturnType<typeof joinWritten> | null, form: FindingTextForm) {
  const report = { ...twoUnitReport([]), findings, findingTexts: texts };
  const opts = { lang: form.lang, color: false };
  return form.style === 'json' ? renderJson(report, opts) : renderNdjson(report, opts);
}

describe('findings written by the audit threads', () => {
  it('render byte for byte as the objects do, however the findings are split between threads', () => {
    const forms = (['json', 'ndjson'] as const).flatMap((style) =>
      (['en', 'vi'] as const).map((lang) => ({ style, lang })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(arbFinding, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...forms),
        (lists, form) => {
          const expected = rendered(reportFindings(lists.flat(), NAMES).findings, null, form);
          const texts = joinWritten(
            lists.map((l) => writeFindings(l, NAMES, form)),
            form,
          );
          expect(texts.count).toBe(lists.flat().length);
          expect(rendered([], texts, form)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('are refused by a renderer of another form or language', () => {
    const texts = joinWritten(
      [writeFindings([finding('masked-late', 'H1', 'xa nam')], NAMES, { style: 'json', lang: 'en' })],
      {
        style: 'json',
        lang: 'en',
      },
    );
    expect(() => rendered([], texts, { style: 'json', lang: 'vi' })).toThrow(/json\/en/);
    expect(() => rendered([], texts, { style: 'ndjson', lang: 'en' })).toThrow(/json\/en/);
  });
});
