/** `news-timeline` command line: `news-timeline extract …` (see USAGE). */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { extract, toTimeML, validatePublished } from '../extract/index.js';
import { parseExtractArgs, USAGE } from './args.js';
import { defaultJobs } from './jobs.js';
import { runJsonl } from './jsonl.js';
import { runStory, STORY_USAGE } from './story.js';

export { USAGE } from './args.js';

/** Exit status for bad arguments, invalid dates and unreadable input. */
const USAGE_ERROR = 2;

function fail(message: string): number {
  process.stderr.write(`news-timeline: ${message}\n`);
  return USAGE_ERROR;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
};

function cannotRead(path: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = (code && REASONS[code]) ?? (err as Error).message;
  return new Error(`cannot read ${path}: ${reason}`);
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Reads the article at `path` ('-' = standard input); throws with a message naming the path. */
async function readInput(path: string): Promise<string> {
  if (path === '-') return withoutBom(await readAll(process.stdin));
  try {
    return withoutBom(await readFile(path, 'utf8'));
  } catch (err) {
    throw cannotRead(path, err);
  }
}

/** Opens `path` ('-' or undefined = standard input) as a stream, after checking it can be read. */
async function openInput(path: string | undefined): Promise<Readable> {
  if (path === undefined || path === '-') return process.stdin;
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (err) {
    throw cannotRead(path, err);
  }
  return createReadStream(path, { encoding: 'utf8' });
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(USAGE + '\n\n' + STORY_USAGE + '\n');
    return 0;
  }
  if (argv.length === 0) return fail(`missing command\n${USAGE}`);
  const [command, ...rest] = argv;
  if (command === 'story') {
    return runStory(rest, { stdout: process.stdout, readText: readInput, openInput, write, fail, cannotRead });
  }
  if (command !== 'extract') return fail(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
  const parsed = parseExtractArgs(rest);
  if (!parsed.ok) return fail(`${parsed.error}\n${USAGE}`);
  const args = parsed.args;
  if (args.published !== undefined) {
    try {
      validatePublished(args.published);
    } catch (err) {
      return fail((err as Error).message);
    }
  }

  if (args.jsonl) {
    let input: Readable;
    try {
      input = await openInput(args.input);
    } catch (err) {
      return fail((err as Error).message);
    }
    try {
      await runJsonl(input, process.stdout, args.published, args.jobs ?? defaultJobs());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return 0; // the reader went away (`| head`): nothing left to say
      return fail(cannotRead(args.input ?? '-', err).message);
    }
    return 0;
  }

  let text: string;
  try {
    text = await readInput(args.input!);
  } catch (err) {
    return fail((err as Error).message);
  }
  const list = extract(text, {
    ...(args.published !== undefined && { published: args.published }),
    ...(args.title !== undefined && { title: args.title }),
    ...(args.source !== undefined && { source: args.source }),
  });
  const output =
    args.format === 'timeml' ? toTimeML(list) : JSON.stringify(list, null, args.pretty ? 2 : undefined) + '\n';
  await write(output);
  return 0;
}
