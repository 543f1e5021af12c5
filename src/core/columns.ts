/**
 * Header names → fields. A header matches an alias when both fold to the same key (case, diacritics,
 * Unicode form, spaces and punctuation ignored), so "Mã hồ sơ", "MA HO SO" and "MaHoSo" are one name.
 */
import { foldKey } from './fold.js';
import type { Field } from './types.js';

/** Every name a field is known by. Human headers seen in registers, national sync names, English. */
export const FIELD_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  code: ['Mã hồ sơ', 'MaHoSo', 'Số hồ sơ', 'Mã HS', 'Mã số hồ sơ', 'code', 'record code', 'dossier code'],
  unit: [
    'Đơn vị',
    'Cơ quan',
    'Cơ quan giải quyết',
    'Cơ quan chủ trì giải quyết',
    'TenDonVi',
    'Tên đơn vị',
    'Đơn vị xử lý',
    'Đơn vị giải quyết',
    'Tên cơ quan',
    'Cơ quan thực hiện',
    'Cơ quan tiếp nhận',
    'Đơn vị tiếp nhận',
    'unit',
  ],
  procedure: [
    'Tên thủ tục',
    'Tên TTHC',
    'TenTTHC',
    'Thủ tục',
    'Thủ tục hành chính',
    'Tên thủ tục hành chính',
    'TenThuTuc',
    'procedure',
  ],
  received: [
    'Ngày tiếp nhận',
    'Nhận hồ sơ',
    'Ngày nhận hồ sơ',
    'Ngày nhận',
    'NgayTiepNhan',
    'Ngày tiếp nhận hồ sơ',
    'Tiếp nhận',
    'received',
  ],
  due: [
    'Ngày hẹn trả',
    'Hẹn trả kết quả',
    'Ngày hẹn trả kết quả',
    'Hạn xử lý',
    'NgayHenTra',
    'Hẹn trả',
    'Hạn giải quyết',
    'due',
  ],
  completed: [
    'Ngày có kết quả',
    'Ngày xử lý xong',
    'NgayKetThucXuLy',
    'Ngày kết thúc xử lý',
    'Ngày hoàn thành',
    'completed',
  ],
  returned: ['Ngày trả kết quả', 'Trả kết quả', 'NgayTra', 'Ngày trả', 'NgayTraKetQua', 'returned'],
  status: [
    'Trạng thái',
    'Tình trạng',
    'TrangThaiHoSo',
    'Trạng thái hồ sơ',
    'TrangThai',
    'Tình trạng hồ sơ',
    'Trạng thái xử lý',
    'status',
  ],
  channel: [
    'Hình thức nộp',
    'Kênh',
    'KenhThucHien',
    'Kênh thực hiện',
    'Kênh nộp',
    'Hình thức tiếp nhận',
    'Kênh tiếp nhận',
    'channel',
  ],
  apology: ['Xin lỗi', 'Phiếu xin lỗi', 'Ngày xin lỗi', 'apology'],
  newDate: ['Ngày hẹn lại', 'Hẹn trả lại', 'Ngày hẹn trả lại', 'new date'],
  reason: ['Lý do', 'Lý do trả lại', 'Lý do từ chối', 'reason'],
  procedureCode: ['Mã thủ tục', 'Mã TTHC', 'MaTTHC', 'procedure code'],
  field: ['Lĩnh vực', 'Tên lĩnh vực', 'LinhVuc', 'TenLinhVuc', 'Lĩnh vực thủ tục', 'field'],
  supplementRequested: ['Ngày yêu cầu bổ sung', 'NgayYeuCauBoSung', 'supplement requested'],
  supplementReturned: [
    'Ngày bổ sung',
    'Ngày nhận bổ sung',
    'Ngày công dân bổ sung',
    'NgayBoSung',
    'supplement returned',
  ],
  supplementCount: ['Số lần bổ sung', 'SoLanBoSung', 'supplement count'],
  newDateCount: ['Số lần hẹn lại', 'SoLanHenLai', 'Số lần gia hạn', 'new date count'],
};

/**
 * Headers that look like a field but are not it, with what they are: never mapped by alias, only named
 * in the hint when the field is missing (a user who means it can say so with --map).
 */
export const LOOKALIKE_HEADERS: Readonly<Partial<Record<Field, readonly string[]>>> = {
  received: ['NgayNopHoSo', 'Ngày nộp hồ sơ', 'Ngày nộp', 'Ngày đăng ký'],
  code: ['SoBoHoSo', 'Số bộ hồ sơ', 'STT', 'Số thứ tự'],
  unit: ['MaDonVi', 'Mã đơn vị'],
};

/** Fields a file must have a column for. `unit` may instead come from `--unit-name`. */
export const REQUIRED_FIELDS: readonly Field[] = ['code', 'received', 'due'];

const ALIAS_INDEX: ReadonlyMap<string, Field> = new Map(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [foldKey(name), field] as const),
  ),
);

/** The field a header names, or undefined. */
export function fieldOfHeader(header: string): Field | undefined {
  return ALIAS_INDEX.get(foldKey(header));
}

export interface ColumnMap {
  /** Column index of each mapped field. */
  index: Partial<Record<Field, number>>;
  /** Headers that name a field already taken by an earlier column: `[header, field]`. */
  duplicates: [string, Field][];
}

/**
 * The user's own headers for fields (`--map field=Header`, the config's `columns`): one header, or
 * several candidates (exports of different systems in one run); the first column to match claims it.
 */
export type ColumnOverrides = Partial<Record<Field, string | readonly string[]>>;

/**
 * Map a header row. `overrides` (field → header or headers, from `--map` and the config) win over
 * aliases; the first column to claim a field keeps it.
 */
export function mapColumns(headers: readonly string[], overrides: ColumnOverrides = {}): ColumnMap {
  const index: Partial<Record<Field, number>> = {};
  const duplicates: [string, Field][] = [];
  const overrideIndex = new Map<string, Field>();
  for (const [field, given] of Object.entries(overrides) as [Field, string | readonly string[]][]) {
    for (const header of typeof given === 'string' ? [given] : given) overrideIndex.set(foldKey(header), field);
  }
  headers.forEach((header, i) => {
    const key = foldKey(header);
    const field = overrideIndex.get(key) ?? (overridesClaim(overrides, key) ? undefined : ALIAS_INDEX.get(key));
    if (field === undefined) return;
    if (index[field] === undefined) index[field] = i;
    else duplicates.push([header, field]);
  });
  return { index, duplicates };
}

/** An alias whose field was remapped by the user to another header no longer claims that field. */
function overridesClaim(overrides: ColumnOverrides, key: string): boolean {
  const field = ALIAS_INDEX.get(key);
  return field !== undefined && overrides[field] !== undefined;
}

/** The first header in `headers` that looks like `field` without being it (see LOOKALIKE_HEADERS). */
export function findLookalike(headers: readonly string[], field: Field): string | undefined {
  const keys = new Set((LOOKALIKE_HEADERS[field] ?? []).map(foldKey));
  return headers.find((h) => keys.has(foldKey(h)));
}

/** How many known fields a row of cells names: used to find the header row under title rows. */
export function countKnownHeaders(cells: readonly string[]): number {
  const seen = new Set<Field>();
  for (const cell of cells) {
    const field = ALIAS_INDEX.get(foldKey(cell));
    if (field) seen.add(field);
  }
  return seen.size;
}
