/**
 * CI gates: thresholds on the report's figures (`--max-late-rate`, `--max-masked-late`,
 * `--min-coverage`), checked on the total or on every unit (`--gate-scope`). A failed gate makes the
 * run exit 1, like a `--fail-on` finding; the JSON output says which gate failed and by how much.
 */
import { percent, type UnitReport } from './summarise.js';

export const GATE_SCOPES = ['total', 'unit'] as const;
export type GateScope = (typeof GATE_SCOPES)[number];

export interface GateLimits {
  maxLateRate: number | null;
  maxMaskedLate: number | null;
  minCoverage: number | null;
  scope: GateScope;
}

export type GateName = 'max-late-rate' | 'max-masked-late' | 'min-coverage';

export interface GateResult {
  gate: GateName;
  /** The unit checked; null for the total. */
  unit: string | null;
  /** For the late rate: which source's rate. */
  source: 'electronic' | 'paper' | null;
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

export function checkGates(units: readonly UnitReport[], total: UnitReport, limits: GateLimits): GateResult[] {
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
  ): void => {
    results.push({ gate, unit, source, limit, actual, passed, by: passed ? 0 : round2(Math.abs(actual - limit)) });
  };
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
      push('max-masked-late', unit, null, limits.maxMaskedLate, n, n <= limits.maxMaskedLate);
    }
    if (limits.minCoverage !== null) {
      const c = coverageOf(u);
      if (c !== null) push('min-coverage', unit, null, limits.minCoverage, c, c >= limits.minCoverage);
    }
  }
  return results;
}
