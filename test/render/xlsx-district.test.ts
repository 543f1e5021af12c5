/**
 * The workbook of the district fixture read back with exceljs, as an inspector's Excel would: rate
 * cells equal to the printed 2-decimal rates, counts as integers, real dates in dd/mm/yyyy, the About
 * sheet with each input's SHA-256 (hashed here with node:crypto), a sheet per kind with the counts of
 * fixtures/README.md, the same bytes twice, in English and Vietnamese.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/commands/apply-config.js';
import { normaliseAuditOptions } from '../../src/commands/audit-options.js';
import { parseConfig } from '../../src/core/config.js';
import { sheetName } from '../../src/render/xlsx-findings.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { ROOT, runMain } from './run-main.js';
import { twoUnitReport } from './sample-report.js';

const E = 'fixtures/district/electronic.csv';
const P = 'fixtures/district/paper.csv';
const BASE = ['reconcile', '--electronic', E, '--paper', P, '--as-of', '2024-12-31'];
type Lang = 'en' | 'vi';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function xlsxBytes(lang: Lang, extra: string[] = []): Promise<Uint8Array> {
  const r = await runMain([...BASE, '--format', 'xlsx', '--lang', lang, ...extra], { stdoutIsTTY: false });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.bytes;
}

const sheetOf = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};

/**
 * "96.77" → "0.9677", "7.60" → "0.076", "100.00" → "1": the printed figure with its decimal point moved
 * two places left, by string, so the expected fraction is not computed the way the renderer does.
 */
