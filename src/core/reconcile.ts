/**
 * Matching and findings. Takes the normalised records of both sources (or of one, for `stats`),
 * keeps one record per code and source, joins the sources on the code, keeps the dossiers received in
 * the period, classifies each side at the as-of date and lists every finding. Pure: no IO, no clock.
 */
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from './calendar/working-days.js';
import { classifyDossier, isLateClass, lateUntil, resultDayOf, type ResultDateMode } from './classify.js';
import type { Day } from './day.js';
import { groupByCode, type CodeGroup } from './dedupe.js';
import { foldText } from './fold.js';
import { checkOwnData } from './record-checks.js';
import type { ProcedureCatalogue } from './procedures.js';
import type { DossierClass, DossierRecord } from './types.js';
import { describeSide } from './side.js';
import type { FindingArgs, FindingKind } from '../findings/args.js';
import { makeFinding, withSource, type Finding } from '../findings/finding.js';

export interface AuditOptions {
  asOf: Day;
  from: Day | null;
  to: Day | null;
  resultDate: ResultDateMode;
  /** Whether any input has an apology column: `late-without-apology` runs only then. */
  apologyKnown: boolean;
  /** `reconcile` matches two sources; `stats` looks at one and reports no missing/mismatch kinds. */
  matchSources: boolean;
  /** Working days, for days late, supplement waits and statutory due dates. */
  calendar: WorkingCalendar;
  /** Statutory processing times (`--procedures`), or null. */
  procedures: ProcedureCatalogue | null;
}

