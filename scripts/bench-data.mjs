/**
 * The benchmark's synthetic input: an electronic export and a paper register of the same dossiers,
 * written deterministically from a seed (same seed and row count → byte-identical files).
 *
 * Shape (issue 4): ~40 units, electronic ~175 B/row, paper ~145 B/row, dates dd/mm/yyyy (some with
 * HH:mm), ~2% of dossiers disagreeing between the two sources: lateness masked in the electronic
 * system, dossiers missing on one side, received dates typed one day off, withdrawals the register
 * never heard of. Some paper codes are typed in lower case or with spaces; some procedure names hold a
 * comma or a quote and so are quoted.
 */
import { join } from 'node:path';
import { clockText, daysFromCivil, dmy, dossierCode, makeRandom, openWriter, pick } from './bench-rows.mjs';

export { daysFromCivil, dmy, makeRandom, openWriter, pad2, pick } from './bench-rows.mjs';

export const ELECTRONIC_HEADER =
  'Mã hồ sơ,Đơn vị,Tên thủ tục,Chủ hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Trạng thái';
export const PAPER_HEADER = 'STT,Mã hồ sơ,Cơ quan giải quyết,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả,Phiếu xin lỗi';

/** First receipt day of the period and the as-of date the benchmark audits at. */
export const PERIOD_START = { y: 2023, m: 1, d: 1 };
export const PERIOD_DAYS = 730;
export const AS_OF = '2024-12-31';

const PLACES = [
  'Phú Lộc',
  'Phú Vang',
  'Hương Trà',
  'Hương Thủy',
  'Quảng Điền',
  'Phong Điền',
  'A Lưới',
  'Nam Đông',
  'Thuận An',
  'Vinh Thanh',
  'Lộc Bình',
  'Đông Hà',
  'Cam Lộ',
  'Gio Linh',
  'Hải Lăng',
  'Triệu Phong',
  'Vĩnh Linh',
  'Đakrông',
  'Hướng Hóa',
  'Cồn Cỏ',
];
const PREFIXES = ['Trung tâm Phục vụ hành chính công xã', 'Bộ phận một cửa UBND phường'];
export const UNITS = PREFIXES.flatMap((p) => PLACES.map((place) => `${p} ${place}`));

export const PROCEDURES = [
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Đăng ký khai tử',
  'Chứng thực bản sao',
  'Trích lục hộ tịch',
  'Đăng ký thường trú',
  'Xác nhận hôn nhân',
  '"Cấp phép xây dựng, nhà ở"',
  'Đăng ký hộ kinh doanh',
  'Cấp đổi sổ đỏ',
  '"Chứng thực chữ ký ""mẫu 01"""',
  'Đăng ký biến động',
  'Trợ cấp xã hội',
  'Đăng ký giám hộ',
];
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Đức'];
export const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Thảo',
  'Tuấn',
  'Yến',
];

/** An applicant's name: family and given name, a middle name three times in ten. */
export function ownerName(rnd) {
  return rnd() < 0.3
    ? `${pick(rnd, FAMILY)} ${pick(rnd, MIDDLE)} ${pick(rnd, GIVEN)}`
    : `${pick(rnd, FAMILY)} ${pick(rnd, GIVEN)}`;
}

/**
 * Write `electronic.csv` and `paper.csv` for `rows` dossiers into `dir`. Returns the paths, sizes and
 * how many dossiers of each disagreement were planted (for the report, not for checking: the benchmark
 * checks the tool against DuckDB, not against these counts).
 */
export function generatePair(dir, rows, seed = 20240101) {
  const rnd = makeRandom(seed);
  const electronic = join(dir, 'electronic.csv');
  const paper = join(dir, 'paper.csv');
  const e = openWriter(electronic);
  const p = openWriter(paper);
  e.line(ELECTRONIC_HEADER);
  p.line(PAPER_HEADER);
  const start = daysFromCivil(PERIOD_START.y, PERIOD_START.m, PERIOD_START.d);
  const end = start + PERIOD_DAYS - 1;
  const sequence = new Map();
  const planted = {
    maskedLate: 0,
    missingInPaper: 0,
    missingInElectronic: 0,
    receivedMismatch: 0,
    withdrawnElectronic: 0,
  };
  let stt = 0;
  for (let i = 0; i < rows; i++) {
    const unitIndex = Math.floor(rnd() * UNITS.length);
    const unit = UNITS[unitIndex];
    const received = start + Math.floor(rnd() * PERIOD_DAYS);
    const key = unitIndex * 100000 + received;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    const code = dossierCode(unitIndex, received, seq);
    const due = received + 3 + Math.floor(rnd() * 12);
    // Outcome on the electronic side.
    // Still open at the as-of date: most dossiers not yet due, a few overdue ones.
    const pending = due >= end ? rnd() < 0.6 : rnd() < 0.002;
    let result = null;
    if (!pending) {
      const r = rnd();
      const delta = r < 0.7 ? -1 - Math.floor(rnd() * 3) : r < 0.95 ? 0 : 1 + Math.floor(rnd() * 4);
      result = Math.min(due + delta, end);
      if (result < received) result = received;
    }
    // Disagreements (about 2% in all).
    const roll = rnd();
    let kind = 'none';
    if (roll < 0.005) kind = 'masked-late';
    else if (roll < 0.009) kind = 'missing-in-paper';
    else if (roll < 0.013) kind = 'missing-in-electronic';
    else if (roll < 0.017) kind = 'received-mismatch';
    else if (roll < 0.02) kind = 'withdrawn-electronic';
    if (kind === 'masked-late' && (result === null || due + 1 > end)) kind = 'none';
    const eResult = kind === 'masked-late' ? due : result;
    const pResult = kind === 'masked-late' ? due + 1 + Math.floor(rnd() * Math.min(5, end - due)) : result;
    const clock = () => clockText(rnd);
    if (kind !== 'missing-in-electronic') {
      const status =
        kind === 'withdrawn-electronic'
          ? 'Rút hồ sơ'
          : eResult === null
            ? 'Đang xử lý'
            : unitIndex % 2 === 0
              ? 'Hoàn thành'
              : 'Đã trả kết quả';
      const eDate = (day) => (day === null ? '' : rnd() < 0.15 ? `${dmy(day)} ${clock()}` : dmy(day));
      const owner = ownerName(rnd);
      e.line(
        `${code},${unit},${pick(rnd, PROCEDURES)},${owner},${eDate(received)},${dmy(due)},${eDate(eResult)},` +
          `${eDate(eResult)},${status}`,
      );
    }
    if (kind !== 'missing-in-paper') {
      stt++;
      const typed = rnd() < 0.05 ? code.toLowerCase().replace('-', ' - ') : code;
      const pReceived = kind === 'received-mismatch' ? received + 1 : received;
      const late = pResult !== null && pResult > due;
      const apology = late && kind !== 'masked-late' ? 'Có' : '';
      p.line(
        `${stt},${typed},${unit},${dmy(pReceived)} ${clock()},${dmy(due)} 16:30,` +
          `${pResult === null ? '' : `${dmy(pResult)} ${clock()}`},${apology}`,
      );
    }
    if (kind === 'masked-late') planted.maskedLate++;
    else if (kind === 'missing-in-paper') planted.missingInPaper++;
    else if (kind === 'missing-in-electronic') planted.missingInElectronic++;
    else if (kind === 'received-mismatch') planted.receivedMismatch++;
    else if (kind === 'withdrawn-electronic') planted.withdrawnElectronic++;
  }
  return { electronic, paper, electronicBytes: e.close(), paperBytes: p.close(), planted, asOf: AS_OF };
}