function shiftedTwoPlaces(printed: string): string {
  const [whole, frac = ''] = printed.split('.');
  const digits = (whole!.padStart(3, '0') + frac).replace(/^0+(?=\d)/, '');
  const point = digits.length - frac.length - 2;
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
/** Days since Excel's day 0 (30/12/1899): the serial Excel stores for a date. */
const serialOf = (d: Date): number => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

interface JsonStats {
  rates: { beforeDeadline: number | null; onTime: number | null; late: number | null };
}
interface JsonReport {
  units: { unit: string; electronic: JsonStats; paper: JsonStats }[];
  total: { electronic: JsonStats; paper: JsonStats };
}

const wb: Partial<Record<Lang, ExcelJS.Workbook>> = {};
let json: JsonReport;

beforeAll(async () => {
  const r = await runMain([...BASE, '--format', 'json']);
  json = JSON.parse(r.stdout) as JsonReport;
  wb.en = await load(await xlsxBytes('en'));
  wb.vi = await load(await xlsxBytes('vi'));
}, 60_000);

describe('the district workbook: Summary', () => {
  // Columns of the full layout: B–L electronic, M–W paper; the rates are the last three of each.
  const RATE_COLUMNS = { electronic: [10, 11, 12], paper: [21, 22, 23] } as const;
  const KEYS = ['beforeDeadline', 'onTime', 'late'] as const;

  it.each(['en', 'vi'] as const)('every rate cell equals the printed rate, stored as that fraction (%s)', (lang) => {
    const ws = sheetOf(wb[lang]!, lang === 'en' ? 'Summary' : 'Tổng hợp');
    const rows = [...json.units.map((u) => ({ name: u.unit, stats: u })), { name: null, stats: json.total }];
    let checked = 0;
    rows.forEach(({ stats }, k) => {
      const row = ws.getRow(3 + k);
      for (const source of ['electronic', 'paper'] as const) {
        RATE_COLUMNS[source].forEach((c, i) => {
          const printed = stats[source].rates[KEYS[i]!];
          const cell = row.getCell(c);
          expect(String(ws.getRow(2).getCell(c).value)).toContain('%');
          expect(cell.numFmt).toBe('0.00%');
          expect(typeof cell.value).toBe('number');
          expect(String(cell.value)).toBe(shiftedTwoPlaces(printed!.toFixed(2)));
          checked++;
        });
      }
    });
    expect(checked).toBe(6 * 6); // 5 units and the total, 3 rates of 2 sources
  });

  it('holds the hand-written figures of fixtures/README.md, counts as integers', () => {
    const ws = sheetOf(wb.en!, 'Summary');
    // Văn phòng đăng ký đất đai (5th unit), electronic: 557 received, on time 7.60 %; total electronic before 90.21 %
    expect(ws.getCell('A7').value).toBe('Văn phòng đăng ký đất đai - Chi nhánh Đắk Mil');
    expect(ws.getCell('B7').value).toBe(557);
    expect(ws.getCell('K7').value).toBe(0.076);
    expect(ws.getCell('A8').value).toBe('TOTAL');
    expect(ws.getCell('J8').value).toBe(0.9021);
    expect(ws.getCell('W8').value).toBe(0.0291); // paper late 2.91 %
    for (let r = 3; r <= 8; r++)
      for (const c of [2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 16, 17, 18, 19, 20]) {
        const cell = ws.getRow(r).getCell(c);
        expect(Number.isInteger(cell.value), `${cell.address}`).toBe(true);
        expect(cell.numFmt).toBe('#,##0');
      }
  });

  it('freezes the headings, filters the units and fits the Vietnamese headings', () => {
    const ws = sheetOf(wb.vi!, 'Tổng hợp');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(JSON.stringify(ws.autoFilter)).toMatch(/A2:AC7|"row":7/);
    // "Đã giải quyết" (13 characters) fits on one line: 13 + 2
    expect(ws.getCell('C2').value).toBe('Đã giải quyết');
    expect(ws.getColumn(3).width).toBe(15);
  });
});

describe('the district workbook: Findings', () => {
  // 000.03.36.H17-240226-0001: electronic.csv line 405 received 26/02/2024 11:12, due 01/03/2024, result
  // 01/03/2024 13:50, status "Đúng hạn"; paper.csv line 396 received 26/02/2024, due Tue 27/02/2024,
  // returned Fri 01/03/2024: 3 calendar days and 3 working days (Wed, Thu, Fri) late; no status column.
  const CODE = '000.03.36.H17-240226-0001';
  // received E, P; due E, P; result E, P
  const EXPECTED_DATES = [
    utc(2024, 2, 26),
    utc(2024, 2, 26),
    utc(2024, 3, 1),
    utc(2024, 2, 27),
    utc(2024, 3, 1),
    utc(2024, 3, 1),
  ];

  it.each([
    ['en', 'Findings', 'on time', 'late'],
    ['vi', 'Phát hiện', 'đúng hạn', 'quá hạn'],
  ] as const)('has the dates, status, class and days late of each side (%s)', (lang, name, classE, classP) => {
    const ws = sheetOf(wb[lang]!, name);
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      if (row.getCell(4).value === CODE && row.getCell(1).value === 'masked-late') rows.push(row);
    });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect([row.getCell(5).value, row.getCell(6).value]).toEqual([`${E}:405`, `${P}:396`]);
    expect([row.getCell(7).value, row.getCell(8).value]).toEqual([classE, classP]);
    expect([row.getCell(9).value, row.getCell(10).value]).toEqual(['Đúng hạn', null]);
    const dates = [11, 12, 13, 14, 15, 16].map((c) => row.getCell(c));
    expect(dates.map((c) => c.value)).toEqual(EXPECTED_DATES);
    expect(dates.map((c) => serialOf(c.value as Date))).toEqual([45348, 45348, 45352, 45349, 45352, 45352]);
    for (const c of dates) expect(c.numFmt).toBe('dd/mm/yyyy');
    expect([row.getCell(17).value, row.getCell(18).value]).toEqual([3, 3]);
  });

  it('writes every date as a whole-day date in dd/mm/yyyy, days late as integers', () => {
    const ws = sheetOf(wb.en!, 'Findings');
    expect(ws.rowCount).toBe(356); // 355 findings (fixtures/README.md) and the heading
    let dates = 0;
    ws.eachRow((row, r) => {
      if (r === 1) return;
      for (let c = 11; c <= 16; c++) {
        const cell = row.getCell(c);
        if (cell.value === null) continue;
        expect(cell.value).toBeInstanceOf(Date);
        expect(serialOf(cell.value as Date) % 1).toBe(0);
        expect(cell.numFmt).toBe('dd/mm/yyyy');
        dates++;
      }
      for (const c of [17, 18]) expect(Number.isInteger(row.getCell(c).value)).toBe(true);
    });
    expect(dates).toBeGreaterThan(355 * 2);
  });
});