/** One source's view of a dossier at the as-of date. */
export interface Side {
  record: DossierRecord;
  class: DossierClass;
  result: Day | null;
  /** The due day lateness is judged against: the written due day, moved by supplement waits. */
  due: Day;
  calendarDaysLate: number;
  workingDaysLate: number;
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

/** Where auditing a code reports what it found, as it goes. */
export interface AuditSink {
  /** A dossier in the period, its sides classified: to be tallied (and listed as evidence). */
  dossier(d: Dossier): void;
  finding(f: Finding): void;
  /** A record (kept or duplicate) of a dossier received outside the period: counted for its file. */
  outside(r: DossierRecord): void;
}

/**
 * Audit one dossier code from its records in each source (one kept, the others its duplicates): leave
 * it out when received outside the period, else classify its sides and find its problems. Whatever
 * holds the records — arrays (`auditDossiers`) or the compact stores (engine/audit.ts) — this is the
 * one place a dossier is judged.
 */
export function auditCode(
  e: CodeGroup | undefined,
  p: CodeGroup | undefined,
  opts: AuditOptions,
  sink: AuditSink,
): void {
  const first = (e ?? p)!.kept;
  if (!inPeriod(first.received, opts)) {
    for (const group of [e, p]) {
      if (!group) continue;
      sink.outside(group.kept);
      for (const r of group.extras) sink.outside(r);
    }
    return;
  }
  const dossier = makeDossier(first.code, e, p, opts);
  sink.dossier(dossier);
  findDossierProblems(dossier, e, p, opts, { push: (f) => sink.finding(f) });
}

/** Join, filter by period, classify and find, over records held in arrays. The order of `records` has no effect on the result. */
export function auditDossiers(
  records: { electronic: DossierRecord[]; paper: DossierRecord[] },
  opts: AuditOptions,
): AuditResult {
  const groups = { electronic: groupByCode(records.electronic), paper: groupByCode(records.paper) };
  const codes = new Set([...groups.electronic.keys(), ...groups.paper.keys()]);
  const dossiers: Dossier[] = [];
  const findings: Finding[] = [];
  const outsidePeriodByFile = new Map<string, number>();
  const sink: AuditSink = {
    dossier: (d) => dossiers.push(d),
    finding: (f) => findings.push(f),
    outside: (r) => outsidePeriodByFile.set(r.file, (outsidePeriodByFile.get(r.file) ?? 0) + 1),
  };
  for (const code of codes) auditCode(groups.electronic.get(code), groups.paper.get(code), opts, sink);
  return { dossiers, findings, outsidePeriodByFile };
}

/** In the period by receipt date, both ends included; a dossier received after the as-of date had not arrived yet. */
function inPeriod(received: Day, opts: AuditOptions): boolean {
  if (opts.from !== null && received < opts.from) return false;
  if (opts.to !== null && received > opts.to) return false;
  return received <= opts.asOf;
}

/**
 * The due day to judge by: time the applicant spent on a supplement request (from the request to the
 * day they supplied it, in working days) does not count against the unit. `wait` is the dossier's wait
 * when another source recorded it (a register seldom has supplement columns): both sides move alike.
 */
export function effectiveDue(r: DossierRecord, cal: WorkingCalendar, wait: number | null): Day {
  return wait === null || wait === 0 ? r.due : addWorkingDays(cal, r.due, wait);
}

/**
 * Working days the applicant spent on a supplement request, from the request to the day they supplied
 * the papers (the working days in (request, supplied]), as known at the as-of date; null when there is
 * none. A dossier still waiting for the applicant then (a
 * request by the as-of date, nothing supplied, no result) is paused: its wait runs to the as-of date,
 * so a dossier whose papers the unit is waiting for is not "pending, overdue" for that time. A wait
 * ending after the as-of date counts up to it (what a report at that date can know). A resolved
 * dossier with a request but no supply date has no known wait (null), as before.
 */
export function supplementWaitAt(
  r: DossierRecord,
  opts: Pick<AuditOptions, 'calendar' | 'asOf' | 'resultDate'>,
): number | null {
  const requested = r.supplementRequested;
  if (requested === null || requested > opts.asOf) return null;
  let end = r.supplementReturned;
  if (end === null) {
    const result = resultDayOf(r, opts.resultDate);
    if (result !== null && result <= opts.asOf) return null;
    end = opts.asOf;
  }
  end = Math.min(end, opts.asOf);
  return end <= requested ? null : workingDaysBetween(opts.calendar, requested, end);
}

export function makeSide(
  record: DossierRecord,
  opts: AuditOptions,
  wait: number | null = supplementWaitAt(record, opts),
): Side {
  const due = effectiveDue(record, opts.calendar, wait);
  const c = classifyDossier(record, opts.asOf, opts.resultDate, due);
  const result = resultDayOf(record, opts.resultDate);
  const until = lateUntil(c, result, opts.asOf);
  return {
    record,
    class: c,
    result,
    due,
    calendarDaysLate: until === null ? 0 : until - due,
    workingDaysLate: until === null ? 0 : workingDaysBetween(opts.calendar, due, until),
  };
}

/** The electronic system is the record of the unit a dossier belongs to; the paper unit is the fallback. */
function makeDossier(code: string, e: CodeGroup | undefined, p: CodeGroup | undefined, opts: AuditOptions): Dossier {
  // The supplement wait as recorded by the electronic system, else by the register, applies to both sides.
  const wait = (e && supplementWaitAt(e.kept, opts)) ?? (p && supplementWaitAt(p.kept, opts)) ?? null;
  const electronic = e ? makeSide(e.kept, opts, wait) : null;
  const paper = p ? makeSide(p.kept, opts, wait) : null;
  // An empty electronic unit is "not given": the paper register's unit is used then.
  const unitKey = foldText(electronic?.record.unit || paper?.record.unit || '');
  return { code, unitKey, electronic, paper };
}

function findDossierProblems(
  d: Dossier,
  e: CodeGroup | undefined,
  p: CodeGroup | undefined,
  opts: AuditOptions,
  out: { push(f: Finding): unknown },
): void {
  const finding = <K extends FindingKind>(kind: K, es: Side | null, ps: Side | null, args: FindingArgs[K]): Finding => {
    const code = (d.electronic ?? d.paper)!.record.rawCode;
    const place = { code, unit: d.unitKey, electronic: es && describeSide(es), paper: ps && describeSide(ps) };
    return makeFinding(kind, place, args);
  };
  const add: AddFinding = (kind, args) => {
    out.push(finding(kind, d.electronic, d.paper, args));
  };
  if (opts.matchSources) {
    if (!d.electronic) add('missing-in-electronic', {});
    if (!d.paper) add('missing-in-paper', {});
    if (d.electronic && d.paper) compareSides(d.electronic, d.paper, add);
  }
  for (const side of [d.electronic, d.paper]) {
    if (!side) continue;
    const own = side.record.source === 'electronic' ? ([side, null] as const) : ([null, side] as const);
    checkOwnData(side, opts, (kind, args) =>
      out.push(finding(kind, own[0], own[1], withSource(kind, side.record.source, args))),
    );
  }
  if (opts.apologyKnown && [d.electronic, d.paper].some((s) => s && isLateClass(s.class))) {
    if (![d.electronic, d.paper].some((s) => s?.record.apology === true)) add('late-without-apology', {});
  }
  for (const group of [e, p]) {
    for (const extra of group?.extras ?? []) {
      const side = makeSide(extra, opts);
      const kept = group!.kept;
      const own = extra.source === 'electronic' ? ([side, null] as const) : ([null, side] as const);
      out.push(
        finding('duplicate-code', own[0], own[1], { source: extra.source, keptFile: kept.file, keptLine: kept.line }),
      );
    }
  }
}

/** Adds a finding about the whole dossier (both its sides), with the kind's arguments. */
type AddFinding = <K extends FindingKind>(kind: K, args: FindingArgs[K]) => void;

/** The two sources' disagreements about one dossier. */
function compareSides(e: Side, p: Side, add: AddFinding): void {
  if (e.class !== p.class) {
    const masked = isLateClass(p.class) && !isLateClass(e.class) && e.class !== 'withdrawn';
    add(masked ? 'masked-late' : 'status-mismatch', {});
  }
  if (e.record.due !== p.record.due) add('due-date-mismatch', {});
  if (e.record.received !== p.record.received) add('received-date-mismatch', {});
  if (e.result !== null && p.result !== null && e.result !== p.result) add('completed-date-mismatch', {});
  const eu = foldText(e.record.unit);
  const pu = foldText(p.record.unit);
  if (eu !== '' && pu !== '' && eu !== pu) add('unit-mismatch', {});
}
