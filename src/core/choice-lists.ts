/**
 * The values some options take, as plain lists, so that the command line offers them (`--help`,
 * commander's choices) without loading the modules that use them (classify.ts, period.ts, …), which
 * re-export them. The meaning of each value is documented where it is used.
 */

/** `--result-date`: which date is "the result": completed if present else returned (`auto`), or only one of them. */
export const RESULT_DATE_MODES = ['auto', 'completed', 'returned'] as const;
export type ResultDateMode = (typeof RESULT_DATE_MODES)[number];

/** `--period-by` (period.ts). */
export const PERIOD_BYS = ['received', 'resolved', 'activity'] as const;
export type PeriodBy = (typeof PERIOD_BYS)[number];

/** `--by` (by-period.ts). */
export const BY_PERIODS = ['month', 'quarter', 'year'] as const;
export type ByPeriod = (typeof BY_PERIODS)[number];

/** `--denominator`: how rates are counted (DOMAIN.md "Denominators"); `resolved` reproduces the published reports. */
export const DENOMINATORS = ['resolved', 'due', 'workload', 'qd766'] as const;
export type Denominator = (typeof DENOMINATORS)[number];

/** `--gate-scope` (gates.ts). */
export const GATE_SCOPES = ['total', 'unit'] as const;
export type GateScope = (typeof GATE_SCOPES)[number];
