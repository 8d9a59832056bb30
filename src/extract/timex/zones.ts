/**
 * Time zones as news writes them after a clock time ("3 p.m. EST", "18:00 UTC", "6:40 p.m. (GMT +8)"): their
 * UTC offset in minutes. The US names without S or D ("ET", "PT") follow US daylight saving time on the day
 * the time falls on, as a city's clock does ("3 p.m. Athens time": European summer time). Plain integer arithmetic
 * on the calendar day: no Date in local time, no clock.
 */
import { addDays, daysInMonth, epochDay, isoWeekday, type Day } from './calendar.js';

/** Fixed offsets, in minutes east of UTC. */
const FIXED: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** Standard offsets of the US zones written without S or D ("ET"), shifted an hour in daylight saving time. */
const US_GENERIC: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** Daylight saving rules: the European Union's (last Sunday of March to last Sunday of October) or the US's. */
type DaylightRule = 'EU' | 'US';

/**
 * Cities news names a clock by ("3 p.m. Athens time", "10 a.m. New York time"): standard offset in minutes east
 * of UTC and the daylight saving rule they follow, if any.
 */
const CITY_ZONES: Record<string, [number, DaylightRule?]> = {
  London: [0, 'EU'],
  Dublin: [0, 'EU'],
  Lisbon: [0, 'EU'],
  Paris: [60, 'EU'],
  Berlin: [60, 'EU'],
  Brussels: [60, 'EU'],
  Madrid: [60, 'EU'],
  Rome: [60, 'EU'],
  Amsterdam: [60, 'EU'],
  Vienna: [60, 'EU'],
  Geneva: [60, 'EU'],
  Zurich: [60, 'EU'],
  Frankfurt: [60, 'EU'],
  Stockholm: [60, 'EU'],
  Warsaw: [60, 'EU'],
  Prague: [60, 'EU'],
  Athens: [120, 'EU'],
  Helsinki: [120, 'EU'],
  Kyiv: [120, 'EU'],
  Kiev: [120, 'EU'],
  Bucharest: [120, 'EU'],
  Istanbul: [180],
  Moscow: [180],
  Nairobi: [180],
  Riyadh: [180],
  Baghdad: [180],
  Dubai: [240],
  Delhi: [330],
  'New Delhi': [330],
  Mumbai: [330],
  Bangkok: [420],
  Jakarta: [420],
  Beijing: [480],
  'Hong Kong': [480],
  Singapore: [480],
  Taipei: [480],
  Manila: [480],
  Tokyo: [540],
  Seoul: [540],
  'New York': [-300, 'US'],
  Washington: [-300, 'US'],
  Chicago: [-360, 'US'],
  Denver: [-420, 'US'],
  'Los Angeles': [-480, 'US'],
  'San Francisco': [-480, 'US'],
};
/** The cities by their name in capitals without spaces, as zoneOffset reads a zone. */
const CITY_BY_KEY = new Map(
  Object.entries(CITY_ZONES).map(([name, zone]) => [name.toUpperCase().replace(/\s/g, ''), zone]),
);

/** "Athens time", "New York time": a clock named by its city (for the time parser's pattern). */
export const CITY_TIME = `(?:${Object.keys(CITY_ZONES)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(' ', '\\s+'))
  .join('|')})\\s+time(?![\\w])`;

/** Zone abbreviations a time may carry, in lower case ("z" among them: "0735Z"). */
export const ZONE_NAMES = [...Object.keys(FIXED), ...Object.keys(US_GENERIC)].map((z) => z.toLowerCase());

