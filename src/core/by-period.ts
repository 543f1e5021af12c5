/**
 * `--by month|quarter|year`: which period row of its unit a dossier is counted in. The day that put
 * the dossier in the report decides (period.ts): its receipt day under `--period-by received` (the
 * default) and `activity`, its result day under `--period-by resolved` — read from the record the
 * period was chosen by (the electronic one, else the register's). Every dossier of the report has
 * that day (a row without a receipt date is rejected when read; a dossier with no result is not in a
 * `resolved` period), so each lands in exactly one row and the rows of a unit add up to the unit.
 * Keys sort as text in time order: "2024-03", "2024-Q1", "2024". Pure: no wording (labels.ts).
 */
import { resultDayOf } from './classify.js';
import { civilFromDays, type Day } from './day.js';
import type { AuditOptions } from './options.js';
import type { Dossier } from './reconcile.js';
import type { ByPeriod } from './choice-lists.js';

export { BY_PERIODS, type ByPeriod } from './choice-lists.js';

/** The key of the period holding `day`: "2024-03", "2024-Q1" or "2024". */
export function periodKeyOf(day: Day, by: ByPeriod): string {
  const { year, month } = civilFromDays(day);
  const y = String(year).padStart(4, '0');
  if (by === 'year') return y;
  if (by === 'quarter') return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${y}-${String(month).padStart(2, '0')}`;
}

/** The period key of a dossier of the report (see the module's header). */
export function dossierPeriodKey(
  d: Pick<Dossier, 'electronic' | 'paper'>,
  opts: Pick<AuditOptions, 'periodBy' | 'resultDate'>,
  by: ByPeriod,
): string {
  const record = (d.electronic ?? d.paper)!.record;
  const day =
    opts.periodBy === 'resolved' ? (resultDayOf(record, opts.resultDate) ?? record.received) : record.received;
  return periodKeyOf(day, by);
}

/** The key of a unit's period in a per-period tally: the unit key and the period key, apart. */
export function unitPeriodKey(unitKey: string, periodKey: string): string {
  return `${unitKey}\u0001${periodKey}`;
}

/** `unitPeriodKey` undone. */
export function splitUnitPeriodKey(key: string): { unitKey: string; periodKey: string } {
  const at = key.lastIndexOf('\u0001');
  return { unitKey: key.slice(0, at), periodKey: key.slice(at + 1) };
}
