/**
 * Quarters and halves: "the third quarter" (2016-Q3), "Q3 2023", "third-quarter", "the fourth quarter of 2015",
 * "this year's first quarter", "the first half", "the June quarter" (the quarter that June ends), and the reporting quarter of business news: "the quarter",
 * "the latest quarter" (the narrative's quarter, else the last completed one), "the year-earlier quarter",
 * "year-ago" (the same quarter a year before).
 * A quarter without a year is the publication year's, or the year before when it has not begun (past tense).
 */
import { halfPeriod, humanDay, quarterPeriod, type Day, type Period } from '../calendar.js';
import type { Frame, ResolveContext } from '../frame.js';
import { dateReading, nearestByTense, periodAt, sideOf, unplacedReading } from '../periods.js';
import { continuesTens, TimexParser, type ParsingContext } from './timex-parser.js';
import { yearOf } from './year-parser.js';
import { startWords, triggers } from '../word-index.js';
import { openingYear, type PhraseAt } from '../opening-year.js';

const ORD = '(first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
/** The year a quarter or half names after it: "of 2023", "2023", "this year", "fiscal 1990" (three groups). */
const YEAR_OF = '(?:\\s+(?:of\\s+)?(?:(\\d{4})|(this|last|next)\\s+year|fiscal\\s+(\\d{4})))';
const NUMBERED = new RegExp(
  "(?:(?:the\\s+)?(?:(?:year-ago|year-earlier|prior-year|comparable|same)\\s+)*(?:(\\d{4})\\s+|(this|last|next)\\s+year's\\s+)?(?:(?:fiscal|calendar)\\s+)?" +
    // "the last half hour", "the first quarter century" are lengths of time, not parts of a year
    `${ORD}(?:\\s+two)?[\\s-]+(?:fiscal\\s+)?(quarters?|qtr|half)(?![\\s-]+(?:centur|hour|an?\\s+hour|decade|day|dozen|mile))` +
    `(?:${YEAR_OF}|\\s+of\\s+the\\s+year(?![\\w-]))?)`,
);
/**
 * "Q3 2023", "Q1 of 2017", "Q2/2020", "Q4 '19", "2023 Q3", "3Q 2023", "H1 2020", "2019-H2". The space before a year
 * belongs to the phrase only with the year ("in Q1 and Q2"), and a spaced dash joins two phrases, not a year and its
 * quarter ("Q1 of 2017 - Q3 of 2018").
 */
