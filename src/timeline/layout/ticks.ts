/**
 * Multi-scale axis ticks: the finest calendar unit whose labels do not collide at this zoom, plus a
 * context row one unit up (days under "October 2016", months under "2016").
 */
import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { MS_PER_DAY, MS_PER_YEAR } from './dates.js';
import { dateFormat, formatDate } from './intl.js';
import type { MeasureText } from './labels.js';

/** A tick's label starts this far (px) right of its tick. */
export const TICK_LABEL_OFFSET = 3;
/** Least space (px) between two tick labels. */
const TICK_LABEL_GAP = 4;

export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

interface TickLevel {
  unit: TickUnit;
  step: number;
  /** Approximate length of one step, to pick a level. */
  duration: number;
  interval: TimeInterval;
  /** Narrowest spacing (px) at which this level's labels stay readable. */
  minSpacing: number;
}

function level(
  unit: TickUnit,
  base: CountableTimeInterval,
  step: number,
  unitMs: number,
  minSpacing: number,
): TickLevel {
  const interval = step === 1 ? base : (base.every(step) ?? base);
  return { unit, step, duration: step * unitMs, interval, minSpacing };
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const MONTH = MS_PER_YEAR / 12;

export const TICK_LEVELS: TickLevel[] = [
  ...[1, 5, 15, 30].map((s) => level('minute', utcMinute, s, MINUTE, 64)),
  ...[1, 3, 6, 12].map((s) => level('hour', utcHour, s, HOUR, 56)),
  ...[1, 2].map((s) => level('day', utcDay, s, MS_PER_DAY, 30)),
  level('week', utcMonday, 1, 7 * MS_PER_DAY, 56),
  ...[1, 3].map((s) => level('month', utcMonth, s, MONTH, 40)),
  ...[1, 2, 5, 10, 20, 50, 100].map((s) => level('year', utcYear, s, MS_PER_YEAR, 44)),
];

export interface Tick {
  time: number;
  x: number;
  /** '' where the label would run into its neighbour's or past the right edge. */
  label: string;
  /** On a context-unit boundary (drawn taller). */
  major: boolean;
}

export interface ContextLabel {
  time: number;
  x: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  step: number;
  ticks: Tick[];
  /** Labels of the enclosing unit; the first is the one containing the left edge (pinned at x = 0). */
  context: ContextLabel[];
}

/** The finest level whose steps are at least `minSpacing` px apart at this zoom. */
export function chooseTickLevel(span: number, width: number): TickLevel {
  const pxPerMs = width / Math.max(span, 1);
  return TICK_LEVELS.find((l) => l.duration * pxPerMs >= l.minSpacing) ?? TICK_LEVELS[TICK_LEVELS.length - 1];
}

const CONTEXT: Record<TickUnit, { interval: TimeInterval; format: Intl.DateTimeFormatOptions } | null> = {
  minute: { interval: utcDay, format: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } },
  hour: { interval: utcDay, format: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } },
  day: { interval: utcMonth, format: { month: 'long', year: 'numeric' } },
  week: { interval: utcMonth, format: { month: 'long', year: 'numeric' } },
  month: { interval: utcYear, format: { year: 'numeric' } },
  year: null,
};

const TICK_FORMAT: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  minute: { hour: 'numeric', minute: '2-digit' },
  hour: { hour: 'numeric', minute: '2-digit' },
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

/**
 * Ticks for the visible domain [from, to] drawn across `width` px.
 * @param x maps a time (ms) to a screen x; usually the zoomed scale.
 * @param measure width of a label (px): labels that would touch are left out (see `spaceLabels`)
 */
export function axisTicks(
  from: number,
  to: number,
  width: number,
  x: (t: number) => number,
  lang: string,
  measure: MeasureText,
): AxisTicks {
  const lvl = chooseTickLevel(to - from, width);
  const context = CONTEXT[lvl.unit];
  const ticks: Tick[] = lvl.interval.range(new Date(from), new Date(to + 1)).map((d) => {
    const time = d.getTime();
    return {
      time,
      x: x(time),
      label: formatDate(time, lang, TICK_FORMAT[lvl.unit]),
      major: context ? context.interval.floor(d).getTime() === time : false,
    };
  });
  spaceLabels(ticks, width, measure);
  const contextLabels: ContextLabel[] = [];
  if (context) {
    const first = context.interval.floor(new Date(from)).getTime();
    contextLabels.push({ time: first, x: 0, label: formatDate(first, lang, context.format) });
    for (const d of context.interval.range(new Date(from + 1), new Date(to + 1))) {
      const time = d.getTime();
      contextLabels.push({ time, x: x(time), label: formatDate(time, lang, context.format) });
    }
  }
  return { unit: lvl.unit, step: lvl.step, ticks, context: contextLabels };
}

/**
 * Leaves out the labels that would run into the previous one or past the right edge. Steps of a level
 * are regular, but not at every boundary: days every two days meet at a month's end ("31" then "1"),
 * hours every three at midnight. A label on a boundary of the context unit (the 1st of a month) is
 * kept rather than the one before it.
 */
export function spaceLabels(ticks: Tick[], width: number, measure: MeasureText): void {
  const kept: { index: number; right: number }[] = [];
  for (let i = 0; i < ticks.length; i++) {
    const t = ticks[i];
    const left = t.x + TICK_LABEL_OFFSET;
    const right = left + measure(t.label);
    if (right > width) {
      t.label = '';
      continue;
    }
    while (kept.length && left < kept[kept.length - 1].right + TICK_LABEL_GAP) {
      const previous = ticks[kept[kept.length - 1].index];
      if (!t.major || previous.major) break;
      previous.label = '';
      kept.pop();
    }
    if (kept.length && left < kept[kept.length - 1].right + TICK_LABEL_GAP) {
      t.label = '';
      continue;
    }
    kept.push({ index: i, right });
  }
}

/**
 * Creates the axis formatters for `lang` ahead of use. Each Intl.DateTimeFormat costs about half a
 * millisecond to create in Chromium: created on demand they land in the zoom frame that first shows
 * a unit; created here they land once, in the first render.
 */
export function prepareTickFormats(lang: string): void {
  for (const unit of Object.keys(TICK_FORMAT) as TickUnit[]) {
    dateFormat(lang, TICK_FORMAT[unit]);
    const context = CONTEXT[unit];
    if (context) dateFormat(lang, context.format);
  }
}
