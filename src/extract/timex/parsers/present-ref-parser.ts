/**
 * Present, past and future references that name no date: "now", "currently", "recently", "these days",
 * "the past", "the future", "soon", "recent" before a noun ("the recent sale") (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF, never placed on the axis).
 */
import type { Frame } from '../frame.js';
import { triggers } from '../word-index.js';
import { textAfter, textBefore, TimexParser } from './timex-parser.js';

const PRESENT =
  'right\\s+now|now|currently|these\\s+days|nowadays|at\\s+present|the\\s+present(?:\\s+(?:day|time)(?![\\w-]))?|presently|' +
  "the\\s+time\\s+being|this\\s+time|this\\s+day(?![\\w'’-])|current(?!\\s+(?:account|affairs|events|assets|liabilities|ratio)\\b)";
// "the recent sale": the adjective alone points to the past (TimeML PAST_REF); "most recent" ranks, and
// "recent years/months" are vague durations (duration parser).
const RECENT_ADJECTIVE =
  '(?<!\\b(?:most|more)\\s+)recent(?![\\w-]|\\s+(?:years?|months?|weeks?|days?|decades?|quarters?|centur(?:y|ies)|times|past)\\b)';
const PAST = `then[\\s-]+current|more\\s+recently|recently|the\\s+past|lately|recent\\s+days|${RECENT_ADJECTIVE}`;
const FUTURE =
  'the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|very\\s+soon|the\\s+(?:near|short|long|medium)\\s+term|' +
  '(?:the\\s+)?coming\\s+(?:days|weeks|months|years)|(?:the\\s+)?(?:days|weeks|months|years)\\s+ahead|as\\s+soon\\s+as\\s+possible';

const PATTERN = new RegExp(`(${FUTURE})|(${PAST})|(${PRESENT})`, 'i');

/** A count before "years ahead": "two years ahead of schedule" is a length (the duration parser reads "two years"). */
const COUNT_BEFORE =
  /(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple\s+of))\s+$/i;

/** "as" on each side of "recently" ("as recently as 2015"). */
const AS_BEFORE = /\bas\s+$/i;
const AS_AFTER = /^\s+as\b/i;

/** "at this time"/"at the moment" are present only after "at"; "now" before "on"/"that" stays present. */
const NEEDS_AT = /^(this\s+time)$/i;

/** "to this day", "until this day": up to now. Elsewhere "this day" is a day ("on this day in 1945"). */
const THIS_DAY = /^this\s+day$/i;
const UP_TO_BEFORE = /\b(?:to|until|till)\s+$/i;

export class PresentRefParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** At most "the foreseeable " before one of these ("these days", "this time", "the time being", "this day" by their word "these", "time", "day"). */
  protected override readonly triggerWords = triggers(
    'now nowadays current currently recent recently present presently past future soon term coming ahead lately possible these time day',
  );
  override readonly keywordLead = 20;

  protected read(match: RegExpMatchArray, context: Parameters<TimexParser['extract']>[0], index: number): Frame | null {
    const text = match[0];
    if (NEEDS_AT.test(text) && !/\bat\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return null;
    if (THIS_DAY.test(text) && !UP_TO_BEFORE.test(textBefore(context, index, 7))) return null;
    if (context.text[index + text.length] === '-') return null; // "now-cancelled", "soon-to-open"
    // "as recently as 2015", "as recently as last year": a yardstick for the date after it, which is the timex
    if (
      /^recently$/i.test(text) &&
      AS_BEFORE.test(textBefore(context, index, 4)) &&
      AS_AFTER.test(textAfter(context, index + text.length, 4))
    )
      return null;
    // "two years ahead of schedule", "a few weeks ahead of the deadline": a counted length, not the future
    if (
      /^(?:days|weeks|months|years)\s/i.test(text) &&
      COUNT_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))
    )
      return null;
    const value = match[1] ? 'FUTURE_REF' : match[2] ? 'PAST_REF' : 'PRESENT_REF';
    const meaning = value === 'FUTURE_REF' ? 'the future' : value === 'PAST_REF' ? 'the past' : 'the present';
    return {
      kind: 'present-ref',
      resolve: () => ({
        type: 'DATE',
        value,
        why: `"${text}" refers to ${meaning} of the article in general, not to a date`,
        anchorable: false,
      }),
    };
  }
}
