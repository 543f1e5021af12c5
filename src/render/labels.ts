/**
 * The report's wording, in English and Vietnamese: column headings, class names, notes, skipped checks,
 * the `validate` and `calendar` texts (a finding kind's title and message are in `findings/wording.ts`).
 * Every key exists in both languages (the type makes a missing one a compile error, and
 * test/messages/labels-catalogue.test.ts checks at run time that each Vietnamese text is there and is
 * a translation, not a copy). Numbers are formatted here: 96.77% / 15,641 in English, 96,77% / 15.641
 * in Vietnamese.
 */
import type { GateResult } from '../core/gates.js';
import type { Note } from '../core/report.js';
import type { Denominator } from '../core/summarise.js';
import type { LayoutKind } from '../core/layout-rows.js';
import type { DossierClass, Source } from '../core/types.js';
import type { FindingColumn } from '../findings/kinds.js';
import type { SkipReason } from '../findings/skipped.js';
import type { Problem, ProblemKind } from '../core/validation.js';

import { isoToViDate } from '../core/day.js';
import type { Lang } from '../messages/lang.js';
import { reasonText } from '../messages/reasons.js';

export { LANGS, langFromEnv, type Lang } from '../messages/lang.js';

export interface Labels {
  classes: Record<DossierClass, string>;
  /** A source named inside a sentence ("electronic: …", "hệ thống điện tử: …"). */
  sources: Record<Source, string>;
  skip: Record<SkipReason, string>;
  /** Headings of the per-unit tables; the findings columns (findings/kinds.ts) each have one. */
  columns: Record<FindingColumn, string> & {
    unit: string;
    records: string;
    electronic: string;
    paper: string;
    e: string;
    p: string;
    before: string;
    onTime: string;
    late: string;
    pendingNotDue: string;
    pendingOverdue: string;
    total: string;
  };
  text: {
    noUnit: string;
    title: (command: string) => string;
    asOf: string;
    period: string;
    all: string;
    from: string;
    to: string;
    /** `layout`: how many of the rejected rows are a paper register's layout rows ('0' or absent: none). */
    inputs: string;
    rows: (read: string, used: string, rejected: string, outside: string, layout?: string) => string;
    findings: string;
    noFindings: string;
    skipped: string;
    notes: string;
    rates: string;
    coverage: string;
    coverageValue: (found: string, paper: string, percent: string) => string;
    resultDate: Record<'auto' | 'completed' | 'returned', string>;
    note: (n: Note) => string;
    gates: string;
    /** The header line of a selection (`--unit`, `--procedure`): what the figures are about. */
    selection: (units: readonly string[], procedures: readonly string[]) => string;
    /** A gate's line; `title`: the title of a `--fail-on` kind in the report's language. */
    gate: (g: GateResult, title?: string) => string;
    rejectedRows: (n: string, file: string) => string;
    moreRejected: (n: string) => string;
    moreFindings: (n: string) => string;
    progress: (done: string, files: string, rows: string, rate: string, file: string) => string;
    /** The progress line after reading: auditing, then writing the outputs. */
    progressPhase: Record<'auditing' | 'writing', (rows: string) => string>;
    /** One stderr line per file for its layout rows: how many, which kinds, and their lines ("2, 120, 121"). */
    layoutRows: (file: string, n: number, kinds: readonly LayoutKind[], lines: string) => string;
    layoutKinds: Record<LayoutKind, string>;
  };
  /** The terminal table's headings (render/unit-table.ts; "\n" breaks one in two) and its legend. */
  grid: {
    records: string;
    resolved: string;
    before: string;
    onTime: string;
    late: string;
    notDue: string;
    overdue: string;
    withdrawn: string;
    missing: string;
    legend: string;
  };
  /** Headings and legends of the report formats (markdown, html, xlsx). */
  report: ReportLabels;
  /** `tthc-audit validate`. */
  validate: ValidateLabels;
  /** `tthc-audit calendar --year`. */
  calendar: {
    title: (year: number) => string;
    computed: string;
    daysOff: string;
    workingDays: string;
    none: string;
    weekdays: readonly string[];
  };
  /** How each denominator counts the rates, in words (`--denominator`). */
  formula: Record<Denominator, string>;
  /** How the rates line names the denominator (Vietnamese: words, not the option's value). */
  denominatorName: Record<Denominator, string>;
  /** A `yyyy-mm-dd` date as the language writes it (dd/mm/yyyy in Vietnamese). */
  date: (iso: string) => string;
  decimal: '.' | ',';
  thousands: ',' | '.';
}

