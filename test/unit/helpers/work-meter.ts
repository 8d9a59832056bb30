/**
 * Counts the work a function does through the built-ins that scan or copy: characters a regular expression
 * reads (from where it starts to the end of its match, or to the end of the text when it finds none),
 * characters string methods scan or copy, elements array methods visit or copy. Not a timer: the count is
 * the same on every machine and every run, so a test can ask whether work grows linearly with the input
 * (the count at 4n is about 4 times the count at n) instead of timing it.
 *
 * Loops written by hand are not counted; the code this measures does its scanning with built-ins or in
 * loops over what they return.
 */

type Patch = [object, string, (original: (...args: never[]) => unknown) => (...args: never[]) => unknown];

let work = 0;

function regexpExec(original: (this: RegExp, s: string) => RegExpExecArray | null) {
  return function (this: RegExp, s: string) {
    const text = String(s);
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const match = original.call(this, s);
    // A pattern anchored at its start (^ without m, or sticky) reads from there only.
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
    if (match) work += Math.max(1, match.index + match[0].length - start);
    else work += anchored ? 1 : Math.max(1, text.length - start);
    return match;
  };
}

/** String methods: what they scan (to the hit, or the end) or the length they copy. */
const scanned =
  (cost: (s: string, result: unknown, args: unknown[]) => number) => (original: (...args: never[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      work += 1 + cost(String(this), result, args);
      return result;
    };

const length = (_s: string, result: unknown) =>
  typeof result === 'string' ? result.length : Array.isArray(result) ? result.length : 0;
const toHit = (s: string, result: unknown, args: unknown[]) =>
  (result as number) < 0 ? s.length - Number(args[1] ?? 0) : (result as number) - Number(args[1] ?? 0);
const whole = (s: string) => s.length;

/** Array methods: the elements they visit or copy. */
const visited = (cost: (a: unknown[], result: unknown) => number) => (original: (...args: never[]) => unknown) =>
  function (this: unknown[], ...args: unknown[]) {
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    work += 1 + cost(this, result);
    return result;
  };
const all = (a: unknown[]) => a.length;
const copied = (_a: unknown[], result: unknown) => (Array.isArray(result) ? result.length : 0);
const toIndex = (a: unknown[], result: unknown) => ((result as number) < 0 ? a.length : (result as number) + 1);

const PATCHES: Patch[] = [
  [RegExp.prototype, 'exec', regexpExec as never],
  [String.prototype, 'slice', scanned(length)],
  [String.prototype, 'substring', scanned(length)],
  [String.prototype, 'indexOf', scanned(toHit)],
  [String.prototype, 'lastIndexOf', scanned(whole)],
  [String.prototype, 'includes', scanned(whole)],
  [String.prototype, 'toLowerCase', scanned(whole)],
  [String.prototype, 'toUpperCase', scanned(whole)],
  [String.prototype, 'trim', scanned(whole)],
  [String.prototype, 'split', scanned(whole)],
  [String.prototype, 'normalize', scanned(whole)],
  [String.prototype, 'padStart', scanned(length)],
  [Array.prototype, 'slice', visited(copied)],
  [Array.prototype, 'concat', visited(copied)],
  [Array.prototype, 'includes', visited(all)],
  [Array.prototype, 'indexOf', visited(toIndex)],
  [Array.prototype, 'some', visited(all)],
  [Array.prototype, 'every', visited(all)],
  [Array.prototype, 'filter', visited(all)],
  [Array.prototype, 'map', visited(all)],
  [Array.prototype, 'find', visited(all)],
  [Array.prototype, 'findIndex', visited(all)],
  [Array.prototype, 'forEach', visited(all)],
  [Array.prototype, 'reduce', visited(all)],
  [Array.prototype, 'join', visited(all)],
  [Array.prototype, 'splice', visited(all)],
  [Array.prototype, 'sort', visited(all)],
  [Array.prototype, 'reverse', visited(all)],
  [Array.prototype, 'flatMap', visited(all)],
];

/** The work `fn` does (see above); `fn` runs once with the built-ins counted. */
export function measureWork(fn: () => void): number {
  const originals = PATCHES.map(([target, name]) => (target as Record<string, unknown>)[name]);
  PATCHES.forEach(([target, name, wrap], i) =>
    Object.defineProperty(target, name, {
      value: wrap(originals[i] as never),
      writable: true,
      configurable: true,
      enumerable: false,
    }),
  );
  work = 0;
  try {
    fn();
  } finally {
    PATCHES.forEach(([target, name], i) =>
      Object.defineProperty(target, name, {
        value: originals[i],
        writable: true,
        configurable: true,
        enumerable: false,
      }),
    );
  }
  return work;
}
