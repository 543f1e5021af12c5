/**
 * The words of what a run says on stderr besides errors, in English and Vietnamese: the guards'
 * warnings (core/guards.ts) and why a run exits 1 — one line per failed gate or `--fail-on` kind.
 * Vietnamese dates are dd/mm/yyyy; finding kinds are named by their titles in Vietnamese, by their
 * `--fail-on` names in English (the name the user typed is quoted in both).
 */
import { formatViDay, parseIsoDay } from '../core/day.js';
import type { GateResult } from '../core/gates.js';
import type { Warning } from '../core/guards.js';
import type { Source } from '../core/types.js';
import { kindTitle } from '../findings/wording.js';
import type { Lang } from './lang.js';

/** How numbers are written in the run's output: a count, a percentage, a limit as typed. */
export interface NumberWords {
  count: (n: number) => string;
  percent: (p: number) => string;
  plain: (x: number) => string;
}

/** How many unit names a warning lists before "…". */
const UNITS_SHOWN = 5;

const SOURCE_EN: Record<Source, string> = { electronic: 'electronic', paper: 'paper' };
const SIDE_EN: Record<Source, string> = { electronic: 'the electronic export', paper: 'the paper register' };
const SIDE_VI: Record<Source, string> = { electronic: 'dữ liệu hệ thống điện tử', paper: 'sổ theo dõi giấy' };
const FLAG: Record<Source, string> = { electronic: '--electronic', paper: '--paper' };

const viDate = (iso: string): string => {
  const d = parseIsoDay(iso);
  return d === null ? iso : formatViDay(d);
};

function unitList(units: readonly string[]): string {
  const shown = units.slice(0, UNITS_SHOWN).map((u) => `"${u}"`);
  return shown.join(', ') + (units.length > UNITS_SHOWN ? ', …' : '');
}

function periodEn(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'in the inputs';
  return `received ${from ? `from ${from} ` : ''}${to ? `to ${to}` : ''}`.trim();
}

function periodVi(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'trong dữ liệu';
  return `tiếp nhận ${from ? `từ ngày ${viDate(from)} ` : ''}${to ? `đến ngày ${viDate(to)}` : ''}`.trim();
}

/** One warning, one line (without the "tthc-audit: " prefix). */
export function warningText(w: Warning, lang: Lang, n: NumberWords): string {
  if (lang === 'vi') {
    switch (w.kind) {
      case 'empty-period':
        return `cảnh báo: không có hồ sơ nào ${periodVi(w.from, w.to)} (kiểm tra --from/--to và tệp đầu vào)`;
      case 'empty-side':
        return `cảnh báo: ${SIDE_VI[w.source]} không có hồ sơ nào trong kỳ (kiểm tra tệp ${FLAG[w.source]})`;
      case 'as-of-before-period':
        return `cảnh báo: ngày chốt số liệu ${viDate(w.asOf)} trước ngày đầu kỳ ${viDate(w.from)} (kiểm tra --as-of)`;
      case 'looks-like-other-source':
        return (
          `cảnh báo: ${w.file} được đưa vào là ${SIDE_VI[w.source]} nhưng có các cột của ` +
          `${SIDE_VI[w.looksLike]} (${w.columns.join(', ')}) (hai nguồn có bị đổi chỗ không?)`
        );
      case 'same-file':
        return (
          `cảnh báo: ${w.electronic} và ${w.paper} là ` +
          `${w.by === 'path' ? 'cùng một tệp' : 'hai tệp có nội dung giống hệt nhau'}, được đưa vào cả hai nguồn ` +
          '(đối chiếu một tệp với chính nó không phát hiện được gì)'
        );
      case 'units-on-one-side':
        return (
          `cảnh báo: ${n.count(w.units.length)} đơn vị chỉ có trong ${SIDE_VI[w.source]}: ${unitList(w.units)} ` +
          '(tên đơn vị có được viết giống nhau ở hai nguồn không?)'
        );
    }
  }
  switch (w.kind) {
    case 'empty-period':
      return `warning: no dossier ${periodEn(w.from, w.to)} (check --from/--to and the input files)`;
    case 'empty-side':
      return `warning: ${SIDE_EN[w.source]} has no dossier in the period (check the ${FLAG[w.source]} files)`;
    case 'as-of-before-period':
      return `warning: the as-of date ${w.asOf} is before the start of the period ${w.from} (check --as-of)`;
    case 'looks-like-other-source':
      return (
        `warning: ${w.file} is given as ${SIDE_EN[w.source]} but has the columns of ${SIDE_EN[w.looksLike]} ` +
        `(${w.columns.join(', ')}) (are the sides swapped?)`
      );
    case 'same-file':
      return (
        `warning: ${w.electronic} and ${w.paper} are ` +
        `${w.by === 'path' ? 'the same file' : 'files with the same content'}, given as both sides ` +
        '(a file matched with itself finds nothing)'
      );
    case 'units-on-one-side': {
      const count = w.units.length;
      return (
        `warning: ${n.count(count)} ${count === 1 ? 'unit is' : 'units are'} only in ${SIDE_EN[w.source]}: ` +
        `${unitList(w.units)} (are the unit names spelled the same in both sources?)`
      );
    }
  }
}

