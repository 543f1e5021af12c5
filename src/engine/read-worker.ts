/**
 * A reader thread (started by read-inputs.ts): reads one input file into a compact store, cuts it
 * into slices of codes, and posts back the file's accounting and the store (its columns are shared
 * memory: nothing is copied). Errors go back as data, since an `AuditError` loses its fields when
 * cloned across threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readIntoStore, serialiseError, type WorkerReply, type WorkerTask } from './read-inputs.js';

const port = parentPort;
if (port !== null) {
  const task = workerData as WorkerTask;
  const post = (reply: WorkerReply): void => port.postMessage(reply);
  readIntoStore(task.spec, task.opts, (rows, bytes) => post({ kind: 'progress', rows, bytes }), task.slices).then(
    ({ ingest, store }) => post({ kind: 'done', ingest, packed: store.pack() }),
    (err: unknown) => post({ kind: 'failed', error: serialiseError(err) }),
  );
}
