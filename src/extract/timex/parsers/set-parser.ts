/**
 * Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "each year" (P1Y), "every two weeks" (P2W),
 * "daily", "weekly", "annually", "twice a year" (span "a year", P1Y), "every summer" (XXXX-SU), "each July",
 * "Tuesday nights" (XXXX-WXX-2TNI), "Monday and Tuesday nights" (both), "five days a week" (P1W).
 */
import {
  MONTH_NAME,
  NUMBER,
  QUANTITY_START_WORDS,
  parseMonth,
  parseNumber,
  parseUnit,
  parseWeekday,
  unitCount,
  WEEKDAY,
  durationValue,
} from '../words.js';
import { startWords, triggers } from '../word-index.js';
import { textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  bimonthly: 'P2M',
  semiannually: 'P6M',
  annually: 'P1Y',
  yearly: 'P1Y',
};
/** "every other", "every second", "every third" week: every so many. */
const NTH: Record<string, number> = { other: 2, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** "every first Monday of the month", "every last Friday": a weekday's place in its month, not every so many. */
const IN_MONTH_ONLY = /^(?:first|1st|fifth|5th|last)$/i;
/** After a weekday: "of the month", "of each month" (the phrase is every such day, as "every Tuesday" is). */
const OF_MONTH = '(?:\\s+(?:of|in)\\s+(?:the|each|every)\\s+month(?![\\w-]))';
/** The same, read in read(): where it starts. */
const OF_MONTH_END = /\s+(?:of|in)\s+(?:the|each|every)\s+month$/i;
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const PARTS: Record<string, string> = { mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' };
/** Units from short to long, for a share of a period: "hours a day", "days a week", "months a year". */
const UNIT_ORDER = ['hour', 'day', 'week', 'month', 'year'];

const PATTERN = new RegExp(
  `(every|each)\\s+(?:(other|second|third|fourth|2nd|3rd|4th|first|1st|fifth|5th|last)\\s+)?(?:(${NUMBER})\\s+)?(second|minute|hour|day|night|morning|evening|week|weekday|weekend|fortnight|month|quarter|year|decade|seconds|minutes|hours|days|weeks|months|years|${WEEKDAY}|${MONTH_NAME}|spring|summer|fall|autumn|winter)(?![\\w-])` +
    // "every Monday night": that part of every such day (XXXX-WXX-1TNI), as "Monday nights" is
    `(?:\\s+(morning|afternoon|evening|night)(?![\\w-]))?${OF_MONTH}?` +
    // "bi-weekly" is every two weeks, never "weekly" alone
    `|(hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|semi-?annually|annually|yearly)(?![\\w-])` +
    `|(?:once|twice|three\\s+times|\\d+\\s+times|several\\s+times|many\\s+times)\\s+((?:a|an|per|each)\\s+(day|week|month|year|quarter|hour|minute))(?![\\w-])` +
    // "Tuesday nights", "Sunday mornings": that part of every such day (TimeML: XXXX-WXX-2TNI), as "Mondays" is
    `|(${WEEKDAY})\\s+(mornings|afternoons|evenings|nights)(?![\\w-])` +
    // "Monday and Tuesday nights", "Friday, Saturday, and Sunday evenings": the first days share the part (a comma
    // before "and" only after a list: "ran on Monday, and Tuesday nights are quiet" is no list)
    `|(${WEEKDAY})(?=(?:(?:\\s*,\\s*${WEEKDAY})+,?|(?<=,\\s*${WEEKDAY}),)?\\s+(?:and|or|&)\\s+${WEEKDAY}\\s+(mornings|afternoons|evenings|nights)(?![\\w-]))` +
    // "five days a week", "24 hours a day": so much of every such period, a rate (TimeML: P1W), not two lengths
    `|(?:${NUMBER})\\s+(hours|days|nights|weeks|months)\\s+(?:a|an|per|each)\\s+(day|week|month|year)(?![\\w-])(?!\\s+(?:ago|earlier|later|before|after|from|or)\\b)` +
    // "the first Monday of every month", "on the last Friday of each month": every such day (XXXX-WXX-1), as "every
    // Monday" is; "the second Tuesday of the month" alone is one day, the day-in-month parser's
    `|(?:the\\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY})\\s+(?:of|in)\\s+(?:each|every)\\s+month(?![\\w-])` +
    // 16 "on weekdays", "at weekends": every working day (XXXX-WXX-WD), every weekend (XXXX-WXX-WE), as "on Mondays" is
    `|(weekdays|weekends)(?![\\w-])`,
  'i',
);

export class SetParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** At most "several " before one of these. */
  protected override readonly triggerWords = triggers(
    'every each daily weekly monthly annually yearly hourly nightly fortnightly biweekly bimonthly semiannually once twice times mornings afternoons evenings nights hours days weeks months weekdays weekends',
  );
  /** (and "Wednesday, Thursday and Friday " before "nights") */
  override readonly keywordLead = 60;
  /**
   * The first words of a recurrence: "every", "each", an adverb ("bi" of "bi-weekly", "semi" of "semi-annually"),
   * "once", "twice", a count of times or a number (words.ts NUMBER, or digits), a weekday ("Tuesday nights").
   */
  protected override readonly startWords = startWords(
    'every each hourly daily nightly weekly bi biweekly fortnightly monthly bimonthly semi semiannually annually ' +
      `yearly once twice the first second third fourth fifth last ${QUANTITY_START_WORDS} monday tuesday wednesday thursday friday saturday sunday mon tue ` +
      'tues wed thu thur thurs fri sat sun weekdays weekends',
    true,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const [text, , everyNth, amountText, what, dayPart, adverb, perPhrase, perUnit] = match;
    const partDay = match[9] ?? match[11];
    const partWord = match[10] ?? match[12];
    const [shareUnit, rateUnit] = [match[13], match[14]];
    const dayOfEveryMonth = match[15];
    let value: string;
    let skip = 0;
    let length: number | undefined;
    // "the Anchorage Daily News", "The Weekly Standard": a capitalised adverb before a name is part of the name (not
    // in a line of capitals: "THE MONTHLY JOBS REPORT")
    if (
      adverb &&
      /^[A-Z][a-z]/.test(adverb) &&
      /^\s+[A-Z]/.test(context.text.slice(index + text.length, index + text.length + 2))
    )
      return null;
    // "the Israeli daily Haaretz", "the party daily Granma", "the French weekly Le Point": a newspaper and its name
    if (
      adverb &&
      /^(?:daily|weekly)$/.test(adverb) &&
      /^\s+\p{Lu}/u.test(context.text.slice(index + text.length, index + text.length + 3))
    )
      return null;
    if (match[16]) {
      // (after a preposition of a time only: "two weekends", "the weekends of June", "weekdays are quiet" are none)
      if (!/\b(?:on|at|over|during)\s+$/i.test(textBefore(context, index, 8))) return null;
      value = /^weekdays$/i.test(match[16]) ? 'XXXX-WXX-WD' : 'XXXX-WXX-WE';
    } else if (dayOfEveryMonth) {
      const wd = parseWeekday(dayOfEveryMonth);
      if (!wd) return null;
      value = `XXXX-WXX-${wd}`;
    } else if (shareUnit) {
      const share = parseUnit(shareUnit)!;
      const per = parseUnit(rateUnit!)!;
      // a share of a longer period ("three days a week"), not a length per length ("two weeks a week")
      if (UNIT_ORDER.indexOf(share) >= UNIT_ORDER.indexOf(per)) return null;
      value = durationValue(1, per);
    } else if (partDay) {
      const wd = parseWeekday(partDay);
      if (!wd) return null;
      value = `XXXX-WXX-${wd}T${PARTS[partWord!.toLowerCase()]!}`;
    } else if (adverb) {
      value = ADVERBS[adverb.toLowerCase().replace('-', '')]!;
    } else if (perPhrase) {
      value = durationValue(1, parseUnit(perUnit!)!);
      skip = text.length - perPhrase.length;
    } else {
      const w = what!;
      // a weekday in any case ("every monday"); a month capitalised, or spelt out ("each july", not "every may")
      const wd = /^[A-Z]/.test(w) || /^[a-z]+day$/i.test(w) ? parseWeekday(w) : null;
      const weekday = wd !== null && /day|\./i.test(w);
      // "of the month" belongs to a weekday's place in it only ("every day of the month" is every day); "every last
      // Friday" is no "every last day"
      const ofMonth = OF_MONTH_END.exec(text);
      if (everyNth && IN_MONTH_ONLY.test(everyNth) && !weekday) return null;
      const month =
        !wd && (/^[A-Z][a-z]/.test(w) || /^(?!may$|march$|august$)[a-z]{4,}$/i.test(w)) ? parseMonth(w) : null;
      // a part of day belongs to a weekday only ("every Monday night"; "every summer evening" is every summer's)
      if (dayPart && !weekday) length = text.slice(0, -dayPart.length).trimEnd().length;
      else if (ofMonth && !weekday) length = ofMonth.index;
      if (weekday) value = `XXXX-WXX-${wd}${dayPart ? `T${PARTS[`${dayPart.toLowerCase()}s`]!}` : ''}`;
      else if (month) value = `XXXX-${String(month).padStart(2, '0')}`;
      else if (SEASONS[w.toLowerCase()]) value = `XXXX-${SEASONS[w.toLowerCase()]}`;
      else if (/^(morning|evening|night)$/i.test(w))
        value = `XXXX-XX-XXT${w.toLowerCase() === 'morning' ? 'MO' : w.toLowerCase() === 'evening' ? 'EV' : 'NI'}`;
      else if (/^weekend$/i.test(w)) value = 'XXXX-WXX-WE';
      else if (/^weekday$/i.test(w)) value = 'XXXX-WXX-WD';
      else {
        const unit = parseUnit(w);
        if (!unit) return null;
        // "every other week", "every third month": one in two, one in three
        const base = (amountText ? parseNumber(amountText) : 1)! * (everyNth ? NTH[everyNth.toLowerCase()]! : 1);
        const n = base === null ? null : base * unitCount(w); // a fortnight is two weeks
        value = durationValue(n, unit);
      }
    }
    const v = value;
    const said = (length === undefined ? text : text.slice(0, length)).trim();
    return {
      frame: {
        kind: 'set',
        resolve: () => ({ type: 'SET', value: v, why: `"${said}" recurs: ${v}`, anchorable: false }),
      },
      skip,
      ...(length === undefined ? {} : { length }),
    };
  }
}