/** Why a failed gate fails the run, one line (without the "tthc-audit: " prefix). */
export function gateFailureText(g: GateResult, lang: Lang, n: NumberWords): string {
  const where = g.unit === null ? '' : lang === 'vi' ? ` tại "${g.unit}"` : ` in "${g.unit}"`;
  const vi = lang === 'vi';
  switch (g.gate) {
    case 'fail-on':
      return vi
        ? `${kindTitle(g.kind!, 'vi')}: ${n.count(g.actual)} hồ sơ (--fail-on ${g.kind})`
        : `${g.kind}: ${n.count(g.actual)} found (--fail-on ${g.kind})`;
    case 'max-late-rate': {
      const side = g.source ? (vi ? SIDE_VI[g.source] : SOURCE_EN[g.source]) : '';
      return vi
        ? `tỷ lệ trễ hạn của ${side} ${n.percent(g.actual)}%${where} > --max-late-rate ${n.plain(g.limit)}`
        : `${side} late rate ${n.percent(g.actual)}%${where} > --max-late-rate ${n.plain(g.limit)}`;
    }
    case 'max-masked-late':
      return vi
        ? `${kindTitle(g.kind!, 'vi')}: ${n.count(g.actual)} hồ sơ${where} > --max-masked-late ${n.plain(g.limit)}`
        : `masked lateness: ${n.count(g.actual)} ${g.actual === 1 ? 'dossier' : 'dossiers'}${where} ` +
            `> --max-masked-late ${n.plain(g.limit)}`;
    case 'min-coverage':
      return vi
        ? `tỷ lệ hồ sơ sổ giấy có trên hệ thống điện tử ${n.percent(g.actual)}%${where} ` +
            `< --min-coverage ${n.plain(g.limit)}`
        : `coverage ${n.percent(g.actual)}%${where} < --min-coverage ${n.plain(g.limit)}`;
    case 'not-empty':
      return vi
        ? `${SIDE_VI[g.source!]} không có hồ sơ nào trong kỳ, mà đã đặt ngưỡng kiểm tra (--allow-empty để cho qua)`
        : `${SIDE_EN[g.source!]} has no dossier in the period and a gate is set (--allow-empty lets it pass)`;
  }
}

/** Why `validate` exits 1 (without the "tthc-audit: " prefix). */
export function problemsFoundText(count: number, lang: Lang, n: NumberWords): string {
  if (lang === 'vi') return `phát hiện ${n.count(count)} lỗi trong dữ liệu (xem báo cáo ở trên)`;
  return `${n.count(count)} ${count === 1 ? 'problem' : 'problems'} found in the data (see the report above)`;
}
