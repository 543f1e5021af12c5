/** Combining a two-row header: a merged cell's text carries right; the name that maps a field wins. */
import { describe, expect, it } from 'vitest';
import { combineHeaderRows } from '../../src/io/find-header.js';

describe('combineHeaderRows', () => {
  it('the issue\'s example: "Ngày" over "Tiếp nhận" and "Hẹn trả"', () => {
    expect(
      combineHeaderRows(['STT', 'Mã hồ sơ', 'Ngày', '', 'Trạng thái'], ['', '', 'Tiếp nhận', 'Hẹn trả', '']),
    ).toEqual(['STT', 'Mã hồ sơ', 'Ngày Tiếp nhận', 'Ngày Hẹn trả', 'Trạng thái']);
  });

  it('takes the lower name alone, or the lower name first, when that is the one that names a field', () => {
    expect(combineHeaderRows(['Kết quả', ''], ['Ngày có kết quả', 'Ngày trả kết quả'])).toEqual([
      'Ngày có kết quả',
      'Ngày trả kết quả',
    ]);
    // "Hồ sơ Chủ" names nothing: the first form
    expect(combineHeaderRows(['Hồ sơ', ''], ['Mã', 'Chủ'])).toEqual(['Mã Hồ sơ', 'Hồ sơ Chủ']);
  });

  it("uses the user's --map names too", () => {
    expect(combineHeaderRows(['Hạn', ''], ['A', 'B'], { due: 'B Hạn' })).toEqual(['Hạn A', 'B Hạn']);
  });

  it('rows of different lengths', () => {
    expect(combineHeaderRows(['Mã hồ sơ', 'Ngày'], ['', 'Tiếp nhận', 'Hẹn trả'])).toEqual([
      'Mã hồ sơ',
      'Ngày Tiếp nhận',
      'Ngày Hẹn trả',
    ]);
  });
});
