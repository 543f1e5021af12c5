import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/render/html-escape.js';
import { createHash } from 'node:crypto';
import { HTML_CSP, HTML_SCRIPT } from '../../src/render/html-script.js';
import { HTML_STYLE } from '../../src/render/html-style.js';
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

  it('loads nothing and runs only its own script and stylesheet, named by hash in a strict CSP', () => {
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    const csp =
      `default-src 'none'; style-src 'sha256-${hash(HTML_STYLE)}'; script-src ` +
      `'sha256-${hash(HTML_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
    expect(HTML_CSP).toBe(csp);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`);
    expect(csp).not.toContain('unsafe');
    // one script, exactly the hashed text; one stylesheet, exactly the hashed text; no style attribute
    expect([...out.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual([HTML_SCRIPT]);
    expect(count(out, /<script/g)).toBe(1);
    expect([...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])).toEqual([HTML_STYLE]);
    expect(out).not.toMatch(/\sstyle=/i);
    expect(out).not.toMatch(/\ssrc=/i);
    expect(out).not.toMatch(/@import|url\(/i);
    // the only links are to the page's own sections
    expect(out.match(/href="[^"]*"/g)?.every((h) => h.startsWith('href="#'))).toBe(true);
  });

  it('has print rules for A4, with numbered pages, and hides the navigation and the filter in print', () => {
    expect(out).toContain('@page {\n  size: A4;');
    expect(out).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(out).toContain('@media print');
    expect(out).toContain('nav.toc, form.filter, #no-script { display: none !important; }');
  });

  it('starts with a summary in words, after the facts', () => {
    // twoUnitReport: 2 masked (Phường Bắc 1, Xã Nam 1); E late 1 of 8 resolved (12.50%), P late 3 of 8 (37.50%)
    expect(out).toContain(
      '<p class="lead">2 dossiers were late on paper but on time or before the deadline in the electronic system, in ' +
        '2 units.</p>',
    );
    expect(out).toContain('<p>Electronic: 1 of 8 resolved dossiers were late (12.50%).</p>');
    expect(out).toContain('<p>Paper: 3 of 8 resolved dossiers were late (37.50%).</p>');
    expect(out).toContain(
      '<p>1 dossiers of the paper register are not in the electronic system; 1 of the electronic system are not in ' +
        'the register.</p>',
    );
    expect(out).toContain('<p>7 findings of 5 kinds in all, listed below by kind.</p>');
    expect(out.indexOf('id="summary"')).toBeLessThan(out.indexOf('id="units-title"'));
    expect(renderHtml(twoUnitReport([]), vi)).toContain(
      '<p class="lead">Không có hồ sơ nào quá hạn trên sổ giấy mà đúng hạn hoặc trước hạn trên hệ thống điện tử.</p>',
    );
  });

  it('has a navigation bar to every part and every unit', () => {
    const nav = out.slice(out.indexOf('<nav class="toc"'), out.indexOf('</nav>'));
    expect([...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual([
      'summary',
      'units-title',
      'chart-title',
      'kinds-title',
      'provenance',
      'unit-1',
      'unit-2',
    ]);
    expect(out).toContain('<div class="chart-unit has-masked" id="unit-1">');
  });

  it('links to the "By period" section after the units with --by, and not without', () => {
    const links = (page: string): string[] => {
      const nav = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
      return [...nav.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].slice(0, 3).map((m) => `${m[1]} ${m[2]}`);
    };
    const byMonth = renderHtml({ ...twoUnitReport(), by: 'month' }, en);
    expect(links(byMonth)).toEqual(['summary Summary', 'units-title Figures by unit', 'periods-title By period']);
    expect(byMonth).toContain('<h2 id="periods-title">By period</h2>');
    expect(links(out)).toEqual(['summary Summary', 'units-title Figures by unit', 'chart-title Dossiers by class']);
    expect(out).not.toContain('periods-title');
  });

  it('heads the page with units, period, as-of, rates and the inputs with their row accounting', () => {
    expect(out).toContain('<h1>Electronic system vs paper register</h1>');
    expect(out).toContain('<dt>Unit(s)</dt><dd>Phường Bắc, Xã Nam</dd>');
    expect(out).toContain('<dt>Period (by receipt date)</dt><dd>all dates</dd>');
    expect(out).toContain('<dt>As of</dt><dd>2024-12-31</dd>');
    // p.csv: 12 read, 11 used, 1 rejected (marked), 0 outside the period
    expect(out).toContain(
      '<td class="mono">p.csv</td><td class="num">12</td><td class="num">11</td><td class="num warn">1</td><td ' +
        'class="num">0</td><td>windows-1258</td><td class="num">3</td>',
    );
  });

  it('writes the per-unit table with group headings and a total row', () => {
    expect(out).toContain(
      '<th class="group" colspan="6">Electronic</th><th class="group" colspan="4">Paper</th><th class="group" ' +
        'colspan="6">Findings</th>',
    );
    expect(out).toContain(
      '<tr><td class="unit">Phường Bắc</td><td class="num">6</td><td class="num">25.00</td><td ' +
        'class="num">50.00</td><td class="num warn">25.00</td>',
    );
    expect(out).toContain('<tr class="total"><td class="unit">TOTAL</td><td class="num">11</td>');
    // masked lateness is an alarm, other mismatches a warning
    expect(out).toMatch(
      new RegExp(
        '<td class="num alarm">2</td><td class="num warn">3</td><td class="num">0</td>' +
          '<td class="num">0</td></tr>\n</tbody>',
      ),
    );
  });

  it('groups the findings by kind with counts', () => {
    expect(out).toContain(
      '<tr><td class="unit"><a href="#kind-masked-late">Masked lateness (late on paper, on time ' +
        'electronically)</a></td><td><code>masked-late</code></td><td class="num">2</td></tr>',
    );
    expect(count(out, /<section class="kind" id="kind-/g)).toBe(5);
    const masked = out.slice(out.indexOf('id="kind-masked-late"'), out.indexOf('id="kind-missing-in-electronic"'));
    expect(masked).toContain('<span class="kind-count">(2)</span>');
    expect(count(masked, /<td class="code"/g)).toBe(2);
    expect(masked).toContain(
      '<tr data-kind="masked-late" data-unit="Phường Bắc"><td data-label="Unit">Phường Bắc</td>',
    );
    expect(masked).toContain('<span class="place"><b>E</b> e.csv:2</span><span class="place"><b>P</b> p.csv:2</span>');
  });

  it(`lists at most ${HTML_FINDINGS_PER_KIND} findings of a kind and counts the rest`, () => {
    const many = Array.from({ length: HTML_FINDINGS_PER_KIND + 2 }, (_, i) =>
      finding('duplicate-code', `D-${i}`, 'Xã Nam', { paper: null }),
    );
    const page = renderHtml(twoUnitReport(many), en);
    expect(count(page, /<td class="code" data-label="Dossier code">D-/g)).toBe(HTML_FINDINGS_PER_KIND);
    expect(page).toContain('<p class="more">… and 2 more findings');
  });
});

describe('renderHtml: the per-unit counts', () => {
  const out = renderHtml(twoUnitReport(), en);
  /** The rows of a unit's block: [class, E, P, the bars' widths, and the masked mark's]. */
  const rowsOf = (page: string, unit: number): string[][] => {
    const start = page.indexOf(`id="unit-${unit}"`);
    const block = page.slice(start, page.indexOf('</table>', start));
    return [...block.matchAll(/<tr class="([a-z-]+)">([\s\S]*?)<\/tr>/g)].map((m) => [
      m[1]!,
      ...[...m[2]!.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((c) => c[1]!),
      ...[...m[2]!.matchAll(/<rect class="([a-z -]+)" y="\d+" width="([\d.]+)"/g)].map((r) => `${r[1]} ${r[2]}`),
    ]);
  };

  it('shows each unit’s counts by class, electronic beside paper, each pair scaled to its larger count', () => {
    // Phường Bắc: E 1/2/1 and 2 pending, P 1/1/2 and 2 pending; 1 masked, drawn over the paper's late bar
    expect(rowsOf(out, 1)).toEqual([
      ['before-deadline', '1', '1', 'seg before-deadline 1000', 'seg before-deadline 1000'],
      ['on-time', '2', '1', 'seg on-time 1000', 'seg on-time 500'],
      ['late', '1', '2', 'seg late 500', 'seg late 1000', 'masked 500'],
      ['pending', '2', '2', 'seg pending 1000', 'seg pending 1000'],
    ]);
    expect(out).toContain('<div class="chart-name">Phường Bắc <span class="badge">1 masked</span></div>');
    expect(out).toContain('aria-label="Late: E 1, P 2"');
  });

  it('has one column of counts for stats, and no masked mark', () => {
    const stats = renderHtml(statsReport(), en);
    expect(rowsOf(stats, 1)).toEqual([
      ['before-deadline', '15,000', 'seg before-deadline 1000'],
      ['on-time', '600', 'seg on-time 1000'],
      ['late', '29', 'seg late 1000'],
      ['pending', '12', 'seg pending 1000'],
    ]);
    expect(stats).not.toContain('class="masked"');
    expect(stats).not.toContain('above paper register'); // the hint on the two sources is for reconcile
  });

  it('names in its title the source it shows for stats, both for reconcile', () => {
    const title = (text: string) => /<h2 id="chart-title">([^<]*)<\/h2>/.exec(text)?.[1];
    const electronic = statsReport();
    const u = { ...electronic.units[0]!, electronic: null, paper: electronic.units[0]!.electronic };
    const paper = { ...electronic, units: [u], total: { ...u, unit: '' } };
    expect(title(renderHtml(twoUnitReport(), en))).toBe(
      'Dossiers by class: electronic system (E) and paper register (P)',
    );
    expect(title(renderHtml(electronic, en))).toBe('Dossiers by class: electronic system (E)');
    expect(title(renderHtml(paper, en))).toBe('Dossiers by class: paper register (P)');
    expect(title(renderHtml(electronic, vi))).toBe('Tình trạng giải quyết hồ sơ: hệ thống điện tử (ĐT)');
    expect(title(renderHtml(paper, vi))).toBe('Tình trạng giải quyết hồ sơ: sổ theo dõi giấy (SG)');
    // the navigation bar links to it by the words before the colon
    expect(renderHtml(paper, en)).toContain('<a href="#chart-title">Dossiers by class</a>');
  });
});

describe('renderHtml: Vietnamese', () => {
  it('writes headings in Vietnamese and numbers as 15.641 and 95,98', () => {
    const out = renderHtml(statsReport(), vi);
    expect(out).toContain('<h1>Thống kê hồ sơ</h1>');
    expect(out).toContain(
      '<td class="num">15.641</td><td class="num">95,98</td><td class="num">3,84</td><td class="num warn">0,19</td>',
    );
    expect(out).toContain('<td class="num">15.000</td>');
    expect(out).toContain('<p>Hệ thống điện tử: 29/15.629 hồ sơ đã giải quyết bị quá hạn (0,19%).</p>');
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
    expect(count(out, /<script/gi)).toBe(1); // the page's own, hashed
    expect(out).not.toContain('<script>alert');
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toContain('<b>e.csv</b>');
    // no tag carries an event handler (the text may say "onerror=", escaped, outside any tag)
    const tags = out.match(/<[a-zA-Z][^<>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    // (a quoted attribute value is text: the filter carries unit names in data-unit and option values)
    const names = tags.flatMap((t) => [...t.matchAll(/\s([a-zA-Z-]+)\s*=\s*("[^"]*"|[^\s>]+)/g)].map((m) => m[1]!));
    expect(names.filter((n) => /^on/i.test(n))).toEqual([]);
  });

  it('shows the text as written', () => {
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('x&quot; onload=&quot;alert(2)');
    expect(out).toContain('<td class="code" data-label="Dossier code">&quot;onload=alert(3)</td>');
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
      '<dt>Cập nhật lên hệ thống điện tử</dt><dd>2.936/2.962 hồ sơ trong sổ giấy có trên hệ thống điện tử ' +
        '(99,12%)</dd>',
    );
    expect(renderHtml(statsReport(), en)).not.toContain('<dt>Coverage</dt>');
  });
});
