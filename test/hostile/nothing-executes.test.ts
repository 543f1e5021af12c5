/**
 * Promise 5, nothing executes: text from the inputs is data in every output. A cell a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR — other than a plain number) gets a leading apostrophe in
 * every CSV and xlsx output; HTML and markdown escape everything (`<script>`, `"onload=`, closing tags
 * in unit names and codes add no markup); header names, unit names, codes and status labels such as
 * `__proto__`, `constructor` and `toString` are plain keys: Object.prototype is untouched and the
 * figures are the ones worked out by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html-escape.js';
import { runMain } from '../render/run-main.js';
import { ROOT, hostile, runEveryOutput, tempDir } from './hostile-helpers.js';

const FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const wouldRun = (cell: string): boolean => FORMULA.test(cell) && !PLAIN_NUMBER.test(cell);

const E = hostile('formula-injection.csv');
const P = hostile('formula-injection.paper.csv');

describe('formula injection is neutralised in CSV and xlsx', () => {
  it('no cell of the CSV report, --details, --dossiers or --rejects would run as a formula', async () => {
    const { code, outputs } = await runEveryOutput(E, P, 'csv', ['--max-errors', '100%', '--headers', 'keys']);
    expect(code).toBe(0);
    const labelled = await runEveryOutput(E, P, 'csv', ['--max-errors', '100%', '--lang', 'vi']);
    for (const name of ['report.csv', 'details.csv', 'dossiers.csv', 'rejects.csv']) {
      for (const out of [outputs, labelled.outputs]) {
        const cells = (parse(out.get(name)!) as string[][]).flat();
        expect(cells.filter(wouldRun), name).toEqual([]);
      }
    }
    const details = parse(outputs.get('details.csv')!, { columns: true }) as Record<string, string>[];
    // Worked out from the fixture: =1+1 is late on paper only; @paper-only (unit +Phường B) is not in
    // the electronic export; the 8 other electronic codes are not in the paper register; -42 agrees.
    expect(details.filter((d) => d.kind === 'masked-late').map((d) => d.code)).toEqual(["'=1+1"]);
    expect(details.filter((d) => d.kind === 'missing-in-electronic').map((d) => [d.code, d.unit])).toEqual([
      ["'@paper-only", "'+Phường B"],
    ]);
    expect(
      details
        .filter((d) => d.kind === 'missing-in-paper')
        .map((d) => d.code)
        .sort(),
    ).toEqual(
      [
        "'+SUM(A1)",
        "'-2+3-240301-0003",
        "'=1+2",
        '\'=HYPERLINK("http://evil.example","x")',
        "'=cmd|' /C calc'!A0",
        "'@SUM(1)",
        'F-7',
        'F-8',
      ].sort(),
    );
    expect(details.find((d) => d.code === 'F-7')!.unit).toBe('\'=IMPORTXML("http://evil.example","//a")');
    const units = (parse(outputs.get('report.csv')!, { columns: true }) as Record<string, string>[]).map((u) => u.unit);
    expect(units).toContain('\'=IMPORTXML("http://evil.example","//a")');
    expect(units).toContain("'+Phường B");
    // A plain number stays a number.
    expect(
      (parse(outputs.get('dossiers.csv')!, { columns: true }) as Record<string, string>[]).map((d) => d.code),
    ).toContain('-42');
  });

  it('a rejected row keeps its cells in --rejects, each neutralised', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'e.csv'),
      'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ghi chú\n' +
        '=1+1,@SUM(A1),hôm qua,05/03/2024,"=HYPERLINK(""http://evil.example"")"\nA-1,Xã A,01/03/2024,05/03/2024,x\n',
    );
    const r = await runMain(['stats', join(dir, 'e.csv'), '--max-errors', '1', '--rejects', join(dir, 'rejects.csv')]);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(join(dir, 'rejects.csv'), 'utf8').replace(/^\ufeff/, '')) as string[][];
    expect(rows[1]!.slice(4)).toEqual([
      "'=1+1",
      "'@SUM(A1)",
      'hôm qua',
      '05/03/2024',
      '\'=HYPERLINK("http://evil.example")',
    ]);
  });

  it('xlsx: no formula anywhere, and no string cell would run as one after editing', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.xlsx');
    expect(
      (
        await runMain([
          'reconcile',
          '--electronic',
          E,
          '--paper',
          P,
          '--as-of',
          '2024-12-31',
          '--format',
          'xlsx',
          '--output',
          file,
        ])
      ).code,
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const strings: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') strings.push(cell.value);
        }),
      ),
    );
    expect(strings.filter(wouldRun)).toEqual([]);
    expect(strings).toContain("'=1+1");
    expect(strings).toContain('\'=IMPORTXML("http://evil.example","//a")');
  });
});

const XE = hostile('script-in-unit-names.csv');
const XP = hostile('script-in-unit-names.paper.csv');
/** Unit names and codes of the fixture, which must come out as text. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  'x" onload="alert(2)',
  '<img src=x onerror=alert(3)>',
  '"><svg onload=alert(4)>',
  '</td></tr></table><h1>owned</h1>',
  '<iframe src=//evil.example>',
  '<style>*{display:none}</style>',
];

/** Tag names in markup, and the tags that carry an event-handler attribute or a javascript: URL. */
function tagsOf(markup: string): { names: Set<string>; live: string[] } {
  const tags = markup.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
  return {
    names: new Set(tags.map((t) => /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(t)![1]!.toLowerCase())),
    // an attribute named on…, or a link or source to javascript: (a value in quotes is text: the page's
    // filter carries unit names in data-unit and option values)
    live: tags.filter((t) =>
      [...t.matchAll(/\s([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)].some(
        ([, name, value]) =>
          /^on/i.test(name!) || (/^(href|src|action|formaction)$/i.test(name!) && /javascript:/i.test(value!)),
      ),
    ),
  };
}

describe('HTML and markdown escape everything', () => {
  it('html: each payload is present only escaped; no new tag, no event handler, no javascript: URL', async () => {
    const hostileRun = await runEveryOutput(XE, XP, 'html');
    const cleanRun = await runEveryOutput(
      join(ROOT, 'fixtures/mini/electronic.csv'),
      join(ROOT, 'fixtures/mini/paper.csv'),
      'html',
    );
    const page = hostileRun.outputs.get('report.html')!;
    for (const p of PAYLOADS) {
      expect(page).not.toContain(p);
      expect(page, p).toContain(escapeHtml(p));
    }
    const tags = tagsOf(page);
    expect([...tags.names].filter((t) => !tagsOf(cleanRun.outputs.get('report.html')!).names.has(t))).toEqual([]);
    expect(tags.live).toEqual([]);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
  });

  it('markdown: each payload is present only escaped, and the data adds no tag or link', async () => {
    const { outputs } = await runEveryOutput(XE, XP, 'markdown');
    const md = outputs.get('report.markdown')!;
    // quotes alone are not markup in markdown
    for (const p of PAYLOADS.filter((x) => x.includes('<'))) expect(md).not.toContain(p);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(tagsOf(md).names.size).toBe(0);
    expect(md).not.toMatch(/\]\(javascript:/);
  });

  it('ndjson and json: every payload is a JSON string; every ndjson line is one whole object', async () => {
    for (const format of ['ndjson', 'json'] as const) {
      const { outputs } = await runEveryOutput(XE, XP, format);
      const text = outputs.get(`report.${format}`)!;
      const values =
        format === 'json'
          ? [JSON.parse(text)]
          : text
              .trimEnd()
              .split('\n')
              .map((l) => JSON.parse(l) as unknown);
      const strings = JSON.stringify(values);
      expect(strings).toContain(JSON.stringify('<script>alert(1)</script>'));
    }
  });

  // KNOWN GAP (reported, not fixed here: src/render/table.ts, markdown.ts and the rejection messages
  // belong to others): escape sequences in unit names and codes reach the terminal as they are, so a
  // cell such as "\u001b[2J" clears the screen of whoever prints the table. Enable when fixed.
  it('table, markdown and stderr carry no terminal control character from the data', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'e.csv'),
      readFileSync(hostile('terminal-escapes.csv'), 'utf8') + 'E-4,Xã A,\u001b[2Jhôm qua,05/03/2024,,\n',
    );
    for (const format of ['table', 'markdown']) {
      const r = await runMain(['stats', join(dir, 'e.csv'), '--format', format, '--max-errors', '100%']);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});

describe('full-width formula starts, control characters, bidi overrides and autolinks', () => {
  const HEADER = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
  const row = (code: string, unit: string): string => `${code},${unit},01/03/2024,05/03/2024,04/03/2024\n`;
  // Every electronic code is missing on paper, so each one is in --details and --dossiers too.
  const dir = tempDir();
  const e = join(dir, 'e.csv');
  const p = join(dir, 'p.csv');
  writeFileSync(
    e,
    HEADER +
      row('\uff1d1+1', 'Xã A') + // ＝1+1
      row('\uff0bSUM(A1)', 'Xã A') + // ＋SUM(A1)
      row('\uff0d2', 'Xã A') + // －2: not an ASCII number, so quoted
      row('\uff20x', 'Xã A') + // ＠x
      row('\u200b=1+2', 'Xã A') + // a formula behind a zero-width space
      row('F-1', '\uff1dIMPORTXML(1)') +
      row('E-2\u001b]0;pwned\u0007', 'Xã \u202eB') + // OSC title escape, BEL, right-to-left override
      row('E-3', 'http://evil.example/x www.evil.example'),
  );
  writeFileSync(p, HEADER + row('P-1', 'Xã A'));
  const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const wouldRunFolded = (cell: string): boolean =>
    FORMULA.test(cell.replace(/^\p{Default_Ignorable_Code_Point}+/u, '').normalize('NFKC')) && !PLAIN_NUMBER.test(cell);

  it('CSV report, --details, --dossiers: no formula start even after NFKC; controls shown as \\uXXXX', async () => {
    const { outputs } = await runEveryOutput(e, p, 'csv');
    for (const name of ['report.csv', 'details.csv', 'dossiers.csv']) {
      const text = outputs.get(name)!;
      expect((parse(text) as string[][]).flat().filter(wouldRunFolded), name).toEqual([]);
      expect(text, name).not.toMatch(RAW_CONTROL);
    }
    const codes = (parse(outputs.get('dossiers.csv')!, { columns: true }) as { code: string }[]).map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "'\uff1d1+1",
        "'\uff0bSUM(A1)",
        "'\uff0d2",
        "'\uff20x",
        "'\u200b=1+2",
        'E-2\\u001B]0;pwned\\u0007',
      ]),
    );
    // --rejects gives rows back as they were: no row is rejected here, so it has its header only.
    expect(parse(outputs.get('rejects.csv')!)).toHaveLength(1);
  });

  it('xlsx: no shared string starts a formula even after NFKC, and none holds a control character', async () => {
    const { outputs } = await runEveryOutput(e, p, 'xlsx');
    const xml = outputs.get('report.xlsx')!;
    const fromXml = (t: string): string =>
      t.replace(
        /&(apos|quot|lt|gt|amp);/g,
        (_m, n: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[n]!,
      );
    const strings = [...xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => fromXml(m[1]!));
    expect(strings).toContain("'\uff1d1+1");
    expect(strings.filter(wouldRunFolded)).toEqual([]);
    expect(strings.filter((t) => RAW_CONTROL.test(t))).toEqual([]);
  });

  it('html (title too), markdown: controls, bidi overrides shown as \\uXXXX; no autolink in markdown', async () => {
    const html = (await runEveryOutput(e, p, 'html')).outputs.get('report.html')!;
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain('Xã \\u202EB');
    expect(/<title>[^<]*<\/title>/.exec(html)![0]).not.toMatch(RAW_CONTROL);
    const md = (await runEveryOutput(e, p, 'markdown')).outputs.get('report.markdown')!;
    expect(md).not.toMatch(RAW_CONTROL);
    expect(md).not.toMatch(/https?:\/\//);
    expect(md).not.toMatch(/\bwww\.evil/);
    expect(md).toContain('http\\://evil.example/x www\\.evil.example');
  });
});

interface UnitFigures {
  unit: string;
  electronic: Record<string, unknown>;
  paper: Record<string, unknown>;
  findingCounts: Record<string, number>;
}

describe('__proto__, constructor and toString are plain names', () => {
  const PE = hostile('proto-pollution-headers.csv');
  const PP = hostile('proto-pollution-headers.paper.csv');
  const protoNames = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

  it(
    'as header names, unit names, codes and status labels: Object.prototype untouched, ' +
      'figures as worked out by hand',
    async () => {
      const before = protoNames();
      const r = await runMain([
        'reconcile',
        '--electronic',
        PE,
        '--paper',
        PP,
        '--as-of',
        '2024-12-31',
        '--format',
        'json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(protoNames()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const report = JSON.parse(r.stdout) as {
        units: UnitFigures[];
        total: UnitFigures;
        findings: { kind: string; code: string; unit: string }[];
        notes: unknown[];
      };
      const byUnit = new Map(report.units.map((u) => [u.unit, u]));
      expect([...byUnit.keys()].sort()).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
      // __proto__: electronic __proto__ (before, 4/3 < 5/3) and hasOwnProperty (on time, 5/3);
      // paper __proto__ (before).
      expect(byUnit.get('__proto__')!.electronic).toMatchObject({
        received: 2,
        resolved: 2,
        beforeDeadline: 1,
        onTime: 1,
      });
      expect(byUnit.get('__proto__')!.paper).toMatchObject({ received: 1, beforeDeadline: 1 });
      // constructor: late on both sides (6/3 > 5/3).
      expect(byUnit.get('constructor')!.electronic).toMatchObject({ received: 1, late: 1 });
      expect(byUnit.get('constructor')!.paper).toMatchObject({ received: 1, late: 1 });
      // toString: electronic only, no result, due 5/3 before the as-of date → pending overdue.
      expect(byUnit.get('toString')!.electronic).toMatchObject({ received: 1, pendingOverdue: 1 });
      expect(byUnit.get('toString')!.paper).toMatchObject({ received: 0 });
      // valueOf: paper only, pending overdue.
      expect(byUnit.get('valueOf')!.paper).toMatchObject({ received: 1, pendingOverdue: 1 });
      expect(report.total.electronic).toMatchObject({
        received: 4,
        resolved: 3,
        beforeDeadline: 1,
        onTime: 1,
        late: 1,
        pendingOverdue: 1,
      });
      expect(report.total.paper).toMatchObject({
        received: 3,
        resolved: 2,
        beforeDeadline: 1,
        late: 1,
        pendingOverdue: 1,
      });
      expect(report.findings.map((f) => `${f.kind} ${f.code}`).sort()).toEqual([
        'missing-in-electronic valueOf',
        'missing-in-paper hasOwnProperty',
        'missing-in-paper toString',
      ]);
    },
  );

  it('in --map and in a config file: Object.prototype untouched, the labels read as configured', async () => {
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      '{"statusLabels": {"__proto__": "withdrawn", "constructor": "withdrawn", "toString": "late"}}',
    );
    const before = protoNames();
    const r = await runMain(['stats', PE, '--as-of', '2024-12-31', '--format', 'json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    // toString (status "__proto__") and hasOwnProperty (status "constructor") are now withdrawn.
    expect((JSON.parse(r.stdout) as { total: UnitFigures }).total.electronic).toMatchObject({
      received: 4,
      withdrawn: 2,
      beforeDeadline: 1,
      late: 1,
    });
    const mapped = await runMain([
      'stats',
      PE,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--map',
      'unit=toString',
      '--map',
      'procedure=__proto__',
    ]);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect((JSON.parse(mapped.stdout) as { units: UnitFigures[] }).units.map((u) => u.unit).sort()).toEqual(['c', 'y']);
    writeFileSync(config, '{"columns": {"__proto__": "Mã hồ sơ"}, "defaults": {"constructor": "x"}}');
    const bad = await runMain(['stats', PE, '--config', config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/columns\["__proto__"\]: unknown key/);
    expect(protoNames()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
