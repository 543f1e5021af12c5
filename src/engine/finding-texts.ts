/**
 * A large report's findings, written by the audit threads: each thread writes each finding's text as
 * it finds it, in every form the run asks for (the JSON report's item or NDJSON line: `findingText`,
 * the one writer of a finding's JSON; a `--details` row: `detailsRowText`), with its sort key, into a
 * text spool (text-spool.ts) that puts them in the report's order a run at a time and spills full runs
 * to disk. No finding is kept as an object. The main thread merges every thread's runs by key
 * (core/finding-order.ts) and copies bytes to the output: it neither receives finding objects nor
 * stringifies or encodes them.
 */
import { compareAt, SortKeyList, type SortKeys, unitRanks } from '../core/finding-order.js';
import { namedFinding } from '../core/report.js';
import type { Finding } from '../findings/finding.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import { detailsRowText } from '../render/csv.js';
import { findingText } from '../render/finding-json.js';
import {
  allRuns,
  closeSpooled,
  mergeOrder,
  type SpillFile,
  SpoolBudget,
  type SpoolEncoding,
  type Spooled,
  spooledChunks,
  TextSpool,
} from './text-spool.js';

/** One thread's findings, written in each form and spooled in sorted runs. */
export type WrittenFindings = Spooled<SortKeys>;

/**
 * Findings written as they are found (`add`), so that none is kept as an object: its texts go into
 * the spool, its sort key into the spool's key list; `finish` hands the sorted runs over.
 */
export class FindingWriter {
  private readonly spool: TextSpool<SortKeys, SortKeyList>;

  /** `budget`: the pending text shared with the thread's other writers (text-spool.ts). */
  constructor(
    private readonly unitNames: ReadonlyMap<string, string>,
    private readonly forms: readonly FindingTextForm[],
    budget = new SpoolBudget(),
    spill: SpillFile | null = null,
  ) {
    this.spool = new TextSpool(
      () => new SortKeyList(),
      forms.map((): SpoolEncoding => 'utf8'),
      budget,
      spill,
    );
  }

  /** A finding as the audit makes it (its unit a key). */
  add(found: Finding): void {
    const f = namedFinding(found, this.unitNames);
    this.spool.keys.add(f);
    this.spool.add(this.forms.map((form) => formText(f, form)));
  }

  finish(): WrittenFindings {
    return this.spool.finish();
  }
}

function formText(f: Finding, form: FindingTextForm): string {
  return form.style === 'details' ? detailsRowText(f, form.lang, form.csv) : findingText(f, form);
}

/**
 * The threads' written findings as one list per form, in the report's order (ties: the earlier
 * thread's first). The lists read the threads' spill files: `close` them when every list was written.
 */
export function joinWritten(
  parts: readonly WrittenFindings[],
  forms: readonly FindingTextForm[],
): { texts: FindingTexts[]; close: () => void } {
  const runs = allRuns(parts).map((r) => r.run);
  let from: Uint16Array | null = null;
  const order = (): Uint16Array => {
    if (from === null) {
      const keys = runs.map((r) => r.keys);
      const ranks = unitRanks(keys);
      from = mergeOrder(
        runs.map((r) => r.count),
        (l, i, m, j) => compareAt(keys[l]!, ranks[l]!, i, keys[m]!, ranks[m]!, j),
      );
    }
    return from;
  };
  const count = runs.reduce((n, r) => n + r.count, 0);
  const texts = forms.map(
    (form, f): FindingTexts => ({
      form,
      count,
      chunks: (refill = false) =>
        spooledChunks(parts, order(), f, Buffer.from(form.style === 'json' ? ',\n' : '', 'utf8'), refill),
    }),
  );
  return { texts, close: () => closeSpooled(parts) };
}
