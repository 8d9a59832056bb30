/**
 * An article's mentions: every event `extract()` finds in it, and, in an article with no publication
 * date, its time phrases that cannot be placed ("Friday", "yesterday", "March 2"), each with its
 * sentence and label, so that what the article says can still be merged with what others say.
 */
import { findDateline } from '../dateline.js';
import { commonWordTest } from '../common-words.js';
import { buildEvents } from '../events.js';
import { extract } from '../index.js';
import { splitSentences } from '../sentences.js';
import type { Timex, TimelineEvent } from '../types.js';
import type { StoryArticle, StoryArticleInput, StoryMention } from './types.js';

/** What the story needs of one article: its description and its mentions, in text order. */
export interface ArticleReading {
  article: StoryArticle;
  mentions: StoryMention[];
  /** People, places and organisations of each mention's sentence (same order as `mentions`). */
  actors: string[][];
}

/** An underspecified calendar value: "XXXX-WXX-5" (Friday), "XXXX-03-02", "XXXX-XX-XXTNI" (last night). */
const UNDERSPECIFIED = /^XXXX(?:-|$)/;

/** A phrase that an article with no publication date cannot place, but that still dates something. */
function isUnplacedDate(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && t.from === undefined && UNDERSPECIFIED.test(t.value);
}

/**
 * Interval given to an unplaced phrase so that `buildEvents` labels it like any other (its sentence,
 * "since", "from … to …"); it is dropped again at once and never reaches the output.
 */
const PLACEHOLDER = { from: '0001-01-01', to: '0001-01-02', granularity: 'day' } as const;

function mentionOf(articleId: string, event: TimelineEvent, timex: Timex, placed: boolean): StoryMention {
  const mention: StoryMention = {
    article: articleId,
    start: event.sentence.start,
    end: event.sentence.end,
    sentence: event.sentence.text,
    label: event.label,
    timex: { text: timex.text, start: timex.start, end: timex.end, type: timex.type, value: timex.value },
  };
  if (placed) {
    mention.event = event.id;
    mention.from = event.from;
    mention.to = event.to;
    mention.granularity = event.granularity;
    if (event.mod) mention.mod = event.mod;
    if (event.ongoing) mention.ongoing = true;
  }
  if (event.background) mention.background = true;
  return mention;
}

/** Reads one article. Throws a RangeError for an invalid `published`, as `extract()` does. */
export function readArticle(input: StoryArticleInput): ArticleReading {
  const { id, text } = input;
  const list = extract(text, {
    ...(input.published != null && { published: input.published }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.source !== undefined && { source: input.source }),
  });
  const timexById = new Map(list.timexes.map((t) => [t.id, t]));
  const found: { mention: StoryMention; actors: string[] }[] = list.events.map((e) => ({
    mention: mentionOf(id, e, timexById.get(e.timex)!, true),
    actors: e.actors,
  }));

  if (list.article.published === null) {
    const unplaced = list.timexes.filter(isUnplacedDate);
    if (unplaced.length) {
      const stand = unplaced.map((t) => ({ ...t, ...PLACEHOLDER }));
      const events = buildEvents(stand, {
        text,
        sentences: splitSentences(text),
        published: null,
        excluded: findDateline(text),
        isCommonWord: commonWordTest(text),
      });
      const standById = new Map(stand.map((t) => [t.id, t]));
      for (const e of events)
        found.push({ mention: mentionOf(id, e, standById.get(e.timex)!, false), actors: e.actors });
      found.sort((a, b) => a.mention.timex.start - b.mention.timex.start);
    }
  }

  const article: StoryArticle = {
    id,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.source !== undefined && { source: input.source }),
    ...(input.url !== undefined && { url: input.url }),
    published: list.article.published,
    publishedFrom: list.article.publishedFrom ?? 'none',
    mentions: found.length,
  };
  return { article, mentions: found.map((f) => f.mention), actors: found.map((f) => f.actors) };
}
