/**
 * Every error message of the tool, in English and Vietnamese. A throw site names a message and gives
 * its arguments (`say('fileNotFound', { role: 'config' })`); the words are chosen when the error is
 * printed, in the language of the run. The type makes a message missing in one language a compile
 * error; `test/messages/catalogue.test.ts` checks it at run time too, and that no Vietnamese entry is
 * a copy of the English one.
 *
 * Arguments are data (names, numbers, quoted cells), never words: a sentence is written whole in each
 * language. What a third-party parser says (`detail`) is quoted as it is.
 */
import { problemText, type JsonProblem } from './json-problems.js';
import type { Lang } from './lang.js';

/** What the user reads: the problem and, when there is one, how to fix it. */
export interface Wording {
  text: string;
  hint?: string;
}

/** Which of the tool's files a message is about. */
export type FileRole = 'input' | 'config' | 'calendar' | 'procedures' | 'report';

type Quoted = string;
const q = (s: string): Quoted => `"${s}"`;

const ROLE_EN: Record<FileRole, string> = {
  input: 'file',
  config: 'config file',
  calendar: 'calendar file',
  procedures: 'procedure catalogue',
  report: 'report',
};
const ROLE_VI: Record<FileRole, string> = {
  input: 'tệp',
  config: 'tệp cấu hình',
  calendar: 'tệp lịch',
  procedures: 'tệp danh mục thủ tục',
  report: 'báo cáo',
};
const FLAG_OF: Record<FileRole, string> = {
  input: '',
  config: '--config',
  calendar: '--calendar',
  procedures: '--procedures',
  report: '',
};

/** Files that are not CSV, known by their first bytes. */
export type BinaryKind = 'zip' | 'xls' | 'pdf';
const BINARY_EN: Record<BinaryKind, string> = {
  zip: 'a zip file',
  xls: 'an Excel 97–2003 workbook (.xls, a binary format)',
  pdf: 'a PDF file',
};
const BINARY_VI: Record<BinaryKind, string> = {
  zip: 'một tệp nén zip',
  xls: 'một sổ tính Excel 97–2003 (.xls, định dạng nhị phân)',
  pdf: 'một tệp PDF',
};

/** What is wrong with a workbook as a whole. */
export type WorkbookProblem = 'encrypted' | 'corrupt' | 'tooLarge' | 'notWorkbook' | 'noSheets' | 'dtd';
const WORKBOOK_EN: Record<WorkbookProblem, Wording> = {
  encrypted: {
    text: 'the workbook is protected by a password (encrypted)',
    hint:
      'open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save ' +
      'it again',
  },
  corrupt: {
    text: 'the workbook is damaged or incomplete',
    hint: 'copy or download it again, or open and save it in Excel',
  },
  tooLarge: {
    text: 'the workbook is larger than this tool reads, or inflates far beyond its size (a zip bomb?)',
    hint: 'export the data again, or save the sheet as CSV UTF-8',
  },
  notWorkbook: {
    text: 'this is a zip file but not an Excel workbook (.xlsx)',
    hint: 'save the sheet as .xlsx or as CSV UTF-8',
  },
  noSheets: { text: 'the workbook has no worksheet', hint: 'check that the right file was exported' },
  dtd: {
    text: 'the workbook holds a document type declaration, which Excel never writes',
    hint: 'open it and save it again in Excel',
  },
};
const WORKBOOK_VI: Record<WorkbookProblem, Wording> = {
  encrypted: {
    text: 'sổ tính được bảo vệ bằng mật khẩu (đã mã hóa)',
    hint: 'mở bằng Excel, gỡ mật khẩu (File › Info › Protect Workbook › Encrypt with Password) rồi lưu lại',
  },
  corrupt: {
    text: 'sổ tính bị hỏng hoặc không đầy đủ',
    hint: 'sao chép hoặc tải lại tệp, hoặc mở và lưu lại bằng Excel',
  },
  tooLarge: {
    text: 'sổ tính lớn hơn mức công cụ đọc được, hoặc giải nén ra lớn bất thường so với kích thước (bom zip?)',
    hint: 'xuất lại dữ liệu, hoặc lưu trang tính dưới dạng CSV UTF-8',
  },
  notWorkbook: {
    text: 'đây là tệp nén zip nhưng không phải sổ tính Excel (.xlsx)',
    hint: 'lưu trang tính dưới dạng .xlsx hoặc CSV UTF-8',
  },
  noSheets: { text: 'sổ tính không có trang tính nào', hint: 'kiểm tra xem đã xuất đúng tệp chưa' },
  dtd: {
    text: 'sổ tính chứa khai báo kiểu tài liệu (DTD), thứ Excel không bao giờ ghi',
    hint: 'mở và lưu lại bằng Excel',
  },
};

