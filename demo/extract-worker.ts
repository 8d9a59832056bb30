/**
 * Runs extract() off the main thread so that typing into a long article never blocks the page.
 * Messages in: {id, text, options}; out: {id, list, ms} or {id, error}.
 */
import { extract } from '../src/extract/index.js';
import type { ExtractRequest, ExtractReply } from './extract-runner.js';

const scope = self as unknown as {
  onmessage: ((message: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(reply: ExtractReply): void;
};

scope.onmessage = (message) => {
  const { id, text, options } = message.data;
  const started = performance.now();
  try {
    const list = extract(text, options);
    scope.postMessage({ id, list, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
