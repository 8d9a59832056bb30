/**
 * Turns the refined phrase matches into TIMEX3 timexes, in document order: each Frame resolves against the
 * publication day, the tense of its clause and the narrative anchor (the last placed date before it), and
 * the anchor moves on as the story does (comparisons such as "a year earlier" do not move it). A phrase a
 * refiner marked as a point of reference keeps its value but gets no place on the axis, and the story does not
 * go on from it ("their first win since August 26 … early in the second half": the game is today's).
 */
import type { TimexMatch } from './match.js';
import { epochDay, parseIsoDay, type Clock, type Day } from './calendar.js';
import { getFrame, type Anchor, type Reading, type Tense } from './frame.js';
import { isDayOrFiner, NARRATIVE_DAY_REACH } from './periods.js';
// (dates the axis reads are years 0000–9999: a count too large gives NaN or a year beyond them)
import { onAxis } from '../axis.js';
import type { Timex } from '../types.js';

/**
 * The tense of each timex's clause as the tense refiner read it ("said revenue would rise in the fourth quarter":
 * future), for the event builder, which reads the timexes of a text right after them; kept aside, not in the output.
 * A Map made anew for each text (it holds the last text's timexes until the next one is read): a WeakMap's entry cost
 * about ten times as much, some 1% of an extraction.
 */
let clauseTenses = new Map<Timex, Tense>();

/** The tense the clause of `timex` was read in, when one was (`timex` of the text read last). */
export function clauseTenseOf(timex: Timex): Tense | undefined {
  return clauseTenses.get(timex);
}

/** How a reading's why names the time it counts from. */
const PUBLICATION_IN_WHY = /\b(?:the )?publication(?: time)?\b/g;

/** How far a named quarter stays the subject of "a year ago" comparisons. */
const QUARTER_FOCUS_CHARS = 1500;

