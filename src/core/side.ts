/** A side of a dossier as findings and the evidence list show it: where it is and its dates as yyyy-mm-dd. */
import { formatIsoDay, type Day } from './day.js';
import type { FindingSide } from '../findings/finding.js';
import type { Side } from './reconcile.js';

const iso = (day: Day | null): string | null => (day === null ? null : formatIsoDay(day));

export function describeSide(side: Side): FindingSide {
  const r = side.record;
  return {
    file: r.file,
    line: r.line,
    class: side.class,
    received: formatIsoDay(r.received),
    due: formatIsoDay(r.due),
    completed: iso(r.completed),
    returned: iso(r.returned),
    status: r.statusLabel,
    unit: r.unit,
    apology: r.apology,
    calendarDaysLate: side.calendarDaysLate,
    workingDaysLate: side.workingDaysLate,
  };
}
