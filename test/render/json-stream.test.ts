/**
 * `--format json` is written a piece at a time (findings stringified a batch at a time); the pieces must make
 * exactly the text of `JSON.stringify(report, null, 2)`, with and without findings.
 */
import { describe, expect, it } from 'vitest';
import { jsonPieces, renderJson, reportToJson } from '../../src/render/json.js';
import { statsReport, twoUnitReport } from './sample-report.js';

const opts = { lang: 'en', color: false } as const;

describe('jsonPieces', () => {
  it.each([
    ['seven findings', twoUnitReport()],
    ['no finding', twoUnitReport([])],
    ['one source, no finding', statsReport()],
  ])('%s: the pieces are JSON.stringify(report, null, 2) + a line end', (_what, report) => {
    const whole = JSON.stringify(reportToJson(report, opts), null, 2) + '\n';
    expect([...jsonPieces(report, opts)].join('')).toBe(whole);
    expect(renderJson(report, opts)).toBe(whole);
  });

  it('gives the findings a batch of 256 at a time between the frame pieces, the same text across batches', () => {
    const seven = twoUnitReport();
    const many = { ...seven, findings: Array.from({ length: 600 }, (_, i) => seven.findings[i % 7]!) };
    expect([...jsonPieces(seven, opts)]).toHaveLength(3);
    expect([...jsonPieces(many, opts)]).toHaveLength(2 + 3);
    expect([...jsonPieces(many, opts)].join('')).toBe(JSON.stringify(reportToJson(many, opts), null, 2) + '\n');
  });
});
