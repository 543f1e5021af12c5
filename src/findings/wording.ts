/**
 * The words of every finding kind, in English and Vietnamese: its title (what the kind is, lower case,
 * for lists and headings) and the message of one finding, worded from its sides and typed arguments;
 * and its short name for a workbook sheet. The type makes a missing language, kind or word a compile
 * error; test/findings/findings.test.ts checks that each Vietnamese text is a translation. Class and
 * source names come from `render/labels.ts`, which holds all other wording.
 */
import type { KeptBecause } from '../core/dedupe.js';
import { isoToViDate } from '../core/day.js';
import type { Source } from '../core/types.js';
import type { Lang } from '../messages/lang.js';
import { LABELS } from '../render/labels.js';
import { dateProblemsOf, type DateProblem, type FindingArgs, type FindingKind } from './args.js';
import type { Finding } from './finding.js';

interface KindWords<K extends FindingKind> {
  title: string;
  message: (f: Finding<K>) => string;
}
export type FindingWording = {
  [K in FindingKind]: KindWords<K>;
};

/** The row of a one-source finding: "e.csv:12". */
const place = (f: Finding): string => {
  const s = f.electronic ?? f.paper;
  return s ? `${s.file}:${s.line}` : '';
};
/** The class of a one-source finding's side. */
const ownClass = (f: Finding) => (f.electronic ?? f.paper)!.class;

const EN = LABELS.en;
const PROBLEMS_EN: Record<DateProblem, string> = {
  'due-before-received': 'due date before the receipt date',
  'completed-before-received': 'completion date before the receipt date',
  'returned-before-received': 'return date before the receipt date',
  'unreadable-completed': 'completion date unreadable',
  'unreadable-returned': 'return date unreadable',
  'unreadable-newDate': 'new appointment date unreadable',
  'unreadable-supplementRequested': 'supplement request date unreadable',
  'unreadable-supplementReturned': 'supplement date unreadable',
};
const LIMIT_EN = { 'calendar-days': 'calendar day', hours: 'hour', 'working-days': 'working day' } as const;
/** "1 working day", "3 working days": English counts agree with their noun. */
const countEn = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const statutoryEn = (f: Finding<'due-date-extended' | 'due-date-too-short'>): string =>
  `${f.args.source}: due ${f.args.due}, statutory ` +
  (f.args.statutoryUnit === 'same-day'
    ? 'same-day limit gives'
    : `${countEn(f.args.statutoryDays, LIMIT_EN[f.args.statutoryUnit ?? 'working-days'])} ` +
      (f.args.statutoryDays === 1 ? 'gives' : 'give')) +
  ` ${f.args.statutoryDue}` +
  (f.args.countedFrom === undefined
    ? ''
    : ` (counted from ${f.args.countedFrom}: received after the cut-off or on a day off)`);

const DAY_OFF_EN: Record<FindingArgs['due-on-day-off']['dayOff'], string> = {
  saturday: 'a Saturday',
  sunday: 'a Sunday',
  holiday: 'a public holiday or a day off',
};
const DAY_OFF_VI: Record<FindingArgs['due-on-day-off']['dayOff'], string> = {
  saturday: 'thứ Bảy',
  sunday: 'Chủ nhật',
  holiday: 'ngày lễ hoặc ngày nghỉ',
};

/** Why the kept row was counted rather than this one (core/dedupe.ts: the first rule that tells them apart). */
const KEPT_EN: Record<KeptBecause, string> = {
  'has-result': 'it has a result date and this one has none',
  'later-result': 'its result date is later',
  'earlier-receipt': 'the same result date, and an earlier receipt date',
  'later-due': 'the same result and receipt dates, and a later due date',
  'other-values': 'the same dates; of the two, it comes first by its other values (never by position)',
  'earlier-line': 'the two rows are identical; it comes first in the files',
};

