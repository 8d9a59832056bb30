/**
 * A story's coverage as the element draws it: the StoryEventList's events that can be placed, as the
 * EventList the timeline draws (one event per happening, its ids the story's `s1`, `s2`, …), and for
 * each event the articles that report it. Pure: no DOM.
 *
 * Naming: in the element, "story" already means the opening window and the Previous/Next walk
 * (layout/story.ts). A timeline of several articles is a story's *coverage*; its articles are the
 * *sources* of the card and the filter.
 */
import type { EventList, TimelineEvent, Timex } from '../../extract/types.js';
import type { StoryEvent, StoryEventList, StoryMention } from '../../extract/story/types.js';
import { parseFloating } from '../layout/dates.js';
import { prepareTimeline, type PreparedTimeline } from '../layout/prepare.js';

/** Colours the sources cycle through (classes `source-0` … `source-5`); letters tell them apart beyond. */
export const SOURCE_COLOURS = 6;

/** An article of the story, as the card, the filter and the marks' names refer to it. */
export interface Source {
  id: string;
  /** "A", "B", … "Z", "AA", …: in the story's order. */
  letter: string;
  /** Its colour, 0 … SOURCE_COLOURS - 1. */
  colour: number;
  /** Its title, else its source's name, else "Article A". */
  name: string;
  title?: string;
  source?: string;
  /** Its URL when it is an absolute http(s) URL, else null: no other scheme ever becomes a link. */
  href: string | null;
  published: string | null;
}

/** An event of the coverage: the story's event and its sources, in the story's order. */
export interface CoveredEvent {
  event: StoryEvent;
  sources: Source[];
  /** Its mentions by source, in the story's order. */
  mentions: [Source, StoryMention[]][];
}

export interface Coverage {
  list: StoryEventList;
  sources: Source[];
  /** The placed events as an EventList (article text empty: sentences come with the events). */
  eventList: EventList;
  byEvent: Map<string, CoveredEvent>;
  /** Events no article could place in time (their articles have no publication date): not drawn. */
  undated: number;
}

/** "A" … "Z", "AA", "AB", …: spreadsheet column letters. */
export function sourceLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** `url` when it is an absolute http: or https: URL (normalised), else null. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The mention whose sentence and phrase stand for the event: the one that gave its label, placed first. */
function leadMention(event: StoryEvent): StoryMention {
  const placed = event.mentions.filter((m) => m.from !== undefined);
  return placed.find((m) => m.label === event.label) ?? placed[0] ?? event.mentions[0]!;
}

function asTimelineEvent(event: StoryEvent): [TimelineEvent, Timex] | null {
  if (event.from === undefined || event.to === undefined) return null;
  const lead = leadMention(event);
  const timex: Timex = {
    id: `${event.id}-phrase`,
    text: lead.timex.text,
    start: lead.timex.start,
    end: lead.timex.end,
    type: lead.timex.type,
    value: lead.timex.value,
    ...(lead.from !== undefined && { from: lead.from, to: lead.to, granularity: lead.granularity }),
    why: '',
  };
  const drawn: TimelineEvent = {
    id: event.id,
    label: event.label,
    timex: timex.id,
    from: event.from,
    to: event.to,
    granularity: event.granularity ?? lead.granularity ?? 'day',
    ...(event.mod && { mod: event.mod }),
    ...(event.ongoing && { ongoing: true }),
    sentence: { start: lead.start, end: lead.end, text: lead.sentence },
    actors: event.actors,
    ...(event.background && { background: true }),
  };
  return [drawn, timex];
}

/** The latest publication date of the story's articles (the "now" of its reader), or null. */
function latestPublished(list: StoryEventList): string | null {
  let latest: string | null = null;
  for (const a of list.articles)
    if (
      a.published &&
      (latest === null || parseFloating(a.published.slice(0, 16)) > parseFloating(latest.slice(0, 16)))
    )
      latest = a.published;
  return latest;
}

/** Reads a valid StoryEventList (validateStoryEventList) into what the element draws. */
export function readCoverage(list: StoryEventList): Coverage {
  const sources = list.articles.map((a, i): Source => ({
    id: a.id,
    letter: sourceLetter(i),
    colour: i % SOURCE_COLOURS,
    name: a.title || a.source || `Article ${sourceLetter(i)}`,
    ...(a.title && { title: a.title }),
    ...(a.source && { source: a.source }),
    href: safeHref(a.url),
    published: a.published,
  }));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const events: TimelineEvent[] = [];
  const timexes: Timex[] = [];
  const byEvent = new Map<string, CoveredEvent>();
  let undated = 0;
  for (const event of list.events) {
    const drawn = asTimelineEvent(event);
    if (!drawn) {
      undated++;
      continue;
    }
    events.push(drawn[0]);
    timexes.push(drawn[1]);
    const mentions = new Map<Source, StoryMention[]>();
    for (const m of event.mentions) {
      const source = byId.get(m.article)!;
      const list = mentions.get(source);
      if (list) list.push(m);
      else mentions.set(source, [m]);
    }
    const ordered = [...mentions].sort((x, y) => sources.indexOf(x[0]) - sources.indexOf(y[0]));
    if (!byEvent.has(event.id)) byEvent.set(event.id, { event, sources: ordered.map(([s]) => s), mentions: ordered });
  }
  const eventList: EventList = {
    version: 2,
    article: { published: latestPublished(list), text: '' },
    timexes,
    events,
  };
  return { list, sources, eventList, byEvent, undated };
}

/**
 * The model of the events that the shown sources report (`hidden`: ids of the sources the reader turned
 * off), each with its number of reports (`reports`, counting every source).
 */
export function prepareCoverage(coverage: Coverage, hidden: ReadonlySet<string>): PreparedTimeline {
  const shown = (e: TimelineEvent) => coverage.byEvent.get(e.id)!.sources.some((s) => !hidden.has(s.id));
  const list = hidden.size
    ? { ...coverage.eventList, events: coverage.eventList.events.filter(shown) }
    : coverage.eventList;
  const model = prepareTimeline(list);
  for (const e of model.events) e.reports = coverage.byEvent.get(e.event.id)!.sources.length;
  return model;
}
