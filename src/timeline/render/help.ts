/**
 * Help for readers: the keys (a panel the toolbar's "?" button or the ? key opens) and the first-time
 * hint on how to zoom and pan, shown until the reader has zoomed or panned once.
 */
import { html, type TemplateResult } from 'lit';

/** Every key of the chart, for the help panel. */
export const KEYS: [keys: string, what: string][] = [
  ['← →', 'move between events in time order'],
  ['Home, End', 'first, last event'],
  ['Enter, Space', 'open the event'],
  ['N, P', 'next, previous event of the story (zooms to it)'],
  ['+ −', 'zoom in, out'],
  ['0', 'show all events'],
  ['Page Up, Page Down', 'move the view'],
  ['Esc', 'close the event'],
  ['?', 'show or hide these keys'],
];

/** The same keys in words, for the listbox's description (read by screen readers, which say "←" badly). */
export const KEYS_SENTENCE =
  'Arrow keys move between events in time order, Home and End go to the first and last, Enter opens an event, ' +
  'N and P step to the next and previous event of the story, plus and minus zoom, 0 shows all events, ' +
  'Page Up and Page Down move the view, Escape closes the event, and the question mark lists these keys.';

export function renderKeyHelp(onClose: () => void): TemplateResult {
  return html`<section class="help" part="help" id="key-help" aria-label="Keyboard shortcuts">
    <div class="head">
      <p class="title">Keys, once the timeline has focus</p>
      <button type="button" @click=${onClose}>Close</button>
    </div>
    <dl>
      ${KEYS.map(
        ([keys, what]) =>
          html`<div>
            <dt>${keys}</dt>
            <dd>${what}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

/** How to zoom and pan with what the reader has: a touch screen or a mouse. */
export function gestureHint(): string {
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return touch ? 'Pinch to zoom, drag to move in time.' : 'Scroll over the timeline to zoom, drag to move in time.';
}
