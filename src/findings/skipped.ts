/**
 * The checks a run could not make, and why: derived from what each kind needs (kinds.ts) and what the
 * run had. The report lists them as `{ check, reason }` codes; the renderers word the reasons.
 */
import { FINDING_GROUPS, FINDING_KINDS, specOf, type CheckInput, type FindingKind } from './kinds.js';

/**
 * Why a check was skipped, in the order the report lists them. `no-status-label` is worded but no
 * check is skipped for it today: without a status column `status-label-mismatch` simply finds nothing.
 */
export const SKIP_REASONS = [
  'one-source',
  'no-apology-column',
  'no-reason-column',
  'no-new-date-column',
  'no-procedures',
  'no-status-label',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

const REASON_OF_INPUT: Record<CheckInput, SkipReason> = {
  'apology-column': 'no-apology-column',
  'reason-column': 'no-reason-column',
  'new-date-column': 'no-new-date-column',
  procedures: 'no-procedures',
};

export interface SkippedCheck {
  check: FindingKind;
  reason: SkipReason;
}

/** What a run had: how many sources, and which of the inputs some checks need. */
export interface RunInputs {
  sources: 1 | 2;
  has: Readonly<Record<CheckInput, boolean>>;
}

function reasonSkipped(kind: FindingKind, run: RunInputs): SkipReason | null {
  const spec = specOf(kind);
  if (spec.sources > run.sources) return 'one-source';
  return spec.needs !== null && !run.has[spec.needs] ? REASON_OF_INPUT[spec.needs] : null;
}

/** The skipped checks by reason, then by what they are about, then in display order. */
export function skippedChecks(run: RunInputs): SkippedCheck[] {
  const rank = (s: SkippedCheck): number[] => [
    SKIP_REASONS.indexOf(s.reason),
    FINDING_GROUPS.indexOf(specOf(s.check).group),
    FINDING_KINDS.indexOf(s.check),
  ];
  const skipped: SkippedCheck[] = [];
  for (const check of FINDING_KINDS) {
    const reason = reasonSkipped(check, run);
    if (reason !== null) skipped.push({ check, reason });
  }
  return skipped.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}
