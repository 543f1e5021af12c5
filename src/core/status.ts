/**
 * Status labels → what they say. Exports use the national sync codes (1–10), vendor labels, or store
 * the classification itself ("Trễ hạn"); registers use free Vietnamese or English. Labels are matched
 * after folding (case, diacritics, spaces), so "ĐÃ TRẢ KẾT QUẢ" and "da tra ket qua" are one label.
 */
import { foldText } from './fold.js';
import { STATUS_KINDS, type LabelClass, type StatusKind } from './types.js';

/** The classes a label can state, for a user's own label mappings (config file). */
export const LABEL_CLASSES = ['before-deadline', 'on-time', 'late'] as const satisfies readonly LabelClass[];

export interface StatusMeaning {
  kind: StatusKind | null;
  labelClass: LabelClass | null;
}

const KIND_LABELS: Readonly<Record<StatusKind, readonly string[]>> = {
  new: ['1', 'Mới đăng ký', 'Mới', 'new'],
  received: ['2', 'Được tiếp nhận', 'Đã tiếp nhận', 'Tiếp nhận', 'received'],
  processing: ['4', 'Đang xử lý', 'Đang giải quyết', 'Chờ xử lý', 'processing', 'pending', 'in progress'],
  supplement: [
    '5',
    'Yêu cầu bổ sung giấy tờ',
    'Yêu cầu bổ sung',
    'Chờ bổ sung hồ sơ',
    'Chờ bổ sung',
    'Bổ sung hồ sơ',
    'supplement',
  ],
  financial: ['6', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính', 'financial obligation'],
  resolved: [
    '9',
    'Đã xử lý xong',
    'Xử lý xong',
    'Đã giải quyết',
    'Hoàn thành',
    'Đã hoàn thành',
    'Có kết quả',
    'resolved',
    'completed',
    'done',
  ],
  returned: ['10', 'Đã trả kết quả', 'Trả kết quả', 'returned'],
  rejected: [
    '3',
    'Không được tiếp nhận',
    'Từ chối',
    'Từ chối tiếp nhận',
    'Trả lại',
    'Trả lại hồ sơ',
    'Không giải quyết',
    'rejected',
  ],
  withdrawn: ['7', 'Công dân yêu cầu rút hồ sơ', 'Rút hồ sơ', 'Đã rút', 'Đã rút hồ sơ', 'withdrawn'],
  stopped: ['8', 'Dừng xử lý', 'Tạm dừng', 'Đã dừng', 'stopped'],
};

const CLASS_LABELS: Readonly<Record<LabelClass, readonly string[]>> = {
  'before-deadline': ['Trước hạn', 'Sớm', 'Sớm hạn', 'Đã giải quyết trước hạn', 'before deadline', 'early'],
  'on-time': ['Đúng hạn', 'Đã giải quyết đúng hạn', 'on time'],
  late: ['Quá hạn', 'Trễ hạn', 'Trễ', 'Đã giải quyết quá hạn', 'Quá hạn chưa giải quyết', 'late', 'overdue'],
};

/** Labels that say something but neither a status nor a class ("about to be late"). */
const NEUTRAL_LABELS = ['Sắp trễ', 'Sắp trễ hạn', 'Sắp đến hạn', 'Còn hạn', 'Trong hạn', 'Chưa đến hạn'];

const LABEL_INDEX: ReadonlyMap<string, StatusMeaning> = buildIndex();

function buildIndex(): Map<string, StatusMeaning> {
  const index = new Map<string, StatusMeaning>();
  for (const [kind, labels] of Object.entries(KIND_LABELS) as [StatusKind, readonly string[]][]) {
    for (const label of labels) index.set(foldText(label), { kind, labelClass: null });
  }
  for (const [labelClass, labels] of Object.entries(CLASS_LABELS) as [LabelClass, readonly string[]][]) {
    for (const label of labels) index.set(foldText(label), { kind: null, labelClass });
  }
  for (const label of NEUTRAL_LABELS) index.set(foldText(label), { kind: null, labelClass: null });
  return index;
}

/**
 * What a status label means; `undefined` when the label is unknown (the caller reports it once per
 * distinct value). An empty label means nothing: `{ kind: null, labelClass: null }`.
 */
export function readStatus(label: string, custom?: ReadonlyMap<string, StatusMeaning>): StatusMeaning | undefined {
  const key = foldText(label);
  if (key === '') return { kind: null, labelClass: null };
  return custom?.get(key) ?? LABEL_INDEX.get(key);
}

/** What a user's mapping target means: a status kind or a class; undefined when it is neither. */
export function meaningOfTarget(target: string): StatusMeaning | undefined {
  if ((STATUS_KINDS as readonly string[]).includes(target)) return { kind: target as StatusKind, labelClass: null };
  if ((LABEL_CLASSES as readonly string[]).includes(target)) return { kind: null, labelClass: target as LabelClass };
  return undefined;
}

/** The key a label is looked up by (custom label maps must be keyed this way). */
export function statusKey(label: string): string {
  return foldText(label);
}

/** Statuses that take a dossier out of the rates: withdrawn, rejected, stopped. */
export function isWithdrawnKind(kind: StatusKind | null): boolean {
  return kind === 'withdrawn' || kind === 'rejected' || kind === 'stopped';
}

const APOLOGY_YES = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'da xin loi', 'da lap', 'co phieu']);
const APOLOGY_NO = new Set(['', 'khong', 'k', 'no', 'n', 'false', '0', 'chua', 'chua xin loi', '-']);

/**
 * Whether an apology cell records an apology: yes in any usual way, or a date; `undefined` when the
 * cell says something we cannot read (the caller treats it as recorded and notes it).
 */
export function readApology(cell: string, isDate: (text: string) => boolean): boolean | undefined {
  const key = foldText(cell);
  if (APOLOGY_NO.has(key)) return false;
  if (APOLOGY_YES.has(key)) return true;
  if (isDate(cell)) return true;
  return undefined;
}
