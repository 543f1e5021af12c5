/**
 * The words for what can be wrong inside a config or calendar file (`core/json-problem.ts` has the
 * problems as data), in English and Vietnamese.
 */
import type { Expected, Got, JsonProblem } from '../core/json-problem.js';
import type { Lang } from './lang.js';

export type { Expected, Got, JsonProblem } from '../core/json-problem.js';
export { gotOf } from '../core/json-problem.js';

interface ProblemWords {
  expected: (e: Expected) => string;
  got: (g: Got) => string;
  problem: (p: JsonProblem) => string;
}

const list = (xs: readonly string[]): string => xs.join(', ');

const en: ProblemWords = {
  expected: (e) => {
    switch (e.kind) {
      case 'one-of':
        return `one of ${list(e.choices)}`;
      case 'object':
        return 'an object { … }';
      case 'string':
        return 'a string';
      case 'non-empty-string':
        return 'a non-empty string';
      case 'header-or-headers':
        return 'a header, or a non-empty list of headers';
      case 'non-empty-label':
        return 'a non-empty label';
      case 'label-not-repeated':
        return (
          'a label not already given (it is the same label as ' + `"${e.earlier}" once case and diacritics are ignored)`
        );
      case 'one-char-or-tab':
        return 'one character, or "tab"';
      case 'output-delimiter':
        return '",", ";", "tab" or "|"';
      case 'max-errors':
        return 'a whole number of rows (e.g. 10) or a percentage (e.g. "2%")';
      case 'number':
        return 'a number (e.g. 5 or "2.5")';
      case 'boolean':
        return 'true or false';
      case 'encoding':
        return 'an encoding such as utf-8, utf-16le, windows-1258, tcvn3 or vni';
      case 'iso-date':
        return 'yyyy-mm-dd';
      case 'off-or-working':
        return '"off" or "working"';
      case 'entries':
        return 'an array of entries or { "entries": [...] }';
    }
  },
  got: (g) => {
    switch (g.kind) {
      case 'missing':
        return 'nothing (the key is missing)';
      case 'array':
        return 'a list';
      case 'object':
        return 'an object';
      case 'object-without-entries':
        return 'an object without an "entries" array';
      case 'value':
        return g.json;
    }
  },
  problem: (p) => {
    switch (p.kind) {
      case 'expected':
        return `${where(p.key)}expected ${en.expected(p.expected)}, got ${en.got(p.got)}`;
      case 'unknown-key':
        return p.name === null
          ? `${where(p.key)}unknown key; expected one of ${list(p.known)}`
          : `${where(p.key)}unknown key "${p.name}" (expected one of ${list(p.known)})`;
      case 'repeated-date':
        return `${where(p.key)}"${p.date}" is already given by ${p.earlier}`;
    }
  },
};

const vi: ProblemWords = {
  expected: (e) => {
    switch (e.kind) {
      case 'one-of':
        return `một trong các giá trị ${list(e.choices)}`;
      case 'object':
        return 'một đối tượng { … }';
      case 'string':
        return 'một chuỗi ký tự';
      case 'non-empty-string':
        return 'một chuỗi ký tự không rỗng';
      case 'header-or-headers':
        return 'một tiêu đề cột, hoặc một danh sách tiêu đề không rỗng';
      case 'non-empty-label':
        return 'một nhãn không rỗng';
      case 'label-not-repeated':
        return `một nhãn chưa khai báo (nhãn này trùng với "${e.earlier}" khi bỏ qua chữ hoa và dấu)`;
      case 'one-char-or-tab':
        return 'đúng một ký tự, hoặc "tab"';
      case 'output-delimiter':
        return '",", ";", "tab" hoặc "|"';
      case 'max-errors':
        return 'một số dòng (vd. 10) hoặc một tỷ lệ phần trăm (vd. "2%")';
      case 'number':
        return 'một số (vd. 5 hoặc "2.5")';
      case 'boolean':
        return 'true hoặc false';
      case 'encoding':
        return 'tên một bảng mã như utf-8, utf-16le, windows-1258, tcvn3 hoặc vni';
      case 'iso-date':
        return 'ngày dạng yyyy-mm-dd';
      case 'off-or-working':
        return '"off" (ngày nghỉ) hoặc "working" (ngày làm việc)';
      case 'entries':
        return 'một mảng các mục, hoặc { "entries": [...] }';
    }
  },
  got: (g) => {
    switch (g.kind) {
      case 'missing':
        return 'không có gì (thiếu khóa này)';
      case 'array':
        return 'một danh sách';
      case 'object':
        return 'một đối tượng';
      case 'object-without-entries':
        return 'một đối tượng không có mảng "entries"';
      case 'value':
        return g.json;
    }
  },
  problem: (p) => {
    switch (p.kind) {
      case 'expected':
        return `${where(p.key)}cần ${vi.expected(p.expected)}, nhưng nhận được ${vi.got(p.got)}`;
      case 'unknown-key':
        return p.name === null
          ? `${where(p.key)}khóa không hợp lệ; chỉ dùng một trong ${list(p.known)}`
          : `${where(p.key)}khóa "${p.name}" không hợp lệ (chỉ dùng một trong ${list(p.known)})`;
      case 'repeated-date':
        return `${where(p.key)}ngày "${p.date}" đã được khai báo ở ${p.earlier}`;
    }
  },
};

function where(key: string): string {
  return key === '' ? '' : `${key}: `;
}

export const JSON_PROBLEM_WORDS: Readonly<Record<Lang, ProblemWords>> = { en, vi };

export function problemText(p: JsonProblem, lang: Lang): string {
  return JSON_PROBLEM_WORDS[lang].problem(p);
}
