/**
 * The finding record: a kind, the dossier it is about, the rows behind it and the kind's own arguments
 * (args.ts). `Finding` is a union discriminated by `kind`, so `f.kind === 'duplicate-code'` gives
 * `f.args.keptLine` its type; `Finding<K>` is the finding of one kind. Findings are data: the wording
 * is in `wording.ts`; tests and `--fail-on` use kinds only.
 */
import { formatIsoDay, type Day } from '../core/day.js';
import type { Side } from '../core/side.js';
import type { DossierClass, Source } from '../core/types.js';
import type { FindingArgs, FindingKind, OwnDataArgs, OwnDataKind } from './args.js';

/** One side of a finding: where the row is and the values an inspector needs to judge it. */
export interface FindingSide {
  file: string;
  /** The sheet of a workbook (then `line` is its row number); absent for CSV. */
  sheet?: string;
  line: number;
  class: DossierClass;
  received: string;
  due: string;
  completed: string | null;
  returned: string | null;
  /** The date the audit took as the result (`--result-date`: completed, else returned, or one of them). */
  result: string | null;
  status: string;
  unit: string;
  apology: boolean | null;
  calendarDaysLate: number;
  workingDaysLate: number;
}

/** What every finding has besides its kind and arguments. */
export interface FindingPlace {
  /** The dossier code as written (electronic side's spelling when both exist). */
  code: string;
  unit: string;
  electronic: FindingSide | null;
  paper: FindingSide | null;
}

/** A finding of one of the kinds `P` (all kinds by default: the union). */
export type Finding<P extends FindingKind = FindingKind> = {
  [K in P]: { kind: K } & FindingPlace & {
      /** Kind-specific values used by the message (e.g. which date field was bad). */
      args: FindingArgs[K];
    };
}[P];

/** A finding of `kind`: the arguments are checked against the kind where the finding is made. */
export function makeFinding<K extends FindingKind>(kind: K, place: FindingPlace, args: FindingArgs[K]): Finding {
  const f: Finding<K> = {
    kind,
    code: place.code,
    unit: place.unit,
    electronic: place.electronic,
    paper: place.paper,
    args,
  };
  // TypeScript does not see a generic kind's finding as a member of the union; `f` was checked above.
  return f as Finding;
}

/** A one-source check's arguments with the source put first, as the report writes them. */
export function withSource<K extends OwnDataKind>(_kind: K, source: Source, args: OwnDataArgs[K]): FindingArgs[K] {
  // `{ source, ...args }` is what FindingArgs[K] is for these kinds; TypeScript cannot see it for a generic K.
  return { source, ...args } as unknown as FindingArgs[K];
}

const iso = (day: Day | null): string | null => (day === null ? null : formatIsoDay(day));

/** A side of a finding as findings show it: where it is and its dates as yyyy-mm-dd. */
export function describeSide(side: Side): FindingSide {
  const r = side.record;
  return {
    file: r.file,
    ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
    line: r.line,
    class: side.class,
    received: formatIsoDay(r.received),
    due: formatIsoDay(r.due),
    completed: iso(r.completed),
    returned: iso(r.returned),
    result: iso(side.result),
    status: r.statusLabel,
    unit: r.unit,
    apology: r.apology,
    calendarDaysLate: side.calendarDaysLate,
    workingDaysLate: side.workingDaysLate,
  };
}

/**
 * A finding's days late as the reports give them (`--details`, the workbook): the larger of its two
 * sides', each counted once, where the side was made (core/side.ts).
 */
export function findingDaysLate(f: FindingPlace): { calendar: number; working: number } {
  const e = f.electronic;
  const p = f.paper;
  return {
    calendar: Math.max(e?.calendarDaysLate ?? 0, p?.calendarDaysLate ?? 0),
    working: Math.max(e?.workingDaysLate ?? 0, p?.workingDaysLate ?? 0),
  };
}
