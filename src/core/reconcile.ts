/**
 * Matching and findings. Takes the normalised records of both sources (or of one, for `stats`),
 * keeps one record per code and source, joins the sources on the code, keeps the dossiers received in
 * the period, classifies each side at the as-of date and lists every finding. Pure: no IO, no clock.
 */
import { calendarDaysLate, classifyDossier, isLateClass, resultDayOf, type ResultDateMode } from './classify.js';
import { type Day, formatIsoDay } from './day.js';
import { groupByCode, type CodeGroup } from './dedupe.js';
import type { Finding, FindingKind, FindingSide } from './findings.js';
import { workingDaysBetween, type WorkingCalendar } from './calendar/working-days.js';
import { foldText } from './fold.js';
import type { DossierClass, DossierRecord, Source } from './types.js';

export interface AuditOptions {
  asOf: Day;
  from: Day | null;
  to: Day | null;
  resultDate: ResultDateMode;
  /** Whether any input has an apology column: `late-without-apology` runs only then. */
  apologyKnown: boolean;
  /** `reconcile` matches two sources; `stats` looks at one and reports no missing/mismatch kinds. */
  matchSources: boolean;
  /** Working days, for days late and statutory due dates. */
  calendar: WorkingCalendar;
}

export interface Side {
  record: DossierRecord;
  class: DossierClass;
  result: Day | null;
}

/** One dossier after matching: its sides, and the unit it is counted under. */
export interface Dossier {
  code: string;
  /** Folded unit name: the grouping key. */
  unitKey: string;
  electronic: Side | null;
  paper: Side | null;
}

export interface AuditResult {
  dossiers: Dossier[];
  findings: Finding[];
  /** Rows (kept and duplicate) left out because the dossier was received outside the period: by file. */
  outsidePeriodByFile: Map<string, number>;
}

/** Join, filter by period, classify and find. The order of `records` has no effect on the result. */
export function auditDossiers(records: { electronic: DossierRecord[]; paper: DossierRecord[] }, opts: AuditOptions): AuditResult {
  const groups = { electronic: groupByCode(records.electronic), paper: groupByCode(records.paper) };
  const codes = new Set([...groups.electronic.keys(), ...groups.paper.keys()]);
  const dossiers: Dossier[] = [];
  const findings: Finding[] = [];
  const outsidePeriodByFile = new Map<string, number>();
  for (const code of codes) {
    const e = groups.electronic.get(code);
    const p = groups.paper.get(code);
    const received = (e ?? p)!.kept.received;
    if (!inPeriod(received, opts)) {
      countOutside(outsidePeriodByFile, e, p);
      continue;
    }
    const dossier = makeDossier(code, e, p, opts);
    dossiers.push(dossier);
    findDossierProblems(dossier, e, p, opts, findings);
  }
  return { dossiers, findings, outsidePeriodByFile };
}

/** In the period by receipt date, both ends included; a dossier received after the as-of date had not arrived yet. */
function inPeriod(received: Day, opts: AuditOptions): boolean {
  if (opts.from !== null && received < opts.from) return false;
  if (opts.to !== null && received > opts.to) return false;
  return received <= opts.asOf;
}

function countOutside(byFile: Map<string, number>, ...groups: (CodeGroup | undefined)[]): void {
  for (const group of groups) {
    if (!group) continue;
    for (const r of [group.kept, ...group.extras]) byFile.set(r.file, (byFile.get(r.file) ?? 0) + 1);
  }
}

function makeSide(record: DossierRecord, opts: AuditOptions): Side {
  return { record, class: classifyDossier(record, opts.asOf, opts.resultDate), result: resultDayOf(record, opts.resultDate) };
}

/** The electronic system is the record of the unit a dossier belongs to; the paper unit is the fallback. */
function makeDossier(code: string, e: CodeGroup | undefined, p: CodeGroup | undefined, opts: AuditOptions): Dossier {
  const electronic = e ? makeSide(e.kept, opts) : null;
  const paper = p ? makeSide(p.kept, opts) : null;
  const unitKey = foldText((electronic ?? paper)!.record.unit);
  return { code, unitKey, electronic, paper };
}

