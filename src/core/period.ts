/**
 * Which dossiers a period holds (`--period-by`): those received in it (the default of `reconcile` and
 * `stats`), those resolved in it, or every dossier open at any time in it (`activity`: what the
 * settlement-results form counts — carried over from before, received, resolved, still open at the
 * end). The one rule, used to choose a period's dossiers (reconcile.ts) and, for the form, each
 * source's own record (form.ts), so that every source's columns add up on their own.
 */
import { resultDayOf } from './classify.js';
import type { Day } from './day.js';
import type { AuditOptions } from './options.js';
import { isWithdrawnKind } from './status.js';
import type { DossierRecord } from './types.js';

export { PERIOD_BYS, type PeriodBy } from './choice-lists.js';

/** The last day of the period: `--to`, but never after the as-of date (nothing later is known). */
export function periodEnd(opts: Pick<AuditOptions, 'to' | 'asOf'>): Day {
  return opts.to === null ? opts.asOf : Math.min(opts.to, opts.asOf);
}

/**
 * Whether a record belongs to the period. A dossier received after the period's end is never in it.
 * - received: received on or after `from`;
 * - resolved: a result day in [from, end];
 * - activity: not resolved before `from` (no result by the end, or a result on or after `from`).
 *   A withdrawn, rejected or stopped dossier with no result date closed on a day nobody wrote: it
 *   belongs to the period it was received in, never carried over.
 */
export function inPeriod(
  r: DossierRecord,
  opts: Pick<AuditOptions, 'from' | 'to' | 'asOf' | 'resultDate' | 'periodBy'>,
): boolean {
  const end = periodEnd(opts);
  if (r.received > end) return false;
  const from = opts.from;
  if (opts.periodBy === 'received') return from === null || r.received >= from;
  const result = resultDayOf(r, opts.resultDate);
  if (opts.periodBy === 'resolved') return result !== null && result <= end && (from === null || result >= from);
  if (from === null) return true;
  if (result === null) return !isWithdrawnKind(r.statusKind) || r.received >= from;
  return result >= from;
}
