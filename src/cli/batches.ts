/**
 * The tasks of `--jsonl`, read from the input stream: batches of lines for `extract`, whole stories
 * for `story`. A batch is small enough to keep workers evenly busy and large enough that handing it
 * to a thread costs little next to its work.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseStoryLine, type InputLine } from './story-lines.js';
import type { Task } from './tasks.js';

/** A batch closes once its text passes this many characters… */
const BATCH_CHARS = 1 << 16;
/** …or holds this many lines. */
const BATCH_LINES = 64;

/** The non-blank lines of `input` with their numbers; throws the stream's error at the end, if any. */
async function* inputLines(input: Readable): AsyncGenerator<InputLine> {
  let failure: Error | null = null;
  input.once('error', (err) => (failure = err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim()) yield { raw, line };
  }
  if (failure) throw failure;
}

/** `extract --jsonl`: batches of input lines. */
export async function* extractTasks(input: Readable, defaultPublished?: string): AsyncGenerator<Task> {
  let lines: InputLine[] = [];
  let chars = 0;
  for await (const l of inputLines(input)) {
    lines.push(l);
    chars += l.raw.length;
    if (chars >= BATCH_CHARS || lines.length >= BATCH_LINES) {
      yield { kind: 'extract', lines, ...(defaultPublished !== undefined && { defaultPublished }) };
      lines = [];
      chars = 0;
    }
  }
  if (lines.length) yield { kind: 'extract', lines, ...(defaultPublished !== undefined && { defaultPublished }) };
}

type StoryOfTask = Extract<Task, { kind: 'story' }>['stories'][number];

/**
 * `story --jsonl`: the lines of a story are consecutive; a story ends where a line of another story
 * starts. A story met again after it ended gets an error line per article (sort the input by story):
 * its first part has already been written.
 */
export async function* storyTasks(input: Readable): AsyncGenerator<Task> {
  const ended = new Map<string, number>(); // story key → line where it ended
  let stories: StoryOfTask[] = [];
  let chars = 0;
  let current: (StoryOfTask & { key: string }) | null = null;
  const keyOf = (story: string | number) => `${typeof story}:${story}`;
  const close = () => {
    if (!current) return;
    const { story, articles, errors } = current;
    stories.push({ story, articles, errors });
    ended.set(current.key, articles[articles.length - 1]!.line);
    current = null;
  };
  const batch = (): Task => {
    const task: Task = { kind: 'story', stories };
    stories = [];
    chars = 0;
    return task;
  };
  for await (const l of inputLines(input)) {
    const parsed = parseStoryLine(l);
    if (!parsed.ok) {
      // An unreadable line does not end the story around it: its error line comes before that story's.
      if (current === null) {
        if (stories.length) yield batch();
        yield { kind: 'text', text: parsed.output + '\n' };
      } else current.errors.push(parsed.output);
      continue;
    }
    const key = keyOf(parsed.story);
    if (current === null || current.key !== key) {
      close();
      if (chars >= BATCH_CHARS && stories.length) yield batch();
      const endedAt = ended.get(key);
      if (endedAt !== undefined) {
        if (stories.length) yield batch();
        yield {
          kind: 'text',
          text:
            JSON.stringify({
              line: parsed.line,
              id: parsed.article.id,
              story: parsed.story,
              error: `story ${JSON.stringify(parsed.story)} ended at line ${endedAt}: the lines of a story must be consecutive (sort the input by story)`,
            }) + '\n',
        };
        continue;
      }
      current = { story: parsed.story, key, articles: [], errors: [] };
    }
    current.articles.push(parsed);
    chars += parsed.article.text.length;
  }
  close();
  if (stories.length) yield batch();
}