export function normalise(results: TimexMatch[], dct: Day | null, clock: Clock | null = null): Timex[] {
  clauseTenses = new Map();
  const timexes: Timex[] = [];
  let anchor: Anchor | null = null;
  // the last date mentioned, a point of comparison too: what "that year" names
  let mentioned: Anchor | null = null;
  let quarter: { anchor: Anchor; end: number } | null = null;
  let day: Anchor | null = null;
  // the last day the story placed on or before publication: a clause told in the past counts from it, not from a
  // day the story has just looked forward to ("advances to play Saturday. … just 18 hours earlier, Drake beat …")
  let pastDay: Anchor | null = null;
  // the first day the story placed on or before publication: its lead event
  let lead: Anchor | null = null;
  // the last day the story placed after publication: a clause told in the future may go on with it
  let aheadDay: Anchor | null = null;
  // every anchor in turn, for a phrase that names the event of one ("two weeks before his arrest")
  const placedAnchors: Anchor[] = [];
  // a live report's entry is told at its stamp's time: "two hours ago", "today", "within the hour" count from it
  let entry: { dct: Day; clock: Clock } | null = null;
  const today = dct ? epochDay(dct) : Infinity;
  const ahead = (a: Anchor | null) => !!a && epochDay(a.period.first) > today;
  for (const result of results) {
    const frame = getFrame(result);
    if (!frame) continue;
    let reading: Reading | null;
    try {
      const recentQuarter = quarter && result.index - quarter.end < QUARTER_FOCUS_CHARS ? quarter.anchor : null;
      // (the close of a range, "March 14 and 15", counts from the day that opens it, whatever the tense)
      const back =
        frame.tense === 'past' &&
        frame.kind !== 'range-end' &&
        ahead(anchor) &&
        pastDay &&
        result.index - pastDay.end! < NARRATIVE_DAY_REACH
          ? pastDay
          : null;
      const now = entry && !frame.entryStamp ? entry : { dct, clock };
      reading = frame.resolve({
        dct: now.dct,
        clock: now.dct ? now.clock : null,
        tense: frame.tense ?? null,
        clearTense: frame.clearTense === true,
        anchor: back ?? anchor,
        day: back ?? day,
        quarter: recentQuarter,
        lead,
        aheadDay: aheadDay && result.index - aheadDay.end! < NARRATIVE_DAY_REACH ? aheadDay : null,
        mentioned,
        at: result.index,
        placed: placedAnchors,
      });
    } catch {
      reading = null; // a reading that cannot be made is dropped, never thrown
    }
    if (!reading || reading.value.includes('NaN')) continue; // "99999999999999999999 days ago"
    // (the whys name what they count from "publication": in an entry, that is the entry's stamp)
    if (entry && !frame.entryStamp) reading.why = reading.why.replace(PUBLICATION_IN_WHY, "the entry's stamp");
    if (reading.entryStamp) entry = entryNow(reading, clock);
    const id = `t${timexes.length + 1}`;
    const reference =
      frame.referenceIfPast && reading.period && epochDay(reading.period.first) > today ? undefined : frame.reference;
    const timex = toTimex(id, result, reading, anchor, reference);
    if (frame.tense) clauseTenses.set(timex, frame.tense);
    timexes.push(timex);
    const placed =
      reading.period &&
      (reading.type === 'DATE' || reading.type === 'TIME') &&
      reading.anchorable !== false &&
      onAxis(reading.period.from, reading.period.to);
    if (placed)
      mentioned = { id, period: reading.period!, start: result.index, end: result.index + result.text.length };
    // a point of reference ("the first win since August 26") is background: the story goes on from its own days
    if (placed && !reference) {
      const previous = anchor;
      anchor = { id, period: reading.period!, start: result.index, end: result.index + result.text.length };
      placedAnchors.push(anchor);
      if (frame.stretchSentenceEnd !== undefined) {
        anchor.stretch = { sentenceEnd: frame.stretchSentenceEnd, previous: previous?.stretch?.previous ?? previous };
        if (frame.stretchPastOnly) anchor.stretch.pastOnly = true;
      }
      if (reading.period!.granularity === 'quarter') quarter = { anchor, end: result.index + result.text.length };
      if (isDayOrFiner(reading.period!.granularity)) day = anchor;
      if (isDayOrFiner(reading.period!.granularity)) {
        if (ahead(anchor)) aheadDay = anchor;
        else {
          pastDay = anchor;
          lead ??= anchor;
        }
      }
    }
  }
  return timexes;
}

/** The time a live report's entry is told at: its stamp's minute, on the article's clock. */
function entryNow(stamp: Reading, clock: Clock | null): { dct: Day; clock: Clock } | null {
  const from = stamp.period?.from;
  const day = from && parseIsoDay(from.slice(0, 10));
  if (!day || from.length < 16) return null;
  return {
    dct: day,
    clock: { minute: Number(from.slice(11, 13)) * 60 + Number(from.slice(14, 16)), offset: clock?.offset ?? null },
  };
}

function toTimex(id: string, result: TimexMatch, reading: Reading, anchor: Anchor | null, reference?: string): Timex {
  const timex: Timex = {
    id,
    text: result.text,
    start: result.index,
    end: result.index + result.text.length,
    type: reading.type,
    value: reading.value,
    why: reference ? `${reading.why}; ${reference}` : reading.why,
  };
  if (reading.mod) timex.mod = reading.mod;
  const from = reading.from ?? reading.period?.from;
  const to = reading.to ?? reading.period?.to;
  // a point of reference keeps its value but is not placed (see Reference)
  const placeable = onAxis(from, to) && !reference;
  if (placeable) {
    timex.from = from;
    timex.to = to;
  }
  const granularity = reading.granularity ?? reading.period?.granularity;
  if (granularity && placeable) timex.granularity = granularity;
  const anchorId = reading.usedAnchor ? (reading.anchorId ?? anchor?.id) : undefined;
  if (anchorId) timex.anchor = anchorId;
  return timex;
}
