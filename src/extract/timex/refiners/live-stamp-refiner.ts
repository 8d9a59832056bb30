/**
 * A live report's entry stamps: clock times that open a paragraph before a dash or a colon ("09:15 GMT - Rescue
 * teams have…", "08:40 GMT – Aftershocks…"), or in digits alone on their line or before the entry's first word
 * ("09:42 The race is on"), newest first. Each dates its entry: the last such time on or before
 * publication. Read as clock times in the story, the second stamp fell on the day the first entry had just named
 * ("struck on Sunday … 08:40 GMT -" was Sunday's 08:40). Two stamps at least, in falling order: one time opening
 * a line, or times in rising order, are a programme ("10:30 – Opening ceremony"), read as before.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame } from '../frame.js';
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
    // newest first (a programme runs the other way), once across midnight at most ("00:40 - …" over "23:55 - …")
    let midnights = 0;
    for (let i = 1; i < stamps.length; i++) {
      const newer = minuteOf(stamps[i - 1]!);
      const older = minuteOf(stamps[i]!);
      if (older <= newer) continue;
      if (newer >= SMALL_HOURS_END || older < EVENING_START || ++midnights > 1) return results;
    }
    for (const frame of stamps) {
      frame.tense = 'past';
      frame.entryStamp = true;
      const resolve = frame.resolve;
      frame.resolve = (ctx) => {
        const reading = resolve({ ...ctx, tense: 'past', anchor: null, day: null });
        return reading && { ...reading, why: `${ENTRY_STAMP}${reading.why}` };
      };
    }
    return results;
  }
}
