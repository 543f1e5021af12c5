/**
 * The form's page (`--form 06a --format html`) in headless Chromium, printed: on A4 landscape the
 * form's table fits the page's width (the widest case of the fixtures: both sources, unit × field, in
 * Vietnamese), the PDF's pages are landscape A4, and nothing is requested beyond the file nor logged as
 * an error. Without /usr/bin/chromium the test is skipped, saying so (unless
 * TTHC_AUDIT_REQUIRE_BROWSER=1: then it fails), as html-browser.test.ts does.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './run-main.js';

const CHROMIUM = '/usr/bin/chromium';
/** A4 landscape (297 mm) less the form's 10 mm margins each side, in CSS pixels (96 per inch). */
const A4_LANDSCAPE_PRINT_WIDTH_PX = Math.floor(((297 - 2 * 10) / 25.4) * 96);

const available = existsSync(CHROMIUM);
if (!available && process.env.TTHC_AUDIT_REQUIRE_BROWSER !== '1') {
  console.warn(`form-html-browser.test.ts: SKIPPED: ${CHROMIUM} not found. To run it: apt-get install -y chromium`);
}
const describeInBrowser = available || process.env.TTHC_AUDIT_REQUIRE_BROWSER === '1' ? describe : describe.skip;

describeInBrowser('the form page printed in headless Chromium', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-form-html-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('fits A4 landscape: the table within the printed width, every page landscape, no error', async () => {
    const run = await runMain([
      ...['form', '--electronic', 'fixtures/department-2024/electronic.csv'],
      ...['--paper', 'fixtures/department-2024/paper.csv', '--from', '2024-04-01', '--to', '2024-06-30'],
      ...['--rows', 'unit-field', '--lang', 'vi', '--format', 'html'],
    ]);
    expect(run.code).toBe(0);
    const file = join(dir, 'form.html');
    writeFileSync(file, run.stdout);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (req) => {
      if (req.url() !== pathToFileURL(file).href) problems.push(`request: ${req.url()}`);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_LANDSCAPE_PRINT_WIDTH_PX, height: 700 });
    const width = await page.locator('table.form').evaluate((t) => t.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(A4_LANDSCAPE_PRINT_WIDTH_PX);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      A4_LANDSCAPE_PRINT_WIDTH_PX,
    );
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 landscape is 842 × 595 points
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every(([w, h]) => w === 842 && h === 595)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
