/** Word lists and regex fragments shared by the parsers (plain strings, compiled once per parser module). */

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** Hours in words, "one" to "twelve". */
export const HOUR_WORDS = SMALL.slice(1, 13);

/** A number in words below a hundred: "twelve", "forty", "twenty-five", "twenty five". */
const BELOW_HUNDRED = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).reverse().join('|')})`;

/**
 * Hundreds and thousands in words: "two hundred", "five hundred and twelve", "nine hundred ninety", "a hundred
 * and fifty", "twenty-five hundred", "three thousand". Before the words below a hundred, which would otherwise read "five hundred and twelve days" from
 * "twelve".
 */
const HUNDREDS = `(?:(?:${BELOW_HUNDRED}|a)[\\s-]+(?:hundred|thousand)(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?)`;

/** A cardinal number without its half: digits or words ("twenty-five", "a", "an"). */
const WHOLE_NUMBER =
  // "a quarter century", "half-hour": fractions only right before a unit ("a quarter of the dealers" is no number)
  `(?:${HUNDREDS}|(?:a|one|three)[\\s-]+quarters?\\s+of\\s+an?(?=\\s+(?:hour|century)\\b)|(?:a\\s+)?(?:quarter|half)(?=[\\s-]+(?:centur|hour|decade|day|year|minute|month|week))|\\d+-1/2(?=[\\s-])|\\d+\\s+1/2|(?:1/2|1/4|3/4)(?=[\\s-])|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS.slice(2).join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?` +
  `|${SMALL.slice(1).reverse().join('|')}|a|an|one|a half|half an?|a dozen|dozens of|hundreds of)`;

/**
 * The words a quantity of time can start with (the parsers' start words, word-index.ts): of QUANT_MOD ("about",
 * "more than"), of a number in words (WHOLE_NUMBER: "a", "twenty-five", "half", "dozens") and of VAGUE_AMOUNT
 * ("several", "a few"). Numbers in digits are read apart. Keep it in step with those patterns: gating.test.ts
 * finds a word left out.
 */
export const QUANTITY_START_WORDS = [
  ...'about around roughly approximately some almost nearly close more over less under fewer at up no well upwards'.split(
    ' ',
  ),
  ...SMALL.slice(1),
  ...TENS.slice(2),
  ...'a an quarter quarters half dozen dozens hundred hundreds thousand few several couple many number'.split(' '),
].join(' ');

/** A cardinal number: digits or words ("twenty-five", "a", "an"), "and a half" after it; vague amounts are separate. */
export const NUMBER = `${WHOLE_NUMBER}(?:\\s+and\\s+a\\s+half)?`;

/** A half after a number or a unit as people write it: "and a half", "and an half", "and one half", "-and-a-half". */
export const AND_A_HALF = '(?:\\s+and\\s+(?:a|an|one)\\s+half|-and-a-half)';

/**
 * An amount of units: a number with its half written any way ("two and a half", "2 and an half",
 * "two-and-a-half", "2 and one half", "2½"), as the lengths and offsets read it.
 */
export const AMOUNT = `${WHOLE_NUMBER}(?:${AND_A_HALF}|½)?`;

/** "and a half", "-and-a-half", "½" at the end of an amount. */
const HALF_AT_END = /(?: and (?:a|an|one) half|-and-a-half|½)$/;

/** Amounts with no number: "a few", "several", "many". Their duration values carry X ("PXY"). */
export const VAGUE_AMOUNT =
  '(?:a\\s+few|few|several|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|some|many|a\\s+number\\s+of)';

export const ORDINAL = `(?:${ORDINALS.slice(1).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;

export function parseNumber(text: string): number | null {
  const t0 = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // (the cheap tests first: most numbers have no half and no hundreds)
  if ((t0.endsWith('half') || t0.endsWith('½')) && HALF_AT_END.test(t0)) {
    const whole = parseNumber(t0.replace(HALF_AT_END, ''));
    return whole === null ? null : whole + 0.5;
  }
  const t = t0;
  // "two hundred", "five hundred and twelve", "a thousand"
  const hundreds =
    t.includes('hundred') || t.includes('thousand') ? /^(.+?)[ -](hundred|thousand)(?: (?:and )?(.+))?$/.exec(t) : null;
  if (hundreds) {
    const times = parseNumber(hundreds[1]!) ?? 0;
    const rest = hundreds[3] === undefined ? 0 : parseNumber(hundreds[3]);
    if (
      times < 1 ||
      times > 99 ||
      !Number.isInteger(times) ||
      rest === null ||
      !Number.isInteger(rest) ||
      rest < 0 ||
      rest > 99
    )
      return null;
    return times * (hundreds[2] === 'hundred' ? 100 : 1000) + rest;
  }
  if (/^[\d,]+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+ 1\/2$/.test(t)) return Number(t.split(' ')[0]) + 0.5;
  if (/^[13]\/[24]$/.test(t)) return Number(t[0]) / Number(t[2]); // "1/2 hour", "3/4 hour"
  if (t === 'a' || t === 'an' || t === 'one') return 1;
  if (t === 'a half' || t === 'half a' || t === 'half an' || t === 'half') return 0.5;
  if (t === 'a quarter' || t === 'quarter') return 0.25;
  // "a quarter of an hour", "three-quarters of a century"
  const quarters = /^(a|one|three)[ -]quarters? of an?$/.exec(t);
  if (quarters) return quarters[1] === 'three' ? 0.75 : 0.25;
  if (/^\d+-1\/2$/.test(t)) return Number(t.split('-')[0]) + 0.5;
  if (t === 'a dozen') return 12;
  if (t === 'dozens of' || t === 'hundreds of') return null;
  const small = SMALL.indexOf(t);
  if (small >= 0) return small;
  const parts = t.split(/[- ]/);
  const tens = TENS.indexOf(parts[0] ?? '');
  if (tens >= 2) {
    const unit = parts[1] ? SMALL.indexOf(parts[1]) : 0;
    return unit >= 0 && unit < 10 ? tens * 10 + unit : null;
  }
  return null;
}

/** A day of a month as an ordinal word: "first" … "thirty-first" (also "twenty first"). */
export const DAY_ORDINAL_WORD = `(?:(?:twenty|thirty)[\\s-](?:${ORDINALS.slice(1, 10).join('|')})|${ORDINALS.slice(1, 21).reverse().join('|')}|thirtieth)`;

/** The first words of DAY_ORDINAL_WORD ("first" … "twentieth", "twenty", "thirty", "thirtieth"), space-separated. */
export const DAY_ORDINAL_START_WORDS = [...ORDINALS.slice(1, 21), 'twenty', 'thirty', 'thirtieth'].join(' ');

/** 1–31 for "first" … "thirty-first", "twenty first", "21st"; null otherwise. */
export function parseDayOrdinal(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (t === 'thirtieth') return 30;
  const compound = /^(twenty|thirty)[ -](\w+)$/.exec(t);
  if (compound) {
    const unit = ORDINALS.indexOf(compound[2]!);
    const n = unit >= 1 && unit <= 9 ? (compound[1] === 'twenty' ? 20 : 30) + unit : 0;
    return n >= 1 && n <= 31 ? n : null;
  }
  const n = parseOrdinal(t);
  return n !== null && n >= 1 && n <= 31 ? n : null;
}

export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const word = ORDINALS.indexOf(t);
  if (word > 0) return word;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Time units as written, singular or plural, and their abbreviations ("yrs", "wk", "mo.", "qtr", "hrs", "mins"). */
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a)' +
  '|yrs?|qtrs?|wks?|mos|mo\\.|hrs?|mins?|secs?)';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function parseUnit(text: string): Unit | null {
  const t = text.toLowerCase();
  const abbreviated = /^(yr|qtr|wk|mo|hr)s?\.?$/.exec(t);
  if (abbreviated)
    return ({ yr: 'year', qtr: 'quarter', wk: 'week', mo: 'month', hr: 'hour' } as const)[
      abbreviated[1] as 'yr' | 'qtr' | 'wk' | 'mo' | 'hr'
    ];
  if (t.startsWith('sec')) return 'second';
  if (t.startsWith('min')) return 'minute';
  if (t.startsWith('hour')) return 'hour';
  if (t.startsWith('day') || t.startsWith('night')) return 'day';
  if (t.startsWith('fortnight')) return 'week';
  if (t.startsWith('week')) return 'week';
  if (t.startsWith('month')) return 'month';
  if (t.startsWith('quarter')) return 'quarter';
  if (t.startsWith('year')) return 'year';
  if (t.startsWith('decade')) return 'decade';
  if (t.startsWith('centur') || t.startsWith('millenn')) return 'century';
  return null;
}

/** How many of its unit one written unit is: a fortnight is two weeks. */
export function unitCount(text: string): number {
  // a millennium is read in centuries (ten of them)
  return /^fortnight/i.test(text) ? 2 : /^millenni/i.test(text) ? 10 : 1;
}

/** TIMEX3 duration letter of each unit, whether it is a time (PT…), and how many of that letter one unit is. */
const DURATION_CODE: Record<Unit, { letter: string; time?: true; factor: number; vague?: string }> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', factor: 1 },
  week: { letter: 'W', factor: 1 },
  month: { letter: 'M', factor: 1 },
  quarter: { letter: 'Q', factor: 1 },
  year: { letter: 'Y', factor: 1 },
  // A number of decades or centuries is written in years (P10Y), and so is a vague number of decades ("decades-long":
  // PXY, as the TimeML corpora write it); a vague number of centuries keeps its unit (PXC).
  decade: { letter: 'Y', factor: 10 },
  century: { letter: 'Y', factor: 100, vague: 'C' },
};

/**
 * Amount of a unit as a TIMEX3 duration: P3W, PT2H, P10Y (a decade), PXY when vague; whole thousands of years are
 * millennia, P2L ("two thousand years", "two millennia"), as the TimeML corpora write them.
 */
export function durationValue(amount: number | null, unit: Unit): string {
  const { letter, time, factor, vague } = DURATION_CODE[unit];
  const years = amount !== null && letter === 'Y' ? amount * factor : 0;
  if (years >= 1000 && years % 1000 === 0) return `P${years / 1000}L`;
  const body = amount === null ? `X${vague ?? letter}` : `${formatAmount(amount * factor)}${letter}`;
  return splitHalves(`P${time ? 'T' : ''}${body}`);
}

/** "P2.5Y" is written "P2Y6M", "PT1.5H" "PT1H30M", "PT0.75H" "PT45M". */
export function splitHalves(value: string): string {
  if (!value.includes('.')) return value; // (each pattern reads a fraction)
  const whole = (n: string, unit: string) => (n === '0' ? '' : `${n}${unit}`);
  return value
    .replace(/^P(\d+)\.5Y$/, (_, n) => `P${whole(n, 'Y')}6M`)
    .replace(/^PT(\d+)\.5H$/, (_, n) => `PT${whole(n, 'H')}30M`)
    .replace(/^PT(\d+)\.5M$/, (_, n) => `PT${whole(n, 'M')}30S`)
    .replace(/^P(\d+)\.5D$/, (_, n) => (n === '0' ? 'PT12H' : `P${n}DT12H`))
    .replace(/^PT0\.25H$/, 'PT15M')
    .replace(/^PT0\.75H$/, 'PT45M');
}

function formatAmount(x: number): string {
  return Number.isInteger(x) ? String(x) : String(+x.toFixed(2));
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full month names and abbreviations ("Sept.", "Oct"), longest first. */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function parseMonth(text: string): number | null {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')] ?? null;
}

const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A weekday cut short, without its dot: "Mon", "Tues", "Thurs"; alone a word ("sun", "sat"), so callers ask for context. */
export const WEEKDAY_SHORT = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)';
/** A weekday written alone, in any case ("Monday", "FRIDAY"; not "Monday's", "last Monday", "Mon"). */
export const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAY_NAMES})$`, 'i');
/** A weekday, or its abbreviation with a dot ("Sept.", "Tues."). */
export const WEEKDAY = `(?:${WEEKDAY_NAMES}|${WEEKDAY_SHORT}\\.)`;
/** A weekday, or its abbreviation with or without the dot: where what follows already says a time is meant. */
export const WEEKDAY_ANY_DOT = `(?:${WEEKDAY_NAMES}|${WEEKDAY_SHORT}\\.?)`;

export function parseWeekday(text: string): number | null {
  const t = text.toLowerCase().slice(0, 3);
  const i = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(t);
  return i >= 0 ? i + 1 : null;
}

/** Prepositions of a day, right before it: "on Tuesday", "until Friday", "by Mon", "till sat 23rd". */
export const DAY_PREPOSITIONS = 'on|from|until|till|til|by|since|before|after|through|thru';

/**
 * Words that start a span because they modify it ("early", "mid-", "the end of", "end-" as in "by end-2019", "the
 * early part of", "the closing weeks of").
 */
export const POINT_MOD =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:end|close|middle|beginning|start|turn)\\s+of\\s+(?:the\\s+)?|(?:the\\s+)?(?:very\\s+)?(?:early|earlier|opening|first|middle|late|later|latter|closing|final|last)\\s+(?:part|stages?|days|weeks|months|years)\\s+of\\s+(?:the\\s+)?|(?:the\\s+)?(?:first|second|last|latter|final)\\s+half\\s+of\\s+(?:the\\s+)?|early(?:\\s+in)?[\\s-]+|earlier\\s+(?:in\\s+)?|late(?:\\s+in)?[\\s-]+|later\\s+(?:in\\s+)?|mid[\\s-]+|mid-?(?=\\d)|(?:end|start)-(?=\\d|[A-Za-z])|the\\s+middle\\s+of\\s+)';

/** The first words of a POINT_MOD, for the parsers whose phrases may start with one (word-index.ts StartWords). */
export const POINT_MOD_START_WORDS =
  'the very end close middle beginning start turn first second last latter final early earlier late later mid opening closing';

import type { TimexMod } from '../types.js';

/** The TIMEX3 mod of a point modifier, and whether it cuts the period at the publication date. */
export function parsePointMod(
  text: string | undefined,
): { mod: TimexMod; relativeToNow?: 'before' | 'after'; half?: boolean } | null {
  if (!text) return null;
  const t = text.toLowerCase();
  // "the early part of", "the closing weeks of": the adjective tells the edge
  const part = /^(?:the\s+)?(?:very\s+)?([a-z]+)\s+(?:part|stages?|days|weeks|months|years)\s+of\b/.exec(t);
  if (part)
    return { mod: /^(?:early|earlier|opening|first)$/.test(part[1]!) ? 'START' : part[1] === 'middle' ? 'MID' : 'END' };
  if (/^earlier/.test(t)) return { mod: 'START', relativeToNow: 'before' };
  if (/^later/.test(t)) return { mod: 'END', relativeToNow: 'after' };
  if (/^(the\s+)?first\s+half\b/.test(t)) return { mod: 'START', half: true };
  if (/^(the\s+)?(second|last|latter|final)\s+half\b/.test(t)) return { mod: 'END', half: true };
  if (/^(early|(the\s+)?(very\s+)?(beginning|start)\b)/.test(t)) return { mod: 'START' };
  if (/^(late|(the\s+)?(very\s+)?(end|close|turn)\b)/.test(t)) return { mod: 'END' };
  if (/^(mid|(the\s+)?middle)/.test(t)) return { mod: 'MID' };
  return null;
}

/** Between the items of a list of dates: ", ", " and ", ", and ", " or ", " & ". */
export const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/i;
/** The join before a list's last item: "and", "or", "&". */
export const CLOSES_LIST = /(?:\b(?:and|or)|&)\s*$/i;

/**
 * After "the year", "the month": an event it is counted from or named by ("the year after she took office", "the
 * first day of the month following ratification", "the year when"), not the publication's.
 */
export const EVENT_COUNTED_AFTER = /^\s+(?:after|following|before|preceding|when|in\s+which)\b/i;

/**
 * Approximation and comparison words before an amount ("about", "more than", "nearly"). Focus words ("just",
 * "only", "barely": "just two weeks") are not part of the expression, as TimeML tags it.
 */
export const QUANT_MOD =
  '(?:about|around|roughly|approximately|some|almost|nearly|close\\s+to|more\\s+than|over|less\\s+than|under|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|well\\s+over|upwards\\s+of)';

export function parseQuantMod(text: string | undefined): TimexMod | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (['about', 'around', 'roughly', 'approximately', 'some'].includes(t)) return 'APPROX';
  if (['almost', 'nearly', 'close to'].includes(t)) return 'LESS_THAN';
  if (['more than', 'over', 'well over', 'upwards of'].includes(t)) return 'MORE_THAN';
  if (['less than', 'under', 'fewer than'].includes(t)) return 'LESS_THAN';
  if (['at least', 'no less than'].includes(t)) return 'EQUAL_OR_MORE';
  if (['at most', 'up to', 'no more than'].includes(t)) return 'EQUAL_OR_LESS';
  return undefined;
}

/** Number words, for years said in words (the year parser). */
export const TEEN_WORDS = SMALL.slice(10, 20);
export const DECADE_WORDS = TENS;
/** '' for zero: "nineteen ninety" has no unit word. */
export const DIGIT_WORDS = ['', ...SMALL.slice(1, 10)];

/**
 * A past participle after "have" (pattern source, no groups): "would have funded", "could have been", "might have
 * kept". The tense refiner reads a modal and it as a past ("may have been"), not a future; the event builder as what did
 * not happen ("would have funded agencies until March"). Not "have" of having: "would have about 200 staff".
 */
export const PAST_PARTICIPLE =
  '(?:been|had|done|gone|made|seen|run|held|sold|told|paid|stood|won|led|begun|hung|struck|stuck|got|come|become|' +
  'kept|left|lost|spent|sent|met|built|meant|felt|cut|shut|put|set|let|hit|bought|brought|thought|caught|taught|' +
  'fought|sought|said|found|heard|spread|cost|hurt|read|shot|fled|laid|dealt|understood|[a-z]+(?:ed|en|wn))(?![\\w-])';

/**
 * Before a date, a stretch that opens at publication: "between now and (the) weekend", "from now until Sunday", "now
 * through March", "from now til Friday". The tense refiner reads the date as ahead whatever the verb; the event builder
 * draws the stretch from publication to it.
 */
export const NOW_TO_BEFORE =
  /\b(?:between\s+now\s+and|(?:from\s+)?now\s+(?:to|until|till|til|through|thru))\s+(?:the\s+)?$/i;

/**
 * Between a period and the date that ends it: "the year ended Sept. 30", "the 12 months to September", "the quarter,
 * which ended Dec. 30", "the six months through June" (the quarter-ended refiner, the durations and the event builder
 * read it).
 */
export const ENDS_WITH_NEXT =
  /^,?\s+(?:ended|ending|ends|(?:that|which)\s+(?:ended|ends|will\s+end)|to|through)\s+(?:on\s+|in\s+)?$/i;

/**
 * After "that November", "that Friday" as the one of the date the story last told: the end of the phrase or a clause
 * it opens ("indicted that November.", "That Friday, the governor …", "that March the roof fell"); not a verb or a
 * noun ("said that Friday would be a holiday", "that November sales rose": there "that" opens a clause).
 */
export const THAT_DATE_ENDS =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|[^\S\n]*\n|\s+(?:\d|in|at|on|of|and|or|but|when|while|as|after|before|until|the|a|an|he|she|it|they|we|i|his|her|its|their|our|there)\b)/i;

/**
 * A relative clause set off by a comma, up to its next mark: ", who will remain", ", which formed last Thursday". A day
 * told in it is its noun's (the tense refiner reads its verbs apart; a clock time after it is not on that day).
 */
export const RELATIVE_ASIDE_OPENING = ',\\s*(?:who|which|whose)\\b[^,;:!?]*';

/**
 * A past state that ended on the date after "until" ("stayed closed until Monday", "remained in custody till Friday",
 * "the party went on until midnight Sunday", "the road was closed until 6pm on Friday", "police kept the area sealed
 * off until Friday", "the curfew was in force until Sunday"): the stretch is told as over, no deadline ahead. A state
 * told with "was"/"kept" is one of being closed, open or in force, not a sentence or an order ("was remanded until
 * Friday", "was banned until May" run on); nor "was" after a verb of saying, whose past may be the present said
 * ("officials said the bridge was closed until Monday").
 */
export const PAST_STATE_UNTIL =
  /\b(?:(?:stayed|remained|lasted|continued|ran|went\s+on|carried\s+on|kept\s+going)\b(?:\s+[a-z'’-]+){0,3}|(?:(?<!\b(?:said|says|told|announced|confirmed|warned|added|stated)\b(?:\s+[\w'’-]+){0,5}\s+)(?:was|were)(?:\s+[a-z]+ly)?|kept(?:\s+[a-z'’-]+){1,3})\s+(?:closed|shut|sealed|cordoned|blocked|locked|open|evacuated|off-limits|in\s+(?:force|place|effect))\b(?:\s+(?!(?:and|but|or|will|would|could|may|might|should|is|are)\b)[a-z'’-]+){0,3})\s+(?:until|till|til)\s+$/i;
