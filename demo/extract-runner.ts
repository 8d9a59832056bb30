/**
 * extract() for the demo: in a Web Worker when `extract-worker.js` is served next to the page, else on
 * the main thread (extraction of a news article takes milliseconds; see the report for figures).
 */
import { extract } from '../src/extract/index.js';
import type { EventList, ExtractOptions } from '../src/extract/types.js';

export interface ExtractRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ExtractReply = { id: number; list: EventList; ms: number } | { id: number; error: string };

export interface ExtractResult {
  list: EventList;
  /** Time spent in extract(), in milliseconds. */
  ms: number;
  where: 'worker' | 'main thread';
}

interface Pending {
  request: ExtractRequest;
  resolve: (result: ExtractResult) => void;
  reject: (error: Error) => void;
}

export function extractHere(text: string, options: ExtractOptions): ExtractResult {
  const started = performance.now();
  const list = extract(text, options);
  return { list, ms: performance.now() - started, where: 'main thread' };
}

export class ExtractRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** @param workerUrl the worker module; null runs everything on the main thread. */
  constructor(workerUrl: URL | null) {
    if (!workerUrl || typeof Worker === 'undefined') return;
    try {
      this.worker = new Worker(workerUrl, { type: 'module' });
    } catch {
      return;
    }
    this.worker.onmessage = (message: MessageEvent<ExtractReply>) => this.settle(message.data);
    // A worker that cannot load (not built, blocked by a CSP) fails once: finish its work here.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
  }

  get where(): ExtractResult['where'] {
    return this.worker ? 'worker' : 'main thread';
  }

  run(text: string, options: ExtractOptions): Promise<ExtractResult> {
    if (!this.worker) return this.runHere(text, options);
    const request: ExtractRequest = { id: this.nextId++, text, options };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject });
      this.worker!.postMessage(request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private runHere(text: string, options: ExtractOptions): Promise<ExtractResult> {
    try {
      return Promise.resolve(extractHere(text, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private settle(reply: ExtractReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve({ list: reply.list, ms: reply.ms, where: 'worker' });
  }

  private fallBack(): void {
    this.dispose();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve, reject } of waiting) {
      this.runHere(request.text, request.options).then(resolve, reject);
    }
  }
}