function findDossierProblems(d: Dossier, e: CodeGroup | undefined, p: CodeGroup | undefined, opts: AuditOptions, out: Finding[]): void {
  const add = (kind: FindingKind, args: Finding['args'] = {}): void => {
    out.push(makeFinding(kind, d, d.electronic, d.paper, args, opts));
  };
  if (opts.matchSources) {
    if (!d.electronic) add('missing-in-electronic');
    if (!d.paper) add('missing-in-paper');
    if (d.electronic && d.paper) compareSides(d.electronic, d.paper, add);
  }
  for (const side of [d.electronic, d.paper]) {
    if (side) checkOwnData(side, (kind, args) => out.push(makeFinding(kind, d, side.record.source === 'electronic' ? side : null, side.record.source === 'paper' ? side : null, args, opts)));
  }
  if (opts.apologyKnown && [d.electronic, d.paper].some((s) => s && isLateClass(s.class))) {
    if (![d.electronic, d.paper].some((s) => s?.record.apology === true)) add('late-without-apology');
  }
  for (const group of [e, p]) {
    for (const extra of group?.extras ?? []) {
      const side = makeSide(extra, opts);
      const kept = group!.kept;
      out.push(makeFinding('duplicate-code', d, extra.source === 'electronic' ? side : null, extra.source === 'paper' ? side : null,
        { source: extra.source, keptFile: kept.file, keptLine: kept.line }, opts));
    }
  }
}

/** The two sources' disagreements about one dossier. */
function compareSides(e: Side, p: Side, add: (kind: FindingKind, args?: Finding['args']) => void): void {
  if (e.class !== p.class) {
    const masked = isLateClass(p.class) && !isLateClass(e.class) && e.class !== 'withdrawn';
    add(masked ? 'masked-late' : 'status-mismatch');
  }
  if (e.record.due !== p.record.due) add('due-date-mismatch');
  if (e.record.received !== p.record.received) add('received-date-mismatch');
  if (e.result !== null && p.result !== null && e.result !== p.result) add('completed-date-mismatch');
  const eu = foldText(e.record.unit);
  const pu = foldText(p.record.unit);
  if (eu !== '' && pu !== '' && eu !== pu) add('unit-mismatch');
}

/** One source's own data problems: impossible dates, a stored label its dates contradict, no reason. */
function checkOwnData(side: Side, add: (kind: FindingKind, args: Finding['args']) => void): void {
  const r = side.record;
  const source = r.source;
  const problems: string[] = [];
  if (r.due < r.received) problems.push('due-before-received');
  if (r.completed !== null && r.completed < r.received) problems.push('completed-before-received');
  if (r.returned !== null && r.returned < r.received) problems.push('returned-before-received');
  for (const field of Object.keys(r.badDates)) problems.push(`unreadable-${field}`);
  if (problems.length > 0) add('invalid-dates', { source, problems: problems.join(' ') });
  if (r.labelClass !== null && !labelAgrees(r.labelClass, side.class)) {
    add('status-label-mismatch', { source, label: r.statusLabel });
  }
  if (r.reason !== null && r.reason === '' && r.statusKind === 'rejected') add('returned-without-reason', { source });
}

function labelAgrees(label: NonNullable<DossierRecord['labelClass']>, c: DossierClass): boolean {
  if (label === 'late') return isLateClass(c);
  return label === c;
}

function makeFinding(kind: FindingKind, d: Dossier, e: Side | null, p: Side | null, args: Finding['args'], opts: AuditOptions): Finding {
  const code = (d.electronic ?? d.paper)!.record.rawCode;
  return { kind, code, unit: d.unitKey, electronic: e && describeSide(e, opts), paper: p && describeSide(p, opts), args };
}

function describeSide(side: Side, opts: AuditOptions): FindingSide {
  const r = side.record;
  const iso = (day: Day | null): string | null => (day === null ? null : formatIsoDay(day));
  const late = calendarDaysLate(r, side.class, opts.asOf, opts.resultDate);
  return {
    file: r.file,
    line: r.line,
    class: side.class,
    received: formatIsoDay(r.received),
    due: formatIsoDay(r.due),
    completed: iso(r.completed),
    returned: iso(r.returned),
    status: r.statusLabel,
    unit: r.unit,
    apology: r.apology,
    calendarDaysLate: late,
    workingDaysLate: late > 0 ? workingDaysBetween(opts.calendar, r.due, r.due + late) : 0,
  };
}

export type { Source };