const en = {
  // ---- workbooks
  workbookProblem: (a: { kind: WorkbookProblem; detail: string }) => ({
    text: `${WORKBOOK_EN[a.kind].text}${a.detail === '' ? '' : ` (${a.detail})`}`,
    hint: WORKBOOK_EN[a.kind].hint,
  }),
  sheetNotFound: (a: { sheet: string; sheets: string[] }) => ({
    text: `the workbook has no sheet ${q(a.sheet)}; its sheets are ${a.sheets.map(q).join(', ')}`,
    hint: 'give --sheet a name or a number (1 is the first sheet)',
  }),
  noSheetWithHeader: (a: { sheets: string[] }) => ({
    text: `no sheet of the workbook has a header row (sheets: ${a.sheets.map(q).join(', ')})`,
    hint:
      'the header needs at least "Mã hồ sơ", "Ngày tiếp nhận" and "Ngày hẹn trả"; name the sheet with --sheet to ' +
      'see what is missing',
  }),
  xlsBinary: (_: object) => ({
    text: 'this is an Excel 97–2003 workbook (.xls, a binary format), which this tool does not read',
    hint: 'open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"',
  }),

  // ---- files that cannot be read
  fileNotFound: (a: { role: FileRole }) => ({
    text: `${ROLE_EN[a.role]} not found`,
    hint: a.role === 'input' || a.role === 'report' ? 'check the path' : `check the ${FLAG_OF[a.role]} path`,
  }),
  cannotRead: (a: { role: FileRole; code: string }) => ({
    text: `cannot read the ${ROLE_EN[a.role]} (${a.code})`,
    hint: a.role === 'input' || a.role === 'report' ? 'check the path' : `check the ${FLAG_OF[a.role]} path`,
  }),
  isFolder: (_: object) => ({ text: 'is a folder, not a file', hint: 'name a CSV file' }),
  inputIsTerminal: (a: { stdin: boolean }) => ({
    text: a.stdin ? 'standard input is a terminal, not a file' : 'is a terminal, not a file',
    hint: a.stdin ? 'pipe the file in: tthc-audit … --electronic - < export.csv' : 'name a CSV file',
  }),
  streamInputTwice: (_: object) => ({
    text: 'standard input or a pipe can be read only once, and is named twice',
    hint: 'give it to one side only; name the other files by path',
  }),
  notReadableInput: (_: object) => ({
    text: 'cannot be opened for reading (a socket, or a device without a reader)',
    hint: 'name a CSV file, or pipe it in with -',
  }),
  permissionDenied: (_: object) => ({ text: 'permission denied', hint: 'check the file permissions' }),
  emptyFile: (_: object) => ({
    text: 'the file is empty',
    hint: 'export the data again; a CSV needs a header row and rows',
  }),
  noRowsAtAll: (_: object) => ({ text: 'the file has no rows', hint: 'export the data again' }),
  headerOnly: (_: object) => ({
    text: 'the file has a header but no dossier rows',
    hint: 'check that the right file was exported',
  }),
  binaryKnown: (a: { kind: BinaryKind }) => ({
    text: `this is ${BINARY_EN[a.kind]}, not CSV text`,
    hint: 'open it and save it as "CSV UTF-8 (comma delimited)"',
  }),
  binaryData: (_: object) => ({
    text: 'the file holds binary data, not CSV text',
    hint: 'export the sheet as "CSV UTF-8"; a UTF-16 file needs its byte-order mark',
  }),

  // ---- encodings
  unknownEncoding: (a: { name: string }) => ({
    text: `--encoding: unknown encoding ${q(a.name)}`,
    hint: 'use utf-8, utf-16le, windows-1258, tcvn3, vni, …',
  }),
  notUtf8: (a: { offset: number | null }) => ({
    text:
      'the file is not valid UTF-8 text' + (a.offset === null ? '' : ` (the first bad byte is at offset ${a.offset})`),
    hint:
      'if it was saved by an old Vietnamese system, try --encoding windows-1258; if it is an Excel file, save it ' +
      'as CSV UTF-8',
  }),
  notUtf8At: (a: { offset: number | null }) => ({
    text: `this cell is not valid UTF-8 text${a.offset === null ? '' : ` (byte offset ${a.offset} of the file)`}`,
    hint:
      'fix or retype the cell; if the whole file was saved by an old Vietnamese system, try --encoding ' +
      'windows-1258',
  }),
  notUtf8ReadsAs1258: (a: { example: string | null }) => ({
    text:
      a.example === null
        ? 'the file is not UTF-8 but reads as Vietnamese in Windows-1258'
        : `the file is not UTF-8; read as Windows-1258 it says ${q(a.example)}`,
    hint: 'add --encoding windows-1258',
  }),
  mojibake: (a: { example: string; reading: string }) => ({
    text:
      'the text was garbled by a wrong encoding' +
      `${a.example === '' ? '' : ` (${q(a.example)} should read ${q(a.reading)})`}`,
    hint:
      'UTF-8 text was opened as Windows-1252 and saved again: ' +
      'export the file again from the source system as CSV UTF-8',
  }),
  legacyFont: (a: { font: string; fontName: string; example: string; reading: string }) => ({
    text:
      `the text is typed in the ${a.fontName} font encoding, ` +
      `not Unicode${a.example === '' ? '' : ` (${q(a.example)} should read ${q(a.reading)})`}`,
    hint:
      `convert it to Unicode with Unikey's "Chuyển mã" (source ${a.fontName}, ` +
      `destination Unicode) and save as CSV UTF-8, or read it as it is with --encoding ${a.font}`,
  }),

  // ---- CSV structure
  unclosedQuote: (a: { lastLine: number | null }) => ({
    text:
      'a quoted field opened in the row starting here is never closed, ' +
      `so the rest of the file (to line ${a.lastLine ?? '?'}) would be one cell`,
    hint: 'find the stray " in this row and close or remove it',
  }),
  /** `bytes`: the limit counts bytes (else characters); `cells`: a workbook's or web page's row (no quotes). */
  rowTooLong: (a: { max: number; bytes: boolean; cells: boolean }) => ({
    text: `the row starting here is longer than ${a.max} ${a.bytes ? 'bytes' : 'characters'}`,
    hint: a.cells
      ? 'its cells together hold more text than any dossier row does: is a whole table pasted into a cell?'
      : 'a line end missing, or a quote not closed, in this row? For a row that long on purpose, raise ' +
        '--max-row-bytes',
  }),
  malformedCsv: (a: { detail: string }) => ({
    text: `malformed CSV: ${a.detail}`,
    hint: 'check quotes and delimiters on this line',
  }),
  noHeader: (a: { rows: number }) => ({
    text: `no header row found in the first ${a.rows} rows`,
    hint:
      'the header needs at least "Mã hồ sơ", "Ngày tiếp nhận" ' +
      'and "Ngày hẹn trả" (or map yours with --map field=Header)',
  }),
  missingColumns: (a: {
    missing: { field: string; example: string }[];
    lookalikes: { field: string; header: string }[];
  }) => ({
    text: `no column for ${a.missing.map((m) => `${m.field} (e.g. ${q(m.example)})`).join(', ')}`,
    hint:
      a.lookalikes.length > 0
        ? a.lookalikes
            .map(
              (l) =>
                `${q(l.header)} is not the ${l.field} column; ` +
                `if it is all there is, say so with --map ${l.field}=${q(l.header)}`,
            )
            .join('; ')
        : 'rename the header or map it with --map field=Header (or "columns" in the config file)',
  }),
  noUnitColumn: (_: object) => ({
    text: 'no unit column (e.g. "Đơn vị" or "Cơ quan giải quyết")',
    hint: 'add one, or name the unit with --unit-name "<name>"',
  }),
  unreadableDateColumn: (a: {
    header: string;
    column: number;
    field: string;
    bad: number;
    values: number;
    examples: { text: string; line: number }[];
    monthFirst: boolean;
  }) => ({
    text:
      `column ${q(a.header)} (col ${a.column}, ${a.field}): ${a.bad} of ${a.values} values are not dates, ` +
      `e.g. ${a.examples.map((e) => `${q(e.text)} (line ${e.line})`).join(', ')}`,
    hint: a.monthFirst
      ? 'these dates look month-first (mm/dd/yyyy), which is never guessed: export them as dd/mm/yyyy'
      : `check the column mapping (--map ${a.field}="<header>" or "columns" in the config file)`,
  }),
  tooManyRejects: (a: { rejected: number; read: number; limit: number; listed: 'above' | 'report' }) => ({
    text: `${a.rejected} of ${a.read} rows were rejected, more than --max-errors allows (${a.limit})`,
    hint:
      a.listed === 'above'
        ? 'fix the rows listed above, list them all with --rejects <file>, or raise --max-errors'
        : 'fix the rows listed in the report (all of them with --rejects <file>) or raise --max-errors',
  }),

  // ---- the other input files
  notJson: (a: { role: 'config' | 'calendar'; detail: string }) => ({
    text: `not valid JSON: ${a.detail}`,
    hint:
      a.role === 'config'
        ? 'fix the config file, or name another one with --config'
        : 'see "Calendar file" in the README for the format',
  }),
  badConfig: (a: { problem: JsonProblem }) => ({
    text: problemText(a.problem, 'en'),
    hint: 'fix the config file, or name another one with --config',
  }),
  badCalendar: (a: { problem: JsonProblem }) => ({
    text: problemText(a.problem, 'en'),
    hint: 'see "Calendar file" in the README for the format',
  }),
  catalogueColumns: (_: object) => ({
    text:
      'the catalogue needs a "Mã thủ tục" or "Tên thủ tục" ' +
      'column and a "Thời hạn giải quyết" (working days) column',
    hint: 'rename the headers',
  }),
  catalogueDays: (a: { value: string }) => ({
    text: `${q(a.value)} is not a time limit`,
    hint:
      'write working days (5, 5 ngày làm việc, 0,5 ngày), calendar days (30 ngày lịch), hours (04 giờ) or Trong ' +
      'ngày',
  }),

  // ---- outputs
  cannotWrite: (a: { code: string | null }) => ({
    text: `cannot write the file (${a.code ?? 'error'})`,
    hint:
      a.code === 'ENOENT'
        ? 'the folder does not exist'
        : a.code === 'EACCES' || a.code === 'EPERM'
          ? 'no permission to write there'
          : a.code === 'EISDIR'
            ? 'that name is a folder; name a file'
            : a.code === 'ENOSPC'
              ? 'the disk is full'
              : 'check the path',
  }),
  outputExists: (a: { flag: string }) => ({
    text: `${a.flag} would replace this file, which tthc-audit did not write`,
    hint: 'add --force to replace it, or choose another name',
  }),
  outputNotFile: (a: { flag: string }) => ({
    text: `${a.flag} names a folder, device or pipe, not a file`,
    hint: 'name a file to write',
  }),
  outputDanglingLink: (a: { flag: string; target: string }) => ({
    text: `${a.flag} names a symbolic link to ${a.target}, which does not exist`,
    hint: 'create the file the link names, even empty, or name another file',
  }),
  outputFolderMissing: (a: { flag: string; folder: string }) => ({
    text: `${a.flag}: the folder ${a.folder} does not exist`,
    hint: 'create the folder first, or name a file in a folder that exists',
  }),
  outputPathThroughFile: (a: { flag: string; file: string }) => ({
    text: `${a.flag}: ${a.file} is a file, not a folder, so nothing can be written inside it`,
    hint: 'name a file in a folder',
  }),
  outputIsInput: (a: { flag: string; file: string }) => ({
    text: `${a.flag} ${a.file} is one of the input files`,
    hint: 'write the output somewhere else',
  }),
  outputsCollide: (a: { flag: string; other: string; file: string }) => ({
    text: `${a.flag} and ${a.other} name the same file ${a.file}`,
    hint: 'give each output its own file',
  }),
  binaryToTerminal: (a: { format: string }) => ({
    text: `--format ${a.format} is a binary file and stdout is a terminal`,
    hint: `add --output report.${a.format}, or redirect: > report.${a.format}`,
  }),

  // ---- the tool itself
  internalError: (a: { detail: string }) => ({
    text: `internal error: ${a.detail}`,
    hint: 'please report it; run with --debug for details',
  }),
  stdoutFailed: (a: { code: string }) => ({
    text: `cannot write to stdout (${a.code}): the report is incomplete`,
    hint: 'free some disk space, or write the report elsewhere with --output <file>',
  }),

  // ---- options
  badDateOption: (a: { flag: string; value: string; example: string }) => ({
    text: `${a.flag} expects a date as yyyy-mm-dd, got ${q(a.value)}`,
    hint: `e.g. ${a.flag} ${a.example}`,
  }),
  badSourceDateEpoch: (a: { value: string }) => ({
    text: `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got ${q(a.value)}`,
    hint: 'e.g. SOURCE_DATE_EPOCH=1735603200, or unset it',
  }),
  notAReport: (_: object) => ({
    text: 'is not a JSON report of tthc-audit with its provenance',
    hint: 'give the report made with --format json by tthc-audit 0.1.0 or later',
  }),
  fromAfterTo: (a: { from: string; to: string }) => ({
    text: `--from ${a.from} is after --to ${a.to}`,
    hint: 'swap them',
  }),
  notAChoice: (a: { flag: string; value: string; choices: readonly string[] }) => ({
    text: `${a.flag} must be one of ${a.choices.join(', ')}, got ${q(a.value)}`,
  }),
  formInputs: (_: object) => ({
    text: 'form needs the files of one source, or both --electronic and --paper',
    hint: 'e.g. tthc-audit form igate.csv --to 2024-06-30, or tthc-audit form --electronic e.csv --paper p.csv',
  }),
  formOnly: (a: { flag: string }) => ({
    text: `${a.flag} applies to the settlement-results form only`,
    hint: `add --form 06a, or leave ${a.flag} out`,
  }),
  xlsxOnly: (a: { flag: string; format: string }) => ({
    text: `${a.flag} lays out the workbook of --format xlsx, not a report in ${a.format}`,
    hint: `add --format xlsx, or leave ${a.flag} out`,
  }),
  reportOnly: (a: { flag: string }) => ({
    text: `${a.flag} lays out the findings of the report's workbook; the form's workbook has no findings`,
    hint: `leave ${a.flag} out with --form 06a`,
  }),
  byWithForm: (_a: object) => ({
    text: '--by applies to the per-unit report, not to the settlement-results form',
    hint: 'for the form by month or quarter use --rows month or --rows quarter',
  }),
  formFormat: (a: { format: string; formats: readonly string[] }) => ({
    text: `--form 06a cannot be written as ${a.format} yet`,
    hint: `use --format ${a.formats.join(', ')}`,
  }),
  formAsOfNotTo: (a: { asOf: string; to: string }) => ({
    text: `--form 06a counts at the end of the period, but --as-of ${a.asOf} differs from --to ${a.to}`,
    hint: 'give --to only (the form is counted at that date)',
  }),
  unknownFindingKind: (a: { value: string; kinds: readonly string[] }) => ({
    text: `--fail-on: unknown finding kind ${q(a.value)}`,
    hint: `use any, or some of: ${a.kinds.join(', ')}`,
  }),
  emptyPattern: (a: { flag: string }) => ({
    text: `${a.flag} expects a part of a name, got an empty value`,
    hint: `e.g. ${a.flag} "Tư pháp"`,
  }),
  twoSourceGate: (a: { flag: string }) => ({
    text: `stats reads one source: ${a.flag} needs both (the electronic export matched with the paper register)`,
    hint: 'use reconcile --electronic <file> --paper <file>, or leave the option out',
  }),
  badMaxErrors: (a: { value: string }) => ({
    text: `--max-errors expects a number of rows or a percentage, got ${q(a.value)}`,
    hint: 'e.g. --max-errors 0 or --max-errors 2%',
  }),
  badMap: (a: { value: string; fields: readonly string[] }) => ({
    text: `--map expects field=Header with field one of ${a.fields.join(', ')}, got ${q(a.value)}`,
    hint: 'e.g. --map code="Số biên nhận"',
  }),
  badNumberOption: (a: { flag: string; value: string; whole: boolean; max: number }) => ({
    text: `${a.flag} expects ${a.whole ? 'a whole number' : 'a number'} from 0 to ${a.max}, got ${q(a.value)}`,
  }),
  badCutoff: (a: { value: string }) => ({
    text: `--cutoff expects a time of day as HH:MM (00:00 to 23:59), got ${q(a.value)}`,
    hint: 'e.g. --cutoff 15:00: dossiers received at or after 15:00 count from the next working day',
  }),
  badDelimiter: (a: { flag: string; value: string }) => ({
    text: `${a.flag} expects one character (or "tab"), got ${q(a.value)}`,
    hint: `e.g. ${a.flag} ";"`,
  }),
  badOutputDelimiter: (a: { value: string }) => ({
    text: `--delimiter expects , or ; or tab or |, got ${q(a.value)}`,
    hint: 'e.g. --delimiter ";" for an Excel that expects semicolons; the input delimiter is --input-delimiter',
  }),
  calendarYearAndReceived: (_: object) => ({ text: 'give either --year, or --received with --working-days, not both' }),
  calendarNeedsWhat: (_: object) => ({
    text: 'calendar needs --year <yyyy>, or --received <yyyy-mm-dd> with --working-days <n>',
    hint: 'e.g. tthc-audit calendar --year 2025',
  }),
  badYear: (a: { value: string }) => ({
    text: `--year expects a year from 1900 to 2199, got ${q(a.value)}`,
    hint: 'e.g. --year 2025',
  }),
  badWorkingDays: (a: { value: string }) => ({
    text: `--working-days expects a whole number from 0 to 999, got ${q(a.value)}`,
    hint: 'e.g. --working-days 5',
  }),
} satisfies Record<string, (a: never) => Wording>;

