/**
 * Seasons: "last summer" (2016-SU told in Oct 2016), "this spring", "the current winter", "the winter of 2014",
 * "summer 2015", "early fall"; counted plurals are the season year after year ("the past three summers": SET
 * XXXX-SU, as "Mondays" is every Monday). "Last season", "this season" are mostly a league's season in news
 * (an NBA season straddles two years), not a season of the calendar: no timex. Bare "fall" needs a determiner or a year, since it is mostly a verb; "the fall" needs a preposition
 * before it ("in the fall"), since it is often a noun ("witnessed the fall", "the fall of the junta").
 * Without a year: past tense -> the latest one begun by publication, future -> the next one, present -> the
 * nearer of them.
 */
import { humanDay, seasonOf, seasonPeriod, type Season } from '../calendar.js';
import type { Frame, Tense } from '../frame.js';
import { dateReading, narrowed, unplacedReading } from '../periods.js';
import { parsePointMod, POINT_MOD } from '../words.js';
import { openingYear, type PhraseAt } from '../opening-year.js';
import { inTitleCaseLine } from '../title-case.js';
import { SPOKEN_YEAR_WORDS, spokenYearValue, yearOf } from './year-parser.js';
import { triggers } from '../word-index.js';
import { textAfter, textBefore, TimexParser, type ParsingContext } from './timex-parser.js';

/** A small count of seasons: "two", "three", "several", "5". */
const COUNT_WORD = '\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|few';
const PATTERN = new RegExp(
  `(${POINT_MOD})?(?:(this\\s+past|this\\s+coming|this|that|the\\s+(?:following|next|previous|preceding)|(?:the\\s+)?(?:current|coming)|last|next|past|the)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}|['‘’]\\d{2}(?![\\w'’])|${SPOKEN_YEAR_WORDS})|\\s+of\\s+(?<ofYear>last|this|next)\\s+year(?![\\w'’-]))?` +
    // ("the spring of last year": the season of the year counted from publication)
    // "the winter of 1991-92": a winter written with the two years it spans
    `(?:[-–/](?<yearAfter>\\d{2}(?:\\d{2})?))?(?![\\w-])` +
    // "the past three summers", "the last two winters": the season year after year, as "Mondays" is every Monday
    `|(?<plural>(?:the\\s+)?(?:past|last|previous|next|coming)\\s+(?:${COUNT_WORD})\\s+(?<seasons>summer|autumn|winter)s)(?![\\w-])` +
    // "the 2003 summer heatwave", "the 2019 spring session": the year written before the season
    `|(?:the\\s+)?(?<yearBefore>\\d{4})\\s+(?<seasonAfter>spring|summer|fall|autumn|winter)(?![\\w-])`,
  'i',
);
/** After a year and "fall", the season only before a word of a term ("the 2005 fall semester", not "the 2008 fall in prices"). */
const FALL_TERM_AFTER = /^\s+(?:semester|term|session|season|quarter|classes|sitting|campaign)\b/i;
/**
 * Games named after a season, in any case ("the Winter Olympics", "the summer games"), and things a season names the
 * kind of: "a powerful winter storm", "winter weather", "winter tyres", "the winter vomiting bug".
 */
const KIND_AFTER =
  /^\s+(?:olympics|olympic|games|paralympics|storms?|weather|tyres|tires|coats?|clothing|vomiting|flu|fuel|wheat|crops?)\b/i;
/** Before "the fall" as a season: a preposition of time. */
const PREPOSITION_BEFORE =
  /\b(?:in|by|during|until|till|through|throughout|since|before|after|for|over|from|into|of|around)\s+$/;
/**
 * Bare "spring" that is no season: the verb ("spring into action", "spring up", "spring a surprise"), the
 * source of water or the coil ("a hot spring", "a broken spring"), a name ("the Arab Spring", "Prague Spring").
 */
