/**
 * The wording of the settlement-results form (mẫu II.06a/VPCP/KSTT), in English and Vietnamese: the
 * title, the column groups and columns as the printed form names them, what a row stands for, the
 * period rule and the rates. Typed so that a text missing in one language does not compile;
 * test/messages/form-catalogue.test.ts checks the Vietnamese is there and is not a copy.
 */
import type { Channel } from '../core/channel.js';
import type { FormColumn } from '../core/form-report.js';
import type { FormRows } from '../core/form.js';
import type { PeriodBy } from '../core/period.js';
import type { Source } from '../core/types.js';
import type { Lang } from './lang.js';

export type FormGroup = 'received' | 'resolved' | 'inProgress' | 'extra';

export interface FormWords {
  title: string;
  groups: Record<FormGroup, string>;
  columns: Record<FormColumn, string>;
  /** Heading of each label column, per `--rows`. */
  rows: Record<FormRows, readonly string[]>;
  channels: Record<Channel, string>;
  sources: Record<Source, string>;
  number: string;
  source: string;
  total: string;
  notGiven: string;
  differs: string;
  period: (from: string | null, to: string) => string;
  periodBy: Record<PeriodBy, string>;
  resultDate: string;
  /** "Electronic: 526 resolved — before the due date 509 (96.77%), on time 16 (3.04%), late 1 (0.19%)". */
  rates: (source: string, resolved: string, before: string, onTime: string, late: string) => string;
  /** What the percentages are shares of, and their decimals. */
  ratesOf: (decimals: number) => string;
  sums: string;
  /** "Decision 766 indicator 2.1 (timeliness), electronic: (…) / (…) = 537 / 538 = 99.81%". */
  qd766: (source: string, timely: string, handled: string, percent: string) => string;
}

const en: FormWords = {
  title: 'Settlement results of administrative procedures (form II.06a/VPCP/KSTT)',
  groups: {
    received: 'Received to handle',
    resolved: 'Resolved in the period',
    inProgress: 'In progress at the end',
    extra: 'Not on the printed form',
  },
  columns: {
    receivedTotal: 'Total',
    receivedOnline: 'Online',
    receivedDirect: 'In person or by post',
    carriedOver: 'Carried over',
    resolvedTotal: 'Total',
    resolvedBefore: 'Before due date',
    resolvedOnTime: 'On time',
    resolvedLate: 'Late',
    inProgressTotal: 'Total',
    inProgressWithin: 'Within time',
    inProgressOverdue: 'Overdue',
    receivedChannelUnknown: 'Channel not recorded',
    withdrawn: 'Withdrawn',
    rejected: 'Rejected',
    stopped: 'Stopped',
    closedWithoutReason: 'Of these, no reason given',
    lateWithApology: 'Late, with apology',
    overdueWithApology: 'Overdue, with apology',
  },
  rows: {
    field: ['Field'],
    unit: ['Unit'],
    procedure: ['Procedure'],
    'procedure-code': ['Procedure code'],
    channel: ['Channel'],
    'unit-field': ['Unit', 'Field'],
    month: ['Month'],
    quarter: ['Quarter'],
  },
  channels: {
    'online-full': 'online, fully',
    'online-partial': 'online, partly',
    online: 'online',
    direct: 'in person',
    postal: 'public postal service',
  },
  sources: { electronic: 'Electronic', paper: 'Paper' },
  number: 'No.',
  source: 'Source',
  total: 'Total',
  notGiven: '(not given)',
  differs: 'Differs',
  period: (from, to) => (from === null ? `period: up to ${to}` : `period: ${from} to ${to}`),
  periodBy: {
    received: 'dossiers received in the period',
    resolved: 'dossiers resolved in the period',
    activity: 'every dossier open at any time in the period; counted at its last day',
  },
  resultDate: 'result date',
  rates: (source, resolved, before, onTime, late) =>
    `${source}: ${resolved} resolved — before the due date ${before}, on time ${onTime}, late ${late}`,
  ratesOf: (d) =>
    `percentages of the dossiers resolved in the period, ${d} decimal${d === 1 ? '' : 's'}, rounded half up`,
  sums: '(1) = (2) + (3) + (4) + channel not recorded; (5) = (6) + (7) + (8); (9) = (10) + (11)',
  qd766: (source, timely, handled, percent) =>
    `Decision 766 indicator 2.1 (timeliness), ${source}: ((6) + (7) + (10) − more than one supplement request) / ` +
    `((5) + (9)) = ${timely} / ${handled} = ${percent}`,
};

