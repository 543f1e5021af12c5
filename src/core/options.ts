/** What an audit is run with: the as-of date and period, the rules' settings, the calendar and catalogue. */
import type { ByPeriod } from './by-period.js';
import type { WorkingCalendar } from './calendar/working-days.js';
import type { ResultDateMode } from './classify.js';
import type { Day } from './day.js';
import type { FormSpec } from './form.js';
import type { PeriodBy } from './period.js';
import type { ProcedureCatalogue } from './procedures.js';

export interface AuditOptions {
  asOf: Day;
  from: Day | null;
  to: Day | null;
  /** Which dossiers the period holds (period.ts). */
  periodBy: PeriodBy;
  resultDate: ResultDateMode;
  /** Whether any input has an apology column: `late-without-apology` runs only then. */
  apologyKnown: boolean;
  /** How many working days before the due day an apology must be issued at least (`late-apology`). */
  apologyLeadDays: number;
  /** `reconcile` matches two sources; `stats` looks at one and reports no missing/mismatch kinds. */
  matchSources: boolean;
  /** Working days, for days late, supplement waits and statutory due dates. */
  calendar: WorkingCalendar;
  /** Statutory processing times (`--procedures`), or null. */
  procedures: ProcedureCatalogue | null;
  /**
   * The receipt cut-off (`--cutoff`), in minutes since midnight, or null (off): a dossier received at
   * or after it, or on a day that is not a working day, has its statutory time counted from the next
   * working day (procedures.ts `countedFromDay`). Only the statutory due-date check reads it.
   */
  receiptCutoff: number | null;
  /** The settlement-results form to tally (form.ts), or null. */
  form: FormSpec | null;
  /**
   * `--unit` / `--procedure`: folded patterns a dossier's unit, or its procedure's name or code, must
   * contain (any of them); empty: every dossier.
   */
  select: Selection;
  /** `--by`: also tally each unit per month, quarter or year (by-period.ts); absent or null: no. */
  by?: ByPeriod | null;
}

export interface Selection {
  units: readonly string[];
  procedures: readonly string[];
}