export interface ReportLabels {
  byUnit: string;
  byKind: string;
  units: string;
  generatedBy: string;
  kind: string;
  description: string;
  count: string;
  code: string;
  where: string;
  message: string;
  klass: string;
  received: string;
  resolved: string;
  due: string;
  result: string;
  daysLate: string;
  workingDaysLate: string;
  source: string;
  file: string;
  rowsRead: string;
  rowsUsed: string;
  rowsRejected: string;
  rowsOutside: string;
  encoding: string;
  delimiter: string;
  headerLine: string;
  firstFindings: (shown: string, total: string) => string;
  moreFindings: (n: string) => string;
  chart: string;
  chartHint: string;
  dossiers: (n: string) => string;
  sheets: { summary: string; findings: string; inputs: string };
}

const en: Labels = {
  classes: {
    'before-deadline': 'before deadline',
    'on-time': 'on time',
    late: 'late',
    'pending-not-due': 'pending, not yet due',
    'pending-overdue': 'pending, overdue',
    withdrawn: 'withdrawn/rejected/stopped',
  },
  sources: { electronic: 'electronic', paper: 'paper' },
  skip: {
    'no-apology-column': 'no input has an apology column',
    'no-reason-column': 'no input has a reason column',
    'one-source': 'only one source was given',
    'no-status-label': 'no input has a status column',
    'no-procedures': 'no procedure catalogue given (--procedures)',
    'no-new-date-column': 'no input has a new-date (ngày hẹn lại) column',
  },
  columns: {
    unit: 'Unit',
    records: 'Records',
    electronic: 'Electronic',
    paper: 'Paper',
    e: 'E',
    p: 'P',
    before: 'Before\n%',
    onTime: 'On time\n%',
    late: 'Late\n%',
    pendingNotDue: 'Not due',
    pendingOverdue: 'Overdue',
    missingE: 'Missing\nin E',
    missingP: 'Missing\nin P',
    masked: 'Masked\nlate',
    mismatches: 'Other\nmismatch',
    dataIssues: 'Data\nissues',
    noApology: 'Late, no\napology',
    total: 'TOTAL',
  },
  text: {
    noUnit: '(no unit)',
    title: (c) => (c === 'reconcile' ? 'Electronic system vs paper register' : 'Dossier statistics'),
    asOf: 'As of',
    period: 'Period (by receipt date)',
    all: 'all dates',
    from: 'from',
    to: 'to',
    inputs: 'Inputs',
    rows: (r, u, j, o, l = '0') =>
      `${r} ${r === '1' ? 'row' : 'rows'} read = ${u} used + ${j} rejected` +
      (l !== '0' ? ` (${l} of them not dossiers: column-number, total or signature rows of the register)` : '') +
      (o !== '0' ? `; ${o} outside the period` : ''),
    findings: 'Findings',
    noFindings: 'No findings.',
    skipped: 'Checks skipped',
    notes: 'Notes',
    rates: 'Rates',
    coverage: 'Coverage',
    coverageValue: (found, paper, percent) =>
      `${found} of ${paper} paper dossiers are in the electronic system (${percent})`,
    resultDate: {
      auto: 'result date: completion date, else return date',
      completed: 'result date: completion date',
      returned: 'result date: return date',
    },
    note: (n) => {
      if (n.kind === 'unknown-status')
        return (
          `${n.file}: unknown status label "${n.label}" (${n.count} ${n.count === 1 ? 'row' : 'rows'}): ` +
          'classified by dates only (map it in the config file)'
        );
      if (n.kind === 'calendar-computed')
        return `no holiday notice in the data for ${n.years.join(', ')}: working days computed by rule (add the notice with --calendar)`;
      return n.kind === 'as-of-from-to'
        ? `as-of date ${n.date} taken from --to`
        : `as-of date ${n.date} is the latest date in the inputs (set --as-of to choose)`;
    },
    gates: 'CI gates',
    selection: (units, procedures) =>
      `Selection: ${[
        units.length > 0 ? `units whose name contains ${units.map((u) => `"${u}"`).join(' or ')}` : '',
        procedures.length > 0
          ? `procedures whose name or code contains ${procedures.map((p) => `"${p}"`).join(' or ')}`
          : '',
      ]
        .filter(Boolean)
        .join('; ')} — every figure and finding below is of these dossiers only`,
    // English names the kind as --fail-on takes it; the title is for Vietnamese.
    gate: (g, _title) =>
      `${g.passed ? 'passed' : 'FAILED'}: ${g.gate}${g.kind ? ` ${g.kind}` : ''}` +
      `${g.unit !== null ? ` [${g.unit}]` : ''}${g.source ? ` (${g.source})` : ''}: ` +
      `${g.actual} against ${g.limit}${g.passed ? '' : `, off by ${g.by}`}`,
    rejectedRows: (n, file) => `${n} ${n === '1' ? 'row' : 'rows'} rejected in ${file}`,
    moreRejected: (n) =>
      `… and ${n} more rejected ${n === '1' ? 'row' : 'rows'} (write them all with --rejects <file>)`,
    progressPhase: {
      auditing: (rows) => `${rows} rows read; matching and classifying the dossiers…`,
      writing: (rows) => `${rows} rows read and audited; writing the report…`,
    },
    progress: (done, files, rows, rate, file) =>
      `reading ${file}: ${done}/${files} files done, ${rows} rows, ${rate} rows/s`,
    layoutRows: (file, n, kinds, lines) =>
      `${file}: ${formatCount(n, en)} ${n === 1 ? 'row is not a dossier and was' : 'rows are not dossiers and were'} left out (${kinds.map((k) => en.text.layoutKinds[k]).join(', ')}): ${n === 1 ? 'line' : 'lines'} ${lines}`,
    layoutKinds: { 'column-numbers': 'column numbers', total: 'total', signature: 'signatures' },
    moreFindings: (n) => `… and ${n} more (all of them with --details <file>)`,
  },
  grid: {
    records: 'Records',
    resolved: 'Resolved',
    before: 'Before\ndeadline',
    onTime: 'On time',
    late: 'Late',
    notDue: 'Not\ndue',
    overdue: 'Over-\ndue',
    withdrawn: 'With-\ndrawn',
    missing: 'Missing',
    legend:
      'E: electronic system, P: paper register. Before deadline, on time, late: dossiers and % of resolved. ' +
      'Missing: on the E line, paper dossiers not in the electronic system; on the P line, the reverse.',
  },
  report: {
    byUnit: 'Figures by unit',
    byKind: 'Findings by kind',
    units: 'Unit(s)',
    generatedBy: 'Produced with tthc-audit',
    kind: 'Kind',
    description: 'Description',
    count: 'Count',
    code: 'Dossier code',
    where: 'Where (file:line)',
    message: 'Details',
    klass: 'Class',
    received: 'Received',
    resolved: 'Resolved',
    due: 'Due date',
    result: 'Result date',
    daysLate: 'Days late',
    workingDaysLate: 'Working days late',
    source: 'Source',
    file: 'File',
    rowsRead: 'Rows read',
    rowsUsed: 'Rows used',
    rowsRejected: 'Rows rejected',
    rowsOutside: 'Outside the period',
    encoding: 'Encoding',
    delimiter: 'Delimiter',
    headerLine: 'Header line',
    firstFindings: (shown, total) => `First ${shown} of ${total} findings`,
    moreFindings: (n) =>
      `… and ${n} more ${n === '1' ? 'finding' : 'findings'} ` +
      '(all of them: --format json or ndjson, or --details <file>)',
    chart: 'Dossiers by class: electronic system (E) and paper register (P)',
    chartHint:
      "Each bar is 100% of one source's dossiers for the unit. Red on the paper bar that the electronic bar lacks is lateness the electronic system does not show.",
    dossiers: (n) => `${n} ${n === '1' ? 'dossier' : 'dossiers'}`,
    sheets: { summary: 'Summary', findings: 'Findings', inputs: 'Inputs' },
  },
  validate: validateEn(),
  calendar: {
    title: (year) => `Working-day calendar ${year}`,
    computed: '(no notice for this year in the data: computed by rule)',
    daysOff: 'Days off:',
    workingDays: 'Swapped working days:',
    none: '(none)',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  formula: {
    resolved: 'late / (before + on time + late)',
    due: '(late + pending overdue) / (resolved + pending overdue)',
    workload: '(late + pending overdue) / (resolved + pending not due + pending overdue)',
    qd766:
      '1 − (resolved on or before the due date + pending not yet due − dossiers with more than one supplement request) / (resolved + pending)',
  },
  denominatorName: { resolved: 'resolved', due: 'due', workload: 'workload', qd766: 'qd766' },
  date: (iso) => iso,
  decimal: '.',
  thousands: ',',
};

/** The gates by the words of their options, in Vietnamese (`fail-on` is named by its kind's title). */
const GATE_NAMES_VI: Record<Exclude<GateResult['gate'], 'fail-on'>, string> = {
  'max-late-rate': 'tỷ lệ quá hạn tối đa (--max-late-rate)',
  'max-masked-late': 'số hồ sơ che giấu quá hạn tối đa (--max-masked-late)',
  'min-coverage': 'tỷ lệ hồ sơ sổ giấy có trên hệ thống điện tử tối thiểu (--min-coverage)',
  'not-empty': 'có hồ sơ trong kỳ',
};

const vi: Labels = {
  classes: {
    'before-deadline': 'trước hạn',
    'on-time': 'đúng hạn',
    late: 'quá hạn',
    'pending-not-due': 'đang giải quyết, chưa đến hạn',
    'pending-overdue': 'quá hạn chưa giải quyết',
    withdrawn: 'rút/từ chối/dừng xử lý',
  },
  sources: { electronic: 'hệ thống điện tử', paper: 'sổ giấy' },
  skip: {
    'no-apology-column': 'không tệp nào có cột phiếu xin lỗi',
    'no-reason-column': 'không tệp nào có cột lý do',
    'one-source': 'chỉ có một nguồn dữ liệu',
    'no-status-label': 'không tệp nào có cột trạng thái',
    'no-procedures': 'chưa có danh mục thời hạn giải quyết (--procedures)',
    'no-new-date-column': 'không tệp nào có cột ngày hẹn lại',
  },
  columns: {
    unit: 'Đơn vị',
    records: 'Số hồ sơ',
    electronic: 'Điện tử',
    paper: 'Sổ giấy',
    e: 'ĐT',
    p: 'SG',
    before: 'Trước\nhạn %',
    onTime: 'Đúng\nhạn %',
    late: 'Quá\nhạn %',
    pendingNotDue: 'Chưa\nđến hạn',
    pendingOverdue: 'Quá hạn\nchưa GQ',
    missingE: 'Thiếu\ntrên ĐT',
    missingP: 'Thiếu\ntrong SG',
    masked: 'Che giấu\nquá hạn',
    mismatches: 'Sai lệch\nkhác',
    dataIssues: 'Lỗi\ndữ liệu',
    noApology: 'Quá hạn\nkhông xin lỗi',
    total: 'TỔNG CỘNG',
  },
  text: {
    noUnit: '(không ghi đơn vị)',
    title: (c) => (c === 'reconcile' ? 'Đối chiếu hệ thống điện tử với sổ theo dõi giấy' : 'Thống kê hồ sơ'),
    asOf: 'Tính đến ngày',
    period: 'Kỳ (theo ngày tiếp nhận)',
    all: 'toàn bộ',
    from: 'từ',
    to: 'đến',
    inputs: 'Dữ liệu đầu vào',
    rows: (r, u, j, o, l = '0') =>
      `đọc ${r} dòng = ${u} dòng dùng + ${j} dòng bị loại${l !== '0' ? ` (trong đó ${l} dòng không phải hồ sơ: dòng đánh số cột, dòng tổng cộng hoặc phần ký tên của sổ)` : ''}${o !== '0' ? `; ${o} dòng ngoài kỳ` : ''}`,
    findings: 'Phát hiện',
    noFindings: 'Không có phát hiện.',
    skipped: 'Các kiểm tra bỏ qua',
    notes: 'Ghi chú',
    rates: 'Cách tính tỷ lệ',
    coverage: 'Cập nhật lên hệ thống điện tử',
    coverageValue: (found, paper, percent) =>
      `${found}/${paper} hồ sơ trong sổ giấy có trên hệ thống điện tử (${percent})`,
    resultDate: {
      auto: 'ngày có kết quả: ngày xử lý xong, nếu không có thì ngày trả kết quả',
      completed: 'ngày có kết quả: ngày xử lý xong',
      returned: 'ngày có kết quả: ngày trả kết quả',
    },
    note: (n) => {
      if (n.kind === 'unknown-status')
        return `${n.file}: trạng thái lạ "${n.label}" (${n.count} dòng): chỉ phân loại theo ngày tháng (khai báo trong tệp cấu hình)`;
      if (n.kind === 'calendar-computed')
        return `chưa có thông báo nghỉ lễ của năm ${n.years.join(', ')} trong dữ liệu: ngày làm việc tính theo quy tắc (bổ sung bằng --calendar)`;
      return n.kind === 'as-of-from-to'
        ? `ngày tính đến ${isoToViDate(n.date)} lấy theo --to`
        : `ngày tính đến ${isoToViDate(n.date)} là ngày muộn nhất trong dữ liệu (đặt --as-of để chọn ngày khác)`;
    },
    gates: 'Ngưỡng kiểm tra (CI)',
    selection: (units, procedures) =>
      `Phạm vi: ${[
        units.length > 0 ? `đơn vị có tên chứa ${units.map((u) => `"${u}"`).join(' hoặc ')}` : '',
        procedures.length > 0 ? `thủ tục có tên hoặc mã chứa ${procedures.map((p) => `"${p}"`).join(' hoặc ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')} — mọi số liệu và phát hiện dưới đây chỉ tính các hồ sơ này`,
    gate: (g, title) => {
      const name = g.gate === 'fail-on' ? (title ?? `--fail-on ${g.kind}`) : GATE_NAMES_VI[g.gate];
      const n = (x: number): string => String(x).replace('.', ',');
      return (
        `${g.passed ? 'đạt' : 'KHÔNG ĐẠT'}: ${name}${g.unit !== null ? ` [${g.unit}]` : ''}` +
        `${g.source ? ` (${vi.sources[g.source]})` : ''}: ` +
        `${n(g.actual)} so với ngưỡng ${n(g.limit)}${g.passed ? '' : `, lệch ${n(g.by)}`}`
      );
    },
    rejectedRows: (n, file) => `${n} dòng bị loại trong ${file}`,
    moreRejected: (n) => `… và ${n} dòng bị loại khác (ghi toàn bộ bằng --rejects <tệp>)`,
    progressPhase: {
      auditing: (rows) => `đã đọc ${rows} dòng; đang đối chiếu và phân loại hồ sơ…`,
      writing: (rows) => `đã đọc và kiểm tra ${rows} dòng; đang ghi báo cáo…`,
    },
    progress: (done, files, rows, rate, file) =>
      `đang đọc ${file}: xong ${done}/${files} tệp, ${rows} dòng, ${rate} dòng/giây`,
    layoutRows: (file, n, kinds, lines) =>
      `${file}: ${formatCount(n, vi)} dòng không phải hồ sơ nên không được tính (${kinds.map((k) => vi.text.layoutKinds[k]).join(', ')}): dòng ${lines}`,
    layoutKinds: { 'column-numbers': 'dòng đánh số cột', total: 'dòng tổng cộng', signature: 'phần ký tên' },
    moreFindings: (n) => `… và ${n} hồ sơ khác (xem toàn bộ bằng --details <tệp>)`,
  },
  grid: {
    records: 'Số\nhồ sơ',
    resolved: 'Đã\ngiải quyết',
    before: 'Trước\nhạn',
    onTime: 'Đúng\nhạn',
    late: 'Quá\nhạn',
    notDue: 'Chưa\nđến hạn',
    overdue: 'Quá hạn\nchưa GQ',
    withdrawn: 'Rút/dừng\n/từ chối',
    missing: 'Thiếu',
    legend:
      'ĐT: hệ thống điện tử, SG: sổ theo dõi giấy. Trước hạn, đúng hạn, quá hạn: số hồ sơ và tỷ lệ % trên số ' +
      'đã giải quyết. Thiếu: dòng ĐT là hồ sơ trong sổ giấy không có trên hệ thống điện tử; dòng SG là ngược lại.',
  },
  report: {
    byUnit: 'Số liệu theo đơn vị',
    byKind: 'Tổng hợp phát hiện theo loại',
    units: 'Đơn vị',
    generatedBy: 'Lập bằng công cụ tthc-audit',
    kind: 'Loại phát hiện',
    description: 'Mô tả',
    count: 'Số lượng',
    code: 'Mã hồ sơ',
    where: 'Vị trí (tệp:dòng)',
    message: 'Chi tiết',
    klass: 'Phân loại',
    received: 'Tiếp nhận',
    resolved: 'Đã giải quyết',
    due: 'Ngày hẹn trả',
    result: 'Ngày có kết quả',
    daysLate: 'Số ngày trễ',
    workingDaysLate: 'Số ngày làm việc trễ',
    source: 'Nguồn',
    file: 'Tệp',
    rowsRead: 'Số dòng đọc được',
    rowsUsed: 'Số dòng sử dụng',
    rowsRejected: 'Số dòng bị loại',
    rowsOutside: 'Số dòng ngoài kỳ',
    encoding: 'Bảng mã',
    delimiter: 'Dấu phân cách',
    headerLine: 'Dòng tiêu đề',
    firstFindings: (shown, total) => `${shown} phát hiện đầu tiên (trên tổng số ${total})`,
    moreFindings: (n) => `… và ${n} phát hiện khác (xem đầy đủ: --format json hoặc ndjson, hoặc --details <tệp>)`,
    chart: 'Tình trạng giải quyết hồ sơ: hệ thống điện tử (ĐT) và sổ theo dõi giấy (SG)',
    chartHint:
      'Mỗi thanh là toàn bộ hồ sơ của đơn vị theo một nguồn (100%). Phần màu đỏ có ở thanh sổ giấy mà không có ở thanh điện tử là hồ sơ trễ hạn chưa được phản ánh trên hệ thống điện tử.',
    dossiers: (n) => `${n} hồ sơ`,
    sheets: { summary: 'Tổng hợp', findings: 'Phát hiện', inputs: 'Dữ liệu đầu vào' },
  },
  validate: validateVi(),
  calendar: {
    title: (year) => `Lịch làm việc năm ${year}`,
    computed: '(chưa có thông báo của năm này trong dữ liệu: tính theo quy tắc)',
    daysOff: 'Ngày nghỉ:',
    workingDays: 'Ngày làm bù:',
    none: '(không có)',
    weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  },
  formula: {
    resolved: 'quá hạn / (trước hạn + đúng hạn + quá hạn)',
    due: '(quá hạn + quá hạn chưa giải quyết) / (đã giải quyết + quá hạn chưa giải quyết)',
    workload:
      '(quá hạn + quá hạn chưa giải quyết) / (đã giải quyết + đang giải quyết chưa đến hạn + quá hạn chưa giải quyết)',
    qd766:
      '1 − (giải quyết trước hạn và đúng hạn + đang giải quyết chưa đến hạn − hồ sơ phải bổ sung quá một lần) / (đã giải quyết + đang giải quyết)',
  },
  denominatorName: {
    resolved: 'trên số đã giải quyết',
    due: 'trên số đã đến hạn',
    workload: 'trên toàn bộ hồ sơ phải giải quyết',
    qd766: 'theo chỉ số 2.1 của Quyết định 766/QĐ-TTg',
  },
  date: isoToViDate,
  decimal: ',',
  thousands: '.',
};

export const LABELS: Record<Lang, Labels> = { en, vi };

/** 15641 → "15,641" (en) or "15.641" (vi). */
export function formatCount(n: number, labels: Labels): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, labels.thousands);
}

/** 96.77 → "96.77" or "96,77"; null → "–". Always two decimals. */
export function formatPercent(p: number | null, labels: Labels): string {
  if (p === null) return '–';
  return p.toFixed(2).replace('.', labels.decimal);
}

/** The labels of a language, with the decimal mark overridden when `--decimal` was given. */
export function labelsFor(lang: Lang, decimal?: ',' | '.' | null): Labels {
  const labels = LABELS[lang];
  return decimal ? { ...labels, decimal, thousands: decimal === ',' ? '.' : ',' } : labels;
}

export interface ValidateLabels {
  title: string;
  unreadable: string;
  problems: string;
  kinds: Record<ProblemKind, string>;
  detail: (p: Problem) => string;
  total: (n: string) => string;
  clean: string;
  more: (n: string) => string;
}

/** A rejected row's reason is worded by messages/reasons.ts; the other details are worded here. */
function validateEn(): ValidateLabels {
  const a = (p: Problem, k: string): string => String(p.args[k] ?? '');
  return {
    title: 'Validation of the input files',
    unreadable: 'unreadable',
    problems: 'Problems',
    kinds: {
      'unreadable-file': 'file cannot be read',
      'no-result-column': 'no result date column',
      'duplicate-column': 'two columns for one field',
      'field-count': 'wrong number of fields',
      'missing-code': 'dossier code missing',
      'bad-received': 'receipt date missing or unreadable',
      'bad-due': 'due date missing or unreadable',
      'rejected-row': 'row rejected',
      'duplicate-code': 'dossier code repeated',
      'outside-period': 'received outside the period',
      'date-order': 'date before the receipt date',
      'unreadable-date': 'optional date unreadable',
      'unknown-status': 'unknown status label',
    },
    detail: (p) => {
      switch (p.kind) {
        case 'unreadable-file':
          return `${a(p, 'message')} [${a(p, 'code')}]`;
        case 'no-result-column':
          return 'no completion or return date column, so no dossier can be seen as resolved';
        case 'duplicate-column':
          return `"${a(p, 'header')}" also names the ${a(p, 'field')} column; "${a(p, 'kept')}" is used`;
        case 'duplicate-code':
          return `${a(p, 'code')} is already at ${a(p, 'firstFile')}:${a(p, 'firstLine')}`;
        case 'outside-period':
          return `${a(p, 'code')} received ${a(p, 'received')}, outside the period`;
        case 'date-order':
          return `${a(p, 'code')}: ${a(p, 'field')} date ${a(p, 'date')} is before the receipt date ${a(p, 'received')}`;
        case 'unreadable-date':
          return `${a(p, 'code')}: ${a(p, 'field')} date "${a(p, 'text')}" cannot be read`;
        case 'unknown-status':
          return (
            `"${a(p, 'label')}" (${a(p, 'count')} ${String(a(p, 'count')) === '1' ? 'row' : 'rows'}): ` +
            'map it under "statusLabels" in the config file'
          );
        default:
          return p.reason === undefined ? '' : reasonText(p.reason, 'en');
      }
    },
    total: (n) => `${n} ${n === '1' ? 'problem' : 'problems'} found.`,
    clean: 'No problems found.',
    more: (n) => `… and ${n} more`,
  };
}

function validateVi(): ValidateLabels {
  const a = (p: Problem, k: string): string => String(p.args[k] ?? '');
  return {
    title: 'Kiểm tra dữ liệu đầu vào',
    unreadable: 'không đọc được',
    problems: 'Các lỗi',
    kinds: {
      'unreadable-file': 'tệp không đọc được',
      'no-result-column': 'không có cột ngày có kết quả',
      'duplicate-column': 'hai cột cùng một trường',
      'field-count': 'sai số cột',
      'missing-code': 'thiếu mã hồ sơ',
      'bad-received': 'ngày tiếp nhận trống hoặc không đọc được',
      'bad-due': 'ngày hẹn trả trống hoặc không đọc được',
      'rejected-row': 'dòng bị loại',
      'duplicate-code': 'mã hồ sơ bị trùng',
      'outside-period': 'ngày tiếp nhận ngoài kỳ',
      'date-order': 'ngày trước ngày tiếp nhận',
      'unreadable-date': 'ngày không đọc được',
      'unknown-status': 'trạng thái lạ',
    },
    detail: (p) => {
      switch (p.kind) {
        case 'unreadable-file':
          return `${a(p, 'message')} [${a(p, 'code')}]`;
        case 'no-result-column':
          return 'không có cột ngày xử lý xong hoặc ngày trả kết quả, nên không hồ sơ nào được coi là đã giải quyết';
        case 'duplicate-column':
          return `"${a(p, 'header')}" cũng là cột ${a(p, 'field')}; dùng cột "${a(p, 'kept')}"`;
        case 'duplicate-code':
          return `${a(p, 'code')} đã có ở ${a(p, 'firstFile')}:${a(p, 'firstLine')}`;
        case 'outside-period':
          return `${a(p, 'code')} tiếp nhận ngày ${a(p, 'received')}, ngoài kỳ`;
        case 'date-order':
          return `${a(p, 'code')}: ngày ${a(p, 'field')} ${a(p, 'date')} trước ngày tiếp nhận ${a(p, 'received')}`;
        case 'unreadable-date':
          return `${a(p, 'code')}: không đọc được ngày ${a(p, 'field')} "${a(p, 'text')}"`;
        case 'unknown-status':
          return `"${a(p, 'label')}" (${a(p, 'count')} dòng): khai báo trong mục "statusLabels" của tệp cấu hình`;
        default:
          return p.reason === undefined ? '' : reasonText(p.reason, 'vi');
      }
    },
    total: (n) => `Có ${n} lỗi.`,
    clean: 'Không có lỗi.',
    more: (n) => `… và ${n} lỗi khác`,
  };
}
