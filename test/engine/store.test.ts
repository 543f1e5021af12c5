/**
 * The compact store gives back exactly the records put in — every field, null or not — after growing,
 * across blocks of codes, past 65,535 distinct texts, and through pack/unpack (a thread boundary).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordStore, StoredRecord } from '../../src/engine/store.js';
import type { DossierRecord } from '../../src/core/types.js';
import { makeRecord } from '../core/make-record.js';

/** The record's own fields, as a plain object (without the store it points at). */
function readable(r: StoredRecord): Omit<DossierRecord, 'code' | 'rawCode'> {
  const { store: _s, row: _r, codeText: _c, rawText: _t, ...fields } = r as unknown as Record<string, unknown>;
  return fields as unknown as Omit<DossierRecord, 'code' | 'rawCode'>;
}

/** A record with every field set to something other than its default. */
function fullRecord(i: number): DossierRecord {
  return makeRecord({
    source: 'paper',
    code: `H56-${String(i).padStart(6, '0')}`,
    rawCode: `h56 - ${String(i).padStart(6, '0')}`,
    unit: `UBND xã ${i % 7}`,
    procedure: 'Đăng ký khai sinh',
    received: '2024-03-01',
    receivedMinute: 16 * 60 + 20,
    due: '2024-03-15',
    completed: '2024-03-10',
    returned: '2024-03-11',
    statusKind: 'returned',
    labelClass: 'late',
    statusLabel: 'Đã trả kết quả',
    apology: true,
    apologyDate: 19800,
    newDate: '2024-03-20',
    reason: 'thiếu giấy tờ',
    procedureCode: '1.000948.H38',
    field: 'Hộ tịch',
    channel: 'online-full',
    supplementRequested: 19790,
    supplementReturned: 19795,
    supplementCount: 2,
    badDates: { completed: '31/02/2024' },
    file: 'paper.csv',
    line: 1000 + i,
  });
}

const recordArb: fc.Arbitrary<DossierRecord> = fc
  .record({
    code: fc.stringMatching(/^[A-Z0-9.-]{1,12}$/),
    lower: fc.boolean(),
    unit: fc.constantFrom('UBND xã An Bình', 'UBND XÃ AN BÌNH', '', 'Sở Tư pháp'),
    day: fc.integer({ min: -25567, max: 84000 }),
    maybeDay: fc.option(fc.integer({ min: -25567, max: 84000 }), { nil: null }),
    statusKind: fc.constantFrom(null, 'resolved', 'returned', 'withdrawn'),
    labelClass: fc.constantFrom(null, 'late', 'on-time'),
    apology: fc.constantFrom(null, true, false),
    reason: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
    count: fc.option(fc.nat(999), { nil: null }),
    minute: fc.option(fc.nat(1439), { nil: null }),
    bad: fc.boolean(),
    line: fc.integer({ min: 1, max: 1 << 30 }),
  })
  .map((g) => ({
    ...makeRecord({
      code: g.code,
      rawCode: g.lower ? g.code.toLowerCase() : g.code,
      unit: g.unit,
      statusKind: g.statusKind as DossierRecord['statusKind'],
      labelClass: g.labelClass as DossierRecord['labelClass'],
      apology: g.apology,
      reason: g.reason,
      supplementCount: g.count,
      receivedMinute: g.minute,
      apologyDate: g.maybeDay,
      supplementRequested: g.maybeDay,
      badDates: g.bad ? { returned: 'x' } : {},
      line: g.line,
    }),
    received: g.day,
    due: g.day + 10,
    completed: g.maybeDay,
  }));

function fill(records: readonly DossierRecord[], capacity = 1): RecordStore {
  const store = new RecordStore(records[0]?.source ?? 'electronic', records[0]?.file ?? 'electronic.csv', capacity);
  for (const r of records) store.add(r);
  return store;
}

