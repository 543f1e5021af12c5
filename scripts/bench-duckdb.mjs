/**
 * The job an analyst would write in DuckDB instead of running tthc-audit. Run as its own process by
 * bench.mjs so that its wall time and peak RSS are measured the same way as the tool's.
 *
 *   node scripts/bench-duckdb.mjs --electronic E --paper P --as-of yyyy-mm-dd --output summary.json
 *        [--job findings|counts] [--findings-output findings.json]
 *
 * `--job findings` (default) does the tool's job: read both CSVs, keep one row per code and source
 * (the tool's rule, src/core/dedupe.ts), join the sources on the normalised code (full outer join),
 * classify each side at the as-of date, count classes per unit, and list every finding of the kinds
 * in FINDING_KINDS below with code, unit and both sides' class and dates — written, sorted by unit,
 * kind and code, to `--findings-output` as a JSON array (the tool writes them into its JSON report).
 *
 * `--job counts` is the lighter job the benchmark ran before: the same reading, de-duplication, join
 * and classification, but only the per-unit class counts and the masked-late / missing-in-* counts.
 *
 * Both write to `--output` a small summary the benchmark compares with the tool's report:
 *   { job, kinds: [kind], findings: n, units: [{ unit, key, electronic: {class: n}, paper: {class: n},
 *     findings: {kind: n} }], maxRss }
 * where `key` is the folded unit name (the tool's grouping key) and `unit` its most frequent spelling.
 *
 * The tool's rules are reproduced for the data the benchmark's generators write: day-first dates
 * (dd/mm/yyyy, optionally followed by a time), no supplement or new-date columns, no procedure
 * catalogue. Working days come from the tool's own calendar module (a `days` table, see
 * createDaysTable: needs `npm run build`): due dates on a day off and apology slips issued too close to
 * the due date; days late are calendar days. What it does not do is said where it matters below and in
 * scripts/BENCH-NOTES.md.
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
// The tool's own working-day calendar (built by `npm run build`), so that both jobs share the days off.
import { buildCalendar } from '../dist/core/calendar/working-days.js';
import { dayOf, formatIsoDay } from '../dist/core/day.js';

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) {
    if (fallback !== undefined) return fallback;
    throw new Error(`missing ${name}`);
  }
  return process.argv[i + 1];
}

const electronicFile = argValue('--electronic');
const paperFile = argValue('--paper');
const asOf = argValue('--as-of');
const output = argValue('--output');
const job = argValue('--job', 'findings');
const findingsOutput = argValue('--findings-output', null);
if (!['findings', 'counts', 'legacy'].includes(job)) throw new Error('--job expects findings, counts or legacy');
if (job === 'findings' && !findingsOutput) throw new Error('--job findings needs --findings-output');

/** The kinds this job computes, in the tool's order (src/core/findings.ts). */
export const FINDING_KINDS = [
  'masked-late',
  'missing-in-electronic',
  'missing-in-paper',
  'status-mismatch',
  'due-date-mismatch',
  'received-date-mismatch',
  'completed-date-mismatch',
  'unit-mismatch',
  'duplicate-code',
  'late-without-apology',
  'apology-late',
  'late-apology',
  'repeated-new-date',
  'due-on-day-off',
  'invalid-dates',
  'status-label-mismatch',
  'returned-without-reason',
];
const COUNT_KINDS = ['masked-late', 'missing-in-electronic', 'missing-in-paper'];

// ---------------------------------------------------------------------------------------------------
// Which column is which: the header names the tool knows for the fields this job uses (a subset of
// src/core/columns.ts), compared folded. An analyst writes the column names into the SQL; the two
// profiles differ in their optional columns (status and reason), hence this look-up.

