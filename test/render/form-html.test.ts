/**
 * `--form 06a --format html`, parsed (sax, lenient): the form's table laid out on a grid with its
 * row and column spans resolved, so each hand-worked figure of fixtures/department-2024 (Q1) and of
 * Dak Lak 2023 is checked in its cell under its group, its column and its printed number; the page
 * stands alone (a CSP naming its one stylesheet by hash, no script, nothing loaded) and prints on A4
 * landscape; the column definitions and the provenance are there, in English and Vietnamese.
 */
import { createHash } from 'node:crypto';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-main.js';
import { DAK_LAK, Q1 } from '../cli/form-runs.js';

interface GridCell {
  tag: 'th' | 'td';
  text: string;
  classes: string[];
  /** Whether this is the cell's first place (not a place its row or column span covers). */
  origin: boolean;
}

/** The rows of the table with class `name`: thead and tbody, each cell repeated over its spans. */
function tableGrid(page: string, name: string): GridCell[][] {
  const parser = sax.parser(false, { lowercase: true });
  const grid: GridCell[][] = [];
  const covered = new Map<string, GridCell>(); // "row,col" → the spanning cell
  let depth = 0;
  let row = -1;
  let col = 0;
  let cell: { cell: GridCell; rows: number; cols: number } | null = null;
  const place = (r: number, c: number, g: GridCell): void => {
    grid[r] ??= [];
    grid[r][c] = g;
  };
  parser.onopentag = (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'table' && (depth > 0 || (a.class ?? '').split(' ').includes(name))) depth++;
    if (depth !== 1) return;
    if (tag.name === 'tr') {
      row++;
      col = 0;
      grid[row] ??= [];
    } else if (tag.name === 'td' || tag.name === 'th') {
      while (grid[row]![col] !== undefined || covered.has(`${row},${col}`)) {
        if (grid[row]![col] === undefined) place(row, col, covered.get(`${row},${col}`)!);
        col++;
      }
      const g: GridCell = {
        tag: tag.name,
        text: '',
        classes: (a.class ?? '').split(' ').filter(Boolean),
        origin: true,
      };
      cell = { cell: g, rows: Number(a.rowspan ?? 1), cols: Number(a.colspan ?? 1) };
    }
  };
  parser.ontext = (t) => {
    if (cell) cell.cell.text += t;
  };
  parser.onclosetag = (tagName) => {
    if (depth === 1 && (tagName === 'td' || tagName === 'th') && cell) {
      const g = { ...cell.cell, text: cell.cell.text.replace(/\s+/g, ' ').trim() };
      for (let r = 0; r < cell.rows; r++)
        for (let c = 0; c < cell.cols; c++) {
          const copy = { ...g, origin: r === 0 && c === 0 };
          if (r === 0) place(row, col + c, copy);
          else covered.set(`${row + r},${col + c}`, copy);
        }
      col += cell.cols;
      cell = null;
    }
    if (depth === 1 && tagName === 'tr') {
      for (; covered.has(`${row},${col}`); col++) place(row, col, covered.get(`${row},${col}`)!);
    }
    if (tagName === 'table' && depth > 0) depth--;
  };
  parser.write(page).close();
  return grid;
}

const texts = (row: GridCell[]): string[] => row.map((c) => c.text);

