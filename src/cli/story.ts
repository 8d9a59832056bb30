/**
 * `news-timeline story`: one timeline of a story told by several articles.
 *   news-timeline story [--published DATE] FILE [[--published DATE] FILE]… [--pretty]
 *   news-timeline story --jsonl [FILE|-] [--jobs N]
 */
import type { Readable, Writable } from 'node:stream';
import { extractStory, validatePublished, type StoryArticleInput } from '../extract/index.js';
import { storyTasks } from './batches.js';
import { defaultJobs, parseJobs, runTasks } from './jobs.js';

export const STORY_USAGE = `usage: news-timeline story [--published DATE] FILE [[--published DATE] FILE]… [--pretty]
       news-timeline story --jsonl [FILE|-] [--jobs N]

  FILE              an article of the story as plain text (UTF-8); - reads standard input (once)
  --published DATE  publication date of the FILE that follows (ISO 8601); without it, that article's
                    dateline is read. --title T, --source S and --url U also describe the FILE that follows
  --pretty          indent the JSON
  --jsonl           batch mode: reads JSON lines {"id","text","published","story"} (title, source, url
                    optional), the lines of one story consecutive; writes one line per story:
                    {"story", ...StoryEventList}, or {"line","id","story","error"} for a bad line
  --jobs N          --jsonl only: worker threads (default: the machine's cores); output stays in input order`;

export interface StoryArgs {
  files: (Omit<StoryArticleInput, 'text'> & { path: string })[];
  jsonl: boolean;
  /** --jsonl input: a path, '-' or undefined for standard input. */
  input?: string;
  jobs?: number;
  pretty: boolean;
}

type Parsed = { ok: true; args: StoryArgs } | { ok: false; error: string };

const PER_FILE = new Set(['--published', '--title', '--source', '--url']);

/** Parses the arguments that follow `story`. */
export function parseStoryArgs(argv: string[]): Parsed {
  const args: StoryArgs = { files: [], jsonl: false, pretty: false };
  const positionals: string[] = [];
  let next: Record<string, string> = {};
  const takeFile = (path: string) => {
    args.files.push({
      path,
      id: path,
      ...(next['--published'] !== undefined && { published: next['--published'] }),
      ...(next['--title'] !== undefined && { title: next['--title'] }),
      ...(next['--source'] !== undefined && { source: next['--source'] }),
      ...(next['--url'] !== undefined && { url: next['--url'] }),
    });
    positionals.push(path);
    next = {};
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      argv.slice(i + 1).forEach(takeFile);
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      takeFile(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--pretty' || name === '--jsonl') {
      if (eq > 0) return { ok: false, error: `${name} takes no value` };
      if (name === '--pretty') args.pretty = true;
      else args.jsonl = true;
      continue;
    }
    if (!PER_FILE.has(name) && name !== '--jobs') return { ok: false, error: `unknown option ${name}` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return { ok: false, error: `${name} needs a value` };
      }
      i++;
    }
    if (name === '--jobs') {
      const jobs = parseJobs(value);
      if (typeof jobs === 'string') return { ok: false, error: jobs };
      args.jobs = jobs;
      continue;
    }
    if (next[name] !== undefined) return { ok: false, error: `${name} given twice for one FILE` };
    next[name] = value;
  }
  if (args.jsonl) {
    if (args.pretty || Object.keys(next).length || args.files.some((f) => Object.keys(f).length > 2)) {
      return {
        ok: false,
        error:
          '--jsonl reads each article from its line: --pretty, --published, --title, --source and --url do not apply',
      };
    }
    if (positionals.length > 1) return { ok: false, error: `one input at a time, got ${positionals.length}` };
    args.input = positionals[0];
    args.files = [];
    return { ok: true, args };
  }
  if (args.jobs !== undefined) return { ok: false, error: '--jobs applies to --jsonl only' };
  if (Object.keys(next).length)
    return { ok: false, error: `${Object.keys(next)[0]} must come before the FILE it describes` };
  if (!args.files.length) return { ok: false, error: 'missing FILE (use - for standard input)' };
  if (args.files.filter((f) => f.path === '-').length > 1)
    return { ok: false, error: 'standard input (-) can be read once' };
  const paths = new Set<string>();
  for (const f of args.files) {
    if (paths.has(f.path)) return { ok: false, error: `${f.path} is given twice` };
    paths.add(f.path);
  }
  return { ok: true, args };
}

export interface StoryIo {
  stdout: Writable;
  /**
   * Reads a FILE ('-' = standard input) as text, or says why it holds no article (empty, binary); throws
   * an Error whose message names the path when it cannot be read.
   */
  readArticle: (path: string) => Promise<{ ok: true; text: string } | { ok: false; problem: string }>;
  /** Opens the --jsonl input; throws an Error whose message names the path. */
  openInput: (path: string | undefined) => Promise<Readable>;
  write: (text: string) => Promise<void>;
  /** Warns on stderr; resolves to the exit status (2 unless `status` is given). */
  fail: (message: string, status?: number) => number;
  cannotRead: (path: string, err: unknown) => Error;
}

/** Exit status for a FILE with no text to read (empty, binary), as `extract` has. */
const NO_TEXT = 1;

/** Runs `story` with the arguments that follow it; resolves to the exit status. */
export async function runStory(argv: string[], io: StoryIo): Promise<number> {
  const parsed = parseStoryArgs(argv);
  if (!parsed.ok) return io.fail(`${parsed.error}\n${STORY_USAGE}`);
  const { args } = parsed;

  if (args.jsonl) {
    let input: Readable;
    try {
      input = await io.openInput(args.input);
    } catch (err) {
      return io.fail((err as Error).message);
    }
    try {
      await runTasks(storyTasks(input), io.stdout, args.jobs ?? defaultJobs());
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0; // the reader went away (`| head`)
      return io.fail(io.cannotRead(args.input ?? '-', err).message);
    }
    return 0;
  }

  for (const f of args.files) {
    if (f.published === undefined) continue;
    try {
      validatePublished(f.published);
    } catch (err) {
      return io.fail(`${f.path}: ${(err as Error).message}`);
    }
  }
  const articles: StoryArticleInput[] = [];
  for (const { path, ...rest } of args.files) {
    let read;
    try {
      read = await io.readArticle(path);
    } catch (err) {
      return io.fail((err as Error).message);
    }
    // An empty or binary file is no article: the same warning and status as `extract` (1).
    if (!read.ok) return io.fail(read.problem, NO_TEXT);
    articles.push({ ...rest, id: path, text: read.text });
  }
  const list = extractStory(articles);
  await io.write(JSON.stringify(list, null, args.pretty ? 2 : undefined) + '\n');
  return 0;
}
