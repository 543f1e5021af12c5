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
import { EvidenceWriter, evidenceKeyTransferables } from './evidence-texts.js';
import { FindingWriter } from './finding-texts.js';
import { SpoolBudget, spooledTransferables } from './text-spool.js';
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
    const budget = new SpoolBudget(); // one for both writers
    const writer =
      task.forms.length === 0 ? null : new FindingWriter(task.unitNames, task.forms, budget, task.spill.findings);
    const evidenceWriter =
      task.evidence === null ? null : new EvidenceWriter(task.evidence, budget, task.spill.evidence);
    const unitNames = evidenceWriter && task.unitNames;
    const kept = task.kinds === null ? null : new Set(task.kinds);
    const { slicing, first, step } = task;
    const result = auditSlices(stores, slicing, first, step, options, unitNames, writer, evidenceWriter, kept);
    const computedYears = options.calendar.computedYears();
    const written = writer === null ? null : writer.finish();
    const evidence = evidenceWriter === null ? null : evidenceWriter.finish();
    const reply: AuditReply = { kind: 'done', result, written, evidence, computedYears };
    const moved = [written, evidence].flatMap((w) => (w === null ? [] : spooledTransferables(w)));
    if (evidence !== null) moved.push(...evidenceKeyTransferables(evidence));
    port.postMessage(reply, moved);
  } catch (err) {
    post({ kind: 'failed', error: serialiseError(err) });
  }
}
