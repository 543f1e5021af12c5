/**
 * Findings written by the audit threads (engine/finding-texts.ts) give the very bytes the renderers
 * give from finding objects: for JSON and NDJSON, both languages, one list or several (as two threads
 * hand them back), with text in any script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFindings } from '../../src/core/report.js';
import type { Finding } from '../../src/findings/finding.js';
import type { FindingTextForm, FindingTexts } from '../../src/findings/finding-texts.js';
import { detailsHeaderText, renderDetailsCsv } from '../../src/render/csv.js';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { FindingWriter, joinWritten } from '../../src/engine/finding-texts.js';
import { SpoolBudget } from '../../src/engine/text-spool.js';
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

/**
 * The findings written one by one, as an audit thread writes them as it finds them; `runBytes`: how much
 * text a run gathers before it is sorted and spilled to disk (small here, so that most lists spill).
 */
function writeFindings(
  found: readonly Finding[],
  names: ReadonlyMap<string, string>,
  forms: FindingTextForm[],
  runBytes?: number,
) {
  const writer = new FindingWriter(names, forms, new SpoolBudget(runBytes));
  for (const f of found) writer.add(f);
  return writer.finish();
}

function rendered(findings: Finding[], texts: FindingTexts | null, form: FindingTextForm) {
  const report = { ...twoUnitReport([]), findings, findingTexts: texts };
  const opts = { lang: form.lang, color: false };
  if (form.style === 'details') {
    const rows = texts === null ? '' : decoder.decode(Buffer.concat([...texts.chunks()]));
    return texts === null
      ? renderDetailsCsv(report, form.lang, form.csv)
      : detailsHeaderText(form.lang, form.csv) + rows;
  }
  return form.style === 'json' ? renderJson(report, opts) : renderNdjson(report, opts);
}

const decoder = new TextDecoder();

describe('findings written by the audit threads', () => {
  it('render byte for byte as the objects do, however the findings are split between threads and runs', () => {
    const forms: FindingTextForm[] = (['en', 'vi'] as const).flatMap((lang) => [
      { style: 'json', lang },
      { style: 'ndjson', lang },
      { style: 'details', lang, csv: { delimiter: ',', decimal: '.' } },
      { style: 'details', lang, csv: { delimiter: ';', decimal: ',', headers: 'keys' } },
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.array(arbFinding, { maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.subarray(forms, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 1, 700, 3000),
        (lists, asked, runBytes) => {
          const sorted = reportFindings(lists.flat(), NAMES).findings;
          const joined = joinWritten(
            lists.map((l) => writeFindings(l, NAMES, asked, runBytes)),
            asked,
          );
          try {
            asked.forEach((form, f) => {
              expect(joined.texts[f]!.count).toBe(lists.flat().length);
              expect(rendered([], joined.texts[f]!, form)).toBe(rendered(sorted, null, form));
            });
          } finally {
            joined.close();
          }
        },
      ),
      { numRuns: 120, seed: 20261206 },
    );
  });

  it('are refused by a renderer of another form or language', () => {
    const form: FindingTextForm = { style: 'json', lang: 'en' };
    const texts = joinWritten([writeFindings([finding('masked-late', 'H1', 'xa nam')], NAMES, [form])], [form])
      .texts[0]!;
    expect(() => rendered([], texts, { style: 'json', lang: 'vi' })).toThrow(/json\/en/);
    expect(() => rendered([], texts, { style: 'ndjson', lang: 'en' })).toThrow(/json\/en/);
  });
});
