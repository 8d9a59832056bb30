/**
 * Edge markers: "← 2 earlier" and "1 later →" at the chart's top corners, for the events wholly outside
 * the view; a click zooms to them. HTML buttons over the chart (outside its listbox, whose children are
 * options only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OutsideCounts } from '../layout/story.js';

export interface EdgeState {
  counts: OutsideCounts;
  number: (n: number) => string;
  onEarlier: () => void;
  onLater: () => void;
}

/** Text of a marker, also measured by the chart to keep the publication label clear of it. */
export const edgeText = (side: 'earlier' | 'later', count: string) =>
  side === 'earlier' ? `← ${count} earlier` : `${count} later →`;

export function renderEdges({ counts, number, onEarlier, onLater }: EdgeState): TemplateResult {
  const marker = (side: 'earlier' | 'later', n: number, onClick: () => void) =>
    n
      ? html`<button
          type="button"
          class="edge ${side}"
          part="edge-marker"
          aria-label=${`Show ${number(n)} ${side} event${n === 1 ? '' : 's'}`}
          @click=${onClick}
        >
          ${edgeText(side, number(n))}
        </button>`
      : nothing;
  return html`${marker('earlier', counts.earlier, onEarlier)}${marker('later', counts.later, onLater)}`;
}
