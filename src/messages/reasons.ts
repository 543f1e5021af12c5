/**
 * Why one input row was rejected, in English and Vietnamese: the words for the reasons of
 * `core/reasons.ts`, chosen where a reason is shown (stderr, the `--rejects` file, `validate`'s report)
 * in the language of the run.
 *
 * The type makes a reason missing in one language a compile error; `test/messages/reasons-catalogue.test.ts`
 * checks it at run time too, and that no Vietnamese entry is a copy of the English one. Each sentence
 * is written whole in each language; arguments are numbers, field keys and the cell as written.
 */
import type { DateCell, DateField, ReasonArgs as ArgsOf, ReasonId, RowReason } from '../core/reasons.js';
import type { Lang } from './lang.js';

export { rowReason, type DateField, type ReasonId, type RowReason } from '../core/reasons.js';
export type ReasonArgs<K extends ReasonId> = ArgsOf[K];
export type ReasonCatalogue = { readonly [K in ReasonId]: (a: ArgsOf[K]) => string };

const FIELD_EN: Record<DateField, string> = { received: 'received date', due: 'due date (ngày hẹn trả)' };
const FIELD_VI: Record<DateField, string> = { received: 'ngày tiếp nhận', due: 'ngày hẹn trả' };

/** `received date: ` before a date sentence, when the date is a field of a row. */
const atEn = (a: DateCell | { field: DateField | null }): string => (a.field === null ? '' : `${FIELD_EN[a.field]}: `);
const atVi = (a: DateCell | { field: DateField | null }): string => (a.field === null ? '' : `${FIELD_VI[a.field]}: `);
const q = (s: string): string => `"${s}"`;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FORMS_EN = 'expected dd/mm/yyyy, yyyy-mm-dd or an Excel serial number';
const FORMS_VI = 'cần ghi theo dạng dd/mm/yyyy, yyyy-mm-dd hoặc số ngày của Excel';

const en: ReasonCatalogue = {
  // ---- the row as a whole
  fieldCount: (a: { fields: number; expected: number }) =>
    `the row has ${a.fields} fields but the header has ${a.expected} (a missing or extra delimiter, or an unquoted ` +
    `line break)`,
  rowTooLong: (a: { bytes: number; max: number }) =>
    `the row is ${a.bytes} bytes long, over the limit of ${a.max} (--max-row-bytes): not read, not kept (a line end ` +
    `missing, or a quote not closed?)`,
  emptyCode: (_: object) => 'the dossier code is empty (fill it in or remove the row)',
  requiredDateEmpty: (a: { field: DateField }) => `the ${FIELD_EN[a.field]} is empty (it is required)`,

  // ---- a row of the register's printed layout (core/layout-rows.ts): rejected, but not a dossier
  layoutColumnNumbers: (_: object) =>
    'not a dossier: the row numbering the columns of the register ((1), (2), … under the header)',
  layoutTotal: (a: { cell: string }) => `not a dossier: the total row of the register (${q(a.cell)})`,
  layoutSignature: (a: { cell: string }) => `not a dossier: the signature block of the register (${q(a.cell)})`,

  // ---- a date cell that cannot be read
  dateBlank: (a: { field: DateField | null }) => `${atEn(a)}the cell is empty; expected a date (dd/mm/yyyy)`,
  dateNotADate: (a: DateCell) => `${atEn(a)}${q(a.cell)} is not a date; ${FORMS_EN}`,
  dateSerialOutOfRange: (a: DateCell & { min: number; max: number }) =>
    `${atEn(a)}${q(a.cell)} is a number outside the Excel date-serial ` +
    `range ${a.min}–${a.max} (years 1954–2119); ${FORMS_EN}`,
  dateYearDigits: (a: DateCell & { year: string }) =>
    `${atEn(a)}${q(a.cell)} has year ${q(a.year)}: write the year with four digits (dd/mm/yyyy)`,
  dateYearOutOfRange: (a: DateCell & { year: number; min: number; max: number }) =>
    `${atEn(a)}${q(a.cell)} has year ${a.year}, outside ${a.min}–${a.max}`,
  dateMonthFirst: (a: DateCell & { month: number }) =>
    `${atEn(a)}${q(a.cell)} reads as month ${a.month}: dates must be day-first (dd/mm/yyyy)`,
  dateBadMonth: (a: DateCell & { month: number }) => `${atEn(a)}${q(a.cell)} has month ${a.month}: months run 1–12`,
  dateNotReal: (a: DateCell & { year: number; month: number; days: number }) =>
    `${atEn(a)}${q(a.cell)} is not a real date: ` +
    `${MONTH_NAMES[a.month - 1] ?? `month ${a.month}`} ${a.year} has ${a.days} days`,
  dateDayZero: (a: DateCell) => `${atEn(a)}${q(a.cell)} is not a real date: days start at 1`,
  dateBadTime: (a: DateCell) =>
    `${atEn(a)}${q(a.cell)} has an impossible time: hours run 0–23, minutes and seconds 0–59`,
  dateExtraText: (a: DateCell) =>
    `${atEn(a)}${q(a.cell)} has unexpected text around the date; ` +
    'expected a date with an optional time (dd/mm/yyyy HH:mm or HH:mm dd/mm/yyyy)',
  /** Only when asked about a cell that is in fact a date: never a reason the reader gives. */
  dateReadable: (a: DateCell) => `${atEn(a)}${q(a.cell)} is a readable date`,
};

