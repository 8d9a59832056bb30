/** The states shown instead of a timeline (loading, nothing, error) and the note about skipped events. */
import { html, nothing, type TemplateResult } from 'lit';

export function renderLoading(title: string): TemplateResult {
  return html`<div class="state" part="state" role="status" aria-live="polite">
    <div class="spinner" aria-hidden="true"></div>
    <p class="title">${title}</p>
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

export function renderNote(text: string): TemplateResult | typeof nothing {
  return text ? html`<p class="note" part="note" role="note">${text}</p>` : nothing;
}
