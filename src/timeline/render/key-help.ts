/** The panel of the chart's keys, which the toolbar's "?" button or the ? key opens. */
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
