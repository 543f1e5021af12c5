/**
 * The report's wording (src/render/labels.ts) has the same shape in both languages, and every
 * Vietnamese text is a translation: not the English copied, with Vietnamese letters, except the few
 * abbreviations listed here. The finding kinds' words (src/findings/wording.ts) are checked in
 * test/findings/findings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/render/labels.js';

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
    // 167 leaves before the finding kinds' 35 (title, message, badge) moved to src/findings/wording.ts
    expect(all.length).toBeGreaterThan(125);
  });

  it('translate every text: none copied from the English, all with Vietnamese letters but the abbreviations', () => {
    const texts = all.filter((l) => typeof l.en === 'string' && !PLAIN.has(l.path));
    expect(texts.filter((l) => l.vi === l.en).map((l) => l.path)).toEqual([]);
    expect(texts.filter((l) => !VIETNAMESE.test(l.vi as string)).map((l) => `${l.path}=${String(l.vi)}`)).toEqual([]);
  });
});
