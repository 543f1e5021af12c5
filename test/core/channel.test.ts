/** Channel cells → channels: the national codes and the vendors' words. */
import { describe, expect, it } from 'vitest';
import { isOnline, readChannel } from '../../src/core/channel.js';

describe('readChannel', () => {
  it.each([
    ['1', 'direct'],
    ['2', 'online'],
    ['3', 'postal'],
    ['Trực tiếp', 'direct'],
    ['TRUC TIEP', 'direct'],
    ['Nộp tại quầy', 'direct'],
    ['Trực tuyến', 'online'],
    ['Dịch vụ công trực tuyến toàn trình', 'online-full'],
    ['Trực tuyến một phần', 'online-partial'],
    ['Bưu chính công ích', 'postal'],
    ['Qua bưu điện', 'postal'],
    ['online', 'online'],
    ['', null],
    ['Khác', null],
    ['4', null],
  ])('%j → %s', (cell, channel) => {
    expect(readChannel(cell)).toBe(channel);
  });

  it('counts the three online kinds as online on the form', () => {
    expect(['online-full', 'online-partial', 'online', 'direct', 'postal'].map((c) => isOnline(c as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
