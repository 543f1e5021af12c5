/**
 * The report's wording (src/render/labels.ts) has the same shape in both languages, and every
 * Vietnamese text is a translation: not the English copied, with Vietnamese letters, except the few
 * abbreviations listed here. Finding messages are worded for a sample finding of every kind.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/core/findings.js';
import { LABELS, messageOf } from '../../src/render/labels.js';
import { finding, side } from '../render/sample-report.js';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Abbreviations and marks written without diacritics on purpose. */
const PLAIN: ReadonlySet<string> = new Set([
  'columns.p',
  'decimal',
  'thousands',
  ...[0, 1, 2, 3, 4, 5, 6].map((i) => `calendar.weekdays.${i}`),
]);

/** Every leaf of the labels: its path, and the English and Vietnamese values. */
function leaves(en: unknown, vi: unknown, path: string, out: { path: string; en: unknown; vi: unknown }[]): void {
  if (typeof en === 'object' && en !== null) {
    const keys = new Set([...Object.keys(en), ...Object.keys((vi ?? {}) as object)]);
    for (const k of keys)
      leaves(
        (en as Record<string, unknown>)[k],
        ((vi ?? {}) as Record<string, unknown>)[k],
        path === '' ? k : `${path}.${k}`,
        out,
      );
    return;
  }
  out.push({ path, en, vi });
}

describe('the report labels', () => {
  const all: { path: string; en: unknown; vi: unknown }[] = [];
  leaves(LABELS.en, LABELS.vi, '', all);

  it('have the same keys, and the same kind of value under each, in both languages', () => {
    const mismatched = all.filter(
      (l) =>
        typeof l.en !== typeof l.vi ||
        (typeof l.en === 'function' && (l.en as () => unknown).length !== (l.vi as () => unknown).length),
    );
    expect(mismatched.map((l) => l.path)).toEqual([]);
    expect(all.length).toBeGreaterThan(150);
  });

  it('translate every text: none copied from the English, all with Vietnamese letters but the abbreviations', () => {
    const texts = all.filter((l) => typeof l.en === 'string' && !PLAIN.has(l.path));
    expect(texts.filter((l) => l.vi === l.en).map((l) => l.path)).toEqual([]);
    expect(texts.filter((l) => !VIETNAMESE.test(l.vi as string)).map((l) => `${l.path}=${String(l.vi)}`)).toEqual([]);
  });

  it.each(FINDING_KINDS.map((k) => [k] as const))('word a %s finding in both languages', (kind) => {
    const f = finding(kind, 'H1-2024-0001', 'Xã A', { electronic: side('e.csv', 2), paper: side('p.csv', 3) });
    const en = messageOf(f, 'en');
    const vi = messageOf(f, 'vi');
    expect(en.trim()).not.toBe('');
    expect(vi).not.toBe(en);
    expect(vi).toMatch(VIETNAMESE);
  });
});
