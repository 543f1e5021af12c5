/**
 * The benchmark's second synthetic pair, `--profile dirty`: the same dossiers, units, codes and date
 * shapes as the clean pair (bench-data.mjs), but about 17% of dossiers disagree or are wrong in one of
 * the ways the audit reports, so the report is large (≈ 50,000 findings at 300,000 + 300,000 rows):
 *
 * - masked lateness (late or never returned on paper, on time or early in the electronic system);
 * - other status mismatches (late vs on time, early vs on time, withdrawn on one side only, pending vs
 *   resolved);
 * - due / receipt / result dates typed differently in the register; a register naming another unit;
 * - dossiers missing on either side; codes repeated within one source (an exact copy, an earlier
 *   version without a result, a copy with another due date or a later result);
 * - late dossiers without an apology, apologies dated after the due date (apology column with Có /
 *   Không / a date);
 * - invalid dates (due or result before receipt, unreadable result dates such as 31/02/2024);
 * - status labels that store a class (Trước hạn, Đúng hạn, Trễ hạn) contradicting the dates;
 * - rejected / returned dossiers with an empty reason (electronic "Lý do trả lại" column);
 * - withdrawals on both sides, an empty electronic unit (the register's unit is used).
 *
 * Noise that must NOT raise a finding: unit names on paper in upper case, without diacritics, in NFD or
 * with doubled spaces; codes typed in lower case with spaces; national status codes (4, 10) in some
 * units and class labels in others; times after some dates; a free-text "Ghi chú" column.
 *
 * Deterministic (same seed and rows → same bytes) and streamed to disk line by line: memory does not
 * grow with the row count (only a map of per-unit-and-day code sequences, ≤ 40 × 730 entries).
 */
import { join } from 'node:path';
import {
  AS_OF,
  ELECTRONIC_HEADER,
  ownerName,
  PAPER_HEADER,
  PERIOD_DAYS,
  PERIOD_START,
  PROCEDURES,
  UNITS,
} from './bench-data.mjs';
import { clockText, daysFromCivil, dmy, dossierCode, makeRandom, openWriter, pick } from './bench-rows.mjs';

export const DIRTY_ELECTRONIC_HEADER = `${ELECTRONIC_HEADER},Lý do trả lại`;
export const DIRTY_PAPER_HEADER = `${PAPER_HEADER},Tình trạng,Ghi chú`;

/** What is planted and in what share of dossiers (one plant per dossier at most): 17.6% in all. */
export const DIRTY_PLANTS = [
  ['masked-late', 0.02],
  ['status-mismatch', 0.015],
  ['due-date-mismatch', 0.015],
  ['received-date-mismatch', 0.015],
  ['completed-date-mismatch', 0.015],
  ['unit-mismatch', 0.01],
  ['missing-in-paper', 0.015],
  ['missing-in-electronic', 0.015],
  ['duplicate-code', 0.012],
  ['apology-late', 0.005],
  ['invalid-dates', 0.012],
  ['status-label-mismatch', 0.007],
  ['returned-without-reason', 0.005],
  ['rejected-with-reason', 0.005],
  ['withdrawn-both', 0.008],
  ['no-electronic-unit', 0.002],
];

/** Unreadable optional dates, as they turn up in typed registers and broken exports. */
const BAD_DATES = ['31/02/2024', '30/02/2023', 'chưa rõ', '00/00/0000', '32/01/2024', '15/13/2023'];
const REASONS = [
  '"Thiếu giấy tờ, không bổ sung"',
  'Không thuộc thẩm quyền',
  'Hồ sơ không hợp lệ',
  '"Sai thông tin chủ hồ sơ, đề nghị nộp lại"',
];
const NOTES = ['"Đã gọi điện, hẹn lại"', 'Bổ sung giấy tờ', 'Nhận thay', '"Chuyển phòng TN-MT, chờ ý kiến"'];
const REJECTED = ['Từ chối', 'Trả lại', 'Không được tiếp nhận'];
const PAPER_REJECTED = 'Trả lại';
const WITHDRAWN_E = ['Rút hồ sơ', 'Công dân yêu cầu rút hồ sơ'];
const WITHDRAWN_P = ['Rút hồ sơ', 'Đã rút'];
const STOPPED = 'Dừng xử lý';

