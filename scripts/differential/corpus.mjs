/**
 * The differential harness's generated inputs: seeded, so a seed and a dataset name always give the
 * same bytes, whichever other datasets are generated in the same run.
 *
 * A dataset is a "world" of dossiers (units, procedures, receipt and due dates, outcomes, apologies,
 * supplement waits …) seen by two sources: the electronic export and the paper register, each written
 * as one or more CSV files in its own dialect (delimiter, line ends, BOM, encoding, header names and
 * spellings, title rows, two-row headers, date forms) with the disagreements and the mess real files
 * have: masked lateness, dossiers missing on one side, codes and unit names written differently,
 * duplicates within and across files, rows that must be rejected, the printed layout of a register,
 * quoted cells with delimiters, line breaks and quotes, a quoted field followed by text (where the
 * byte-level reader hands over to csv-parse), invalid UTF-8 late in a file.
 *
 * The generator does not try to agree with the tool (holidays are ignored, labels are drawn at random):
 * the harness compares two builds of the tool, not the tool with a model.
 */
import { cp1258 } from '../../fixtures/ingest/generate.mjs';
import { addWorkingDays, civil, dayOf, isoDay, p2, Rand, seedFor } from './random.mjs';

// ---------------------------------------------------------------------------------------------------
// Vocabulary

const UNIT_POOL = [
  'UBND xã Hòa Bình',
  'UBND phường Đông Hưng',
  'UBND xã Đức Mạnh',
  'UBND thị trấn Đắk Mil',
  'Phòng Tư pháp',
  'Văn phòng đăng ký đất đai - Chi nhánh Đắk Mil',
  'Trung tâm Phục vụ hành chính công',
  'UBND xã Thuận An',
  'Bộ phận một cửa UBND phường Quảng Điền',
  'UBND xã Ea Tân',
  'Phòng Tài nguyên và Môi trường',
  'UBND phường Tân Lợi',
  'Xã A',
  'UBND xã Ia Grai',
  'Sở Nội vụ tỉnh Đắk Lắk',
];
const PLACES = ['Phú Lộc', 'Phú Vang', 'Hương Trà', 'Hương Thủy', 'Quảng Điền', 'Phong Điền', 'A Lưới', 'Nam Đông'];
const PLACES2 = ['Thuận An', 'Vinh Thanh', 'Lộc Bình', 'Đông Hà', 'Cam Lộ', 'Gio Linh', 'Hải Lăng', 'Triệu Phong'];
const BIG_UNITS = [
  ...PLACES.map((p) => `Trung tâm Phục vụ hành chính công xã ${p}`),
  ...PLACES2.map((p) => `Bộ phận một cửa UBND phường ${p}`),
  ...PLACES.map((p) => `UBND xã ${p}`),
  ...PLACES2.map((p) => `Phòng Tư pháp ${p}`),
  ...PLACES.map((p) => `Chi nhánh VPĐKĐĐ ${p}`),
];

