/** What an audit is run with: the as-of date and period, the rules' settings, the calendar and catalogue. */
import type { WorkingCalendar } from './calendar/working-days.js';
import type { ResultDateMode } from './classify.js';
import type { Day } from './day.js';
import type { ProcedureCatalogue } from './procedures.js';

export interface AuditOptions {
  asOf: Day;
  from: Day | null;
  to: Day | null;
  resultDate: ResultDateMode;
  /** Whether any input has an apology column: `late-without-apology` runs only then. */
  apologyKnown: boolean;
  /** `reconcile` matches two sources; `stats` looks at one and reports no missing/mismatch kinds. */
  matchSources: boolean;
  /** Working days, for days late, supplement waits and statutory due dates. */
  calendar: WorkingCalendar;
  /** Statutory processing times (`--procedures`), or null. */
  procedures: ProcedureCatalogue | null;
  /**
   * `--unit` / `--procedure`: folded patterns a dossier's unit, or its procedure's name or code, must
   * contain (any of them); empty: every dossier.
   */
  select: Selection;
}

export interface Selection {
  units: readonly string[];
  procedures: readonly string[];
}
