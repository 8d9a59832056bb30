/**
 * The edge of a quarter or a half: "by the end of the second quarter", "early in the fourth quarter", "late in the
 * first half", "the start of the third quarter" are one timex with the quarter's value and its mod (TimeML: `END`,
 * `START`, `MID`), placed on that third of it. Before, the span was the quarter alone and the label ended on "by
 * the end". A half of a quarter, "the first half of the third quarter", "the second half of Q4 2023", is one timex
 * too, the quarter with `START` or `END` (as TimeML tags "the last half of the '80s"), placed on that half: the
 * words "the first half" are not the first half of the year.
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
    let merged = false;
    const out = results.map((r) => {
      const frame = getFrame(r);
      if (!frame || !QUARTER_KINDS.has(frame.kind) || /^(?:early|late|mid)/i.test(r.text)) return r;
      const mod = MOD_BEFORE.exec(context.text.slice(Math.max(0, r.index - 40), r.index));
      const pointMod = mod && parsePointMod(mod[0]);
      if (!mod || !pointMod) return r;
      // a half of a half is no period; "the first half of the third quarter" is the quarter's first half
      if (pointMod.half && frame.kind !== 'quarter') return r;
      const start = r.index - mod[0].length;
      if (pointMod.half) merged = true;
      return setFrame(
        context.createParsingResult(start, context.text.slice(start, r.index + r.text.length)),
        edgeFrame(frame, pointMod.mod, pointMod.half === true),
      );
    });
    if (!merged) return out;
    // the half read alone ("the first half") lies inside the phrase it opens
    return out.filter(
      (r) => !out.some((o) => o !== r && o.index <= r.index && r.index + r.text.length <= o.index + o.text.length),
    );
  }
}

function edgeFrame(inner: Frame, mod: TimexMod, half: boolean): Frame {
  const frame: Frame = {
    kind: inner.kind,
    resolve: (ctx) => {
      const reading = inner.resolve(ctx);
      if (!reading?.period) return reading;
      return {
        ...reading,
        mod,
        ...narrowed(reading.period, mod, { dct: null, half }),
        why: `${reading.why}; its ${half ? (mod === 'START' ? 'first half' : 'second half') : mod === 'START' ? 'start' : mod === 'END' ? 'end' : 'middle'}`,
      };
    },
  };
  // (the tense refiner sets this frame's tense; the normaliser hands it to the quarter in `ctx`)
  return frame;
}