async function page(argv: string[]): Promise<string> {
  const run = await runMain([...argv, '--format', 'html']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('form html: department-2024, Q1, both sources', () => {
  it('has the grouped headings over the column names and the numbered row', async () => {
    const grid = tableGrid(await page(Q1), 'form');
    // No., Field, Source, (1)–(11), Rejected, Late with apology (the extras not all zero), Differs
    expect(texts(grid[0]!)).toEqual([
      'No.',
      'Field',
      'Source',
      ...Array(4).fill('Received to handle'),
      ...Array(4).fill('Resolved in the period'),
      ...Array(3).fill('In progress at the end'),
      ...Array(2).fill('Not on the printed form'),
      'Differs',
    ]);
    expect(texts(grid[1]!)).toEqual([
      'No.',
      'Field',
      'Source',
      'Total',
      'Online',
      'In person or by post',
      'Carried over',
      'Total',
      'Before due date',
      'On time',
      'Late',
      'Total',
      'Within time',
      'Overdue',
      'Rejected',
      'Late, with apology',
      'Differs',
    ]);
    expect(texts(grid[2]!)).toEqual([
      '',
      '',
      '',
      ...['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
      '',
      '',
      '',
    ]);
    expect(grid[0]!.every((c) => c.tag === 'th')).toBe(true);
  });

  it('puts each hand-worked figure in its row, source and column; the total row last', async () => {
    const grid = tableGrid(await page(Q1), 'form');
    const body = grid.slice(3).map((row) => texts(row).slice(0, 16));
    expect(body).toEqual([
      ['1', 'Chứng thực', 'Electronic', '3', '1', '2', '0', '2', '1', '1', '0', '1', '1', '0', '0', '0'],
      ['1', 'Chứng thực', 'Paper', '2', '1', '1', '0', '1', '0', '1', '0', '1', '1', '0', '0', '0'],
      ['2', 'Hộ tịch', 'Electronic', '5', '1', '2', '2', '3', '1', '1', '1', '2', '1', '1', '0', '0'],
      ['2', 'Hộ tịch', 'Paper', '5', '1', '2', '2', '3', '1', '1', '1', '2', '1', '1', '0', '1'],
      ['3', 'Lý lịch tư pháp', 'Electronic', '2', '1', '1', '0', '1', '0', '0', '1', '0', '0', '0', '1', '0'],
      ['3', 'Lý lịch tư pháp', 'Paper', '2', '1', '1', '0', '1', '0', '0', '1', '0', '0', '0', '1', '0'],
      ['', 'Total', 'Electronic', '10', '3', '5', '2', '6', '2', '2', '2', '3', '2', '1', '1', '0'],
      ['', 'Total', 'Paper', '9', '3', '4', '2', '5', '1', '2', '2', '3', '2', '1', '1', '1'],
    ]);
    // The number and field are one cell over the two lines of their row
    expect(grid[4]![1]!.origin).toBe(false);
    expect(grid[4]![2]!.origin).toBe(true);
  });

  it('marks the differing figures and lists their column numbers', async () => {
    const grid = tableGrid(await page(Q1), 'form');
    const marked = (r: number): string[] =>
      grid[r]!.map((c, i) => (c.classes.includes('differs') ? grid[1]![i]!.text + grid[2]![i]!.text : '')).filter(
        Boolean,
      );
    expect(marked(3)).toEqual(['Total(1)', 'In person or by post(3)', 'Total(5)', 'Before due date(6)']);
    expect(marked(6)).toEqual(['Late, with apology']);
    expect(marked(7)).toEqual([]);
    expect(grid.slice(3).map((row) => row[16]!.text)).toEqual([
      '(1) (3) (5) (6)',
      '(1) (3) (5) (6)',
      'Late, with apology',
      'Late, with apology',
      '',
      '',
      '(1) (3) (5) (6); Late, with apology',
      '(1) (3) (5) (6); Late, with apology',
    ]);
  });

  it('states the rates and the Decision 766 indicator, what each column counts, and the provenance', async () => {
    const out = await page(Q1);
    expect(out).toContain(
      '<p>Electronic: 6 resolved — before the due date 2 (33.33%), on time 2 (33.33%), late 2 (33.33%)</p>',
    );
    expect(out).toContain('= 5 / 8 = 62.50%</p>');
    const defs = tableGrid(out, 'definitions');
    expect(defs.map((r) => r[0]!.text)).toEqual([
      ...['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
      '—',
      '—',
    ]);
    expect(texts(defs[3]!)).toEqual([
      '(4)',
      'Received to handle: Carried over',
      'received before the period start and not resolved before it',
    ]);
    expect(out).toMatch(/<h2 id="provenance-title">Provenance<\/h2>/);
    expect(out).toMatch(/fixtures\/department-2024\/paper\.csv · [\d,]+ bytes · SHA-256 [0-9a-f]{64}/);
    expect(out).toContain('<dt>Unit(s)</dt><dd>Sở Tư pháp tỉnh Mẫu</dd>');
  });

  it('stands alone: one stylesheet named by hash in the CSP, no script, nothing loaded; A4 landscape', async () => {
    const out = await page(Q1);
    const styles = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(out).toContain(
      `content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; script-src &#39;none&#39;; ` +
        'img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;"',
    );
    expect(out).not.toMatch(/<script|\sstyle=|\ssrc=|@import|url\(/i);
    expect(out).toContain('@page { size: A4 landscape;');
    expect(out).toContain('@media print');
  });
});

describe('form html: Dak Lak 2023', () => {
  it('gives 538 / 526 = 509 / 16 / 1 / 12 within time in the total row', async () => {
    const grid = tableGrid(await page(DAK_LAK), 'form');
    // No., Field, (1)–(11), channel not recorded
    expect(texts(grid.at(-1)!)).toEqual([
      '',
      'Total',
      '538',
      '0',
      '0',
      '0',
      '526',
      '509',
      '16',
      '1',
      '12',
      '12',
      '0',
      '538',
    ]);
  });

  it("in Vietnamese: the printed form's words, dot for thousands, decimal comma", async () => {
    const out = await page([...DAK_LAK, '--lang', 'vi']);
    expect(out).toContain('<p class="form-number">Biểu số II.06a/VPCP/KSTT</p>');
    expect(out).toContain('<h1>Tình hình, kết quả giải quyết thủ tục hành chính</h1>');
    // dates as Vietnamese writes them: no yyyy-mm-dd left but in the command line as typed
    expect(out).toContain('<p class="period">Kỳ báo cáo: đến ngày 31/12/2023 (mọi hồ sơ đang mở');
    expect(out).toContain('<title>Biểu số II.06a/VPCP/KSTT · Sở Nội vụ tỉnh Đắk Lắk · 31/12/2023</title>');
    const typed = /<dt>Lệnh đã chạy<\/dt><dd>[^<]*<\/dd>/;
    expect(out).toMatch(typed);
    expect(out.replace(/<style>[\s\S]*?<\/style>/, '').replace(typed, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const grid = tableGrid(out, 'form');
    expect(texts(grid[0]!).slice(0, 13)).toEqual([
      'STT',
      'Lĩnh vực',
      ...Array(4).fill('Số hồ sơ nhận giải quyết'),
      ...Array(4).fill('Số hồ sơ đã giải quyết'),
      ...Array(3).fill('Số hồ sơ đang giải quyết'),
    ]);
    expect(texts(grid.at(-1)!).slice(0, 4)).toEqual(['', 'Tổng cộng', '538', '0']);
    expect(out).toContain('trước hạn 509 (96,77%), đúng hạn 16 (3,04%), quá hạn 1 (0,19%)');
    expect(out).toContain('<h2 id="definitions-title">Cách tính từng cột</h2>');
  });
});

describe('form html: text from the inputs', () => {
  it('escapes unit names that look like markup; the page still runs nothing', async () => {
    const dir = 'test/render/fixtures/hostile';
    const run = await runMain([
      ...['form', '--electronic', `${dir}/electronic.csv`, '--paper', `${dir}/paper.csv`],
      ...['--rows', 'unit', '--as-of', '2024-12-31', '--format', 'html'],
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).not.toMatch(/<script|onload="/i);
    expect(out).toContain('<td class="unit" rowspan="2">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(out).toContain('<td class="unit" rowspan="2">x&quot; onload=&quot;alert(2)</td>');
    const grid = tableGrid(out, 'form');
    expect(grid.slice(3).map((row) => row[1]!.text)).toEqual([
      '<script>alert(1)</script>',
      '<script>alert(1)</script>',
      'x" onload="alert(2)',
      'x" onload="alert(2)',
      'Total',
      'Total',
    ]);
  });
});