/** Units that write the class itself as status (Trước hạn, …), and units that write national codes. */
const labelUnit = (unitIndex) => unitIndex % 10 === 3;
const codeUnit = (unitIndex) => unitIndex % 10 === 7;

const asOfDay = daysFromCivil(2024, 12, 31);
if (dmy(asOfDay) !== '31/12/2024' || AS_OF !== '2024-12-31') throw new Error('bench-data-dirty: as-of out of step');

/** The tool's class at the as-of date from dates alone (no status). */
function classOf(result, due) {
  if (result !== null && result <= asOfDay)
    return result < due ? 'before-deadline' : result === due ? 'on-time' : 'late';
  return asOfDay <= due ? 'pending-not-due' : 'pending-overdue';
}
const isLate = (c) => c === 'late' || c === 'pending-overdue';

/** Spellings of a unit name that fold to the same key (case, diacritics, Unicode form, spaces). */
function respell(rnd, unit) {
  const v = Math.floor(rnd() * 4);
  if (v === 0) return unit.toUpperCase();
  if (v === 1)
    return unit
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
  if (v === 2) return unit.normalize('NFD');
  return unit.replace(' ', '  ');
}

/**
 * Write `electronic.csv` and `paper.csv` (dirty profile) for `rows` dossiers into `dir`. Returns the
 * paths, sizes and how many dossiers of each plant were written (for the report only: the benchmark
 * checks the tool against DuckDB, not against these counts — one plant can raise several findings).
 */
