/**
 * The text spool (engine/text-spool.ts): the spools of one thread share one budget of pending text, so
 * the thread never holds more than the budget whatever the number of outputs, and a spool read back
 * gives its items in key order, byte for byte the same however small the budget (many runs) or large (none).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allRuns,
  closeSpooled,
  type KeyList,
  mergeOrder,
  type Spooled,
  SpoolBudget,
  type SpoolEncoding,
  spooledChunks,
  TextSpool,
} from '../../src/engine/text-spool.js';

/** Keys that are plain numbers: the simplest key list a spool can sort. */
class NumberKeys implements KeyList<Int32Array> {
  private readonly keys: number[] = [];

  get length(): number {
    return this.keys.length;
  }

  add(key: number): void {
    this.keys.push(key);
  }

  sorted(): { keys: Int32Array; order: Int32Array } {
    const order = Int32Array.from(this.keys, (_, i) => i).sort((i, j) => this.keys[i]! - this.keys[j]! || i - j);
    return { keys: order.map((i) => this.keys[i]!), order };
  }
}

/** Form `form` of every item the parts hold, merged in key order, joined by `|`. */
function readBack(parts: readonly Spooled<Int32Array>[], form: number, encoding: SpoolEncoding): string {
  const runs = allRuns(parts).map((r) => r.run);
  const from = mergeOrder(
    runs.map((r) => r.count),
    (l, i, m, j) => runs[l]!.keys[i]! - runs[m]!.keys[j]!,
  );
  const bytes = Buffer.concat([...spooledChunks(parts, from, form, Buffer.from('|', encoding))]);
  return bytes.toString(encoding);
}

/** An item: its key and its texts, one per form of its spool; `to`: which of the two spools it goes to. */
const arbItem = fc.record({
  to: fc.integer({ min: 0, max: 1 }),
  key: fc.integer({ min: 0, max: 5 }),
  // The second text goes to a UTF-16 form (a key): lone surrogates must come back as they were.
  texts: fc.tuple(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udfff'), fc.string({ unit: 'binary', maxLength: 1 })) }),
  ),
});

describe('spools sharing one budget of pending text', () => {
  it('hold less than the budget together, and read back in key order whatever the budget', () => {
    fc.assert(
      fc.property(
        fc.array(arbItem, { maxLength: 60 }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        (items, bytes, ownBudgets) => {
          const budget = new SpoolBudget(bytes);
          // Two spools of one thread (one form, and two forms) sharing the budget, or each with a default (no spill).
          const forms: SpoolEncoding[][] = [['utf8'], ['utf8', 'utf16le']];
          const spools = forms.map(
            (f) => new TextSpool<Int32Array, NumberKeys>(() => new NumberKeys(), f, ownBudgets ? undefined : budget),
          );
          for (const item of items) {
            const spool = spools[item.to]!;
            spool.keys.add(item.key);
            spool.add(item.to === 0 ? [item.texts[0]] : item.texts);
            if (!ownBudgets) expect(spools[0]!.gathered + spools[1]!.gathered).toBeLessThan(bytes);
          }
          const parts = spools.map((s) => s.finish());
          try {
            spools.forEach((_, to) => {
              const mine = items.filter((i) => i.to === to);
              const sorted = mine
                .map((item, at) => ({ item, at }))
                .sort((a, b) => a.item.key - b.item.key || a.at - b.at);
              for (let form = 0; form <= to; form++) {
                expect(readBack([parts[to]!], form, forms[to]![form]!)).toBe(
                  sorted.map((s) => s.item.texts[form]!).join('|'),
                );
              }
            });
          } finally {
            closeSpooled(parts);
          }
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});

describe('a spool read back through one buffer filled again (refill)', () => {
  it('gives the same bytes as fresh buffers, chunk by chunk, over several chunks', () => {
    const spool = new TextSpool<Int32Array, NumberKeys>(() => new NumberKeys(), ['utf8'], new SpoolBudget(64 << 10));
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const text = `${i}:${'ă'.repeat(i % 700)}`;
      texts.push(text);
      spool.keys.add(i % 7);
      spool.add([text]);
    }
    const parts = [spool.finish()];
    try {
      const runs = allRuns(parts).map((r) => r.run);
      const from = mergeOrder(
        runs.map((r) => r.count),
        (l, i, m, j) => runs[l]!.keys[i]! - runs[m]!.keys[j]!,
      );
      const read = (refill: boolean) => {
        const memory = new Set<ArrayBufferLike>();
        const chunks = Array.from(spooledChunks(parts, from, 0, Buffer.from('|'), refill), (c) => {
          memory.add(c.buffer);
          return Buffer.from(c); // copied before the next is asked for
        });
        return { chunks, buffers: memory.size };
      };
      const { chunks: fresh, buffers } = read(false);
      const { chunks: refilled, buffers: one } = read(true);
      expect(refilled.length).toBeGreaterThan(2);
      expect([buffers, one]).toEqual([fresh.length, 1]);
      expect(Buffer.concat(refilled).equals(Buffer.concat(fresh))).toBe(true);
      const sorted = texts.map((t, i) => ({ t, k: i % 7, i })).sort((a, b) => a.k - b.k || a.i - b.i);
      expect(Buffer.concat(fresh).toString('utf8')).toBe(sorted.map((s) => s.t).join('|'));
    } finally {
      closeSpooled(parts);
    }
  });
});
