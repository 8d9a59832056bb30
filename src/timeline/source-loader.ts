/**
 * Fetches an EventList JSON for the `src` attribute, with the failure modes a news page meets named for
 * people: HTTP errors, timeouts, redirects that cannot be followed (a loop), HTML where JSON was expected
 * (a wrong path behind a catch-all route) or JSON served as HTML (a server's wrong type), oversize bodies
 * (read as a stream and cut off), and invalid JSON. Never rejects with anything but a SourceError;
 * callers decide what an abort means. The facts of a failure are found here; its words
 * (source-messages.ts) load only when a request fails.
 */

export type SourceErrorKind = 'http' | 'network' | 'redirect' | 'timeout' | 'html' | 'too-large' | 'json' | 'aborted';

export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** What went wrong, as facts (source-messages.ts words them). */
export interface SourceProblem {
  kind: SourceErrorKind;
  url: string;
  /** The server's status, the type JSON was served as, the parser's or network's message. */
  detail?: string;
  /** The body's declared size (too-large). */
  bytes?: number;
  /** The limit passed: bytes (too-large) or milliseconds (timeout). */
  limit?: number;
}

/** A SourceProblem thrown inside loadJson, worded before it leaves. */
class Problem {
  constructor(readonly problem: SourceProblem) {}
}

export interface LoadOptions {
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new Problem({ kind: 'too-large', url, bytes: declared, limit: maxBytes });
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Problem({ kind: 'too-large', url, limit: maxBytes });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Fetches and parses `url`; resolves with the parsed JSON (not yet validated). */
export async function loadJson(url: string, options: LoadOptions): Promise<unknown> {
  try {
    return await fetchJson(url, options);
  } catch (error) {
    const { problem } = toProblem(error, url, false, options);
    throw await import('./source-messages.js').then(
      (words) => words.sourceError(problem),
      // Without the words (their file did not load), the facts plainly.
      () =>
        new SourceError(
          problem.kind,
          `Could not load ${url} (${problem.kind}${problem.detail ? `: ${problem.detail}` : ''})`,
        ),
    );
  }
}

async function fetchJson(url: string, options: LoadOptions): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  if (options.signal.aborted) throw new Problem({ kind: 'aborted', url });
  options.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      // fetch says only "Failed to fetch": asked again without following redirects, the server says more.
      if (!timedOut && !options.signal.aborted && (await redirects(url, controller.signal)))
        throw new Problem({ kind: 'redirect', url });
      throw toProblem(error, url, timedOut, options);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new Problem({ kind: 'http', url, detail: status });
    }
    let text: string;
    try {
      text = await readCapped(response, url, options.maxBytes);
    } catch (error) {
      throw toProblem(error, url, timedOut, options);
    }
    let json: unknown;
    let invalid: Error | null = null;
    try {
      json = JSON.parse(text);
    } catch (error) {
      invalid = error as Error;
    }
    const type = response.headers.get('content-type') ?? '';
    const markup = /^\s*</.test(text);
    if (/html/i.test(type) || markup)
      throw new Problem({ kind: 'html', url, detail: markup || invalid ? '' : type.split(';')[0]!.trim() });
    if (invalid) throw new Problem({ kind: 'json', url, detail: invalid.message });
    return json;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Whether `url` answers with a redirect (asked without following it); false when that cannot be told. */
async function redirects(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, { signal, redirect: 'manual', headers: { Accept: 'application/json' } });
    return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  } catch {
    return false;
  }
}

function toProblem(error: unknown, url: string, timedOut: boolean, options: LoadOptions): Problem {
  if (error instanceof Problem) return error;
  if (timedOut) return new Problem({ kind: 'timeout', url, limit: options.timeoutMs });
  return new Problem({
    kind: options.signal.aborted ? 'aborted' : 'network',
    url,
    detail: (error as Error)?.message,
  });
}
