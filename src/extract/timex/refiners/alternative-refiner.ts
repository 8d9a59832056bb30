/**
 * A date set aside for another: "held on Thursday instead of Tuesday", "open in 2026, not 2025 as planned", "Instead
 * of Friday, the match will be played on Saturday". The date after "instead of", "in place of" or ", not" is what the
 * story's event is not on: a point of reference, kept with its value but given no place on the axis and no event (the
 * story goes on from the date it tells).
 */
import type { Refiner, TimexMatch } from '../match.js';
import { getFrame } from '../frame.js';

/**
 * Right before the date: the words that set it aside, and a preposition of time ("instead of on Tuesday"). ("rather
 * than 10 p.m." is the comparison refiner's, as every "than" is.)
 */
const SET_ASIDE_BEFORE =
  /(?:\b(?:instead\s+of|in\s+place\s+of)|,\s+(?:and\s+)?not)\s+(?:(?:on|in|at|from|by|until|for)\s+)?(?:the\s+)?(?:usual\s+)?$/i;

/** How many characters before a date are read for SET_ASIDE_BEFORE. */
const REACH = 30;

export class AlternativeRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    for (const r of results) {
      const frame = getFrame(r);
      if (!frame || frame.reference) continue;
      const before = text.slice(Math.max(0, r.index - REACH), r.index);
      // (a cheap literal test first: most dates have none of these words before them)
      if (!/instead|place|not/i.test(before)) continue;
      const aside = SET_ASIDE_BEFORE.exec(before);
      if (aside)
        frame.reference = `an alternative set aside ("${aside[0].trim()} ${r.text}"), not an event: what is told happens on another date`;
    }
    return results;
  }
}
