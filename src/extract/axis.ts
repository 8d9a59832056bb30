/**
 * What the time axis can draw: real days of years 0000–9999 (the schema's AxisDate) in a non-empty
 * interval. Every event interval is checked here where it is made or moved: an interval that the
 * axis cannot draw ("the past 0 years", the end of a publication day of 31 Dec 9999) makes no event,
 * and a move that would leave the axis is not made.
 */

/** A floating date or date-time of years 0000–9999 (dates from the calendar functions are real days). */
const AXIS_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** Whether [from, to) can go on the time axis: both dates it reads, and not empty. */
export const onAxis = (from: string | undefined, to: string | undefined): boolean =>
  from !== undefined && to !== undefined && AXIS_DATE.test(from) && AXIS_DATE.test(to) && from < to;
