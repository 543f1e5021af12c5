/**
 * Errors in the user's language: `--lang vi`, a Vietnamese LANG, or `defaults.lang` in the config file
 * word the message and its hint in Vietnamese; the place (file:line:column) and the exit code are the
 * same in both languages. The expected sentences are the catalogue's (src/messages/errors.ts), read
 * and checked by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt, runCli, writeTemp } from './run-cli.js';

const E = 'fixtures/mini/electronic.csv';
const P = 'fixtures/mini/paper.csv';

describe('error messages in Vietnamese', () => {
  it('words a missing input file in Vietnamese with --lang vi, in English without', async () => {
    const vi = await runCli(['reconcile', '--electronic', 'khong-co.csv', '--paper', P, '--lang', 'vi']);
    expect(vi.status).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe('tthc-audit: khong-co.csv: không tìm thấy tệp (kiểm tra lại đường dẫn)\n');
    const en = await runCli(['reconcile', '--electronic', 'khong-co.csv', '--paper', P]);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe('tthc-audit: khong-co.csv: file not found (check the path)\n');
  });

  it('takes the language from LANG when --lang is not given, and --lang wins over LANG', async () => {
    const fromEnv = await runCli(
      ['reconcile', '--electronic', E, '--paper', P, '--from', '2024-03-31', '--to', '2024-03-01'],
      { LANG: 'vi_VN.UTF-8' },
    );
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toBe('tthc-audit: --from 2024-03-31 sau --to 2024-03-01 (đổi chỗ hai ngày)\n');
    const flagWins = await runCli(
      ['reconcile', '--electronic', E, '--paper', P, '--from', '2024-03-31', '--to', '2024-03-01', '--lang=en'],
      { LANG: 'vi_VN.UTF-8' },
    );
    expect(flagWins.stderr).toBe('tthc-audit: --from 2024-03-31 is after --to 2024-03-01 (swap them)\n');
  });

  it('words errors found while reading (here: a missing column) with the place first', async () => {
    const dir = writeTemp({ 'e.csv': 'Mã hồ sơ,Đơn vị,Ngày hẹn trả\nA-1,Xã A,05/03/2024\n' });
    const r = await runCli(['stats', join(dir, 'e.csv'), '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(dir, 'e.csv')}:1: không có cột cho received (vd. "Ngày tiếp nhận") ` +
        '(đổi tên tiêu đề cột, hoặc chỉ rõ bằng --map field=Tiêu đề (hoặc mục "columns" trong tệp cấu hình))\n',
    );
  });

  it("uses the config file's defaults.lang for errors found after the config is read", async () => {
    const dir = writeTemp({ 'tthc-audit.config.json': JSON.stringify({ defaults: { lang: 'vi' } }) });
    const r = await runCli(
      [
        'reconcile',
        '--electronic',
        join(process.cwd(), E),
        '--paper',
        join(process.cwd(), P),
        '--as-of',
        '2024-03-10',
        '--output',
        dir,
      ],
      {},
      dir,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${dir}: --output chỉ tới một thư mục, thiết bị hoặc đường ống, ` +
        `không phải tệp (chỉ rõ một tệp để ghi)\n`,
    );
  });

  it("words a mistake in the options in the config file's language once the config is read", async () => {
    const dir = writeTemp({ 'tthc-audit.config.json': JSON.stringify({ defaults: { lang: 'vi' } }) });
    const r = await runCli(
      [
        'reconcile',
        '--electronic',
        join(process.cwd(), E),
        '--paper',
        join(process.cwd(), P),
        '--max-late-rate',
        '120',
      ],
      {},
      dir,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tthc-audit: --max-late-rate cần một số từ 0 đến 100, nhưng nhận được "120"\n');
  });

  it('words a bad config file in Vietnamese, naming the key', async () => {
    const dir = writeTemp({ 'bad.json': JSON.stringify({ defaults: { lang: 'fr' } }) });
    const r = await runCli([
      'reconcile',
      '--electronic',
      E,
      '--paper',
      P,
      '--config',
      join(dir, 'bad.json'),
      '--lang',
      'vi',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(dir, 'bad.json')}: defaults.lang: cần một trong các giá trị en, vi, ` +
        `nhưng nhận được "fr" (sửa tệp cấu hình, hoặc chỉ tệp khác bằng --config)\n`,
    );
  });

  it('words calendar and validate errors in Vietnamese', async () => {
    const cal = await runCli(['calendar', '--year', '25', '--lang', 'vi']);
    expect(cal.status).toBe(2);
    expect(cal.stderr).toBe(
      'tthc-audit: --year cần một năm từ 1900 đến 2199, nhưng nhận được "25" (vd. --year 2025)\n',
    );
    const dir = writeTemp({
      'cal.json': JSON.stringify([
        { date: '2025-09-01', kind: 'off', name: 'A' },
        { date: '2025-09-01', kind: 'off', name: 'B' },
      ]),
    });
    const dup = await runCli(['calendar', '--year', '2025', '--calendar', join(dir, 'cal.json'), '--lang', 'vi']);
    expect(dup.status).toBe(2);
    expect(dup.stderr).toBe(
      `tthc-audit: ${join(dir, 'cal.json')}: [1].date: ngày "2025-09-01" đã được khai báo ở [0] ` +
        `(xem mục "Calendar file" trong README để biết định dạng)\n`,
    );
    const val = await runCli(['validate', 'khong-co.csv', '--lang', 'vi']);
    expect(val.status).toBe(2);
    expect(val.stderr).toContain('tthc-audit: khong-co.csv: không tìm thấy tệp (kiểm tra lại đường dẫn)\n');
  });

  it('words an error raised on a reader thread in Vietnamese too (the message crosses threads as data)', async () => {
    const dir = writeTemp({ 'book.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]) });
    const r = await runBuilt(['reconcile', '--electronic', join(dir, 'book.xlsx'), '--paper', P, '--lang', 'vi'], {
      TTHC_AUDIT_THREADS: '2',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(dir, 'book.xlsx')}: sổ tính bị hỏng hoặc không đầy đủ (sao chép hoặc tải lại tệp, hoặc mở ` +
        `và lưu lại bằng Excel)\n`,
    );
  });
});
