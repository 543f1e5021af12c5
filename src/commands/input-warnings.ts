/**
 * Warnings about an input that was read all the same, one line each on stderr, in every command that
 * reads inputs: bytes that are not UTF-8 in cells the audit does not read.
 */
import { formatPlace } from '../errors.js';
import type { FileIngest } from '../io/read-dossiers.js';
import { formatCount, LABELS, type Lang } from '../render/labels.js';
import { showControls } from '../render/visible-text.js';

/** One line per file with bytes that are not UTF-8 in unread cells, naming the first such cell. */
export function invalidBytesWarnings(ingests: readonly FileIngest[], lang: Lang): string[] {
  const l = LABELS[lang];
  const lines: string[] = [];
  for (const f of ingests) {
    const bad = f.invalidBytes.first;
    if (bad === null) continue;
    const words = l.text.invalidBytes(formatCount(f.invalidBytes.count, l), bad.column, String(bad.offset ?? '?'));
    lines.push(`${showControls(`tthc-audit: ${formatPlace({ file: f.file, line: bad.line })}${words}`)}\n`);
  }
  return lines;
}