/** Zone abbreviations a time may carry (for the parsers' patterns). */
export const ZONE_NAME = `(?:${[...Object.keys(FIXED), ...Object.keys(US_GENERIC)]
  .filter((z) => z !== 'Z')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** A zone written after a clock time, GMT and UTC among them ("8 GMT", "9:30 EST"), as a whole word. */
export const ZONE_WORD = `(?:GMT|UTC|${ZONE_NAME})(?![\\w])`;

/** The n-th Sunday of a month (n = -1: the last one). */
function sunday(y: number, m: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -(isoWeekday(last) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((7 - isoWeekday(first)) % 7) + (n - 1) * 7);
}

/** Whether US daylight saving time is in force on `day` (the rules of 2007, 1987 and 1967). */
export function usDaylightSaving(day: Day): boolean {
  const [start, end] =
    day.y >= 2007
      ? [sunday(day.y, 3, 2), sunday(day.y, 11, 1)]
      : day.y >= 1987
        ? [sunday(day.y, 4, 1), sunday(day.y, 10, -1)]
        : [sunday(day.y, 4, -1), sunday(day.y, 10, -1)];
  const n = epochDay(day);
  return n >= epochDay(start) && n < epochDay(end);
}

/**
 * The UTC offset (minutes) of a zone as written: "EST", "ET" (by `day`), "GMT+8", "UTC-05:30"; null for a
 * zone we do not know (then the time keeps no offset).
 */
export function zoneOffset(zone: string, day: Day): number | null {
  const z = zone.toUpperCase().replace(/[()\s]/g, '');
  const shifted = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (shifted) {
    const minutes = Number(shifted[2]) * 60 + Number(shifted[3] ?? 0);
    return minutes > 14 * 60 ? null : shifted[1] === '-' ? -minutes : minutes;
  }
  if (z in FIXED) return FIXED[z]!;
  if (z in US_GENERIC) return US_GENERIC[z]! + (usDaylightSaving(day) ? 60 : 0);
  const city = z.endsWith('TIME') ? CITY_BY_KEY.get(z.slice(0, -4)) : undefined;
  if (city) {
    const [standard, rule] = city;
    const summer = rule === 'US' ? usDaylightSaving(day) : rule === 'EU' && euSummerTime(day);
    return standard + (summer ? 60 : 0);
  }
  return null;
}

/** Whether European summer time is in force on `day`: from the last Sunday of March to the last of October. */
export function euSummerTime(day: Day): boolean {
  const n = epochDay(day);
  return n >= epochDay(sunday(day.y, 3, -1)) && n < epochDay(sunday(day.y, 10, -1));
}

/**
 * US zones and the UK's clock in words: "8 p.m. Eastern time", "Pacific Standard Time", "3pm UK time". A US zone's
 * name alone, as US news writes it ("at 9 a.m. Eastern on Friday", "8 p.m. Pacific."), only where its phrase ends: not
 * "9:30 Central Park", "8 p.m. eastern kentucky".
 */
export const ZONE_IN_WORDS =
  '(?:eastern|central|mountain|pacific)(?:\\s+(?:standard|daylight))?\\s+time(?![\\w])|(?:uk|british)\\s+time(?![\\w])' +
  '|(?:british\\s+summer|greenwich\\s+mean|(?:central|eastern|western)\\s+european(?:\\s+summer)?)\\s+time(?![\\w])' +
  '|(?:eastern|central|mountain|pacific)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:on|and|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)';
const US_ZONE_LETTER: Record<string, string> = { eastern: 'E', central: 'C', mountain: 'M', pacific: 'P' };

/**
 * The zone a name in words stands for: "Eastern time" and "Eastern" ET, "Pacific Standard Time" PST, "UK time" London's, "British
 * Summer Time" BST, "Central European Time" CET (in any case: "10am british summer time").
 */
export function zoneOfWords(zone: string): string {
  const us = /^(eastern|central|mountain|pacific)(?:(?:\s+(standard|daylight))?\s+time)?$/i.exec(zone);
  if (us) return `${US_ZONE_LETTER[us[1]!.toLowerCase()]}${us[2] ? (/^s/i.test(us[2]) ? 'S' : 'D') : ''}T`;
  if (/^(?:uk|british)\s+time$/i.test(zone)) return 'London time';
  // "British Summer Time" BST, "Central European Summer Time" CEST, "Greenwich Mean Time" GMT
  const named =
    /^(?:(british)\s+summer|(greenwich)\s+mean|(central|eastern|western)\s+european(\s+summer)?)\s+time$/i.exec(zone);
  if (!named) return zone;
  if (named[1]) return 'BST';
  if (named[2]) return 'GMT';
  return `${named[3]![0]!.toUpperCase()}E${named[4] ? 'S' : ''}T`;
}
