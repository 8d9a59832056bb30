/**
 * What the time axis can draw: real days of years 0000–9999 (the schema's AxisDate) in a non-empty
 * interval. Every event interval is checked here where it is made or moved: an interval that the
 * axis cannot draw ("the past 0 years", the end of a publication day of 31 Dec 9999) makes no event,
 * and a move that would leave the axis is not made.
 */

/** The shape of a floating date or date-time (`d`: a digit 0-9), the first ten characters for a date. */
const AXIS_DATE_SHAPE = 'dddd-dd-ddTdd:dd';

/**
 * Whether `date` is a floating date or date-time of years 0000–9999 (dates from the calendar functions are real
 * days): what `/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/` tests, read by character code (it runs several times for
 * every phrase and event).
 */
function isAxisDate(date: string): boolean {
  const n = date.length;
  if (n !== 10 && n !== AXIS_DATE_SHAPE.length) return false;
  for (let i = 0; i < n; i++) {
    const code = date.charCodeAt(i);
    const shape = AXIS_DATE_SHAPE.charCodeAt(i);
    if (shape === 0x64 ? code < 0x30 || code > 0x39 : code !== shape) return false;
  }
  return true;
}

/** Whether [from, to) can go on the time axis: both dates it reads, and not empty. */
export const onAxis = (from: string | undefined, to: string | undefined): boolean =>
  from !== undefined && to !== undefined && isAxisDate(from) && isAxisDate(to) && from < to;
