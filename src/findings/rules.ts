/**
 * The rule book: every check a dossier goes through, each written once, in the order its findings are
 * made. `judgeDossier` is called by the core's `auditCode` (core/reconcile.ts) for every dossier of the
 * period, whatever holds the records and whatever options are given — there is no other path. A rule
 * reads the dossier's sides (core/side.ts: each source's record classified at the as-of date) and
 * reports typed findings (finding.ts); a kind's place in the report and its words are in kinds.ts and
 * wording.ts.
 *
 * - matching (reconcile only): a dossier missing from one source; the sources' disagreements — class
 *   (masked lateness first), due, receipt and result dates, unit;
 * - each source's own record: impossible or unreadable dates, a stored status label its dates
 *   contradict, a rejection without a reason, an apology issued after the due date or a new date
 *   missed, a due date that does not follow from the statutory time (`--procedures`, counted from the
 *   next working day for a dossier received after the receipt cut-off, `--cutoff`);
 * - the dossier as a whole: late with no apology in either source (when an apology column exists);
 * - every row beyond the one kept for a code in a source: a duplicate.
 */
import { isLateClass } from '../core/classify.js';
import { workingDaysBetween } from '../core/calendar/working-days.js';
import { formatIsoDay, isoWeekday } from '../core/day.js';
import { type CodeGroup, keptBecause } from '../core/dedupe.js';
import { foldText } from '../core/fold.js';
import type { AuditOptions } from '../core/options.js';
import { statutoryDueOf } from '../core/procedures.js';
import type { Dossier } from '../core/reconcile.js';
import { makeSide, type Side } from '../core/side.js';
import { type DossierClass, type LabelClass, NO_BAD_DATES, type OptionalDateField } from '../core/types.js';
import type { DateProblem, FindingArgs, FindingKind, OwnDataArgs, OwnDataKind } from './args.js';
import { describeSide, type Finding, makeFinding, withSource } from './finding.js';

/** Where a rule's findings go. */
export type FindingOut = (f: Finding) => void;

/** The kinds about the dossier as a whole (both its sides), which carry no arguments. */
type DossierKind = Exclude<FindingKind, OwnDataKind>;

const NO_ARGS = Object.freeze({});

/** Judge one dossier: its sides classified, `e` and `p` its records in each source (kept and duplicates). */
export function judgeDossier(
  d: Dossier,
  e: CodeGroup | undefined,
  p: CodeGroup | undefined,
  opts: AuditOptions,
  out: FindingOut,
): void {
  const es = d.electronic;
  const ps = d.paper;
  if (opts.matchSources) {
    if (es === null) dossierFinding(d, 'missing-in-electronic', out);
    if (ps === null) dossierFinding(d, 'missing-in-paper', out);
    if (es !== null && ps !== null) compareSides(d, es, ps, out);
  }
  if (es !== null) checkOwnData(es, opts, (kind, args) => sideFinding(d, es, kind, args, out));
  if (ps !== null) checkOwnData(ps, opts, (kind, args) => sideFinding(d, ps, kind, args, out));
  if (opts.apologyKnown && ((es !== null && isLateClass(es.class)) || (ps !== null && isLateClass(ps.class)))) {
    if (es?.record.apology !== true && ps?.record.apology !== true) dossierFinding(d, 'late-without-apology', out);
  }
  if (e !== undefined) for (const extra of e.extras) duplicate(d, extra, e, opts, out);
  if (p !== undefined) for (const extra of p.extras) duplicate(d, extra, p, opts, out);
}

/** The two sources' disagreements about one dossier. */
function compareSides(d: Dossier, e: Side, p: Side, out: FindingOut): void {
  if (e.class !== p.class) {
    const masked = isLateClass(p.class) && !isLateClass(e.class) && e.class !== 'withdrawn';
    dossierFinding(d, masked ? 'masked-late' : 'status-mismatch', out);
  }
  if (e.record.due !== p.record.due) dossierFinding(d, 'due-date-mismatch', out);
  if (e.record.received !== p.record.received) dossierFinding(d, 'received-date-mismatch', out);
  if (e.result !== null && p.result !== null && e.result !== p.result)
    dossierFinding(d, 'completed-date-mismatch', out);
  const eu = e.record.unit;
  const pu = p.record.unit;
  if (eu !== pu) {
    const ef = foldText(eu);
    const pf = foldText(pu);
    if (ef !== '' && pf !== '' && ef !== pf) dossierFinding(d, 'unit-mismatch', out);
  }
}

/** A row beyond the one kept for the dossier's code in its source. */
function duplicate(d: Dossier, extra: Side['record'], group: CodeGroup, opts: AuditOptions, out: FindingOut): void {
  const kept = group.kept;
  const args = { keptFile: kept.file, keptLine: kept.line, keptBecause: keptBecause(kept, extra) };
  sideFinding(d, makeSide(extra, opts), 'duplicate-code', args, out);
}

/** Adds a finding about one side's own record; the finding adds which source it is. */
export type AddOwn = <K extends OwnDataKind>(kind: K, args: OwnDataArgs[K]) => void;

