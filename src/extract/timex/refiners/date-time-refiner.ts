/**
 * Joins a day and a clock time written together into one TIME: "Oct. 5 at 3 p.m.", "3 p.m. Wednesday",
 * "noon Thursday", "Monday, 10:30 a.m.". The day is read first (with its tense), then the time is put on it.
 */
import type { Refiner, TimexMatch } from '../match.js';
import { getFrame, setFrame, type Frame, type ResolveContext } from '../frame.js';
import { isTimeFrame, timeOnDay, type TimeFrame } from '../parsers/time-parser.js';

const DAY_KINDS = new Set(['weekday', 'month', 'day-ref', 'written-date', 'anchored-named', 'holiday', 'day-offset']);
const DAY_THEN_TIME = /^\s*(?:,\s*)?(?:at\s+|around\s+|about\s+)?$/i;
const TIME_THEN_DAY = /^\s*(?:,\s*)?(?:on\s+)?$/i;

export class DateTimeRefiner implements Refiner {
  refine(
    context: { text: string; createParsingResult: (index: number, text: string) => TimexMatch },
    results: TimexMatch[],
  ): TimexMatch[] {
    const out: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const fa = getFrame(a);
      const fb = b ? getFrame(b) : undefined;
      if (b && fa && fb) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        const dayFirst = DAY_KINDS.has(fa.kind) && fb.kind === 'time' && DAY_THEN_TIME.test(gap);
        const timeFirst = isTimeFrame(fa) && DAY_KINDS.has(fb.kind) && TIME_THEN_DAY.test(gap);
        if ((dayFirst && isTimeFrame(fb)) || timeFirst) {
          const dayFrame = dayFirst ? fa : fb;
          const timeFrame = (dayFirst ? fb : fa) as TimeFrame;
          const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length));
          out.push(setFrame(merged, mergedFrame(dayFrame, timeFrame)));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

function mergedFrame(dayFrame: Frame, timeFrame: TimeFrame): Frame {
  const frame: Frame = {
    kind: 'date-time',
    resolve: (ctx: ResolveContext) => {
      const day = dayFrame.resolve({ ...ctx, tense: frame.tense ?? ctx.tense });
      if (!day?.period || !['day', 'partOfDay'].includes(day.period.granularity)) return day;
      const { time } = timeFrame;
      const { value, period } = timeOnDay(day.period.first, time, ctx.clock);
      return {
        type: 'TIME',
        value,
        period,
        granularity: period.granularity,
        why: `${day.why}, at ${value.slice(11)}`,
        ...(time.mod ? { mod: time.mod } : {}),
        ...(day.usedAnchor ? { usedAnchor: true } : {}),
      };
    },
  };
  return frame;
}
