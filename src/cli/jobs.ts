/**
 * `--jobs N`: `--jsonl` work spread over N worker threads, written in input order.
 *
 * Tasks are handed out as workers come free, and their output is written in the order the tasks were
 * made, so the output of `--jobs N` is the output of `--jobs 1`, byte for byte. At most a few tasks per
 * worker are in flight: memory stays bounded however long the input is. With one job no worker is
 * started: the main thread runs the tasks itself.
 */
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { runTask, type Task } from './tasks.js';

/** Tasks in flight per job: enough to keep every worker busy while output is written. */
const IN_FLIGHT_PER_JOB = 4;
/** Upper bound of --jobs: more threads than this only cost memory. */
export const MAX_JOBS = 256;

/** The default number of jobs: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_JOBS, availableParallelism()));
}

/** Reads the value of `--jobs`: a whole number from 1 to MAX_JOBS, or an error message. */
export function parseJobs(value: string): number | string {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS))
    return `--jobs must be a whole number from 1 to ${MAX_JOBS}, not ${JSON.stringify(value)}`;
  return n;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Worker threads that run tasks; started as they are needed, up to `size`. */
class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; task: Task }[] = [];
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private readonly size: number) {}

  run(task: Task): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const result = new Promise<string>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.queue.push({ id, task });
    this.dispatch();
    return result;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.busy = true;
      slot.worker.postMessage(next);
    }
  }

  private start(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    const slot: Slot = { worker, busy: false };
    worker.on('message', ({ id, output, error }: { id: number; output?: string; error?: string }) => {
      slot.busy = false;
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (error !== undefined) waiter?.reject(new Error(`worker: ${error}`));
      else waiter?.resolve(output!);
      this.dispatch();
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
      this.queue.length = 0;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    out.once('error', onError);
    const flushed = out.write(chunk, () => out.off('error', onError));
    if (flushed) resolve();
    else out.once('drain', () => resolve());
  });
}

/** Output is written in chunks of about this size (fewer syscalls than one write per line). */
const CHUNK = 1 << 16;

/**
 * Runs `tasks` on `jobs` threads and writes their output to `output` in the order of the tasks.
 * Resolves when all is written; rejects when a stream or a worker fails.
 */
export async function runTasks(tasks: AsyncIterable<Task>, output: Writable, jobs: number): Promise<void> {
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  const pending: Promise<string>[] = [];
  let buffer = '';
  const flush = async (force: boolean) => {
    if (buffer && (force || buffer.length >= CHUNK)) {
      const chunk = buffer;
      buffer = '';
      await write(output, chunk);
    }
  };
  const take = async () => {
    buffer += await pending.shift()!;
    await flush(false);
  };
  try {
    for await (const task of tasks) {
      if (!pool || task.kind === 'text') {
        pending.push(Promise.resolve().then(() => runTask(task)));
      } else {
        const result = pool.run(task);
        result.catch(() => {}); // handled when its turn comes; a failure meanwhile must not go unhandled
        pending.push(result);
      }
      while (pending.length >= (pool ? jobs * IN_FLIGHT_PER_JOB : 1)) await take();
    }
    while (pending.length) await take();
    await flush(true);
  } finally {
    await pool?.close();
  }
}
