import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/core/gates.js';
import { messageOf } from '../../src/findings/wording.js';
import { LABELS } from '../../src/render/labels.js';
import { MARKDOWN_FINDINGS_SHOWN, escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { defaultFindings, finding, statsReport, twoUnitReport } from './sample-report.js';

const en = { lang: 'en', color: false } as const;
const vi = { lang: 'vi', color: false } as const;
const lines = (text: string): string[] => text.split('\n');
/** Cell separators: pipes not escaped with a backslash. */
const separators = (row: string): number => (row.match(/(?<!\\)\|/g) ?? []).length;

describe('renderMarkdown: the per-unit table', () => {
  const out = lines(renderMarkdown(twoUnitReport(), en));

  it('starts with the title, then units, as-of, period and rates', () => {
    expect(out[0]).toBe('## Electronic system vs paper register');
    expect(out[2]).toBe('**Unit(s):** Phường Bắc, Xã Nam  ');
    expect(out[3]).toBe(
      '**As of:** 2024-12-31 · **Period (by receipt date):** all dates · result date: completion date, ' +
        'else return date  ',
    );
    expect(out[4]).toBe('**Rates:** resolved: late / (before + on time + late)');
  });

  it('has one heading row, E / P suffixes, right-aligned numbers', () => {
    expect(out).toContain(
      '| Unit | Records E | Before % E | On time % E | Late % E | Not due E | Overdue E | ' +
        'Records P | Late % P | Not due P | Overdue P | ' +
        'Missing in E | Missing in P | Masked late | Other mismatch | Data issues | Late, no apology |',
    );
    expect(out).toContain(`| :--- |${' ---: |'.repeat(16)}`);
  });

  it('writes each unit with non-zero alerts in bold, and a bold total row', () => {
    // Phường Bắc: late % and overdue on both sides, 1 masked, 1 completed-date mismatch
    expect(out).toContain(
      '| Phường Bắc | 6 | 25.00 | 50.00 | **25.00** | 1 | **1** | 6 | **50.00** | 1 | **1** | 0 | 0 | **1** | ' +
        '**1** | 0 | 0 |',
    );
    // Xã Nam: electronic late 0.00 is not marked; mismatches = 1 status + 1 completed date
    expect(out).toContain(
      '| Xã Nam | 5 | 75.00 | 25.00 | 0.00 | 0 | 0 | 5 | **25.00** | 0 | **1** | **1** | **1** | **1** | **2** | ' +
        '0 | 0 |',
    );
    expect(out).toContain(
      '| **TOTAL** | **11** | **50.00** | **37.50** | **12.50** | **1** | **1** | **11** | **37.50** | **1** | ' +
        '**2** | **1** | **1** | **2** | **3** | **0** | **0** |',
    );
  });

  it('counts the findings by kind, most serious first', () => {
    const start = out.indexOf('### Findings by kind');
    expect(out.slice(start + 2, start + 9)).toEqual([
      '| Kind | Count | Description |',
      '| :--- | ---: | :--- |',
      '| `masked-late` | 2 | masked lateness (late on paper, on time electronically) |',
      '| `missing-in-electronic` | 1 | in the paper register, not in the electronic system |',
      '| `missing-in-paper` | 1 | in the electronic system, not in the paper register |',
      '| `status-mismatch` | 1 | the sources classify the dossier differently |',
      '| `completed-date-mismatch` | 2 | different result dates |',
    ]);
  });

  it('lists every finding when there are few, with both places', () => {
    expect(out).toContain('### Findings');
    const rows = out.filter((l) => /^\| `[a-z-]+` \| (Phường Bắc|Xã Nam) \|/.test(l));
    expect(rows).toHaveLength(7);
    // the message wording belongs to findings/wording.ts: take it from there
    expect(rows[0]).toBe(
      `| \`masked-late\` | Phường Bắc | H1-240301-0003 | e.csv:2 · p.csv:2 | ` +
        `${escapeMarkdown(messageOf(defaultFindings()[0]!, 'en'))} |`,
    );
    expect(out.join('\n')).not.toContain('more findings');
  });

  it('ends with inputs and skipped checks', () => {
    expect(out).toContain('- Electronic: e.csv: 11 rows read = 11 used + 0 rejected');
    expect(out).toContain('- Paper: p.csv: 12 rows read = 11 used + 1 rejected');
    expect(out).toContain('- `late-without-apology`: no input has an apology column');
  });
});

describe('renderMarkdown: long lists and empty ones', () => {
  it(`lists the first ${MARKDOWN_FINDINGS_SHOWN} findings and counts the rest`, () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      finding('duplicate-code', `C-${String(i + 1).padStart(3, '0')}`, 'Phường Bắc', { paper: null }),
    );
    const out = lines(renderMarkdown(twoUnitReport(many), en));
    expect(out).toContain('### First 50 of 60 findings');
    expect(out.filter((l) => l.startsWith('| `duplicate-code` | Phường Bắc |'))).toHaveLength(50);
    expect(out.some((l) => l.includes('C-050'))).toBe(true);
    expect(out.some((l) => l.includes('C-051'))).toBe(false);
    expect(out).toContain('_… and 10 more findings (all of them: --format json or ndjson, or --details &lt;file&gt;)_');
  });

  it('says so when there is no finding', () => {
    const out = renderMarkdown(twoUnitReport([]), en);
    expect(out).toContain('### Findings by kind\n\nNo findings.\n');
    expect(out).not.toContain('| Kind |');
  });
});

