/**
 * readDossierFile on transcribed paper registers: the layout rows (column numbers under the header,
 * total rows, signature block) stay rejected rows, with kind `layout` and their own reasons, and are
 * counted in `rowsLayout`; every other rejected row is rejected as before. Small files written for each
 * case; the expected lines and counts are worked out by hand.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDossierFile } from '../../src/io/read-dossiers.js';
import { tempDir } from '../cli/run-cli.js';

const dir = tempDir();
let n = 0;
const read = (text: string) => {
  const file = join(dir, `register-${++n}.csv`);
  writeFileSync(file, text);
  return readDossierFile({ file, source: 'paper' }, {});
};

const HEADER = 'STT,Số hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
const dossier = (i: number, code = `P-${i}`, received = '01/03/2024'): string =>
  `${i},${code},Xã A,${received},05/03/2024,04/03/2024\n`;
const summary = (f: Awaited<ReturnType<typeof read>>) => ({
  read: f.rowsRead,
  used: f.records.length,
  rejected: f.rowsRejected,
  layout: f.rowsLayout,
  rejections: f.rejections.map((r) => [r.line, r.kind, r.reason.id]),
});

describe('a paper register with its layout rows', () => {
  it(
    'sets aside the column numbers, the totals (also one in the middle) and the signature block; ' +
      'a bad dossier row is rejected as usual',
    async () => {
      const f = await read(
        'SỔ THEO DÕI HỒ SƠ\n' + // 1
          HEADER + // 2
          '(1),(2),(3),(4),(5),(6)\n' + // 3: column numbers
          dossier(1) +
          dossier(2) + // 4, 5
          ',Cộng: 2 hồ sơ,,,,\n' + // 6: a page's total, in the middle
          '1,2,3,4,5,6\n' + // 7: numbers again, not under the header: an ordinary rejected row
          dossier(3, '') + // 8: a dossier with no code: an ordinary rejected row
          dossier(4) + // 9
          ',Tổng cộng: 4 hồ sơ,,,,\n' + // 10
          ',,,,,"Xã A, ngày 31 tháng 3 năm 2024"\n' + // 11
          ',Người ghi sổ,,,,Lãnh đạo đơn vị\n' + // 12
          ',"(Ký, ghi rõ họ tên)"\n', // 13: cut short: two fields of six
      );
      expect(summary(f)).toEqual({
        read: 11,
        used: 3,
        rejected: 8,
        layout: 6,
        rejections: [
          [3, 'layout', 'layoutColumnNumbers'],
          [6, 'layout', 'layoutTotal'],
          [7, 'bad-received', 'dateSerialOutOfRange'], // "4" read as an Excel serial number
          [8, 'missing-code', 'emptyCode'],
          [10, 'layout', 'layoutTotal'],
          [11, 'layout', 'layoutSignature'],
          [12, 'layout', 'layoutSignature'],
          [13, 'layout', 'layoutSignature'],
        ],
      });
      expect(f.rejections[5]).toMatchObject({
        column: null,
        reason: { args: { cell: 'Xã A, ngày 31 tháng 3 năm 2024' } },
        cells: ['', '', '', '', '', 'Xã A, ngày 31 tháng 3 năm 2024'],
      });
      expect(f.rowsRead).toBe(f.records.length + f.rowsRejected);
    },
  );

  it('the column numbers come after a blank line and a two-row header just as well', async () => {
    const f = await read(
      'STT,Số hồ sơ,Đơn vị,Ngày,,\n,,,Tiếp nhận,Hẹn trả,Có kết quả\n,,,,,\nA,B,C,D,E,F\n' + dossier(1) + dossier(2),
    );
    expect(f.headerRows).toBe(2);
    expect(summary(f)).toEqual({
      read: 3,
      used: 2,
      rejected: 1,
      layout: 1,
      rejections: [[4, 'layout', 'layoutColumnNumbers']],
    });
  });

  it('a file with no layout rows has rowsLayout 0', async () => {
    const f = await read(HEADER + dossier(1) + dossier(2, ''));
    expect(summary(f)).toEqual({
      read: 2,
      used: 1,
      rejected: 1,
      layout: 0,
      rejections: [[3, 'missing-code', 'emptyCode']],
    });
  });

  it('a layout row is no evidence about a date column: it is not tallied for the unreadable-column rule', async () => {
    // 9 good receipt dates and 10 unreadable ones: 19 values, under the 20 the rule needs. Tallied,
    // the column-number row would make it 20 values, 11 unreadable, and stop the file.
    const bad = Array.from({ length: 10 }, (_, i) => dossier(20 + i, `Q-${i}`, 'không rõ')).join('');
    const good = Array.from({ length: 9 }, (_, i) => dossier(i + 1)).join('');
    const f = await read(HEADER + '(1),(2),(3),(4),(5),(6)\n' + good + bad);
    expect([f.rowsRead, f.records.length, f.rowsRejected, f.rowsLayout]).toEqual([20, 9, 11, 1]);
  });
});