describe('the district workbook: About', () => {
  const fingerprint = (path: string) => ({
    size: statSync(join(ROOT, path)).size,
    sha256: createHash('sha256')
      .update(readFileSync(join(ROOT, path)))
      .digest('hex'),
  });

  it.each([
    ['en', 'About', 'SHA-256', 'Size (bytes)', 'Rows read', 'Generated at (UTC)'],
    ['vi', 'Giới thiệu', 'Mã băm SHA-256', 'Kích thước (byte)', 'Số dòng đọc được', 'Thời điểm lập (giờ UTC)'],
  ] as const)(
    'has each input with its path, size and SHA-256, and no generation time (%s)',
    (lang, name, shaLabel, sizeLabel, rowsLabel, generatedLabel) => {
      const ws = sheetOf(wb[lang]!, name);
      const byLabel = new Map<string, ExcelJS.Row>();
      ws.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
      const e = fingerprint(E);
      const p = fingerprint(P);
      expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
      const sha = byLabel.get(shaLabel)!;
      expect([sha.getCell(2).value, sha.getCell(3).value]).toEqual([e.sha256, p.sha256]);
      const size = byLabel.get(sizeLabel)!;
      expect([size.getCell(2).value, size.getCell(3).value]).toEqual([e.size, p.size]);
      const rows = byLabel.get(rowsLabel)!;
      expect([rows.getCell(2).value, rows.getCell(3).value]).toEqual([2996, 2976]); // fixtures/README.md
      expect(String(byLabel.get(generatedLabel)!.getCell(2).value)).toMatch(/--timestamp/);
      const command = [...byLabel.values()].find((r) => String(r.getCell(2).value).startsWith('tthc-audit reconcile'));
      expect(command?.getCell(2).value).toBe(`tthc-audit ${BASE.join(' ')} --format xlsx --lang ${lang}`);
    },
  );

  it('gives the same bytes from two runs, every zip entry dated by the as-of date', async () => {
    const a = Buffer.from(await xlsxBytes('vi'));
    const b = Buffer.from(await xlsxBytes('vi'));
    expect(b.equals(a)).toBe(true);
    // Each local file header: signature PK\3\4, DOS time at offset 10, DOS date at 12. 31/12/2024 00:00:
    // ((2024 - 1980) << 9) | (12 << 5) | 31 = 22528 + 384 + 31 = 22943, time 0.
    let entries = 0;
    for (let at = a.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = a.indexOf('PK\x03\x04', at + 4, 'latin1')) {
      expect([a.readUInt16LE(at + 10), a.readUInt16LE(at + 12)]).toEqual([0, 22943]);
      entries++;
    }
    expect(entries).toBeGreaterThanOrEqual(8); // 4 sheets, styles, workbook, its relations, content types…
  });
});

