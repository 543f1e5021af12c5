/**
 * Inputs given as both sides that are one file: the same path (or the same file under two names: a
 * link), or two files with the same bytes. Only regular files are compared (a pipe or standard input
 * is not a file of its own). Called after the inputs are read: two files of the same size are compared
 * by the SHA-256 the reader computed for the provenance (`fingerprints`, by path), so no file is read
 * again.
 */
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Fingerprint } from '../core/provenance.js';
import type { InputSpec } from './read-dossiers.js';

export interface SameFile {
  electronic: string;
  paper: string;
  by: 'path' | 'content';
}

export async function findSameFiles(
  inputs: readonly InputSpec[],
  fingerprints: ReadonlyMap<string, Fingerprint>,
): Promise<SameFile[]> {
  const files = await Promise.all(inputs.map(async (i) => ({ ...i, stat: await regularFile(i.file) })));
  const hashOf = (file: string): string => fingerprints.get(file)?.sha256 || `unknown:${file}`;
  const found: SameFile[] = [];
  for (const e of files.filter((f) => f.source === 'electronic')) {
    for (const p of files.filter((f) => f.source === 'paper')) {
      if (!e.stat || !p.stat) continue;
      if (e.stat.dev === p.stat.dev && e.stat.ino === p.stat.ino) {
        found.push({ electronic: e.file, paper: p.file, by: 'path' });
      } else if (e.stat.size === p.stat.size && hashOf(e.file) === hashOf(p.file)) {
        found.push({ electronic: e.file, paper: p.file, by: 'content' });
      }
    }
  }
  return found;
}

async function regularFile(file: string): Promise<Stats | null> {
  if (file === '-') return null;
  try {
    const s = await stat(file);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}
