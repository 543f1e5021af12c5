/**
 * A reader thread (started by read-stores.ts): reads one input file into a compact store and posts
 * back the file's accounting and the store's buffers (transferred, not copied). Errors go back as
 * data, since an `AuditError` loses its fields when cloned across threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { transferables } from '../core/compact-records.js';
import { readIntoStore, serialiseError, type WorkerReply, type WorkerTask } from './read-stores.js';

const port = parentPort;
if (port !== null) {
  const task = workerData as WorkerTask;
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(reply, transfer);
  readIntoStore(task.spec, task.opts, task.capacity, (rows) => post({ kind: 'progress', rows }), task.slices).then(
    ({ ingest, store }) => {
      const packed = store.pack();
      post({ kind: 'done', ingest, packed }, transferables(packed));
    },
    (err: unknown) => post({ kind: 'failed', error: serialiseError(err) }),
  );
}
