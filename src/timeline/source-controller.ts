/**
 * The `src` attribute's request as a Lit ReactiveController: one request at a time (a new `src`
 * aborts the previous one, so a late answer can never overwrite a newer one), aborted on disconnect and
 * restarted on reconnect, and a retry. Every outcome is a state; nothing rejects unhandled.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, SourceError } from './source-loader.js';

export type LoadState =
  | { src: string; status: 'loading'; controller: AbortController }
  | { src: string; status: 'done'; json: unknown }
  | { src: string; status: 'error'; error: SourceError };

export interface SourceLimits {
  timeoutMs: number;
  maxBytes: number;
}

export class SourceController implements ReactiveController {
  #state: LoadState | null = null;
  /** Bumped on every state change, so the host can tell in willUpdate. */
  version = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): LoadState | null {
    return this.#state;
  }

  #set(state: LoadState | null): void {
    this.#state = state;
    this.version++;
    this.host.requestUpdate();
  }

  /** Makes `src` (or nothing) the wanted source: starts, keeps or aborts the request accordingly. */
  want(src: string | null, limits: SourceLimits): void {
    const current = this.#state;
    if (current && current.src === src) return;
    if (current?.status === 'loading') current.controller.abort();
    if (src) this.#load(src, limits);
    else if (current) this.#set(null);
  }

  /** Loads the current `src` again (the error state's Retry button). */
  retry(limits: SourceLimits): void {
    const src = this.#state?.src;
    if (src) this.#load(src, limits);
  }

  #load(src: string, limits: SourceLimits): void {
    const controller = new AbortController();
    const loading: LoadState = { src, status: 'loading', controller };
    this.#set(loading);
    loadJson(src, { signal: controller.signal, ...limits }).then(
      (json) => {
        if (this.#state === loading) this.#set({ src, status: 'done', json });
      },
      (error: unknown) => {
        if (this.#state !== loading || controller.signal.aborted) return;
        const sourceError =
          error instanceof SourceError ? error : new SourceError('network', `Could not load ${src}: ${String(error)}`);
        this.#set({ src, status: 'error', error: sourceError });
      },
    );
  }

  hostConnected(): void {
    // A request cut short by a disconnect starts again on the next update.
    if (this.#state?.status === 'loading' && this.#state.controller.signal.aborted) this.#set(null);
  }

  hostDisconnected(): void {
    if (this.#state?.status === 'loading') this.#state.controller.abort();
  }
}
