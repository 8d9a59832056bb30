/**
 * Clock times told in words, minutes before or after an hour, or after it with a.m. or p.m. ("seven thirty p.m."): "half past three", "a quarter past 3pm" (15:15,
 * not a quarter of a year), "ten minutes to three" (02:50), "quarter to twelve", "twenty after twelve", "a
 * quarter to midnight". Without a.m. or p.m. the hour is as written, and a part of day or a range next to it
 * may still make it p.m. (date-time and clock-range refiners).
 * "Half past" and "a quarter past" say a time wherever they stand; the other forms are also ranges and
 * fractions ("from five to ten", "cut by a quarter to 12"), so they are times only after "at", "until", "it
 * was"… or with a.m./p.m., and never before a noun ("at ten minutes to three goals"). British "half eight" (08:30)
 * is a time after such a word too, or with a.m., p.m. or a part of day ("half ten tonight").
 */
import type { Frame } from '../frame.js';
import { ZONE_WORD } from '../zones.js';
import { HOUR_WORDS, parseNumber, WEEKDAY_ANY_DOT } from '../words.js';
import { hourOf, MERIDIEM as AM_PM, PART, timeFrame } from './time-parser.js';
import { TimexParser, textAfter, textBefore, type ParsingContext } from './timex-parser.js';
import { startWords, triggers } from '../word-index.js';

const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const UNITS = HOUR_WORDS.slice(0, 9).join('|');
const MINUTE_WORD = `twenty(?:[\\s-](?:${UNITS}))?|${TEENS.join('|')}|${[...HOUR_WORDS].reverse().join('|')}`;
const MERIDIEM = `${AM_PM}|o.clock|${PART}`;
/** What may follow a clock time that no noun follows. */
const FOLLOWS = `(?=\\s*(?:$|[.,;:!?)\\]"'’”]|[-–—]\\s|(?:on|at|in|this|that|tonight|tomorrow|today|yesterday|last|and|or|when|as|before|after|local|${ZONE_WORD}|${WEEKDAY_ANY_DOT})(?![\\w])))`;

/** The minutes of "seven thirty", "ten fifteen", "eleven forty-five", "six oh five". */
const MINUTES_AFTER_HOUR = `oh[\\s-](?:${UNITS})|(?:twenty|thirty|forty|fifty)(?:[\\s-](?:${UNITS}))?|ten|eleven|twelve|${TEENS.join('|')}`;
const PATTERN = new RegExp(
  `(?:(?<fraction>(?:a\\s+)?quarter|half)|(?<count>\\d{1,2}|${MINUTE_WORD})(?<unit>\\s+minutes?)?)` +
    `\\s+(?<relation>past|after|to|before|till|of)\\s+` +
    `(?<hour>\\d{1,2}|${HOUR_WORDS.join('|')}|noon|midnight)` +
    `(?:\\s*(?<meridiem>${MERIDIEM})(?![\\w])|(?![\\w:])${FOLLOWS})` +
    // "seven thirty p.m.", "ten-fifteen a.m.": hour and minutes in words, only with a.m. or p.m. (with its dots
    // or "pm": "am" alone is the verb, "ten thirty" alone a count or a score)
    `|(?<spokenHour>${HOUR_WORDS.join('|')})[\\s-](?<spokenMinutes>${MINUTES_AFTER_HOUR})\\s*(?<spokenMeridiem>a\\.\\s?m\\.|p\\.\\s?m\\.?|pm)(?![\\w])` +
    // "at half eight", "half ten tonight": British for half past the hour
    `|half\\s+(?<halfHour>\\d{1,2}|${HOUR_WORDS.join('|')})(?:\\s*(?<halfMeridiem>${MERIDIEM})(?![\\w])|(?![\\w:])${FOLLOWS})`,
  'i',
);

