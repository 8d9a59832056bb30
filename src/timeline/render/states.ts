/** The states shown instead of a timeline (loading, nothing, error) and the note about skipped events. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Input } from '../input.js';

export function renderLoading(): TemplateResult {
  return html`<div class="state" part="state" role="status" aria-live="polite">
    <div class="spinner" aria-hidden="true"></div>
    <p class="title">Loading events…</p>
  </div>`;
}

export function renderMessage(title: string, message: string): TemplateResult {
  return html`<div class="state" part="state" role="status">
    <p class="title">${title}</p>
    ${message ? html`<p>${message}</p>` : nothing}
  </div>`;
}

export function renderError(message: string, onRetry: (() => void) | null): TemplateResult {
  return html`<div class="state error" part="state" role="alert">
    <p class="title">The timeline could not be shown.</p>
    <p class="message">${message}</p>
    ${onRetry ? html`<button type="button" @click=${onRetry}>Retry</button>` : nothing}
  </div>`;
}

/** "2 events were left out because their dates are impossible (…)", or '' when none were. */
export function skippedText(input: Input, number: (n: number) => string): string {
  if (input.kind !== 'ready' || !input.skipped.length) return '';
  const n = input.skipped.length;
  const first = input.skipped[0];
  return `${number(n)} event${n === 1 ? ' was' : 's were'} left out because ${n === 1 ? 'its date is' : 'their dates are'} impossible (for example ${first.id}: ${first.field} "${first.value}").`;
}

export function renderNote(text: string): TemplateResult | typeof nothing {
  return text ? html`<p class="note" part="note" role="note">${text}</p>` : nothing;
}
