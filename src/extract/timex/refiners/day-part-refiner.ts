/**
 * A day and the part of it said after it: "on January 4 at night", "June 8 in the evening", "2026-01-05 at night",
 * "on Sunday at night" (not "at night" alone: "the shop closes at night" is habitual). The day and its part are one
 * TIME, the night of that day (`2026-01-04TNI`), as "Sunday night" is; "the evening" read alone gives way. (The day's
 * number is no hour: the time and month parsers leave "4 at night" after a month to the day.) A part said before the
 * day, "on the night of March 3", "the morning of Friday", leaves the day its TimeML span and value (as "the early
 * hours of Friday" does) and places it on that part; after "the early (small, wee) hours of", on its hours before
 * dawn with START ("the early hours of Feb. 3", as the weekday parser reads "the early hours of Sunday"). Runs before the overlap refiner.
 */
import { hoursBeforeDawn, isoDay, pad, partOfDayPeriod, type PartOfDay, type Period } from '../calendar.js';
import { getFrame, setFrame, type Frame } from '../frame.js';
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { partMod } from '../parsers/part-of-day-parser.js';
import { WEEKDAY_ANY_DOT } from '../words.js';

/** "at night", "in the evening" after a day (the part may also be read alone: "the evening"). */
const PART_AFTER = /^\s+(?:at\s+(night)|in\s+the\s+(morning|afternoon|evening))\b/i;
/** "the night of", "the morning of", "the early (small, wee) hours of" right before a day. */
const PART_BEFORE = /\bthe\s+(morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+$/i;
/**
 * A part of the day read alone, then "on" and its day: "mid-afternoon on Friday", "late evening on 3 May", "by
 * lunchtime on Friday" (the part-of-day parser reads a bare part only after a preposition or with its edge).
 */
const PART_ALONE = /^(?:(early|late|mid)-?\s*)?(morning|afternoon|evening|night|lunchtime)$/i;
const ON_GAP = /^\s+on\s+$/i;
/**
 * "in the evening on Tuesday", "at night on Friday", "in the early morning on Monday", "late evening on Sunday": the
 * part said before the day, with its preposition or its edge. Groups: the part's words, its edge, the part.
 */
const PART_ON_BEFORE =
  /(?:\bin\s+(the\s+(?:(early|late|mid)-?\s*)?(morning|afternoon|evening))|\bat\s+((night|lunchtime))|(?<![\w-])((early|late)\s+(morning|afternoon|evening|night)))\s+on\s+$/i;
/** Room for PART_ON_BEFORE with doubled spaces. */
const PART_ON_REACH = 34;
/** The edges of daylight: dawn is the early morning, dusk the early evening (hours as a reader would draw them). */
const DAYLIGHT: Record<string, { part: PartOfDay; name: string; hours: [number, number] }> = {
  dawn: { part: 'MO', name: 'dawn', hours: [5, 8] },
  dusk: { part: 'EV', name: 'dusk', hours: [17, 20] },
};
const DAWN_WORDS = 'dawn|daybreak|first\\s+light|sunrise';
const DUSK_WORDS = 'dusk|nightfall|sunset';
const DAWN = new RegExp(`^(?:${DAWN_WORDS})$`, 'i');
/**
 * A stem of a word of DAYLIGHT_BEFORE's and DAYLIGHT_AFTER's: the refiner reads them around a day only where the few
 * characters there hold one (a scan of the whole text for one cost more than these windows, even in a text of many
 * days).
 */
const DAYLIGHT_WORD = /dawn|dusk|daybreak|light|sunrise|nightfall|sunset/i;
/**
 * "at dawn on Monday", "at first light Monday", "before dawn on Friday": the edge of daylight after a preposition, then
 * (on) the day. Groups: the preposition, the edge's words.
 */
const DAYLIGHT_BEFORE = new RegExp(
  `\\b(at|around|by|from|until|till|to|after|before|(?:just|shortly)\\s+(?:after|before))\\s+(${DAWN_WORDS}|${DUSK_WORDS})\\s+(?:on\\s+)?$`,
  'i',
);
/** "Monday at dawn", "on Sunday at dusk", "Friday before dawn": the edge after the day. */
const DAYLIGHT_AFTER = new RegExp(
  `^\\s+(at|around|by|from|until|till|to|after|before|(?:just|shortly)\\s+(?:after|before))\\s+(${DAWN_WORDS}|${DUSK_WORDS})\\b`,
  'i',
);
/** Room for DAYLIGHT_BEFORE with doubled spaces ("shortly before first light on "). */
const DAYLIGHT_REACH = 36;
/** Room for DAYLIGHT_AFTER ("  shortly after first light"). */
const DAYLIGHT_AFTER_REACH = 32;
/** Room for PART_BEFORE with doubled spaces. */
const PART_BEFORE_REACH = 28;
/** Day phrases a part may follow: a weekday, a day of a month, a date in digits. */
const DAY_KINDS = new Set(['weekday', 'month', 'written-date', 'day-ref']);
/**
 * A day of a month ("Jan. 4", "4 January", "Tuesday 12 March", "January 4, 2026") or a date in digits ("2026-01-05"):
 * not a month alone.
 */
const A_DAY = new RegExp(
  `\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?$|^(?:${WEEKDAY_ANY_DOT},?\\s+(?:the\\s+)?)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[\\p{L}.]+(?:,?\\s+\\d{4})?$`,
  'iu',
);
const WEEKDAY_OR_DAY_REF =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|yesterday|today|tomorrow)$/i;