const en: FindingWording = {
  'masked-late': {
    title: 'masked lateness (late on paper, on time electronically)',
    message: (f) =>
      `paper register: ${EN.classes[f.paper!.class]}, ${countEn(f.paper!.workingDaysLate, 'working day')} ` +
      `past the due date ${f.paper!.due}; electronic system: ${EN.classes[f.electronic!.class]}`,
  },
  'missing-in-electronic': {
    title: 'in the paper register, not in the electronic system',
    message: () => 'recorded in the paper register but not found in the electronic system',
  },
  'missing-in-paper': {
    title: 'in the electronic system, not in the paper register',
    message: () => 'recorded in the electronic system but not found in the paper register',
  },
  'status-mismatch': {
    title: 'the sources classify the dossier differently',
    message: (f) => `electronic: ${EN.classes[f.electronic!.class]}; paper: ${EN.classes[f.paper!.class]}`,
  },
  'due-date-mismatch': {
    title: 'different due dates',
    message: (f) => `due ${f.electronic!.due} electronically, ${f.paper!.due} on paper`,
  },
  'received-date-mismatch': {
    title: 'different receipt dates',
    message: (f) => `received ${f.electronic!.received} electronically, ${f.paper!.received} on paper`,
  },
  'completed-date-mismatch': {
    title: 'different result dates',
    message: (f) => `result ${f.electronic!.result} electronically, ` + `${f.paper!.result} on paper`,
  },
  'unit-mismatch': {
    title: 'different units',
    message: (f) => `unit "${f.electronic!.unit}" electronically, "${f.paper!.unit}" on paper`,
  },
  'duplicate-code': {
    title: 'dossier code repeated in one source',
    message: (f) =>
      `${place(f)} repeats the code of ${f.args.keptFile}:${f.args.keptLine} (${f.args.source}); ` +
      `that row is counted, this one is not: ${KEPT_EN[f.args.keptBecause]}`,
  },
  'late-without-apology': {
    title: 'late with no apology recorded',
    message: () => 'late or overdue, and no apology slip is recorded in either source',
  },
  'apology-late': {
    title: 'apology issued after the original due date',
    message: (f) => `${f.args.source}: apology dated ${f.args.apologyDate}, after the due date ${f.args.due}`,
  },
  'late-apology': {
    title: 'apology issued too close to the due date',
    message: (f) =>
      `${f.args.source}: apology dated ${f.args.apologyDate}, ${f.args.workingDaysBefore} working day(s) before the ` +
      `due date ${f.args.due} (at least ${f.args.required} required)`,
  },
  'missed-new-date': {
    title: 'new date promised in the apology was missed',
    message: (f) => `${f.args.source}: new date ${f.args.newDate} promised, result ${f.args.result ?? 'still pending'}`,
  },
  'repeated-new-date': {
    title: 'a new return date set more than once',
    message: (f) => `${f.args.source}: a new return date was set ${f.args.count} times (once is allowed)`,
  },
  'due-on-day-off': {
    title: 'due date on a weekend or a day off',
    message: (f) => `${f.args.source}: due date ${f.args.due} is ${DAY_OFF_EN[f.args.dayOff]}`,
  },
  'due-date-extended': { title: 'due date later than the statutory time allows', message: statutoryEn },
  'due-date-too-short': { title: 'due date earlier than the statutory time', message: statutoryEn },
  'invalid-dates': {
    title: 'impossible or unreadable dates',
    message: (f) =>
      `${f.args.source}: ${dateProblemsOf(f.args)
        .map((p) => PROBLEMS_EN[p])
        .join('; ')}`,
  },
  'status-label-mismatch': {
    title: 'stored status label contradicts the dates',
    message: (f) => `${f.args.source} says "${f.args.label}" but its dates make it ${EN.classes[ownClass(f)]}`,
  },
  'returned-without-reason': {
    title: 'returned/rejected with no reason given',
    message: (f) => `${f.args.source}: returned or rejected with an empty reason`,
  },
};

const VI = LABELS.vi;
/** Dates in Vietnamese messages are dd/mm/yyyy. */
const d = (iso: string | number | null | undefined): string => (iso == null ? '' : isoToViDate(String(iso)));
const PROBLEMS_VI: Record<DateProblem, string> = {
  'due-before-received': 'ngày hẹn trả trước ngày tiếp nhận',
  'completed-before-received': 'ngày có kết quả trước ngày tiếp nhận',
  'returned-before-received': 'ngày trả kết quả trước ngày tiếp nhận',
  'unreadable-completed': 'không đọc được ngày có kết quả',
  'unreadable-returned': 'không đọc được ngày trả kết quả',
  'unreadable-newDate': 'không đọc được ngày hẹn lại',
  'unreadable-supplementRequested': 'không đọc được ngày yêu cầu bổ sung',
  'unreadable-supplementReturned': 'không đọc được ngày bổ sung',
};
const srcVi = (source: Source): string => VI.sources[source];
const LIMIT_VI = { 'calendar-days': 'ngày (theo ngày lịch)', hours: 'giờ', 'working-days': 'ngày làm việc' } as const;
const statutoryVi = (f: Finding<'due-date-extended' | 'due-date-too-short'>): string =>
  `${srcVi(f.args.source)}: hẹn trả ${d(f.args.due)}, theo thời hạn ` +
  (f.args.statutoryUnit === 'same-day'
    ? 'trong ngày'
    : `${f.args.statutoryDays} ${LIMIT_VI[f.args.statutoryUnit ?? 'working-days']}`) +
  ` là ${d(f.args.statutoryDue)}` +
  (f.args.countedFrom === undefined
    ? ''
    : ` (tính từ ${d(f.args.countedFrom)}: tiếp nhận sau giờ chốt hoặc vào ngày nghỉ)`);

