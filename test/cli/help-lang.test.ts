/**
 * `--help` and commander's own errors in the language of the run: `--lang vi`, or LANG=vi_… when no
 * `--lang` is given. English stays as it was. Runs the CLI in-process (`main`).
 */
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../src/messages/help.js';
import { runCli } from './run-cli.js';

const VI_ENV = { LANG: 'vi_VN.UTF-8' };
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Help text with its line wrapping undone, to look for whole sentences. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The start of every English description of these catalogue groups: none may show in Vietnamese help. */
function englishStarts(...groups: (keyof typeof HELP_TEXT.en)[]): string[] {
  return groups
    .flatMap((g) => Object.values(HELP_TEXT.en[g]))
    .filter((v): v is string => typeof v === 'string')
    .map((v) => flat(v).trim().slice(0, 24));
}

const ENGLISH_MAIN_HELP = `Usage: tthc-audit [options] [command]

Audit administrative-procedure (TTHC) dossiers: reconcile the electronic
one-stop export with the paper register.

Options:
  -V, --version                         output the version number
  -h, --help                            display help for command

Commands:
  reconcile [options]                   match the electronic export with the
                                        paper register, classify every dossier
                                        and list where they disagree
  stats [options] <file...>             figures of one source (default
                                        electronic), without matching
  form [options] [file...]              the settlement-results form
                                        II.06a/VPCP/KSTT of a period: one source
                                        (files), or both side by side
                                        (--electronic, --paper)
  validate [options] <file...>          check export files before an audit:
                                        columns, every row, repeated codes,
                                        dates outside the period
  verify [options] <report> [files...]  check that files are the ones a JSON
                                        report was made from (by size and
                                        SHA-256)
  calendar [options]                    list a year's days off and swapped
                                        working days, or compute a due date in
                                        working days
  help [command]                        display help for command
`;