/** The checks of one source's own record, needing no other source. */
export function checkOwnData(side: Side, opts: AuditOptions, add: AddOwn): void {
  checkDates(side, add);
  const r = side.record;
  if (r.labelClass !== null && !labelAgrees(r.labelClass, side.class)) {
    add('status-label-mismatch', { label: r.statusLabel });
  }
  if (r.reason !== null && r.reason === '' && r.statusKind === 'rejected') add('returned-without-reason', {});
  checkApology(side, opts, add);
  if ((r.newDateCount ?? 0) > 1) add('repeated-new-date', { count: r.newDateCount! });
  if (!opts.calendar.isWorkingDay(r.due)) {
    const weekday = isoWeekday(r.due);
    add('due-on-day-off', {
      due: formatIsoDay(r.due),
      dayOff: weekday === 6 ? 'saturday' : weekday === 7 ? 'sunday' : 'holiday',
    });
  }
  if (opts.procedures) checkStatutoryDue(side, opts, add);
}

function checkDates(side: Side, add: AddOwn): void {
  const r = side.record;
  const dueBefore = r.due < r.received;
  const completedBefore = r.completed !== null && r.completed < r.received;
  const returnedBefore = r.returned !== null && r.returned < r.received;
  const unreadable = r.badDates !== NO_BAD_DATES && Object.keys(r.badDates).length > 0;
  if (!dueBefore && !completedBefore && !returnedBefore && !unreadable) return;
  const problems: DateProblem[] = [];
  if (dueBefore) problems.push('due-before-received');
  if (completedBefore) problems.push('completed-before-received');
  if (returnedBefore) problems.push('returned-before-received');
  for (const field of Object.keys(r.badDates) as OptionalDateField[]) problems.push(`unreadable-${field}`);
  add('invalid-dates', { problems: problems.join(' ') });
}

function labelAgrees(label: LabelClass, c: DossierClass): boolean {
  if (label === 'late') return isLateClass(c);
  return label === c;
}

/**
 * An apology slip must be issued before the original due date — at least `apologyLeadDays` working
 * days before it (one, by Decree 61/2018 as amended) — and the new date it promises must be met. Each
 * is reported apart; the dossier keeps its class against the original due date.
 */
function checkApology(side: Side, opts: AuditOptions, add: AddOwn): void {
  const r = side.record;
  if (r.apology === true && r.apologyDate !== null) {
    const dates = { apologyDate: formatIsoDay(r.apologyDate), due: formatIsoDay(r.due) };
    if (r.apologyDate > r.due) add('apology-late', dates);
    else {
      const before = workingDaysBetween(opts.calendar, r.apologyDate, r.due);
      if (before < opts.apologyLeadDays)
        add('late-apology', { ...dates, workingDaysBefore: before, required: opts.apologyLeadDays });
    }
  }
  if (r.newDate === null || side.class === 'withdrawn') return;
  const resolvedBy = side.result !== null && side.result <= opts.asOf ? side.result : null;
  const missed = resolvedBy !== null ? resolvedBy > r.newDate : opts.asOf > r.newDate;
  if (missed) {
    add('missed-new-date', {
      newDate: formatIsoDay(r.newDate),
      ...(resolvedBy !== null ? { result: formatIsoDay(resolvedBy) } : {}),
    });
  }
}

function checkStatutoryDue(side: Side, opts: AuditOptions, add: AddOwn): void {
  const r = side.record;
  const statutory = statutoryDueOf(r, opts.procedures!, opts.calendar, opts.receiptCutoff);
  if (statutory === null || (r.due >= statutory.earliest && r.due <= statutory.latest)) return;
  const extended = r.due > statutory.latest;
  const { amount, unit } = statutory.limit;
  add(extended ? 'due-date-extended' : 'due-date-too-short', {
    due: formatIsoDay(r.due),
    statutoryDays: amount,
    statutoryDue: formatIsoDay(extended ? statutory.latest : statutory.earliest),
    ...(unit === 'working-days' ? {} : { statutoryUnit: unit }),
    ...(statutory.countedFrom === r.received ? {} : { countedFrom: formatIsoDay(statutory.countedFrom) }),
  });
}

/** A finding about the whole dossier: both its sides, no arguments. */
function dossierFinding(d: Dossier, kind: DossierKind, out: FindingOut): void {
  out(makeFinding(kind, placeOf(d, d.electronic, d.paper), NO_ARGS as FindingArgs[DossierKind]));
}

/** A finding about one side's own record: that side only, its source first among the arguments. */
function sideFinding<K extends OwnDataKind>(
  d: Dossier,
  side: Side,
  kind: K,
  args: OwnDataArgs[K],
  out: FindingOut,
): void {
  const source = side.record.source;
  const place = source === 'electronic' ? placeOf(d, side, null) : placeOf(d, null, side);
  out(makeFinding(kind, place, withSource(kind, source, args)));
}

function placeOf(d: Dossier, e: Side | null, p: Side | null) {
  return {
    code: (d.electronic ?? d.paper)!.record.rawCode,
    unit: d.unitKey,
    electronic: e && describeSide(e),
    paper: p && describeSide(p),
  };
}
