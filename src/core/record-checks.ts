/**
 * Checks of one source's own record, needing no other source: impossible or unreadable dates, a stored
 * status label its dates contradict, a rejection without a reason, an apology issued too late or a new
 * date missed, and a due date that does not follow from the statutory time.
 */
import { isLateClass } from './classify.js';
import { formatIsoDay } from './day.js';
import { statutoryDueOf } from './procedures.js';
import type { AuditOptions, Side } from './reconcile.js';
import type { DossierClass, LabelClass, OptionalDateField } from './types.js';
import type { DateProblem, OwnDataArgs, OwnDataKind } from '../findings/args.js';

/** Adds a finding about the side's own record; the caller adds which source it is. */
type Add = <K extends OwnDataKind>(kind: K, args: OwnDataArgs[K]) => void;

export function checkOwnData(side: Side, opts: AuditOptions, add: Add): void {
  checkDates(side, add);
  const r = side.record;
  if (r.labelClass !== null && !labelAgrees(r.labelClass, side.class))
    add('status-label-mismatch', { label: r.statusLabel });
  if (r.reason !== null && r.reason === '' && r.statusKind === 'rejected') add('returned-without-reason', {});
  checkApology(side, opts, add);
  if (opts.procedures) checkStatutoryDue(side, opts, add);
}

function checkDates(side: Side, add: Add): void {
  const r = side.record;
  const problems: DateProblem[] = [];
  if (r.due < r.received) problems.push('due-before-received');
  if (r.completed !== null && r.completed < r.received) problems.push('completed-before-received');
  if (r.returned !== null && r.returned < r.received) problems.push('returned-before-received');
  for (const field of Object.keys(r.badDates) as OptionalDateField[]) problems.push(`unreadable-${field}`);
  if (problems.length > 0) add('invalid-dates', { problems: problems.join(' ') });
}

function labelAgrees(label: LabelClass, c: DossierClass): boolean {
  if (label === 'late') return isLateClass(c);
  return label === c;
}

/**
 * An apology slip must be issued before the original due date, and the new date it promises must be
 * met. Both are reported apart; the dossier keeps its class against the original due date.
 */
function checkApology(side: Side, opts: AuditOptions, add: Add): void {
  const r = side.record;
  if (r.apology === true && r.apologyDate !== null && r.apologyDate > r.due) {
    add('apology-late', { apologyDate: formatIsoDay(r.apologyDate), due: formatIsoDay(r.due) });
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

function checkStatutoryDue(side: Side, opts: AuditOptions, add: Add): void {
  const r = side.record;
  const statutory = statutoryDueOf(r, opts.procedures!, opts.calendar);
  if (statutory === null || statutory.due === r.due) return;
  add(r.due > statutory.due ? 'due-date-extended' : 'due-date-too-short', {
    due: formatIsoDay(r.due),
    statutoryDays: statutory.days,
    statutoryDue: formatIsoDay(statutory.due),
  });
}