/** code, name, statutory working days; `catalogue: false` is left out of the generated catalogue. */
const PROCEDURES = [
  { code: '1.000894.H56', name: 'Đăng ký kết hôn', days: 5, written: '5' },
  { code: '1.001612.H56', name: 'Đăng ký thành lập hộ kinh doanh', days: 3, written: '3 ngày làm việc' },
  { code: '2.000908.H56', name: 'Cấp bản sao trích lục hộ tịch', days: 1, written: '1 ngày' },
  { code: '1.009994.H56', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', days: 15, written: '15' },
  { code: '1.004227.H56', name: 'Cấp lại Giấy chứng nhận quyền sử dụng đất', days: 10, catalogue: false },
  { code: '2.000815.H56', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', days: 1, written: '1' },
  { code: '1.001193.H56', name: 'Đăng ký khai sinh', days: 1, written: '1 ngày' },
  { code: '1.000656.H56', name: 'Đăng ký khai tử', days: 2, written: '2' },
  { code: '1.003003.H56', name: 'Chứng thực chữ ký "mẫu 01"', days: 2, written: '2 ngày' },
  { code: '1.004837.H56', name: 'Đăng ký biến động đất đai, tài sản gắn liền với đất', days: 10, written: '10' },
];

const LABELS = {
  resolved: ['Đã trả kết quả', '10', 'Đã xử lý xong', '9', 'Hoàn thành', 'Có kết quả', 'Đã giải quyết', 'returned'],
  before: ['Trước hạn', 'Sớm', 'Đã giải quyết trước hạn'],
  ontime: ['Đúng hạn', 'Đã giải quyết đúng hạn'],
  late: ['Trễ hạn', 'Quá hạn', 'Trễ', 'Đã giải quyết quá hạn'],
  pending: ['Đang xử lý', '4', 'Chờ bổ sung hồ sơ', '5', 'Đã tiếp nhận', '2', '6', 'Mới', '1', 'Chờ xử lý'],
  neutral: ['Sắp trễ hạn', 'Còn hạn', 'Trong hạn'],
  withdrawn: ['Rút hồ sơ', '7', 'Công dân yêu cầu rút hồ sơ'],
  rejected: ['Từ chối', '3', 'Không được tiếp nhận', 'Trả lại', 'Trả lại hồ sơ'],
  stopped: ['Dừng xử lý', '8', 'Tạm dừng'],
  unknown: ['Hoàn tất', 'HOÀN TẤT', 'Đã duyệt', 'Chờ ký số', 'Đang thẩm định'],
};

const HEADERS = {
  code: ['Mã hồ sơ', 'MaHoSo', 'Số hồ sơ', 'Mã HS', 'Mã số hồ sơ', 'Mã hồ sơ (*)'],
  unit: ['Đơn vị', 'Cơ quan', 'Cơ quan giải quyết', 'TenDonVi', 'Tên đơn vị', 'Đơn vị xử lý'],
  procedure: ['Tên thủ tục', 'Tên TTHC', 'TenTTHC', 'Thủ tục', 'Thủ tục hành chính'],
  procCode: ['Mã thủ tục', 'Mã TTHC', 'MaTTHC'],
  received: ['Ngày tiếp nhận', 'Nhận hồ sơ', 'Ngày nhận hồ sơ', 'NgayTiepNhan', 'Ngày tiếp nhận hồ sơ'],
  due: ['Ngày hẹn trả', 'Hẹn trả kết quả', 'Ngày hẹn trả kết quả', 'NgayHenTra', 'Hạn xử lý'],
  completed: ['Ngày có kết quả', 'Ngày xử lý xong', 'NgayKetThucXuLy', 'Ngày hoàn thành'],
  returned: ['Ngày trả kết quả', 'Trả kết quả', 'NgayTra', 'NgayTraKetQua'],
  status: ['Trạng thái', 'Tình trạng', 'TrangThaiHoSo', 'Trạng thái hồ sơ'],
  channel: ['Hình thức nộp', 'Kênh', 'KenhThucHien'],
  apology: ['Xin lỗi', 'Phiếu xin lỗi', 'Ngày xin lỗi'],
  newDate: ['Ngày hẹn lại', 'Hẹn trả lại', 'Ngày hẹn trả lại'],
  reason: ['Lý do', 'Lý do trả lại', 'Lý do từ chối'],
  supReq: ['Ngày yêu cầu bổ sung', 'NgayYeuCauBoSung'],
  supRet: ['Ngày bổ sung', 'Ngày nhận bổ sung', 'NgayBoSung'],
  supCount: ['Số lần bổ sung', 'SoLanBoSung'],
  stt: ['STT', 'Số thứ tự'],
  owner: ['Chủ hồ sơ', 'Tên người nộp', 'Người nộp'],
  note: ['Ghi chú'],
  sign: ['Ký nhận'],
  book: ['Quyển số'],
  submitted: ['NgayNopHoSo', 'Ngày nộp hồ sơ'],
};
/** What a two-row header writes under "Ngày" for each date field. */
const SUB_HEADERS = { received: 'Tiếp nhận', due: 'Hẹn trả', completed: 'Có kết quả', returned: 'Trả kết quả' };
const DATE_FIELDS = ['received', 'due', 'completed', 'returned', 'newDate', 'supReq', 'supRet', 'submitted'];

const NOTES = [
  'Hồ sơ đầy đủ',
  'Gọi điện, hẹn lại',
  'Ghi chú "khẩn"',
  'Thiếu bản sao;\ncần bổ sung',
  'Đã nhắc, chưa đến',
  'SĐT 0912 345 678',
  '',
  '',
  '',
];
const REASONS = [
  'Hồ sơ không hợp lệ',
  'Thiếu giấy tờ, cần bổ sung bản sao',
  'Công dân xin rút\nđể nộp lại',
  'Theo "hướng dẫn" số 12/HD',
  'Không thuộc thẩm quyền',
];

// ---------------------------------------------------------------------------------------------------
// Dates

const TIMES = ['07:30', '08:15', '09:05', '10:45', '14:00', '16:30', '17:00'];

/** Every date form the tool reads, as a function of a day. */
const DATE_FORMS = {
  dmy: (c) => `${p2(c.d)}/${p2(c.m)}/${c.y}`,
  dmyShort: (c) => `${c.d}/${c.m}/${c.y}`,
  dmyDash: (c) => `${p2(c.d)}-${p2(c.m)}-${c.y}`,
  dmyDot: (c) => `${p2(c.d)}.${p2(c.m)}.${c.y}`,
  iso: (c) => `${c.y}-${p2(c.m)}-${p2(c.d)}`,
  isoT: (c, t) => `${c.y}-${p2(c.m)}-${p2(c.d)}T${t}:00+07:00`,
  isoSpace: (c, t) => `${c.y}-${p2(c.m)}-${p2(c.d)} ${t}:12`,
  dmyTime: (c, t) => `${p2(c.d)}/${p2(c.m)}/${c.y} ${t}`,
  timeDmy: (c, t) => `${t} ${p2(c.d)}/${p2(c.m)}/${c.y}`,
  slip: (c, t) => `${t.slice(0, 2)} giờ ${t.slice(3)} phút, ngày ${p2(c.d)} tháng ${p2(c.m)} năm ${c.y}`,
  serial: (_c, _t, day) => String(day + 25569),
  serialFrac: (_c, _t, day) => `${day + 25569}.6875`,
};
const FORM_NAMES = Object.keys(DATE_FORMS);

function formatDay(r, day, style) {
  const form = style.mix > 0 && r.chance(style.mix) ? r.pick(FORM_NAMES) : style.form;
  const time = r.pick(TIMES);
  const withTime = style.form === 'dmy' && style.times > 0 && r.chance(style.times) ? 'dmyTime' : form;
  return DATE_FORMS[withTime](civil(day), time, day);
}

// ---------------------------------------------------------------------------------------------------
// Text variants

const stripMarks = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

function spellHeader(h, how) {
  if (how === 'upper') return h.toUpperCase();
  if (how === 'no-marks') return stripMarks(h).toUpperCase();
  if (how === 'nbsp') return ` ${h.replace(/ /g, '\u00a0 ')} `;
  if (how === 'nfd') return h.normalize('NFD');
  return h;
}

function codeVariant(r, code, rate) {
  if (!r.chance(rate)) return code;
  return r.weighted([
    [5, code.toLowerCase()],
    [2, ` ${code} `],
    [1, code.replace('-', ' - ').replace(/-(\d{4,})$/, '- $1')],
    [2, ` ${code.toLowerCase()}`],
  ]);
}

function unitVariant(r, unit, rate, units) {
  if (!r.chance(rate)) return unit;
  return r.weighted([
    [3, unit.toUpperCase()],
    [2, unit.normalize('NFD')],
    [2, stripMarks(unit)],
    [1, ''],
    [1, `  ${unit}  `],
    [1, r.pick(units)],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// The world of dossiers

const OUTCOMES = [
  [60, 'before'],
  [10, 'ontime'],
  [8, 'late'],
  [6, 'pendingNotDue'],
  [5, 'pendingOverdue'],
  [2, 'afterAsOf'],
  [3, 'withdrawn'],
  [3, 'rejected'],
  [1, 'stopped'],
];

/**
 * Dossiers with what really happened. `w` is the world's plan: units, procedures, receipt period,
 * as-of day, code prefix and the rates of every feature.
 */
function makeDossiers(r, w) {
  const out = [];
  const width = w.n >= 10000 ? 6 : 4;
  for (let i = 0; i < w.n; i++) {
    const unit = Math.min(w.units.length - 1, Math.floor(r.next() ** 1.3 * w.units.length));
    const proc = r.pick(w.procedures);
    const received = r.int(w.start, w.end);
    let due = addWorkingDays(
      received,
      Math.max(
        0,
        proc.days +
          r.weighted([
            [85, 0],
            [5, -1],
            [7, 1],
            [3, 4],
          ]),
      ),
    );
    const outcome = r.weighted(OUTCOMES);
    let completed = null;
    let returned = null;
    if (outcome === 'pendingNotDue' && due < w.asOf) due = w.asOf + r.int(0, 12);
    if (outcome === 'before') completed = due > received ? r.int(received, due - 1) : received;
    else if (outcome === 'ontime') completed = due;
    else if (outcome === 'late') completed = due + r.int(1, 25);
    else if (outcome === 'afterAsOf') completed = w.asOf + r.int(1, 15);
    else if (outcome === 'withdrawn' || outcome === 'rejected' || outcome === 'stopped') {
      if (r.chance(0.5)) returned = received + r.int(0, 5);
    }
    if (completed !== null && r.chance(0.7))
      returned =
        completed +
        r.weighted([
          [6, 0],
          [3, 1],
          [1, 2],
        ]);
    const d = {
      seq: i,
      code:
        `${w.prefix}.${p2(unit + 1)}.H56-${civil(received).y % 100}${p2(civil(received).m)}` +
        `${p2(civil(received).d)}-${String(i + 1).padStart(width, '0')}`,
      unit,
      proc,
      received,
      due,
      outcome,
      completed,
      returned,
      apology: '',
      newDate: null,
      reason: '',
      supReq: null,
      supRet: null,
      supCount: '',
      channel: r.pick(['Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', '1', '2', '3']),
      owner: `Người nộp ${r.int(1, 9999)}`,
    };
    const lateish = outcome === 'late' || outcome === 'pendingOverdue' || outcome === 'afterAsOf';
    if (w.apology && lateish) {
      d.apology = r.weighted([
        [20, 'Có'],
        [10, 'x'],
        [5, '1'],
        [20, `${p2(civil(due + 1).d)}/${p2(civil(due + 1).m)}/${civil(due + 1).y}`],
        [3, 'yes'],
        [25, ''],
        [7, 'Không'],
        [3, '0'],
        [4, 'chưa rõ'],
        [3, 'Đã lập'],
      ]);
      if (w.newDate && d.apology !== '' && r.chance(0.7)) d.newDate = due + r.int(2, 15);
    } else if (w.apology && r.chance(0.05)) d.apology = r.pick(['Không', 'Có', '0']);
    if (w.reason && (outcome === 'withdrawn' || outcome === 'rejected' || outcome === 'stopped') && r.chance(0.7))
      d.reason = r.pick(REASONS);
    if (w.supplement && r.chance(0.1)) {
      d.supReq = received + r.int(1, 3);
      d.supRet = r.chance(0.7) ? d.supReq + r.int(1, 8) : null;
      d.supCount = r.pick(['1', '1', '2', '3', '']);
    }
    out.push(d);
  }
  return out;
}

function statusLabel(r, outcome, w, side) {
  if (side === 'paper' && r.chance(0.3)) return '';
  if (w.unknownLabels && r.chance(0.04)) return r.pick(LABELS.unknown);
  switch (outcome) {
    case 'before':
    case 'ontime':
    case 'late': {
      if (w.classLabels && r.chance(0.25)) {
        // Mostly the right class; now and then a label the dates contradict.
        const cls = r.chance(0.9) ? outcome : r.pick(['before', 'ontime', 'late']);
        return r.pick(LABELS[cls]);
      }
      return r.pick(LABELS.resolved);
    }
    case 'afterAsOf':
      return r.chance(0.5) ? r.pick(LABELS.resolved) : r.pick(LABELS.pending);
    case 'pendingNotDue':
    case 'pendingOverdue':
      if (w.classLabels && r.chance(0.1)) return r.pick(['Quá hạn', 'Trễ hạn', ...LABELS.neutral]);
      return r.pick(LABELS.pending);
    default:
      return r.pick(LABELS[outcome]);
  }
}

/** The electronic export's record of a dossier (with masked lateness now and then). */
function electronicView(r, d, w) {
  const e = {
    code: d.code,
    unit: w.units[d.unit],
    procedure: d.proc.name,
    procCode: d.proc.code,
    received: d.received,
    due: d.due,
    completed: d.completed,
    returned: d.returned,
    status: statusLabel(r, d.outcome, w, 'electronic'),
    reason: d.reason,
    apology: w.apologyElectronic ? d.apology : '',
    newDate: d.newDate,
    supReq: d.supReq,
    supRet: d.supRet,
    supCount: d.supCount,
    channel: d.channel,
    owner: d.owner,
    note: r.pick(NOTES),
    submitted: d.received - r.int(0, 2),
  };
  // Masked lateness: the system shows a result before the due day, or a due day moved.
  if (d.outcome === 'late' && r.chance(w.masked)) {
    if (r.chance(0.5)) e.completed = Math.max(d.received, d.due - r.int(0, 2));
    else e.due = d.completed;
    e.returned = null;
  }
  if (d.outcome === 'pendingOverdue' && r.chance(w.masked)) {
    if (r.chance(0.5)) e.due = w.asOf + r.int(1, 30);
    else e.completed = Math.max(d.received, d.due - 1);
  }
  // Results written one way only: completion only, return only.
  if (e.completed !== null && r.chance(0.15)) {
    e.returned = e.completed;
    e.completed = null;
  }
  return e;
}

/** The paper register's record: the real result day, codes and units written by hand. */
function paperView(r, d, w) {
  const result = d.completed ?? d.returned;
  const p = {
    code: codeVariant(r, d.code, w.codeVariants),
    unit: unitVariant(r, w.units[d.unit], w.unitVariants, w.units),
    procedure: w.procedureCaseVariants && r.chance(0.1) ? d.proc.name.toLowerCase() : d.proc.name,
    procCode: d.proc.code,
    received: r.chance(w.disagree) ? d.received - r.int(1, 3) : d.received,
    due: r.chance(w.disagree) ? d.due + r.int(1, 2) : d.due,
    completed: null,
    returned: result !== null && r.chance(w.disagree) ? result + r.int(1, 3) : result,
    status: statusLabel(r, d.outcome, w, 'paper'),
    reason: '',
    apology: d.apology,
    newDate: d.newDate,
    supReq: d.supReq,
    supRet: d.supRet,
    supCount: d.supCount,
    owner: d.owner,
    note: r.pick(NOTES),
    sign: r.pick(['Đã ký', '', 'x']),
    book: `${p2(civil(d.received).m)}/${civil(d.received).y}`,
  };
  if (d.outcome === 'withdrawn' || d.outcome === 'rejected' || d.outcome === 'stopped') p.returned = d.returned;
  return p;
}

// ---------------------------------------------------------------------------------------------------
// Files

const ELECTRONIC_COLUMNS = [
  'stt',
  'code',
  'procCode',
  'procedure',
  'unit',
  'owner',
  'submitted',
  'received',
  'due',
  'completed',
  'returned',
  'status',
  'channel',
  'reason',
  'apology',
  'newDate',
  'supReq',
  'supRet',
  'supCount',
  'note',
];
const PAPER_COLUMNS = [
  'stt',
  'book',
  'code',
  'procedure',
  'unit',
  'owner',
  'received',
  'due',
  'returned',
  'status',
  'supReq',
  'supRet',
  'apology',
  'newDate',
  'sign',
  'note',
];

/** A random dialect for one file; `fixed` overrides. */
function randomDialect(r, fixed = {}) {
  return {
    delimiter: r.weighted([
      [6, ','],
      [2, ';'],
      [2, '\t'],
    ]),
    eol: r.weighted([
      [6, '\n'],
      [3, '\r\n'],
      [1, '\r'],
    ]),
    bom: r.chance(0.25),
    finalEol: r.chance(0.85),
    quoteAll: r.chance(0.15),
    encoding: 'utf-8',
    titleRows: r.chance(0.3) ? r.int(1, 3) : 0,
    twoRowHeader: r.chance(0.1),
    spelling: r.weighted([
      [14, 'as-is'],
      [2, 'upper'],
      [1, 'no-marks'],
      [1, 'nbsp'],
      [1, 'nfd'],
    ]),
    aliasPick: r.int(0, 99),
    dateStyle: {
      form: r.weighted([
        [10, 'dmy'],
        [2, 'dmyShort'],
        [1, 'dmyDash'],
        [1, 'dmyDot'],
        [2, 'iso'],
        [1, 'isoT'],
        [1, 'isoSpace'],
        [1, 'timeDmy'],
        [1, 'slip'],
        [1, 'serial'],
        [1, 'serialFrac'],
      ]),
      mix: r.chance(0.1) ? 0.05 : 0,
      times: r.chance(0.5) ? 0.3 : 0,
    },
    ...fixed,
  };
}

/**
 * The columns a file has: `base` minus what the world leaves out, in order (or shuffled), each with a
 * header name drawn for the file.
 */
function columnsFor(r, base, w, dialect, side) {
  const omit = new Set(w.omit ?? []);
  if (!w.apology) omit.add('apology');
  if (!w.apology || !w.newDate) omit.add('newDate');
  if (!w.reason) omit.add('reason');
  if (!w.supplement) for (const c of ['supReq', 'supRet', 'supCount']) omit.add(c);
  if (!w.procCodes || side === 'paper') omit.add('procCode');
  if (side === 'electronic' && !w.apologyElectronic) omit.add('apology');
  if (side === 'electronic' && !w.apologyElectronic) omit.add('newDate');
  if (side === 'paper' && !w.statusOnPaper) omit.add('status');
  for (const c of ['stt', 'owner', 'note', 'channel', 'submitted', 'book', 'sign']) if (r.chance(0.3)) omit.add(c);
  let cols = base.filter((c) => !omit.has(c));
  if (w.shuffleColumns && r.chance(0.5)) cols = r.shuffle(cols);
  if (dialect.twoRowHeader) {
    // The date columns side by side under one merged "Ngày".
    const dates = cols.filter((c) => c in SUB_HEADERS);
    const at = cols.findIndex((c) => c in SUB_HEADERS);
    const rest = cols.filter((c) => !(c in SUB_HEADERS));
    cols = [...rest.slice(0, at), ...dates, ...rest.slice(at)];
  }
  const headers = w.headers?.[side] ?? {};
  return cols.map((key, i) => {
    const names = HEADERS[key];
    const header = headers[key] ?? names[(dialect.aliasPick + i) % names.length];
    return { key, header: spellHeader(header, dialect.spelling) };
  });
}

/** A cell written exactly as given (no quoting): a quoted field followed by text, an invalid byte marker. */
const raw = (text) => ({ raw: text });
const BAD_BYTE_MARK = '@@BADUTF8@@';

function cellsOf(r, rec, cols, dialect, index) {
  return cols.map(({ key }) => {
    if (key === 'stt') return String(index + 1);
    const v = rec[key];
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return v;
    if (typeof v === 'number' && DATE_FIELDS.includes(key)) return formatDay(r, v, dialect.dateStyle);
    return String(v);
  });
}

/** Rows that must be rejected (or that carry an unreadable optional date), built from a real record. */
function badRow(r, rec, kind) {
  const b = { ...rec };
  switch (kind) {
    case 'emptyCode':
      b.code = r.pick(['', '   ']);
      break;
    case 'badReceipt':
      b.received = r.pick(['32/03/2024', 'hôm qua', '2024-13-45', '00/00/0000']);
      break;
    case 'emptyReceipt':
      b.received = '';
      break;
    case 'emptyDue':
      b.due = '';
      break;
    case 'monthFirstDue':
      b.due = '12/31/2024';
      break;
    case 'impossibleReceipt':
      b.received = '31/02/2024';
      break;
    case 'unreadableResult':
      b.completed = r.pick(['chưa rõ', '31/02/2024', '??']);
      break;
    case 'resultBeforeReceipt':
      b.returned = rec.received - 365;
      break;
  }
  return b;
}
const BAD_KINDS = [
  'emptyCode',
  'badReceipt',
  'emptyReceipt',
  'emptyDue',
  'monthFirstDue',
  'impossibleReceipt',
  'unreadableResult',
  'resultBeforeReceipt',
  'shortRow',
  'longRow',
];

/** Where the CSV text of one file comes from: records, columns, dialect and the extras to weave in. */
function renderFile(r, records, side, w, dialect) {
  const cols = columnsFor(r, side === 'electronic' ? ELECTRONIC_COLUMNS : PAPER_COLUMNS, w, dialect, side);
  const rows = csvLines(dialect);
  const titles = [
    'ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL',
    side === 'paper' ? 'SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2024' : 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ',
    'Từ ngày 01/01/2024 đến ngày 31/12/2024',
  ];
  for (let t = 0; t < dialect.titleRows; t++) rows.push([titles[t % titles.length]]);
  if (dialect.titleRows > 0 && r.chance(0.5)) rows.push([]);
  if (dialect.twoRowHeader) {
    const firstDate = cols.findIndex((c) => c.key in SUB_HEADERS);
    rows.push(cols.map((c, i) => (c.key in SUB_HEADERS ? (i === firstDate ? 'Ngày' : '') : c.header)));
    rows.push(cols.map((c) => (c.key in SUB_HEADERS ? SUB_HEADERS[c.key] : '')));
  } else rows.push(cols.map((c) => c.header));
  const layout = side === 'paper' && w.layout;
  if (layout) {
    const style = r.pick(['paren', 'plain', 'letters', 'brackets']);
    rows.push(
      cols.map((_, i) =>
        style === 'paren'
          ? `(${i + 1})`
          : style === 'plain'
            ? String(i + 1)
            : style === 'brackets'
              ? `[${i + 1}]`
              : String.fromCharCode(65 + (i % 26)),
      ),
    );
  }
  const codeAt = cols.findIndex((c) => c.key === 'code');
  const footer = (cells) => cols.map((_, i) => cells[i] ?? '');
  const pageEvery = layout ? r.int(40, 400) : 0;
  const bad = new Map();
  for (let k = 0; k < (w.badRows ?? 0); k++)
    bad.set(r.int(0, Math.max(0, records.length - 1)), r.pick(w.badKinds ?? BAD_KINDS));
  const dupRate = w.duplicates ?? 0;
  const specials = new Map();
  if (w.quotedThenText?.includes(side))
    specials.set(Math.floor(records.length * (w.quotedThenTextAt ?? 0.5)), 'quotedThenText');
  if (w.invalidUtf8?.includes(side)) specials.set(Math.floor(records.length * 0.85), 'invalidUtf8');
  const lateDups = [];
  records.forEach((rec, i) => {
    let row = rec;
    const special = specials.get(i);
    if (special === 'quotedThenText') {
      const key = cols.some((c) => c.key === 'procedure') ? 'procedure' : 'unit';
      row = { ...rec, [key]: raw(`"${String(rec[key]).replace(/[",;\t]/g, ' ')}" (bản sao)`) };
    } else if (special === 'invalidUtf8') {
      row = { ...rec, note: raw(BAD_BYTE_MARK), owner: raw(BAD_BYTE_MARK) };
      if (!cols.some((c) => c.key === 'note' || c.key === 'owner')) row.unit = raw(`${rec.unit}${BAD_BYTE_MARK}`);
    }
    rows.push(cellsOf(r, row, cols, dialect, i));
    const kind = bad.get(i);
    if (kind === 'shortRow') rows.push(cellsOf(r, rec, cols, dialect, i).slice(0, Math.max(1, cols.length - 2)));
    else if (kind === 'longRow') rows.push([...cellsOf(r, rec, cols, dialect, i), 'thừa', 'x']);
    else if (kind !== undefined) rows.push(cellsOf(r, badRow(r, rec, kind), cols, dialect, i));
    if (dupRate > 0 && r.chance(dupRate)) {
      // A duplicate now or further down: the same row, or the same code with another result.
      const copy = r.chance(0.5)
        ? rec
        : { ...rec, completed: null, returned: rec.returned === null ? rec.received + 1 : null, status: 'Đang xử lý' };
      if (r.chance(0.5)) rows.push(cellsOf(r, copy, cols, dialect, i));
      else lateDups.push(copy);
    }
    if (pageEvery > 0 && i > 0 && i % pageEvery === 0) {
      const total = r.pick([`Tổng cộng: ${i} hồ sơ`, 'Cộng', `Cộng: ${i}`, 'Tổng số hồ sơ']);
      rows.push(footer({ [codeAt]: total }));
    }
  });
  for (const copy of lateDups) rows.push(cellsOf(r, copy, cols, dialect, rows.length));
  if (layout) {
    const last = cols.length - 1;
    rows.push(footer({ [codeAt]: `Tổng cộng: ${records.length} hồ sơ` }));
    rows.push(footer({ [Math.max(0, last - 1)]: 'Đắk Mil, ngày 31 tháng 12 năm 2024' }));
    rows.push(footer({ [Math.min(1, last)]: 'Người lập biểu', [last]: 'Thủ trưởng đơn vị' }));
    rows.push(['', '(Ký, ghi rõ họ tên)', '', '(Ký tên, đóng dấu)']);
  }
  return encodeFile(rows.text(), dialect);
}

/** Rows turned into CSV lines as they come (a string per row, not an array of cells, is kept). */
function csvLines(d) {
  const special = new RegExp(`["\\r\\n${d.delimiter === '\t' ? '\\t' : d.delimiter}]`);
  const cell = (v) => {
    if (typeof v === 'object') return v.raw;
    return d.quoteAll || special.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [];
  return {
    push(row) {
      lines.push(row.map(cell).join(d.delimiter));
    },
    get length() {
      return lines.length;
    },
    text: () => lines.join(d.eol) + (d.finalEol ? d.eol : ''),
  };
}

function writeCsv(rows, d) {
  const out = csvLines(d);
  for (const row of rows) out.push(row);
  return out.text();
}

function encodeFile(text, d) {
  let bytes;
  if (d.encoding === 'windows-1258') bytes = cp1258(text);
  else if (d.encoding === 'utf-16le') bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  else if (d.encoding === 'utf-16be') bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  else bytes = Buffer.from((d.bom ? '\ufeff' : '') + text, 'utf8');
  // Invalid UTF-8: the marker's first byte becomes 0xFF (a byte that never occurs in UTF-8).
  const mark = Buffer.from(BAD_BYTE_MARK);
  for (let at = bytes.indexOf(mark); at >= 0; at = bytes.indexOf(mark, at + 1)) {
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------------
// Datasets

const DEFAULT_WORLD = {
  n: 100,
  units: UNIT_POOL.slice(0, 5),
  procedures: PROCEDURES,
  start: dayOf(2023, 11, 1),
  end: dayOf(2025, 1, 20),
  asOf: dayOf(2024, 12, 31),
  prefix: '000.00',
  // rates
  masked: 0.2,
  disagree: 0.01,
  codeVariants: 0.1,
  unitVariants: 0.06,
  missingInPaper: 0.03,
  missingInElectronic: 0.02,
  duplicates: 0,
  crossFileDuplicates: 0,
  badRows: 0,
  // columns and features
  apology: true,
  apologyElectronic: false,
  newDate: false,
  reason: true,
  supplement: false,
  procCodes: false,
  statusOnPaper: false,
  classLabels: true,
  unknownLabels: false,
  layout: false,
  shuffleColumns: false,
  procedureCaseVariants: false,
};

/** Split `records` over `files` files by receipt month order, as monthly exports are. */
function splitFiles(r, records, files, crossDup) {
  const sorted = [...records].sort(
    (a, b) => a.received - b.received || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const parts = Array.from({ length: files }, () => []);
  sorted.forEach((rec, i) => {
    const f = Math.min(files - 1, Math.floor((i * files) / sorted.length));
    parts[f].push(rec);
    if (files > 1 && crossDup > 0 && r.chance(crossDup)) parts[(f + 1) % files].push(rec);
  });
  // Within a file, rows in their own order (exports are not sorted by code).
  return parts.map((p) => (r.chance(0.5) ? r.shuffle(p) : p));
}

/**
 * Build one dataset's files: `w` the world (DEFAULT_WORLD overridden), `sides` the dialects of each
 * file per side (a list of partial dialects; random where not given).
 */
function buildPair(r, dir, w, sides) {
  const world = { ...DEFAULT_WORLD, ...w };
  const dossiers = makeDossiers(r, world);
  const files = new Map();
  const e = [];
  const p = [];
  for (const d of dossiers) {
    const paperOnly = r.chance(world.missingInElectronic);
    const electronicOnly =
      !paperOnly && (r.chance(world.missingInPaper) || (d.outcome === 'withdrawn' && r.chance(0.5)));
    if (!paperOnly) e.push(electronicView(r, d, world));
    if (!electronicOnly) p.push(paperView(r, d, world));
  }
  const out = { electronic: [], paper: [] };
  for (const [side, records] of [
    ['electronic', e],
    ['paper', p],
  ]) {
    const dialects = sides[side] ?? [];
    if (dialects.length === 0) continue;
    const parts = splitFiles(r, records, dialects.length, world.crossFileDuplicates);
    dialects.forEach((fixed, i) => {
      const name = `${dir}/${side === 'electronic' ? 'e' : 'p'}${i + 1}.csv`;
      const sideWorld = { ...world, ...(world[side] ?? {}) };
      files.set(name, renderFile(r, parts[i], side, sideWorld, randomDialect(r, fixed)));
      out[side].push(name);
    });
  }
  return { files, ...out };
}

function catalogueCsv(r) {
  const rows = [['Mã thủ tục', 'Tên thủ tục', 'Thời hạn giải quyết']];
  for (const p of PROCEDURES) if (p.catalogue !== false) rows.push([p.code, p.name, p.written]);
  if (r.chance(0.5)) rows.splice(2, 0, ['', '', '']);
  return Buffer.from(writeCsv(rows, { delimiter: ',', eol: '\n', finalEol: true, quoteAll: false }), 'utf8');
}

function calendarJson(r) {
  const entries = [
    { date: '2024-03-08', kind: 'off', name: 'Hypothetical day off (differential corpus)', source: 'generated' },
    { date: '2024-06-15', kind: 'working', name: 'Hypothetical working Saturday', source: 'generated' },
    { date: '2024-11-25', kind: 'off', name: 'Hypothetical', nameVi: 'Ngày nghỉ giả định', source: 'generated' },
    { date: '2025-01-02', kind: 'off', name: 'Hypothetical', source: 'generated' },
  ];
  const body = r.chance(0.5) ? { note: 'generated for the differential harness', entries } : entries;
  return Buffer.from(`${JSON.stringify(body, null, 2)}\n`, 'utf8');
}

/**
 * The plan: every dataset's name, files, the arguments it must be read with and a `build` that writes
 * its bytes (called only for datasets some selected case uses). `size` is rows per side, roughly.
 */
export function planCorpus(seed) {
  const datasets = [];
  const add = (name, spec) => datasets.push({ name, dir: `gen/${name}`, ...spec });
  const asOf = isoDay(DEFAULT_WORLD.asOf);

  // Targeted datasets: each guarantees some feature is in the corpus.
  add('t-quoting', {
    size: 3000,
    asOf,
    features: ['quoted cells', 'quoted field followed by text mid-file', 'stray quotes', 'CRLF in quotes'],
    world: {
      n: 3000,
      quotedThenText: ['electronic', 'paper'],
      badRows: 4,
      badKinds: ['shortRow', 'longRow', 'unreadableResult'],
    },
    sides: { electronic: [{ delimiter: ',', eol: '\r\n', titleRows: 0 }], paper: [{ delimiter: ';', eol: '\n' }] },
    args: ['--max-errors', '10'],
  });
  add('t-win1258', {
    size: 400,
    asOf,
    features: ['windows-1258', 'BOM UTF-8 file mixed with windows-1258'],
    world: { n: 400, unitVariants: 0.1 },
    sides: {
      electronic: [{ encoding: 'windows-1258', delimiter: ';', eol: '\r\n', spelling: 'as-is' }],
      paper: [
        { encoding: 'windows-1258', delimiter: ',', spelling: 'as-is' },
        { encoding: 'utf-8', bom: true, spelling: 'as-is' },
      ],
    },
    args: ['--encoding', 'windows-1258'],
  });
  add('t-utf16', {
    size: 200,
    asOf,
    features: ['UTF-16LE with BOM', 'UTF-16BE with BOM'],
    world: { n: 200 },
    sides: {
      electronic: [{ encoding: 'utf-16le', delimiter: '\t', eol: '\r\n' }],
      paper: [{ encoding: 'utf-16be', delimiter: '\t', eol: '\r\n' }],
    },
    args: [],
  });
  add('t-catalogue', {
    size: 600,
    asOf: '2025-03-31',
    features: ['procedure codes', '--procedures', '--calendar', 'supplement waits', 'apology dates', 'new dates'],
    world: {
      n: 600,
      start: dayOf(2024, 1, 2),
      end: dayOf(2025, 3, 20),
      asOf: dayOf(2025, 3, 31),
      procCodes: true,
      supplement: true,
      apology: true,
      apologyElectronic: true,
      newDate: true,
      procedureCaseVariants: true,
    },
    sides: { electronic: [{ delimiter: ',' }, { delimiter: ',' }], paper: [{ delimiter: ',' }] },
    extraFiles: { 'catalogue.csv': catalogueCsv, 'calendar.json': calendarJson },
    args: ['--procedures', 'gen/t-catalogue/catalogue.csv', '--calendar', 'gen/t-catalogue/calendar.json'],
  });
  add('t-register', {
    size: 900,
    asOf,
    features: ['register layout rows', 'title rows', 'two-row header', 'column numbers', 'totals', 'signatures'],
    world: { n: 900, layout: true, statusOnPaper: true },
    sides: {
      electronic: [{ titleRows: 3, twoRowHeader: false }],
      paper: [
        { titleRows: 1, twoRowHeader: true, delimiter: ',' },
        { titleRows: 2, twoRowHeader: false, delimiter: ';' },
      ],
    },
    args: [],
  });
  add('t-dups', {
    size: 500,
    asOf,
    features: ['duplicates within files', 'duplicates across files', 'several files per side'],
    world: { n: 500, duplicates: 0.05, crossFileDuplicates: 0.03 },
    sides: { electronic: [{}, {}, {}], paper: [{}, {}] },
    args: [],
  });
  add('t-units', {
    size: 300,
    asOf,
    features: ['unit names written differently', 'lower-case codes with spaces'],
    world: { n: 300, unitVariants: 0.35, codeVariants: 0.4, units: UNIT_POOL },
    sides: { electronic: [{}], paper: [{}] },
    args: [],
  });
  add('t-badrows', {
    size: 400,
    asOf,
    features: ['rejected rows of every kind', 'month-first date', 'impossible dates', 'unreadable optional dates'],
    world: { n: 400, badRows: 12 },
    sides: { electronic: [{ titleRows: 0 }], paper: [{ titleRows: 0 }] },
    args: [],
  });
  add('t-invalid-utf8', {
    size: 2500,
    asOf,
    features: ['invalid UTF-8 late in a file'],
    world: { n: 2500, invalidUtf8: ['electronic'] },
    sides: { electronic: [{ encoding: 'utf-8', bom: false }], paper: [{}] },
    args: [],
  });
  add('t-labels', {
    size: 800,
    asOf,
    features: ['national codes', 'vendor labels', 'class labels', 'unknown labels', 'paper status column'],
    world: { n: 800, classLabels: true, unknownLabels: true, statusOnPaper: true },
    sides: { electronic: [{}], paper: [{}] },
    args: [],
  });
  add('t-config', {
    size: 150,
    asOf,
    features: ['--config with columns and status labels'],
    world: {
      n: 150,
      headers: {
        electronic: { code: 'Số biên nhận', received: 'Ngày nhận HS', due: 'Hạn trả', status: 'Tình hình' },
        paper: { code: 'Số biên nhận', received: 'NgayNhan', due: 'Hạn trả', status: 'Tình hình' },
      },
    },
    sides: {
      electronic: [{ spelling: 'as-is', twoRowHeader: false }],
      paper: [{ spelling: 'as-is', twoRowHeader: false }],
    },
    extraFiles: {
      'config.json': () =>
        Buffer.from(
          `${JSON.stringify(
            {
              columns: {
                code: 'Số biên nhận',
                received: ['Ngày nhận HS', 'NgayNhan'],
                due: 'Hạn trả',
                status: 'Tình hình',
              },
              statusLabels: { 'Hoàn tất': 'returned', 'Đã duyệt': 'resolved', 'Chờ ký số': 'processing', Chậm: 'late' },
              defaults: { resultDate: 'auto', maxErrors: '5%' },
            },
            null,
            2,
          )}\n`,
        ),
    },
    args: ['--config', 'gen/t-config/config.json'],
  });
  add('t-nounit', {
    size: 120,
    asOf,
    features: ['no unit column (--unit)', '--map for an unknown code header'],
    world: {
      n: 120,
      units: ['UBND xã Không Tên'],
      omit: ['unit'],
      headers: { electronic: { code: 'Số biên nhận' }, paper: { code: 'Số biên nhận' } },
    },
    sides: { electronic: [{ spelling: 'as-is' }], paper: [{ spelling: 'as-is' }] },
    args: ['--unit-name', 'UBND xã Không Tên', '--map', 'code=Số biên nhận'],
  });
  add('t-pipe', {
    size: 150,
    asOf,
    features: ['| delimiter with --input-delimiter'],
    world: { n: 150 },
    sides: { electronic: [{ delimiter: '|' }], paper: [{ delimiter: '|' }] },
    args: ['--input-delimiter', '|'],
  });
  add('t-tiny', {
    size: 2,
    asOf: '2024-03-31',
    features: ['a few rows'],
    world: { n: 3, start: dayOf(2024, 3, 1), end: dayOf(2024, 3, 10), asOf: dayOf(2024, 3, 31) },
    sides: { electronic: [{}], paper: [{}] },
    args: [],
  });
  add('t-rule-years', {
    size: 250,
    asOf: '2019-06-30',
    features: ['dates in 2018–2019, before the built-in holiday data: holidays computed by rule'],
    world: {
      n: 250,
      start: dayOf(2018, 11, 1),
      end: dayOf(2019, 6, 25),
      asOf: dayOf(2019, 6, 30),
      procCodes: true,
      newDate: true,
      apology: true,
    },
    sides: { electronic: [{}], paper: [{}] },
    extraFiles: { 'catalogue.csv': catalogueCsv },
    args: ['--procedures', 'gen/t-rule-years/catalogue.csv'],
  });
  add('mid-threads', {
    size: 30000,
    asOf,
    features: ['30,000 rows per side: reader threads (≥ 50,000 rows in all), hand-over to csv-parse mid-file'],
    world: {
      n: 30000,
      units: BIG_UNITS.slice(0, 20),
      prefix: '000.30',
      duplicates: 0.002,
      badRows: 20,
      quotedThenText: ['electronic'],
      paper: { layout: true },
    },
    sides: { electronic: [{ delimiter: ',', quoteAll: false }], paper: [{ delimiter: ';', eol: '\r\n' }] },
    args: ['--max-errors', '1%'],
  });
  add('big-clean', {
    size: 120000,
    asOf,
    features: ['120,000 rows per side, clean: fast reader, reader threads, two audit threads'],
    world: {
      n: 120000,
      units: BIG_UNITS,
      prefix: '000.40',
      apology: true,
      reason: false,
      codeVariants: 0.03,
      unitVariants: 0.01,
      missingInPaper: 0.01,
      missingInElectronic: 0.01,
    },
    sides: {
      electronic: [
        {
          delimiter: ',',
          eol: '\n',
          bom: false,
          titleRows: 0,
          twoRowHeader: false,
          spelling: 'as-is',
          quoteAll: false,
        },
        {
          delimiter: ',',
          eol: '\r\n',
          bom: true,
          titleRows: 0,
          twoRowHeader: false,
          spelling: 'as-is',
          quoteAll: false,
        },
      ],
      paper: [{ delimiter: ';', eol: '\r\n', titleRows: 0, twoRowHeader: false, spelling: 'as-is', quoteAll: false }],
    },
    args: [],
  });
  add('big-messy', {
    size: 120000,
    asOf,
    features: ['120,000 rows per side with a hand-over to csv-parse mid-file, rejected and layout rows, duplicates'],
    world: {
      n: 120000,
      units: BIG_UNITS,
      prefix: '000.50',
      layout: true,
      duplicates: 0.003,
      crossFileDuplicates: 0.002,
      badRows: 60,
      supplement: true,
      newDate: true,
      unknownLabels: true,
      statusOnPaper: true,
      quotedThenText: ['electronic'],
      // Late enough that csv-parse, slower than the byte-level reader, reads only the last fifth.
      quotedThenTextAt: 0.8,
    },
    sides: {
      electronic: [
        { delimiter: ',', eol: '\n', titleRows: 2, twoRowHeader: false, quoteAll: false, spelling: 'as-is' },
      ],
      paper: [
        { delimiter: '\t', eol: '\n', titleRows: 1, twoRowHeader: true, quoteAll: false },
        { delimiter: '\t', eol: '\r\n', titleRows: 0, twoRowHeader: false, quoteAll: false },
      ],
    },
    args: ['--max-errors', '1%'],
  });
  add('big-bad-utf8', {
    size: 60000,
    asOf,
    features: ['60,000 rows, invalid UTF-8 at 85 % (found by a reader thread)'],
    world: { n: 60000, units: BIG_UNITS, prefix: '000.60', invalidUtf8: ['electronic'] },
    sides: { electronic: [{ delimiter: ',', bom: false, encoding: 'utf-8' }] },
    args: [],
  });

  // Random datasets: every feature drawn with some probability.
  const RANDOM = 22;
  for (let k = 1; k <= RANDOM; k++) {
    const name = `rand-${p2(k)}`;
    const r = new Rand(seedFor(seed, `${name}/plan`));
    const n = r.weighted([
      [3, r.int(1, 8)],
      [4, r.int(10, 60)],
      [4, r.int(100, 400)],
      [2, r.int(800, 2000)],
      [1, r.int(3000, 6000)],
    ]);
    const bad = r.chance(0.4);
    const world = {
      n,
      units: r.shuffle(UNIT_POOL).slice(0, r.int(1, 8)),
      prefix: `000.${p2(k)}`,
      masked: r.pick([0, 0.2, 0.5]),
      disagree: r.pick([0, 0.01, 0.05]),
      codeVariants: r.pick([0, 0.1, 0.3]),
      unitVariants: r.pick([0, 0.06, 0.2]),
      missingInPaper: r.pick([0, 0.03, 0.1]),
      missingInElectronic: r.pick([0, 0.02, 0.1]),
      duplicates: r.pick([0, 0, 0.01, 0.05]),
      crossFileDuplicates: r.pick([0, 0.02]),
      badRows: bad ? r.int(1, 6) : 0,
      apology: r.chance(0.6),
      apologyElectronic: r.chance(0.2),
      newDate: r.chance(0.4),
      reason: r.chance(0.5),
      supplement: r.chance(0.3),
      procCodes: r.chance(0.4),
      statusOnPaper: r.chance(0.3),
      classLabels: r.chance(0.6),
      unknownLabels: r.chance(0.3),
      layout: r.chance(0.35),
      shuffleColumns: r.chance(0.3),
      quotedThenText: r.chance(0.25) ? [r.pick(['electronic', 'paper'])] : [],
      start: r.pick([dayOf(2023, 11, 1), dayOf(2024, 1, 2), dayOf(2024, 6, 1)]),
      end: r.pick([dayOf(2024, 12, 20), dayOf(2025, 1, 20)]),
    };
    const withCatalogue = world.procCodes && r.chance(0.6);
    const withCalendar = r.chance(0.2);
    const args = [];
    if (bad && r.chance(0.7)) args.push('--max-errors', r.pick(['100%', '20', '5%']));
    if (withCatalogue) args.push('--procedures', `gen/${name}/catalogue.csv`);
    if (withCalendar) args.push('--calendar', `gen/${name}/calendar.json`);
    add(name, {
      size: n,
      asOf,
      features: ['random'],
      world,
      sides: {
        electronic: Array.from(
          {
            length: r.weighted([
              [6, 1],
              [3, 2],
              [1, 3],
            ]),
          },
          () => ({}),
        ),
        paper: Array.from(
          {
            length: r.weighted([
              [7, 1],
              [3, 2],
            ]),
          },
          () => ({}),
        ),
      },
      extraFiles: {
        ...(withCatalogue ? { 'catalogue.csv': catalogueCsv } : {}),
        ...(withCalendar ? { 'calendar.json': calendarJson } : {}),
      },
      args,
    });
  }

  for (const ds of datasets) {
    ds.build = () => {
      const r = new Rand(seedFor(seed, ds.name));
      const pair = buildPair(r, ds.dir, ds.world, ds.sides);
      for (const [file, make] of Object.entries(ds.extraFiles ?? {})) pair.files.set(`${ds.dir}/${file}`, make(r));
      return pair.files;
    };
    // File names are known without building: e1…, p1… per side.
    ds.electronic = (ds.sides.electronic ?? []).map((_, i) => `${ds.dir}/e${i + 1}.csv`);
    ds.paper = (ds.sides.paper ?? []).map((_, i) => `${ds.dir}/p${i + 1}.csv`);
  }
  return datasets;
}
