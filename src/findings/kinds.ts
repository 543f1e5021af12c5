/**
 * The finding kinds: one table that says, for each kind in display order, what it is about, how loudly
 * it is shown, which per-unit column counts it, and when its check cannot run. Everything that lists
 * or counts kinds (the report's order, `--fail-on`, the per-unit columns, the skipped checks) is
 * derived from it; renderers loop over it and never name a kind. Wording is in `wording.ts`.
 */
import type { FindingKind } from './args.js';

export type { FindingKind } from './args.js';

/** What a finding is about, in the order the report lists skipped checks within one reason. */
export const FINDING_GROUPS = ['matching', 'mismatch', 'data', 'procedure'] as const;
/**
 * `matching`: a dossier only one source has; `mismatch`: the sources disagree on a value; `data`: one
 * source's own record is wrong; `procedure`: a rule of the procedure (deadlines, apology slips, reasons).
 */
export type FindingGroup = (typeof FINDING_GROUPS)[number];

/** `alarm`: what an inspector must act on first (shown in red); `warn`: the rest. */
export type FindingLevel = 'warn' | 'alarm';

/** The findings columns of the per-unit tables, in order; each counts the kinds assigned to it. */
export const FINDING_COLUMNS = ['missingE', 'missingP', 'masked', 'mismatches', 'dataIssues', 'noApology'] as const;
export type FindingColumn = (typeof FINDING_COLUMNS)[number];

/** An input a check needs besides the records; without it the check is skipped and the report says so. */
export type CheckInput = 'apology-column' | 'reason-column' | 'new-date-column' | 'procedures';

export interface KindSpec {
  group: FindingGroup;
  level: FindingLevel;
  column: FindingColumn;
  /** 2: found only by matching the electronic export with the paper register (`reconcile`). */
  sources: 1 | 2;
  needs: CheckInput | null;
  /** Listed by code under the terminal table, and counted beside each unit's bars in the HTML chart. */
  headline?: true;
}

/** Every kind, in display order (a contract: the report's order, and the CSV's columns). */
const KINDS = {
  'masked-late': { group: 'mismatch', level: 'alarm', column: 'masked', sources: 2, needs: null, headline: true },
  'missing-in-electronic': { group: 'matching', level: 'warn', column: 'missingE', sources: 2, needs: null },
  'missing-in-paper': { group: 'matching', level: 'warn', column: 'missingP', sources: 2, needs: null },
  'status-mismatch': { group: 'mismatch', level: 'warn', column: 'mismatches', sources: 2, needs: null },
  'due-date-mismatch': { group: 'mismatch', level: 'warn', column: 'mismatches', sources: 2, needs: null },
  'received-date-mismatch': { group: 'mismatch', level: 'warn', column: 'mismatches', sources: 2, needs: null },
  'completed-date-mismatch': { group: 'mismatch', level: 'warn', column: 'mismatches', sources: 2, needs: null },
  'unit-mismatch': { group: 'mismatch', level: 'warn', column: 'mismatches', sources: 2, needs: null },
  'duplicate-code': { group: 'data', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'late-without-apology': {
    group: 'procedure',
    level: 'alarm',
    column: 'noApology',
    sources: 1,
    needs: 'apology-column',
  },
  'apology-late': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'late-apology': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: 'apology-column' },
  'missed-new-date': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: 'new-date-column' },
  'repeated-new-date': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'due-on-day-off': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'due-date-extended': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: 'procedures' },
  'due-date-too-short': { group: 'procedure', level: 'warn', column: 'dataIssues', sources: 1, needs: 'procedures' },
  'invalid-dates': { group: 'data', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'status-label-mismatch': { group: 'data', level: 'warn', column: 'dataIssues', sources: 1, needs: null },
  'returned-without-reason': {
    group: 'procedure',
    level: 'warn',
    column: 'dataIssues',
    sources: 1,
    needs: 'reason-column',
  },
} as const satisfies { readonly [K in FindingKind]: KindSpec };

export const FINDING_KINDS = Object.keys(KINDS) as readonly FindingKind[];

/** The kinds listed by code under the terminal table and counted in the HTML chart. */
export type HeadlineKind = {
  [K in FindingKind]: (typeof KINDS)[K] extends { headline: true } ? K : never;
}[FindingKind];
export const HEADLINE_KINDS = FINDING_KINDS.filter((k): k is HeadlineKind => specOf(k).headline === true);

export function specOf(kind: FindingKind): KindSpec {
  return KINDS[kind];
}

export function isFindingKind(text: string): text is FindingKind {
  return Object.hasOwn(KINDS, text);
}

export function emptyFindingCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
}

/** The kinds a findings column counts, in display order. */
export function kindsOfColumn(column: FindingColumn): FindingKind[] {
  return FINDING_KINDS.filter((k) => KINDS[k].column === column);
}

/** A findings column's count: the sum of its kinds' counts. */
export function columnCount(column: FindingColumn, counts: Readonly<Record<FindingKind, number>>): number {
  return kindsOfColumn(column).reduce((n, k) => n + counts[k], 0);
}

/** A column is as loud as its loudest kind. */
export function columnLevel(column: FindingColumn): FindingLevel {
  return kindsOfColumn(column).some((k) => KINDS[k].level === 'alarm') ? 'alarm' : 'warn';
}

/** The findings columns that can count anything in a run of one source, or of two. */
export function findingColumnsFor(sources: 1 | 2): FindingColumn[] {
  return FINDING_COLUMNS.filter((c) => kindsOfColumn(c).some((k) => KINDS[k].sources <= sources));
}
