/**
 * Month names, with or without a day and a year: "Oct. 17, 2016", "17 October 2016", "Saturday, April 25",
 * "October 2016", "October of 2016", "early March", "the end of March", "mid-November", "last May",
 * "March last year". Without a year, tense picks it: past -> the most recent one on or before publication,
 * future -> the next one. Not dates: "May" the name and "march" the verb (month names must be capitalised,
 * and "May"/"March" alone need a date context such as "in May"), "Mar-a-Lago".
 */
import {
  dayPeriod,
  daysInMonth,
  epochDay,
  humanDay,
  isoWeekday,
  isValidDay,
  monthPeriod,
  MONTH_NAMES,
  partOfDayPeriod,
  WEEKDAY_NAMES,
  type Day,
  type Period,
} from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import {
  dateReading,
  narrowed,
  nearestByTense,
  sideOf,
  TENSE_PENALTY_DAYS,
  tenseWord,
  unplacedReading,
} from '../periods.js';
import {
  DAY_ORDINAL_START_WORDS,
  DAY_ORDINAL_WORD,
  MONTH_NAME,
  parseDayOrdinal,
  parseMonth,
  parsePointMod,
  parseWeekday,
  POINT_MOD,
  POINT_MOD_START_WORDS,
  THAT_DATE_ENDS,
  WEEKDAY,
  WEEKDAY_SHORT,
} from '../words.js';
import { writesSentencesInLowerCase } from '../../sentences.js';
import { openingYear, type PhraseAt } from '../opening-year.js';
import { textAfter, textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import { PART_OF_DAY } from './day-ref-parser.js';
import { startWords, triggers } from '../word-index.js';
import { SPOKEN_YEAR_WORDS, yearOf } from './year-parser.js';
import { inTitleCaseLine } from '../title-case.js';

const YEAR = `(?<year>\\d{4}|['‘’]\\d{2}|${SPOKEN_YEAR_WORDS})`;
/** "March first", "the 3rd day of": words that would make an ordinal after a month something else. */
const NOT_A_DAY_AFTER =
  '(?![\\w-])(?!\\s+(?:quarter|half|time|round|place|phase|stage|term|lady|class|half|leg|day\\s+of))';
/** After "March the 2nd" as a day: the end of the phrase or a year, not a noun the ordinal counts. */
const ORDINAL_ENDS = `(?=\\s*(?:[.,;:!?)"”’]|$)|\\s+(?:at|in|on|and|or|when|to|through|is|was|will|of|\\d{4})(?![\\w]))`;
/** "Sun Apr 21", "Sat 3 Oct": a weekday cut short with no period counts right before a month. */
const SHORT_WEEKDAY = `${WEEKDAY_SHORT}(?=,?\\s+(?:\\d{1,2}\\s+)?${MONTH_NAME})`;
const PATTERN = new RegExp(
  // "5-Nov-98", "24/Dec/2015", "05.Nov.1998": a date written with one mark between day, month and year
  `(?<dashedDay>\\d{1,2})(?<mark>[-/.])(?<dashedMonth>${MONTH_NAME})\\k<mark>(?<dashedYear>\\d{4}|\\d{2})(?![\\w-]|[/.]\\d)` +
    // "Nov-05-1998", "Sep/23/2020": the same, month first (US order); "Dec-2018", "Dec/2018": a month and its year
    // (a cheap look at the mark first: most months are followed by a space)
    `|(?=[A-Za-z]{3,9}\\.?[-/.]\\d)(?<markedMonth>${MONTH_NAME})(?<monthMark>[-/.])(?:(?<markedDay>\\d{1,2})\\k<monthMark>)?(?<markedYear>\\d{4})(?![\\w-]|[/.]\\d)` +
    `|(?<mod>${POINT_MOD})?` +
    // "this coming Sunday, March 8": the date decides; the words before the weekday belong to the span
    `(?:(?:(?:this\\s+coming|this\\s+past|this|next|last|coming)\\s+)?(?<weekday>${WEEKDAY}|${SHORT_WEEKDAY}),?\\s+)?` +
    // ("that November": the month in the year the story last told)
    // ("the following June": the first June after the date the story last told)
    '(?:(?<which>last|this|next|this\\s+past|this\\s+coming|the\\s+same|that|the\\s+(?:following|previous|preceding))\\s+)?' +
    // "the fourth of July", "the 3rd day of October", "24 December"
    `(?:(?:the\\s+)?(?<dayWordBefore>${DAY_ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))(?:\\s+day)?\\s+of\\s+(?=${MONTH_NAME})` +
    `|(?<dayBefore>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=${MONTH_NAME}))?` +
    // "May. 3, 2013": some datelines put a period after every month, even one not cut short (only before a
    // day and a year: "in May. 3 people died" is two sentences)
    // ("April-June", "29 August- 2 September": a hyphen may join two months; "Mar-a-Lago" is no month)
    `(?<month>${MONTH_NAME})(?:\\.(?=\\s*\\d{1,2},?\\s+\\d{4}(?!\\d)))?(?![\\w]|-(?!\\s?${MONTH_NAME}(?![\\w-])|\\s?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?![\\w-])))` +
    // "May 21", "May twenty-first", "June the second", "February the 15th" (not "In March the 2nd Division"; not
    // the hour of "5 August 5pm": a number with letters glued to it is no day)
    `(?:(?:\\s*|\\s+the\\s+(?=\\d{1,2}(?:st|nd|rd|th)${ORDINAL_ENDS}))(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|[a-z])|\\s+(?:the\\s+)?(?<dayWordAfter>${DAY_ORDINAL_WORD})${NOT_A_DAY_AFTER})?` +
    // ("Dec. 31 , 1994": text split into tokens puts a space before the comma)
    `(?:(?:\\s?,\\s*|\\s+)(?:of\\s+)?${YEAR}(?!\\d|,\\d))?` +
    // "March of last year"; "December of that year", "in June the following year": counted from the story's year
    '(?:,?\\s+(?:of\\s+)?(?<yearWhich>last|this|next|that|the\\s+(?:same|following|previous|preceding))\\s+year)?' +
    // "Dec. 6 morning", "20th December late evening": a part of the day written after it, as after a weekday
    "(?:\\s+(?:(?<partMod>early|late)\\s+)?(?<part>morning|forenoon|afternoon|evening|night)(?![\\w'’-]))?",
  'i',
);

/**
 * Words after which a capitalised "May" or "March" alone is the month (and a month before a dash: "January-March");
 * "for" only after a verb of scheduling ("set for March", not "support for May"); "into" only after a verb of going on
 * ("will last into March", not "walked into May's office").
 */
const MONTH_CONTEXT_BEFORE =
  /\b(?:(?:in|since|until|till|by|during|from|through|throughout|of|before|after|last|this|next|early|late|mid|end|beginning|middle|start|between|and|to|or|(?:last|lasts|lasted|continue|continues|continued|extend|extends|extended|stretch|stretches|stretched|drag|drags|dragged|on|well|deep|far|late)\s+into|(?:set|scheduled|planned|due|slated|pencil{1,2}ed|booked|earmarked|expected|called|fixed)\s+for)\s*-?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–—]\s*)$/;

