/**
 * `story --jsonl`: input lines `{"id","text","published","story"}` (with `title`, `source`, `url`
 * optional), grouped into stories, and the output line of each story. Pure functions of the lines,
 * shared by the main thread and the worker threads, so `--jobs` never changes a byte of the output.
 */
import { extractStory, validatePublished, type StoryArticleInput } from '../extract/index.js';

/** One input line: its text and its number (1-based). */
export interface InputLine {
  raw: string;
  line: number;
}

/** An input line read as an article of a story, or the error line it gets instead. */
export type ParsedArticle =
  | { ok: true; story: string | number; article: StoryArticleInput; line: number }
  | { ok: false; story?: string | number; output: string };

const isKey = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && isFinite(v));

/** Reads one input line; a line that cannot be an article gets its error line. */
export function parseStoryLine({ raw, line }: InputLine): ParsedArticle {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (err) {
    return { ok: false, output: JSON.stringify({ line, error: `invalid JSON: ${(err as Error).message}` }) };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      output: JSON.stringify({ line, error: 'expected a JSON object {"id","text","published","story"}' }),
    };
  }
  const { id, text, published, story, title, source, url } = input as Record<string, unknown>;
  const fail = (error: string) => ({
    ok: false as const,
    ...(isKey(story) && { story }),
    output: JSON.stringify({ line, ...(id !== undefined && { id }), ...(story !== undefined && { story }), error }),
  });
  if (!isKey(story)) return fail('"story" must be a string or a number: the id of the story the article belongs to');
  if (!isKey(id)) return fail('"id" must be a string or a number');
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (published !== undefined && published !== null && typeof published !== 'string') {
    return fail('"published" must be an ISO date string or null');
  }
  for (const [name, value] of [
    ['title', title],
    ['source', source],
    ['url', url],
  ] as const) {
    if (value !== undefined && value !== null && typeof value !== 'string') return fail(`"${name}" must be a string`);
  }
  const article: StoryArticleInput = {
    id: String(id),
    text,
    ...(typeof published === 'string' && published !== '' && { published }),
    ...(typeof title === 'string' && { title }),
    ...(typeof source === 'string' && { source }),
    ...(typeof url === 'string' && { url }),
  };
  return { ok: true, story, article, line };
}

/**
 * The output lines of one story, from its articles' parsed lines (all of one story, in input order):
 * an error line for each article left out (bad date, repeated id), then the story's line.
 */
export function storyOutput(story: string | number, articles: Extract<ParsedArticle, { ok: true }>[]): string[] {
  const out: string[] = [];
  const kept: StoryArticleInput[] = [];
  const ids = new Set<string>();
  for (const a of articles) {
    const error = (message: string) => JSON.stringify({ line: a.line, id: a.article.id, story, error: message });
    if (ids.has(a.article.id)) {
      out.push(error(`story ${JSON.stringify(story)} already has an article with this id`));
      continue;
    }
    if (a.article.published != null) {
      try {
        validatePublished(a.article.published); // the one error of an article: it costs only that article
      } catch (err) {
        out.push(error((err as Error).message));
        continue;
      }
    }
    ids.add(a.article.id);
    kept.push(a.article);
  }
  try {
    const list = extractStory(kept);
    out.push(JSON.stringify({ story, ...list }));
  } catch (err) {
    out.push(JSON.stringify({ story, error: `internal error: ${(err as Error)?.message ?? err}` }));
  }
  return out;
}
