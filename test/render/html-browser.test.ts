/**
 * The HTML report in a real browser: headless Chromium (the Debian package `chromium`) opens the
 * report of the district fixture, takes a PNG screenshot, and the page must have the per-unit table,
 * one bar per unit and source, no console error, no request beyond the file itself, and a table that
 * fits an A4 page when printed. Without /usr/bin/chromium the test is skipped, saying so (unless
 * TTHC_AUDIT_REQUIRE_BROWSER=1, as in CI: then it fails).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDER_FIXTURES, ROOT, runMain } from './run-main.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** A4 (210 mm) less 12 mm margins each side, in CSS pixels (96 per inch). */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

const available = existsSync(CHROMIUM);
if (!available && process.env.TTHC_AUDIT_REQUIRE_BROWSER !== '1') {
  console.warn(
    `html-browser.test.ts: SKIPPED the browser test of the HTML report: ${CHROMIUM} not found. To run it: ` +
      `apt-get install -y chromium`,
  );
}

const district = join(ROOT, 'fixtures/district');
const pair = existsSync(join(district, 'electronic.csv'))
  ? { e: join(district, 'electronic.csv'), p: join(district, 'paper.csv') }
  : { e: join(RENDER_FIXTURES, 'two-units/electronic.csv'), p: join(RENDER_FIXTURES, 'two-units/paper.csv') };

interface Visit {
  page: Page;
  problems: string[];
}

const describeInBrowser = available ? describe : describe.skip;

describeInBrowser('HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-html-'));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function render(argv: string[], name: string): Promise<string> {
    const r = await runMain([...argv, '--format', 'html']);
    expect(r.code).toBe(0);
    const file = join(dir, name);
    writeFileSync(file, r.stdout);
    return file;
  }

  /** Open a file, collecting console errors, page errors, dialogs and any request for something else. */
  async function visit(file: string): Promise<Visit> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (req) => {
      if (req.url() !== pathToFileURL(file).href) problems.push(`request: ${req.url()}`);
    });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems };
  }

  it('shows the district report: table, bars per unit and source, no console error; takes a screenshot', async () => {
    const argv = ['reconcile', '--electronic', pair.e, '--paper', pair.p, '--as-of', '2024-12-31'];
    const units = (JSON.parse((await runMain([...argv, '--format', 'json'])).stdout) as { units: unknown[] }).units
      .length;
    const { page, problems } = await visit(await render([...argv, '--lang', 'vi'], 'district.html'));

    expect(await page.locator('table.units').count()).toBe(1);
    expect(await page.locator('table.units tbody tr').count()).toBe(units + 1); // + the total row
    expect(await page.locator('svg.bar').count()).toBe(units * 2);
    for (const box of await page
      .locator('svg.bar')
      .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThan(100);
      expect(box.height).toBeGreaterThan(8);
    }
    expect(await page.locator('svg.bar rect.seg').count()).toBeGreaterThan(units * 2);
    expect(await page.locator('section.kind').count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');

    const png = join(dir, 'district.png');
    await page.screenshot({ path: png, fullPage: true });
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);

    // printed on A4, the per-unit table fits the page width
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1000 });
    const tableWidth = await page.locator('table.units').evaluate((t) => t.getBoundingClientRect().width);
    expect(tableWidth).toBeLessThanOrEqual(A4_PRINT_WIDTH_PX);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs nothing from hostile unit names and codes, and shows them as written', async () => {
    const h = join(RENDER_FIXTURES, 'hostile');
    const { page, problems } = await visit(
      await render(
        [
          'reconcile',
          '--electronic',
          join(h, 'electronic.csv'),
          '--paper',
          join(h, 'paper.csv'),
          '--as-of',
          '2024-12-31',
        ],
        'hostile.html',
      ),
    );
    expect(await page.locator('script').count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((n) => n.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(await page.locator('table.units td.unit', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await page.locator('table.units td.unit', { hasText: 'x" onload="alert(2)' }).count()).toBe(1);
    expect(await page.locator('td.code', { hasText: '=HYPERLINK("http://evil.example","x")' }).count()).toBeGreaterThan(
      0,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

if (!available) {
  describe('HTML report in headless Chromium', () => {
    // CI (.ci/run) sets TTHC_AUDIT_REQUIRE_BROWSER=1: there a missing browser is a failure, not a skip.
    if (process.env.TTHC_AUDIT_REQUIRE_BROWSER === '1') {
      it('needs Chromium (TTHC_AUDIT_REQUIRE_BROWSER=1)', () => {
        throw new Error(
          `${CHROMIUM} not found and TTHC_AUDIT_REQUIRE_BROWSER=1: install it with apt-get install -y chromium`,
        );
      });
    } else {
      it.skip(`not run: ${CHROMIUM} not found; to run it: apt-get install -y chromium`, () => undefined);
    }
  });
}