/**
 * An occasion a month names before its noun: "the March accession", "the May elections", "the March budget", "its
 * March results" (not "the May government", a minister's name).
 */
const OCCASION_AFTER =
  /^\s+(?:elections?|polls?|vote|referendum|budget|summit|meeting|session|conference|congress|deadline|accession|launch|talks|visit|deal|agreement|ceasefire|truce|strike|attacks?|bombings?|protests?|rally|riots?|floods?|storms?|earthquake|crash|coup|census|report|figures|data|numbers|results|earnings|sales|payrolls|quarter|issue|edition|survey|auction|sale|offering|release|hearing|trial|verdict|ruling|decision|announcement|statement|speech)\b/;

/**
 * Prepositions of time before "may", "march", "august" that make it the month, where case cannot tell: in a text
 * written in lower case, or in capitals (a headline: "EXPORTS FELL IN MARCH"); a deadline or a bound ("conclude by
 * may,", "BEFORE AUGUST": no modal follows "by", and the noun "march" takes an article there); and a period's edge
 * ("by the end of march": "the end of the march" has its article).
 */
const CASELESS_MONTH_BEFORE =
  /\b(?:in|since|until|till|during|through|throughout|by|before|after|early|late|mid|(?:end|start|beginning|middle)\s+of)[\s-]+$/i;

/**
 * After such a preposition and the word, what ends a month's phrase: a mark, a number, a preposition, a
 * conjunction, "each/every year" ("in may to review", "since march, prices", "in mid-may each year", "disclosed in may that"); not a
 * noun or a verb ("in august company", "those who chip in may help").
 */
const CASELESS_MONTH_ENDS =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|[^\S\n]*\n|\s+(?:\d|in|at|on|of|and|or|but|when|while|until|through|before|after|during|under|amid|with|for|as|that|each|every|this|last|next|is|was|were|will|had|has|[a-z]{2,}ed)\b)/i;
/**
 * After "march" or "august" so placed, the subject of the clause the month dates ends its phrase too ("in august she
 * moved", "in march the board met", "in march a judge ruled"): neither the verb nor the adjective goes on with a pronoun or an article. Not
 * after "may", whose optative does ("may the best team win").
 */
const CASELESS_MONTH_SUBJECT_AFTER = /^\s+(?:i|we|you|he|she|it|they|the|a|an|his|her|its|their|our)\b/i;

/** After "this may", "last may" as a month: the end of the phrase (a mark, a number, a preposition, a conjunction). */
const MONTH_MAY_ENDS =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:\d|in|at|on|of|and|or|but|when|until|through|to|before|after|during|with|for|is|was)\b)/i;

