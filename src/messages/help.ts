/**
 * Every word of `--help`, and commander's own messages, in English and Vietnamese: the program and
 * command descriptions, every option and argument, the examples and exit codes printed after a
 * command's help, commander's built-ins (`-h, --help`, `-V, --version`, the `help` command), the
 * help titles ("Usage:", "Options:" …) and the "(default: …)" / "(choices: …)" suffixes, and the
 * errors commander prints itself (unknown option, missing required option, bad choice …).
 *
 * `vi` has the type of `en`, so a string missing in one language is a compile error;
 * `test/messages/help-catalogue.test.ts` checks it at run time too, and that no Vietnamese string is
 * a copy of the English one. The English `commander` messages are commander's own wording, word for
 * word: `src/program.ts` recognises commander's text by pattern and words it again from here.
 *
 * Option names, values and example commands are the same in both languages: they are typed, not read.
 */
import type { Lang } from './lang.js';

const EXAMPLES = {
  reconcile: [
    '  $ tthc-audit reconcile --electronic fixtures/district/electronic.csv ' +
      '--paper fixtures/district/paper.csv --as-of 2024-12-31',
    '  $ tthc-audit reconcile --electronic igate-01.csv igate-02.csv ' +
      '--paper so-01.csv --from 2024-01-01 --to 2024-06-30 --format json',
    '  $ tthc-audit reconcile --electronic e.csv --paper p.csv --details findings.csv --fail-on masked-late',
  ],
  stats: ['  $ tthc-audit stats fixtures/district/electronic.csv --as-of 2024-12-31'],
  form: [
    '  $ tthc-audit form fixtures/dak-lak-2023/electronic.csv --to 2023-12-31 --decimals 1',
    '  $ tthc-audit form --electronic e.csv --paper p.csv --from 2024-04-01 --to 2024-06-30 --rows unit-field',
    '  $ tthc-audit form --electronic e.csv --paper p.csv --from 2024-01-01 --to 2024-03-31 --format xlsx ' +
      '--output bieu-06a.xlsx',
  ],
  validate: [
    '  $ tthc-audit validate igate-2024-03.csv --from 2024-03-01 --to 2024-03-31',
    '  $ tthc-audit validate so-theo-doi.csv --source paper --format json --max-errors 5',
  ],
  calendar: [
    '  $ tthc-audit calendar --year 2025',
    '  $ tthc-audit calendar --received 2024-02-02 --working-days 5 --format json',
  ],
  verify: [
    '  $ tthc-audit verify report.json fixtures/district/electronic.csv fixtures/district/paper.csv',
    '  $ tthc-audit verify report.json',
  ],
} as const;

const lines = (...parts: readonly (string | readonly string[])[]): string => parts.flat().join('\n');

