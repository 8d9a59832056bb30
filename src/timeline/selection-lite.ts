/**
 * The part of d3-selection that d3-zoom, d3-drag's dragDisable/dragEnable, transition-lite and the
 * zoom controller use, for the bundles (rollup resolves `d3-selection` here, and so do the browser
 * tests): `select(node)`, `pointer(event, node)`, and selections of single nodes with `on`, `property`,
 * `style`, `filter`, `each`, `call`, `datum`, `node` and `empty`. d3-selection's data join, its
 * namespaces and its 40 other methods are not used by anything here, and cannot be tree-shaken out of
 * its prototype (about 2 KB gzip). Event handling follows d3-selection v3 (ISC licence, Mike Bostock):
 * listeners keyed by type and name, called with `this` as the node and (event, datum).
 */

type Node = EventTarget & {
  __on?: Registration[];
  __data__?: unknown;
  [property: string]: unknown;
};
type Listener = (this: Node, event: Event, datum: unknown) => void;
type Callback = (this: Node, datum: unknown, index: number, group: Node[]) => unknown;

interface Registration {
  type: string;
  name: string;
  value: Listener;
  listener: EventListener;
  options: boolean | AddEventListenerOptions | undefined;
}

function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i >= 0 ? { type: t.slice(0, i), name: t.slice(i + 1) } : { type: t, name: '' };
    });
}

function removeListeners(node: Node, typename: { type: string; name: string }): void {
  const on = node.__on;
  if (!on) return;
  const kept = on.filter((o) => {
    const match = (!typename.type || o.type === typename.type) && o.name === typename.name;
    if (match) node.removeEventListener(o.type, o.listener, o.options);
    return !match;
  });
  if (kept.length) node.__on = kept;
  else delete node.__on;
}

function addListener(
  node: Node,
  typename: { type: string; name: string },
  value: Listener,
  options: boolean | AddEventListenerOptions | undefined,
): void {
  const listener = function (this: Node, event: Event) {
    value.call(this, event, this.__data__);
  } as EventListener;
  const existing = node.__on?.find((o) => o.type === typename.type && o.name === typename.name);
  if (existing) {
    node.removeEventListener(existing.type, existing.listener, existing.options);
    node.addEventListener(existing.type, (existing.listener = listener), (existing.options = options));
    existing.value = value;
    return;
  }
  node.addEventListener(typename.type, listener, options);
  (node.__on ??= []).push({ ...typename, value, listener, options });
}

export class Selection {
  constructor(readonly nodes_: Node[]) {}

  node(): Node | null {
    return this.nodes_[0] ?? null;
  }

  empty(): boolean {
    return !this.nodes_.length;
  }

  each(callback: Callback): this {
    this.nodes_.forEach((node, i, group) => callback.call(node, node.__data__, i, group));
    return this;
  }

  call<A extends unknown[]>(fn: (selection: this, ...args: A) => unknown, ...args: A): this {
    fn(this, ...args);
    return this;
  }

  filter(match: Callback): Selection {
    return new Selection(this.nodes_.filter((node, i, group) => match.call(node, node.__data__, i, group)));
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  /** Sets a property of every node (a value, or a function of the node's datum); reads the first node's. */
  property(name: string, value?: unknown): unknown {
    if (arguments.length < 2) return this.node()?.[name];
    return this.each(function (datum, i, group) {
      this[name] = typeof value === 'function' ? (value as Callback).call(this, datum, i, group) : value;
    });
  }

  style(name: string, value: string): this {
    return this.each(function () {
      (this as unknown as ElementCSSInlineStyle).style?.setProperty(name, value);
    });
  }

  /** Adds (or replaces) a listener per `type.name`, removes with `null`, or returns the first node's. */
  on(typenames: string): Listener | undefined;
  on(typenames: string, value: Listener | null, options?: boolean | AddEventListenerOptions): this;
  on(
    typenames: string,
    value?: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ): this | Listener | undefined {
    const parsed = parseTypenames(String(typenames));
    if (arguments.length < 2) {
      const on = this.node()?.__on ?? [];
      for (const o of on) for (const t of parsed) if (t.type === o.type && t.name === o.name) return o.value;
      return undefined;
    }
    for (const t of parsed)
      this.each(function () {
        if (value) addListener(this, t, value, options);
        else removeListeners(this, t);
      });
    return this;
  }
}

/**
 * What transition-lite extends (d3's `selection` is the Selection constructor's entry point; its
 * prototype is the one every selection shares).
 */
export function selection(): Selection {
  return new Selection([document.documentElement as unknown as Node]);
}
selection.prototype = Selection.prototype;

export function select(node: EventTarget | null): Selection {
  return new Selection(node ? [node as Node] : []);
}

/** The event's position in `node`'s coordinates (an SVG element's user space, or an element's box). */
export function pointer(event: Event | Touch, node?: Element): [number, number] {
  let source = event as { sourceEvent?: unknown; clientX: number; clientY: number; pageX: number; pageY: number };
  while (source.sourceEvent) source = source.sourceEvent as typeof source;
  const target = node ?? ((source as unknown as Event).currentTarget as Element | null);
  if (target) {
    const svg = (target as SVGGraphicsElement).ownerSVGElement ?? target;
    if (svg instanceof SVGSVGElement) {
      let point = svg.createSVGPoint();
      point.x = source.clientX;
      point.y = source.clientY;
      point = point.matrixTransform((target as SVGGraphicsElement).getScreenCTM()!.inverse());
      return [point.x, point.y];
    }
    if (target.getBoundingClientRect) {
      const rect = target.getBoundingClientRect();
      return [source.clientX - rect.left - target.clientLeft, source.clientY - rect.top - target.clientTop];
    }
  }
  return [source.pageX, source.pageY];
}
