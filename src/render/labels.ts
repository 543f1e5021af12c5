/**
 * The report's wording, in English and Vietnamese: column headings, class names, notes, skipped checks,
 * the `validate` and `calendar` texts (a finding kind's title and message are in `findings/wording.ts`).
 * Every key exists in both languages (the type makes a missing one a compile error, and
 * test/messages/labels-catalogue.test.ts checks at run time that each Vietnamese text is there and is
 * a translation, not a copy). Numbers are formatted here: 96.77% / 15,641 in English, 96,77% / 15.641
 * in Vietnamese.
 */
import type { PeriodBy } from '../core/period.js';
import type { GateResult } from '../core/gates.js';
import type { Note } from '../core/report.js';
import type { Denominator } from '../core/summarise.js';
import type { LayoutKind } from '../core/layout-rows.js';
import { type DossierClass, FIELDS, type Field, type Source } from '../core/types.js';
import type { FindingColumn } from '../findings/kinds.js';
import type { SkipReason } from '../findings/skipped.js';
import type { Problem, ProblemKind, Reading } from '../core/validation.js';

import { isoToViDate } from '../core/day.js';
import type { Lang } from '../messages/lang.js';
import { reasonText } from '../messages/reasons.js';
import { showInvisible } from './visible-text.js';

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
    period: Record<PeriodBy, string>;
    all: string;
    from: string;
    to: string;
    /** `layout`: how many of the rejected rows are a paper register's layout rows ('0' or absent: none). */
    inputs: string;
    /** A workbook input: the sheet read and the row of its header. */
    sheetRead: (sheet: string, headerRow: string) => string;
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
    /** Added to the reading line when every input's size is known: the share of bytes read, the time left. */
    progressShare: (percent: string, eta: string | null) => string;
    /** The progress line after reading: auditing, then writing the outputs. */
    progressPhase: Record<'auditing' | 'writing', (rows: string) => string>;
    /** One stderr line per file for its layout rows: how many, which kinds, and their lines ("2, 120, 121"). */
    layoutRows: (file: string, n: number, kinds: readonly LayoutKind[], lines: string) => string;
    /** Rows with bytes that are not UTF-8 in cells the audit does not read: one warning line per file. */
    invalidBytes: (rows: string, column: number, offset: string) => string;
    /** A second header for a field already mapped: a warning, in every command. */
    duplicateColumn: (header: string, column: number, field: string, kept: string, keptColumn: number) => string;
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
  /** What a report was made from and how (render/provenance-facts.ts). */
  provenance: ProvenanceLabels;
  /** `tthc-audit validate`. */
  validate: ValidateLabels;
  /** `tthc-audit verify`. */
  verify: VerifyLabels;
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
  /** `--by`: the per-period rows' heading and how a period key (core/by-period.ts) is written. */
  periods: {
    /** The heading of the per-period part (markdown, HTML, the XLSX sheet's name). */
    title: string;
    /** The heading of the period column. */
    column: string;
    /** "2024-03" → "Mar 2024", "2024-Q1" → "Q1 2024", "2024" → "2024". */
    label: (key: string) => string;
  };
  decimal: '.' | ',';
  thousands: ',' | '.';
}

export interface VerifyLabels {
  /** What each file the report lists is, inside a sentence. */
  roles: Record<Source | 'calendar' | 'procedures' | 'config', string>;
  match: (path: string, role: string, facts: string) => string;
  differs: (path: string, role: string, listed: string, facts: string, listedFacts: string) => string;
  notListed: (path: string, facts: string) => string;
  unchecked: (path: string, role: string) => string;
  facts: (bytes: string, sha256: string) => string;
  allMatch: (n: string, report: string) => string;
  someDiffer: (k: string, n: string, report: string, names: string) => string;
}

export interface ProvenanceLabels {
  title: string;
  tool: string;
  commandLine: string;
  generatedAt: string;
  notStated: string;
  asOf: string;
  asOfSource: Record<'option' | 'to' | 'data', string>;
  period: Record<PeriodBy, string>;
  rules: string;
  denominator: string;
  calendar: string;
  calendarData: (version: string, first: number, last: number) => string;
  computed: (years: string) => string;
  calendarFile: string;
  procedures: string;
  receiptCutoff: string;
  /** The receipt cut-off's value: the time, and what it does. */
  receiptCutoffRule: (time: string) => string;
  config: string;
  none: string;
  input: (n: string, source: string) => string;
  file: (path: string, bytes: string, sha256: string) => string;
  format: (format: string, encoding: string, delimiter: string) => string;
  headerLine: (line: string) => string;
  tab: string;
  /** The workbook's About sheet: the headings of its table of inputs, a row per fact. */
  inputTable: {
    path: string;
    bytes: string;
    sha256: string;
    format: string;
    sheet: string;
    rowsLayout: string;
  };
}

