/**
 * A relative day followed by the date it stands for: "released today (Nov. 3)", "on Monday (Oct. 12)". The
 * writer has said which day it is: the relative phrase takes the date the text gives, whatever the
 * publication date or the tense would make of it (a story filed the day after, a wrong weekday).
 */
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { Refiner, TimexMatch } from '../match.js';

/** Relative days a written date can explain. */
const RELATIVE_KINDS = new Set(['day-ref', 'weekday', 'anchored-named']);
/** Frames that give a date as written (a day of a month, a date in digits). */
const EXPLICIT_KINDS = new Set(['month', 'written-date']);
const OPEN = /^\s*[(,–—-]\s*$/;
const CLOSE = /^\s*[),–—-]/;

export class ExplicitDateRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const relative = getFrame(a);
      const explicit = getFrame(b);
      if (!relative || !explicit || !RELATIVE_KINDS.has(relative.kind) || !EXPLICIT_KINDS.has(explicit.kind)) continue;
      const open = text.slice(a.index + a.text.length, b.index);
      if (!OPEN.test(open) || !CLOSE.test(text.slice(b.index + b.text.length, b.index + b.text.length + 3))) continue;
      // "today (Nov. 3)" in parentheses or between dashes; "Monday, Nov. 3" the month parser reads as one date
      if (!/[(–—-]/.test(open)) continue;
      setFrame(a, explainedFrame(relative, explicit, b.text));
    }
    return results;
  }
}

function explainedFrame(relative: Frame, explicit: Frame, written: string): Frame {
  const frame: Frame = {
    kind: relative.kind,
    resolve: (ctx) => {
      const own = relative.resolve(ctx);
      const given = explicit.resolve({ ...ctx, tense: explicit.tense ?? ctx.tense });
      if (!given?.period || given.period.granularity !== 'day') return own;
      if (own?.period && own.period.value === given.period.value) return own;
      const reading = { ...given, why: `the date the text gives for it ("${written}"): ${given.why}` };
      delete reading.usedAnchor;
      return reading;
    },
  };
  frame.tense = relative.tense;
  return frame;
}
