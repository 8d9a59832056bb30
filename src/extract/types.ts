/**
 * The EventList: what extraction produces and what `<news-timeline>` draws.
 *
 * Dates on the time axis (`from`, `to`) are *floating* ISO 8601 strings with no zone:
 * `YYYY-MM-DD` for day granularity and coarser, `YYYY-MM-DDTHH:mm` for finer ones.
 * Everyone reads them as UTC so that layout never depends on the reader's time zone.
 * `to` is exclusive: October 2016 is `from: "2016-10-01", to: "2016-11-01"`.
 *
 * The JSON Schema in `schema/event-list.schema.json` describes the same shape.
 */

/**
 * Version of the EventList JSON shape this code writes. Bump on any change to the shape.
 * Version 2 adds optional event fields (`background`, `why`, `provenance`); readers accept every version in
 * READABLE_EVENT_LIST_VERSIONS.
 */
export const EVENT_LIST_VERSION = 2 as const;

/** EventList versions the element reads: every field added since 1 is optional. */
export const READABLE_EVENT_LIST_VERSIONS = [1, 2] as const;
export type EventListVersion = (typeof READABLE_EVENT_LIST_VERSIONS)[number];

/*
 * The enumerations are constant arrays, and the types derive from them: the runtime validator
 * (src/timeline/validate-event-list.ts) checks against the same arrays, and a test checks that the JSON
 * Schema's enums are these arrays.
 */

/** TIMEX3 `type`. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** TIMEX3 `mod` (ISO-TimeML). */
export const TIMEX_MODS = [
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
] as const;
export type TimexMod = (typeof TIMEX_MODS)[number];

/** How precisely a phrase places something in time. */
export const GRANULARITIES = [
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'partOfDay',
  'hour',
  'minute',
] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** 0 for a minute, up to 11 for a century: finer granularities rank lower. */
export const granularityRank = (g: Granularity): number => GRANULARITIES.length - 1 - GRANULARITIES.indexOf(g);

/** Where `article.published` came from. */
export const PUBLISHED_FROM = ['option', 'dateline', 'none'] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];

/** A span of the article text: UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A temporal expression found in the article (TIMEX3). */
export interface Timex {
  /** `t1`, `t2`, … in document order. */
  id: string;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** ISO-TimeML TIMEX3 value: `2016-10-17`, `2016-10`, `2016-Q3`, `2016-SU`, `201`, `P6Y`, `PRESENT_REF`, … */
  value: string;
  mod?: TimexMod;
  /** Start of the interval on the time axis (floating ISO), when the phrase is placeable. */
  from?: string;
  /** End of the interval, exclusive. */
  to?: string;
  granularity?: Granularity;
  /** Id of the timex this one was resolved against ("a week later" → the previous date), if not the publication date. */
  anchor?: string;
  /** One short sentence for people: why this value ("past tense: the Saturday before Mon 17 Oct 2016"). */
  why: string;
}

/** Something that happened (or will), placed on the time axis. */
export interface TimelineEvent {
  /** `e1`, `e2`, … in document order. */
  id: string;
  /**
   * Who did what, in 4–14 words of the sentence: the clause the time phrase belongs to. A statement keeps
   * who said it ("Officials said the bridge collapsed"); a noun event or a background thing is its noun phrase.
   */
  label: string;
  /** Id of the timex that dates it. */
  timex: string;
  from: string;
  to: string;
  granularity: Granularity;
  mod?: TimexMod;
  /** True for intervals still going on at publication: "since X", "talks have gone on for three weeks". */
  ongoing?: boolean;
  sentence: TextSpan;
  /** People, places and organisations named in the sentence. */
  actors: string[];
  /**
   * True when the date only describes a thing ("the 1930s steel span", "a 1998 sedan"), not something
   * that happened: a background event, labelled by its noun phrase, drawn lighter and never used to frame
   * the default view. Absent means false. Since version 2.
   */
  background?: boolean;
  /**
   * One sentence for people: which clause the label was taken from, and why ("“Monday” dates a
   * statement: who said it, and what."), and how the clause moved the interval when it did ("past
   * tense, so by publication"). Since version 2.
   */
  why?: string;
  /** Where the event came from, in a list curated by hand (src/editor/); absent: extracted. Since version 2. */
  provenance?: Provenance;
}

/** Where an event came from: extraction as it was, extraction corrected by hand, or added by hand. */
export const PROVENANCE_ORIGINS = ['extracted', 'edited', 'added'] as const;
export type ProvenanceOrigin = (typeof PROVENANCE_ORIGINS)[number];

/** The event fields an author can change, as `provenance.fields` names them. */
export const EDITED_FIELDS = ['label', 'from', 'to', 'granularity', 'mod', 'ongoing', 'actors'] as const;
export type EditedField = (typeof EDITED_FIELDS)[number];

/** How an event of a curated EventList came to be. Since version 2. */
export interface Provenance {
  origin: ProvenanceOrigin;
  /** For `edited`: the fields that differ from the extraction, in the order of EDITED_FIELDS. */
  fields?: EditedField[];
  /** Ids (in the extraction) of the events merged into this one: the same happening told twice. */
  merged?: string[];
}

export interface ArticleInfo {
  title?: string;
  source?: string;
  /** Publication date (ISO date or date-time), or null when neither given nor found in a dateline. */
  published: string | null;
  /** Where `published` came from. */
  publishedFrom?: PublishedFrom;
  text: string;
}

export interface EventList {
  version: EventListVersion;
  article: ArticleInfo;
  timexes: Timex[];
  events: TimelineEvent[];
}

export interface ExtractOptions {
  /** ISO date (`2016-10-17`) or date-time of publication; relative phrases resolve against it. */
  published?: string;
  title?: string;
  source?: string;
}
