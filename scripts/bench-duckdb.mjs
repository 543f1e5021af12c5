/**
 * The job an analyst would write in DuckDB instead of running tthc-audit: read both CSVs, join them on
 * the normalised dossier code (full outer join), classify each side at the as-of date with CASE, and
 * count per unit. Run as its own process by bench.mjs so that its wall time and peak RSS are measured
 * the same way as the tool's.
 *
 *   node scripts/bench-duckdb.mjs --electronic E --paper P --as-of yyyy-mm-dd --output result.json
 *
 * Writes { units: [{ unit, electronic: {class: n}, paper: {class: n}, findings: {kind: n} }], maxRss }.
 */
import { writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

function argValue(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`missing ${name}`);
  return process.argv[i + 1];
}

const sqlString = (s) => `'${s.replace(/'/g, "''")}'`;
const electronic = argValue('--electronic');
const paper = argValue('--paper');
const asOf = argValue('--as-of');
const output = argValue('--output');

/** dd/mm/yyyy with an optional time after it → DATE (the time is dropped, as the tool does). */
const day = (column) => `try_strptime(left(trim(${column}), 10), '%d/%m/%Y')::DATE`;
/** Matching key, as the tool's normaliseCode: no spaces, upper case. */
const code = (column) => `upper(replace(trim(${column}), ' ', ''))`;
/** The tool's classification (auto result date: completed, else returned). */
const classify = (status, result, due) => `CASE
    WHEN ${status} IN ('Rút hồ sơ', 'Từ chối', 'Dừng xử lý') THEN 'withdrawn'
    WHEN ${result} IS NOT NULL AND ${result} <= DATE ${sqlString(asOf)} THEN
      CASE WHEN ${result} < ${due} THEN 'before-deadline' WHEN ${result} = ${due} THEN 'on-time' ELSE 'late' END
    WHEN DATE ${sqlString(asOf)} <= ${due} THEN 'pending-not-due'
    ELSE 'pending-overdue' END`;

const SQL = `
WITH e AS (
  SELECT ${code('"Mã hồ sơ"')} AS code, trim("Đơn vị") AS unit, trim("Trạng thái") AS status,
         ${day('"Ngày tiếp nhận"')} AS received, ${day('"Ngày hẹn trả"')} AS due,
         coalesce(${day('"Ngày có kết quả"')}, ${day('"Ngày trả kết quả"')}) AS result
  FROM read_csv(${sqlString(electronic)}, header = true, all_varchar = true)
), p AS (
  SELECT ${code('"Mã hồ sơ"')} AS code, trim("Cơ quan giải quyết") AS unit, '' AS status,
         ${day('"Nhận hồ sơ"')} AS received, ${day('"Hẹn trả kết quả"')} AS due, ${day('"Trả kết quả"')} AS result
  FROM read_csv(${sqlString(paper)}, header = true, all_varchar = true)
), j AS (
  SELECT coalesce(e.unit, p.unit) AS unit,
         CASE WHEN e.code IS NULL THEN NULL ELSE ${classify('e.status', 'e.result', 'e.due')} END AS ec,
         CASE WHEN p.code IS NULL THEN NULL ELSE ${classify('p.status', 'p.result', 'p.due')} END AS pc
  FROM e FULL OUTER JOIN p ON e.code = p.code
  WHERE coalesce(e.received, p.received) <= DATE ${sqlString(asOf)}
)
SELECT unit, ec, pc, count(*)::INTEGER AS n FROM j GROUP BY ALL ORDER BY ALL`;

const LATE = new Set(['late', 'pending-overdue']);

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(SQL);
const byUnit = new Map();
for (const [unit, ec, pc, n] of reader.getRows()) {
  let u = byUnit.get(unit);
  if (!u) {
    u = {
      unit,
      electronic: {},
      paper: {},
      findings: { 'masked-late': 0, 'missing-in-electronic': 0, 'missing-in-paper': 0 },
    };
    byUnit.set(unit, u);
  }
  if (ec !== null) u.electronic[ec] = (u.electronic[ec] ?? 0) + n;
  if (pc !== null) u.paper[pc] = (u.paper[pc] ?? 0) + n;
  if (ec === null) u.findings['missing-in-electronic'] += n;
  if (pc === null) u.findings['missing-in-paper'] += n;
  if (ec !== null && pc !== null && ec !== pc && LATE.has(pc) && !LATE.has(ec) && ec !== 'withdrawn')
    u.findings['masked-late'] += n;
}
connection.closeSync();
instance.closeSync();
writeFileSync(output, JSON.stringify({ units: [...byUnit.values()], maxRss: process.resourceUsage().maxRSS * 1024 }));