/** What joins the two months of a range: a dash, "to", "through", "until", "and". */
const MONTH_RANGE_LINK = '(?:[-–—]|\\s(?:to|through|thru|until|till|and))';
/** After the opening month of a range: its closing month ("to december", "and june", "- july"). */
const MONTH_RANGE_CLOSE = new RegExp(`^\\s*${MONTH_RANGE_LINK}\\s*${MONTH_NAME}(?![\\w-])`, 'i');
/** Before the closing month of a range: its opening month ("june to", "may -"). */
const MONTH_RANGE_OPEN = new RegExp(`(?<![\\w-])${MONTH_NAME}\\s*${MONTH_RANGE_LINK}\\s*$`, 'i');

/**
 * "March will be drier", "Forecasters say March should begin dry": "March" as a clause's subject, before an
 * auxiliary or a verb the noun "march" and the verb do not take there (not after an article, a possessive or a
 * name: "the March will go ahead", "Fredric March was").
 */
const MONTH_SUBJECT_AFTER =
  /^\s+(?:will|would|should|could|might|is|was|has|had|saw|sees|brought|brings|began|begins|ended|ends|looks|looked|proved|promises|turned)\b/i;
const NOT_SUBJECT_MONTH_BEFORE =
  /(?:\b(?:the|a|an|this|that|his|her|their|its|our|my|your)\s+|\b[A-Z][a-z]+\s+|\b(?:THE|A|AN|THIS|THAT|HIS|HER|THEIR|ITS|OUR)\s+|[-–—]\s*)$/;