const KEPT_VI: Record<KeptBecause, string> = {
  'has-result': 'dòng đó có ngày có kết quả, dòng này không có',
  'later-result': 'ngày có kết quả của dòng đó muộn hơn',
  'earlier-receipt': 'cùng ngày có kết quả, và dòng đó tiếp nhận sớm hơn',
  'later-due': 'cùng ngày có kết quả và ngày tiếp nhận, và ngày hẹn trả của dòng đó muộn hơn',
  'other-values': 'cùng các ngày; dòng đó đứng trước theo các giá trị khác (không bao giờ theo vị trí)',
  'earlier-line': 'hai dòng giống hệt nhau; dòng đó đứng trước trong tệp',
};

const vi: FindingWording = {
  'masked-late': {
    title: 'sổ giấy quá hạn nhưng hệ thống điện tử ghi đúng/trước hạn',
    message: (f) =>
      `sổ giấy: ${VI.classes[f.paper!.class]} ${f.paper!.workingDaysLate} ngày làm việc so với ngày hẹn trả ` +
      `${d(f.paper!.due)}; hệ thống điện tử: ${VI.classes[f.electronic!.class]}`,
  },
  'missing-in-electronic': {
    title: 'có trong sổ giấy, không có trên hệ thống điện tử',
    message: () => 'có trong sổ theo dõi giấy nhưng không tìm thấy trên hệ thống điện tử',
  },
  'missing-in-paper': {
    title: 'có trên hệ thống điện tử, không có trong sổ giấy',
    message: () => 'có trên hệ thống điện tử nhưng không tìm thấy trong sổ theo dõi giấy',
  },
  'status-mismatch': {
    title: 'hai nguồn phân loại hồ sơ khác nhau',
    message: (f) => `hệ thống điện tử: ${VI.classes[f.electronic!.class]}; sổ giấy: ${VI.classes[f.paper!.class]}`,
  },
  'due-date-mismatch': {
    title: 'ngày hẹn trả khác nhau',
    message: (f) => `hẹn trả ${d(f.electronic!.due)} trên hệ thống, ${d(f.paper!.due)} trong sổ giấy`,
  },
  'received-date-mismatch': {
    title: 'ngày tiếp nhận khác nhau',
    message: (f) => `tiếp nhận ${d(f.electronic!.received)} trên hệ thống, ${d(f.paper!.received)} trong sổ giấy`,
  },
  'completed-date-mismatch': {
    title: 'ngày có kết quả khác nhau',
    message: (f) => `có kết quả ${d(f.electronic!.result)} trên hệ thống, ` + `${d(f.paper!.result)} trong sổ giấy`,
  },
  'unit-mismatch': {
    title: 'đơn vị khác nhau',
    message: (f) => `đơn vị "${f.electronic!.unit}" trên hệ thống, "${f.paper!.unit}" trong sổ giấy`,
  },
  'duplicate-code': {
    title: 'mã hồ sơ bị trùng trong một nguồn',
    message: (f) =>
      `${place(f)} trùng mã với ${f.args.keptFile}:${f.args.keptLine} (${srcVi(f.args.source)}); ` +
      `tính dòng đó, không tính dòng này: ${KEPT_VI[f.args.keptBecause]}`,
  },
  'late-without-apology': {
    title: 'quá hạn nhưng không có phiếu xin lỗi',
    message: () => 'quá hạn nhưng cả hai nguồn đều không ghi nhận phiếu xin lỗi',
  },
  'apology-late': {
    title: 'phiếu xin lỗi lập sau ngày hẹn trả ban đầu',
    message: (f) =>
      `${srcVi(f.args.source)}: phiếu xin lỗi ngày ${d(f.args.apologyDate)}, sau ngày hẹn trả ${d(f.args.due)}`,
  },
  'late-apology': {
    title: 'phiếu xin lỗi lập quá sát ngày hẹn trả',
    message: (f) =>
      `${srcVi(f.args.source)}: phiếu xin lỗi ngày ${d(f.args.apologyDate)}, trước ngày hẹn trả ${d(f.args.due)} ` +
      `${f.args.workingDaysBefore} ngày làm việc (phải ít nhất ${f.args.required} ngày)`,
  },
  'missed-new-date': {
    title: 'không trả kết quả đúng ngày hẹn lại',
    message: (f) =>
      `${srcVi(f.args.source)}: hẹn lại ngày ${d(f.args.newDate)}, ` +
      `kết quả ${f.args.result ? d(f.args.result) : 'vẫn chưa có'}`,
  },
  'repeated-new-date': {
    title: 'hẹn lại ngày trả kết quả quá một lần',
    message: (f) => `${srcVi(f.args.source)}: đã hẹn lại ${f.args.count} lần (chỉ được hẹn lại một lần)`,
  },
  'due-on-day-off': {
    title: 'ngày hẹn trả rơi vào ngày nghỉ',
    message: (f) => `${srcVi(f.args.source)}: ngày hẹn trả ${d(f.args.due)} là ${DAY_OFF_VI[f.args.dayOff]}`,
  },
  'due-date-extended': { title: 'ngày hẹn trả dài hơn thời hạn quy định', message: statutoryVi },
  'due-date-too-short': { title: 'ngày hẹn trả ngắn hơn thời hạn quy định', message: statutoryVi },
  'invalid-dates': {
    title: 'ngày tháng vô lý hoặc không đọc được',
    message: (f) =>
      `${srcVi(f.args.source)}: ${dateProblemsOf(f.args)
        .map((p) => PROBLEMS_VI[p])
        .join('; ')}`,
  },
  'status-label-mismatch': {
    title: 'trạng thái ghi sẵn trái với ngày tháng',
    message: (f) => `${srcVi(f.args.source)} ghi "${f.args.label}" nhưng theo ngày tháng là ${VI.classes[ownClass(f)]}`,
  },
  'returned-without-reason': {
    title: 'trả lại/từ chối hồ sơ không nêu lý do',
    message: (f) => `${srcVi(f.args.source)}: trả lại hoặc từ chối hồ sơ mà không ghi lý do`,
  },
};

