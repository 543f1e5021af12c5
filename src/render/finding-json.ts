/**
 * One finding as the JSON report lists it and `--format ndjson` writes it: the one definition of a
 * finding's JSON, used by both renderers and by the audit threads that write a large report's findings
 * (engine/finding-texts.ts).
 */
import type { Finding } from '../findings/finding.js';
import type { FindingTextForm } from '../findings/finding-texts.js';
import { messageOf } from '../findings/wording.js';
import type { Lang } from '../messages/lang.js';

/** One finding as a JSON value: its message in `lang`, everything else data. */
export function findingToJson(f: Finding, lang: Lang): unknown {
  return {
    kind: f.kind,
    code: f.code,
    unit: f.unit,
    message: messageOf(f, lang),
    electronic: f.electronic,
    paper: f.paper,
    ...(Object.keys(f.args).length > 0 ? { args: f.args } : {}),
  };
}

/** Where an item of the report's `findings` list stands: `JSON.stringify(report, null, 2)` indents it by 4. */
const ITEM_INDENT = '    ';

/**
 * The text of one finding: for `json`, the item as `JSON.stringify(report, null, 2)` writes it inside
 * the `findings` list (no separator; JSON text has no raw line break but those between its lines, so
 * indenting every line gives the nested form); for `ndjson`, one line ending in "\n".
 */
export function findingText(f: Finding, form: FindingTextForm): string {
  const value = findingToJson(f, form.lang);
  if (form.style === 'ndjson') return JSON.stringify(value) + '\n';
  return ITEM_INDENT + JSON.stringify(value, null, 2).replaceAll('\n', '\n' + ITEM_INDENT);
}
