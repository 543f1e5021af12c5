/**
 * The differential harness's seeded randomness and calendar arithmetic: the same seed and name give the
 * same numbers on every machine (no Math.random, no Date in local time).
 */

/** A 32-bit seed for `name` under `seed` (FNV-1a): each dataset draws from its own stream. */
export function seedFor(seed, name) {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** mulberry32 with helpers. */
export class Rand {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** `[[weight, value], …]` → a value. */
  weighted(pairs) {
    const total = pairs.reduce((n, [w]) => n + w, 0);
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  shuffle(list) {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (the tool's own day numbers). */
export const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY_MS;

const CIVIL = new Map();

/** `{ y, m, d }` of a day number (remembered: the generator asks for the same few hundred days again and again). */
export function civil(day) {
  let c = CIVIL.get(day);
  if (c === undefined) {
    const t = new Date(day * DAY_MS);
    c = Object.freeze({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
    CIVIL.set(day, c);
  }
  return c;
}

/** 0 Sunday … 6 Saturday. */
export const weekday = (day) => (((day + 4) % 7) + 7) % 7;

/** The n-th Monday–Friday after `day` (holidays ignored: the generator need not agree with the tool). */
export function addWorkingDays(day, n) {
  let d = day;
  for (let k = 0; k < n; ) {
    d++;
    const w = weekday(d);
    if (w !== 0 && w !== 6) k++;
  }
  return d;
}

export const isoDay = (day) => {
  const c = civil(day);
  return `${c.y}-${p2(c.m)}-${p2(c.d)}`;
};

export const p2 = (n) => String(n).padStart(2, '0');