/** A day right after a half hour: "half ten tomorrow", "half seven tonight", "half two on Friday". */
const DAY_AFTER = new RegExp(`^\\s+(?:tomorrow|tonight|today|on\\s+${WEEKDAY_ANY_DOT})(?![\\w])`, 'i');
/** A word before a clock time that says a time of day is meant: "at ten to three", "it was twenty past six". */
const TIME_LEAD =
  /(?:\b(?:at|around|about|approximately|until|till|since|before|after|it\s+(?:is|was))|\bit[’']s)\s+$/i;

export class ClockWordsParser extends TimexParser {
  protected readonly regex = PATTERN;
  /**
   * The relation ("past three", "to 12", "after noon"), "half" ("half eight"), or p.m. ("p.m." is the runs "p" and "m"; "thirtypm" ends in
   * it) and a.m.
   */
  protected override readonly triggerWords = triggers('past after to before till of pm m half', 'pm');
  /** A fraction, a count of minutes, or the hour of "seven thirty p.m.". */
  protected override readonly startWords = startWords(
    `a quarter half twenty ${TEENS.join(' ')} ${HOUR_WORDS.join(' ')}`,
    true,
  );
  /** "a twenty-five minutes" before the relation, at most. */
  override readonly keywordLead = 24;

  protected read(match: RegExpMatchArray, context: ParsingContext, index: number): Frame | null {
    const g = match.groups!;
    if (g.spokenHour) return spokenTime(g.spokenHour, g.spokenMinutes!, g.spokenMeridiem!, match[0]);
    // British "half eight" is "half past eight", a time only where "half past" needs no "past": after "at",
    // "until"… or with a.m., p.m. or a part of day ("cut by half ten years on" is no time)
    const half = g.halfHour !== undefined;
    const meridiem = half ? g.halfMeridiem : g.meridiem;
    const minutes = half ? 30 : g.fraction ? (/quarter/i.test(g.fraction) ? 15 : 30) : parseNumber(g.count!);
    const relation = half ? 'past' : g.relation!.toLowerCase();
    if (minutes === null || minutes < 1 || minutes > 30) return null;
    if (g.fraction && /half/i.test(g.fraction) && relation !== 'past') return null; // "half to" is no English time
    // digits before "to" are a time only with "minutes": "from 5 to 10 p.m." is a range, "won 10 to 2" a score;
    // before "past" or "after", also after "at", "until"… ("at 10 past 2"): no range or score is told so
    if (g.count && /^\d/.test(g.count) && !g.unit) {
      if (relation !== 'past' && relation !== 'after') return null;
      if (!TIME_LEAD.test(textBefore(context, index, 20))) return null;
    }
    const plainPast = g.fraction !== undefined && relation === 'past';
    // ("Meet me half ten tomorrow": a day right after the half hour says a time is meant, as "at" does)
    const dayAfter = half && DAY_AFTER.test(textAfter(context, index + match[0].length, 16));
    if (!plainPast && !meridiem && !dayAfter && !TIME_LEAD.test(textBefore(context, index, 20))) return null;
    const hourText = (g.hour ?? g.halfHour)!.toLowerCase();
    const named = hourText === 'noon' ? 12 : hourText === 'midnight' ? 24 : null;
    const word = HOUR_WORDS.indexOf(hourText);
    const written = named ?? (word >= 0 ? word + 1 : Number(hourText));
    if (named === null && (written < 1 || written > 12)) return null;
    if (named !== null && meridiem) return null; // "noon p.m."
    const hour = named ?? hourOf(written, meridiem);
    const ambiguous = named === null && (!meridiem || /^o.clock$/i.test(meridiem));
    const after = relation === 'past' || relation === 'after';
    // midnight ends a day ("a quarter to midnight" 23:45) and starts the next ("a quarter past midnight" 00:15)
    const total = ((after && hour === 24 ? 0 : hour) * 60 + (after ? minutes : -minutes) + 1440) % 1440;
    let h = Math.floor(total / 60);
    // "ten to one" written without a.m./p.m. is 12:50 as written, not 00:50
    if (ambiguous && h === 0) h = 12;
    const text = match[0].trimEnd();
    return timeFrame({ hour: h, minute: total % 60, ...(ambiguous ? { ambiguous } : {}), text });
  }
}

/** "seven thirty p.m.": 19:30. */
function spokenTime(hourText: string, minutesText: string, meridiem: string, text: string): Frame | null {
  const written = HOUR_WORDS.indexOf(hourText.toLowerCase()) + 1;
  const minute = parseNumber(minutesText.replace(/^oh[\s-]/i, ''));
  if (written < 1 || minute === null || minute < 1 || minute > 59) return null;
  return timeFrame({ hour: hourOf(written, meridiem), minute, text });
}
