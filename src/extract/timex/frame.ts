/**
 * What our parsers recognise, attached to the match (match.ts): a Frame knows how to turn the phrase
 * into a TIMEX3 reading once the tense of its clause and the narrative anchor are known.
 */
import type { TimexMatch } from './match.js';
import type { Granularity, TimexMod, TimexType } from '../types.js';
import type { Clock, Day, Period } from './calendar.js';

/**
 * Tense of the clause around a phrase: which way an under-specified date points from the publication date.
 * `deadline`: a date after "until" in a past-tense clause ("gave the bank until Friday"): the verb is past
 * but the date it sets usually lies ahead: a weekday is the next one, a month or a day of a month the nearest.
 * `near`: what a past clause looked ahead to ("waited for bargains ahead of Black Friday", "hoped to finish before
 * Christmas", "were told to stay at home on Friday"): after the waiting, the hoping or the asking, which came shortly
 * before publication: the nearest one, on either side.
 */
export type Tense = 'past' | 'present' | 'future' | 'deadline' | 'near';

/** The last placed date of the narrative, for "the previous day", "a week later". */
export interface Anchor {
  id: string;
  period: Period;
  /** Offset in the text just after the anchor's phrase (how far back the narrative placed it). */
  end?: number;
  /** Offset of the anchor's phrase ("In 2015, … in March": a year that opens the sentence). */
  start?: number;
  /**
   * A date after "since" (see Frame.stretchSentenceEnd): where its sentence ends, and the anchor before it. A clock
   * time told after that end is not on it.
   */
  stretch?: { sentenceEnd: number; previous: Anchor | null; pastOnly?: boolean };
}

export interface ResolveContext {
  /** Publication day, or null when unknown. */
  dct: Day | null;
  /** Publication time of day and zone, when `published` carries a time ("2019-03-22T10:35:00-04:00"). */
  clock?: Clock | null;
  tense: Tense | null;
  /**
   * True when the tense is unambiguous for the phrase (tense refiner): past, when the clause's only cues are past
   * and the past verb governs the phrase; future, for a stretch that runs until the date ("runs through June").
   */
  clearTense?: boolean;
  anchor: Anchor | null;
  /**
   * The last day (or finer) the narrative placed, though coarser dates followed it: "posted gains on Friday …
   * jobs lost in March … ending the day" ends Friday.
   */
  day?: Anchor | null;
  /**
   * The last day (or finer) the narrative placed after publication, within NARRATIVE_DAY_REACH: a clock time told in
   * the future after a day of the past ("campaigning began on Monday … polls will open at 7 a.m.") is not on that day.
   */
  aheadDay?: Anchor | null;
  /** The quarter a business story is about: the last quarter named in the preceding ~1500 characters. */
  quarter?: Anchor | null;
  /**
   * The first day (or finer) the story placed on or before publication: the day of its lead event, which "the
   * attack came three days after …" counts from.
   */
  lead?: Anchor | null;
  /**
   * The last date the story mentioned, a point of comparison too ("the largest fire since the 2018 Camp Fire, which
   * burned for days in November of that year"): what "that year" names, where `anchor` skips points of comparison.
   */
  mentioned?: Anchor | null;
  /** Offset of the phrase being resolved in the text. */
  at?: number;
  /** The anchors the story placed before the phrase, in document order ("two weeks before his arrest": which one). */
  placed?: readonly Anchor[];
}

/** A resolved TIMEX3, before ids and offsets are added. */
export interface Reading {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  period?: Period;
  /** Overrides the period's from/to (e.g. "now in its sixth year": a duration placed on the axis). */
  from?: string;
  to?: string;
  granularity?: Granularity;
  why: string;
  /** True when the value was computed from `ResolveContext.anchor`. */
  usedAnchor?: boolean;
  /** The id of the anchor used when it was not `ResolveContext.anchor` (the narrative's day). */
  anchorId?: string;
  /** False for readings that must not become the anchor of later phrases. Default: DATE/TIME with a period. */
  anchorable?: boolean;
  /** A live report's entry stamp: the phrases after it, up to the next one, are told at its time. */
  entryStamp?: boolean;
}

/**
 * Why a phrase is a point of reference, not a date something happened on ("since 2012" in "the highest
 * since 2012", "Monday" in "a week from Monday"): the timex keeps its value (TimeML tags it) but gets no
 * `from`/`to`, so no event is made of it; the narrative may still count from it.
 */
export type Reference = string;

export interface Frame {
  /** Name of what was recognised, for debugging and tests. */
  kind: string;
  /** Set by the tense refiner. */
  tense?: Tense | null;
  /** Set by the tense refiner: see ResolveContext.clearTense. */
  clearTense?: boolean;
  /** Set by a refiner when the phrase is only a point of reference (see Reference). */
  reference?: Reference;
  /**
   * With `reference`: the phrase is one only when it starts before publication. The level a change is measured from
   * lies in the past; "a further 4% from next April" starts a rise, it measures none.
   */
  referenceIfPast?: boolean;
  /**
   * Set by the comparison refiner on a date after "since" that opens a stretch up to now ("have been at the scene since
   * Friday evening"): the offset where its sentence ends. The story's later clock times ("At 4.30pm the company said")
   * are not on that day: the stretch is not an event the story goes on from.
   */
  stretchSentenceEnd?: number;
  /**
   * With `stretchSentenceEnd`: only a clock time told in the past is not on the day ("The deadline is Friday. The
   * minister spoke at 3 p.m."); one told ahead may be ("The vote is on Sunday. Polls will open at 7 a.m.").
   */
  stretchPastOnly?: boolean;
  /**
   * Set by the live-stamp refiner on what may be a live report's entry stamp ("01:00 Polls closed three hours ago"):
   * it resolves against publication, and when its reading is one (Reading.entryStamp), the phrases of its entry, up
   * to the next stamp, are told at its time.
   */
  entryStamp?: boolean;
  /** The reading depends on neither the tense nor the narrative ("2016", "the 1990s", "March 3, 2015"): the
   * tense refiner need not read the clause. */
  timeless?: boolean;
  resolve(ctx: ResolveContext): Reading | null;
}

/** Frames ride on the result under a private symbol (cheaper than a WeakMap with one key per result). */
const FRAME = Symbol('timex-frame');
type WithFrame = TimexMatch & { [FRAME]?: Frame };

export function setFrame<T extends TimexMatch>(result: T, frame: Frame): T {
  (result as WithFrame)[FRAME] = frame;
  return result;
}

export function getFrame(result: TimexMatch): Frame | undefined {
  return (result as WithFrame)[FRAME];
}
