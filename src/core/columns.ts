/**
 * Header names → fields. A header matches an alias when both fold to the same key (case, diacritics,
 * Unicode form, spaces and punctuation ignored), so "Mã hồ sơ", "MA HO SO" and "MaHoSo" are one name.
 */
import { foldKey } from './fold.js';
import type { Field } from './types.js';

/** Every name a field is known by. Human headers seen in registers, national sync names, English. */
export const FIELD_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  code: ['Mã hồ sơ', 'MaHoSo', 'Số hồ sơ', 'Mã HS', 'code', 'record code', 'dossier code'],
  unit: [
    'Đơn vị', 'Cơ quan', 'Cơ quan giải quyết', 'Cơ quan chủ trì giải quyết', 'TenDonVi', 'Tên đơn vị',
    'Đơn vị xử lý', 'Đơn vị giải quyết', 'unit',
  ],
  procedure: ['Tên thủ tục', 'Tên TTHC', 'TenTTHC', 'Thủ tục', 'Thủ tục hành chính', 'procedure'],
  received: ['Ngày tiếp nhận', 'Nhận hồ sơ', 'Ngày nhận hồ sơ', 'Ngày nhận', 'NgayTiepNhan', 'received'],
  due: ['Ngày hẹn trả', 'Hẹn trả kết quả', 'Ngày hẹn trả kết quả', 'Hạn xử lý', 'NgayHenTra', 'due'],
  completed: ['Ngày có kết quả', 'Ngày xử lý xong', 'NgayKetThucXuLy', 'Ngày kết thúc xử lý', 'completed'],
  returned: ['Ngày trả kết quả', 'Trả kết quả', 'NgayTra', 'Ngày trả', 'returned'],
  status: ['Trạng thái', 'Tình trạng', 'TrangThaiHoSo', 'Trạng thái hồ sơ', 'status'],
  channel: ['Hình thức nộp', 'Kênh', 'KenhThucHien', 'Kênh thực hiện', 'Kênh nộp', 'channel'],
  apology: ['Xin lỗi', 'Phiếu xin lỗi', 'apology'],
  newDate: ['Ngày hẹn lại', 'Hẹn trả lại', 'Ngày hẹn trả lại', 'new date'],
  reason: ['Lý do', 'reason'],
  procedureCode: ['Mã thủ tục', 'Mã TTHC', 'MaTTHC', 'procedure code'],
  supplementRequested: ['Ngày yêu cầu bổ sung', 'NgayYeuCauBoSung', 'supplement requested'],
  supplementReturned: ['Ngày bổ sung', 'Ngày nhận bổ sung', 'Ngày công dân bổ sung', 'NgayBoSung', 'supplement returned'],
  supplementCount: ['Số lần bổ sung', 'SoLanBoSung', 'supplement count'],
};

/** Fields a file must have a column for. `unit` may instead come from `--unit`. */
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
 * Map a header row. `overrides` (field → header, from `--map`) win over aliases; the first column to
 * claim a field keeps it.
 */
export function mapColumns(headers: readonly string[], overrides: Partial<Record<Field, string>> = {}): ColumnMap {
  const index: Partial<Record<Field, number>> = {};
  const duplicates: [string, Field][] = [];
  const overrideIndex = new Map<string, Field>();
  for (const [field, header] of Object.entries(overrides) as [Field, string][]) {
    overrideIndex.set(foldKey(header), field);
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
function overridesClaim(overrides: Partial<Record<Field, string>>, key: string): boolean {
  const field = ALIAS_INDEX.get(key);
  return field !== undefined && overrides[field] !== undefined;
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