export function generateDirtyPair(dir, rows, seed = 20240101) {
  const rnd = makeRandom(seed);
  const electronic = join(dir, 'electronic.csv');
  const paper = join(dir, 'paper.csv');
  const ew = openWriter(electronic);
  const pw = openWriter(paper);
  ew.line(DIRTY_ELECTRONIC_HEADER);
  pw.line(DIRTY_PAPER_HEADER);
  const start = daysFromCivil(PERIOD_START.y, PERIOD_START.m, PERIOD_START.d);
  const end = start + PERIOD_DAYS - 1;
  const sequence = new Map();
  const planted = Object.fromEntries(DIRTY_PLANTS.map(([name]) => [name, 0]));
  const thresholds = [];
  let acc = 0;
  for (const [name, share] of DIRTY_PLANTS) {
    acc += share;
    thresholds.push([name, acc]);
  }
  let stt = 0;
  const clock = () => clockText(rnd);
  const eDate = (day) => (day === null ? '' : rnd() < 0.15 ? `${dmy(day)} ${clock()}` : dmy(day));

  /** Electronic status when none was planted: by the unit's habit and the record's own dates. */
  const autoStatus = (unitIndex, e) => {
    const result = (e.completedText === undefined ? e.completed : null) ?? e.returned;
    const c = classOf(result, e.due);
    const pending = c === 'pending-not-due' || c === 'pending-overdue';
    if (labelUnit(unitIndex))
      return pending ? 'Đang xử lý' : c === 'before-deadline' ? 'Trước hạn' : c === 'on-time' ? 'Đúng hạn' : 'Trễ hạn';
    if (codeUnit(unitIndex)) return pending ? '4' : '10';
    return pending ? 'Đang xử lý' : unitIndex % 2 === 0 ? 'Hoàn thành' : 'Đã trả kết quả';
  };
  const eLine = (code, unitIndex, e) => {
    const owner = ownerName(rnd);
    const completed = e.completedText ?? eDate(e.completed);
    const status = e.status ?? autoStatus(unitIndex, e);
    return (
      `${code},${e.unit},${pick(rnd, PROCEDURES)},${owner},${eDate(e.received)},${dmy(e.due)},${completed},` +
      `${eDate(e.returned)},${status},${e.reason}`
    );
  };
  const pLine = (typed, p) => {
    stt++;
    const returned = p.returnedText ?? (p.result === null ? '' : `${dmy(p.result)} ${clock()}`);
    return (
      `${stt},${typed},${p.unit},${dmy(p.received)} ${clock()},${dmy(p.due)} 16:30,${returned},${p.apology},` +
      `${p.status},${p.note}`
    );
  };

  for (let i = 0; i < rows; i++) {
    const unitIndex = Math.floor(rnd() * UNITS.length);
    const unit = UNITS[unitIndex];
    const received = start + Math.floor(rnd() * PERIOD_DAYS);
    const key = unitIndex * 100000 + received;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    const code = dossierCode(unitIndex, received, seq);
    const due = received + 3 + Math.floor(rnd() * 12);
    const pending = due >= end ? rnd() < 0.6 : rnd() < 0.002;
    let result = null;
    if (!pending) {
      const r = rnd();
      const delta = r < 0.7 ? -1 - Math.floor(rnd() * 3) : r < 0.95 ? 0 : 1 + Math.floor(rnd() * 4);
      result = Math.min(due + delta, end);
      if (result < received) result = received;
    }
    // Each side's record; `status: null` = by the unit's habit, `apology: null` = by the paper class.
    const e = { present: true, unit, received, due, completed: result, returned: result, status: null, reason: '' };
    const p = { present: true, unit, received, due, result, status: '', apology: null, note: '' };
    let duplicate = null;

    const roll = rnd();
    let plant = 'none';
    for (const [name, upTo] of thresholds) {
      if (roll < upTo) {
        plant = name;
        break;
      }
    }
    const resolve = (side, day) => {
      if (side === e) e.completed = e.returned = day;
      else p.result = day;
    };
    switch (plant) {
      case 'masked-late':
        if (result === null || due + 1 > end) plant = 'none';
        else if (rnd() < 0.7) {
          resolve(p, due + 1 + Math.floor(rnd() * Math.min(5, end - due)));
          resolve(e, rnd() < 0.5 ? due : due - 1 - Math.floor(rnd() * 2));
        } else {
          resolve(p, null); // never written back in the register: pending, overdue
          resolve(e, due);
        }
        break;
      case 'status-mismatch': {
        if (result === null) {
          plant = 'none';
          break;
        }
        let v = Math.floor(rnd() * 5);
        if (v === 0 && due + 3 > end) v = 3;
        if (v === 0) {
          resolve(e, due + 1 + Math.floor(rnd() * 3)); // late in the system, on time on paper
          resolve(p, due);
        } else if (v === 1) {
          resolve(e, due - 2);
          resolve(p, due);
        } else if (v === 2) {
          p.status = pick(rnd, WITHDRAWN_P);
          resolve(p, null);
        } else if (v === 3) {
          e.status = rnd() < 0.7 ? pick(rnd, WITHDRAWN_E) : STOPPED;
          resolve(e, null);
        } else {
          resolve(e, null); // still open in the system, returned on paper
        }
        break;
      }
      case 'due-date-mismatch':
        p.due = due + pick(rnd, [-2, -1, 1, 2, 3]);
        break;
      case 'received-date-mismatch':
        p.received = received + (rnd() < 0.5 ? 1 : -1);
        break;
      case 'completed-date-mismatch':
        if (result === null) plant = 'none';
        else if (result + 1 <= end && (rnd() < 0.5 || result - 1 < received)) resolve(p, result + 1);
        else if (result - 1 >= received) resolve(p, result - 1);
        else plant = 'none';
        break;
      case 'unit-mismatch':
        p.unit = UNITS[(unitIndex + 1 + Math.floor(rnd() * (UNITS.length - 1))) % UNITS.length];
        break;
      case 'missing-in-paper':
        p.present = false;
        break;
      case 'missing-in-electronic':
        e.present = false;
        break;
      case 'duplicate-code': {
        const v = Math.floor(rnd() * 5);
        duplicate = ['e-copy', 'p-copy', 'e-pending', 'p-due', 'e-later'][v];
        if (duplicate === 'e-pending' && result === null) duplicate = 'e-copy';
        if (duplicate === 'e-later' && (result === null || result + 1 > end)) duplicate = 'p-copy';
        break;
      }
      case 'apology-late':
        if (result === null || due + 4 > end) plant = 'none';
        else {
          const late = due + 1 + Math.floor(rnd() * 3);
          resolve(e, late);
          resolve(p, late);
          p.apology = dmy(due + 1 + Math.floor(rnd() * 2));
        }
        break;
      case 'invalid-dates': {
        let v = Math.floor(rnd() * 5);
        if ((v === 2 || v === 4) && result === null) v = 0;
        if (v === 0) e.due = received - 1 - Math.floor(rnd() * 3);
        else if (v === 1) p.due = p.received - 1 - Math.floor(rnd() * 3);
        else if (v === 2) e.completedText = pick(rnd, BAD_DATES);
        else if (v === 3) p.returnedText = pick(rnd, BAD_DATES);
        else resolve(e, received - 1 - Math.floor(rnd() * 5));
        break;
      }
      case 'status-label-mismatch': {
        if (result === null) {
          plant = 'none';
          break;
        }
        const c = classOf(result, due);
        e.status =
          c === 'late'
            ? pick(rnd, ['Đúng hạn', 'Trước hạn'])
            : c === 'on-time'
              ? pick(rnd, ['Trước hạn', 'Trễ hạn'])
              : pick(rnd, ['Đúng hạn', 'Quá hạn']);
        break;
      }
      case 'returned-without-reason':
      case 'rejected-with-reason':
        e.status = pick(rnd, REJECTED);
        resolve(e, null);
        e.reason = plant === 'rejected-with-reason' ? pick(rnd, REASONS) : '';
        if (plant === 'rejected-with-reason' || rnd() < 0.7) {
          p.status = PAPER_REJECTED;
          resolve(p, null);
        }
        break;
      case 'withdrawn-both':
        e.status = pick(rnd, WITHDRAWN_E);
        p.status = pick(rnd, WITHDRAWN_P);
        resolve(e, null);
        resolve(p, null);
        break;
      case 'no-electronic-unit':
        e.unit = '';
        break;
    }
    if (plant !== 'none') planted[plant]++;

    // Noise that raises no finding.
    if (p.unit === unit && rnd() < 0.03) p.unit = respell(rnd, unit);
    if (e.completedText === undefined && e.completed !== null && rnd() < 0.1) e.completedText = '';
    if (p.apology === null) {
      const c = p.status === '' ? classOf(p.returnedText === undefined ? p.result : null, p.due) : 'withdrawn';
      const r = rnd();
      if (isLate(c)) p.apology = r < 0.85 ? 'Có' : r < 0.9 ? dmy(p.due - 1) : r < 0.95 ? 'Không' : '';
      else p.apology = r < 0.7 ? '' : 'Không';
    }
    if (p.status === '' && rnd() < 0.1) p.status = p.result === null ? 'Đang giải quyết' : 'Đã trả kết quả';
    if (rnd() < 0.02) p.note = pick(rnd, NOTES);

    if (e.present) {
      if (duplicate === 'e-pending') ew.line(eLine(code, unitIndex, { ...e, completed: null, returned: null }));
      const line = eLine(code, unitIndex, e);
      ew.line(line);
      if (duplicate === 'e-copy') ew.line(line);
      if (duplicate === 'e-later')
        ew.line(eLine(code, unitIndex, { ...e, completed: result + 1, returned: result + 1 }));
    }
    if (p.present) {
      const typed = rnd() < 0.05 ? code.toLowerCase().replace('-', ' - ') : code;
      pw.line(pLine(typed, p));
      if (duplicate === 'p-copy') pw.line(pLine(typed, p));
      if (duplicate === 'p-due') pw.line(pLine(typed, { ...p, due: p.due + 1 }));
    }
  }
  return {
    electronic,
    paper,
    electronicBytes: ew.close(),
    paperBytes: pw.close(),
    planted,
    asOf: AS_OF,
  };
}
