/**
 * Work kept out of zoom frames, run once the view has settled: a Lit ReactiveController. The host asks
 * for it after an update that needs it (`schedule`); every such request starts the wait again, so a zoom
 * still going on keeps pushing it back, and the host updates once the work is done. Used for the
 * clusters of a zoom level not seen yet (frame.ts `refine`): a frame draws the coarser level it has,
 * and the level is clustered when the reader stops zooming.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms) as unknown as number,
  clear: (handle) => clearTimeout(handle),
};

export class SettledWorkController implements ReactiveController {
  #timer = 0;
  #work: (() => void) | null = null;

  /** @param delay how long (ms) the host must go without asking again before the work runs */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 150,
    private readonly timers: Timers = browserTimers,
  ) {
    host.addController(this);
  }

  /** Runs `work` (instead of any not run yet) once `delay` ms pass without another call, then updates the host. */
  schedule(work: () => void): void {
    this.#work = work;
    this.timers.clear(this.#timer);
    this.#timer = this.timers.set(() => this.#run(), this.delay);
  }

  /** Drops the work not run yet (the frame no longer needs it). */
  cancel(): void {
    this.timers.clear(this.#timer);
    this.#timer = 0;
    this.#work = null;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #run(): void {
    const work = this.#work;
    this.#timer = 0;
    this.#work = null;
    if (!work) return;
    work();
    this.host.requestUpdate();
  }
}
