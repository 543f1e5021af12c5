import { describe, expect, it } from 'vitest';
import { reportToJson } from '../../src/render/json.js';
import { ndjsonLines, renderNdjson } from '../../src/render/ndjson.js';
import { finding, twoUnitReport } from './sample-report.js';

const en = { lang: 'en', color: false } as const;

describe('renderNdjson', () => {
  it('writes one line per finding and nothing else', () => {
    const out = renderNdjson(twoUnitReport(), en);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual([
      'masked-late',
      'completed-date-mismatch',
      'masked-late',
      'missing-in-electronic',
      'missing-in-paper',
      'status-mismatch',
      'completed-date-mismatch',
    ]);
  });

  it('gives each line exactly the fields of the JSON report findings list, in the same order', () => {
    const report = twoUnitReport();
    const json = reportToJson(report, en) as { findings: unknown[] };
    const lines = renderNdjson(report, en).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.findings);
    expect(Object.keys(JSON.parse(lines[3]!) as object)).toEqual([
      'kind',
      'code',
      'unit',
      'message',
      'electronic',
      'paper',
    ]);
    expect((JSON.parse(lines[3]!) as { electronic: unknown }).electronic).toBeNull();
  });

  it('keeps args when a finding has them', () => {
    const f = finding('duplicate-code', 'D-1', 'Xã Nam', {
      paper: null,
      args: { keptFile: 'e.csv', keptLine: 2, keptBecause: 'later-due', source: 'electronic' },
    });
    const line = JSON.parse(renderNdjson(twoUnitReport([f]), en)) as { args: unknown };
    expect(line.args).toEqual({ keptFile: 'e.csv', keptLine: 2, keptBecause: 'later-due', source: 'electronic' });
  });

  it('keeps a code with a line break on one line', () => {
    const f = finding('missing-in-paper', 'A\nB\r\nC\u2028D', 'Xã Nam', { paper: null });
    const out = renderNdjson(twoUnitReport([f]), en);
    expect(out.split('\n')).toHaveLength(2); // one line + the final newline
    expect((JSON.parse(out) as { code: string }).code).toBe('A\nB\r\nC\u2028D');
  });

  it('writes nothing at all when there is no finding', () => {
    expect(renderNdjson(twoUnitReport([]), en)).toBe('');
  });

  it('yields the same lines one at a time', () => {
    const report = twoUnitReport();
    expect([...ndjsonLines(report, en)].join('')).toBe(renderNdjson(report, en));
    const lines = [...ndjsonLines(report, en)].map((l) => (typeof l === 'string' ? l : ''));
    expect(lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
  });

  it('words the message in the chosen language', () => {
    const vi = JSON.parse(
      renderNdjson(twoUnitReport([finding('missing-in-electronic', 'M-1', 'Xã Nam', { electronic: null })]), {
        lang: 'vi',
        color: false,
      }),
    ) as { message: string };
    expect(vi.message).toMatch(/sổ/);
  });
});
