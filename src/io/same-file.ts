/**
 * Inputs given as both sides that are one file: the same path (or the same file under two names: a
 * link), or two files with the same bytes. Only regular files are compared (a pipe or standard input
 * cannot be read twice); the bytes are hashed only when the sizes are equal, so a normal run reads
 * nothing more. A file that cannot be opened is left to the reader, which says why.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { InputSpec } from './read-dossiers.js';

export interface SameFile {
  electronic: string;
  paper: string;
  by: 'path' | 'content';
}

export async function findSameFiles(inputs: readonly InputSpec[]): Promise<SameFile[]> {
  const files = await Promise.all(inputs.map(async (i) => ({ ...i, stat: await regularFile(i.file) })));
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (file: string): Promise<string> => {
    const known = hashes.get(file);
    if (known) return known;
    const h = sha256(file);
    hashes.set(file, h);
    return h;
  };
  const found: SameFile[] = [];
  for (const e of files.filter((f) => f.source === 'electronic')) {
    for (const p of files.filter((f) => f.source === 'paper')) {
      if (!e.stat || !p.stat) continue;
      if (e.stat.dev === p.stat.dev && e.stat.ino === p.stat.ino) {
        found.push({ electronic: e.file, paper: p.file, by: 'path' });
      } else if (e.stat.size === p.stat.size && (await hashOf(e.file)) === (await hashOf(p.file))) {
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

function sha256(file: string): Promise<string> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve(`unreadable:${file}`));
  });
}
