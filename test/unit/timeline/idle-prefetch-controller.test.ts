import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  IdlePrefetchController,
  estimatedMs,
  type IdleDeadlineLike,
  type IdleScheduler,
} from '../../../src/timeline/idle-prefetch-controller.js';
import type { PrefetchTask } from '../../../src/timeline/layout/prefetch.js';

/** An idle scheduler the test drives: `idle(ms)` runs the pending callback with that much time left. */
class FakeScheduler implements IdleScheduler {
  pending = new Map<number, (deadline: IdleDeadlineLike) => void>();
  #next = 1;
  request(callback: (deadline: IdleDeadlineLike) => void): number {
    this.pending.set(this.#next, callback);
    return this.#next++;
  }
  cancel(handle: number): void {
    this.pending.delete(handle);
  }
  left = 0;
  /** Runs the pending callbacks in an idle period of `ms`; tasks use it up (`spend`). */
  idle(ms: number): void {
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    this.left = ms;
    for (const callback of callbacks) callback({ timeRemaining: () => Math.max(0, this.left) });
  }
  spend(ms: number): void {
    this.left -= ms;
  }
}

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  update(): void {
    for (const c of this.controllers) c.hostUpdated?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

function setup(costs: number[]) {
  const ran: string[] = [];
  let plans = 0;
  const state = { key: 'zoom 1' };
  const host = new FakeHost();
  const scheduler = new FakeScheduler();
  const tasks = (): PrefetchTask[] => {
    plans++;
    return costs.map((cost, i) => {
      const task: PrefetchTask = {
        name: `t${i}`,
        cost,
        run: () => {
          ran.push(`t${i}`);
          scheduler.spend(estimatedMs(task));
        },
      };
      return task;
    });
  };
  new IdlePrefetchController(host, () => state.key, tasks, scheduler);
  host.connect();
  return { host, scheduler, ran, plans: () => plans, state };
}

test('runs the tasks that fit an idle period, in order, and waits for the next period for the rest', () => {
  const { host, scheduler, ran } = setup([2000, 2000, 2000]);
  assert.equal(estimatedMs({ name: '', cost: 2000, run() {} }), 3);
  host.update();
  scheduler.idle(4); // room for one task (3 ms), not two
  assert.deepEqual(ran, ['t0']);
  assert.equal(scheduler.pending.size, 1, 'asks for another idle period');
  scheduler.idle(2); // too short for any: nothing runs, asks again
  assert.deepEqual(ran, ['t0']);
  scheduler.idle(50);
  assert.deepEqual(ran, ['t0', 't1', 't2']);
  assert.equal(scheduler.pending.size, 0, 'done: no more idle callbacks');
});

test('a task longer than any idle period is dropped instead of blocking the rest', () => {
  const { host, scheduler, ran } = setup([200_000, 1000]);
  host.update();
  scheduler.idle(50);
  assert.deepEqual(ran, ['t1']);
  assert.equal(scheduler.pending.size, 0);
});

test('an update that changes the plan key plans again; one that does not keeps the remaining tasks', () => {
  const { host, scheduler, ran, plans, state } = setup([2000, 2000]);
  host.update();
  scheduler.idle(4);
  assert.deepEqual(ran, ['t0']);
  host.update(); // a hover: same key
  scheduler.idle(50);
  assert.equal(plans(), 1, 'not planned again');
  assert.deepEqual(ran, ['t0', 't1']);
  host.update(); // nothing left, same key: no idle callback at all
  assert.equal(scheduler.pending.size, 0);
  state.key = 'zoom 2';
  host.update();
  scheduler.idle(50);
  assert.equal(plans(), 2, 'planned again after the zoom changed');
  assert.deepEqual(ran, ['t0', 't1', 't0', 't1']);
});

test('a disconnect cancels the pending work; nothing is scheduled while disconnected', () => {
  const { host, scheduler, state } = setup([2000, 2000]);
  host.update();
  host.disconnect();
  assert.equal(scheduler.pending.size, 0, 'no idle callback left behind');
  state.key = 'zoom 2';
  host.update();
  assert.equal(scheduler.pending.size, 0);
});