describe('RecordStore', () => {
  it('gives back a record with every field set', () => {
    const r = fullRecord(1);
    const store = fill([r]);
    expect(store.recordAt(0)).toEqual(r);
    expect(Object.keys(store.recordAt(0)).sort()).toEqual(Object.keys(r).sort());
  });

  it('gives a workbook’s sheet, held once per store, to each record, through pack/unpack', () => {
    const store = fill([fullRecord(1), fullRecord(2)]);
    expect(store.recordAt(0).sheet).toBeUndefined();
    expect(store.load(1, new StoredRecord()).sheet).toBeUndefined();
    store.sheet = 'Sổ theo dõi';
    const again = RecordStore.unpack(structuredClone(store.pack()));
    for (const s of [store, again]) {
      expect([s.recordAt(0).sheet, s.load(1, new StoredRecord()).sheet]).toEqual(['Sổ theo dõi', 'Sổ theo dõi']);
    }
  });

  it('gives back random records, before and after pack/unpack', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 60 }), (records) => {
        const store = fill(records);
        const again = RecordStore.unpack(structuredClone(store.pack()));
        const into = new StoredRecord();
        records.forEach((r, i) => {
          expect(store.recordAt(i)).toEqual(r);
          expect(again.recordAt(i)).toEqual(r);
          // A reused record loaded from the row reads the same, field by field (the codes are getters).
          again.load(i, into);
          expect({ ...readable(into), code: into.code, rawCode: into.rawCode }).toEqual(r);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps 10,000 records across blocks of codes and growth, and a record’s badDates is its own copy', () => {
    const records = Array.from({ length: 10_000 }, (_, i) => fullRecord(i));
    const store = fill(records);
    const again = RecordStore.unpack(store.pack());
    for (const i of [0, 1, 4095, 4096, 4097, 8191, 8192, 9999]) {
      expect(store.recordAt(i)).toEqual(records[i]);
      expect(again.recordAt(i)).toEqual(records[i]);
    }
    store.recordAt(5).badDates.returned = 'changed';
    expect(store.recordAt(5).badDates).toEqual({ completed: '31/02/2024' });
  });

  it('widens a text column past 65,535 distinct values', () => {
    const records = Array.from({ length: 70_000 }, (_, i) => makeRecord({ code: `C${i}`, reason: `lý do ${i}` }));
    const store = fill(records, 1024);
    expect(store.recordAt(69_999).reason).toBe('lý do 69999');
    expect(store.recordAt(65_536).reason).toBe('lý do 65536');
    expect(RecordStore.unpack(store.pack()).recordAt(69_999).reason).toBe('lý do 69999');
  });

  it('counts the rows of each unit, hashes equal codes alike in any store, and reads day columns', () => {
    const a = fill([
      makeRecord({ code: 'X-1', unit: 'A' }),
      makeRecord({ code: 'X-2', unit: 'B' }),
      makeRecord({ code: 'X-3', unit: 'A', completed: '2024-03-05' }),
    ]);
    const b = fill([makeRecord({ source: 'paper', code: 'X-3' })]);
    expect(a.textCounts('unit')).toEqual(
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
    );
    expect(a.codeHash(2)).toBe(b.codeHash(0));
    expect(a.codeHash(0)).not.toBe(a.codeHash(1));
    expect(a.codeAt(1)).toBe('X-2');
    const completed = a.intColumn('completed')!;
    expect(completed.length).toBe(3);
    expect(completed[2]).toBe(a.recordAt(2).completed);
    expect(a.intColumn('newDate')).toBeNull(); // never set: never allocated
  });

  it('groups its rows by slice of codes in place, keeping every record whole', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 9 }),
        (records, slices) => {
          const store = fill(records);
          const hashOf = new Map(records.map((r, i) => [r.code, store.codeHash(i)]));
          store.sliceBy(slices);
          expect(store.sliceCount).toBe(slices);
          const starts = [...store.sliceStarts!];
          expect(starts[0]).toBe(0);
          expect(starts[slices]).toBe(records.length);
          const back = Array.from({ length: store.count }, (_, i) => store.recordAt(i));
          for (let s = 0; s < slices; s++) {
            for (let i = starts[s]!; i < starts[s + 1]!; i++) {
              expect(hashOf.get(back[i]!.code)! % slices).toBe(s);
              expect(store.codeHash(i)).toBe(hashOf.get(back[i]!.code));
            }
          }
          const key = (r: DossierRecord): string => JSON.stringify(r);
          expect(back.map(key).sort()).toEqual(records.map(key).sort());
          const again = RecordStore.unpack(store.pack());
          expect(again.sliceStarts).toEqual(store.sliceStarts);
          expect(again.recordAt(store.count - 1)).toEqual(back[store.count - 1]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a record of another file or source', () => {
    const store = new RecordStore('electronic', 'e.csv');
    expect(() => store.add(makeRecord({ source: 'paper', file: 'e.csv' }))).toThrow(/added to the store of e.csv/);
  });
});
