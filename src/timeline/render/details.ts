/** The details panel of the selected event: label, date for people, source sentence with the phrase marked, why. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Timex } from '../../extract/types.js';
import type { PreparedEvent } from '../layout/prepare.js';

/** Splits the sentence around the time phrase; offsets are checked, with a text search as fallback. */
export function markPhrase(event: PreparedEvent, timex: Timex | undefined): [string, string, string] {
  const sentence = event.event.sentence;
  const text = sentence.text;
  if (!timex || !timex.text) return [text, '', ''];
  let start = timex.start - sentence.start;
  let end = timex.end - sentence.start;
  if (!(start >= 0 && end <= text.length && start < end && text.slice(start, end) === timex.text)) {
    start = text.indexOf(timex.text);
    end = start + timex.text.length;
  }
  if (start < 0) return [text, '', ''];
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

export function renderDetails(
  event: PreparedEvent | null,
  timex: Timex | undefined,
  when: string,
  onClose: () => void,
): TemplateResult {
  if (!event) {
    return html`<section class="details" part="details" aria-label="Event details">
      <p class="hint">Select an event to read its sentence from the article.</p>
    </section>`;
  }
  const [before, phrase, after] = markPhrase(event, timex);
  return html`<section class="details" part="details" aria-label="Event details">
    <div class="head">
      <div>
        <h3>${event.event.label}</h3>
        <p class="when">${when}</p>
      </div>
      <button type="button" @click=${onClose} aria-label="Close details">Close</button>
    </div>
    ${
      event.event.sentence.text
        ? html`<blockquote>${before}${phrase ? html`<mark>${phrase}</mark>` : nothing}${after}</blockquote>`
        : nothing
    }
    ${timex?.why ? html`<p class="why">Why this date: ${timex.why}</p>` : nothing}
  </section>`;
}
