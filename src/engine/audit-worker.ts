/**
 * An audit thread (started by audit-threads.ts): audits its share of the slices of codes over the
 * stores it shares with the main thread, with `AuditOptions` built from the same recipe, and posts
 * back what it found (its findings as objects, or already sorted and written as text: finding-texts.ts)
 * and the years its calendar computed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { optionsFromRecipe } from './audit-recipe.js';
import { auditSlices } from './audit.js';
import type { AuditReply, AuditTask } from './audit-threads.js';
import { FindingWriter, transferablesOf } from './finding-texts.js';
import { serialiseError } from './read-inputs.js';
import { RecordStore } from './store.js';

const port = parentPort;
if (port !== null) {
  const task = workerData as AuditTask;
  const post = (reply: AuditReply): void => port.postMessage(reply);
  try {
    const stores = {
      electronic: task.stores.electronic.map((p) => RecordStore.unpack(p)),
      paper: task.stores.paper.map((p) => RecordStore.unpack(p)),
    };
    const options = optionsFromRecipe(task.recipe);
    const writer = task.form === null ? null : new FindingWriter(task.unitNames, task.form);
    const unitNames = task.evidence ? task.unitNames : null;
    const result = auditSlices(stores, task.slicing, task.first, task.step, options, unitNames, writer);
    const computedYears = options.calendar.computedYears();
    const written = writer === null ? null : writer.finish();
    const reply: AuditReply = { kind: 'done', result, written, computedYears };
    port.postMessage(reply, written === null ? [] : transferablesOf(written));
  } catch (err) {
    post({ kind: 'failed', error: serialiseError(err) });
  }
}