const foldJs = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
const HEADERS = {
  code: ['Mã hồ sơ', 'MaHoSo', 'Số hồ sơ'],
  unit: ['Đơn vị', 'Cơ quan', 'Cơ quan giải quyết', 'TenDonVi', 'Tên đơn vị'],
  received: ['Ngày tiếp nhận', 'Nhận hồ sơ', 'Ngày nhận hồ sơ', 'NgayTiepNhan'],
  due: ['Ngày hẹn trả', 'Hẹn trả kết quả', 'Ngày hẹn trả kết quả', 'NgayHenTra'],
  completed: ['Ngày có kết quả', 'Ngày xử lý xong', 'NgayKetThucXuLy'],
  returned: ['Ngày trả kết quả', 'Trả kết quả', 'NgayTra'],
  status: ['Trạng thái', 'Tình trạng', 'TrangThaiHoSo'],
  apology: ['Xin lỗi', 'Phiếu xin lỗi', 'Ngày xin lỗi'],
  reason: ['Lý do', 'Lý do trả lại', 'Lý do từ chối'],
  newDateCount: ['Số lần hẹn lại', 'SoLanHenLai', 'Số lần gia hạn', 'new date count'],
};
const FIELD_OF = new Map(Object.entries(HEADERS).flatMap(([f, names]) => names.map((n) => [foldJs(n), f])));

function columnsOf(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(64 * 1024);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const header = buf
    .toString('utf8', 0, n)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
  const columns = {};
  for (const name of header.split(',')) {
    const field = FIELD_OF.get(foldJs(name.replace(/^"|"$/g, '')));
    if (field && columns[field] === undefined) columns[field] = name.replace(/^"|"$/g, '');
  }
  for (const f of ['code', 'received', 'due']) if (!columns[f]) throw new Error(`${file}: no ${f} column`);
  return columns;
}

// ---------------------------------------------------------------------------------------------------
// SQL building blocks.

const str = (s) => `'${s.replace(/'/g, "''")}'`;
const ident = (s) => `"${s.replace(/"/g, '""')}"`;
const AS_OF = `DATE ${str(asOf)}`;
/** The tool's foldText: no diacritics (đ → d), lower case, single spaces, trimmed. */
const fold = (x) =>
  `trim(regexp_replace(lower(replace(replace(strip_accents(${x}), 'đ', 'd'), 'Đ', 'D')), '\\s+', ' ', 'g'))`;
/** dd/mm/yyyy with an optional time after it → DATE (the time is dropped, as the tool does). */
const day = (x) => `try_strptime(left(${x}, 10), '%d/%m/%Y')::DATE`;
/** A whole number of times ("2", "2 lần"), as the tool's readCount; NULL when unreadable. */
const count = (x) => `try_cast(nullif(regexp_extract(${x}, '^(\\d{1,3})\\b', 1), '') AS INTEGER)`;
const LATE = `('late', 'pending-overdue')`;
const WITHDRAWN_KINDS = `('withdrawn', 'rejected', 'stopped')`;
/** The tool's classification: status first, then the result date (completed, else returned). */
const classify = (kind, result, due) => `CASE
    WHEN ${kind} IN ${WITHDRAWN_KINDS} THEN 'withdrawn'
    WHEN ${result} IS NOT NULL AND ${result} <= ${AS_OF} THEN
      CASE WHEN ${result} < ${due} THEN 'before-deadline' WHEN ${result} = ${due} THEN 'on-time' ELSE 'late' END
    WHEN ${AS_OF} <= ${due} THEN 'pending-not-due'
    ELSE 'pending-overdue' END`;

