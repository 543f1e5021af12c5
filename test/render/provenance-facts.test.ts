/**
 * The provenance worded once (render/provenance-facts.ts) and shown by every human format: the facts
 * of the hand-built sample (test/render/sample-report.ts), in English and Vietnamese, and the CSV's
 * trailing rows byte for byte.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { LABELS } from '../../src/render/labels.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { commandLineText, provenanceFacts } from '../../src/render/provenance-facts.js';
import { renderTable } from '../../src/render/table.js';
import { twoUnitReport } from './sample-report.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('provenanceFacts', () => {
  it('words the sample’s provenance in English', () => {
    expect(provenanceFacts(twoUnitReport().provenance, LABELS.en)).toEqual([
      { label: 'Tool', value: 'tthc-audit 9.9.9' },
      {
        label: 'Command line',
        value: 'tthc-audit reconcile --electronic e.csv --paper p.csv --as-of 2024-12-31',
      },
      { label: 'Generated at (UTC)', value: 'not stated (--timestamp states it)' },
      { label: 'As of', value: '2024-12-31 (given with --as-of)' },
      { label: 'Period (by receipt date)', value: 'all dates' },
      { label: 'Rules in force', value: 'result date: completion date, else return date' },
      { label: 'Rates counted', value: 'resolved: late / (before + on time + late)' },
      { label: 'Working-day calendar', value: 'built-in holiday data test (2020–2026)' },
      { label: 'Procedure catalogue', value: `thu-tuc.csv · 120 bytes · SHA-256 ${C}` },
      { label: 'Config file', value: 'none' },
      {
        label: 'Input 1 (electronic)',
        value:
          `e.csv · 1,234 bytes · SHA-256 ${A} · CSV, encoding utf-8, delimiter "," · header on line 1 · 11 rows ` +
          `read = 11 used + 0 rejected`,
      },
      {
        label: 'Input 2 (paper)',
        value:
          `p.csv · 5,678 bytes · SHA-256 ${B} · CSV, encoding windows-1258, delimiter ";" · header on line 3 · ` +
          `12 rows read = 11 used + 1 rejected`,
      },
    ]);
  });

  it('words it in Vietnamese, with the generation time when there is one and a tab named', () => {
    const p = twoUnitReport().provenance;
    const facts = provenanceFacts(
      {
        ...p,
        generatedAt: '2024-12-31T00:00:00Z',
        inputs: [{ ...p.inputs[0]!, delimiter: '\t' }],
        rules: { ...p.rules, calendar: { ...p.rules.calendar, computedYears: [2019, 2027] } },
      },
      LABELS.vi,
    );
    expect(facts.find((f) => f.label === 'Thời điểm lập (giờ UTC)')?.value).toBe('2024-12-31T00:00:00Z');
    expect(facts.find((f) => f.label === 'Lịch ngày làm việc')?.value).toBe(
      'dữ liệu ngày lễ có sẵn, phiên bản test (năm 2020–2026); tính theo quy tắc cho năm 2019, 2027',
    );
    expect(facts.at(-1)).toEqual({
      label: 'Tệp đầu vào 1 (hệ thống điện tử)',
      value:
        `e.csv · 1.234 byte · SHA-256 ${A} · CSV, bảng mã utf-8, dấu phân cách dấu tab · dòng tiêu đề 1 · đọc ` +
        `11 dòng = 11 dòng dùng + 0 dòng bị loại`,
    });
  });

  it('quotes the command line for a POSIX shell', () => {
    expect(commandLineText('tthc-audit', ['stats', 'a b.csv', "it's", '--unit=Xã A', '--as-of', '2024-12-31'])).toBe(
      `tthc-audit stats 'a b.csv' 'it'\\''s' '--unit=Xã A' --as-of 2024-12-31`,
    );
  });
});

describe('the formats show it', () => {
  const report = twoUnitReport();

  it('table: a "Provenance:" section at the end, one fact per line', () => {
    const text = renderTable(report, { lang: 'en', color: false });
    const tail = text.slice(text.indexOf('\nProvenance:\n'));
    expect(tail.split('\n').slice(1, 4)).toEqual([
      'Provenance:',
      '  Tool: tthc-audit 9.9.9',
      '  Command line: tthc-audit reconcile --electronic e.csv --paper p.csv --as-of 2024-12-31',
    ]);
    expect(text.endsWith(`header on line 3 · 12 rows read = 11 used + 1 rejected\n`)).toBe(true);
  });

  it('csv: after the total row: an empty row, a title row, a row per fact (label, value), as wide as the table', () => {
    const text = renderCsv(report, { lang: 'en', color: false });
    const lines = text.split('\n');
    const total = lines.findIndex((l) => l.startsWith('TOTAL,'));
    // the table has 1 + 2 × 11 figures + one column per finding kind (20 today: 43 columns)
    const width = 1 + 2 * 11 + FINDING_KINDS.length;
    const pad = (cells: string, used: number): string => cells + ','.repeat(width - used);
    expect((parse(text) as string[][]).map((r) => r.length)).toEqual(Array(lines.length - 1).fill(width));
    expect(lines.slice(total + 1, total + 5)).toEqual([
      pad('', 1),
      pad('Provenance', 1),
      pad('Tool,tthc-audit 9.9.9', 2),
      pad('Command line,tthc-audit reconcile --electronic e.csv --paper p.csv --as-of 2024-12-31', 2),
    ]);
    expect(lines.at(-2)).toBe(
      pad(
        `Input 2 (paper),"p.csv · 5,678 bytes · SHA-256 ${B} · CSV, encoding windows-1258, delimiter "";"" · header ` +
          `on line 3 · 12 rows read = 11 used + 1 rejected"`,
        2,
      ),
    );
    expect(lines.at(-1)).toBe('');
  });

  it('markdown and html: a provenance section, values escaped', () => {
    const hostile = {
      ...report,
      provenance: { ...report.provenance, commandLine: ['stats', '<b>x</b>|y.csv'] },
    };
    const md = renderMarkdown(hostile, { lang: 'en', color: false });
    expect(md).toContain('### Provenance\n\n- **Tool:** tthc-audit 9.9.9\n');
    expect(md).toContain(`- **Command line:** tthc-audit stats '&lt;b&gt;x&lt;/b&gt;\\|y.csv'\n`);
    const page = renderHtml(hostile, { lang: 'vi', color: false });
    expect(page).toContain('<meta name="generator" content="tthc-audit 9.9.9">');
    expect(page).toContain('<h2 id="provenance-title">Nguồn gốc báo cáo</h2>');
    expect(page).toContain(`<dt>Lệnh đã chạy</dt><dd>tthc-audit stats &#39;&lt;b&gt;x&lt;/b&gt;|y.csv&#39;</dd>`);
  });
});
