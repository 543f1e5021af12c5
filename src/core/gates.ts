/**
 * CI gates: thresholds on the report's figures (`--max-late-rate`, `--max-masked-late`,
 * `--min-coverage`), checked on the total or on every unit (`--gate-scope`), and the finding kinds of
 * `--fail-on`, checked on the total. With any of them set, a side with no dossier in the period fails
 * too (`not-empty`), unless `--allow-empty`: a CI job must not go green on the wrong input. A failed
 * gate makes the run exit 1; the JSON output lists every gate with its figure, limit and result.
 */
import type { FindingKind } from '../findings/kinds.js';
import { percent, type UnitReport } from './summarise.js';
import type { Source } from './types.js';
import type { GateScope } from './choice-lists.js';

export { GATE_SCOPES, type GateScope } from './choice-lists.js';

export interface GateLimits {
  maxLateRate: number | null;
  maxMaskedLate: number | null;
  minCoverage: number | null;
  scope: GateScope;
  /** `--fail-on`: the kinds of which any finding fails the run. */
  failOn: readonly FindingKind[];
  /** `--allow-empty`: a side with no dossier in the period does not fail. */
  allowEmpty: boolean;
}

export type GateName = 'max-late-rate' | 'max-masked-late' | 'min-coverage' | 'fail-on' | 'not-empty';

/** Whether any gate is set: then an empty side fails (unless `allowEmpty`). */
export function anyGate(l: GateLimits): boolean {
  return l.maxLateRate !== null || l.maxMaskedLate !== null || l.minCoverage !== null || l.failOn.length > 0;
}

export interface GateResult {
  gate: GateName;
  /** The unit checked; null for the total. */
  unit: string | null;
  /** For the late rate: which source's rate; for `not-empty`: which side. */
  source: Source | null;
  /** For `fail-on`: the finding kind counted. */
  kind?: FindingKind;
  limit: number;
  actual: number;
  passed: boolean;
  /** How far past the limit (0 when passed), in the gate's unit (percentage points or dossiers). */
  by: number;
}

/**
 * Share of the paper register's dossiers found in the electronic system, in percent (2 decimals);
 * null when the register has none. Paper dossiers are the unit's paper records.
 */
export function coverageOf(u: UnitReport): number | null {
  return percent(foundInElectronic(u), u.paper?.received ?? 0);
}

/** The unit's paper dossiers that the electronic system has: all but the `missing-in-electronic` ones. */
export function foundInElectronic(u: UnitReport): number {
  return (u.paper?.received ?? 0) - u.findingCounts['missing-in-electronic'];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Every gate set, checked; `sources` are the sides the run read. */
export function checkGates(
  units: readonly UnitReport[],
  total: UnitReport,
  limits: GateLimits,
  sources: readonly Source[],
): GateResult[] {
  const scopes: [string | null, UnitReport][] =
    limits.scope === 'total' ? [[null, total]] : units.map((u) => [u.unit, u]);
  const results: GateResult[] = [];
  const push = (
    gate: GateName,
    unit: string | null,
    source: GateResult['source'],
    limit: number,
    actual: number,
    passed: boolean,
    kind?: FindingKind,
  ): void => {
    const by = passed ? 0 : round2(Math.abs(actual - limit));
    results.push({ gate, unit, source, ...(kind ? { kind } : {}), limit, actual, passed, by });
  };
  if (anyGate(limits) && !limits.allowEmpty) {
    for (const source of sources) {
      const n = total[source]?.received ?? 0;
      push('not-empty', null, source, 1, n, n >= 1);
    }
  }
  for (const kind of limits.failOn) {
    const n = total.findingCounts[kind];
    push('fail-on', null, null, 0, n, n === 0, kind);
  }
  for (const [unit, u] of scopes) {
    if (limits.maxLateRate !== null) {
      for (const source of ['electronic', 'paper'] as const) {
        const rate = u[source]?.rates.late;
        if (rate !== null && rate !== undefined)
          push('max-late-rate', unit, source, limits.maxLateRate, rate, rate <= limits.maxLateRate);
      }
    }
    if (limits.maxMaskedLate !== null) {
      const n = u.findingCounts['masked-late'];
      push('max-masked-late', unit, null, limits.maxMaskedLate, n, n <= limits.maxMaskedLate, 'masked-late');
    }
    if (limits.minCoverage !== null) {
      const c = coverageOf(u);
      if (c !== null) push('min-coverage', unit, null, limits.minCoverage, c, c >= limits.minCoverage);
    }
  }
  return results;
}