const SPRING_VERB_AFTER = /^\s+(?:into|up|back|forth|open|free|to\s+life|a\s+(?:surprise|leak|trap))\b/i;
const SPRING_THING_BEFORE =
  /\b(?:hot|thermal|mineral|natural|underground|sacred|broken|coil(?:ed)?|box|leaf|mattress|bed|steel|water)\s+$/i;
/** A capitalised word before "Spring" that makes it a name, unless it is a word of time or a headline's preposition. */
const NAME_BEFORE_SPRING = /\b([A-Z][a-z]+)\s+$/;
const NOT_A_NAME =
  /^(?:In|By|Since|Until|Till|During|Through|From|Before|After|For|Of|Into|This|Last|Next|Past|The|Early|Late|Mid|Until|Each|Every|And|Or|Its|A|An|That|Coming|Current)$/;
const CODE: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

export class SeasonParser extends TimexParser {
  protected readonly regex = PATTERN;
  protected override readonly triggerWords = triggers('spring summer fall autumn winter summers autumns winters');
  /** "the very beginning of the " + "this coming " */
  override readonly keywordLead = 60;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    if (match.groups!.plural) {
      const code = CODE[match.groups!.seasons!.toLowerCase()]!;
      return {
        kind: 'season-set',
        resolve: () => ({
          type: 'SET',
          value: `XXXX-${code}`,
          why: `"${match[0]}": the ${match.groups!.seasons!.toLowerCase()} of several years, each of them`,
          anchorable: false,
        }),
      };
    }
    const [, modText, whichText, seasonAt, yearAt] = match;
    const { yearBefore, seasonAfter } = match.groups!;
    const seasonWord = seasonAt ?? seasonAfter;
    const yearText = yearAt ?? yearBefore;
    const ofYear = match.groups!.ofYear?.toLowerCase();
    const end = index + match[0].length;
    const written = context.text.slice(end, end + 24);
    // a season that opens a name is no season: "the Winter Olympics", "the 2014 Winter Olympics", "the Summer
    // Palace", "Winter Park", "Spring Training" (games and kinds in any case; a capitalised season before a
    // capitalised word, unless it stands alone in a title-case headline)
    if (seasonAfter || (!yearText && !ofYear && (!whichText || /^the$/i.test(whichText)))) {
      if (KIND_AFTER.test(written)) return null;
      if (
        /^[A-Z][a-z]/.test(seasonWord!) &&
        /^\s+[A-Z][a-z]/.test(written) &&
        (seasonAfter !== undefined || !inTitleCaseLine(context.text, index))
      )
        return null;
    }
    // "the 2005 fall semester", not "the 2008 fall in house prices"
    if (seasonAfter && /^fall$/i.test(seasonAfter) && !FALL_TERM_AFTER.test(written)) return null;
    // a second year only after a winter's first, the year after it ("winter of 1991-92", not "summer 2018-19")
    const yearAfter = match.groups!.yearAfter;
    if (yearAfter !== undefined) {
      const first = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      const second = yearAfter.length === 2 ? Math.floor(first / 100) * 100 + Number(yearAfter) : Number(yearAfter);
      if (seasonWord!.toLowerCase() !== 'winter' || (second - first + 100) % 100 !== 1) return null;
    }
    const which = whichText
      ?.toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^the (?=current|coming)/, '')
      .replace('current', 'this');
    const season = CODE[seasonWord!.toLowerCase()]!;
    // ("in the fall of last year"; "The fall of last year was reversed" is a drop)
    if (ofYear && /^fall$/i.test(seasonWord!) && !PREPOSITION_BEFORE.test(textBefore(context, index, 12))) return null;
    if (/^(?:fall|spring)$/i.test(seasonWord!) && !yearText && !ofYear && !modText) {
      if (!which && /^fall$/i.test(seasonWord!)) return null;
      // "the fall" is the season after a preposition ("in the fall", "by the fall"), not "witnessed the fall",
      // "The fall was unsurvivable" or "the fall of the junta"
      const after = textAfter(context, index + match[0].length, 8);
      if (
        which === 'the' &&
        /^fall$/i.test(seasonWord!) &&
        (!PREPOSITION_BEFORE.test(textBefore(context, index, 12)) || /^\s+of\b/.test(after))
      )
        return null;
      // nor "that fall in prices", "that fall from grace", "the water of that spring" (and then not the bare word)
      if (
        (which === 'that' || /\bthat\s+$/.test(textBefore(context, index, 8))) &&
        (/^\s+(?:of|in|from|into|off)\b/.test(after) || /\bof\s+(?:that\s+)?$/.test(textBefore(context, index, 12)))
      )
        return null;
    }
    if (seasonWord!.toLowerCase() === 'spring' && !yearText && !ofYear && !modText && !which) {
      const before = textBefore(context, index, 16);
      // (textBefore is lower-cased: the name needs the case as written)
      const name = NAME_BEFORE_SPRING.exec(context.text.slice(Math.max(0, index - 16), index))?.[1];
      if (/^S/.test(seasonWord!) && name && !NOT_A_NAME.test(name)) return null;
      if (SPRING_THING_BEFORE.test(before)) return null;
      if (!PREPOSITION_BEFORE.test(before) && SPRING_VERB_AFTER.test(textAfter(context, index + match[0].length, 16)))
        return null;
    }
    const pointMod = parsePointMod(modText);
    const phraseAt: PhraseAt = { text: context.text, index };
    // "sales have fallen since the spring": "since" looks back to a season gone, not one only just begun
    const afterSince = /\bsince\s+$/.test(textBefore(context, index, 8));
    const frame: Frame = {
      kind: 'season',
      resolve: ({ dct, tense, anchor, mentioned, at }) => {
        let y = yearText
          ? /^\d/.test(yearText)
            ? Number(yearText)
            : /^['‘’]/.test(yearText)
              ? yearOf(yearText)
              : spokenYearValue(yearText)
          : null;
        let why = `${seasonWord} ${y} as written`;
        if (ofYear && dct) {
          y = dct.y + { last: -1, this: 0, next: 1 }[ofYear as 'last' | 'this' | 'next'];
          why = `the ${seasonWord!.toLowerCase()} of ${ofYear} year, counted from the publication date (${y})`;
        }
        // "Last year, the river flooded in the spring": the year that opens the sentence ("the winter" of a year
        // is the one that starts in its December, as "winter 2015" is)
        const opening = y === null && (!which || which === 'the') ? openingYear(anchor, phraseAt, at) : null;
        if (opening !== null) {
          y = opening;
          why = `the ${seasonWord} of the year that opens the sentence (${anchor!.id}, ${y})`;
        }
        // "arrested in the spring of 2021 and charged that summer": the season of the year last mentioned (a winter
        // is the one under way then: "in January 2010 … that winter" began in December 2009)
        const told = y === null && which === 'that' ? (mentioned ?? anchor) : null;
        if (told) {
          const first = told.period.first;
          y = season === 'WI' && first.m <= 2 ? first.y - 1 : first.y;
          why = `"${match[0].trim()}": the ${seasonWord!.toLowerCase()} of the year last mentioned (${told.id}, ${y})`;
        }
        // "closed in 2009 and reopened the following summer": the first one after the date the story last placed
        const narrated =
          y === null &&
          which &&
          /^the (?:following|next|previous|preceding)$/.test(which) &&
          (frame.tense ?? tense) !== 'future'
            ? anchor
            : null;
        if (narrated) {
          const after = /following|next/.test(which!);
          const edge = (after ? narrated.period.to : narrated.period.from).slice(0, 10);
          for (let year = narrated.period.first.y + (after ? -1 : 1); y === null; year += after ? 1 : -1) {
            const from = seasonPeriod(year, season).from;
            if (after ? from >= edge : from < edge) y = year;
          }
          why = `"${match[0].trim()}": the ${seasonWord!.toLowerCase()} ${after ? 'after' : 'before'} the date in ${narrated.id} (${y})`;
        }
        if (y === null) {
          if (!dct) return unplacedReading(`XXXX-${season}`, `${seasonWord} of an unknown year`, pointMod?.mod);
          const current = seasonOf(dct);
          const now = current.y * 4 + ORDER.indexOf(current.s);
          const sameYear = dct.y * 4 + ORDER.indexOf(season);
          const t = frame.tense ?? tense;
          let k: number;
          if (which === 'this' && season === 'WI') k = thisWinter(now, sameYear, t);
          // "this spring" is the calendar year's, unless the tense says it lies the other way: told in
          // November, "the museum will reopen this spring" is next spring; told in February, "the harvest this
          // summer was poor" last summer
          else if (which === 'this')
            k =
              sameYear < now && t === 'future'
                ? sameYear + 4
                : sameYear > now && t === 'past'
                  ? sameYear - 4
                  : sameYear;
          // the latest one before the season under way, the first one after it ("last winter" told in February is
          // the winter before this one, though this one began in the year before)
          else if (
            which === 'last' ||
            which === 'past' ||
            which === 'this past' ||
            which === 'the previous' ||
            which === 'the preceding'
          )
            k = now - ((((now - sameYear) % 4) + 4) % 4 || 4);
          else if (
            which === 'next' ||
            which === 'coming' ||
            which === 'this coming' ||
            which === 'the following' ||
            which === 'the next'
          )
            k = now + ((((sameYear - now) % 4) + 4) % 4 || 4);
          else if (t === 'future') k = sameYear >= now ? sameYear : sameYear + 4;
          // "we are planning for a tough winter", told in October: in the present, the one under way, else the
          // nearer of the last and the next (a tie, midsummer's winter, is the one ahead)
          else if (t === 'present' || t === 'near') k = nearestSeason(now, sameYear);
          else k = sameYear <= now ? sameYear : sameYear - 4;
          // told in its first month, the season under way is too young for "since" to look back to: the last one
          if (afterSince && !which?.includes('this') && k === now && justBegun(dct, season)) k -= 4;
          y = Math.floor(k / 4);
          why = `"${match[0].trim()}" relative to ${humanDay(dct)}`;
        }
        const period = seasonPeriod(y, season);
        const reading = dateReading(period, why, pointMod?.mod);
        if (pointMod)
          Object.assign(
            reading,
            narrowed(period, pointMod.mod, { relativeToNow: pointMod.relativeToNow, dct, half: pointMod.half }),
          );
        return reading;
      },
    };
    return frame;
  }
}

/** Whether the season `season` under way on `dct` began less than a month before it. */
function justBegun(dct: { y: number; m: number; d: number }, season: Season): boolean {
  const year = season === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  const from = seasonPeriod(year, season).from;
  const days = (Date.UTC(dct.y, dct.m - 1, dct.d) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days < 31;
}

/** The season of `sameYear`'s kind nearest `now` (seasons counted as year * 4 + index): under way, else the nearer side. */
function nearestSeason(now: number, sameYear: number): number {
  const before = now - ((((now - sameYear) % 4) + 4) % 4);
  return before === now || now - before < before + 4 - now ? before : before + 4;
}

/**
 * "this winter" (seasons counted as year * 4 + index): the winter under way, else the one just ended or the
 * one ahead by tense, else the nearer of them (midsummer: the one ahead). Winter straddles two years, so the calendar year alone does not
 * say which: told in March, "this winter was mild" is the winter that just ended.
 */
function thisWinter(now: number, sameYear: number, tense: Tense | null | undefined): number {
  const before = sameYear - 4; // the winter that began in December of the year before
  if (now === before || now === sameYear) return now;
  if (tense === 'past') return before;
  if (tense === 'future') return sameYear;
  return now - before < sameYear - now ? before : sameYear;
}
