/**
 * Extraction for `<news-timeline>`, loaded by `news-timeline.js` the first time the element is given
 * article text (in the bundles, the extraction chunk beside them, self-contained): `extract()`, and
 * `extractStory()` for several child articles.
 * The same module is the extraction worker: started as a module worker, it answers each
 * `{text, options}` message with `{list}` or `{error}` (src/timeline/extraction-loader.ts).
 */
import { extract } from './extract/index.js';
import { extractStory } from './extract/story/index.js';
import type { EventList, ExtractOptions } from './extract/types.js';

export { extract, extractStory };

export interface ExtractionRequest {
  text: string;
  options: ExtractOptions;
}

export type ExtractionReply = { list: EventList } | { error: string };

interface WorkerScope {
  WorkerGlobalScope?: unknown;
  onmessage: ((message: MessageEvent<ExtractionRequest>) => void) | null;
  postMessage(reply: ExtractionReply): void;
}

const scope = globalThis as unknown as WorkerScope;
if (typeof scope.WorkerGlobalScope === 'function') {
  scope.onmessage = ({ data: { text, options } }) => {
    let reply: ExtractionReply;
    try {
      reply = { list: extract(text, options) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  };
}
