/**
 * `--format json` is written a piece at a time (findings stringified one by one); the pieces must make
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

  it('gives one piece per finding between the frame pieces', () => {
    const report = twoUnitReport();
    expect([...jsonPieces(report, opts)]).toHaveLength(report.findings.length + 2);
  });
});
