/**
 * The temporary files of outputs being written (write-output.ts): listed so that the CLI's signal
 * handler can remove them. Apart from the writer, so that the entry point loads only this.
 */
import { unlinkSync } from 'node:fs';

/** Temporary files created and not yet renamed or removed. */
export const inFlight = new Set<string>();

/**
 * Remove every temporary file still in flight, at once (synchronously: called from a signal handler
 * just before the process exits). Returns how many were removed.
 */
export function removeTempFiles(): number {
  let removed = 0;
  for (const tmp of inFlight) {
    try {
      unlinkSync(tmp);
      removed++;
    } catch {
      // already renamed or never created
    }
  }
  inFlight.clear();
  return removed;
}

/** The temporary files in flight (tests). */
export function tempFilesInFlight(): string[] {
  return [...inFlight];
}
