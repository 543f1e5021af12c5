/**
 * Guards a CI job relies on: facts about a run that leave its figures meaningless or misleading though
 * nothing failed — no dossier in the period, one side empty, an as-of date before the period, a file
 * that looks like the other source (sides swapped), one file given as both sides, units found on one
 * side only. Each is a warning: data here, one line on stderr and an entry in the JSON report; words in
 * messages/warnings.ts. Whether an empty period or side fails the gates is gates.ts's rule.
 */
import { foldKey } from './fold.js';
import type { UnitReport } from './summarise.js';
import type { Field, Source } from './types.js';

export type Warning =
  /** No dossier received in the period on any side read. */
  | { kind: 'empty-period'; from: string | null; to: string | null }
  /** reconcile: one side has no dossier in the period while the other has some. */
  | { kind: 'empty-side'; source: Source }
  | { kind: 'as-of-before-period'; asOf: string; from: string }
  /** A file given as `source` whose columns are those of the other source; `columns` are the telling headers. */
  | { kind: 'looks-like-other-source'; file: string; source: Source; looksLike: Source; columns: string[] }
  | { kind: 'same-file'; electronic: string; paper: string; by: 'path' | 'content' }
  /** reconcile: units with dossiers in `source` and none in the other source. */
  | { kind: 'units-on-one-side'; source: Source; units: string[] };

export type WarningKind = Warning['kind'];

/**
 * Headers only a paper register has: the signature column and the register's book number. An export
 * of the electronic system has neither.
 */
const REGISTER_HEADERS = new Set(['Ký nhận', 'Ký tên', 'Chữ ký', 'Người nhận ký', 'Quyển số'].map(foldKey));

/** Fields only an export of the electronic system fills: the life-cycle status and the completion date. */
const EXPORT_FIELDS: readonly Field[] = ['status', 'completed'];

/**
 * Which source a file's columns say it comes from, with the headers that say so; null when they do not
 * tell. A register: a signature or book column and neither export field. An export: both export fields,
 * no register column and no layout row (a register typed from the printed form keeps its column
 * numbers, total and signature rows, and may copy an export's columns).
 */
export function sourceLook(
  header: readonly string[],
  mapped: Partial<Record<Field, number>>,
  layoutRows: number,
): { source: Source; columns: string[] } | null {
  const register = header.filter((h) => REGISTER_HEADERS.has(foldKey(h)));
  const exportCols = EXPORT_FIELDS.map((f) => mapped[f]).filter((i): i is number => i !== undefined);
  if (register.length > 0 && exportCols.length === 0) return { source: 'paper', columns: register };
  if (register.length === 0 && layoutRows === 0 && exportCols.length === EXPORT_FIELDS.length)
    return { source: 'electronic', columns: exportCols.map((i) => header[i] ?? '') };
  return null;
}

/** What the guards look at, besides the per-unit figures. */
export interface GuardFacts {
  /** Sources the run reads: one for `stats`, both for `reconcile`. */
  sources: readonly Source[];
  asOf: string;
  from: string | null;
  to: string | null;
  /** Each input file, as given, with what its columns look like (`sourceLook`). */
  files: readonly { file: string; source: Source; looksLike: Source | null; columns: readonly string[] }[];
  /** Pairs of inputs given as both sides that are one file (engine: by path, else by content). */
  sameFiles: readonly { electronic: string; paper: string; by: 'path' | 'content' }[];
}

/** The warnings of a run, in a fixed order. */
export function guardWarnings(facts: GuardFacts, units: readonly UnitReport[], total: UnitReport): Warning[] {
  const warnings: Warning[] = [];
  const received = (s: Source): number => total[s]?.received ?? 0;
  if (facts.sources.every((s) => received(s) === 0)) {
    warnings.push({ kind: 'empty-period', from: facts.from, to: facts.to });
  } else {
    for (const s of facts.sources) if (received(s) === 0) warnings.push({ kind: 'empty-side', source: s });
  }
  if (facts.from !== null && facts.asOf < facts.from)
    warnings.push({ kind: 'as-of-before-period', asOf: facts.asOf, from: facts.from });
  for (const f of facts.files) {
    if (f.looksLike !== null && f.looksLike !== f.source)
      warnings.push({
        kind: 'looks-like-other-source',
        file: f.file,
        source: f.source,
        looksLike: f.looksLike,
        columns: [...f.columns],
      });
  }
  for (const s of facts.sameFiles) warnings.push({ kind: 'same-file', ...s });
  if (facts.sources.length === 2 && warnings.every((w) => w.kind !== 'empty-side' && w.kind !== 'empty-period')) {
    for (const source of facts.sources) {
      const other = source === 'electronic' ? 'paper' : 'electronic';
      const only = units.filter((u) => (u[source]?.received ?? 0) > 0 && (u[other]?.received ?? 0) === 0);
      if (only.length > 0) warnings.push({ kind: 'units-on-one-side', source, units: only.map((u) => u.unit) });
    }
  }
  return warnings;
}

/** Whether a warning says there is nothing (or nothing on one side) to audit: what `--allow-empty` allows. */
export function isEmptyWarning(w: Warning): boolean {
  return w.kind === 'empty-period' || w.kind === 'empty-side';
}
