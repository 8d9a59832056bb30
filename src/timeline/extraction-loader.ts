/**
 * The extractor `news-timeline.js` registers: it reads article text without weighing on the first load
 * or blocking the page. Extraction is a module of its own (news-timeline-extract.ts; in the bundles, the
 * chunk beside them). A text of `workerFrom()` characters or more (by default, any) is read in a module
 * worker started from that module, one worker per text, ended when the text is read or no longer wanted:
 * the main thread neither compiles the extraction code nor runs it, and only receives the result. Where
 * no worker can start (a browser without module workers, a script from another origin on a page whose
 * policy refuses blob: workers), the module is imported and the text read on the main thread.
 */
import type { EventList, ExtractOptions } from '../extract/types.js';
import type { ArticleExtractor } from './extractor.js';
import type { ExtractionReply, ExtractionRequest } from '../news-timeline-extract.js';

export interface ExtractionModule {
  extract(text: string, options: ExtractOptions): EventList;
}

export interface ExtractionLoader {
  /** Imports the extraction module (a literal import() there, for bundlers to see). */
  load(): Promise<ExtractionModule>;
  /** The URL of that same module, for a worker; null where it is bundled into another file (no worker). */
  url(): URL | null;
  /** Texts at least this long are read in a worker. */
  workerFrom(): number;
}

/** A worker could not be had: read on the main thread. */
const NO_WORKER = Symbol('no worker');

function startWorker(url: URL): Worker {
  try {
    return new Worker(url, { type: 'module' });
  } catch {
    // A script from another origin (a CDN) cannot be a worker's script; a same-origin blob importing it can.
    const blob = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob), { type: 'module' });
  }
}

function readInWorker(url: URL, request: ExtractionRequest, signal?: AbortSignal): Promise<EventList> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(url);
    } catch {
      return reject(NO_WORKER);
    }
    const end = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => end(() => reject(signal!.reason));
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<ExtractionReply>) =>
      end(() => ('list' in data ? resolve(data.list) : reject(new Error(data.error))));
    // The worker's script did not load or run (refused by a policy, not served): read here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => reject(NO_WORKER));
    };
    worker.postMessage(request);
  });
}

export function lazyExtractor(loader: ExtractionLoader): ArticleExtractor {
  let workersFail = false;
  const readHere = (text: string, options: ExtractOptions) =>
    loader.load().then(
      (module) => module.extract(text, options),
      (error: Error) => {
        throw new Error(`the extraction code could not be loaded (${error.message})`);
      },
    );
  return (text, options, signal) => {
    const url = loader.url();
    if (!url || workersFail || typeof Worker !== 'function' || text.length < loader.workerFrom())
      return readHere(text, options);
    return readInWorker(url, { text, options }, signal).catch((error: unknown) => {
      if (error !== NO_WORKER) throw error;
      workersFail = true;
      return readHere(text, options);
    });
  };
}
