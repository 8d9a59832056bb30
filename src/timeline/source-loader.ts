/**
 * Fetches an EventList JSON for the `src` attribute, with the failure modes a news page meets named for
 * people: HTTP errors, timeouts, redirects that cannot be followed (a loop), HTML where JSON was expected
 * (a wrong path behind a catch-all route) or JSON served as HTML (a server's wrong type), oversize bodies
 * (read as a stream and cut off), and invalid JSON. Never rejects with anything but a SourceError;
 * callers decide what an abort means.
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

export interface LoadOptions {
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes)
    throw new SourceError(
      'too-large',
      `${url} is too large (${megabytes(declared)}; the limit is ${megabytes(maxBytes)})`,
    );
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
      throw new SourceError('too-large', `${url} is too large (over ${megabytes(maxBytes)}, the limit)`);
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
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  if (options.signal.aborted) throw new SourceError('aborted', 'Loading was cancelled');
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
        throw new SourceError(
          'redirect',
          `Could not load ${url}: its redirects could not be followed (a redirect loop, or a server this page may not read)`,
        );
      throw toSourceError(error, url, timedOut, options);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new SourceError('http', `Could not load ${url}: the server answered ${status}`);
    }
    let text: string;
    try {
      text = await readCapped(response, url, options.maxBytes);
    } catch (error) {
      throw toSourceError(error, url, timedOut, options);
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
      throw new SourceError(
        'html',
        markup || invalid
          ? `${url} returned an HTML page, not JSON (is the path right?)`
          : `${url} holds JSON but was served as ${type.split(';')[0]!.trim()}, not as application/json`,
      );
    if (invalid) throw new SourceError('json', `${url} is not valid JSON: ${invalid.message}`);
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

function toSourceError(error: unknown, url: string, timedOut: boolean, options: LoadOptions): SourceError {
  if (error instanceof SourceError) return error;
  if (timedOut)
    return new SourceError('timeout', `${url} did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
  if (options.signal.aborted) return new SourceError('aborted', 'Loading was cancelled');
  return new SourceError('network', `Could not load ${url}: ${(error as Error)?.message || 'network error'}`);
}