/** Status labels → life-cycle kind or stored class (src/core/status.ts), matched folded. */
const KIND_LABELS = {
  new: ['1', 'Mới đăng ký', 'Mới', 'new'],
  received: ['2', 'Được tiếp nhận', 'Đã tiếp nhận', 'Tiếp nhận', 'received'],
  processing: ['4', 'Đang xử lý', 'Đang giải quyết', 'Chờ xử lý', 'processing', 'pending', 'in progress'],
  supplement: ['5', 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu bổ sung', 'Chờ bổ sung hồ sơ', 'Chờ bổ sung', 'Bổ sung hồ sơ'],
  financial: ['6', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính'],
  resolved: ['9', 'Đã xử lý xong', 'Xử lý xong', 'Đã giải quyết', 'Hoàn thành', 'Đã hoàn thành', 'Có kết quả'],
  returned: ['10', 'Đã trả kết quả', 'Trả kết quả', 'returned'],
  rejected: [
    '3',
    'Không được tiếp nhận',
    'Từ chối',
    'Từ chối tiếp nhận',
    'Trả lại',
    'Trả lại hồ sơ',
    'Không giải quyết',
  ],
  withdrawn: ['7', 'Công dân yêu cầu rút hồ sơ', 'Rút hồ sơ', 'Đã rút', 'Đã rút hồ sơ', 'withdrawn'],
  stopped: ['8', 'Dừng xử lý', 'Tạm dừng', 'Đã dừng', 'stopped'],
};
const CLASS_LABELS = {
  'before-deadline': ['Trước hạn', 'Sớm', 'Sớm hạn', 'Đã giải quyết trước hạn', 'before deadline', 'early'],
  'on-time': ['Đúng hạn', 'Đã giải quyết đúng hạn', 'on time'],
  late: ['Quá hạn', 'Trễ hạn', 'Trễ', 'Đã giải quyết quá hạn', 'Quá hạn chưa giải quyết', 'late', 'overdue'],
};
const LABEL_ROWS = [
  ...Object.entries(KIND_LABELS).flatMap(([kind, labels]) => labels.map((l) => `(${str(l)}, ${str(kind)}, NULL)`)),
  ...Object.entries(CLASS_LABELS).flatMap(([cls, labels]) => labels.map((l) => `(${str(l)}, NULL, ${str(cls)})`)),
];
/** Apology cells that say no (src/core/status.ts); anything else non-empty records an apology. */
const APOLOGY_NO = `('', 'khong', 'k', 'no', 'n', 'false', '0', 'chua', 'chua xin loi', '-')`;

/**
 * One source's rows, cleaned as the tool's normaliseRow does (table `name`), and the rows the tool does
 * not keep for their code (table `name_extra`: row ids). Of the rows sharing a code, the tool keeps one
 * by content (src/core/dedupe.ts): a row with a result first, then the later result, the earlier
 * receipt, the later due date; then it compares every other value — here the status, unit, apology,
 * reason and the code as written (rows the generators tie on up to there are identical in everything a
 * figure depends on). Only the codes that occur more than once are ranked: a window over every row
 * cost ~3× as much.
 *
 * The counts job reads only what a class depends on (no apology, reason, code as written or
 * unreadable-date flags; ties after the status and unit cannot change a class count).
 */
function sideTables(name, file, cols, full) {
  const text = (field) => (cols[field] ? `trim(${ident(cols[field])})` : 'NULL::VARCHAR');
  const only = (sql) => (full ? sql : '');
  return [
    `CREATE TEMP TABLE ${name} AS
SELECT code, unit, status, received, due, coalesce(completed, returned) AS result
       ${only(`, completed, returned,
       nullif(raw_code, code) AS raw_code, -- the code as written, when it is not its own key
       coalesce(completed_text, '') <> '' AND completed IS NULL AS completed_bad,
       coalesce(returned_text, '') <> '' AND returned IS NULL AS returned_bad,
       apology_text, reason, new_dates`)}
FROM (
  SELECT upper(replace(raw_code, ' ', '')) AS code, coalesce(unit, '') AS unit,
         coalesce(status, '') AS status, ${day('received_text')} AS received, ${day('due_text')} AS due,
         ${day('completed_text')} AS completed, ${day('returned_text')} AS returned
         ${only(', raw_code, completed_text, returned_text, apology_text, reason, new_dates')}
  FROM (
    SELECT ${text('code')} AS raw_code, ${text('unit')} AS unit, ${text('status')} AS status,
           ${text('received')} AS received_text, ${text('due')} AS due_text,
           ${text('completed')} AS completed_text, ${text('returned')} AS returned_text
           ${only(`, ${cols.apology ? `coalesce(${text('apology')}, '')` : 'NULL::VARCHAR'} AS apology_text,
           ${cols.reason ? `coalesce(${text('reason')}, '')` : 'NULL::VARCHAR'} AS reason,
           ${cols.newDateCount ? `${count(text('newDateCount'))}` : 'NULL::INTEGER'} AS new_dates`)}
    FROM read_csv(${str(file)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
  )
)
-- rows the tool rejects: no code, no readable receipt or due date
WHERE code <> '' AND received IS NOT NULL AND due IS NOT NULL`,
    `CREATE TEMP TABLE ${name}_extra AS
SELECT rid FROM (
  SELECT rowid AS rid, row_number() OVER (
      PARTITION BY code
      ORDER BY result IS NULL, result DESC, received, due DESC, status, unit
               ${only(', apology_text, reason, coalesce(raw_code, code)')}) AS copy
  FROM ${name}
  WHERE code IN (SELECT code FROM ${name} GROUP BY code HAVING count(*) > 1)
)
WHERE copy > 1`,
  ];
}

const eCols = columnsOf(electronicFile);
const pCols = columnsOf(paperFile);
const apologyKnown = Boolean(eCols.apology || pCols.apology);
/** The tool's default `--apology-lead-days`. */
const APOLOGY_LEAD_DAYS = 1;

const SETUP = [
  `SET preserve_insertion_order = false`,
  ...sideTables('e', electronicFile, eCols, job === 'findings'),
  ...sideTables('p', paperFile, pCols, job === 'findings'),
  // Distinct spellings: folded (and looked up) once each rather than once per row.
  `CREATE TEMP TABLE labels AS SELECT ${fold('label')} AS key, kind, cls FROM (VALUES ${LABEL_ROWS.join(', ')}) ` +
    `t(label, kind, cls)`,
  `CREATE TEMP TABLE statuses AS
   SELECT s.status, l.kind, l.cls
   FROM (SELECT DISTINCT status FROM e UNION SELECT DISTINCT status FROM p) s
   LEFT JOIN (SELECT key, any_value(kind) AS kind, any_value(cls) AS cls FROM labels GROUP BY key) l
     ON ${fold('s.status')} = l.key`,
  // Apology cells (src/core/status.ts readApology): a "no" in any usual way, else recorded; a date is its date.
  ...(job === 'findings'
    ? [
        `CREATE TEMP TABLE apologies AS
         SELECT text, ${fold('text')} NOT IN ${APOLOGY_NO} AS yes, ${day('text')} AS day
         FROM (SELECT DISTINCT apology_text AS text FROM e UNION SELECT DISTINCT apology_text FROM p)
         WHERE text IS NOT NULL`,
      ]
    : []),
  `CREATE TEMP TABLE spellings AS
   SELECT unit, ${fold('unit')} AS key, regexp_replace(nfc_normalize(unit), '\\s+', ' ', 'g') AS tidy, n
   FROM (SELECT unit, count(*) AS n FROM (SELECT unit FROM e UNION ALL SELECT unit FROM p) GROUP BY unit)`,
  // The unit's display name: its most frequent tidy spelling, ties to the smallest (summarise.ts).
  `CREATE TEMP TABLE unit_names AS
   SELECT key, arg_max(tidy, (n, -rank)) AS name FROM (
     SELECT key, tidy, sum(n) AS n, rank() OVER (PARTITION BY key ORDER BY tidy) AS rank
     FROM spellings GROUP BY key, tidy)
   GROUP BY key`,
];

/** The dossiers' classes per unit (both jobs): the same join as DOSSIERS, reading only what it needs. */
const CLASS_COUNTS = `
SELECT ukey, ec, pc, count(*)::INTEGER AS n FROM (
  SELECT CASE WHEN coalesce(e.unit, '') <> '' THEN eu.key ELSE coalesce(pu.key, '') END AS ukey,
         CASE WHEN e.code IS NULL THEN NULL ELSE ${classify('es.kind', 'e.result', 'e.due')} END AS ec,
         CASE WHEN p.code IS NULL THEN NULL ELSE ${classify('ps.kind', 'p.result', 'p.due')} END AS pc
  FROM (SELECT * FROM e ANTI JOIN e_extra x ON e.rowid = x.rid) e
  FULL OUTER JOIN (SELECT * FROM p ANTI JOIN p_extra x ON p.rowid = x.rid) p ON e.code = p.code
  LEFT JOIN statuses es ON es.status = e.status
  LEFT JOIN statuses ps ON ps.status = p.status
  LEFT JOIN spellings eu ON eu.unit = e.unit
  LEFT JOIN spellings pu ON pu.unit = p.unit
  WHERE coalesce(e.received, p.received) <= ${AS_OF})
GROUP BY ALL ORDER BY ALL`;

/**
 * One row per dossier received by the as-of date: the kept row of each side, its status meaning and
 * class, and the unit the dossier is counted under (the electronic unit unless empty, else the paper's).
 */
const DOSSIERS = `
SELECT coalesce(e.code, p.code) AS code,
       CASE WHEN e.code IS NOT NULL THEN coalesce(e.raw_code, e.code) ELSE coalesce(p.raw_code, p.code) END AS raw_code,
       CASE WHEN coalesce(e.unit, '') <> '' THEN eu.key ELSE coalesce(pu.key, '') END AS ukey,
       e.code IS NOT NULL AS e_here, p.code IS NOT NULL AS p_here,
       eu.key AS e_ukey, pu.key AS p_ukey,
       e.unit AS e_unit, p.unit AS p_unit, e.status AS e_status, p.status AS p_status,
       e.received AS e_received, p.received AS p_received, e.due AS e_due, p.due AS p_due,
       e.completed AS e_completed, p.completed AS p_completed, e.returned AS e_returned, p.returned AS p_returned,
       e.result AS e_result, p.result AS p_result,
       e.completed_bad OR e.returned_bad OR e.due < e.received OR e.completed < e.received
         OR e.returned < e.received AS e_invalid,
       p.completed_bad OR p.returned_bad OR p.due < p.received OR p.completed < p.received
         OR p.returned < p.received AS p_invalid,
       es.kind AS e_kind, ps.kind AS p_kind, es.cls AS e_label, ps.cls AS p_label,
       e.reason AS e_reason, p.reason AS p_reason,
       ea.yes AS e_apology, pa.yes AS p_apology, ea.day AS e_apology_date, pa.day AS p_apology_date,
       e.new_dates AS e_new_dates, p.new_dates AS p_new_dates,
       NOT ed.working AS e_due_off, NOT pd.working AS p_due_off,
       ed.worked - ead.worked AS e_apology_lead, pd.worked - pad.worked AS p_apology_lead,
       CASE WHEN e.code IS NULL THEN NULL ELSE ${classify('es.kind', 'e.result', 'e.due')} END AS ec,
       CASE WHEN p.code IS NULL THEN NULL ELSE ${classify('ps.kind', 'p.result', 'p.due')} END AS pc
FROM (SELECT * FROM e ANTI JOIN e_extra x ON e.rowid = x.rid) e
FULL OUTER JOIN (SELECT * FROM p ANTI JOIN p_extra x ON p.rowid = x.rid) p ON e.code = p.code
LEFT JOIN statuses es ON es.status = e.status
LEFT JOIN statuses ps ON ps.status = p.status
LEFT JOIN spellings eu ON eu.unit = e.unit
LEFT JOIN spellings pu ON pu.unit = p.unit
LEFT JOIN apologies ea ON ea.text = e.apology_text
LEFT JOIN apologies pa ON pa.text = p.apology_text
LEFT JOIN days ed ON ed.day = e.due
LEFT JOIN days pd ON pd.day = p.due
LEFT JOIN days ead ON ead.day = ea.day
LEFT JOIN days pad ON pad.day = pa.day
WHERE coalesce(e.received, p.received) <= ${AS_OF}`;

/**
 * The findings of a dossier: [kind, the source whose own record it is about (null: both), condition].
 * The tool's rules: src/core/reconcile.ts (compareSides, findDossierProblems), record-checks.ts.
 */
const labelDisagrees = (label, c) =>
  `${label} IS NOT NULL AND NOT (CASE WHEN ${label} = 'late' THEN ${c} IN ${LATE} ELSE ${label} = ${c} END)`;
const DOSSIER_FINDINGS = [
  ['missing-in-electronic', null, 'NOT e_here'],
  ['missing-in-paper', null, 'NOT p_here'],
  ['masked-late', null, `ec <> pc AND pc IN ${LATE} AND ec NOT IN ${LATE} AND ec <> 'withdrawn'`],
  ['status-mismatch', null, `ec <> pc AND NOT (pc IN ${LATE} AND ec NOT IN ${LATE} AND ec <> 'withdrawn')`],
  ['due-date-mismatch', null, 'e_due <> p_due'],
  ['received-date-mismatch', null, 'e_received <> p_received'],
  ['completed-date-mismatch', null, 'e_result <> p_result'],
  ['unit-mismatch', null, "e_ukey <> '' AND p_ukey <> '' AND e_ukey <> p_ukey"],
  ...['electronic', 'paper'].flatMap((source) => {
    const s = source[0];
    return [
      ['invalid-dates', source, `${s}_invalid`],
      ['status-label-mismatch', source, labelDisagrees(`${s}_label`, `${s}c`)],
      ['returned-without-reason', source, `${s}_reason = '' AND ${s}_kind = 'rejected'`],
      ['apology-late', source, `${s}_apology AND ${s}_apology_date > ${s}_due`],
      // Working days in (apology date, due] fewer than the lead the tool requires (workingDaysBetween).
      [
        'late-apology',
        source,
        `${s}_apology AND ${s}_apology_date <= ${s}_due AND ${s}_apology_lead < ${APOLOGY_LEAD_DAYS}`,
      ],
      ['repeated-new-date', source, `${s}_new_dates > 1`],
      ['due-on-day-off', source, `${s}_due_off`],
    ];
  }),
  // Only when some input has an apology column (the tool skips the check otherwise).
  ...(apologyKnown
    ? [
        [
          'late-without-apology',
          null,
          `(ec IN ${LATE} OR pc IN ${LATE}) AND NOT (coalesce(e_apology, false) OR coalesce(p_apology, false))`,
        ],
      ]
    : []),
];

/** A side of a finding as the tool's report shows it (src/core/side.ts), without file, line and working days. */
const sideStruct = (c, received, due, completed, returned, status, unit, apology, result) => `{
    'class': ${c}, 'received': ${received}, 'due': ${due}, 'completed': ${completed}, 'returned': ${returned},
    'status': ${status}, 'unit': ${unit}, 'apology': ${apology},
    'calendarDaysLate': CASE ${c} WHEN 'late' THEN ${result} - ${due} WHEN 'pending-overdue' THEN ${
      AS_OF
    } - ${due} ELSE 0 END
  }`;
const eSide = sideStruct(
  'ec',
  'e_received',
  'e_due',
  'e_completed',
  'e_returned',
  'e_status',
  'e_unit',
  'e_apology',
  'e_result',
);
const pSide = sideStruct(
  'pc',
  'p_received',
  'p_due',
  'p_completed',
  'p_returned',
  'p_status',
  'p_unit',
  'p_apology',
  'p_result',
);

function findingsSql() {
  const extras = (side, source) => `
  SELECT 'duplicate-code' AS kind, d.raw_code AS code, d.ukey, '${source}' AS source,
         ${source === 'electronic' ? 'x.side' : 'NULL'} AS electronic, ${
           source === 'paper' ? 'x.side' : 'NULL'
         } AS paper
  FROM (
    SELECT r.code, ${sideStruct(
      'c',
      'r.received',
      'r.due',
      'r.completed',
      'r.returned',
      'r.status',
      'r.unit',
      'a.yes',
      'r.result',
    )} AS side
    FROM (SELECT r.*, ${classify('s.kind', 'r.result', 'r.due')} AS c
          FROM (SELECT * FROM ${side} SEMI JOIN ${side}_extra x ON ${side}.rowid = x.rid) r
          LEFT JOIN statuses s ON s.status = r.status) r
    LEFT JOIN apologies a ON a.text = r.apology_text
  ) x JOIN d ON d.code = x.code`;
  const perKind = DOSSIER_FINDINGS.map(
    ([kind, source, condition]) => `
  SELECT '${kind}' AS kind, raw_code AS code, ukey, ${source ? `'${source}'` : 'NULL'} AS source,
         ${source === 'paper' ? 'NULL' : `CASE WHEN e_here THEN ${eSide} END`} AS electronic,
         ${source === 'electronic' ? 'NULL' : `CASE WHEN p_here THEN ${pSide} END`} AS paper
  FROM d WHERE ${condition}`,
  );
  // Only the dossiers with a finding (or a duplicate row) are kept: materialising every dossier's ~35
  // columns cost more than running the join a second time for the class counts.
  const loud = DOSSIER_FINDINGS.map(([, , condition]) => `coalesce(${condition}, false)`).join('\n       OR ');
  return [
    `CREATE TEMP TABLE dup_codes AS
     SELECT code FROM e SEMI JOIN e_extra x ON e.rowid = x.rid
     UNION SELECT code FROM p SEMI JOIN p_extra x ON p.rowid = x.rid`,
    `CREATE TEMP TABLE f AS
     WITH d AS MATERIALIZED (
       SELECT * FROM (${DOSSIERS})
       WHERE ${loud}
         OR code IN (SELECT code FROM dup_codes))
     ${[...perKind, extras('e', 'electronic'), extras('p', 'paper')].join('\n  UNION ALL')}`,
    `COPY (
       SELECT f.kind, f.code, n.name AS unit, f.source, f.electronic, f.paper
       FROM f LEFT JOIN unit_names n ON n.key = f.ukey
       ORDER BY f.ukey, list_position(${`[${FINDING_KINDS.map(str).join(', ')}]`}, f.kind), f.code
     ) TO ${str(findingsOutput)} (FORMAT json, ARRAY true)`,
  ];
}

/**
 * `--job legacy`: the counts-only SQL this benchmark ran until the dirty profile existed, verbatim (one
 * streamed statement, no de-duplication, status labels compared as written, units grouped as written).
 * Right on the clean profile only; on the dirty one the benchmark's check rejects its figures.
 */
const legacyDay = (column) => `try_strptime(left(trim(${column}), 10), '%d/%m/%Y')::DATE`;
const legacyCode = (column) => `upper(replace(trim(${column}), ' ', ''))`;
const legacyClassify = (status, result, due) => `CASE
    WHEN ${status} IN ('Rút hồ sơ', 'Từ chối', 'Dừng xử lý') THEN 'withdrawn'
    WHEN ${result} IS NOT NULL AND ${result} <= DATE ${str(asOf)} THEN
      CASE WHEN ${result} < ${due} THEN 'before-deadline' WHEN ${result} = ${due} THEN 'on-time' ELSE 'late' END
    WHEN DATE ${str(asOf)} <= ${due} THEN 'pending-not-due'
    ELSE 'pending-overdue' END`;
const LEGACY_SQL = `
WITH e AS (
  SELECT ${legacyCode('"Mã hồ sơ"')} AS code, trim("Đơn vị") AS unit, trim("Trạng thái") AS status,
         ${legacyDay('"Ngày tiếp nhận"')} AS received, ${legacyDay('"Ngày hẹn trả"')} AS due,
         coalesce(${legacyDay('"Ngày có kết quả"')}, ${legacyDay('"Ngày trả kết quả"')}) AS result
  FROM read_csv(${str(electronicFile)}, header = true, all_varchar = true)
), p AS (
  SELECT ${legacyCode('"Mã hồ sơ"')} AS code, trim("Cơ quan giải quyết") AS unit, '' AS status,
         ${legacyDay('"Nhận hồ sơ"')} AS received, ${legacyDay('"Hẹn trả kết quả"')} AS due, ${legacyDay(
           '"Trả kết quả"',
         )} AS result
  FROM read_csv(${str(paperFile)}, header = true, all_varchar = true)
), j AS (
  SELECT coalesce(e.unit, p.unit) AS unit,
         CASE WHEN e.code IS NULL THEN NULL ELSE ${legacyClassify('e.status', 'e.result', 'e.due')} END AS ec,
         CASE WHEN p.code IS NULL THEN NULL ELSE ${legacyClassify('p.status', 'p.result', 'p.due')} END AS pc
  FROM e FULL OUTER JOIN p ON e.code = p.code
  WHERE coalesce(e.received, p.received) <= DATE ${str(asOf)}
)
SELECT unit, ec, pc, count(*)::INTEGER AS n FROM j GROUP BY ALL ORDER BY ALL`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
/** `--timings`: each statement's wall and CPU time (all threads) on stderr, to see where the SQL spends its time. */
const timings = process.argv.includes('--timings');
const timed = async (what, work) => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await work();
  if (timings) {
    const cpu = process.cpuUsage(c0);
    const wall = ((performance.now() - t0) / 1000).toFixed(2);
    const text = what.replace(/\s+/g, ' ').trim().slice(0, 80);
    process.stderr.write(`${wall} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu  ${text}\n`);
  }
  return result;
};
const run = (sql) => timed(sql, () => connection.run(sql));
const readAll = (sql) => timed(sql, () => connection.runAndReadAll(sql));
if (job !== 'legacy') for (const sql of SETUP) await run(sql);
if (job === 'findings') await createDaysTable();

/**
 * `days(day, working, worked)`: every day of the years the due and apology dates fall in, whether it is
 * a working day, and how many working days there are up to and including it — from the tool's calendar
 * module (the government's notices built in, the computed rules for other years), written to a CSV
 * beside the output and read like the inputs. A due date on a day off is `NOT working`; the tool's
 * workingDaysBetween(apology date, due) is `worked` at the due date minus `worked` at the apology date.
 */
async function createDaysTable() {
  const range = await readAll(`SELECT min(year(d))::INTEGER, max(year(d))::INTEGER FROM (
    SELECT due AS d FROM e UNION ALL SELECT due FROM p UNION ALL SELECT day FROM apologies)`);
  const [first, last] = range.getRows()[0];
  const calendar = buildCalendar();
  const lines = ['day,working,worked'];
  let worked = 0;
  if (first !== null) {
    for (let d = dayOf(first, 1, 1); d < dayOf(last + 1, 1, 1); d += 1) {
      const working = calendar.isWorkingDay(d);
      if (working) worked += 1;
      lines.push(`${formatIsoDay(d)},${working},${worked}`);
    }
  }
  const file = join(dirname(output), 'duckdb-days.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  await run(`CREATE TEMP TABLE days AS SELECT * FROM read_csv(${str(file)}, header = true,
    columns = {'day': 'DATE', 'working': 'BOOLEAN', 'worked': 'INTEGER'})`);
}

const units = new Map();
const unitOf = (key) => {
  let u = units.get(key);
  if (!u) {
    const kinds = job === 'findings' ? FINDING_KINDS : COUNT_KINDS;
    u = { unit: key, key, electronic: {}, paper: {}, findings: Object.fromEntries(kinds.map((k) => [k, 0])) };
    units.set(key, u);
  }
  return u;
};
const addClasses = (rows) => {
  for (const [key, ec, pc, n] of rows) {
    const u = unitOf(key);
    if (ec !== null) u.electronic[ec] = (u.electronic[ec] ?? 0) + n;
    if (pc !== null) u.paper[pc] = (u.paper[pc] ?? 0) + n;
  }
};
let findingsTotal = 0;

// Every job: the class counts per unit and side.
const classRows = (await readAll(job === 'legacy' ? LEGACY_SQL : CLASS_COUNTS)).getRows();
addClasses(classRows);
if (job === 'findings') {
  for (const sql of findingsSql()) await run(sql);
  for (const [key, kind, n] of (await readAll(`SELECT ukey, kind, count(*)::INTEGER FROM f GROUP BY ALL`)).getRows()) {
    unitOf(key).findings[kind] += n;
    findingsTotal += n;
  }
} else {
  for (const [key, ec, pc, n] of classRows) {
    const f = unitOf(key).findings;
    if (ec === null) f['missing-in-electronic'] += n;
    else if (pc === null) f['missing-in-paper'] += n;
    else if (ec !== pc && (pc === 'late' || pc === 'pending-overdue') && ec !== 'late' && ec !== 'pending-overdue')
      if (ec !== 'withdrawn') f['masked-late'] += n;
  }
  for (const u of units.values()) findingsTotal += COUNT_KINDS.reduce((s, k) => s + u.findings[k], 0);
}
if (job === 'legacy') for (const u of units.values()) u.key = null;
else {
  for (const [key, name] of (await readAll(`SELECT key, name FROM unit_names`)).getRows()) {
    if (units.has(key)) units.get(key).unit = name;
  }
}
connection.closeSync();
instance.closeSync();
writeFileSync(
  output,
  JSON.stringify({
    job,
    kinds: job === 'findings' ? FINDING_KINDS : COUNT_KINDS,
    findings: findingsTotal,
    findingsBytes: job === 'findings' ? statSync(findingsOutput).size : null,
    units: [...units.values()],
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
