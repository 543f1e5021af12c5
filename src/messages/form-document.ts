/**
 * The words the settlement-results form needs only as a document (`--form 06a --format html|xlsx`),
 * in English and Vietnamese: the form's number and name as printed at its top, the unit line, the
 * rates' column group, the sheet names, and each column's definition. The column names themselves
 * are those of every other format (messages/form.ts).
 */
import type { FormColumn } from '../core/form-report.js';
import type { Lang } from './lang.js';

export interface FormDocumentWords {
  /** Printed at the form's top corner. */
  formNumber: string;
  /** The form's name, as its title line. */
  name: string;
  /** "Unit: Sở Tư pháp tỉnh Mẫu". */
  unit: (names: string) => string;
  /** Heading of the rates' columns (the workbook's; not on the printed form). */
  rates: string;
  /** A rate column's heading: the column it is a share of, and "%". */
  rate: (column: string) => string;
  /** The form's sheet (the provenance is on the report workbook's About sheet). */
  sheets: { form: string };
  definitionsTitle: string;
  /** When a dossier of the period counts in each column. */
  definitions: Record<FormColumn, string>;
}

const en: FormDocumentWords = {
  formNumber: 'Form II.06a/VPCP/KSTT',
  name: 'Settlement results of administrative procedures',
  unit: (names) => `Unit: ${names}`,
  rates: 'Rates (% of resolved)',
  rate: (column) => `${column} (%)`,
  sheets: { form: 'Form II.06a' },
  definitionsTitle: 'What each column counts',
  definitions: {
    receivedTotal: 'every dossier of the period: (1) = (2) + (3) + (4) + channel not recorded',
    receivedOnline: 'received on or after the period start, online (fully, partly or not said)',
    receivedDirect: 'received on or after the period start, in person or by public postal service',
    carriedOver: 'received before the period start and not resolved before it',
    resolvedTotal: 'result day in the period: (5) = (6) + (7) + (8)',
    resolvedBefore: 'result day before the due day',
    resolvedOnTime: 'result day on the due day',
    resolvedLate: 'result day after the due day',
    inProgressTotal: "no result by the period's last day, and not withdrawn, rejected or stopped: (9) = (10) + (11)",
    inProgressWithin: "the period's last day is on or before the due day",
    inProgressOverdue: "the period's last day is after the due day",
    receivedChannelUnknown: 'newly received, and the channel cell is empty or names no channel (or there is none)',
    withdrawn: 'the status says withdrawn (Rút hồ sơ)',
    rejected: 'the status says rejected or returned (Từ chối, Không được tiếp nhận, Trả lại)',
    stopped: 'the status says stopped (Dừng xử lý)',
    closedWithoutReason: "withdrawn, rejected or stopped, and the source's reason column (Lý do) is empty",
    lateWithApology: 'of (8), those whose record in that source has an apology',
    overdueWithApology: 'of (11), those whose record in that source has an apology',
  },
};

const vi: FormDocumentWords = {
  formNumber: 'Biểu số II.06a/VPCP/KSTT',
  name: 'Tình hình, kết quả giải quyết thủ tục hành chính',
  unit: (names) => `Đơn vị: ${names}`,
  rates: 'Tỷ lệ (% trên số đã giải quyết)',
  rate: (column) => `${column} (%)`,
  sheets: { form: 'Biểu II.06a' },
  definitionsTitle: 'Cách tính từng cột',
  definitions: {
    receivedTotal: 'mọi hồ sơ của kỳ: (1) = (2) + (3) + (4) + không rõ kênh nộp',
    receivedOnline: 'tiếp nhận từ ngày đầu kỳ trở đi, nộp trực tuyến (toàn trình, một phần hoặc không ghi rõ)',
    receivedDirect: 'tiếp nhận từ ngày đầu kỳ trở đi, nộp trực tiếp hoặc qua dịch vụ bưu chính công ích',
    carriedOver: 'tiếp nhận trước ngày đầu kỳ và chưa giải quyết xong trước ngày đó',
    resolvedTotal: 'ngày có kết quả nằm trong kỳ: (5) = (6) + (7) + (8)',
    resolvedBefore: 'ngày có kết quả trước ngày hẹn trả',
    resolvedOnTime: 'ngày có kết quả đúng ngày hẹn trả',
    resolvedLate: 'ngày có kết quả sau ngày hẹn trả',
    inProgressTotal:
      'đến ngày cuối kỳ chưa có kết quả, không rút, không bị từ chối, không dừng xử lý: (9) = (10) + (11)',
    inProgressWithin: 'ngày cuối kỳ chưa qua ngày hẹn trả',
    inProgressOverdue: 'ngày cuối kỳ đã qua ngày hẹn trả',
    receivedChannelUnknown: 'tiếp nhận mới, ô kênh nộp để trống hoặc không ghi kênh nào (hoặc không có cột kênh nộp)',
    withdrawn: 'trạng thái là rút hồ sơ',
    rejected: 'trạng thái là từ chối, không được tiếp nhận hoặc trả lại',
    stopped: 'trạng thái là dừng xử lý',
    closedWithoutReason: 'rút, từ chối hoặc dừng xử lý mà cột lý do của nguồn đó để trống',
    lateWithApology: 'trong số (8), hồ sơ có phiếu xin lỗi trong nguồn đó',
    overdueWithApology: 'trong số (11), hồ sơ có phiếu xin lỗi trong nguồn đó',
  },
};

export const FORM_DOCUMENT_WORDS: Readonly<Record<Lang, FormDocumentWords>> = { en, vi };
