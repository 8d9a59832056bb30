/** Shared helpers for the timex tests: a fixed publication date, Monday 17 October 2016. */
import assert from 'node:assert/strict';
import { findTimexes } from '../../../../src/extract/timex/index.js';
import type { Timex } from '../../../../src/extract/types.js';

export const MONDAY = '2016-10-17';

export function timexes(text: string, published: string | null = MONDAY): Timex[] {
  return findTimexes(text, published);
}

/** The one timex whose text is `phrase` (fails when there is none or several). */
export function timexOf(text: string, phrase: string, published: string | null = MONDAY): Timex {
  const all = timexes(text, published);
  const found = all.filter((t) => t.text === phrase);
  assert.equal(found.length, 1, `expected one timex "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return found[0]!;
}

/** Asserts value and the interval on the axis (from/to), for a phrase. */
export function assertPlaced(
  text: string,
  phrase: string,
  value: string,
  from?: string,
  to?: string,
  published: string | null = MONDAY,
): Timex {
  const t = timexOf(text, phrase, published);
  assert.equal(t.value, value, `${phrase}: ${t.why}`);
  if (from !== undefined) assert.equal(t.from, from, `${phrase} from`);
  if (to !== undefined) assert.equal(t.to, to, `${phrase} to`);
  assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(t.why.length > 10, 'every timex says why');
  return t;
}

export function assertNone(text: string, phrase: string, published: string | null = MONDAY): void {
  const all = timexes(text, published);
  assert.ok(
    !all.some((t) => t.text.includes(phrase)),
    `"${phrase}" should not be a timex: ${JSON.stringify(all.map((t) => [t.text, t.value]))}`,
  );
}