describe('--help in Vietnamese', () => {
  it('tthc-audit --help --lang vi', async () => {
    const r = await runCli(['--help', '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Cách dùng: tthc-audit [tùy chọn] [lệnh]');
    expect(lines).toContain('Tùy chọn:');
    expect(lines).toContain('Lệnh:');
    // (the padding follows the longest command, `verify [tùy chọn] <report> [files...]`)
    const row = (term: string, text: string): RegExp => new RegExp(`^ {2}${term.replace(/[[\]]/g, '\\$&')} +${text}`);
    expect(lines.some((x) => row('-V, --version', 'hiện số phiên bản$').test(x))).toBe(true);
    expect(lines.some((x) => row('-h, --help', 'hiện trợ giúp cho lệnh$').test(x))).toBe(true);
    expect(lines.some((x) => row('help [lệnh]', 'hiện trợ giúp cho một lệnh$').test(x))).toBe(true);
    expect(lines.some((x) => row('reconcile [tùy chọn]', 'đối chiếu dữ liệu điện tử với sổ').test(x))).toBe(true);
    expect(flat(r.stdout)).toContain(
      'Kiểm tra việc giải quyết hồ sơ thủ tục hành chính (TTHC): đối chiếu dữ liệu xuất từ hệ thống một cửa điện ' +
        'tử với sổ theo dõi hồ sơ giấy.',
    );
    expect(flat(r.stdout)).toContain(
      'kiểm tra tệp xuất trước khi đối chiếu: các cột, từng dòng, mã hồ sơ bị trùng, ngày tiếp nhận ngoài kỳ',
    );
    for (const english of [
      'Usage:',
      'Options:',
      'Commands:',
      'display help for command',
      'output the version number',
      'figures of one source',
      'Audit administrative',
    ]) {
      expect(r.stdout).not.toContain(english);
    }
    expect(r.stdout).toBe(r.stdout.normalize('NFC'));
  });

  it('tthc-audit reconcile --help --lang vi: every option described in Vietnamese', async () => {
    const r = await runCli(['reconcile', '--help', '--lang', 'vi']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Cách dùng: tthc-audit reconcile [tùy chọn]');
    expect(lines).toContain('  --electronic <file...>    tệp CSV hoặc Excel (.xlsx) xuất từ hệ thống một cửa');
    expect(lines).toContain('  --from <yyyy-mm-dd>       ngày tiếp nhận đầu tiên của kỳ (tính cả ngày này)');
    expect(lines).toContain('  --output <file>           ghi báo cáo vào tệp này thay vì in ra màn hình');
    expect(lines).toContain('  --debug                   hiện chi tiết kỹ thuật (stack trace) khi có lỗi');
    expect(lines).toContain('  -h, --help                hiện trợ giúp cho lệnh');
    expect(lines).toContain('Ví dụ:');
    expect(lines).toContain(
      '  $ tthc-audit reconcile --electronic e.csv --paper p.csv --details findings.csv --fail-on masked-late',
    );
    expect(lines).toContain(
      'Mã thoát: 0 hoàn tất, 1 có phát hiện thuộc loại nêu ở --fail-on hoặc không đạt một ngưỡng kiểm tra (CI), ' +
        '2 lỗi cách dùng, lỗi đọc dữ liệu hoặc lỗi ghi kết quả.',
    );
    const text = flat(r.stdout);
    expect(text).toContain(
      '--format <format> định dạng báo cáo (chọn một trong: "table", "csv", "json", "ndjson", "markdown", "html", ' +
        '"xlsx"; mặc định: "table")',
    );
    expect(text).toContain(
      '--max-errors <n|pct%> thoát với mã 2 khi số dòng bị loại vượt quá mức này: một số dòng, ' +
        'hoặc một tỷ lệ như 5% (mặc định: "1%")',
    );
    expect(text).toContain(
      '--max-masked-late <n> ngưỡng kiểm tra (CI): thoát với mã 1 khi có hơn n hồ sơ bị che giấu quá hạn',
    );
    for (const english of [
      ...englishStarts('shared', 'audit', 'reconcile'),
      'choices:',
      'default:',
      'Examples:',
      'Exit codes:',
      'Options:',
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it('tthc-audit validate --help with LANG=vi_VN.UTF-8', async () => {
    const r = await runCli(['validate', '--help'], VI_ENV);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Cách dùng: tthc-audit validate [tùy chọn] <file...>');
    expect(lines).toContain('Tham số:');
    expect(lines).toContain('  file                      một hoặc nhiều tệp CSV của cùng một nguồn');
    expect(lines).toContain('  --to <yyyy-mm-dd>         ngày tiếp nhận cuối cùng của kỳ (tính cả ngày này)');
    expect(lines).toContain(
      'Mã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, 2 có tệp không đọc được, quá nhiều dòng bị loại, ' +
        'hoặc lỗi cách dùng.',
    );
    expect(flat(r.stdout)).toContain('--force ghi đè tệp --rejects đã có, kể cả khi tệp đó không do tthc-audit tạo ra');
    for (const english of [...englishStarts('shared', 'validate'), 'Arguments:', 'choices:'])
      expect(flat(r.stdout)).not.toContain(english);
  });

  it('tthc-audit calendar --help with LANG=vi_VN.UTF-8', async () => {
    const r = await runCli(['calendar', '--help'], VI_ENV);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  --year <yyyy>            năm cần liệt kê');
    expect(lines).toContain('  --received <yyyy-mm-dd>  ngày tiếp nhận, để tính ngày hẹn trả');
    expect(lines).toContain(
      'Ngày hẹn trả: thời hạn bắt đầu từ ngày làm việc tiếp theo sau ngày tiếp nhận; thời hạn n ngày làm việc',
    );
    expect(lines).toContain('  $ tthc-audit calendar --received 2024-02-02 --working-days 5 --format json');
    expect(flat(r.stdout)).toContain(
      '--format <format> định dạng kết quả (chọn một trong: "table", "json"; mặc định: "table")',
    );
    for (const english of [...englishStarts('calendar'), 'Due dates:', 'Examples:'])
      expect(flat(r.stdout)).not.toContain(english);
  });

  it('tthc-audit help stats --lang vi (the help command)', async () => {
    const r = await runCli(['help', 'stats', '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toContain(
      'thống kê số liệu của một nguồn (mặc định: hệ thống điện tử), không đối chiếu',
    );
  });
});

describe('--help in English', () => {
  it('is unchanged by default (LANG=C)', async () => {
    const r = await runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(ENGLISH_MAIN_HELP);
  });

  it('reconcile --help keeps its English descriptions, suffixes and examples', async () => {
    const r = await runCli(['reconcile', '--help']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Usage: tthc-audit reconcile [options]');
    expect(lines).toContain('  --electronic <file...>    electronic one-stop/iGate export(s), CSV or Excel');
    expect(lines).toContain('  --format <format>         output format (choices: "table", "csv", "json",');
    expect(lines).toContain('  --max-errors <n|pct%>     exit 2 when more rows than this are rejected');
    expect(lines).toContain('  -h, --help                display help for command');
    expect(lines).toContain('Examples:');
    expect(lines).toContain(
      'Exit codes: 0 done, 1 findings matched --fail-on or a CI gate failed, 2 usage, input or output error.',
    );
    expect(r.stdout).not.toMatch(VIETNAMESE);
    // the phrases the Vietnamese test looks for are really there in English: that test is not vacuous
    const starts = englishStarts('audit', 'reconcile');
    expect(starts.length).toBeGreaterThan(20);
    for (const english of starts) expect(flat(r.stdout)).toContain(english);
  });

  it('--lang en wins over LANG=vi_VN.UTF-8', async () => {
    const r = await runCli(['calendar', '--help', '--lang', 'en'], VI_ENV);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toContain('  --year <yyyy>            the year to list');
    expect(r.stdout).not.toMatch(VIETNAMESE);
  });
});

describe("commander's errors follow the language", () => {
  it('a missing required option, --lang vi', async () => {
    const r = await runCli(['reconcile', '--paper', 'p.csv', '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "tthc-audit: lỗi: thiếu tùy chọn bắt buộc '--electronic <file...>' (chạy lại với --help để xem cách dùng)\n",
    );
  });

  it('a value not among the choices, --lang vi', async () => {
    const r = await runCli(['reconcile', '--format', 'nope', '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "tthc-audit: lỗi: tùy chọn '--format <format>' không nhận giá trị 'nope'. " +
        'Chỉ được chọn một trong: table, csv, json, ndjson, markdown, html, xlsx. ' +
        '(chạy lại với --help để xem cách dùng)\n',
    );
  });

  it('an unknown option with a suggestion, from LANG=vi_VN.UTF-8', async () => {
    const r = await runCli(['reconcile', '--electronic', 'e.csv', '--paper', 'p.csv', '--formatt', 'json'], VI_ENV);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("tthc-audit: lỗi: không có tùy chọn '--formatt' (Có phải ý bạn là --format?)\n");
  });

  it('an unknown command and too many arguments, --lang vi', async () => {
    const u = await runCli(['recncile', '--lang', 'vi']);
    expect(u.status).toBe(2);
    expect(u.stderr).toBe("tthc-audit: lỗi: không có lệnh 'recncile' (Có phải ý bạn là reconcile?)\n");
    const t = await runCli(['calendar', '2025', '--lang', 'vi']);
    expect(t.status).toBe(2);
    expect(t.stderr).toBe(
      "tthc-audit: lỗi: thừa tham số cho lệnh 'calendar': lệnh nhận 0 tham số nhưng có 1. " +
        '(chạy lại với --help để xem cách dùng)\n',
    );
  });

  it('stay in English by default', async () => {
    const r = await runCli(['reconcile', '--paper', 'p.csv']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "tthc-audit: error: required option '--electronic <file...>' not specified (run with --help for usage)\n",
    );
  });
});