const vi: ReasonCatalogue = {
  fieldCount: (a) =>
    `dòng này có ${a.fields} cột nhưng dòng tiêu đề có ${a.expected} cột (thiếu hoặc thừa dấu phân cách, hoặc có chỗ ` +
    `xuống dòng không nằm trong dấu ngoặc kép)`,
  rowTooLong: (a) =>
    `dòng này dài ${a.bytes} byte, vượt giới hạn ${a.max} (--max-row-bytes): không đọc, không lưu lại (thiếu dấu ` +
    `xuống dòng, hoặc dấu ngoặc kép chưa đóng?)`,
  emptyCode: () => 'mã hồ sơ đang để trống (hãy điền mã hoặc xóa dòng này)',
  requiredDateEmpty: (a) => `${FIELD_VI[a.field]} đang để trống (đây là thông tin bắt buộc)`,

  layoutColumnNumbers: () =>
    'không phải hồ sơ: đây là dòng đánh số thứ tự các cột của sổ ((1), (2), … ngay dưới dòng tiêu đề)',
  layoutTotal: (a) => `không phải hồ sơ: đây là dòng tổng cộng của sổ (${q(a.cell)})`,
  layoutSignature: (a) => `không phải hồ sơ: đây là phần ký tên cuối sổ (${q(a.cell)})`,

  dateBlank: (a) => `${atVi(a)}ô để trống; cần ghi một ngày (dd/mm/yyyy)`,
  dateNotADate: (a) => `${atVi(a)}${q(a.cell)} không phải là ngày; ${FORMS_VI}`,
  dateSerialOutOfRange: (a) =>
    `${atVi(a)}${q(a.cell)} là một số nằm ngoài khoảng số ngày của ` +
    `Excel ${a.min}–${a.max} (tức các năm 1954–2119); ${FORMS_VI}`,
  dateYearDigits: (a) => `${atVi(a)}${q(a.cell)} ghi năm là ${q(a.year)}: năm phải ghi đủ bốn chữ số (dd/mm/yyyy)`,
  dateYearOutOfRange: (a) => `${atVi(a)}${q(a.cell)} có năm ${a.year}, nằm ngoài khoảng ${a.min}–${a.max}`,
  dateMonthFirst: (a) =>
    `${atVi(a)}${q(a.cell)} có vẻ ghi tháng trước ngày (đọc theo ngày/tháng thì thành tháng ${a.month}): ` +
    'ngày phải ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy)',
  dateBadMonth: (a) => `${atVi(a)}${q(a.cell)} có tháng ${a.month}: tháng chỉ từ 1 đến 12`,
  dateNotReal: (a) =>
    `${atVi(a)}${q(a.cell)} không phải là ngày có thật: tháng ${a.month}/${a.year} chỉ có ${a.days} ngày`,
  dateDayZero: (a) => `${atVi(a)}${q(a.cell)} không phải là ngày có thật: ngày trong tháng bắt đầu từ 1`,
  dateBadTime: (a) => `${atVi(a)}${q(a.cell)} có giờ không hợp lệ: giờ từ 0 đến 23, phút và giây từ 0 đến 59`,
  dateExtraText: (a) =>
    `${atVi(a)}${q(a.cell)} có chữ thừa quanh ngày; chỉ được ghi ngày, ` +
    'có thể kèm giờ (dd/mm/yyyy HH:mm hoặc HH:mm dd/mm/yyyy)',
  dateReadable: (a) => `${atVi(a)}${q(a.cell)} là một ngày đọc được`,
};

export const ROW_REASONS: Readonly<Record<Lang, ReasonCatalogue>> = { en, vi };

/** Every reason id, in catalogue order. */
export const REASON_IDS = Object.keys(en) as ReasonId[];

/** The reason as a sentence in `lang`. */
export function reasonText(reason: RowReason, lang: Lang): string {
  const entry = ROW_REASONS[lang][reason.id] as (a: object) => string;
  return entry(reason.args);
}
