/**
 * Values of what recurs: any period of a kind (`XXXX-12`, `XXXX-SP`, `XXXX-Q2`, `XXXX-WXX-2`) and a clock time of
 * every day (`XXXX-XX-XXT09:00`), read by the habitual refiner ("usually in December") and the timetable refiner
 * ("9am to 5pm, Monday to Friday"). Such a reading has no place on the axis.
 */
import type { Frame, Reading } from './frame.js';
import { unplacedReading } from './periods.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';

/**
 * Makes `frame` read as any period of its kind: the year of its reading becomes XXXX, and it is not placed; a clock time
 * of every day is a SET.
 */
export function wrapAsRecurring(frame: Frame, daily = false): void {
  const resolve = frame.resolve;
  frame.resolve = (ctx) => {
    const reading = resolve(ctx);
    const value = reading && recurringValue(reading);
    if (!reading || !value) return reading;
    // a clock time of every day repeats, as "every Tuesday" does (TimeML's SET)
    if (daily)
      return unplacedReading(value, `a time of every day: ${nameOf(value)}, not one day's`, reading.mod, 'SET');
    return unplacedReading(value, `what usually happens: ${nameOf(value)}, not one period on the axis`, reading.mod);
  };
}

const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** "any December", "any year's second quarter", "any Tuesday": the periods a recurring value names. */
function nameOf(value: string): string {
  const part = value.slice(5);
  if (/^\d{2}$/.test(part)) return `any ${MONTH_NAMES[Number(part) - 1]!}`;
  if (part in SEASON_NAMES) return `any ${SEASON_NAMES[part]}`;
  if (part[0] === 'Q') return `any year's ${ORDINALS[Number(part[1]) - 1]} quarter`;
  if (part[0] === 'H') return `any year's ${ORDINALS[Number(part[1]) - 1]} half`;
  if (part.startsWith('XX-XXT')) return `${part.slice(6)} on any day`;
  return `any ${WEEKDAY_NAMES[Number(value.slice(-1)) - 1]}`;
}

/** The value of any period like `reading`'s: XXXX-12, XXXX-SP, XXXX-Q2, XXXX-H1, XXXX-WXX-2; null for others. */
function recurringValue(reading: Reading): string | null {
  const { value, period } = reading;
  if (/^\d{4}-(?:\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])$/.test(value)) return `XXXX${value.slice(4)}`;
  if (reading.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T\d/.test(value)) return `XXXX-XX-XX${value.slice(10)}`;
  if (period?.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const { y, m, d } = period.first;
    return `XXXX-WXX-${new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7}`;
  }
  return null;
}

/** Makes `frame` any such weekday (`XXXX-WXX-1` for Monday), a SET, with the why `why` gives for its value. */
export function wrapAsWeekdaySet(frame: Frame, day: number, why: (value: string) => string): void {
  const value = `XXXX-WXX-${day}`;
  const reason = why(value);
  frame.resolve = () => unplacedReading(value, reason, undefined, 'SET');
}
