/**
 * "Election day" ("polling day") is the day of the election the story is about. When the story names that day ("the Nov. 9
 * election", "set the election for Nov. 9", "voters go to the polls on Sunday", "election day, which the premier
 * set for Nov. 9"), election day is that day. Without one, it is the US Election Day (the Tuesday after the first
 * Monday of November) only in a story about a US election (it names the US, Congress, a US state, the midterms…);
 * elsewhere the day is unknown and not placed: another country's election falls on its own day.
 */
import type { ParsingContext, Refiner, TimexMatch } from '../match.js';
import { getFrame, type Frame } from '../frame.js';
import { isDateTimeFrame } from './date-time-refiner.js';
import { isHolidayFrame } from '../parsers/holiday-parser.js';

/** Frames that can name a day (a month with a day, a date in digits, a weekday…). */
const DAY_KINDS = new Set(['month', 'written-date', 'weekday', 'weekday-date', 'day-in-month']);
/** An election word just after a day: "the Nov. 9 election", "Sunday's vote", "the March 3 general election". */
const ELECTION_AFTER =
  /^(?:['’]s)?\s+(?:(?:general|presidential|parliamentary|legislative|local|municipal|regional|provincial|state|national|snap|early|federal|runoff|run-off)\s+){0,2}(?:elections?|polls|vote|ballot|referendum|runoff|run-off)\b/i;
/**
 * An election word right before a day, or its verb of scheduling between: "the election on Nov. 9", "set the
 * election for Nov. 9", "go to the polls on Sunday", "elections scheduled for", "election day, which the premier
 * set for"; not "campaigning for the election began on Monday" (another verb's date).
 */
const ELECTION_BEFORE =
  /\b(?:elections?|polls|polling|ballot|referendum|runoff|run-off|the\s+vote)(?:\s+day)?,?\s+(?:(?:which|that)\s+(?:[a-z]+\s+){0,3}?)?(?:(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+)?(?:(?:now\s+)?(?:set|scheduled|slated|due|planned|called|held|fixed|moved|brought\s+forward|postponed|delayed|pushed\s+back)\s+)?(?:on|for|to|until)\s+(?:(?:the|a)\s+)?$/i;
/** "Election day" ("polling day") and "is" before the day that says which it is: "election day is Nov. 9". */
const DAY_IS = /\b(?:election|polling)\s+day\s+(?:is|will\s+be|falls\s+on)\s+$/i;
/**
 * "Election day" and a date set beside it: "polling day, Thursday 4 July", "polling day (Thursday 4 July)"; a date
 * with its number only, not "after polling day, Thursday's count".
 */
const DAY_BESIDE = /\b(?:election|polling)\s+day\s*[,(–—]\s*$/i;
/** Words of a story about a US election (a US state, the US, its Congress, its parties, its midterms). */
const US_CONTEXT = new RegExp(
  '\\b(?:U\\.S\\.|US|USA|United States|(?<!(?:Latin|South|Central) )Americans?|(?<!(?:Latin|South|Central) )America|White House|Congress|congressional|[Mm]idterms?|Electoral College|Democrats|Republicans|GOP|D\\.C\\.|' +
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)(?!\\w)',
);
/** How far (in characters) from the phrase the story's own date for its election is looked for. */
const REACH = 1500;

export class ElectionDayRefiner implements Refiner {
  refine(context: ParsingContext, results: TimexMatch[]): TimexMatch[] {
    let us: boolean | undefined;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const outer = getFrame(r);
      const frame = isDateTimeFrame(outer) ? outer.dayFrame : outer;
      if (!isHolidayFrame(frame) || !/^(?:election|polling)\s+day$/i.test(frame.name)) continue;
      const named = storyDate(context.text, results, i);
      if (named) frame.storyDate = named;
      else {
        us ??= US_CONTEXT.test(context.text);
        if (!us) frame.storyDate = null;
      }
    }
    return results;
  }
}

/** The day the story names for its election, nearest the phrase at `at` (within REACH), or undefined. */
function storyDate(text: string, results: TimexMatch[], at: number): Frame | undefined {
  const phrase = results[at]!;
  let best: Frame | undefined;
  let bestDistance = REACH;
  for (let j = 0; j < results.length; j++) {
    const r = results[j]!;
    const distance = Math.abs(r.index - phrase.index);
    if (j === at || distance >= bestDistance) continue;
    const frame = getFrame(r);
    if (!frame || !DAY_KINDS.has(frame.kind) || (frame.kind === 'month' && !/\d/.test(r.text))) continue;
    const end = r.index + r.text.length;
    const before = text.slice(Math.max(0, r.index - 80), r.index);
    if (
      !ELECTION_AFTER.test(text.slice(end, end + 40)) &&
      !ELECTION_BEFORE.test(before) &&
      !DAY_IS.test(before) &&
      !(DAY_BESIDE.test(before) && /\d/.test(r.text))
    )
      continue;
    best = frame;
    bestDistance = distance;
  }
  return best;
}
