/** A worker thread of `--jsonl --jobs N`: runs the tasks it is sent and posts back their output. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.js';

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id, output: runTask(task) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error)?.stack ?? String(err) });
  }
});
