/**
 * The part of d3-transition that d3-zoom uses, for the bundles (rollup resolves `d3-transition` here):
 * `interrupt(node)`, `selection.interrupt()` and `selection.transition()` with `duration`, `on` (start,
 * end, interrupt), `tween`, `call` and `selection`. One transition per node, eased cubic-in-out (d3's
 * default) on requestAnimationFrame. Leaving out d3-transition's attribute and style tweens leaves out
 * d3-color, most of d3-interpolate, d3-timer and d3-ease with them (about 9 KB gzip).
 *
 * Only d3-zoom's animated zooms (buttons, double-click, cluster clicks) run through this; gestures and
 * programmatic zooms without a duration never do.
 */
import { selection } from 'd3-selection';

type Listener = (this: Element, datum: unknown, index: number, group: Element[]) => void;
type TweenFactory = (this: Element, datum: unknown, index: number, group: Element[]) => (t: number) => void;

interface Selectionish {
  each(callback: (this: Element, datum: unknown, index: number, group: Element[]) => void): Selectionish;
}

const active = new WeakMap<Element, () => void>();

/** Stops the node's running transition (its `interrupt` listeners run). */
export function interrupt(node: Element): void {
  active.get(node)?.();
}

const cubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

export class LiteTransition {
  #duration = 250;
  readonly #listeners = new Map<string, Listener>();
  readonly #tweens = new Map<string, TweenFactory>();

  constructor(private readonly owner: Selectionish) {
    // Like d3: the transition starts in the next frame, after the caller has configured it.
    const start = (node: Element, datum: unknown, index: number, group: Element[]) => {
      interrupt(node);
      const frame = requestAnimationFrame(() => this.start(node, datum, index, group));
      // Interrupted before it starts: it never does (no listeners run, as in d3).
      active.set(node, () => {
        cancelAnimationFrame(frame);
        active.delete(node);
      });
    };
    owner.each(function (datum, index, group) {
      start(this, datum, index, group);
    });
  }

  selection(): Selectionish {
    return this.owner;
  }

  duration(ms: number): this {
    this.#duration = Math.max(0, ms);
    return this;
  }

  /** `on('start.zoom end.zoom', listener)`: one listener per type and name, as in d3-dispatch. */
  on(typenames: string, listener: Listener): this {
    for (const typename of typenames.trim().split(/\s+/)) this.#listeners.set(typename, listener);
    return this;
  }

  tween(name: string, factory: TweenFactory): this {
    this.#tweens.set(name, factory);
    return this;
  }

  call<A extends unknown[]>(fn: (transition: this, ...args: A) => void, ...args: A): this {
    fn(this, ...args);
    return this;
  }

  #emit(type: string, node: Element, datum: unknown, index: number, group: Element[]): void {
    for (const [typename, listener] of this.#listeners)
      if (typename.split('.')[0] === type) listener.call(node, datum, index, group);
  }

  start(node: Element, datum: unknown, index: number, group: Element[]): void {
    let frame = 0;
    let done = false;
    active.set(node, () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      active.delete(node);
      this.#emit('interrupt', node, datum, index, group);
    });
    this.#emit('start', node, datum, index, group);
    const tweens = [...this.#tweens.values()].map((factory) => factory.call(node, datum, index, group));
    const started = performance.now();
    const tick = (now: number) => {
      if (done) return;
      const t = this.#duration > 0 ? Math.min(1, Math.max(0, now - started) / this.#duration) : 1;
      const eased = t === 1 ? 1 : cubicInOut(t);
      for (const tween of tweens) tween(eased);
      if (t < 1) {
        frame = requestAnimationFrame(tick);
        return;
      }
      done = true;
      active.delete(node);
      this.#emit('end', node, datum, index, group);
    };
    frame = requestAnimationFrame(tick);
  }
}

const proto = selection.prototype as unknown as {
  interrupt(this: Selectionish): Selectionish;
  transition(this: Selectionish): LiteTransition;
};
proto.interrupt = function () {
  return this.each(function () {
    interrupt(this);
  });
};
proto.transition = function () {
  return new LiteTransition(this);
};
