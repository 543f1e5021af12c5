/**
 * The channel a dossier came in by (kênh / hình thức nộp): the national sync codes 1 in person, 2
 * online, 3 public postal service, and the vendors' words for them, including "fully online" (toàn
 * trình) and "partly online" (một phần). Matched after folding (case, diacritics, spaces).
 */
import { foldText } from './fold.js';

export const CHANNELS = ['online-full', 'online-partial', 'online', 'direct', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Whether a channel counts as "online" (trực tuyến) on the settlement-results form. */
export function isOnline(c: Channel): boolean {
  return c === 'online-full' || c === 'online-partial' || c === 'online';
}

const CODES: Readonly<Record<string, Channel>> = { '1': 'direct', '2': 'online', '3': 'postal' };

/** Words looked for in the folded cell, most specific first. */
const WORDS: readonly (readonly [string, Channel])[] = [
  ['toan trinh', 'online-full'],
  ['fully online', 'online-full'],
  ['mot phan', 'online-partial'],
  ['partly online', 'online-partial'],
  ['buu chinh', 'postal'],
  ['buu dien', 'postal'],
  ['postal', 'postal'],
  ['post', 'postal'],
  ['truc tuyen', 'online'],
  ['qua mang', 'online'],
  ['online', 'online'],
  ['dvc', 'online'],
  ['truc tiep', 'direct'],
  ['tai quay', 'direct'],
  ['tai bo phan mot cua', 'direct'],
  ['direct', 'direct'],
  ['in person', 'direct'],
];

/** The channel a cell names; null when empty or not recognised. */
export function readChannel(text: string): Channel | null {
  const folded = foldText(text);
  if (folded === '') return null;
  const code = CODES[folded];
  if (code !== undefined) return code;
  for (const [word, channel] of WORDS) if (folded.includes(word)) return channel;
  return null;
}
