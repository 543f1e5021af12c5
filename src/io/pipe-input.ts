/**
 * A pipe (FIFO, standard input) read through the event loop: a socket on its file descriptor, whose
 * chunks wait in a short queue until the reader asks for them. The socket is paused while the queue
 * holds more than QUEUE_BYTES, so memory does not grow with a fast writer and a slow reader; no read
 * ever blocks a thread, so a signal is answered at once even while the writer has not written.
 */
import { Socket } from 'node:net';
import type { ByteSource } from './open-input.js';

const QUEUE_BYTES = 1 << 20;

/** The socket owns `fd` from here on: closing the input closes it. */
export function pipeInput(fd: number): ByteSource {
  const socket = new Socket({ fd, readable: true, writable: false, allowHalfOpen: true });
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  socket.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > QUEUE_BYTES) socket.pause();
    notify();
  });
  socket.on('end', () => {
    ended = true;
    notify();
  });
  socket.on('error', (err) => {
    failure = err;
    notify();
  });
  return {
    size: null,
    async read(buf, offset, length) {
      while (queue.length === 0 && !ended && failure === null) await new Promise<void>((r) => (wake = r));
      if (queue.length === 0) {
        if (failure !== null) throw failure;
        return 0;
      }
      let copied = 0;
      while (copied < length && queue.length > 0) {
        const first = queue[0]!;
        const n = first.copy(buf, offset + copied, 0, Math.min(first.length, length - copied));
        copied += n;
        if (n === first.length) queue.shift();
        else queue[0] = first.subarray(n);
      }
      queued -= copied;
      if (queued <= QUEUE_BYTES && socket.isPaused()) socket.resume();
      return copied;
    },
    async close() {
      socket.destroy();
    },
  };
}
