/**
 * What went wrong with a `src` request, in words for people. Only a failed request needs them: in the
 * bundles a chunk of its own (news-timeline-source-messages-<hash>.js), loaded when a request fails
 * (source-loader.ts words the error plainly when it cannot load).
 */
import { SourceError, type SourceProblem } from './source-loader.js';

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

function message({ kind, url, detail, bytes = 0, limit = 0 }: SourceProblem): string {
  switch (kind) {
    case 'too-large':
      return bytes
        ? `${url} is too large (${megabytes(bytes)}; the limit is ${megabytes(limit)})`
        : `${url} is too large (over ${megabytes(limit)}, the limit)`;
    case 'redirect':
      return `Could not load ${url}: its redirects could not be followed (a redirect loop, or a server this page may not read)`;
    case 'http':
      return `Could not load ${url}: the server answered ${detail}`;
    case 'html':
      return detail
        ? `${url} holds JSON but was served as ${detail}, not as application/json`
        : `${url} returned an HTML page, not JSON (is the path right?)`;
    case 'json':
      return `${url} is not valid JSON: ${detail}`;
    case 'timeout':
      return `${url} did not answer within ${Math.round(limit / 1000)} s`;
    case 'aborted':
      return 'Loading was cancelled';
    default:
      return `Could not load ${url}: ${detail || 'network error'}`;
  }
}

export const sourceError = (problem: SourceProblem): SourceError => new SourceError(problem.kind, message(problem));