/** In a text that gives no capital: "march" as a subject only at a sentence's start or after a verb of saying. */
const CASELESS_SUBJECT_MONTH_BEFORE = /(?:^|[.!?]["'”’]?\s+|\b(?:say|says|said|expect|expects|predict|predicts)\s+)$/i;

/** Month words that are also common words ("may" the modal, "march" the verb, "august" the adjective). */
const AMBIGUOUS_MONTH = /^(?:may|march|august)$/i;

/** After "this may", "last march": a verb or a determiner, so the word is no month. */
const VERB_AFTER =
  /^\s+(?:be|have|not|also|well|never|still|soon|take|make|lead|come|go|help|cause|seem|the|a|an|on|to|through|in)\b/i;

/** "may or may not", "may or might": the modal offered both ways is never the month. */
const MODAL_OR = /^\s+or\s+(?:may|might|not|could|can|cannot|will|would)\b/i;

/** The part of day at the end of a match, left out when no day of the month comes before it. */
const PART_AFTER = /\s+(?:(?:early|late)\s+)?(?:morning|forenoon|afternoon|evening|night)$/i;

/** A futures contract's month: "for January delivery", "the December contract", "March futures". */
const DELIVERY_AFTER = /^\s+(?:delivery|contracts?|futures)\b/i;
/** A noun right after a month alone: the month tells the noun's time ("the July meeting", "the October lows"). */
const NOUN_AFTER =
  /^[^\S\n]+(?!(?:of|to|and|or|but|in|on|at|for|from|with|by|as|when|while|after|before|until|this|last|next|that|the|a|an|is|was|were|are|will|would|has|had|have|he|she|it|they|we|said|says)\b)[a-z]{3,}/;
/** After a month, the figures of it: "August inflation data", "the July jobs report", "September retail sales figures". */
const FIGURES_AFTER =
  /^[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}(?:data|figures|numbers|statistics|stats|readings?|prints?|(?:jobs|payrolls|inflation|trade|sales|employment)\s+reports?)\b/;
/** Where the words of the figures end ("August inflation data| on Friday"). */
const FIGURES_END = /(?<=\b(?:data|figures|numbers|statistics|stats|readings?|prints?|reports?))\b/;
/**
 * Before such a month (in lower case), a determiner or a possessive, not "it's" (and the "since" before it, in group
 * 1).
 */
const DETERMINER_BEFORE =
  /(\bsince\s+)?\b(?:the|its|their|his|her|our|(?!(?:it|that|there|here|what|who|he|she|let)['’]s)[a-z][\w.&-]*['’]s)\s+$/;

export class MonthParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** Month names and abbreviations as words, in any case (read() asks more of lower-case and capitals). */
  protected override readonly triggerWords = triggers(
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december',
  );
  /** "the very beginning of the " + "Wednesday, " + "this coming " + "the twenty-first day of " */
  override readonly keywordLead = 100;
  /**
   * The first words of a phrase: of a point modifier (words.ts POINT_MOD), "this", "next", "last", "coming", "that",
   * a weekday, "the", a day's ordinal ("fourth", "twenty"), the month itself, or a day in digits ("5-Nov-98", "24
   * December", "3rd").
   */
  protected override readonly startWords = startWords(
    `${POINT_MOD_START_WORDS} ` +
      'this next coming that monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs ' +
      `fri sat sun ${DAY_ORDINAL_START_WORDS} ${this.triggerWords.words.join(' ')}`,
    true,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | FrameMatch | null {
    const g = match.groups!;
    const { mod: modText, weekday: weekdayText, yearWhich } = g;
    const monthText = g.month ?? g.dashedMonth ?? g.markedMonth;
    if (!monthText) return null;
    const month = parseMonth(monthText);
    if (!month) return null;
    // "that November" names the month of the year the story last told; where "that" opens a clause ("said that
    // November was wet") or the month is also a word ("so that may help"), the phrase is the month alone
    let which: string | undefined = g.which;
    let skip = 0;
    if (which && /^that$/i.test(which)) {
      const after = textAfter(context, index + match[0].length, 12);
      // ("may", and a month word in lower case or capitals, also a common word: a mark after it, "that May,")
      const alsoAWord =
        AMBIGUOUS_MONTH.test(monthText) && (!/^[A-Z][a-z]+$/.test(monthText) || /^may$/i.test(monthText));
      const told =
        !g.dayBefore &&
        !g.dayWordBefore &&
        !weekdayText &&
        !modText &&
        !g.year &&
        !yearWhich &&
        THAT_DATE_ENDS.test(after) &&
        (!alsoAWord || /^\s*[,.;:]/.test(after));
      if (!told) {
        skip = match[0].indexOf(monthText);
        which = undefined;
        // (with more before the month, "early that may …", there is no month alone to keep)
        if (!/^that\s+$/i.test(match[0].slice(0, skip))) return null;
      }
    }
    // a day on both sides: "10 Nov 11" is a dateline's day, month and year; but after a written year ("WE 4 /
    // August 16, 2011") or a US-style "Oct." ("won 30-7 Oct. 19") the day is the one after the month, and the
    // number before belongs to something else (null: chrono tries again further on)
    const dayAfterToo = g.dayAfter ?? g.dayWordAfter;
    if ((g.dayBefore ?? g.dayWordBefore) && dayAfterToo && (g.year || g.dayWordAfter || /\.$/.test(monthText)))
      return null;
    // "$12 December 27", "6.31 August 2019", "12:30 December 27": the number before is part of a sum, a decimal or
    // a clock time, no day (null: chrono tries again further on, at the month)
    if ((g.dayBefore || g.dashedDay) && /(?:[$£€¥]\s?|\d[.,:])$/.test(textBefore(context, index, 3))) return null;
    // "3 Feb 82", "10 Nov 11": a number each side of the month; two digits ending the phrase after a day-first date
    // are its year (a dateline's day, month and year); followed by more words they count something ("on 3 Feb 82
    // people were held"): the date ends at the month
    let shortYear: string | undefined;
    let endAt: number | undefined;
    if (g.dayBefore && g.dayAfter && !g.year && !yearWhich) {
      const after = textAfter(context, index + match[0].length, 12);
      if (/^\d\d$/.test(g.dayAfter) && match[0].endsWith(g.dayAfter) && SHORT_YEAR_ENDS.test(after))
        shortYear = g.dayAfter;
      else endAt = match[0].lastIndexOf(monthText) + monthText.length;
    }
    const dayText = g.dayBefore ?? g.dayAfter ?? g.dashedDay ?? g.markedDay;
    const dayWord = g.dayWordBefore ?? g.dayWordAfter;
    const day = dayText ? Number(dayText) : dayWord ? parseDayOrdinal(dayWord) : null;
    if (dayWord && day === null) return null;
    const written = yearOf(g.year ?? g.dashedYear ?? g.markedYear ?? shortYear);
    // "from January to April 2015", "Nov. 18-Dec. 19, 2015", "Sept. 3-5, 2015": the year written once, after the
    // range's closing end, is the opening end's too (the year before when the range runs over New Year)
    const ranged =
      written === null && !which && !yearWhich
        ? closingYear(context.text.slice(index + match[0].length, index + match[0].length + 40), month, day)
        : null;
    const year: number | null = written ?? ranged;
    if (year !== null && (year < 1000 || year > 2199)) return null;
    const bare = !day && !year && !which && !modText && !yearWhich;
    const lower = monthText === monthText.toLowerCase();
    const capitals = !lower && monthText.replace(/\.$/, '').length > 1 && monthText === monthText.toUpperCase();
    const monthStart = index + match[0].indexOf(monthText);
    if (lower || capitals) {
      // case says nothing here (transcripts, headlines): a word that is also a common word, or an
      // abbreviation, counts only with a day, a year, or last/this/next
      const ambiguous = AMBIGUOUS_MONTH.test(monthText);
      const abbreviated =
        parseMonth(monthText) !== null &&
        !/^[a-z]{4,}$/i.test(monthText.replace(/\.$/, '')) &&
        !/^(june|july|may)$/i.test(monthText);
      if ((ambiguous || abbreviated) && !day && !year && !yearWhich) {
        // a text that writes its sentences in lower case, or a headline in capitals, has no capital to tell the
        // month: a preposition of time before it and the end of its phrase after it do ("failed in march", "since
        // may,", "PRICES ROSE IN MARCH")
        const end = index + match[0].length;
        const after = context.text.slice(end, end + 12);
        // ("may to": never the modal; "march to", "august to" may be the verb and the adjective)
        const timePreposition =
          ambiguous &&
          !which &&
          ((CASELESS_MONTH_BEFORE.test(textBefore(context, monthStart, 16)) &&
            (CASELESS_MONTH_ENDS.test(after) ||
              (/^may$/i.test(monthText) ? /^\s+to\b/i.test(after) : CASELESS_MONTH_SUBJECT_AFTER.test(after)))) ||
            // "from may to december", "FROM MARCH THROUGH JUNE": the opening end of a range of months
            (/\b(?:from|between)\s+$/i.test(textBefore(context, monthStart, 10)) &&
              MONTH_RANGE_CLOSE.test(context.text.slice(end, end + 24))) ||
            // "from june to august": the closing end after another month
            MONTH_RANGE_OPEN.test(textBefore(context, monthStart, 24)) ||
            // "forecasters say march will be drier": the month as a clause's subject
            (/^march$/i.test(monthText) &&
              MONTH_SUBJECT_AFTER.test(after) &&
              CASELESS_SUBJECT_MONTH_BEFORE.test(context.text.slice(Math.max(0, monthStart - 12), monthStart)))) &&
          (capitals || writesSentencesInLowerCase(context.text));
        if ((!which && !timePreposition) || abbreviated) return null;
        if (!timePreposition) {
          // "This may or may not work", "Next march": the writer capitalises the word before, so a month would be
          // capitalised too; case tells here
          if (lower && which !== which!.toLowerCase()) return null;
          if (/^may$/i.test(monthText) && MODAL_OR.test(after)) return null;
          // "last march the roof collapsed": after last/next, an article opens the clause the month dates, as no
          // verb "march" or "may" takes one there (not "at last may the best team win")
          const opensClause =
            /^\s+(?:the|a|an)\b/i.test(after) &&
            /^(?:last|next)$/i.test(which!) &&
            !/\bat\s+$/i.test(textBefore(context, index, 4));
          // ("last may to solicit bids": no modal goes on with "to"; "march" and "august" keep it as a verb's)
          const mayTo = /^may$/i.test(monthText) && /^\s+to\b/i.test(after);
          if (VERB_AFTER.test(after) && !opensClause && !mayTo) return null;
          if (/\b(?:the|a|an|his|her|their|its|our|that)\s+$/i.test(textBefore(context, index, 8))) return null;
          // "this may include", "this may well": "may" the modal goes on with a verb; the month ends its phrase
          if (/^may$/i.test(monthText) && !MONTH_MAY_ENDS.test(after) && !opensClause) return null;
        }
      }
    } else if (bare) {
      const short = !/^[A-Z][a-z]+$/.test(monthText) || monthText.length <= 3;
      const ambiguous = /^(may|march)$/i.test(monthText) || short;
      const before = textBefore(context, monthStart, 20); // (lower-cased)
      // "Forecasters say March will be drier": the month as a clause's subject
      const subject =
        monthText === 'March' &&
        MONTH_SUBJECT_AFTER.test(textAfter(context, index + match[0].length, 12)) &&
        !NOT_SUBJECT_MONTH_BEFORE.test(context.text.slice(Math.max(0, monthStart - 16), monthStart));
      if (
        ambiguous &&
        !subject &&
        !MONTH_CONTEXT_BEFORE.test(before) &&
        !(
          DETERMINER_BEFORE.test(textBefore(context, monthStart, 24)) &&
          OCCASION_AFTER.test(textAfter(context, index + match[0].length, 24))
        )
      )
        return null;
      if (/^[A-Z][a-z]{2}$/.test(monthText) && monthText !== 'May') return null; // "Jan" alone is a name more often than January
      // "March As Parties Clash": in a title-case headline a capital after the month opens no name
      if (
        ambiguous &&
        /^\s+[A-Z][a-z]/.test(context.text.slice(index + match[0].length, index + match[0].length + 3)) &&
        (!inTitleCaseLine(context.text, index) || /^\s+Day\b/.test(context.text.slice(index + match[0].length)))
      )
        return null;
    }
    if (day !== null && (day < 1 || day > 31)) return null;
    // a part of day belongs to a day of the month alone: "a December evening", "early May morning" keep the month
    const part = g.part && day !== null && !modText ? PART_OF_DAY[g.part.toLowerCase()] : undefined;
    const length = g.part && !part ? match[0].replace(PART_AFTER, '').length : endAt;
    const partMod = part && g.partMod ? (/^early$/i.test(g.partMod) ? 'START' : 'END') : undefined;
    // "crude for January delivery", "the December contract": a futures month is always ahead
    const delivery =
      !day && !year && !which && !yearWhich && DELIVERY_AFTER.test(textAfter(context, index + match[0].length, 12));
    const pointMod = parsePointMod(modText);
    const phraseAt: PhraseAt = { text: context.text, index };
    // "have risen since March, and will rise again": what runs since a month began before publication, whatever
    // the other verbs of the clause say
    const since = !which && !yearWhich && /\bsince\s+$/i.test(textBefore(context, index, 8));
    // "the Fed's July meeting", "since the October lows": a month alone that names a noun's time; after "since" it
    // is gone by, else the nearest one (a clause ahead of it does not push it a year on: "are awaiting minutes of
    // the Fed's July meeting, due on Thursday", told in September)
    const alone = !day && !year && !which && !yearWhich && !delivery && !since;
    const after = alone ? textAfter(context, index + match[0].length, 40) : '';
    const premodifier = alone && NOUN_AFTER.test(after) ? DETERMINER_BEFORE.exec(textBefore(context, index, 24)) : null;
    const sinceNoun = premodifier?.[1] !== undefined;
    // "August inflation data", "the July jobs report": figures of a month are out only once it has begun (a weak
    // cue: "December data, due in January", told in September, is still the nearest December)
    const figures = alone && !sinceNoun && FIGURES_AFTER.test(after);
    const frame: Frame = {
      kind: 'month',
      // a year written: neither the tense nor the narrative picks it
      timeless: year !== null,
      resolve: ({ dct, tense, clearTense, anchor, mentioned, at }) => {
        let y = year;
        let why = ranged !== null ? `the year written after the range's closing end: ${ranged}` : '';
        let usedAnchor = false;
        let anchorId: string | undefined; // when the date counted from is not the narrative's anchor
        // "In 2015, the bill failed in March", "Last year, talks collapsed in March": the year that opens the
        // sentence is the month's (not "The law, passed in 2015, takes effect in March")
        const opening = y === null && !which && !yearWhich ? openingYear(anchor, phraseAt, at) : null;
        if (opening !== null) {
          y = opening;
          why = `the year that opens the sentence (${anchor!.id}, ${y})`;
          usedAnchor = true;
        }
        // "indicted in the spring of 2022 … that November": the year last mentioned (without one, the tense picks it)
        const thatTold = y === null && which && /^that$/i.test(which) ? (mentioned ?? anchor) : null;
        if (thatTold) {
          y = thatTold.period.first.y;
          why = `"${match[0].slice(skip).trim()}": ${MONTH_NAMES[month - 1]} of the year last mentioned (${thatTold.id}, ${y})`;
          usedAnchor = true;
          if (thatTold !== anchor) anchorId = thatTold.id;
        }
        // "arrested in December 2012 and charged the following June": the first June after the date the story last
        // told (June 2013); "the previous March", the last one before it. Without a date told, they count from
        // publication, as "next June" and "last March" do
        if (y === null && which && SEQUENCE_WHICH.test(which) && anchor) {
          y = sequencedYear(anchor.period, month, day, /following/i.test(which));
          why = `"${which.replace(/\s+/g, ' ')} ${MONTH_NAMES[month - 1]}": counted from the date in ${anchor.id}`;
          usedAnchor = true;
        }
        if (y === null && yearWhich) {
          // "March of last year" counts from publication; "December of that year", "June the following year" from
          // the year the story last placed (without one, "of that year" says nothing: the tense picks it)
          const narrated = /^(?:that|the)/i.test(yearWhich);
          // "that year" names the year last mentioned, though only as a point of comparison
          const told = /^that$/i.test(yearWhich) ? (mentioned ?? anchor) : anchor;
          const base = narrated ? told?.period.first.y : dct?.y;
          const shift = /^(?:last|the\s+previous|the\s+preceding)$/i.test(yearWhich)
            ? -1
            : /^(?:next|the\s+following)$/i.test(yearWhich)
              ? 1
              : 0;
          if (base !== undefined) {
            y = base + shift;
            const said = `"${yearWhich.replace(/\s+/g, ' ')} year"`;
            why = narrated
              ? `${said}: counted from the date in ${told!.id} (${base})`
              : `${said} from the publication date`;
            if (narrated) usedAnchor = true;
            if (narrated && told !== anchor) anchorId = told!.id;
          }
        }
        if (y === null && dct && day !== null && weekdayText && !which) {
          // "Saturday, April 25": the year whose April 25 is a Saturday, when one near publication is
          const agreeing = agreeingYear(dct, month, day, weekdayText);
          if (agreeing !== null) {
            y = agreeing;
            why = `${weekdayText.replace(/\.$/, '')}, ${MONTH_NAMES[month - 1]} ${day}: the year near publication when that day is a ${WEEKDAY_NAMES[parseWeekday(weekdayText)! - 1]}, ${y}`;
          }
        }
        if (y === null && dct) {
          const picked = pickYear(
            dct,
            month,
            day,
            sequenceAsRelative(which?.toLowerCase().replace(/\s+/g, ' ')),
            delivery
              ? 'future'
              : since || sinceNoun || figures
                ? 'past'
                : premodifier && (frame.tense ?? tense) !== 'past'
                  ? 'near'
                  : (frame.tense ?? tense),
            delivery || since || sinceNoun || (clearTense && !figures),
          );
          y = picked.y;
          why = picked.why;
          const told = figures
            ? `figures of a month ("${match[0]}${after.slice(0, after.search(FIGURES_END))}") are mostly out once it has begun`
            : premodifier && !sinceNoun && (frame.tense ?? tense) !== 'past'
              ? `"${match[0]}" tells the time of the noun after it, whatever the clause's tense`
              : null;
          if (told) why = `${told}: ${why.slice(why.indexOf(': ') + 2)}`;
        }
        if (y === null) {
          const value = day
            ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            : `XXXX-${String(month).padStart(2, '0')}`;
          return unplacedReading(
            value,
            `${MONTH_NAMES[month - 1]} of an unknown year (no publication date)`,
            pointMod?.mod,
          );
        }
        if (day !== null && !isValidDay(y, month, day)) return null;
        const period = day
          ? part
            ? partOfDayPeriod({ y, m: month, d: day }, part)
            : dayPeriod({ y, m: month, d: day })
          : monthPeriod(y, month);
        const reading = dateReading(
          period,
          why ||
            (day
              ? `the date as written: ${humanDay({ y, m: month, d: day })}`
              : `${MONTH_NAMES[month - 1]} ${y} as written`),
          pointMod?.mod ?? partMod,
        );
        if (pointMod)
          Object.assign(
            reading,
            narrowed(period, pointMod.mod, {
              relativeToNow: pointMod.relativeToNow,
              dct,
              half: pointMod.half,
            }),
          );
        if (part) reading.type = 'TIME';
        if (usedAnchor) reading.usedAnchor = true;
        if (anchorId) reading.anchorId = anchorId;
        return reading;
      },
    };
    if (length === undefined && skip === 0) return frame;
    return {
      frame,
      skip,
      length: length === undefined ? undefined : length - skip,
    };
  }
}

/**
 * After two digits that may be a year ("3 Feb 82", "we met in 09"): what ends the phrase, so they are its year (a mark,
 * a line's end, a clock time, a preposition or conjunction: "Posted 10 Nov 11 by the desk"); not a noun the number
 * counts ("82 people", "09 minutes").
 */
export const SHORT_YEAR_ENDS =
  /^(?:\s*(?:[.,;:!?)\]"”’]|$)|[^\S\n]*\n|\s+\d{1,2}[:.]\d\d|\s+(?:by|at|in|on|from|to|and|or|but|when|with|for|after|before|until|as)\b)/i;

/**
 * After a month or a date with no year, the closing end of its range or list with a year written: "to April 2015",
 * "-Dec. 19, 2015", "-5, 2015", " and 4, 2015", ", 4 and 5, 2015" (a bare day needs its comma: "to 5 2015 people" is
 * no date).
 */
const RANGE_CLOSE_YEAR = new RegExp(
  // (after the other days of a list: "March 3, 4 and 5, 2015")
  `^(?:\\s*,\\s*(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?!\\d|,\\d))*\\s*(?:[-–—]|,?\\s*(?:to|through|thru|until|till|and|or)(?=\\s))\\s*(?:the\\s+)?` +
    `(?:(?<closeMonth>${MONTH_NAME})(?:\\s+(?:the\\s+)?(?<closeDay>\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?` +
    // "to 12 September 2013": the closing end written day first
    `|(?<closeDayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<closeMonthAfter>${MONTH_NAME}),?\\s+` +
    // "-16 2026" with no comma only where the phrase ends after the year ("to 5 2015 people" counts people)
    `|(?<bareDay>\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+(?=\\d{4}(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:in|at|on|by|and|to|for|from|when|with|after|before)\\b))))` +
    `(?<closeYear>\\d{4})(?![\\d,.]\\d|\\d)`,
  'i',
);

/** The opening end's year from the closing end's written one (`after`: the text after the opening end), or null. */
function closingYear(after: string, month: number, day: number | null): number | null {
  const m = RANGE_CLOSE_YEAR.exec(after);
  if (!m) return null;
  const g = m.groups!;
  const y = Number(g.closeYear);
  if (y < 1000 || y > 2199) return null;
  const closeMonthText = g.closeMonth ?? g.closeMonthAfter;
  const closeMonth = closeMonthText ? parseMonth(closeMonthText) : month;
  if (!closeMonth) return null;
  const closeDay = g.closeDay ?? g.closeDayFirst ?? g.bareDay;
  // a bare closing day closes a range of days: the opening end has its own day
  if (g.bareDay && (day === null || day >= Number(g.bareDay))) return null;
  const opensLater =
    month > closeMonth || (month === closeMonth && day !== null && closeDay !== undefined && day > Number(closeDay));
  return opensLater ? y - 1 : y;
}

/**
 * "Saturday, April 25": the one year of publication's, the one before or the one after, whose day falls on the
 * weekday written; null when none or more than one does.
 */
export function agreeingYear(dct: Day, month: number, d: number, weekdayText: string): number | null {
  const wd = parseWeekday(weekdayText);
  const fits = [dct.y, dct.y - 1, dct.y + 1].filter(
    (y) => isValidDay(y, month, d) && isoWeekday({ y, m: month, d }) === wd,
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** "the following", "the previous", "the preceding" before a month. */
const SEQUENCE_WHICH = /^the\s+(?:following|previous|preceding)$/i;

/** "the following June" told without a date before it reads as "next June"; "the previous June" as "last June". */
function sequenceAsRelative(which: string | undefined): string | undefined {
  if (which === 'the following') return 'next';
  if (which === 'the previous' || which === 'the preceding') return 'last';
  return which;
}

/**
 * The year of the month (and day) that first begins on or after the end of `period` (`following`), or the last that
 * ends on or before its start: December 2012 is followed by June 2013 and preceded by June 2012, as 2012 is by June
 * 2013 and June 2011.
 */
function sequencedYear(period: Period, month: number, day: number | null, following: boolean): number {
  const edge = following ? period.to : period.from;
  const y = +edge.slice(0, 4);
  const m = +edge.slice(5, 7);
  const d = +edge.slice(8, 10) || 1;
  if (following) return month > m || (month === m && (day ?? 1) >= d) ? y : y + 1;
  // (a month ends before the edge's day only if it is an earlier month; a day, if it is an earlier day)
  return month < m || (day !== null && month === m && day < d) ? y : y - 1;
}

/** The year of a month (and day) written without one. */
export function pickYear(
  dct: Day,
  month: number,
  day: number | null,
  which: string | undefined,
  tense: Tense | null | undefined,
  clearTense = false,
): { y: number; why: string } {
  const name = day ? `${MONTH_NAMES[month - 1]} ${day}` : MONTH_NAMES[month - 1]!;
  const key = (y: number): number =>
    day ? epochDay({ y, m: month, d: Math.min(day, 28) }) + (day > 28 ? day - 28 : 0) : y * 12 + month;
  const now = day ? epochDay(dct) : dct.y * 12 + dct.m;
  if (which === 'this' || which === 'the same') return { y: dct.y, why: `"this ${name}": the one of ${dct.y}` };
  if (which === 'last' || which === 'this past') {
    const y = key(dct.y) < now ? dct.y : dct.y - 1;
    return { y, why: `"${which} ${name}": the one before ${humanDay(dct)}` };
  }
  if (which === 'next' || which === 'this coming') {
    const y = key(dct.y) > now ? dct.y : dct.y + 1;
    return { y, why: `"${which} ${name}": the one after ${humanDay(dct)}` };
  }
  if (month === 2 && day === 29) return leapDayYear(dct, tense, clearTense);
  const periodOf = (y: number) =>
    day ? dayPeriod({ y, m: month, d: Math.min(day, daysInMonth(y, month)) }) : monthPeriod(y, month);
  const best = nearestByTense(dct, tense, periodOf, clearTense);
  const side = sideOf(periodOf(best), dct);
  // a weak cue outweighed by nearness: the why says so rather than "past tense … after publication"
  const against = (tense === 'past' && side === 'after') || (tense === 'future' && side === 'before');
  const rel =
    tense === 'past' && clearTense
      ? `the latest one on or ${side === 'around' ? 'around' : 'before'}`
      : tense === 'future' && clearTense
        ? `the first one not over by`
        : `the nearest one${tense && tense !== 'present' && tense !== 'near' && !against ? ' by tense' : ''}, ${side === 'around' ? 'around' : side}`;
  const cue = !tense
    ? 'no tense cue'
    : against
      ? `${tenseWord(tense)} among other cues, too weak to outweigh nearness`
      : tenseWord(tense);
  return { y: best, why: `${cue}: ${name} ${best} is ${rel} ${humanDay(dct)}` };
}

/**
 * The year of "Feb. 29" written without one: a leap year, where the year before, of or after publication may have
 * none (told in 2021, "was born on Feb. 29" is 2020's; told on 10 Feb 2020, "died on Feb. 29" is 2016's). As for any
 * day (`nearestByTense`): the latest by publication or the first after it when the tense is clear, else the nearer,
 * the side the tense rules out counting TENSE_PENALTY_DAYS further away.
 */
function leapDayYear(dct: Day, tense: Tense | null | undefined, clearTense: boolean): { y: number; why: string } {
  const now = epochDay(dct);
  const leapDay = (y: number): number => epochDay({ y, m: 2, d: 29 });
  let before = dct.y;
  while (!isValidDay(before, 2, 29) || leapDay(before) > now) before--;
  let after = dct.y;
  while (!isValidDay(after, 2, 29) || leapDay(after) <= now) after++;
  const costBefore = now - leapDay(before) + (tense === 'future' ? TENSE_PENALTY_DAYS : 0);
  const costAfter = leapDay(after) - now + (tense === 'past' ? TENSE_PENALTY_DAYS : 0);
  const y =
    clearTense && tense === 'past'
      ? before
      : clearTense && tense === 'future'
        ? after
        : costBefore <= costAfter
          ? before
          : after;
  const cue = tense ? tenseWord(tense) : 'no tense cue';
  const side = y === before ? 'on or before' : 'after';
  return {
    y,
    why: `${cue}: February 29 ${y}, a leap day, is the nearest one by tense, ${side} ${humanDay(dct)}`,
  };
}
