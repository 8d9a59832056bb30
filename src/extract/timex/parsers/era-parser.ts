/**
 * Years and centuries with an era: "753 BC", "1000 B.C.", "in 500 BCE", "the late 5th century B.C.", "AD 79",
 * "300 A.D.". Before Christ, the value carries TIMEX2's "BC" prefix ("BC0753", "BC04" for the fifth century
 * B.C.) and the timex is not placed: the axis reads years 0000–9999, and a year before Christ must never be
 * drawn as the same number after. A year of our era is placed like any year ("AD 79" is 0079).
 */
import { centuryPeriod, pad, yearPeriod } from '../calendar.js';
import type { Frame } from '../frame.js';
import { dateReading, unplacedReading } from '../periods.js';
import { ORDINAL, parseOrdinal, parsePointMod, POINT_MOD } from '../words.js';
import { triggers } from '../word-index.js';
import { TimexParser } from './timex-parser.js';

/** Before Christ in any casing ("bc" is no common word after a number); "AD" and "CE" in capitals only (read()). */
const BEFORE = /^(?:b\.\s?c\.(?:\s?e\.)?|bce?)$/i;
const OUR_ERA = /^(?:A\.\s?D\.|AD|C\.E\.|CE)$/;
const ERA = '(b\\.\\s?c\\.(?:\\s?e\\.)?|bce?|a\\.\\s?d\\.|ad|c\\.e\\.|ce)';
const PATTERN = new RegExp(
  `(\\d{1,4})\\s*${ERA}(?![\\w])` +
    `|(a\\.\\s?d\\.|ad)\\s+(\\d{1,4})(?![\\w.,]\\d|\\d)` +
    `|(?:the\\s+)?(${POINT_MOD})?(?:the\\s+)?(${ORDINAL})[\\s-]+century\\s+${ERA}(?![\\w])`,
  'i',
);

export class EraParser extends TimexParser {
  protected readonly regex = PATTERN;
  /** The era itself ("A.D." by its "D": a trigger "a" would wake the parser at every article), or "century". */
  protected override readonly triggerWords = triggers('bc bce b c e ad d ce century');
  /** "the very beginning of the twenty-first " before "century" */
  override readonly keywordLead = 60;

  protected read(match: RegExpMatchArray): Frame | null {
    const [, yearText, yearEra, adWord, adYear, modText, ordinal, centuryEra] = match;
    const era = (yearEra ?? adWord ?? centuryEra)!;
    const before = BEFORE.test(era);
    if (!before && !OUR_ERA.test(era)) return null; // "300 ad", "the 5th century ce": no era in lower case
    if (yearText || adYear) {
      const year = Number(yearText ?? adYear);
      if (year < 1) return null;
      if (before)
        return { kind: 'year', resolve: () => unplacedReading(`BC${pad(year, 4)}`, `the year ${year} before Christ`) };
      return { kind: 'year', resolve: () => dateReading(yearPeriod(year), `the year ${year} of our era`) };
    }
    const n = parseOrdinal(ordinal!);
    if (n === null || n < 1 || n > 99) return null;
    const mod = parsePointMod(modText)?.mod;
    if (before)
      return {
        kind: 'century',
        resolve: () =>
          unplacedReading(
            `BC${pad(n - 1, 2)}`,
            `the ${ordinal} century before Christ: the years ${n * 100} to ${(n - 1) * 100 + 1} B.C.`,
            mod,
          ),
      };
    return {
      kind: 'century',
      resolve: () => dateReading(centuryPeriod(n - 1), `the ${ordinal} century of our era`, mod),
    };
  }
}
