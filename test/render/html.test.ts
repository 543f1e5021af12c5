import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/render/html-escape.js';
import { HTML_FINDINGS_PER_KIND, renderHtml } from '../../src/render/html.js';
import { finding, statsReport, twoUnitReport } from './sample-report.js';

const en = { lang: 'en', color: false } as const;
const vi = { lang: 'vi', color: false } as const;
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('renderHtml: a self-contained document', () => {
  const out = renderHtml(twoUnitReport(), en);

  it('is one HTML document in the chosen language', () => {
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(renderHtml(twoUnitReport(), vi)).toContain('<html lang="vi">');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('loads nothing and runs nothing: no script, no external reference, a CSP that forbids both', () => {
    expect(out).toContain(
      (
        '<meta http-equiv="Content-Security-Policy" ' +
        `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
      ).replace(/'/g, '&#39;'),
    );
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\ssrc=/i);
    expect(out).not.toMatch(/@import|url\(/i);
    // the only links are to the page's own sections
    expect(out.match(/href="[^"]*"/g)?.every((h) => h.startsWith('href="#kind-'))).toBe(true);
  });

  it('has print rules for A4', () => {
    expect(out).toContain('@page { size: A4;');
    expect(out).toContain('@media print');
  });

  it('heads the page with units, period, as-of, rates and the inputs with their row accounting', () => {
    expect(out).toContain('<h1>Electronic system vs paper register</h1>');
    expect(out).toContain('<dt>Unit(s)</dt><dd>Phường Bắc, Xã Nam</dd>');
    expect(out).toContain('<dt>Period (by receipt date)</dt><dd>all dates</dd>');
    expect(out).toContain('<dt>As of</dt><dd>2024-12-31</dd>');
    // p.csv: 12 read, 11 used, 1 rejected (marked), 0 outside the period
    expect(out).toContain(
      '<td class="mono">p.csv</td><td class="num">12</td><td class="num">11</td><td class="num warn">1</td>' +
        '<td class="num">0</td><td>windows-1258</td><td class="num">3</td>',
    );
  });

  it('writes the per-unit table with group headings and a total row', () => {
    expect(out).toContain(
      '<th class="group" colspan="6">Electronic</th><th class="group" colspan="4">Paper</th>' +
        '<th class="group" colspan="6">Findings</th>',
    );
    expect(out).toContain(
      '<tr><td class="unit">Phường Bắc</td><td class="num">6</td><td class="num">25.00</td>' +
        '<td class="num">50.00</td><td class="num warn">25.00</td>',
    );
    expect(out).toContain('<tr class="total"><td class="unit">TOTAL</td><td class="num">11</td>');
    // masked lateness is an alarm, other mismatches a warning
    expect(out).toMatch(
      new RegExp(
        '<td class="num alarm">2</td><td class="num warn">3</td><td class="num">0</td><td class="num">0</td></tr>\n' +
          '</tbody>',
      ),
    );
  });

  it('groups the findings by kind with counts', () => {
    expect(out).toContain(
      '<tr><td class="unit"><a href="#kind-masked-late">Masked lateness (late on paper, on time electronically)</a>' +
        '</td><td><code>masked-late</code></td><td class="num">2</td></tr>',
    );
    expect(count(out, /<section class="kind" id="kind-/g)).toBe(5);
    const masked = out.slice(out.indexOf('id="kind-masked-late"'), out.indexOf('id="kind-missing-in-electronic"'));
    expect(masked).toContain('<span class="kind-count">(2)</span>');
    expect(count(masked, /<td class="code">/g)).toBe(2);
    expect(masked).toContain('<span class="place"><b>E</b> e.csv:2</span><span class="place"><b>P</b> p.csv:2</span>');
  });

  it(`lists at most ${HTML_FINDINGS_PER_KIND} findings of a kind and counts the rest`, () => {
    const many = Array.from({ length: HTML_FINDINGS_PER_KIND + 2 }, (_, i) =>
      finding('duplicate-code', `D-${i}`, 'Xã Nam', { paper: null }),
    );
    const page = renderHtml(twoUnitReport(many), en);
    expect(count(page, /<td class="code">D-/g)).toBe(HTML_FINDINGS_PER_KIND);
    expect(page).toContain('<p class="more">… and 2 more findings');
  });
});

describe('renderHtml: the chart', () => {
  it('draws one bar per unit and source (units × 2 for reconcile, units × 1 for stats)', () => {
    expect(count(renderHtml(twoUnitReport(), en), /<svg class="bar"/g)).toBe(4);
    expect(count(renderHtml(statsReport(), en), /<svg class="bar"/g)).toBe(1);
  });

  it('splits a bar by class in proportion to the counts', () => {
    const out = renderHtml(twoUnitReport(), en);
    // Phường Bắc electronic: 1 before, 2 on time, 1 late, 1 not due, 1 overdue of 6 (scale 1000)
    const bar = out.slice(out.indexOf('<svg class="bar"'), out.indexOf('</svg>', out.indexOf('<svg class="bar"')));
    expect(bar).toContain(
      'aria-label="Electronic: 6 dossiers; before deadline 1; on time 2; late 1; pending, not yet due 1; pending, ' +
        'overdue 1"',
    );
    expect(
      [...bar.matchAll(/<rect class="seg ([a-z-]+)" x="([\d.]+)" width="([\d.]+)"/g)].map((m) => [m[1], m[2], m[3]]),
    ).toEqual([
      ['before-deadline', '0', '166.67'],
      ['on-time', '166.67', '333.33'],
      ['late', '500', '166.67'],
      ['pending-not-due', '666.67', '166.67'],
      ['pending-overdue', '833.33', '166.67'],
    ]);
  });

  it('marks units with masked lateness and gives each bar its count and late rate', () => {
    const out = renderHtml(twoUnitReport(), en);
    expect(out).toContain('<div class="chart-name">Phường Bắc <span class="badge">1 masked late</span></div>');
    expect(out).toContain('<span class="chart-n">6 dossiers · late 50.00%</span>');
  });
});

describe('renderHtml: Vietnamese', () => {
  it('writes headings in Vietnamese and numbers as 15.641 and 95,98', () => {
    const out = renderHtml(statsReport(), vi);
    expect(out).toContain('<h1>Thống kê hồ sơ</h1>');
    expect(out).toContain(
      '<td class="num">15.641</td><td class="num">95,98</td><td class="num">3,84</td><td class="num warn">0,19</td>',
    );
    expect(out).toContain('<span class="chart-n">15.641 hồ sơ · quá hạn 0,19%</span>');
    expect(out).toContain('<p>Không có phát hiện.</p>');
  });
});

describe('renderHtml: every value from the inputs is escaped', () => {
  const script = '<script>alert(1)</script>';
  const onload = 'x" onload="alert(2)';
  const report = twoUnitReport([
    finding('masked-late', '"onload=alert(3)', script),
    finding('missing-in-paper', "<img src=x onerror=alert(4)>'", onload, { paper: null }),
  ]);
  report.units = [
    { ...report.units[0]!, unit: script },
    { ...report.units[1]!, unit: onload },
  ];
  report.inputs = [{ ...report.inputs[0]!, file: '<b>e.csv</b>' }, report.inputs[1]!];
  const out = renderHtml(report, en);

  it('never lets a tag or an attribute through', () => {
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toContain('<b>e.csv</b>');
    // no tag carries an event handler (the text may say "onerror=", escaped, outside any tag)
    const tags = out.match(/<[a-zA-Z][^<>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
  });

  it('shows the text as written', () => {
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('x&quot; onload=&quot;alert(2)');
    expect(out).toContain('<td class="code">&quot;onload=alert(3)</td>');
    expect(out).toContain('&lt;img src=x onerror=alert(4)&gt;&#39;');
    expect(out).toContain('&lt;b&gt;e.csv&lt;/b&gt;');
    // the title and the chart's aria-label too
    expect(out).toContain(
      '<title>Electronic system vs paper register · &lt;script&gt;alert(1)&lt;/script&gt;, x&quot; ' +
        'onload=&quot;alert(2) · 2024-12-31</title>',
    );
    expect(out).toContain('<div class="chart-name">x&quot; onload=&quot;alert(2)');
  });
});

describe('html template tag', () => {
  it('escapes values, joins arrays, keeps nested html and trusted markup', () => {
    const inner = html`<i>${'<b>'}</i>`;
    expect(html`<p title="${'"x"'}">${['a&', inner, 1, null, false, undefined]}${trusted('<br>')}</p>`.markup).toBe(
      '<p title="&quot;x&quot;">a&amp;<i>&lt;b&gt;</i>1<br></p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('coverage of the paper register', () => {
  const withCoverage = {
    ...twoUnitReport(),
    coverage: { paperDossiers: 2962, foundInElectronic: 2936, percent: 99.12 },
  };

  it('is a fact in the header, in each language, and absent for stats', () => {
    expect(renderHtml(withCoverage, en)).toContain(
      '<dt>Coverage</dt><dd>2,936 of 2,962 paper dossiers are in the electronic system (99.12%)</dd>',
    );
    expect(renderHtml(withCoverage, vi)).toContain(
      '<dt>Cập nhật lên hệ thống điện tử</dt>' +
        '<dd>2.936/2.962 hồ sơ trong sổ giấy có trên hệ thống điện tử (99,12%)</dd>',
    );
    expect(renderHtml(statsReport(), en)).not.toContain('<dt>Coverage</dt>');
  });
});