const vi: FormWords = {
  title: 'Tình hình, kết quả giải quyết thủ tục hành chính (mẫu II.06a/VPCP/KSTT)',
  groups: {
    received: 'Số hồ sơ nhận giải quyết',
    resolved: 'Số hồ sơ đã giải quyết',
    inProgress: 'Số hồ sơ đang giải quyết',
    extra: 'Ngoài biểu mẫu',
  },
  columns: {
    receivedTotal: 'Tổng số',
    receivedOnline: 'Trực tuyến',
    receivedDirect: 'Trực tiếp, bưu chính',
    carriedOver: 'Kỳ trước chuyển qua',
    resolvedTotal: 'Tổng số',
    resolvedBefore: 'Trước hạn',
    resolvedOnTime: 'Đúng hạn',
    resolvedLate: 'Quá hạn',
    inProgressTotal: 'Tổng số',
    inProgressWithin: 'Trong hạn',
    inProgressOverdue: 'Quá hạn',
    receivedChannelUnknown: 'Không rõ kênh nộp',
    withdrawn: 'Rút hồ sơ',
    rejected: 'Từ chối',
    stopped: 'Dừng xử lý',
    closedWithoutReason: 'Trong đó không ghi lý do',
    lateWithApology: 'Quá hạn có xin lỗi',
    overdueWithApology: 'Đang quá hạn có xin lỗi',
  },
  rows: {
    field: ['Lĩnh vực'],
    unit: ['Đơn vị'],
    procedure: ['Thủ tục'],
    'procedure-code': ['Mã TTHC'],
    channel: ['Kênh nộp'],
    'unit-field': ['Đơn vị', 'Lĩnh vực'],
    month: ['Tháng'],
    quarter: ['Quý'],
  },
  channels: {
    'online-full': 'trực tuyến toàn trình',
    'online-partial': 'trực tuyến một phần',
    online: 'trực tuyến',
    direct: 'trực tiếp',
    postal: 'bưu chính công ích',
  },
  sources: { electronic: 'Điện tử', paper: 'Sổ giấy' },
  number: 'STT',
  source: 'Nguồn',
  total: 'Tổng cộng',
  notGiven: '(không ghi)',
  differs: 'Lệch',
  period: (from, to) => (from === null ? `kỳ báo cáo: đến ngày ${to}` : `kỳ báo cáo: từ ngày ${from} đến ngày ${to}`),
  periodBy: {
    received: 'hồ sơ tiếp nhận trong kỳ',
    resolved: 'hồ sơ giải quyết xong trong kỳ',
    activity: 'mọi hồ sơ đang mở vào một lúc nào đó trong kỳ; tính tại ngày cuối kỳ',
  },
  resultDate: 'ngày có kết quả',
  rates: (source, resolved, before, onTime, late) =>
    `${source}: đã giải quyết ${resolved} — trước hạn ${before}, đúng hạn ${onTime}, quá hạn ${late}`,
  ratesOf: (d) => `tỷ lệ % trên số hồ sơ đã giải quyết trong kỳ, làm tròn ${d} chữ số thập phân (từ 5 làm tròn lên)`,
  sums: '(1) = (2) + (3) + (4) + không rõ kênh nộp; (5) = (6) + (7) + (8); (9) = (10) + (11)',
  qd766: (source, timely, handled, percent) =>
    `Chỉ số 2.1 Quyết định 766 (tiến độ giải quyết), ${source}: ((6) + (7) + (10) − hồ sơ yêu cầu bổ sung quá một ` +
    `lần) / ((5) + (9)) = ${timely} / ${handled} = ${percent}`,
};

export const FORM_WORDS: Readonly<Record<Lang, FormWords>> = { en, vi };
