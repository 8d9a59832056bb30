/**
 * Two phrases written as the ends of one range: "from Monday to Wednesday", "Thursday through Saturday", "Mon-Wed",
 * "between October and March". The range refiners (weekday-range, month-range) read their ends together.
 */
import { getFrame, type Frame } from '../frame.js';
import type { ParsingContext, TimexMatch } from '../match.js';

const JOINER = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
/** The longest gap JOINER takes in ordinary spacing (" through "), with room for doubled spaces. */
const MAX_GAP = 12;
/** "and" joins a range only after "between": "on Monday and Wednesday" are two days. */
const BETWEEN = /\bbetween\s+$/i;

/**
 * Calls `join` with each pair of neighbouring phrases whose frames are both of `kind` and whose words make a
 * range; a pair `join` takes (returns true) is done, and its last end opens no other range.
 */
export function joinRangePairs(
  context: ParsingContext,
  results: TimexMatch[],
  kind: string,
  join: (a: TimexMatch, b: TimexMatch, first: Frame, last: Frame) => boolean,
): void {
  for (let i = 0; i + 1 < results.length; i++) {
    const a = results[i]!;
    const b = results[i + 1]!;
    if (b.index - (a.index + a.text.length) > MAX_GAP) continue; // (most phrases are far apart: no frame is read)
    const first = getFrame(a);
    const last = getFrame(b);
    if (first?.kind !== kind || last?.kind !== kind) continue;
    const joiner = JOINER.exec(context.text.slice(a.index + a.text.length, b.index));
    if (!joiner) continue;
    if (/and/i.test(joiner[0]) && !BETWEEN.test(context.text.slice(Math.max(0, a.index - 12), a.index))) continue;
    if (join(a, b, first, last)) i++;
  }
}
