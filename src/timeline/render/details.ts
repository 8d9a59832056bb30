/**
 * The card of the selected event (part `details`): its label as a heading at the page's level, its date
 * for people and why it was read so, and the source sentence with the time phrase marked. With nothing
 * selected, a hint on how to read the timeline.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Timex } from '../../extract/types.js';
import type { PreparedEvent } from '../layout/prepare.js';

/** Splits the sentence around the time phrase; offsets are checked, with a text search as fallback. */
export function markPhrase(event: PreparedEvent, timex: Timex | undefined): [string, string, string] {
  return splitAtPhrase(event.event.sentence, timex);
}

/** Splits a sentence (`start`: its offset in the article) around a phrase given by its article offsets. */
export function splitAtPhrase(
  sentence: { start: number; text: string },
  timex: { start: number; end: number; text: string } | undefined,
): [string, string, string] {
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

/** A heading of `level` 1–6, or no heading (a paragraph) for anything else: the page chooses. */
function heading(level: number, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="title">${text}</h1>`;
    case 2:
      return html`<h2 class="title">${text}</h2>`;
    case 3:
      return html`<h3 class="title">${text}</h3>`;
    case 4:
      return html`<h4 class="title">${text}</h4>`;
    case 5:
      return html`<h5 class="title">${text}</h5>`;
    case 6:
      return html`<h6 class="title">${text}</h6>`;
    default:
      return html`<p class="title">${text}</p>`;
  }
}

export interface DetailsState {
  event: PreparedEvent | null;
  timex: Timex | undefined;
  /** The event's date for people. */
  when: string;
  headingLevel: number;
  /** Shown with nothing selected. */
  hint: string;
  /** In a story: the sources that report the event, shown instead of the one sentence. */
  sources?: TemplateResult;
  onClose: () => void;
}

export function renderDetails({
  event,
  timex,
  when,
  headingLevel,
  hint,
  sources,
  onClose,
}: DetailsState): TemplateResult {
  if (!event) {
    return html`<section class="details" part="details" aria-label="Event details">
      <p class="hint">${hint}</p>
    </section>`;
  }
  const [before, phrase, after] = markPhrase(event, timex);
  return html`<section class="details" part="details" aria-label="Event details">
    <div class="head">
      <div>
        ${heading(headingLevel, event.event.label)}
        <p class="when">${when}</p>
        ${event.background ? html`<p class="tag">Background: the date describes something in the story</p>` : nothing}
        ${timex?.why ? html`<p class="why">Why this date: ${timex.why}</p>` : nothing}
      </div>
      <button type="button" @click=${onClose} aria-label="Close details">Close</button>
    </div>
    ${
      sources ??
      (event.event.sentence.text
        ? html`<blockquote>${before}${phrase ? html`<mark>${phrase}</mark>` : nothing}${after}</blockquote>`
        : nothing)
    }
  </section>`;
}