describe('renderMarkdown: Vietnamese', () => {
  it('words headings in Vietnamese and writes numbers 15.641 and 95,98', () => {
    const out = lines(renderMarkdown(statsReport(), vi));
    expect(out[0]).toBe('## Thống kê hồ sơ');
    expect(out).toContain('### Số liệu theo đơn vị');
    // stats: one source, no E/P suffix; withdrawn column; data issues and no apology
    expect(out).toContain(
      '| Đơn vị | Số hồ sơ | Trước hạn % | Đúng hạn % | Quá hạn % | Chưa đến hạn | Quá hạn chưa GQ | ' +
        'Rút/từ chối/dừng xử lý | Lỗi dữ liệu | Quá hạn không xin lỗi |',
    );
    expect(out).toContain('| Sở Nội vụ | 15.641 | 95,98 | 3,84 | **0,19** | 12 | 0 | 0 | 0 | 0 |');
    expect(out).toContain('Không có phát hiện.');
  });
});

describe('renderMarkdown: CI gates', () => {
  it('puts failed gates in bold before the figures', () => {
    const failed: GateResult = {
      gate: 'max-masked-late',
      unit: null,
      source: null,
      limit: 0,
      actual: 2,
      passed: false,
      by: 2,
    };
    const passed: GateResult = {
      gate: 'min-coverage',
      unit: null,
      source: null,
      limit: 90,
      actual: 95.5,
      passed: true,
      by: 0,
    };
    const out = lines(renderMarkdown({ ...twoUnitReport(), gates: [failed, passed] }, en));
    const at = out.indexOf(`### ${LABELS.en.text.gates}`);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(out.indexOf('### Figures by unit'));
    expect(out[at + 2]).toBe(`- **${escapeMarkdown(LABELS.en.text.gate(failed))}**`);
    expect(out[at + 3]).toBe(`- ${escapeMarkdown(LABELS.en.text.gate(passed))}`);
  });
});

describe('escapeMarkdown: text from the inputs', () => {
  it('cannot add a table cell, markup, an HTML tag or an @mention', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('*x* _y_ `z` [l](u) ~s~ #1')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\#1');
    expect(escapeMarkdown('@org/team')).toBe('@\u200borg/team');
    expect(escapeMarkdown('a\\b &amp;')).toBe('a\\\\b &amp;amp;');
    expect(escapeMarkdown('line\r\nbreak\ttab')).toBe('line break tab');
  });

  it('keeps a hostile unit name and code inside their cells', () => {
    const hostile = finding('masked-late', 'X|1\n| injected |', 'U|<script>alert(1)</script>');
    const report = twoUnitReport([hostile]);
    report.units[0] = { ...report.units[0]!, unit: 'U|<script>alert(1)</script>' };
    const out = lines(renderMarkdown(report, en));
    const unitRow = out.find((l) => l.startsWith('| U\\|'))!;
    expect(unitRow).toContain('U\\|&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(separators(unitRow)).toBe(18); // 17 columns
    const findingRow = out.find((l) => l.startsWith('| `masked-late` | U'))!;
    expect(findingRow).toContain('| X\\|1 \\| injected \\| |');
    expect(separators(findingRow)).toBe(6); // 5 columns
    expect(out.join('\n')).not.toContain('<script>');
  });
});

describe('renderMarkdown: coverage of the paper register', () => {
  it('is a line under the rates, with its own label', () => {
    const out = lines(
      renderMarkdown({ ...twoUnitReport(), coverage: { paperDossiers: 40, foundInElectronic: 39, percent: 97.5 } }, en),
    );
    expect(out).toContain('**Coverage:** 39 of 40 paper dossiers are in the electronic system (97.50%)');
    expect(lines(renderMarkdown(statsReport(), en)).some((l) => l.startsWith('**Coverage:**'))).toBe(false);
  });
});
