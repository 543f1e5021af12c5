/**
 * The HTML report's one script, and the Content-Security-Policy that allows exactly it: the script and
 * the stylesheet are named by their SHA-256, so nothing else can run or style the page (no external
 * or injected code, no inline handler, no style attribute). The script only filters (kind, unit,
 * search) and sorts the findings tables; the page is whole without it: every row is in the markup and
 * the filter bar stays hidden.
 */
import { createHash } from 'node:crypto';
import { HTML_STYLE } from './html-style.js';

/**
 * Plain ES2015, no library. Rows carry `data-kind` and `data-unit`; a search matches the row's text
 * folded (no case, no diacritics, đ as d). A heading's button sorts its table; numbers by value,
 * "file:line" by file then line, the rest as Vietnamese text.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var root = document.getElementById('findings');
  var bar = document.getElementById('filter');
  if (!root || !bar) return;
  var kind = document.getElementById('f-kind');
  var unit = document.getElementById('f-unit');
  var search = document.getElementById('f-search');
  var count = document.getElementById('f-count');
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u0111\\u0110]/g, 'd').toLowerCase();
  };
  var rows = Array.prototype.slice.call(root.querySelectorAll('table.findings tbody tr'));
  var texts = rows.map(function (r) { return fold(r.textContent); });
  var sections = Array.prototype.slice.call(root.querySelectorAll('section.kind'));
  function apply() {
    var k = kind.value, u = unit.value, q = fold(search.value.trim()), n = 0;
    rows.forEach(function (r, i) {
      var show = (!k || r.getAttribute('data-kind') === k) && (!u || r.getAttribute('data-unit') === u) &&
        (!q || texts[i].indexOf(q) >= 0);
      r.hidden = !show;
      if (show) n++;
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector('tbody tr:not([hidden])'); });
    count.textContent = count.getAttribute('data-template').replace('{n}', String(n)).replace('{total}', \
String(rows.length));
  }
  var collator = new Intl.Collator('vi', { numeric: true });
  function key(cell) {
    var t = cell.textContent.trim();
    return /^[\\d.,]+$/.test(t) ? t : t.toLowerCase();
  }
  Array.prototype.forEach.call(root.querySelectorAll('table.findings'), function (table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    heads.forEach(function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        var up = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.rows);
        list.sort(function (a, b) {
          var c = collator.compare(key(a.cells[col]), key(b.cells[col]));
          return up ? c : -c;
        });
        list.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  kind.addEventListener('change', apply);
  unit.addEventListener('change', apply);
  search.addEventListener('input', apply);
  bar.hidden = false;
  var note = document.getElementById('no-script');
  if (note) note.hidden = true;
  apply();
})();
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A page's policy: nothing loads or runs but its own stylesheet and script (null: none), named by hash. */
export function contentSecurityPolicy(style: string, script: string | null): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${script === null ? "'none'" : sha256(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Nothing loads or runs but the page's own stylesheet and script, named by their hashes. */
export const HTML_CSP = contentSecurityPolicy(HTML_STYLE, HTML_SCRIPT);