export type ErrorId = keyof typeof en;
export type ErrorArgs<K extends ErrorId> = Parameters<(typeof en)[K]>[0];
export type ErrorCatalogue = { readonly [K in ErrorId]: (a: ErrorArgs<K>) => Wording };

const vi: ErrorCatalogue = {
  workbookProblem: (a) => ({
    text: `${WORKBOOK_VI[a.kind].text}${a.detail === '' ? '' : ` (${a.detail})`}`,
    hint: WORKBOOK_VI[a.kind].hint,
  }),
  sheetNotFound: (a) => ({
    text: `sổ tính không có trang tính ${q(a.sheet)}; các trang tính là ${a.sheets.map(q).join(', ')}`,
    hint: 'ghi sau --sheet tên hoặc số thứ tự của trang tính (1 là trang đầu)',
  }),
  noSheetWithHeader: (a) => ({
    text: `không trang tính nào của sổ tính có dòng tiêu đề (các trang: ${a.sheets.map(q).join(', ')})`,
    hint:
      'dòng tiêu đề cần ít nhất "Mã hồ sơ", "Ngày tiếp nhận" và "Ngày hẹn trả"; chỉ rõ trang bằng --sheet để xem ' +
      'thiếu cột nào',
  }),
  xlsBinary: () => ({
    text: 'đây là sổ tính Excel 97–2003 (.xls, định dạng nhị phân), công cụ không đọc được',
    hint: 'mở bằng Excel hoặc LibreOffice rồi lưu dưới dạng "Excel Workbook (.xlsx)" hoặc "CSV UTF-8"',
  }),
  fileNotFound: (a) => ({
    text: `không tìm thấy ${ROLE_VI[a.role]}`,
    hint:
      a.role === 'input' || a.role === 'report'
        ? 'kiểm tra lại đường dẫn'
        : `kiểm tra lại đường dẫn sau ${FLAG_OF[a.role]}`,
  }),
  cannotRead: (a) => ({
    text: `không đọc được ${ROLE_VI[a.role]} (${a.code})`,
    hint:
      a.role === 'input' || a.role === 'report'
        ? 'kiểm tra lại đường dẫn'
        : `kiểm tra lại đường dẫn sau ${FLAG_OF[a.role]}`,
  }),
  isFolder: () => ({ text: 'đây là một thư mục, không phải tệp', hint: 'chỉ rõ một tệp CSV' }),
  inputIsTerminal: (a) => ({
    text: a.stdin
      ? 'đầu vào chuẩn là một cửa sổ dòng lệnh, không phải tệp'
      : 'đây là một cửa sổ dòng lệnh, không phải tệp',
    hint: a.stdin ? 'chuyển tệp vào qua ống: tthc-audit … --electronic - < export.csv' : 'chỉ rõ một tệp CSV',
  }),
  streamInputTwice: () => ({
    text: 'đầu vào chuẩn hoặc một ống dẫn chỉ đọc được một lần, nhưng được chỉ định hai lần',
    hint: 'chỉ dùng nó cho một bên; các tệp khác ghi rõ đường dẫn',
  }),
  notReadableInput: () => ({
    text: 'không mở để đọc được (một socket, hoặc một thiết bị không đọc được)',
    hint: 'chỉ rõ một tệp CSV, hoặc chuyển tệp vào qua ống bằng -',
  }),
  permissionDenied: () => ({ text: 'không có quyền đọc tệp', hint: 'kiểm tra quyền truy cập của tệp' }),
  emptyFile: () => ({
    text: 'tệp không có nội dung',
    hint: 'xuất lại dữ liệu; tệp CSV cần một dòng tiêu đề và các dòng hồ sơ',
  }),
  noRowsAtAll: () => ({ text: 'tệp không có dòng nào', hint: 'xuất lại dữ liệu' }),
  headerOnly: () => ({
    text: 'tệp có dòng tiêu đề nhưng không có dòng hồ sơ nào',
    hint: 'kiểm tra xem đã xuất đúng tệp chưa',
  }),
  binaryKnown: (a) => ({
    text: `đây là ${BINARY_VI[a.kind]}, không phải văn bản CSV`,
    hint: 'mở tệp và lưu lại dưới dạng "CSV UTF-8 (comma delimited)"',
  }),
  binaryData: () => ({
    text: 'tệp chứa dữ liệu nhị phân, không phải văn bản CSV',
    hint: 'xuất bảng tính ra "CSV UTF-8"; tệp UTF-16 phải có dấu BOM ở đầu',
  }),

  unknownEncoding: (a) => ({
    text: `--encoding: không có bảng mã ${q(a.name)}`,
    hint: 'dùng utf-8, utf-16le, windows-1258, tcvn3, vni, …',
  }),
  notUtf8: (a) => ({
    text: `tệp không phải văn bản UTF-8 hợp lệ${a.offset === null ? '' : ` (byte sai đầu tiên ở vị trí ${a.offset})`}`,
    hint:
      'nếu tệp do phần mềm cũ lưu, thử thêm --encoding windows-1258; nếu là tệp Excel, hãy lưu lại dưới dạng CSV ' +
      'UTF-8',
  }),
  notUtf8At: (a) => ({
    text: `ô này không phải văn bản UTF-8 hợp lệ${a.offset === null ? '' : ` (byte thứ ${a.offset} của tệp)`}`,
    hint: 'sửa hoặc gõ lại ô này; nếu cả tệp do phần mềm cũ lưu, thử thêm --encoding windows-1258',
  }),
  notUtf8ReadsAs1258: (a) => ({
    text:
      a.example === null
        ? 'tệp không phải UTF-8 nhưng đọc được tiếng Việt theo bảng mã Windows-1258'
        : `tệp không phải UTF-8; đọc theo bảng mã Windows-1258 thì thấy ${q(a.example)}`,
    hint: 'thêm --encoding windows-1258',
  }),
  mojibake: (a) => ({
    text:
      'chữ trong tệp đã bị lỗi phông do đọc sai bảng mã' +
      `${a.example === '' ? '' : ` (${q(a.example)} đúng ra là ${q(a.reading)})`}`,
    hint: 'văn bản UTF-8 đã bị mở theo Windows-1252 rồi lưu lại: hãy xuất lại tệp từ hệ thống gốc dưới dạng CSV UTF-8',
  }),
  legacyFont: (a) => ({
    text:
      `chữ trong tệp được gõ bằng bảng mã ${a.fontName}, ` +
      `không phải Unicode${a.example === '' ? '' : ` (${q(a.example)} đúng ra là ${q(a.reading)})`}`,
    hint:
      `chuyển sang Unicode bằng chức năng "Chuyển mã" của Unikey (nguồn ${a.fontName}, ` +
      `đích Unicode) rồi lưu dưới dạng CSV UTF-8, hoặc đọc nguyên trạng bằng --encoding ${a.font}`,
  }),

  unclosedQuote: (a) => ({
    text:
      'có một ô mở dấu ngoặc kép ở dòng bắt đầu tại đây nhưng không bao giờ đóng lại, ' +
      `nên phần còn lại của tệp (đến dòng ${a.lastLine ?? '?'}) sẽ bị gộp thành một ô`,
    hint: 'tìm dấu " thừa trong dòng này rồi đóng lại hoặc xóa đi',
  }),
  rowTooLong: (a) => ({
    text: `dòng bắt đầu tại đây dài hơn ${a.max} ${a.bytes ? 'byte' : 'ký tự'}`,
    hint: a.cells
      ? 'các ô của dòng này cộng lại chứa nhiều chữ hơn bất kỳ dòng hồ sơ nào: có phải cả một bảng bị dán vào một ô?'
      : 'dòng này thiếu dấu xuống dòng, hoặc có dấu ngoặc kép chưa đóng? Nếu dòng dài như vậy là đúng, tăng ' +
        '--max-row-bytes',
  }),
  malformedCsv: (a) => ({
    text: `CSV sai cấu trúc: ${a.detail}`,
    hint: 'kiểm tra dấu ngoặc kép và dấu phân cách ở dòng này',
  }),
  noHeader: (a) => ({
    text: `không tìm thấy dòng tiêu đề trong ${a.rows} dòng đầu`,
    hint:
      'dòng tiêu đề cần có ít nhất "Mã hồ sơ", "Ngày tiếp nhận" ' +
      'và "Ngày hẹn trả" (hoặc chỉ rõ cột bằng --map field=Tiêu đề)',
  }),
  missingColumns: (a) => ({
    text: `không có cột cho ${a.missing.map((m) => `${m.field} (vd. ${q(m.example)})`).join(', ')}`,
    hint:
      a.lookalikes.length > 0
        ? a.lookalikes
            .map(
              (l) =>
                `${q(l.header)} không phải cột ${l.field}; ` +
                `nếu chỉ có cột này thì chỉ rõ bằng --map ${l.field}=${q(l.header)}`,
            )
            .join('; ')
        : 'đổi tên tiêu đề cột, hoặc chỉ rõ bằng --map field=Tiêu đề (hoặc mục "columns" trong tệp cấu hình)',
  }),
  noUnitColumn: () => ({
    text: 'không có cột đơn vị (vd. "Đơn vị" hoặc "Cơ quan giải quyết")',
    hint: 'thêm cột này, hoặc ghi tên đơn vị bằng --unit-name "<tên>"',
  }),
  unreadableDateColumn: (a) => ({
    text:
      `cột ${q(a.header)} (cột ${a.column}, ${a.field}): ${a.bad} trên ${a.values} giá trị không phải ngày, ` +
      `vd. ${a.examples.map((e) => `${q(e.text)} (dòng ${e.line})`).join(', ')}`,
    hint: a.monthFirst
      ? 'các ngày này có vẻ ghi tháng trước (mm/dd/yyyy), ' +
        'kiểu này không bao giờ được đoán: hãy xuất lại theo dd/mm/yyyy'
      : `kiểm tra cách ghép cột (--map ${a.field}="<tiêu đề>" hoặc mục "columns" trong tệp cấu hình)`,
  }),
  tooManyRejects: (a) => ({
    text: `${a.rejected} trên ${a.read} dòng bị loại, vượt mức --max-errors cho phép (${a.limit})`,
    hint:
      a.listed === 'above'
        ? 'sửa các dòng liệt kê ở trên, ghi toàn bộ ra tệp bằng --rejects <tệp>, hoặc nâng --max-errors'
        : 'sửa các dòng liệt kê trong báo cáo (toàn bộ có trong --rejects <tệp>) hoặc nâng --max-errors',
  }),

  notJson: (a) => ({
    text: `không phải JSON hợp lệ: ${a.detail}`,
    hint:
      a.role === 'config'
        ? 'sửa tệp cấu hình, hoặc chỉ tệp khác bằng --config'
        : 'xem mục "Calendar file" trong README để biết định dạng',
  }),
  badConfig: (a) => ({ text: problemText(a.problem, 'vi'), hint: 'sửa tệp cấu hình, hoặc chỉ tệp khác bằng --config' }),
  badCalendar: (a) => ({
    text: problemText(a.problem, 'vi'),
    hint: 'xem mục "Calendar file" trong README để biết định dạng',
  }),
  catalogueColumns: () => ({
    text: 'danh mục thủ tục cần cột "Mã thủ tục" hoặc "Tên thủ tục" và cột "Thời hạn giải quyết" (số ngày làm việc)',
    hint: 'đổi tên các tiêu đề cột cho đúng',
  }),
  catalogueDays: (a) => ({
    text: `${q(a.value)} không phải là thời hạn giải quyết`,
    hint:
      'ghi số ngày làm việc (5, 5 ngày làm việc, 0,5 ngày), số ngày lịch (30 ngày lịch), số giờ (04 giờ) hoặc ' +
      'Trong ngày',
  }),

  cannotWrite: (a) => ({
    text: `không ghi được tệp (${a.code ?? 'lỗi'})`,
    hint:
      a.code === 'ENOENT'
        ? 'thư mục không tồn tại'
        : a.code === 'EACCES' || a.code === 'EPERM'
          ? 'không có quyền ghi vào đó'
          : a.code === 'EISDIR'
            ? 'tên này là một thư mục; hãy đặt tên tệp'
            : a.code === 'ENOSPC'
              ? 'ổ đĩa đã đầy'
              : 'kiểm tra lại đường dẫn',
  }),
  outputExists: (a) => ({
    text: `${a.flag} sẽ ghi đè tệp này, mà tệp này không do tthc-audit tạo ra`,
    hint: 'thêm --force để ghi đè, hoặc đặt tên khác',
  }),
  outputNotFile: (a) => ({
    text: `${a.flag} chỉ tới một thư mục, thiết bị hoặc đường ống, không phải tệp`,
    hint: 'chỉ rõ một tệp để ghi',
  }),
  outputDanglingLink: (a) => ({
    text: `${a.flag} chỉ tới một liên kết tượng trưng đến ${a.target}, mà tệp này không tồn tại`,
    hint: 'tạo tệp mà liên kết chỉ tới, rỗng cũng được, hoặc đặt tên tệp khác',
  }),
  outputFolderMissing: (a) => ({
    text: `${a.flag}: thư mục ${a.folder} không tồn tại`,
    hint: 'tạo thư mục trước, hoặc chọn một tệp trong thư mục đã có',
  }),
  outputPathThroughFile: (a) => ({
    text: `${a.flag}: ${a.file} là một tệp, không phải thư mục, nên không ghi được gì vào trong đó`,
    hint: 'chọn một tệp nằm trong một thư mục',
  }),
  outputIsInput: (a) => ({ text: `${a.flag} ${a.file} là một trong các tệp đầu vào`, hint: 'ghi kết quả ra chỗ khác' }),
  outputsCollide: (a) => ({
    text: `${a.flag} và ${a.other} cùng chỉ tới tệp ${a.file}`,
    hint: 'mỗi kết quả ghi ra một tệp riêng',
  }),
  binaryToTerminal: (a) => ({
    text: `--format ${a.format} là tệp nhị phân, không in ra màn hình được`,
    hint: `thêm --output bao-cao.${a.format}, hoặc chuyển hướng: > bao-cao.${a.format}`,
  }),

  internalError: (a) => ({
    text: `lỗi nội bộ của chương trình: ${a.detail}`,
    hint: 'xin báo lại cho nhóm phát triển; chạy lại với --debug để xem chi tiết',
  }),
  stdoutFailed: (a) => ({
    text: `không ghi được ra đầu ra chuẩn (${a.code}): báo cáo không đầy đủ`,
    hint: 'giải phóng dung lượng đĩa, hoặc ghi báo cáo ra chỗ khác bằng --output <tệp>',
  }),

  badDateOption: (a) => ({
    text: `${a.flag} cần một ngày dạng yyyy-mm-dd, nhưng nhận được ${q(a.value)}`,
    hint: `vd. ${a.flag} ${a.example}`,
  }),
  badSourceDateEpoch: (a) => ({
    text: `SOURCE_DATE_EPOCH phải là số nguyên giây tính từ 01/01/1970 (giờ UTC), nhưng nhận được ${q(a.value)}`,
    hint: 'vd. SOURCE_DATE_EPOCH=1735603200, hoặc bỏ biến này đi',
  }),
  notAReport: (_: object) => ({
    text: 'không phải báo cáo JSON của tthc-audit có phần nguồn gốc (provenance)',
    hint: 'dùng báo cáo lập bằng --format json của tthc-audit 0.1.0 trở lên',
  }),
  fromAfterTo: (a) => ({ text: `--from ${a.from} sau --to ${a.to}`, hint: 'đổi chỗ hai ngày' }),
  notAChoice: (a) => ({ text: `${a.flag} phải là một trong ${a.choices.join(', ')}, nhưng nhận được ${q(a.value)}` }),
  formInputs: () => ({
    text: 'lệnh form cần các tệp của một nguồn, hoặc cả --electronic và --paper',
    hint: 'vd. tthc-audit form igate.csv --to 2024-06-30, hoặc tthc-audit form --electronic e.csv --paper p.csv',
  }),
  formOnly: (a) => ({
    text: `${a.flag} chỉ dùng cho biểu mẫu kết quả giải quyết TTHC`,
    hint: `thêm --form 06a, hoặc bỏ ${a.flag}`,
  }),
  xlsxOnly: (a) => ({
    text: `${a.flag} chỉ dùng để bố trí bảng tính của --format xlsx, không dùng cho báo cáo dạng ${a.format}`,
    hint: `thêm --format xlsx, hoặc bỏ ${a.flag}`,
  }),
  reportOnly: (a) => ({
    text: `${a.flag} bố trí các phát hiện trong bảng tính của báo cáo; bảng tính của biểu mẫu không có phát hiện`,
    hint: `bỏ ${a.flag} khi dùng --form 06a`,
  }),
  byWithForm: () => ({
    text: '--by dùng cho báo cáo theo đơn vị, không dùng cho biểu mẫu kết quả giải quyết TTHC',
    hint: 'biểu mẫu theo tháng hoặc quý: dùng --rows month hoặc --rows quarter',
  }),
  formFormat: (a) => ({
    text: `chưa xuất được biểu mẫu --form 06a dưới dạng ${a.format}`,
    hint: `dùng --format ${a.formats.join(', ')}`,
  }),
  formAsOfNotTo: (a) => ({
    text: `biểu mẫu --form 06a được tính tại ngày cuối kỳ, nhưng --as-of ${a.asOf} khác --to ${a.to}`,
    hint: 'chỉ ghi --to (biểu mẫu được tính tại ngày đó)',
  }),
  unknownFindingKind: (a) => ({
    text: `--fail-on: không có loại phát hiện ${q(a.value)}`,
    hint: `dùng any, hoặc một số loại sau: ${a.kinds.join(', ')}`,
  }),
  emptyPattern: (a) => ({
    text: `${a.flag} cần một phần của tên, nhưng giá trị để trống`,
    hint: `vd. ${a.flag} "Tư pháp"`,
  }),
  twoSourceGate: (a) => ({
    text: `stats chỉ đọc một nguồn: ${a.flag} cần cả hai nguồn (dữ liệu điện tử đối chiếu với sổ theo dõi giấy)`,
    hint: 'dùng reconcile --electronic <tệp> --paper <tệp>, hoặc bỏ tùy chọn này',
  }),
  badMaxErrors: (a) => ({
    text: `--max-errors cần một số dòng hoặc một tỷ lệ phần trăm, nhưng nhận được ${q(a.value)}`,
    hint: 'vd. --max-errors 0 hoặc --max-errors 2%',
  }),
  badMap: (a) => ({
    text: `--map cần dạng field=Tiêu đề, với field là một trong ${a.fields.join(', ')}, nhưng nhận được ${q(a.value)}`,
    hint: 'vd. --map code="Số biên nhận"',
  }),
  badNumberOption: (a) => ({
    text: `${a.flag} cần ${a.whole ? 'một số nguyên' : 'một số'} từ 0 đến ${a.max}, nhưng nhận được ${q(a.value)}`,
  }),
  badCutoff: (a) => ({
    text: `--cutoff cần một giờ trong ngày dạng HH:MM (từ 00:00 đến 23:59), nhưng nhận được ${q(a.value)}`,
    hint: 'vd. --cutoff 15:00: hồ sơ tiếp nhận từ 15:00 trở đi được tính từ ngày làm việc tiếp theo',
  }),
  badOutputDelimiter: (a) => ({
    text: `--delimiter cần là , hoặc ; hoặc tab hoặc |, nhưng nhận được ${q(a.value)}`,
    hint:
      'vd. --delimiter ";" khi Excel trên máy dùng dấu chấm phẩy; ' +
      'dấu phân cách của tệp đầu vào là --input-delimiter',
  }),
  badDelimiter: (a) => ({
    text: `${a.flag} cần đúng một ký tự (hoặc "tab"), nhưng nhận được ${q(a.value)}`,
    hint: `vd. ${a.flag} ";"`,
  }),
  calendarYearAndReceived: () => ({ text: 'chỉ dùng một trong hai: --year, hoặc --received cùng --working-days' }),
  calendarNeedsWhat: () => ({
    text: 'lệnh calendar cần --year <yyyy>, hoặc --received <yyyy-mm-dd> cùng --working-days <n>',
    hint: 'vd. tthc-audit calendar --year 2025',
  }),
  badYear: (a) => ({
    text: `--year cần một năm từ 1900 đến 2199, nhưng nhận được ${q(a.value)}`,
    hint: 'vd. --year 2025',
  }),
  badWorkingDays: (a) => ({
    text: `--working-days cần một số nguyên từ 0 đến 999, nhưng nhận được ${q(a.value)}`,
    hint: 'vd. --working-days 5',
  }),
};

export const ERROR_MESSAGES: Readonly<Record<Lang, ErrorCatalogue>> = { en, vi };

/** A message named with its arguments, to be worded in either language. Plain data: it crosses threads. */
export interface Said {
  readonly id: ErrorId;
  readonly args: object;
}

export function say<K extends ErrorId>(id: K, args: ErrorArgs<K>): Said {
  return { id, args };
}

export function wordingOf(said: Said, lang: Lang): Wording {
  const entry = ERROR_MESSAGES[lang][said.id] as (a: object) => Wording;
  return entry(said.args);
}