export interface PageLabels {
  summary: string;
  masked: (n: string, units: string) => string;
  noMasked: string;
  late: (source: string, late: string, resolved: string, percent: string) => string;
  missing: (inPaper: string, inElectronic: string) => string;
  findings: (n: string, kinds: string) => string;
  contents: string;
  pending: string;
  maskedMark: (n: string) => string;
  maskedLegend: string;
  countsHint: string;
  allKinds: string;
  allUnits: string;
  search: string;
  /** "{n} of {total} findings shown": the page's script puts the numbers in. */
  shown: string;
  sortHint: string;
  noScript: string;
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
  line: string;
  status: string;
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
  /** The HTML chart's title: both sources (reconcile), or the one `stats` read. */
  chart: Record<Source | 'both', string>;
  /** The HTML page: its summary in words, navigation, findings filter, per-unit counts. */
  page: PageLabels;
  sheets: { summary: string; findings: string; inputs: string; about: string };
}

/** `line 12: "H1\u200D-1" → H1-1; …`: a folded code as written (invisible characters shown) and its key. */
function foldedExamples(examples: readonly { code: string; key: string; line: number }[], line: string): string {
  return examples.map((e) => `${line} ${e.line}: "${showInvisible(e.code)}" → ${showInvisible(e.key)}`).join('; ');
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
    period: {
      received: 'Period (by receipt date)',
      resolved: 'Period (by result date)',
      activity: 'Period (dossiers open at any time in it)',
    },
    all: 'all dates',
    from: 'from',
    to: 'to',
    inputs: 'Inputs',
    sheetRead: (sheet, row) => `sheet "${sheet}", header at row ${row}`,
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
        return (
          `no holiday notice in the data for ${n.years.join(', ')}: working days computed by rule (add the ` +
          `notice with --calendar)`
        );
      if (n.kind === 'codes-folded')
        return (
          `${n.file}: ${n.count} dossier code(s) compared after removing invisible characters and folding ` +
          `full-width forms and dashes, e.g. ${foldedExamples(n.examples, 'line')}`
        );
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
    progressShare: (percent, eta) => (eta === null ? `${percent}% read` : `${percent}% read, about ${eta} left`),
    layoutRows: (file, n, kinds, lines) =>
      `${file}: ${formatCount(n, en)} ` +
      `${n === 1 ? 'row is not a dossier and was' : 'rows are not dossiers and were'} left out ` +
      `(${kinds.map((k) => en.text.layoutKinds[k]).join(', ')}): ${n === 1 ? 'line' : 'lines'} ${lines}`,
    layoutKinds: { 'column-numbers': 'column numbers', total: 'total', signature: 'signatures' },
    invalidBytes: (rows, column, offset) =>
      `warning: ${rows} row(s) hold bytes that are not UTF-8 in a column the audit does not read (the first here, ` +
      `column ${column}, byte offset ${offset}): shown as U+FFFD in --rejects, nothing else changes (fix the file ` +
      `if that column matters)`,
    duplicateColumn: (header, column, field, kept, keptColumn) =>
      `warning: column ${column} "${header}" also names the ${field} column: column ${keptColumn} "${kept}" is read, ` +
      `column ${column} is ignored (remove or rename one of them; with --map ${field}=<header> name the one to ` +
      `read)`,
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
    line: 'Line',
    status: 'Status',
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
    chart: {
      both: 'Dossiers by class: electronic system (E) and paper register (P)',
      electronic: 'Dossiers by class: electronic system (E)',
      paper: 'Dossiers by class: paper register (P)',
    },
    sheets: { summary: 'Summary', findings: 'Findings', inputs: 'Inputs', about: 'About' },
    page: {
      summary: 'Summary',
      masked: (n, units) =>
        `${n} ${n === '1' ? 'dossier was' : 'dossiers were'} late on paper but on time or before the deadline in the ` +
        `electronic system, in ${units} ${units === '1' ? 'unit' : 'units'}.`,
      noMasked: 'No dossier was late on paper but on time or before the deadline in the electronic system.',
      late: (source, late, resolved, percent) =>
        `${source}: ${late} of ${resolved} resolved dossiers were late (${percent}).`,
      missing: (inPaper, inElectronic) =>
        `${inPaper} dossiers of the paper register are not in the electronic system; ${inElectronic} of the ` +
        `electronic system are not in the register.`,
      findings: (n, kinds) => `${n} findings of ${kinds} kinds in all, listed below by kind.`,
      contents: 'Contents',
      pending: 'pending',
      maskedMark: (n) => `${n} masked`,
      maskedLegend: 'late on paper, on time or before the deadline in the electronic system (masked lateness)',
      countsHint:
        "Each unit's dossiers in counts, electronic system (E) above paper register (P); " +
        'each row of bars is scaled to the larger of the two.',
      allKinds: 'All kinds',
      allUnits: 'All units',
      search: 'Search codes, files, details',
      shown: '{n} of {total} findings shown',
      sortHint: 'Click a column heading to sort.',
      noScript: 'Sorting and filtering need JavaScript; every finding listed is shown below.',
    },
  },
  provenance: {
    title: 'Provenance',
    tool: 'Tool',
    commandLine: 'Command line',
    generatedAt: 'Generated at (UTC)',
    notStated: 'not stated (--timestamp states it)',
    asOf: 'As of',
    asOfSource: { option: 'given with --as-of', to: 'taken from --to', data: 'the latest date in the inputs' },
    period: {
      received: 'Period (by receipt date)',
      resolved: 'Period (by result date)',
      activity: 'Period (dossiers open at any time in it)',
    },
    rules: 'Rules in force',
    denominator: 'Rates counted',
    calendar: 'Working-day calendar',
    calendarData: (version, first, last) => `built-in holiday data ${version} (${first}–${last})`,
    computed: (years) => `computed by rule for ${years}`,
    calendarFile: 'calendar file',
    procedures: 'Procedure catalogue',
    receiptCutoff: 'Receipt cut-off',
    receiptCutoffRule: (time) =>
      `${time}: a dossier received at or after ${time}, or on a day off, has its statutory time counted from ` +
      'the next working day; a receipt with no time counts as before the cut-off',
    config: 'Config file',
    none: 'none',
    input: (n, source) => `Input ${n} (${source})`,
    file: (path, bytes, sha256) => `${path} · ${bytes} bytes · SHA-256 ${sha256}`,
    format: (format, encoding, delimiter) => `${format}, encoding ${encoding}, delimiter ${delimiter}`,
    headerLine: (line) => `header on line ${line}`,
    tab: 'tab',
    inputTable: {
      path: 'Path (as given)',
      bytes: 'Size (bytes)',
      sha256: 'SHA-256',
      format: 'Format',
      sheet: 'Sheet read',
      rowsLayout: 'Of which layout rows',
    },
  },
  verify: {
    roles: {
      electronic: 'electronic input',
      paper: 'paper input',
      calendar: 'calendar file',
      procedures: 'procedure catalogue',
      config: 'config file',
    },
    match: (path, role, facts) => `match       ${path}: the ${role} of the report (${facts})`,
    differs: (path, role, listed, facts, listedFacts) =>
      `DIFFERS     ${path}: not the ${role} the report was made from (${listed}): ${facts}; the report has ` +
      `${listedFacts}`,
    notListed: (path, facts) => `NOT LISTED  ${path}: the report lists no file with these bytes (${facts})`,
    unchecked: (path, role) => `not given   ${path}: the ${role} of the report, not checked`,
    facts: (bytes, sha256) => `${bytes} bytes, SHA-256 ${sha256}`,
    allMatch: (n, report) => `${n === '1' ? 'The file matches' : `All ${n} files match`} the report ${report}.`,
    someDiffer: (k, n, report, names) => `${k} of ${n} files do not match the report ${report}: ${names}.`,
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
      '1 − (resolved on or before the due date + pending not yet due − ' +
      'dossiers with more than one supplement request) / (resolved + pending)',
  },
  denominatorName: { resolved: 'resolved', due: 'due', workload: 'workload', qd766: 'qd766' },
  date: (iso) => iso,
  periods: { title: 'By period', column: 'Period', label: (key) => periodLabelEn(key) },
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
    period: {
      received: 'Kỳ (theo ngày tiếp nhận)',
      resolved: 'Kỳ (theo ngày có kết quả)',
      activity: 'Kỳ (hồ sơ đang mở vào một lúc nào đó trong kỳ)',
    },
    all: 'toàn bộ',
    from: 'từ',
    to: 'đến',
    inputs: 'Dữ liệu đầu vào',
    sheetRead: (sheet, row) => `trang tính "${sheet}", dòng tiêu đề ở hàng ${row}`,
    rows: (r, u, j, o, l = '0') =>
      `đọc ${r} dòng = ${u} dòng dùng + ${j} dòng bị loại` +
      `${
        l !== '0'
          ? ` (trong đó ${l} dòng không phải hồ sơ: dòng đánh số cột, dòng tổng cộng hoặc phần ký tên của sổ)`
          : ''
      }` +
      `${o !== '0' ? `; ${o} dòng ngoài kỳ` : ''}`,
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
        return (
          `${n.file}: trạng thái lạ "${n.label}" (${n.count} dòng): ` +
          'chỉ phân loại theo ngày tháng (khai báo trong tệp cấu hình)'
        );
      if (n.kind === 'calendar-computed')
        return (
          `chưa có thông báo nghỉ lễ của năm ${n.years.join(', ')} trong dữ liệu: ngày làm việc tính theo quy ` +
          `tắc (bổ sung bằng --calendar)`
        );
      if (n.kind === 'codes-folded')
        return (
          `${n.file}: ${n.count} mã hồ sơ được so khớp sau khi bỏ ký tự ẩn, quy đổi chữ toàn độ rộng và dấu ` +
          `gạch, vd. ${foldedExamples(n.examples, 'dòng')}`
        );
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
    progressShare: (percent, eta) => (eta === null ? `đã đọc ${percent}%` : `đã đọc ${percent}%, còn khoảng ${eta}`),
    layoutRows: (file, n, kinds, lines) =>
      `${file}: ${formatCount(n, vi)} dòng không phải hồ sơ nên không được tính ` +
      `(${kinds.map((k) => vi.text.layoutKinds[k]).join(', ')}): dòng ${lines}`,
    layoutKinds: { 'column-numbers': 'dòng đánh số cột', total: 'dòng tổng cộng', signature: 'phần ký tên' },
    invalidBytes: (rows, column, offset) =>
      `cảnh báo: ${rows} dòng có byte không phải UTF-8 ở cột mà phép kiểm tra không đọc (dòng đầu tiên ở đây, cột ` +
      `${column}, byte thứ ${offset}): hiện là U+FFFD trong --rejects, ngoài ra không ảnh hưởng gì (sửa tệp nếu ` +
      `cột đó cần thiết)`,
    duplicateColumn: (header, column, field, kept, keptColumn) =>
      `cảnh báo: cột ${column} "${header}" cũng là cột ${field}: đọc cột ${keptColumn} "${kept}", bỏ qua cột ` +
      `${column} (xóa hoặc đổi tên một trong hai cột; với --map ${field}=<tên cột> chỉ định cột cần đọc)`,
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
    line: 'Dòng',
    status: 'Trạng thái',
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
    chart: {
      both: 'Tình trạng giải quyết hồ sơ: hệ thống điện tử (ĐT) và sổ theo dõi giấy (SG)',
      electronic: 'Tình trạng giải quyết hồ sơ: hệ thống điện tử (ĐT)',
      paper: 'Tình trạng giải quyết hồ sơ: sổ theo dõi giấy (SG)',
    },
    sheets: { summary: 'Tổng hợp', findings: 'Phát hiện', inputs: 'Dữ liệu đầu vào', about: 'Giới thiệu' },
    page: {
      summary: 'Tóm tắt',
      masked: (n, units) =>
        `${n} hồ sơ quá hạn trên sổ giấy nhưng đúng hạn hoặc trước hạn trên hệ thống điện tử, tại ${units} đơn vị.`,
      noMasked: 'Không có hồ sơ nào quá hạn trên sổ giấy mà đúng hạn hoặc trước hạn trên hệ thống điện tử.',
      late: (source, late, resolved, percent) =>
        `${source}: ${late}/${resolved} hồ sơ đã giải quyết bị quá hạn (${percent}).`,
      missing: (inPaper, inElectronic) =>
        `${inPaper} hồ sơ trong sổ giấy không có trên hệ thống điện tử; ${inElectronic} hồ sơ trên hệ thống điện tử ` +
        `không có trong sổ giấy.`,
      findings: (n, kinds) => `Tổng cộng ${n} phát hiện thuộc ${kinds} loại, liệt kê theo loại ở dưới.`,
      contents: 'Mục lục',
      pending: 'đang giải quyết',
      maskedMark: (n) => `${n} bị che giấu`,
      maskedLegend: 'quá hạn trên sổ giấy, đúng hạn hoặc trước hạn trên hệ thống điện tử (che giấu quá hạn)',
      countsHint:
        'Số hồ sơ của từng đơn vị, hệ thống điện tử (ĐT) ở trên, sổ giấy (SG) ở dưới; mỗi cặp thanh theo cùng một ' +
        'thang, lấy số lớn hơn làm chuẩn.',
      allKinds: 'Tất cả các loại',
      allUnits: 'Tất cả đơn vị',
      search: 'Tìm mã hồ sơ, tệp, chi tiết',
      shown: 'Hiển thị {n}/{total} phát hiện',
      sortHint: 'Bấm vào tiêu đề cột để sắp xếp.',
      noScript: 'Cần bật JavaScript để sắp xếp và lọc; mọi phát hiện được liệt kê đều hiện ở dưới.',
    },
  },
  provenance: {
    title: 'Nguồn gốc báo cáo',
    tool: 'Công cụ',
    commandLine: 'Lệnh đã chạy',
    generatedAt: 'Thời điểm lập (giờ UTC)',
    notStated: 'không ghi (ghi bằng --timestamp)',
    asOf: 'Tính đến ngày',
    asOfSource: { option: 'đặt bằng --as-of', to: 'lấy theo --to', data: 'ngày muộn nhất trong dữ liệu' },
    period: {
      received: 'Kỳ (theo ngày tiếp nhận)',
      resolved: 'Kỳ (theo ngày có kết quả)',
      activity: 'Kỳ (hồ sơ đang mở vào một lúc nào đó trong kỳ)',
    },
    rules: 'Quy tắc áp dụng',
    denominator: 'Cách tính tỷ lệ',
    calendar: 'Lịch ngày làm việc',
    calendarData: (version, first, last) => `dữ liệu ngày lễ có sẵn, phiên bản ${version} (năm ${first}–${last})`,
    computed: (years) => `tính theo quy tắc cho năm ${years}`,
    calendarFile: 'tệp lịch',
    procedures: 'Danh mục thủ tục',
    receiptCutoff: 'Giờ chốt tiếp nhận',
    receiptCutoffRule: (time) =>
      `${time}: hồ sơ tiếp nhận từ ${time} trở đi, hoặc vào ngày nghỉ, được tính thời hạn giải quyết từ ngày ` +
      'làm việc tiếp theo; hồ sơ không ghi giờ tiếp nhận coi như tiếp nhận trước giờ chốt',
    config: 'Tệp cấu hình',
    none: 'không có',
    input: (n, source) => `Tệp đầu vào ${n} (${source})`,
    file: (path, bytes, sha256) => `${path} · ${bytes} byte · SHA-256 ${sha256}`,
    format: (format, encoding, delimiter) => `${format}, bảng mã ${encoding}, dấu phân cách ${delimiter}`,
    headerLine: (line) => `dòng tiêu đề ${line}`,
    tab: 'dấu tab',
    inputTable: {
      path: 'Đường dẫn (như đã nhập)',
      bytes: 'Kích thước (byte)',
      sha256: 'Mã băm SHA-256',
      format: 'Định dạng',
      sheet: 'Trang tính đã đọc',
      rowsLayout: 'Trong đó dòng trình bày',
    },
  },
  verify: {
    roles: {
      electronic: 'dữ liệu điện tử',
      paper: 'sổ giấy',
      calendar: 'tệp lịch',
      procedures: 'danh mục thủ tục',
      config: 'tệp cấu hình',
    },
    match: (path, role, facts) => `khớp        ${path}: đúng tệp ${role} của báo cáo (${facts})`,
    differs: (path, role, listed, facts, listedFacts) =>
      `KHÁC        ${path}: không phải tệp ${role} đã dùng để lập báo cáo (${listed}): ${facts}; báo cáo ghi ` +
      `${listedFacts}`,
    notListed: (path, facts) => `KHÔNG CÓ    ${path}: báo cáo không có tệp nào có nội dung này (${facts})`,
    unchecked: (path, role) => `chưa kiểm   ${path}: tệp ${role} của báo cáo, chưa được kiểm tra`,
    facts: (bytes, sha256) => `${bytes} byte, SHA-256 ${sha256}`,
    allMatch: (n, report) => `${n === '1' ? 'Tệp' : `Cả ${n} tệp`} đều khớp với báo cáo ${report}.`,
    someDiffer: (k, n, report, names) => `${k}/${n} tệp không khớp với báo cáo ${report}: ${names}.`,
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
      '1 − (giải quyết trước hạn và đúng hạn + đang giải quyết chưa đến hạn ' +
      '− hồ sơ phải bổ sung quá một lần) / (đã giải quyết + đang giải quyết)',
  },
  denominatorName: {
    resolved: 'trên số đã giải quyết',
    due: 'trên số đã đến hạn',
    workload: 'trên toàn bộ hồ sơ phải giải quyết',
    qd766: 'theo chỉ số 2.1 của Quyết định 766/QĐ-TTg',
  },
  date: isoToViDate,
  periods: { title: 'Theo kỳ', column: 'Kỳ', label: (key) => periodLabelVi(key) },
  decimal: ',',
  thousands: '.',
};

