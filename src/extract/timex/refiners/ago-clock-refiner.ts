/**
 * A clock time after an "ago" of months or more: "seven years ago at 3pm", "three months ago at noon". The date-time
 * refiner puts a time on "two weeks ago"; an "ago" of months or years names a month or a year, which holds no clock
 * time, so the time was left on the publication day. Written with a clock time, the count is one of the calendar: the
 * publication's day that many months back, at that time: one TIME, as "two weeks ago at 3 a.m." is.
 */
import { dayPeriod, humanDay, type Day } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { isAgoFrame } from '../parsers/ago-parser.js';
import { isTimeFrame } from '../parsers/time-parser.js';
import { dateReading } from '../periods.js';
import { dateTimeFrame } from './date-time-refiner.js';

/** Between the two: "at" (or "around", "about"), on one line: "seven years ago at 3pm", "a decade ago, at noon". */
const AT_GAP = /^[^\S\n]*,?[^\S\n]*(?:at|around|about)[^\S\n]+$/i;
/** The longest such gap, with room for doubled spaces. */
const MAX_GAP = 12;

export class AgoClockRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const end = a.index + a.text.length;
      if (b && b.index >= end && b.index - end <= MAX_GAP) {
        const fa = getFrame(a);
        const fb = getFrame(b);
        if (isAgoFrame(fa) && fa.sameDay && isTimeFrame(fb) && AT_GAP.test(context.text.slice(end, b.index))) {
          const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length));
          out.push(setFrame(merged, dateTimeFrame(onSameDay(fa, fa.sameDay), fb.time)));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/** The day `ago` counts back to on the calendar ("seven years ago": the publication's day seven years before). */
function onSameDay(ago: Frame, sameDay: (dct: Day) => Day): Frame {
  return {
    kind: 'ago',
    resolve: (ctx) => {
      const reading = ago.resolve(ctx);
      if (!ctx.dct || !reading?.period) return reading;
      const day = sameDay(ctx.dct);
      return dateReading(dayPeriod(day), `${reading.why}, on its day of the calendar (${humanDay(day)})`, reading.mod);
    },
  };
}