const SHORT =
  /(?:Q([1-4])(?:(?:\s+(?:of\s+)?|[-/])?(?:(\d{4})|'(\d{2})))?|(\d{4})(?:\s+|-)?Q([1-4])|([1-4])Q(?!\d{2}(?!\d))\s*(\d{4})?|((?:\d{4}(?:\s+|-)?)?H[12])(?:(?:\s+(?:of\s+)?|[-/])?(\d{4}))?)/;
const REPORTING = new RegExp(
  '(?:the\\s+(\\d{4})\\s+(?:fiscal\\s+)?(?:quarter|period)|the\\s+(?:(?:latest|last|current|recent|most\\s+recent|same|comparable|year-earlier|year-ago|year\\s+earlier|year\\s+ago|prior-year|previous|prior|just-ended|just\\s+ended|fiscal)\\s+)*(quarter|period)|year-(?:earlier|ago))(?![\\w-])',
);
/**
 * The first of two quarters named together: the "first" of "the first and second quarters of 2023",
 * with the year the pair ends on. The second is a numbered phrase of its own ("second quarters of 2023").
 */
const PAIRED_FIRST = new RegExp(
  `${ORD}(?=\\s+(?:and|or|&)\\s+(?:the\\s+)?${ORD}[\\s-]+(?:fiscal\\s+)?(quarters|qtrs)(?![\\w-])${YEAR_OF}?)`,
);
/** The words before the second of a pair: "first and ", "third or the ". */
const PAIRED_SECOND_BEFORE = new RegExp(`${ORD}\\s+(?:and|or|&)\\s+(?:the\\s+)?$`, 'i');
/** "the June quarter", "the September 2024 quarter": a calendar quarter named by the month that ends it. */
const MONTH_ENDED =
  '(?:the\\s+(?<endMonth>march|june|september|sept|december)(?:\\s+(?<endYear>\\d{4}))?\\s+quarter(?![\\w-]))';
/**
 * "3Q24", "1H25": a quarter or a half and its year in two digits, run together as company reports write them (in
 * capitals: read() asks for them). Named groups after all the others: the positions of the others stay.
 */
const COMPACT = '(?:(?<compactNumber>[1-4])(?<compactUnit>[QH])(?<compactYear>\\d{2})(?![\\w]))';
const PATTERN = new RegExp(
  `${NUMBERED.source}|${SHORT.source}|${REPORTING.source}|${PAIRED_FIRST.source}|${MONTH_ENDED}|${COMPACT}`,
  'i',
);
const QUARTER_ENDED_BY: Record<string, number> = { march: 1, june: 2, september: 3, sept: 3, december: 4 };

const ORDINAL_VALUE: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

function relativeYear(which: string | undefined, dct: Day | null): number | null {
  if (!which || !dct) return null;
  const w = which.toLowerCase();
  return dct.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

export class QuarterParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** "quarter", "half", "period", the "Q" of "Q3" and "3Q", the "H" of "H1", "year-earlier", "year-ago". */
  protected override readonly triggerWords = triggers('quarter quarters qtr half period q h earlier ago');
  /** "the year-earlier comparable fiscal fourth two fiscal " before the keyword, at most. */
  override readonly keywordLead = 100;
  /**
   * The first words of a phrase: "the", "year-ago", "prior-year", "comparable", "same", "this year's", "fiscal",
   * "calendar", an ordinal ("first", "1st"), the "Q" of "Q3" and "H" of "H1", or digits ("2023 Q3", "3Q").
   */
  protected override readonly startWords = startWords(
    'the year prior comparable same this last next fiscal calendar first second third fourth final q h',
    true,
  );

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const m = match;
    const phraseAt: PhraseAt = { text: context.text, index };
    if (m[3]) {
      // "the twenty-second quarter in a row": "second" ends another ordinal
      if (continuesTens(context, index + match[0].search(/\S/))) return null;
      // "the first two quarters of 1990" is the first half
      const twoQuarters = /\btwo\s+quarters$/i.test(
        match[0].replace(/\s+(?:of\s+)?(?:\d{4}|(?:this|last|next|the)\s+year|fiscal\s+\d{4})$/i, ''),
      );
      // a plural is "the first two quarters" or the second of a pair ("the first and second quarters")
      const paired = !twoQuarters && PAIRED_SECOND_BEFORE.test(context.text.slice(Math.max(0, index - 20), index));
      if (/quarters$/i.test(m[4]!) !== (twoQuarters || paired)) return null;
      if (twoQuarters && !/^(?:first|last|final|1st)$/i.test(m[3])) return null;
      const kind = twoQuarters || /^h/i.test(m[4]!) ? 'half' : 'quarter';
      const n = ORDINAL_VALUE[m[3].toLowerCase()]!;
      const lastOrFinal = /^(final|last)$/i.test(m[3]);
      if (twoQuarters) {
        const half = lastOrFinal ? 2 : 1;
        const explicit = m[1] ?? m[5] ?? m[7];
        return numberedFrame('half', half, explicit ? Number(explicit) : null, m[2] ?? m[6], match[0], phraseAt);
      }
      if (kind === 'half' && n > 2 && !lastOrFinal) return null; // "the last half of 1989" is H2
      const count = kind === 'half' ? 2 : 4;
      const number = lastOrFinal ? count : n;
      const explicitYear = m[1] ?? m[5] ?? m[7];
      const whichYear = m[2] ?? m[6];
      const frame = numberedFrame(
        kind,
        number,
        explicitYear ? Number(explicitYear) : null,
        whichYear,
        match[0],
        phraseAt,
      );
      return /year[- ](ago|earlier)|prior-year/i.test(match[0]) ? yearBeforeFrame(frame) : frame;
    }
    if (m[8] || m[12] || m[13]) {
      const q = Number(m[8] ?? m[12] ?? m[13]);
      const y = m[9]
        ? Number(m[9])
        : m[10]
          ? 2000 + Number(m[10])
          : m[11]
            ? Number(m[11])
            : m[14]
              ? Number(m[14])
              : null;
      if (m[13] && !m[14]) return null; // "3Q" alone is too ambiguous
      return numberedFrame('quarter', q, y, undefined, match[0]);
    }
    if (m[15]) {
      const yearBefore = /^\d{4}/.exec(m[15])?.[0];
      if (!m[16] === !yearBefore) return null; // "H2" alone is hydrogen more often than a half-year
      const half = Number(m[15].slice(-1));
      return numberedFrame('half', half, Number(m[16] ?? yearBefore), undefined, match[0]);
    }
    if (m[19]) {
      const n = ORDINAL_VALUE[m[19].toLowerCase()]!;
      // "the first and second quarters", never "the second and first"
      if (ORDINAL_VALUE[m[20]!.toLowerCase()]! <= n) return null;
      const explicitYear = m[22] ?? m[24];
      const year = explicitYear ? Number(explicitYear) : null;
      const text = `the ${m[19]} quarter${year ? ` of ${year}` : ''}`;
      return numberedFrame('quarter', n, year, m[23], text, phraseAt);
    }
    const { compactNumber, compactUnit, compactYear } = m.groups!;
    if (compactNumber !== undefined) {
      const half = compactUnit === 'H';
      if ((!half && compactUnit !== 'Q') || (half && Number(compactNumber) > 2)) return null;
      return numberedFrame(half ? 'half' : 'quarter', Number(compactNumber), yearOf(compactYear)!, undefined, match[0]);
    }
    const { endMonth, endYear } = m.groups!;
    if (endMonth) {
      const q = QUARTER_ENDED_BY[endMonth.toLowerCase()]!;
      return numberedFrame('quarter', q, endYear ? Number(endYear) : null, undefined, match[0], phraseAt);
    }
    // the reporting quarter
    const text = match[0].toLowerCase();
    const yearBefore = /year[- ](earlier|ago)|prior-year/.test(text);
    const explicitYear = m[17] ? Number(m[17]) : null;
    if (
      !explicitYear &&
      m[18]?.toLowerCase() === 'period' &&
      !/latest|year|same|comparable|prior|previous|fiscal|just/.test(text)
    )
      return null;
    return {
      kind: 'reporting-quarter',
      resolve: (ctx) => reportingQuarter(ctx, yearBefore, match[0], explicitYear),
    };
  }
}

function numberedFrame(
  kind: 'quarter' | 'half',
  n: number,
  year: number | null,
  whichYear: string | undefined,
  text: string,
  phraseAt: PhraseAt | null = null,
): Frame {
  const frame: Frame = {
    kind,
    resolve: ({ dct, tense, clearTense, anchor, at }) => {
      let y = year ?? relativeYear(whichYear, dct);
      let why = year ? `${text} as written` : whichYear ? `"${whichYear} year" from the publication date` : '';
      // "In 2015, profit fell in the fourth quarter": the year that opens the sentence
      const opening = y === null ? openingYear(anchor, phraseAt, at) : null;
      if (opening !== null) {
        y = opening;
        why = `the year that opens the sentence (${anchor!.id}, ${y})`;
      }
      const make = (yy: number): Period => (kind === 'quarter' ? quarterPeriod(yy, n) : halfPeriod(yy, n));
      if (y === null) {
        if (!dct)
          return unplacedReading(kind === 'quarter' ? `XXXX-Q${n}` : `XXXX-H${n}`, `${text} of an unknown year`);
        const t = frame.tense ?? tense;
        y = nearestByTense(dct, t, make, clearTense);
        const side = sideOf(make(y), dct);
        why = `${t ? `${t} tense` : 'no tense cue'}: the ${kind} of ${y} is the nearest one to ${humanDay(dct)}, ${side === 'around' ? 'under way then' : `${side} it`}`;
      }
      const reading = dateReading(make(y), why);
      if (opening !== null) reading.usedAnchor = true;
      return reading;
    },
  };
  return frame;
}

function reportingQuarter(
  ctx: ResolveContext,
  yearBefore: boolean,
  text: string,
  explicitYear: number | null,
): ReturnType<Frame['resolve']> {
  const { dct, anchor } = ctx;
  let period: Period | null = null;
  let why: string;
  if (anchor && anchor.period.granularity === 'quarter') {
    period = anchor.period;
    why = `the quarter the story is about (${anchor.id})`;
  } else if (dct) {
    period = periodAt('quarter', dct, -1);
    why = `the last completed quarter before ${humanDay(dct)}`;
  } else {
    return unplacedReading('XXXX-QX', `"${text}" needs the publication date`);
  }
  if (explicitYear !== null) {
    period = quarterPeriod(explicitYear, Number(period.value.slice(6)));
    why += `, in ${explicitYear}`;
  } else if (yearBefore) {
    const y = Number(period.value.slice(0, 4)) - 1;
    period = quarterPeriod(y, Number(period.value.slice(6)));
    why += ', a year earlier';
  }
  const reading = dateReading(period, why);
  if (anchor && anchor.period.granularity === 'quarter') reading.usedAnchor = true;
  if (yearBefore) reading.anchorable = false;
  return reading;
}

/** "the year-ago third quarter": the same quarter a year before. */
function yearBeforeFrame(inner: Frame): Frame {
  const frame: Frame = {
    kind: inner.kind,
    resolve: (ctx) => {
      inner.tense = frame.tense ?? null;
      const reading = inner.resolve(ctx);
      if (!reading?.period || reading.period.granularity !== 'quarter') return reading;
      const period = quarterPeriod(Number(reading.value.slice(0, 4)) - 1, Number(reading.value.slice(6)));
      return { ...dateReading(period, `${reading.why}, a year earlier`), anchorable: false };
    },
  };
  return frame;
}
