/**
 * A live report's entry stamps: clock times that open a paragraph before a dash or a colon ("09:15 GMT - Rescue
 * teams have…", "08:40 GMT – Aftershocks…"), or in digits alone on their line or before the entry's first word
 * ("09:42 The race is on"), newest first. Each dates its entry: the last such time on or before
 * publication. Read as clock times in the story, the second stamp fell on the day the first entry had just named
 * ("struck on Sunday … 08:40 GMT -" was Sunday's 08:40). Two stamps at least, in falling order. Times in rising
 * order are a report told in order when the last is no later than publication, on its day, and the story placed
 * no other day before them ("14:05 Police say … 14:42 Forecasters have issued …", published at 15:30); else, as one
 * time opening a line, a programme ("10:30 – Opening ceremony"), read as before.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame, type ResolveContext } from '../frame.js';
import { epochDay } from '../calendar.js';
import { isTimeFrame, type TimeFrame } from '../parsers/time-parser.js';
import type { Timex } from '../../types.js';

/** After the time: a dash or a colon that sets the entry off. */
const STAMP_AFTER = /^[ \t]*(?:[-–—|]|:(?!\d))[ \t]/;
/**
 * A stamp in digits ("09:42", "9.05", "14:10 GMT", "10.35pm", "9.41PM BST") may stand alone on its line or go straight
 * into its entry's first word ("09:42 The elite women are off", "10.02pm Polls have closed"), as live pages print them.
 */
const DIGIT_STAMP = /^\d{1,2}[:.]\d\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?$/;
const DIGIT_STAMP_AFTER = /^[ \t]*(?:\r?\n|[ \t]["“‘']?[A-Za-z])/;

/** A report runs across midnight from an evening stamp (from 18:00) to one of the small hours (before 06:00). */
const EVENING_START = 18 * 60;
const SMALL_HOURS_END = 6 * 60;

/** How the `why` of an entry stamp starts. */
const ENTRY_STAMP = "a live report's entry stamp: ";

/** Whether a timex is a live report's entry stamp: it dates its entry, not the page (see stamps.ts). */
export const isEntryStamp = (timex: Timex): boolean => timex.why.startsWith(ENTRY_STAMP);

/** Minutes of the day a stamp shows (in its own zone). */
const minuteOf = (frame: TimeFrame): number => frame.time.hour * 60 + (frame.time.minute ?? 0);

/** Whether only spaces or tabs stand between `at` and the start of its line (read back to them, no further). */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

export class LiveStampRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    const stamps: TimeFrame[] = [];
    for (const r of results) {
      const frame = getFrame(r);
      if (!isTimeFrame(frame) || frame.bare) continue;
      if (!opensLine(text, r.index)) continue;
      const after = text.slice(r.index + r.text.length, r.index + r.text.length + 4);
      if (!STAMP_AFTER.test(after) && !(DIGIT_STAMP.test(r.text) && DIGIT_STAMP_AFTER.test(after))) continue;
      stamps.push(frame);
    }
    if (stamps.length < 2) return results;
    if (newestFirst(stamps)) {
      for (const frame of stamps) asEntryStamp(frame, () => true);
    } else if (oldestFirst(stamps)) {
      // a report told in order ("14:05 Police say … 14:20 The mayor says …") is one when its last stamp is no later
      // than publication, on its day, and the story placed no other day before it; else it is a programme
      const last = minuteOf(stamps[stamps.length - 1]!);
      let entries: boolean | undefined; // (decided by the first stamp, which resolves first)
      for (const frame of stamps)
        asEntryStamp(
          frame,
          (ctx) =>
            (entries ??=
              !!ctx.dct &&
              !!ctx.clock &&
              last <= ctx.clock.minute &&
              (!ctx.anchor || epochDay(ctx.anchor.period.first) === epochDay(ctx.dct))),
        );
    }
    return results;
  }
}

/**
 * Makes `frame` an entry stamp when `isEntry` says so for its context: read in the past, the last such time before
 * publication, and the phrases after it told at its time (Reading.entryStamp).
 */
function asEntryStamp(frame: TimeFrame, isEntry: (ctx: ResolveContext) => boolean): void {
  frame.entryStamp = true;
  const resolve = frame.resolve;
  frame.resolve = (ctx) => {
    if (!isEntry(ctx)) return resolve(ctx);
    frame.tense = 'past'; // (the time parser reads its frame's tense, and the event builder the clause's)
    const reading = resolve({ ...ctx, tense: 'past', anchor: null, day: null });
    return reading && { ...reading, entryStamp: true, why: `${ENTRY_STAMP}${reading.why}` };
  };
}

/** Newest first, once across midnight at most ("00:40 - …" over "23:55 - …"). */
function newestFirst(stamps: readonly TimeFrame[]): boolean {
  let midnights = 0;
  for (let i = 1; i < stamps.length; i++) {
    const newer = minuteOf(stamps[i - 1]!);
    const older = minuteOf(stamps[i]!);
    if (older <= newer) continue;
    if (newer >= SMALL_HOURS_END || older < EVENING_START || ++midnights > 1) return false;
  }
  return true;
}

/** Oldest first, within one day, in the article's own clock (no zone written). */
function oldestFirst(stamps: readonly TimeFrame[]): boolean {
  for (let i = 0; i < stamps.length; i++) {
    const { time } = stamps[i]!;
    if (time.zone !== undefined || time.offset !== undefined) return false;
    if (i > 0 && minuteOf(stamps[i]!) <= minuteOf(stamps[i - 1]!)) return false;
  }
  return true;
}
