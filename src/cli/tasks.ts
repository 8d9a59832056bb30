/**
 * The work of `--jsonl`, cut into tasks that a worker thread (or the main thread, with `--jobs 1`)
 * turns into output text. A task's output depends on the task alone.
 */
import { processLine } from './jsonl.js';
import { storyOutput, type InputLine, type ParsedArticle } from './story-lines.js';

export type Task =
  /** `extract --jsonl`: input lines, each turned into its output line. */
  | { kind: 'extract'; lines: InputLine[]; defaultPublished?: string }
  /** `story --jsonl`: whole stories, each turned into its output lines. */
  | {
      kind: 'story';
      /** Each story with its articles and the error lines of unreadable lines met among them. */
      stories: { story: string | number; articles: Extract<ParsedArticle, { ok: true }>[]; errors: string[] }[];
    }
  /** Output already known (the error line of an unreadable input line): kept in its place. */
  | { kind: 'text'; text: string };

/** The output text of a task: whole lines, each ending in a newline. */
export function runTask(task: Task): string {
  switch (task.kind) {
    case 'extract': {
      let out = '';
      for (const { raw, line } of task.lines) out += processLine(raw, line, task.defaultPublished) + '\n';
      return out;
    }
    case 'story': {
      let out = '';
      for (const { story, articles, errors } of task.stories) {
        for (const l of [...errors, ...storyOutput(story, articles)]) out += l + '\n';
      }
      return out;
    }
    case 'text':
      return task.text;
  }
}