describe('--xlsx-sheets per-kind', () => {
  it('gives a sheet per kind found, named in English, with the counts of fixtures/README.md', async () => {
    const book = await load(await xlsxBytes('en', ['--xlsx-sheets', 'per-kind']));
    const names = book.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Summary');
    expect(names.slice(-2)).toEqual(['Inputs', 'About']);
    expect(names).not.toContain('Findings');
    // masked-late: 36; late-apology: 12 (counted by a separate script, fixtures/README.md); each with its heading
    expect(sheetOf(book, 'Masked late').rowCount).toBe(37);
    expect(sheetOf(book, 'Apology too close to due').rowCount).toBe(13);
    const masked = sheetOf(book, 'Masked late');
    masked.eachRow((row, r) => expect(row.getCell(1).value).toBe(r === 1 ? 'Kind' : 'masked-late'));
    expect(JSON.stringify(masked.autoFilter)).toMatch(/A1:S37|"row":37/);
    expect(masked.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const findingSheets = book.worksheets.slice(1, -2);
    expect(findingSheets.reduce((n, w) => n + w.rowCount - 1, 0)).toBe(355);
    for (const name of names) expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('names the sheets in Vietnamese, at most 31 characters', async () => {
    const book = await load(await xlsxBytes('vi', ['--xlsx-sheets', 'per-kind']));
    const names = book.worksheets.map((w) => w.name);
    expect(sheetOf(book, 'Quá hạn bị che giấu').rowCount).toBe(37);
    expect(sheetOf(book, 'Xin lỗi quá sát hạn').rowCount).toBe(13);
    expect(names.slice(-2)).toEqual(['Dữ liệu đầu vào', 'Giới thiệu']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('still continues a kind past the row limit on "<name> (2)"', async () => {
    // 7 findings (2 masked, 1 + 1 missing, 1 status, 2 completed-date), sheets of 2 rows: one finding each
    const book = await load(await renderXlsx(twoUnitReport(), { lang: 'en', color: false, xlsxSheets: 'per-kind' }, 2));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Masked late',
      'Masked late (2)',
      'Not in electronic',
      'Not in paper register',
      'Classes differ',
      'Result dates differ',
      'Result dates differ (2)',
      'Inputs',
      'About',
    ]);
  });

  it('is refused with another format than xlsx: a usage error, exit 2, no stack', async () => {
    const r = await runMain([...BASE, '--format', 'json', '--xlsx-sheets', 'per-kind']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'tthc-audit: --xlsx-sheets lays out the workbook of --format xlsx, not a report in json ' +
        '(add --format xlsx, or leave --xlsx-sheets out)\n',
    );
  });

  it('is refused with the form, whose workbook has no findings: a usage error, exit 2', async () => {
    const r = await runMain([...BASE, '--form', '06a', '--format', 'xlsx', '--xlsx-sheets', 'per-kind']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "tthc-audit: --xlsx-sheets lays out the findings of the report's workbook; the form's workbook has no " +
        'findings (leave --xlsx-sheets out with --form 06a)\n',
    );
  });

  it('is a config default that runs in other formats leave alone', () => {
    const config = parseConfig({ defaults: { xlsxSheets: 'per-kind' } }, 'c.json', { langs: ['en', 'vi'] });
    const table = normaliseAuditOptions(applyConfig({ format: 'table' }, config), {}, 'en', false);
    expect(table.xlsxSheets).toBe('per-kind');
    const xlsx = normaliseAuditOptions(applyConfig({ format: 'xlsx' }, config), {}, 'en', false);
    expect(xlsx.xlsxSheets).toBe('per-kind');
    const typed = applyConfig({ format: 'xlsx', xlsxSheets: 'single' }, config);
    expect(normaliseAuditOptions(typed, {}, 'en', false).xlsxSheets).toBe('single');
    expect(() => normaliseAuditOptions({ format: 'xlsx', xlsxSheets: 'many' }, {}, 'en', false)).toThrow(
      /--xlsx-sheets must be one of single, per-kind/,
    );
  });
});

describe('sheetName', () => {
  it('drops the characters Excel refuses, keeps 31 characters with the suffix, and never repeats a name', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b: c?[d]*e\\f', '', taken)).toBe('a b  c  d  e f');
    expect(sheetName('x'.repeat(40), ' (2)', taken)).toBe(`${'x'.repeat(27)} (2)`);
    expect(sheetName('Summary', '', taken)).toBe('Summary');
    expect(sheetName('SUMMARY', '', taken)).toBe('SUMMARY ~2'); // Excel compares names ignoring case
    expect(sheetName("'quoted'", '', taken)).toBe('quoted');
  });
});