export const LABELS: Record<Lang, Labels> = { en, vi };

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const PERIOD_KEY = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/;

/** A period key in English: "Mar 2024", "Q1 2024", "2024"; anything else as it is. */
function periodLabelEn(key: string): string {
  const m = PERIOD_KEY.exec(key);
  if (!m) return key;
  if (m[2] !== undefined) return `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
  return m[3] !== undefined ? `Q${m[3]} ${m[1]}` : m[1]!;
}

/** A period key as Vietnamese reports write it: "Tháng 3/2024", "Quý I/2024", "Năm 2024". */
function periodLabelVi(key: string): string {
  const m = PERIOD_KEY.exec(key);
  if (!m) return key;
  if (m[2] !== undefined) return `Tháng ${Number(m[2])}/${m[1]}`;
  return m[3] !== undefined ? `Quý ${ROMAN[Number(m[3]) - 1]}/${m[1]}` : `Năm ${m[1]}`;
}

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
  /** How a file was read: its columns, the headers ignored, date forms, hidden rows, first dossiers. */
  columns: string;
  ignored: string;
  dateForms: string;
  hiddenRows: (n: string) => string;
  firstDossiers: string;
  /** The field a column feeds, as `validate` names it (English: the `--map` name). */
  fields: Record<Field, string>;
  dossier: (d: Reading['firstDossiers'][number]) => string;
}

/** A rejected row's reason is worded by messages/reasons.ts; the other details are worded here. */
function validateEn(): ValidateLabels {
  const a = (p: Problem, k: string): string => String(p.args[k] ?? '');
  return {
    title: 'Validation of the input files',
    columns: 'columns read',
    ignored: 'columns ignored',
    dateForms: 'dates written as',
    hiddenRows: (n) => `${n} hidden rows, read like the others`,
    firstDossiers: 'first dossiers as understood',
    fields: Object.fromEntries(FIELDS.map((f) => [f, f])) as Record<Field, string>,
    dossier: (d) =>
      `row ${d.line}: ${d.code} | ${d.unit} | received ${d.received} | due ${d.due} | ` +
      `result ${d.result ?? '—'}${d.status === '' ? '' : ` | "${d.status}"`}`,
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
          return (
            `${a(p, 'code')}: ${a(p, 'field')} date ${a(p, 'date')} ` + `is before the receipt date ${a(p, 'received')}`
          );
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
    columns: 'các cột được đọc',
    ignored: 'các cột bỏ qua',
    dateForms: 'ngày được ghi dạng',
    hiddenRows: (n) => `${n} hàng bị ẩn, vẫn được đọc như các hàng khác`,
    firstDossiers: 'các hồ sơ đầu tiên như công cụ hiểu',
    fields: {
      code: 'mã hồ sơ',
      unit: 'đơn vị',
      procedure: 'tên thủ tục',
      received: 'ngày tiếp nhận',
      due: 'ngày hẹn trả',
      completed: 'ngày có kết quả',
      returned: 'ngày trả kết quả',
      status: 'trạng thái',
      channel: 'hình thức nộp',
      apology: 'phiếu xin lỗi',
      newDate: 'ngày hẹn lại',
      reason: 'lý do',
      procedureCode: 'mã thủ tục',
      field: 'lĩnh vực',
      supplementRequested: 'ngày yêu cầu bổ sung',
      supplementReturned: 'ngày bổ sung',
      supplementCount: 'số lần yêu cầu bổ sung',
      newDateCount: 'số lần hẹn lại',
    },
    dossier: (d) =>
      `hàng ${d.line}: ${d.code} | ${d.unit} | tiếp nhận ${isoToViDate(d.received)} | ` +
      `hẹn trả ${isoToViDate(d.due)} | kết quả ${d.result ? isoToViDate(d.result) : '—'}` +
      (d.status === '' ? '' : ` | "${d.status}"`),
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
