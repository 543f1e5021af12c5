/**
 * The alias table as a whole: the national sync machine names of the issue map to their fields, no
 * two fields share a folded alias, and look-alike headers (the submission date, row numbers) map to
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES, LOOKALIKE_HEADERS, fieldOfHeader, findLookalike } from '../../src/core/columns.js';
import { foldKey } from '../../src/core/fold.js';

describe('aliases', () => {
  it.each([
    ['MaHoSo', 'code'],
    ['NgayTiepNhan', 'received'],
    ['NgayHenTra', 'due'],
    ['NgayKetThucXuLy', 'completed'],
    ['NgayTra', 'returned'],
    ['TrangThaiHoSo', 'status'],
    ['KenhThucHien', 'channel'],
    ['MaTTHC', 'procedureCode'],
    ['TenTTHC', 'procedure'],
    ['TenDonVi', 'unit'],
    ['NgayYeuCauBoSung', 'supplementRequested'],
    [' Ngày\u00a0tiếp  nhận ', 'received'],
    ['TIEP NHAN', 'received'],
    ['Hẹn trả', 'due'],
  ] as const)('%j → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('no folded alias belongs to two fields', () => {
    const owner = new Map<string, string>();
    for (const [field, names] of Object.entries(FIELD_ALIASES)) {
      for (const name of names) {
        const key = foldKey(name);
        expect(owner.get(key) ?? field, `${name}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('look-alikes are never taken for the field, and are found for the hint', () => {
    for (const names of Object.values(LOOKALIKE_HEADERS))
      for (const name of names ?? []) expect(fieldOfHeader(name), name).toBeUndefined();
    expect(findLookalike(['STT', 'NGAY NOP HO SO', 'NgayHenTra'], 'received')).toBe('NGAY NOP HO SO');
    expect(findLookalike(['STT', 'NgayHenTra'], 'received')).toBeUndefined();
  });
});