const PARTS: Record<string, PartOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  lunchtime: 'MI',
};
/** "the early hours of": the day's hours before dawn, midnight to 6 a.m., its START (as for a weekday). */
const SMALL_HOURS = 'small hours';

export class DayPartRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const drop = new Set<TimexMatch>();
    const added: TimexMatch[] = [];
    for (let i = 0; i < results.length; i++) {
      const day = results[i]!;
      if (drop.has(day) || !DAY_KINDS.has(getFrame(day)?.kind ?? '')) continue;
      if (!A_DAY.test(day.text) && !WEEKDAY_OR_DAY_REF.test(day.text)) continue;
      const end = day.index + day.text.length;
      // "until mid-evening on Friday": the part read alone before the day is that day's, with its edge
      const part = i > 0 ? results[i - 1]! : undefined;
      const edge = part && getFrame(part)?.kind === 'part-of-day' ? PART_ALONE.exec(part.text) : null;
      if (part && edge && ON_GAP.test(context.text.slice(part.index + part.text.length, day.index))) {
        drop.add(part);
        drop.add(day);
        added.push(merged(context, day, end, PARTS[edge[2]!.toLowerCase()]!, part.index, partMod(edge[1])));
        continue;
      }
      // "in the evening on Tuesday", "at night on Friday": the part before the day, not read alone (or read as "the
      // evening", which gives way)
      const onBefore = ON_GAP.test(context.text.slice(Math.max(0, day.index - 4), day.index))
        ? PART_ON_BEFORE.exec(context.text.slice(Math.max(0, day.index - PART_ON_REACH), day.index))
        : null;
      if (onBefore) {
        const partWords = (onBefore[1] ?? onBefore[4] ?? onBefore[6])!;
        const start = day.index - (onBefore[0].length - onBefore[0].indexOf(partWords));
        const inside = givingWay(results, start, day.index);
        if (inside) {
          for (const r of inside) drop.add(r);
          drop.add(day);
          const part = PARTS[(onBefore[3] ?? onBefore[5] ?? onBefore[8])!.toLowerCase()]!;
          added.push(merged(context, day, end, part, start, partMod(onBefore[2] ?? onBefore[7])));
          continue;
        }
      }
      // "at dawn on Monday", "Monday at dusk": the edge of daylight on that day; "before dawn on Friday" its small hours
      const beforeDay = context.text.slice(Math.max(0, day.index - DAYLIGHT_REACH), day.index);
      const daylightBefore =
        DAYLIGHT_WORD.test(beforeDay) && /[a-z]\s+(?:on\s+)?$/i.test(beforeDay.slice(-4))
          ? DAYLIGHT_BEFORE.exec(beforeDay)
          : null;
      const afterDay = daylightBefore ? '' : context.text.slice(end, end + DAYLIGHT_AFTER_REACH);
      const daylightAfter = DAYLIGHT_WORD.test(afterDay) ? DAYLIGHT_AFTER.exec(afterDay) : null;
      const daylight = daylightBefore ?? daylightAfter;
      if (daylight) {
        const edge = DAYLIGHT[DAWN.test(daylight[2]!) ? 'dawn' : 'dusk']!;
        const before = /before$/i.test(daylight[1]!);
        // (before dusk is any time of the day: the day alone)
        if (!before || edge.name === 'dawn') {
          const start = daylightBefore
            ? day.index - (daylight[0].length - daylight[0].indexOf(daylight[2]!))
            : day.index;
          const stop = daylightAfter ? end + daylight[0].length : end;
          if (givingWay(results, start, stop, day)) {
            drop.add(day);
            added.push(
              before
                ? placedOnPart(context, day, `${daylight[1]} ${daylight[2]}`, SMALL_HOURS)
                : merged(context, day, stop, edge.part, start, 'START', edge),
            );
            continue;
          }
        }
      }
      // (a cheap literal test first: most days have no "of " before them)
      const ofBefore = context.text.slice(Math.max(0, day.index - 3), day.index).toLowerCase() === 'of ';
      const before = ofBefore
        ? PART_BEFORE.exec(context.text.slice(Math.max(0, day.index - PART_BEFORE_REACH), day.index))
        : null;
      if (before) {
        drop.add(day);
        added.push(placedOnPart(context, day, before[0].trim(), PARTS[before[1]!.toLowerCase()] ?? SMALL_HOURS));
        continue;
      }
      const p = PART_AFTER.exec(context.text.slice(end, end + 20));
      if (!p) continue;
      const inside = givingWay(results, end, end + p[0].length);
      if (!inside) continue;
      for (const r of inside) drop.add(r);
      drop.add(day);
      added.push(merged(context, day, end + p[0].length, PARTS[(p[1] ?? p[2])!.toLowerCase()]!));
    }
    if (!added.length) return results;
    return [...results.filter((r) => !drop.has(r)), ...added].sort((a, b) => a.index - b.index);
  }
}

