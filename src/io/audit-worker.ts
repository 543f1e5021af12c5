/**
 * The audit thread (started by audit-parallel.ts): audits its share of the slices of codes over the
 * stores it shares with the main thread, with `AuditOptions` built from the same recipe, and posts
 * back the findings, counts, the years its calendar computed and, when asked, the evidence entries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditSlicesQuietly } from '../core/quiet-dossiers.js';
import { auditOptionsOf } from '../core/audit-recipe.js';
import { RecordStore } from '../core/compact-records.js';
import { listEvidence, type EvidenceEntry } from '../core/evidence.js';
import { auditDossiers } from '../core/reconcile.js';
import type { AuditReply, AuditTask } from './audit-parallel.js';
import { serialiseError } from './read-stores.js';

const port = parentPort;
if (port !== null) {
  const task = workerData as AuditTask;
  const post = (reply: AuditReply): void => port.postMessage(reply);
  try {
    const stores = {
      electronic: task.stores.electronic.map((p) => RecordStore.unpack(p)),
      paper: task.stores.paper.map((p) => RecordStore.unpack(p)),
    };
    const options = auditOptionsOf(task.recipe);
    const evidence: EvidenceEntry[] = [];
    const names = task.unitNames;
    const keep =
      names === null
        ? undefined
        : (dossiers: Parameters<typeof listEvidence>[0]): void => {
            for (const entry of listEvidence(dossiers, names)) evidence.push(entry);
          };
    const result = auditSlicesQuietly(
      stores,
      task.slicing,
      task.first,
      task.step,
      options,
      (set) => auditDossiers(set, options),
      keep,
    );
    post({ kind: 'done', result, computedYears: options.calendar.computedYears(), evidence });
  } catch (err) {
    post({ kind: 'failed', error: serialiseError(err) });
  }
}
