/** `news-timeline` command line: `news-timeline extract …` (see USAGE). */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MAX_TIMEXES, extract, toTimeML, validatePublished } from '../extract/index.js';
import { jsonPieces } from './json-pieces.js';
import { parseExtractArgs, USAGE } from './args.js';
import { defaultJobs } from './jobs.js';
import { runJsonl } from './jsonl.js';
import { runStory, STORY_USAGE } from './story.js';

export { USAGE } from './args.js';

/** Exit status for bad arguments, invalid dates and unreadable input. */
const USAGE_ERROR = 2;
/** Exit status when there is no text to read (empty input, binary input) or the output cannot be written. */
const NO_TEXT = 1;
const OUTPUT_ERROR = 1;

function warn(message: string): void {
  process.stderr.write(`news-timeline: ${message}\n`);
}

function fail(message: string, status = USAGE_ERROR): number {
  warn(message);
  return status;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
};

const reasonOf = (err: unknown) => {
  const code = (err as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (err as Error)?.message ?? String(err);
};

function cannotRead(path: string, err: unknown): Error {
  return new Error(`cannot read ${path}: ${reasonOf(err)}`);
}

const inputName = (path: string | undefined) => (path === undefined || path === '-' ? 'standard input' : path);

/** Characters that do not occur in text: U+FFFD (bytes that are not UTF-8) and C0 controls but tab, line breaks and form feed. */
const notTextCharacter = (code: number) =>
  code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d);
/** Above this share of such characters, the input is binary (an accent in Latin-1 is one stray byte in many). */
const MAX_NOT_TEXT_SHARE = 0.1;

/**
 * Decodes the input as UTF-8 text, or says why it holds no article: empty, NUL bytes (binary), or too many
 * bytes that are not UTF-8. A byte order mark is dropped.
 */
export function decodeArticle(
  bytes: Buffer,
  name: string,
): { ok: true; text: string } | { ok: false; problem: string } {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, problem: `${name} is empty: there is no article to read` };
  if (bytes.includes(0)) return { ok: false, problem: `${name} is not text (it holds NUL bytes): nothing was read` };
  let odd = 0;
  for (let i = 0; i < text.length; i++) if (notTextCharacter(text.charCodeAt(i))) odd++;
  if (odd > text.length * MAX_NOT_TEXT_SHARE)
    return {
      ok: false,
      problem: `${name} is not text (${Math.round((100 * odd) / text.length)}% of it is not UTF-8 text): nothing was read`,
    };
  return { ok: true, text };
}

/** Reads the article at `path` ('-' = standard input) as UTF-8 text, or says why it holds none (decodeArticle). */
async function readArticleText(path: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  return decodeArticle(await readInput(path), inputName(path));
}

/** Reads the article bytes at `path` ('-' = standard input); throws with a message naming the path. */
async function readInput(path: string): Promise<Buffer> {
  if (path === '-') return readAll(process.stdin);
  try {
    return await readFile(path);
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

/** Output is written in chunks of about this size, each after the previous one is flushed. */
const CHUNK = 1 << 16;

function* lines(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

async function writePieces(pieces: Iterable<string>): Promise<void> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer) await write(buffer);
}

/**
 * Output that cannot be written ends the run at once: a reader that went away (`| head`) quietly, a full
 * disk or another failure with one line on stderr.
 */
function stopOnOutputErrors(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    warn(`cannot write the output: ${reasonOf(err)}`);
    process.exit(OUTPUT_ERROR);
  });
}

function version(): string {
  // dist/cli/main.js → the package's package.json
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

export async function main(argv: string[]): Promise<number> {
  stopOnOutputErrors();
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(USAGE + '\n\n' + STORY_USAGE + '\n');
    return 0;
  }
  if (argv.length === 1 && argv[0] === '--version') {
    await write(version() + '\n');
    return 0;
  }
  if (argv.length === 0) return fail(`missing command\n${USAGE}`);
  const [command, ...rest] = argv;
  if (command === 'story') {
    return runStory(rest, { stdout: process.stdout, readArticle: readArticleText, openInput, write, fail, cannotRead });
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
    let lines: number;
    try {
      lines = await runJsonl(input, process.stdout, args.published, args.jobs ?? defaultJobs());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return 0; // the reader went away (`| head`): nothing left to say
      return fail(cannotRead(args.input ?? '-', err).message);
    }
    if (lines === 0) return fail(`${inputName(args.input)} is empty: there are no JSON lines to read`, NO_TEXT);
    return 0;
  }

  let bytes: Buffer;
  try {
    bytes = await readInput(args.input!);
  } catch (err) {
    return fail((err as Error).message);
  }
  const decoded = decodeArticle(bytes, inputName(args.input));
  if (!decoded.ok) return fail(decoded.problem, NO_TEXT);
  const text = decoded.text;
  const list = extract(text, {
    ...(args.published !== undefined && { published: args.published }),
    ...(args.title !== undefined && { title: args.title }),
    ...(args.source !== undefined && { source: args.source }),
  });
  if (list.timexes.length >= MAX_TIMEXES)
    warn(`the text holds more time phrases than are read (${MAX_TIMEXES}): the list covers its first part`);
  if (args.format === 'timeml') await write(toTimeML(list));
  else await writePieces(lines(jsonPieces(list as unknown as Record<string, unknown>, args.pretty ? 2 : 0)));
  return 0;
}
