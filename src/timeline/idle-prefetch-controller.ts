/**
 * Runs prefetch tasks (layout/prefetch.ts) in the browser's idle periods, as a Lit ReactiveController:
 * after each update the host's plan is read again, and each idle callback runs the tasks that fit its
 * deadline, in order. A task too long for any idle period (a level of 100,000 events) is dropped rather
 * than allowed to delay input; its frame does that work when it comes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrefetchTask } from './layout/prefetch.js';

/** Events a task scans per millisecond, assumed low (cold code on a slow phone is slower than this machine). */
const EVENTS_PER_MS = 1_000;
/** Browsers cap an idle period at 50 ms. */
const LONGEST_IDLE_MS = 50;

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface IdleScheduler {
  request(callback: (deadline: IdleDeadlineLike) => void): number;
  cancel(handle: number): void;
}

/** requestIdleCallback, or (Safari) a timeout that assumes a few idle milliseconds. */
export const browserIdleScheduler: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? { request: (callback) => requestIdleCallback(callback), cancel: (handle) => cancelIdleCallback(handle) }
    : {
        request: (callback) => {
          const start = performance.now();
          return setTimeout(
            () => callback({ timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) }),
            100,
          ) as unknown as number;
        },
        cancel: (handle) => clearTimeout(handle),
      };

export const estimatedMs = (task: PrefetchTask) => 1 + task.cost / EVENTS_PER_MS;

export class IdlePrefetchController implements ReactiveController {
  #tasks: PrefetchTask[] | null = null;
  #planned: string | null = null;
  #handle = 0;
  #connected = false;

  /**
   * @param planKey what the plan depends on (model, zoom, size, language), read after each update: an
   *   update that leaves it alone (hover, focus, selection) keeps the remaining tasks
   * @param plan the tasks for the host's current state (called in an idle period, after a change)
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly planKey: () => string,
    private readonly plan: () => PrefetchTask[],
    private readonly scheduler: IdleScheduler = browserIdleScheduler,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdated(): void {
    const key = this.planKey();
    if (key !== this.#planned) {
      // The zoom, data or size changed: plan again when idle.
      this.#planned = key;
      this.#tasks = null;
    }
    if (this.#tasks?.length !== 0) this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#handle) this.scheduler.cancel(this.#handle);
    this.#handle = 0;
    this.#tasks = null;
    this.#planned = null;
  }

  #schedule(): void {
    if (this.#handle || !this.#connected) return;
    this.#handle = this.scheduler.request((deadline) => this.#run(deadline));
  }

  #run(deadline: IdleDeadlineLike): void {
    this.#handle = 0;
    this.#tasks ??= this.plan().filter((task) => estimatedMs(task) < LONGEST_IDLE_MS);
    const tasks = this.#tasks;
    while (tasks.length && estimatedMs(tasks[0]) <= deadline.timeRemaining()) tasks.shift()!.run();
    if (tasks.length) this.#schedule();
  }
}
