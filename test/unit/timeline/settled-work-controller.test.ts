import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SettledWorkController, type Timers } from '../../../src/timeline/settled-work-controller.js';

/** Timers the test drives: `advance(ms)` runs what falls due. */
class FakeTimers implements Timers {
  now = 0;
  #next = 1;
  pending = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): number {
    this.pending.set(this.#next, { at: this.now + ms, callback });
    return this.#next++;
  }
  clear(handle: number): void {
    this.pending.delete(handle);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [handle, { at, callback }] of [...this.pending]) {
      if (at > this.now) continue;
      this.pending.delete(handle);
      callback();
    }
  }
}

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

function setup() {
  const host = new FakeHost();
  const timers = new FakeTimers();
  const controller = new SettledWorkController(host, 150, timers);
  const ran: string[] = [];
  return { host, timers, controller, ran, work: (name: string) => () => ran.push(name) };
}

test('the work runs once the host has not asked again for the delay, then the host updates', () => {
  const { host, timers, controller, ran, work } = setup();
  controller.schedule(work('level 12'));
  timers.advance(100);
  // A zoom frame still going on asks again: the wait starts again, with the latest work.
  controller.schedule(work('level 14'));
  timers.advance(100);
  assert.deepEqual(ran, []);
  assert.equal(host.updates, 0);
  timers.advance(50);
  assert.deepEqual(ran, ['level 14']);
  assert.equal(host.updates, 1);
  timers.advance(1000);
  assert.deepEqual(ran, ['level 14'], 'once');
});

test('cancel and disconnect drop the work not run yet', () => {
  const { host, timers, controller, ran, work } = setup();
  controller.schedule(work('a'));
  controller.cancel();
  timers.advance(500);
  controller.schedule(work('b'));
  host.disconnect();
  timers.advance(500);
  assert.deepEqual(ran, []);
  assert.equal(host.updates, 0);
});