export const FINDING_WORDING: Record<Lang, FindingWording> = { en, vi };

/** What a kind is, lower case: "different due dates". */
export function kindTitle(kind: FindingKind, lang: Lang): string {
  return FINDING_WORDING[lang][kind].title;
}

/** One finding in words. */
export function messageOf(f: Finding, lang: Lang): string {
  return wordFinding(f, FINDING_WORDING[lang]);
}

function wordFinding<K extends FindingKind>(f: Finding<K>, words: FindingWording): string {
  return words[f.kind].message(f);
}

/**
 * A kind's sheet name in the workbook (`--xlsx-sheets per-kind`): short, at most 26 characters so that
 * a continuation suffix " (99)" keeps it within Excel's 31, none of Excel's forbidden characters.
 */
const KIND_SHEETS: Record<Lang, Record<FindingKind, string>> = {
  en: {
    'masked-late': 'Masked late',
    'missing-in-electronic': 'Not in electronic',
    'missing-in-paper': 'Not in paper register',
    'status-mismatch': 'Classes differ',
    'due-date-mismatch': 'Due dates differ',
    'received-date-mismatch': 'Receipt dates differ',
    'completed-date-mismatch': 'Result dates differ',
    'unit-mismatch': 'Units differ',
    'duplicate-code': 'Duplicate codes',
    'late-without-apology': 'Late, no apology',
    'apology-late': 'Apology after due date',
    'late-apology': 'Apology too close to due',
    'missed-new-date': 'New date missed',
    'repeated-new-date': 'New date set again',
    'due-on-day-off': 'Due on a day off',
    'due-date-extended': 'Due date too long',
    'due-date-too-short': 'Due date too short',
    'invalid-dates': 'Invalid dates',
    'status-label-mismatch': 'Status label vs dates',
    'returned-without-reason': 'Returned, no reason',
  },
  vi: {
    'masked-late': 'Quá hạn bị che giấu',
    'missing-in-electronic': 'Không có trên điện tử',
    'missing-in-paper': 'Không có trong sổ giấy',
    'status-mismatch': 'Phân loại khác nhau',
    'due-date-mismatch': 'Ngày hẹn trả khác nhau',
    'received-date-mismatch': 'Ngày tiếp nhận khác nhau',
    'completed-date-mismatch': 'Ngày có kết quả khác nhau',
    'unit-mismatch': 'Đơn vị khác nhau',
    'duplicate-code': 'Mã hồ sơ bị trùng',
    'late-without-apology': 'Quá hạn không xin lỗi',
    'apology-late': 'Xin lỗi sau ngày hẹn trả',
    'late-apology': 'Xin lỗi quá sát hạn',
    'missed-new-date': 'Trễ ngày hẹn lại',
    'repeated-new-date': 'Hẹn lại quá một lần',
    'due-on-day-off': 'Hẹn trả vào ngày nghỉ',
    'due-date-extended': 'Hẹn trả dài hơn quy định',
    'due-date-too-short': 'Hẹn trả ngắn hơn quy định',
    'invalid-dates': 'Ngày tháng vô lý',
    'status-label-mismatch': 'Trạng thái trái ngày',
    'returned-without-reason': 'Trả lại không lý do',
  },
};

/** The name of a kind's own sheet: "Masked late". */
export function kindSheetName(kind: FindingKind, lang: Lang): string {
  return KIND_SHEETS[lang][kind];
}