const en = {
  program: {
    description:
      'Audit administrative-procedure (TTHC) dossiers: ' +
      'reconcile the electronic one-stop export with the paper register.',
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'display help for command',
  },
  /** The headings commander prints, by commander's English heading. */
  /** The usage line's placeholders. */
  placeholders: { options: '[options]', command: '[command]' },
  /** Headings of the option groups of `reconcile` and `stats`. */
  groups: {
    period: 'Period and classification:',
    gates: 'CI gates (exit 1 when one fails):',
    output: 'Output:',
    reading: 'Reading the inputs:',
  },
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Arguments:': 'Arguments:',
    'Commands:': 'Commands:',
    'Global Options:': 'Global Options:',
  },
  /** What commander adds after a description: "(choices: …, default: …)". */
  suffix: {
    separator: ', ',
    choices: (list: string) => `choices: ${list}`,
    default: (value: string) => `default: ${value}`,
    preset: (value: string) => `preset: ${value}`,
    env: (name: string) => `env: ${name}`,
  },
  /** Options with the same meaning, and the same words, in several commands. */
  shared: {
    color: 'colours even when stdout is not a terminal (FORCE_COLOR does the same)',
    quiet: 'say nothing on stderr but errors and why the run fails: no warnings, rejected rows or progress',
    files: 'CSV file(s) of one source',
    source: 'which source the files are',
    from: 'first receipt date of the period (included)',
    to: 'last receipt date of the period (included)',
    maxErrors: 'exit 2 when more rows than this are rejected',
    unit: 'unit name for files that have no unit column',
    map: (fields: string) => `read a column under another header (repeatable); fields: ${fields}`,
    inputDelimiter: 'field delimiter of the input files (default: detected among , ; and tab)',
    sheet: 'the sheet of an Excel workbook to read, by name or number (default: the first sheet with a header row)',
    maxRowBytes: 'longest input row read, in bytes (default 1048576): a longer row is rejected and not kept',
    delimiter: 'delimiter of the CSV written: , (default) ; tab or | (with ; percentages get a decimal comma)',
    config:
      'JSON config: column and status label mappings, option defaults (default: tthc-audit.config.json here, if any)',
    debug: 'show stack traces for errors',
  },
  /** The options of `reconcile` and `stats` (src/commands/audit-flags.ts). */
  audit: {
    asOf: 'cut-off date for classifying (default: --to, else the latest date in the inputs)',
    format: 'output format',
    output: 'write the report to this file instead of stdout',
    details: 'write one CSV row per finding to this file',
    rejects: 'write every rejected input row, with its line and reason, to this CSV file',
    failOn: 'exit 1 when any of these finding kinds (comma-separated) is found; "any" for all',
    lang: 'language of labels and messages (default: from LANG, else en)',
    noColor: 'no colours (NO_COLOR is honoured too)',
    encoding:
      'encoding of files without a byte-order mark (default utf-8; ' +
      'e.g. windows-1258; tcvn3 or vni for legacy font text)',
    resultDate: 'which date is the result: completion date else return date (auto), or only one',
    force: 'replace existing output files even when tthc-audit did not write them',
    bom:
      'start CSV with a UTF-8 byte-order mark so Excel shows diacritics ' +
      '(the default for CSV files; this adds it on stdout too)',
    noBom: 'no byte-order mark, even in CSV files',
    maxLateRate: 'CI gate: exit 1 when a late rate (either source) is above this percentage',
    maxMaskedLate: 'CI gate: exit 1 when more than n dossiers have masked lateness',
    minCoverage: 'CI gate: exit 1 when less than this share of paper dossiers is found in the electronic system',
    gateScope: 'check gates on the total or on every unit',
    unitFilter: 'only the dossiers of units whose name contains this (case and diacritics ignored; repeatable)',
    procedureFilter:
      'only the dossiers of procedures whose name or code contains this (case and diacritics ignored; repeatable)',
    wide:
      'table: every per-unit figure (pending, withdrawn, data issues, late without apology), ' +
      'not only the main ones',
    allowEmpty: 'with a gate or --fail-on set, let a period or side with no dossier pass (it fails by default)',
    dossiers:
      'write one entry per dossier (class, dates, days late on each side): CSV, or JSON when the name ends in .json',
    calendar: 'JSON file of days off / working days that add to or override the built-in holiday data',
    procedures: 'CSV catalogue of procedure code/name and statutory time in working days: checks each due date',
    denominator: 'how rates are counted (see README)',
    form: 'print the settlement-results form II.06a/VPCP/KSTT for the period instead of the per-unit report',
    rows: 'rows of the form: field (default), unit, procedure, procedure-code, channel, unit-field, month, quarter',
    periodBy:
      'which dossiers the period holds: received in it (default), resolved in it, or open at any time in it ' +
      '(activity: the default of --form)',
    by:
      'add per-period rows to each unit and the total: month, quarter or year of receipt (of the result with ' +
      '--period-by resolved)',
    decimals: "decimals of the form's percentages, 0 to 4 (default 2)",
    apologyLeadDays: 'an apology slip must be issued at least this many working days before the due date (default 1)',
    cutoff:
      'receipt cut-off, e.g. 15:00: with --procedures, a dossier received at or after it (or on a day off) ' +
      'counts from the next working day; a receipt with no time counts as before it (default: off)',
    headers:
      'headings, total row and class names of the CSV written (--format csv, --details): in the --lang language ' +
      '(labels), or fixed English names for scripts (keys)',
    xlsxSheets: '--format xlsx: all findings on one sheet (single, the default) or a sheet per finding kind (per-kind)',
    timestamp:
      'write the generation time into the report (default: none, so the same inputs give byte-identical reports; ' +
      'SOURCE_DATE_EPOCH sets the time)',
    decimal:
      'decimal mark in the table, markdown and html (default: comma for --lang vi, else dot); ' +
      'when given, in CSV percentages too',
  },
  reconcile: {
    description:
      'match the electronic export with the paper register, classify every dossier and list where they disagree',
    electronic: 'electronic one-stop/iGate export(s), CSV or Excel (.xlsx)',
    paper: 'paper register transcription(s), CSV or Excel (.xlsx)',
    electronicSheet: 'the sheet of the electronic workbook(s) to read, by name or number (overrides --sheet)',
    paperSheet: 'the sheet of the paper register workbook(s) to read, by name or number (overrides --sheet)',
    after: lines(
      '',
      'Examples:',
      EXAMPLES.reconcile,
      '',
      'Exit codes: 0 done, 1 findings matched --fail-on or a CI gate failed, 2 usage, input or output error.',
    ),
  },
  form: {
    description:
      'the settlement-results form II.06a/VPCP/KSTT of a period: one source (files), or both side by side ' +
      '(--electronic, --paper)',
    files: 'the files of one source (else give --electronic and --paper)',
    after: lines(
      '',
      'Examples:',
      EXAMPLES.form,
      '',
      'The same as stats or reconcile with --form 06a. Exit codes: 0 done, 1 findings matched --fail-on, 2 usage, ' +
        'input or output error.',
    ),
  },
  stats: {
    description: 'figures of one source (default electronic), without matching',
    after: lines(
      '',
      'Example:',
      EXAMPLES.stats,
      '',
      'Exit codes: 0 done, 1 findings matched --fail-on or a CI gate failed, 2 usage, input or output error.',
    ),
  },
  validate: {
    description: 'check export files before an audit: columns, every row, repeated codes, dates outside the period',
    format: 'output format',
    rejects: 'write every rejected row, with its line and reason, to this CSV file',
    force: 'replace the --rejects file even when tthc-audit did not write it',
    lang: 'language of the report (default: from LANG, else en)',
    encoding: 'encoding of files without a byte-order mark (default utf-8; e.g. windows-1258, tcvn3, vni)',
    after: lines(
      '',
      'Examples:',
      EXAMPLES.validate,
      '',
      'Exit codes: 0 no problems, 1 problems found, 2 a file cannot be read, too many rejected rows, or a usage error.',
    ),
  },
  calendar: {
    description: "list a year's days off and swapped working days, or compute a due date in working days",
    year: 'the year to list',
    received: 'receipt date, to compute a due date',
    workingDays:
      'time limit in working days, with --received: processing starts on the next working day after receipt, ' +
      'so the due date is the n-th working day after the receipt day',
    calendar: 'JSON file of extra or overriding days (see README)',
    format: 'output format',
    lang: 'language of the names',
    after: lines(
      '',
      'Due dates: processing starts on the next working day after receipt; a time limit of n working days ends',
      'on the n-th working day after the receipt day (0 gives the receipt day). The table format prints the',
      'date alone, for scripts.',
      '',
      'Examples:',
      EXAMPLES.calendar,
      '',
    ),
  },
  verify: {
    description: 'check that files are the ones a JSON report was made from (by size and SHA-256)',
    report: 'the report, written with --format json',
    files: 'the files to check (default: every file the report lists, at its path)',
    lang: 'language of the output',
    after: lines(
      '',
      'Examples:',
      EXAMPLES.verify,
      '',
      'Exit codes: 0 every file matches, 1 a file differs or is not in the report, 2 a file or the report cannot be ' +
        'read.',
    ),
  },
  /** Commander's own messages (commander 14), worded again in the language of the run. */
  commander: {
    afterError: '(run with --help for usage)',
    unknownOption: (flag: string) => `error: unknown option '${flag}'`,
    unknownCommand: (name: string) => `error: unknown command '${name}'`,
    didYouMean: (candidate: string) => `(Did you mean ${candidate}?)`,
    didYouMeanOneOf: (candidates: string) => `(Did you mean one of ${candidates}?)`,
    missingMandatoryOption: (flags: string) => `error: required option '${flags}' not specified`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    invalidOptionArgument: (flags: string, value: string) => `error: option '${flags}' argument '${value}' is invalid.`,
    invalidCommandArgument: (value: string, name: string) =>
      `error: command-argument value '${value}' is invalid for argument '${name}'.`,
    allowedChoices: (list: string) => `Allowed choices are ${list}.`,
    tooManyArguments: (command: string | null, expected: number, got: number) =>
      `error: too many arguments${command === null ? '' : ` for '${command}'`}. ` +
      `Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    conflictingOptions: (flags: string, other: string) =>
      `error: option '${flags}' cannot be used with option '${other}'`,
  },
};

export type HelpText = typeof en;

const vi: HelpText = {
  program: {
    description:
      'Kiểm tra việc giải quyết hồ sơ thủ tục hành chính (TTHC): ' +
      'đối chiếu dữ liệu xuất từ hệ thống một cửa điện tử với sổ theo dõi hồ sơ giấy.',
    version: 'hiện số phiên bản',
    help: 'hiện trợ giúp cho lệnh',
    helpCommand: 'hiện trợ giúp cho một lệnh',
  },
  placeholders: { options: '[tùy chọn]', command: '[lệnh]' },
  groups: {
    period: 'Kỳ báo cáo và cách phân loại:',
    gates: 'Ngưỡng kiểm tra CI (mã thoát 1 khi không đạt):',
    output: 'Kết quả:',
    reading: 'Đọc tệp đầu vào:',
  },
  titles: {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Arguments:': 'Tham số:',
    'Commands:': 'Lệnh:',
    'Global Options:': 'Tùy chọn chung:',
  },
  suffix: {
    separator: '; ',
    choices: (list) => `chọn một trong: ${list}`,
    default: (value) => `mặc định: ${value}`,
    preset: (value) => `khi không ghi giá trị: ${value}`,
    env: (name) => `biến môi trường: ${name}`,
  },
  shared: {
    color: 'tô màu cả khi đầu ra không phải là màn hình terminal (biến FORCE_COLOR cũng vậy)',
    quiet:
      'không in gì ra stderr ngoài lỗi và lý do không đạt: không cảnh báo, không liệt kê dòng bị loại, không tiến độ',
    files: 'một hoặc nhiều tệp CSV của cùng một nguồn',
    source: 'các tệp thuộc nguồn nào: electronic là hệ thống điện tử, paper là sổ giấy',
    from: 'ngày tiếp nhận đầu tiên của kỳ (tính cả ngày này)',
    to: 'ngày tiếp nhận cuối cùng của kỳ (tính cả ngày này)',
    maxErrors: 'thoát với mã 2 khi số dòng bị loại vượt quá mức này: một số dòng, hoặc một tỷ lệ như 5%',
    unit: 'tên đơn vị dùng cho các tệp không có cột đơn vị',
    map: (fields) => `đọc một trường từ cột có tiêu đề khác (dùng được nhiều lần); các trường: ${fields}`,
    inputDelimiter:
      'dấu phân cách cột của tệp đầu vào (mặc định: tự nhận biết trong số dấu phẩy, dấu chấm phẩy và tab)',
    sheet: 'trang tính cần đọc của sổ tính Excel, theo tên hoặc số thứ tự (mặc định: trang đầu tiên có dòng tiêu đề)',
    maxRowBytes:
      'độ dài tối đa của một dòng đầu vào, tính bằng byte (mặc định 1048576): dòng dài hơn bị loại và không lưu lại',
    delimiter:
      'dấu phân cách cột của tệp CSV ghi ra: , (mặc định) ; tab hoặc | (với ; tỷ lệ phần trăm dùng dấu phẩy thập phân)',
    config:
      'tệp cấu hình JSON: khai báo cột, nhãn trạng thái và giá trị mặc định của các tùy chọn ' +
      '(mặc định: tệp tthc-audit.config.json trong thư mục hiện tại, nếu có)',
    debug: 'hiện chi tiết kỹ thuật (stack trace) khi có lỗi',
  },
  audit: {
    asOf: 'ngày chốt số liệu để phân loại hồ sơ (mặc định: ngày --to, nếu không có thì ngày muộn nhất trong dữ liệu)',
    format: 'định dạng báo cáo',
    output: 'ghi báo cáo vào tệp này thay vì in ra màn hình',
    details: 'ghi các phát hiện vào tệp CSV này, mỗi phát hiện một dòng',
    rejects: 'ghi mọi dòng dữ liệu bị loại, kèm số dòng và lý do, vào tệp CSV này',
    failOn: 'thoát với mã 1 khi gặp một trong các loại phát hiện này (ngăn cách bằng dấu phẩy); "any" là mọi loại',
    lang: 'ngôn ngữ của nhãn và thông báo (mặc định: theo biến LANG, nếu không có thì en)',
    noColor: 'không tô màu (đặt biến NO_COLOR cũng có tác dụng này)',
    encoding:
      'bảng mã của các tệp không có dấu BOM (mặc định utf-8; ' +
      'ví dụ windows-1258; tcvn3 hoặc vni cho văn bản gõ bằng phông chữ cũ)',
    resultDate:
      'ngày nào là ngày có kết quả: ngày xử lý xong, ' +
      'nếu không có thì ngày trả kết quả (auto), hoặc chỉ một trong hai ngày',
    force: 'ghi đè lên tệp kết quả đã có, kể cả tệp không do tthc-audit tạo ra',
    bom:
      'thêm dấu BOM UTF-8 vào đầu tệp CSV để Excel hiện đúng tiếng Việt có dấu ' +
      '(tệp CSV đã có sẵn theo mặc định; tùy chọn này thêm cả khi in ra màn hình)',
    noBom: 'không thêm dấu BOM, kể cả vào tệp CSV',
    maxLateRate: 'ngưỡng kiểm tra (CI): thoát với mã 1 khi tỷ lệ quá hạn (của một trong hai nguồn) cao hơn tỷ lệ % này',
    maxMaskedLate: 'ngưỡng kiểm tra (CI): thoát với mã 1 khi có hơn n hồ sơ bị che giấu quá hạn',
    minCoverage:
      'ngưỡng kiểm tra (CI): thoát với mã 1 khi tỷ lệ % hồ sơ ' +
      'trong sổ giấy tìm thấy trên hệ thống điện tử thấp hơn mức này',
    gateScope: 'áp dụng ngưỡng kiểm tra cho tổng cộng hay cho từng đơn vị',
    unitFilter:
      'chỉ xét hồ sơ của các đơn vị có tên chứa chuỗi này ' +
      '(không phân biệt hoa thường, có dấu hay không; dùng được nhiều lần)',
    procedureFilter:
      'chỉ xét hồ sơ của các thủ tục có tên hoặc mã chứa chuỗi này ' +
      '(không phân biệt hoa thường, có dấu hay không; dùng được nhiều lần)',
    wide:
      'bảng: đủ mọi số liệu của từng đơn vị (đang giải quyết, rút/dừng, lỗi dữ liệu, quá hạn không xin lỗi), ' +
      'không chỉ các số chính',
    allowEmpty:
      'khi đã đặt ngưỡng kiểm tra hoặc --fail-on, vẫn cho qua khi kỳ hoặc một nguồn không có hồ sơ nào ' +
      '(mặc định là không đạt)',
    dossiers:
      'ghi từng hồ sơ (phân loại, các ngày, số ngày trễ theo mỗi nguồn) ' +
      'vào tệp: CSV, hoặc JSON nếu tên tệp có đuôi .json',
    calendar: 'tệp JSON khai báo ngày nghỉ / ngày làm bù, bổ sung hoặc thay thế dữ liệu ngày lễ có sẵn',
    procedures:
      'tệp CSV danh mục thủ tục (mã hoặc tên thủ tục và thời hạn giải quyết theo quy định, ' +
      'tính bằng ngày làm việc): dùng để kiểm tra từng ngày hẹn trả',
    denominator: 'cách tính mẫu số của các tỷ lệ (xem README)',
    form: 'in biểu mẫu kết quả giải quyết TTHC II.06a/VPCP/KSTT của kỳ báo cáo thay cho báo cáo theo đơn vị',
    rows:
      'các dòng của biểu mẫu: field (lĩnh vực, mặc định), unit (đơn vị), procedure (thủ tục), procedure-code (mã ' +
      'TTHC), channel (kênh nộp), unit-field (đơn vị × lĩnh vực), month (tháng), quarter (quý)',
    periodBy:
      'kỳ gồm những hồ sơ nào: tiếp nhận trong kỳ (mặc định), giải quyết xong trong kỳ, hoặc đang mở vào một lúc nào ' +
      'đó trong kỳ (activity: mặc định của --form)',
    by:
      'thêm các dòng theo kỳ cho từng đơn vị và dòng tổng: tháng, quý hoặc năm tiếp nhận (năm có kết quả với ' +
      '--period-by resolved)',
    decimals: 'số chữ số thập phân của các tỷ lệ % trong biểu mẫu, từ 0 đến 4 (mặc định 2)',
    apologyLeadDays: 'phiếu xin lỗi phải lập trước ngày hẹn trả ít nhất bấy nhiêu ngày làm việc (mặc định 1)',
    cutoff:
      'giờ chốt tiếp nhận, vd. 15:00: với --procedures, hồ sơ tiếp nhận từ giờ đó trở đi (hoặc vào ngày nghỉ) ' +
      'được tính từ ngày làm việc tiếp theo; hồ sơ không ghi giờ coi như trước giờ chốt (mặc định: tắt)',
    headers:
      'tiêu đề cột, dòng tổng cộng và tên phân loại của tệp CSV ghi ra (--format csv, --details): theo ngôn ngữ của ' +
      '--lang (labels), hoặc tên tiếng Anh cố định cho script (keys)',
    xlsxSheets:
      '--format xlsx: mọi phát hiện trên một trang tính (single, mặc định) ' +
      'hoặc mỗi loại phát hiện một trang (per-kind)',
    timestamp:
      'ghi thời điểm lập báo cáo vào báo cáo (mặc định: không ghi, để cùng dữ liệu đầu vào cho ra báo cáo giống hệt ' +
      'từng byte; SOURCE_DATE_EPOCH đặt thời điểm)',
    decimal:
      'dấu thập phân trong bảng, markdown và html (mặc định: dấu phẩy khi --lang vi, ' +
      'còn lại là dấu chấm); nếu ghi rõ thì áp dụng cả cho tỷ lệ phần trăm trong CSV',
  },
  reconcile: {
    description:
      'đối chiếu dữ liệu điện tử với sổ theo dõi giấy: ghép từng hồ sơ, ' +
      'phân loại và liệt kê những chỗ hai nguồn không khớp',
    electronic: 'tệp CSV hoặc Excel (.xlsx) xuất từ hệ thống một cửa điện tử/iGate (một hoặc nhiều tệp)',
    paper: 'tệp CSV hoặc Excel (.xlsx) nhập lại từ sổ theo dõi hồ sơ giấy (một hoặc nhiều tệp)',
    electronicSheet: 'trang tính cần đọc của (các) sổ tính điện tử, theo tên hoặc số thứ tự (thay cho --sheet)',
    paperSheet: 'trang tính cần đọc của (các) sổ tính sổ giấy, theo tên hoặc số thứ tự (thay cho --sheet)',
    after: lines(
      '',
      'Ví dụ:',
      EXAMPLES.reconcile,
      '',
      'Mã thoát: 0 hoàn tất, 1 có phát hiện thuộc loại nêu ở --fail-on hoặc không đạt ' +
        'một ngưỡng kiểm tra (CI), 2 lỗi cách dùng, lỗi đọc dữ liệu hoặc lỗi ghi kết quả.',
    ),
  },
  form: {
    description:
      'biểu mẫu kết quả giải quyết TTHC II.06a/VPCP/KSTT của một kỳ: một nguồn (các tệp), hoặc cả hai nguồn đặt cạnh ' +
      'nhau (--electronic, --paper)',
    files: 'các tệp của một nguồn (nếu không thì ghi --electronic và --paper)',
    after: lines(
      '',
      'Ví dụ:',
      EXAMPLES.form,
      '',
      'Giống stats hoặc reconcile kèm --form 06a. Mã thoát: 0 hoàn tất, 1 có phát hiện thuộc loại nêu ở --fail-on, 2 ' +
        'lỗi cách dùng, lỗi đọc dữ liệu hoặc lỗi ghi kết quả.',
    ),
  },
  stats: {
    description: 'thống kê số liệu của một nguồn (mặc định: hệ thống điện tử), không đối chiếu',
    after: lines(
      '',
      'Ví dụ:',
      EXAMPLES.stats,
      '',
      'Mã thoát: 0 hoàn tất, 1 có phát hiện thuộc loại nêu ở --fail-on hoặc không đạt ' +
        'một ngưỡng kiểm tra (CI), 2 lỗi cách dùng, lỗi đọc dữ liệu hoặc lỗi ghi kết quả.',
    ),
  },
  validate: {
    description:
      'kiểm tra tệp xuất trước khi đối chiếu: các cột, từng dòng, mã hồ sơ bị trùng, ngày tiếp nhận ngoài kỳ',
    format: 'định dạng kết quả kiểm tra',
    rejects: 'ghi mọi dòng bị loại, kèm số dòng và lý do, vào tệp CSV này',
    force: 'ghi đè tệp --rejects đã có, kể cả khi tệp đó không do tthc-audit tạo ra',
    lang: 'ngôn ngữ của kết quả kiểm tra (mặc định: theo biến LANG, nếu không có thì en)',
    encoding: 'bảng mã của các tệp không có dấu BOM (mặc định utf-8; ví dụ windows-1258, tcvn3, vni)',
    after: lines(
      '',
      'Ví dụ:',
      EXAMPLES.validate,
      '',
      'Mã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, ' +
        '2 có tệp không đọc được, quá nhiều dòng bị loại, hoặc lỗi cách dùng.',
    ),
  },
  calendar: {
    description:
      'lịch ngày làm việc: liệt kê ngày nghỉ và ngày làm bù của một năm, hoặc tính ngày hẹn trả theo số ngày làm việc',
    year: 'năm cần liệt kê',
    received: 'ngày tiếp nhận, để tính ngày hẹn trả',
    workingDays:
      'thời hạn giải quyết tính bằng ngày làm việc, dùng cùng --received: ' +
      'thời hạn bắt đầu từ ngày làm việc tiếp theo sau ngày tiếp nhận, ' +
      'nên ngày hẹn trả là ngày làm việc thứ n sau ngày tiếp nhận',
    calendar: 'tệp JSON khai báo thêm hoặc thay thế ngày nghỉ, ngày làm bù (xem README)',
    format: 'định dạng kết quả',
    lang: 'ngôn ngữ của tiêu đề và tên ngày lễ',
    after: lines(
      '',
      'Ngày hẹn trả: thời hạn bắt đầu từ ngày làm việc tiếp theo sau ngày tiếp nhận; thời hạn n ngày làm việc',
      'kết thúc vào ngày làm việc thứ n sau ngày tiếp nhận (0 là chính ngày tiếp nhận). Định dạng table chỉ in',
      'ngày hẹn trả, để dùng trong script.',
      '',
      'Ví dụ:',
      EXAMPLES.calendar,
      '',
    ),
  },
  verify: {
    description:
      'kiểm tra các tệp có đúng là tệp đã dùng để lập một báo cáo JSON không (theo kích thước và mã SHA-256)',
    report: 'báo cáo, lập bằng --format json',
    files: 'các tệp cần kiểm tra (mặc định: mọi tệp ghi trong báo cáo, theo đường dẫn đã ghi)',
    lang: 'ngôn ngữ của kết quả',
    after: lines(
      '',
      'Ví dụ:',
      EXAMPLES.verify,
      '',
      'Mã thoát: 0 mọi tệp đều khớp, 1 có tệp khác hoặc không có trong báo cáo, 2 không đọc được một tệp hoặc báo cáo.',
    ),
  },
  commander: {
    afterError: '(chạy lại với --help để xem cách dùng)',
    unknownOption: (flag) => `lỗi: không có tùy chọn '${flag}'`,
    unknownCommand: (name) => `lỗi: không có lệnh '${name}'`,
    didYouMean: (candidate) => `(Có phải ý bạn là ${candidate}?)`,
    didYouMeanOneOf: (candidates) => `(Có phải ý bạn là một trong: ${candidates}?)`,
    missingMandatoryOption: (flags) => `lỗi: thiếu tùy chọn bắt buộc '${flags}'`,
    optionMissingArgument: (flags) => `lỗi: tùy chọn '${flags}' thiếu giá trị`,
    missingArgument: (name) => `lỗi: thiếu tham số bắt buộc '${name}'`,
    invalidOptionArgument: (flags, value) => `lỗi: tùy chọn '${flags}' không nhận giá trị '${value}'.`,
    invalidCommandArgument: (value, name) => `lỗi: tham số '${name}' không nhận giá trị '${value}'.`,
    allowedChoices: (list) => `Chỉ được chọn một trong: ${list}.`,
    tooManyArguments: (command, expected, got) =>
      `lỗi: thừa tham số${command === null ? '' : ` cho lệnh '${command}'`}: ` +
      `lệnh nhận ${expected} tham số nhưng có ${got}.`,
    conflictingOptions: (flags, other) => `lỗi: không dùng được tùy chọn '${flags}' cùng với tùy chọn '${other}'`,
  },
};

export const HELP_TEXT: Record<Lang, HelpText> = { en, vi };

/** The help wording in `lang`. */
export function helpText(lang: Lang): HelpText {
  return HELP_TEXT[lang];
}
