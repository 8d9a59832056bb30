/**
 * `extractStory(articles)`: one timeline of a story told by several articles. Each article is read
 * by `extract()` against its own publication date (or its own dateline); mentions of the same
 * happening in different articles become one event that lists them all.
 *
 * Pure, synchronous and deterministic like `extract()`. Throws a RangeError for an invalid
 * `published` (naming the article) and for two articles with the same id.
 */
import { mergeMentions } from './merge.js';
import { readArticle, type ArticleReading } from './mentions.js';
import { readMention, verbsOf, type MentionReading } from './reading.js';
import { buildStoryEvents } from './output.js';
import {
  STORY_EVENT_LIST_VERSION,
  type StoryArticleInput,
  type StoryEventList,
  type StoryMention,
  type StoryOptions,
} from './types.js';

export * from './types.js';

export function extractStory(articles: readonly StoryArticleInput[], options: StoryOptions = {}): StoryEventList {
  const seen = new Set<string>();
  const readingsOfArticles: ArticleReading[] = articles.map((input) => {
    if (seen.has(input.id)) throw new RangeError(`Two articles of the story have the id ${JSON.stringify(input.id)}`);
    seen.add(input.id);
    try {
      return readArticle(input);
    } catch (err) {
      if (err instanceof RangeError) throw new RangeError(`Article ${JSON.stringify(input.id)}: ${err.message}`);
      throw err;
    }
  });

  const mentions: StoryMention[] = [];
  const actors: string[][] = [];
  const readings: MentionReading[] = [];
  const storyVerbs = new Set(articles.flatMap((a) => [...verbsOf(a.text)]));
  readingsOfArticles.forEach((r, article) => {
    r.mentions.forEach((m, i) => {
      mentions.push(m);
      actors.push(r.actors[i]!);
      const crowded = r.mentions.some((o) => o !== m && o.start === m.start);
      readings.push(readMention(m, { article, actors: r.actors[i]!, storyVerbs, crowded }));
    });
  });

  const groups = mergeMentions(readings);
  return {
    version: STORY_EVENT_LIST_VERSION,
    ...(options.story !== undefined && { story: options.story }),
    articles: readingsOfArticles.map((r) => r.article),
    events: buildStoryEvents(groups, mentions, actors),
  };
}
