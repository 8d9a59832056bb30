/**
 * Batch mode: JSON lines {"id","text","published"} in, one JSON line per input out, streamed line
 * by line. A bad line yields {"line": N, "id"?, "error"} and the rest go on; every output line is
 * complete JSON (built in full before it is written).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { extract } from '../extract/index.js';

/** Output is written in chunks of about this size (fewer syscalls than one write per line). */
const CHUNK = 1 << 16;

/** The output line for input line number `line` (1-based). */
export function processLine(raw: string, line: number, defaultPublished?: string): string {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (err) {
    return JSON.stringify({ line, error: `invalid JSON: ${(err as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ line, error: 'expected a JSON object {"id","text","published"}' });
  }
  const { id, text, published, title, source } = input as Record<string, unknown>;
  const fail = (error: string) => JSON.stringify({ line, ...(id !== undefined && { id }), error });
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (published !== undefined && published !== null && typeof published !== 'string') {
    return fail('"published" must be an ISO date string or null');
  }
  try {
    const list = extract(text, {
      // null or absent: the default; "" is a date like any other string, and an invalid one
      published: (published as string | null | undefined) ?? defaultPublished,
      ...(typeof title === 'string' && { title }),
      ...(typeof source === 'string' && { source }),
    });
    return JSON.stringify({ ...(id !== undefined && { id }), ...list });
  } catch (err) {
    const message = err instanceof RangeError ? err.message : `internal error: ${(err as Error)?.message ?? err}`;
    return fail(message);
  }
}

function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    out.once('error', onError);
    const flushed = out.write(chunk, () => out.off('error', onError));
    if (flushed) resolve();
    else out.once('drain', () => resolve());
  });
}

/**
 * Streams `input` to `output`; resolves with the number of lines read (blank lines do not count) when all
 * is written. Rejects only when a stream fails.
 */
export async function runJsonl(input: Readable, output: Writable, defaultPublished?: string): Promise<number> {
  let failure: Error | null = null;
  input.once('error', (err) => (failure = err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  let line = 0;
  let read = 0;
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    read++;
    buffer += processLine(raw, line, defaultPublished) + '\n';
    if (buffer.length >= CHUNK) {
      await write(output, buffer);
      buffer = '';
    }
  }
  if (failure) throw failure;
  if (buffer) await write(output, buffer);
  return read;
}
