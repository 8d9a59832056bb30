/**
 * The edge of a quarter or a half: "by the end of the second quarter", "early in the fourth quarter", "late in the
 * first half", "the start of the third quarter" are one timex with the quarter's value and its mod (TimeML: `END`,
 * `START`, `MID`), placed on that third of it. Before, the span was the quarter alone and the label ended on "by
 * the end".
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import { narrowed } from '../periods.js';
import { parsePointMod, POINT_MOD } from '../words.js';
import type { TimexMod } from '../../types.js';

/** A point modifier that ends right where the phrase starts ("the end of ", "early in "). */
const MOD_BEFORE = new RegExp(`(?<![\\w-])(?:${POINT_MOD})$`, 'i');
/** Only these read "the first half of" as a part of the phrase they open; a quarter's own halves are its own. */
const QUARTER_KINDS = new Set(['quarter', 'half']);

export class QuarterEdgeRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    return results.map((r) => {
      const frame = getFrame(r);
      if (!frame || !QUARTER_KINDS.has(frame.kind) || /^(?:early|late|mid)/i.test(r.text)) return r;
      const mod = MOD_BEFORE.exec(context.text.slice(Math.max(0, r.index - 40), r.index));
      const pointMod = mod && parsePointMod(mod[0]);
      // ("the first half of the third quarter" is a half of a quarter: left as it is)
      if (!mod || !pointMod || pointMod.half) return r;
      const start = r.index - mod[0].length;
      return setFrame(
        context.createParsingResult(start, context.text.slice(start, r.index + r.text.length)),
        edgeFrame(frame, pointMod.mod),
      );
    });
  }
}

function edgeFrame(inner: Frame, mod: TimexMod): Frame {
  const frame: Frame = {
    kind: inner.kind,
    resolve: (ctx) => {
      const reading = inner.resolve(ctx);
      if (!reading?.period) return reading;
      return {
        ...reading,
        mod,
        ...narrowed(reading.period, mod),
        why: `${reading.why}; its ${mod === 'START' ? 'start' : mod === 'END' ? 'end' : 'middle'}`,
      };
    },
  };
  // (the tense refiner sets this frame's tense; the normaliser hands it to the quarter in `ctx`)
  return frame;
}
