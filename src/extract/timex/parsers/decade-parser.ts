/**
 * Decades and centuries: "the 1990s" (199), "the late 1970s" (197, END), "the '80s", "the nineties",
 * "the nineteen fifties" (195), "the 21st century" (20), "the nineteenth century" (18).
 */
import { centuryPeriod, decadePeriod, yearPeriod } from '../calendar.js';
import { dateReading, narrowed } from '../periods.js';
import { DAY_ORDINAL_WORD, ORDINAL, parseDayOrdinal, parseOrdinal, parsePointMod, POINT_MOD } from '../words.js';
import { textBefore, TimexParser, type FrameMatch, type ParsingContext } from './timex-parser.js';
import type { TriggerWords } from '../word-index.js';

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURY_WORDS: Record<string, number> = { eighteen: 180, nineteen: 190, twenty: 200 };
const PATTERN = new RegExp(
  // ("the mid-to-late 1990s", "the early to mid 2000s": an edge that runs into another, named before it)
  `(?:the\\s+)?(?:(?<edgeFrom>early|mid)[\\s-]+to[\\s-]+(?=(?:mid|late)[\\s-]))?(${POINT_MOD})?(?:the\\s+)?(?:(1\\d|20)(\\d)0'?s|['‘’](\\d)0s|(?<=\\b(?:the|and|or|early|late|mid)[\\s-]+)(\\d)0s|(?:(eighteen|nineteen|twenty)[\\s-])?(${DECADE_WORDS.join('|')})|(${DAY_ORDINAL_WORD}|${ORDINAL})[\\s-]+century)(?![\\w-])`,
  'i',
);

/** A possessive before a decade said without its century makes it an age ("her late seventies"). */
const POSSESSIVE_BEFORE = /\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$/;

/** Words of weather in the clause before a decade said without its century: it counts degrees. */
const TEMPERATURE_BEFORE =
  /\b(?:temperatures?|temps|degrees|celsius|fahrenheit|highs?|lows?|thermometers?|mercury|heat|warm(?:er|est)?|cool(?:er|est)?|\d+\s?[cf])\b[^.;!?]*$/i;

export class DecadeParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** A decade's word, "century", or the "s" of "1990s", "1990's", "'90s" (word-index.ts). */
  protected override readonly triggerWords: TriggerWords = {
    words: ['century', ...DECADE_WORDS],
    afterNumbers: ['s'],
  };
  /** "the very beginning of the " + "1990" or "twentieth " */
  override readonly keywordLead = 62;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): FrameMatch | null {
    const [text, , modText, centuryDigits, decadeDigit, quotedDigit, bareDigit, centuryWord, word, ordinal] = match;
    // "until her late seventies", "in his 40s", "their twenties": an age, not a decade
    if (!ordinal && !centuryDigits && POSSESSIVE_BEFORE.test(textBefore(context, index, 16))) return null;
    const shortDigit = quotedDigit ?? bareDigit;
    // "temperatures will return to the mid-20s", "highs in the 30s": degrees, not a decade said without its century
    if ((bareDigit || (word && !centuryWord)) && TEMPERATURE_BEFORE.test(textBefore(context, index, 80))) return null;
    const pointMod = parsePointMod(modText);
    const edgeFrom = match.groups!.edgeFrom;
    let period;
    let why: string;
    if (ordinal) {
      // ("the twenty-first century": a compound ordinal, as a day of a month is written)
      const n = parseDayOrdinal(ordinal) ?? parseOrdinal(ordinal);
      if (!n || n > 30) return null;
      if (modText && /turn\b/i.test(modText)) {
        // "the turn of the 20th century": the years around 1900, when it began
        const boundary = (n - 1) * 100;
        return {
          frame: {
            kind: 'century',
            resolve: () => ({
              ...dateReading(yearPeriod(boundary), `"${text}": the years around ${boundary}, when it began`, 'APPROX'),
              from: `${String(boundary - 2).padStart(4, '0')}-01-01`,
              to: `${String(boundary + 3).padStart(4, '0')}-01-01`,
            }),
          },
        };
      }
      period = centuryPeriod(n - 1);
      why = `the ${ordinal} century: the years ${(n - 1) * 100}–${(n - 1) * 100 + 99}`;
    } else if (centuryDigits && decadeDigit === '0' && Number(centuryDigits) < 20) {
      // "the 1800s", "the early 1900s": the century the hundreds open (a reader of "the mid-1800s" thinks of the 1850s,
      // not of 1805); "the 2000s" stays the decade, as it is said
      const century = Number(centuryDigits);
      period = centuryPeriod(century);
      why = `the ${century}00s: the years ${century}00–${century}99`;
    } else {
      const decade = centuryDigits
        ? Number(centuryDigits) * 10 + Number(decadeDigit)
        : shortDigit
          ? (Number(shortDigit) <= 2 ? 200 : 190) + Number(shortDigit)
          : // "the nineteen fifties", "the eighteen-nineties"; "the fifties" alone are the 1900s'
            CENTURY_WORDS[(centuryWord ?? 'nineteen').toLowerCase()]! + 2 + DECADE_WORDS.indexOf(word!.toLowerCase());
      period = decadePeriod(decade);
      why = `the decade ${decade}0–${decade}9`;
    }
    // TimeML keeps "the" out of a bare decade ("1990s") but in a modified one ("the late 1970s").
    const skip =
      !pointMod && !word && !ordinal && /^the\s+/i.test(text) ? text.length - text.replace(/^the\s+/i, '').length : 0;
    const p = period;
    return {
      frame: {
        kind: period.granularity === 'century' ? 'century' : 'decade',
        timeless: true,
        resolve: () => {
          const from = edgeFrom && pointMod ? parsePointMod(edgeFrom) : null;
          if (from) {
            // from the start of the first edge to the end of the second, with no mod (TimeML has none for the two)
            const first = narrowed(p, from.mod, { dct: null });
            const last = narrowed(p, pointMod!.mod, { dct: null });
            return {
              ...dateReading(
                p,
                `${why}, from its ${edgeFrom!.toLowerCase()} to its ${modText!.trim().toLowerCase()} years`,
              ),
              from: first.from,
              to: last.to,
            };
          }
          const reading = dateReading(p, why, pointMod?.mod);
          if (pointMod) Object.assign(reading, narrowed(p, pointMod.mod, { dct: null, half: pointMod.half }));
          return reading;
        },
      },
      skip,
    };
  }
}