/** A part of the day read alone, which gives way to the day's part around it. */
const PART_READ_ALONE = /^(?:the\s+)?(?:(?:early|late|mid)-?\s*)?(?:morning|afternoon|evening|night)$/i;

/**
 * The phrases that start in [from, to) (the words of a day's part), when each is a part read alone ("the evening" of
 * "in the evening on Tuesday"), which gives way; null when another phrase is there, which keeps the day apart.
 * (`day`, the day phrase itself, is no other phrase.)
 */
function givingWay(results: readonly TimexMatch[], from: number, to: number, day?: TimexMatch): TimexMatch[] | null {
  const inside = results.filter((r) => r !== day && r.index >= from && r.index < to);
  return inside.every((r) => PART_READ_ALONE.test(r.text)) ? inside : null;
}

/**
 * The day phrase `day` after "the night of" (`partText`): TimeML tags and values the day alone, as after "the early
 * hours of"; its place on the axis is the part of the day.
 */
function placedOnPart(
  context: ParsingContext,
  day: TimexMatch,
  partText: string,
  part: PartOfDay | typeof SMALL_HOURS,
): TimexMatch {
  const dayFrame = getFrame(day)!;
  const frame: Frame = {
    kind: dayFrame.kind,
    resolve: (ctx) => {
      const own = dayFrame.resolve({ ...ctx, tense: frame.tense ?? ctx.tense });
      if (own?.period?.granularity !== 'day') return own;
      const small = part === SMALL_HOURS;
      const hours = small ? hoursBeforeDawn(own.period.first) : partOfDayPeriod(own.period.first, part);
      return {
        ...own,
        period: { ...own.period, granularity: 'partOfDay', from: hours.from, to: hours.to },
        granularity: 'partOfDay',
        ...(small ? { mod: 'START' as const } : {}),
        why: `${own.why}; "${partText}": its ${small ? 'hours before dawn' : PART_NAMES[part]}`,
      };
    },
  };
  return setFrame(context.createParsingResult(day.index, day.text), frame);
}

const PART_NAMES: Partial<Record<PartOfDay, string>> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
};

/**
 * The day phrase `day` with the part of day written after it, up to `end` (or before it, from `start`, with the edge
 * `mod`): one TIME on that day's part.
 */
function merged(
  context: ParsingContext,
  day: TimexMatch,
  end: number,
  part: PartOfDay,
  start = day.index,
  mod?: 'START' | 'MID' | 'END',
  edge?: { name: string; hours: [number, number] },
): TimexMatch {
  const dayFrame = getFrame(day)!;
  const text = context.text.slice(start, end);
  // (the part after the day, "June 8 in the evening", or before it: "mid-afternoon on Friday")
  const partText = start === day.index ? text.slice(day.text.length) : text.slice(0, day.index - start);
  const frame: Frame = {
    kind: 'part-of-day',
    resolve: (ctx) => {
      const own = dayFrame.resolve({ ...ctx, tense: frame.tense ?? ctx.tense });
      if (own?.period?.granularity !== 'day') return own;
      const whole = partOfDayPeriod(own.period.first, part);
      // (dawn, dusk: the part's value, drawn on their own hours)
      const period = edge ? hoursOf(whole, edge.hours) : whole;
      return {
        type: 'TIME',
        value: period.value,
        period,
        granularity: period.granularity,
        why: `${own.why}; "${partText.trim()}": its ${edge?.name ?? PART_NAMES[part]}`,
        ...(own.usedAnchor ? { usedAnchor: true } : {}),
        ...(mod ? { mod } : {}),
      };
    },
  };
  return setFrame(context.createParsingResult(start, text), frame);
}

/** `period` (a part of a day) drawn on the hours [h0, h1) of its day. */
function hoursOf(period: Period, [h0, h1]: [number, number]): Period {
  const day = isoDay(period.first);
  return { ...period, from: `${day}T${pad(h0)}:00`, to: `${day}T${pad(h1)}:00` };
}
