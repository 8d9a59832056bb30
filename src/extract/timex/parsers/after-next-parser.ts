/**
 * Two steps from publication: "the week after next", "the year after next", "the Friday after next", "the
 * month before last", "the weekend before last". A period is the one two units ahead of (or behind) the
 * publication's; a weekday is the one a week after the next such day (a week before the last one): told on a
 * Tuesday, "the Friday after next" is Friday of the following week, "the Wednesday after next" eight days on.
 * The whole phrase is the span; the words hold their own date and need no tense. Not when a noun follows, which
 * "next" or "last" qualifies: "the year after next week's vote", "the week before last year's election".
 */
import { addDays, dayPeriod, humanDay, isoWeekday, WEEKDAY_NAMES, type Day } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, periodAt, unknownValue, unplacedReading, type PeriodUnit } from '../periods.js';
import { parseWeekday } from '../words.js';
import { startWords, triggers } from '../word-index.js';
import { textAfter, TimexParser, type ParsingContext } from './timex-parser.js';

const PATTERN = new RegExp(
  `(?:the\\s+)?(?<unit>week-?end|week|month|year|quarter|${WEEKDAY_NAMES.join('|')})\\s+(?<step>after\\s+next|before\\s+last)(?![\\w-])`,
  'i',
);

/** After the phrase: no noun "next" or "last" would qualify ("the year after next week's vote"). */
const ENDS_HERE =
  /^(?:\s*$|\s*[.,;:!?)"'’”]|\s+[-–—]\s|\s+(?:and|or|but|to|when|at|in|on|for|from|with|as|is|was|will|would|could|the|a|an|before|after|until|by|if|that|than|he|she|it|they|we)(?![\w]))/;

export class AfterNextParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The phrase ends with "next" or "last". */
  protected override readonly triggerWords = triggers('next last');
  /** "the wednesday after " before "next" */
  override readonly keywordLead = 24;
  protected override readonly startWords = startWords(
    'the week weekend month year quarter monday tuesday wednesday thursday friday saturday sunday',
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (!ENDS_HERE.test(textAfter(context, index + match[0].length, 12))) return null;
    const g = match.groups!;
    const text = match[0];
    const sign = /^after/i.test(g.step!) ? 1 : -1;
    const unitWord = g.unit!.toLowerCase().replace('-', '');
    const weekday = parseWeekday(unitWord);
    const isWeekday = /day$/.test(unitWord);
    if (isWeekday && weekday === null) return null;
    return {
      kind: 'after-next',
      resolve: ({ dct }) => {
        if (!dct)
          return unplacedReading(
            isWeekday ? 'XXXX-XX-XX' : unknownValue(unitWord as PeriodUnit),
            `"${text}" needs the publication date`,
          );
        if (isWeekday) {
          const day = weekdayTwoAway(dct, weekday!, sign);
          return dateReading(
            dayPeriod(day),
            `"${text}": a week ${sign > 0 ? 'after the next' : 'before the last'} ${WEEKDAY_NAMES[weekday! - 1]} from ${humanDay(dct)}, ${humanDay(day)}`,
          );
        }
        const period = periodAt(unitWord as PeriodUnit, dct, 2 * sign);
        return dateReading(period, `"${text}": two ${unitWord}s ${sign > 0 ? 'after' : 'before'} the publication's`);
      },
    };
  }
}

/** The weekday a week after the first one after `dct` (sign 1), or a week before the last one before it (-1). */
function weekdayTwoAway(dct: Day, weekday: number, sign: number): Day {
  const today = isoWeekday(dct);
  const gap = sign > 0 ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7 || 7);
  return addDays(dct, gap + 7 * sign);
}
