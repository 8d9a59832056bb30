/**
 * The StoryEventList: one timeline of a story told by several articles (`extractStory()`).
 *
 * Its own versioned shape, next to the EventList of one article: a later field (the provenance of an
 * event that a person edited or added) slots in with a new version. Dates are the EventList's floating
 * ISO strings, read as UTC, `to` exclusive.
 *
 * The JSON Schema in `schema/story-event-list.schema.json` describes the same shape.
 */
import type { Granularity, TimexMod, TimexType } from '../types.js';

/** Version of the StoryEventList JSON shape this code writes. Bump on any change to the shape. */
export const STORY_EVENT_LIST_VERSION = 1 as const;

/** StoryEventList versions the readers of this code accept. */
export const READABLE_STORY_EVENT_LIST_VERSIONS = [1] as const;
export type StoryEventListVersion = (typeof READABLE_STORY_EVENT_LIST_VERSIONS)[number];

/** One article of a story, as given to `extractStory()`. */
export interface StoryArticleInput {
  /** Unique within the story: mentions name their article by it. */
  id: string;
  text: string;
  /** ISO date or date-time of publication; without it, the article's own dateline is read. */
  published?: string | null;
  title?: string;
  source?: string;
  url?: string;
}

/** An article of the story, as the StoryEventList describes it (its text is not repeated). */
export interface StoryArticle {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  /** Publication date its phrases were resolved against, or null when neither given nor found in a dateline. */
  published: string | null;
  /** Where `published` came from. */
  publishedFrom: 'option' | 'dateline' | 'none';
  /** Number of the article's time phrases that became mentions. */
  mentions: number;
}

/** The time phrase of a mention, as its article reads it. */
export interface StoryTimex {
  text: string;
  /** UTF-16 offsets in the article's text, `end` exclusive. */
  start: number;
  end: number;
  type: TimexType;
  /** ISO-TimeML value: `2013-08-02`, or `XXXX-WXX-5` ("Friday") in an article with no publication date. */
  value: string;
}

/** One article's report of an event: a time phrase, its sentence and that article's label. */
export interface StoryMention {
  /** Id of the article. */
  article: string;
  /** The sentence: UTF-16 offsets in the article's text, `end` exclusive. */
  start: number;
  end: number;
  /** The sentence's text (`text.slice(start, end)` of the article). */
  sentence: string;
  /** The article's own label for the event. */
  label: string;
  timex: StoryTimex;
  /** Id of the event in the article's own EventList (`extract()`); absent for a phrase it could not place. */
  event?: string;
  /** Where this article places the event; absent when it cannot (no publication date for "Friday"). */
  from?: string;
  to?: string;
  granularity?: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  /** The date only describes a thing ("the 1930s steel span"), as in the EventList. */
  background?: boolean;
}

/** A date that some of an event's mentions give. */
export interface StoryDate {
  from: string;
  to: string;
  granularity: Granularity;
  /** Ids of the articles that give it. */
  articles: string[];
}

/**
 * How an event's mentions agree on its date.
 * - `agree`: the event's interval holds every placed mention's date: the most specific date they all
 *   agree on ("Thursday" and "9 a.m. Thursday" agree on Thursday; each mention keeps its own date).
 * - `disagree`: some mentions give dates that do not overlap at all (Thursday and Friday); `dates` lists
 *   them and `from`/`to` span them.
 * - `undated`: no mention can be placed (their articles have no publication date).
 */
export type DateAgreement = 'agree' | 'disagree' | 'undated';

/** One happening, reported by one or more articles of the story. */
export interface StoryEvent {
  /** `s1`, `s2`, … in time order: placed events by start (the longer first), undated events last. */
  id: string;
  /** The label of its most specific report. */
  label: string;
  /** Its interval on the time axis: present unless `date` is `undated`. */
  from?: string;
  to?: string;
  granularity?: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  date: DateAgreement;
  /** The dates the mentions give, when they disagree. */
  dates?: StoryDate[];
  /** For an undated event: the TIMEX3 value its mentions share ("XXXX-WXX-5"), when they share one. */
  value?: string;
  /** Number of different articles that report it. */
  articles: number;
  background?: boolean;
  /** People, places and organisations named in its sentences, most often named first. */
  actors: string[];
  /** The reports, ordered by article (in the story's order), then by position in the text. */
  mentions: StoryMention[];
}

export interface StoryEventList {
  version: StoryEventListVersion;
  /** The story's id, when it has one (`story --jsonl` copies it from the input lines). */
  story?: string | number;
  articles: StoryArticle[];
  events: StoryEvent[];
}

export interface StoryOptions {
  /** The story's id, copied to the output. */
  story?: string | number;
}
