/**
 * Styles a story adds, adopted by the element when the coverage module loads: the sources' colours
 * (`--news-timeline-source-1-color` … `-5-color`, cycling; letters tell sources apart, never colour
 * alone), the badge with the number of reports, the sources bar and the sources in the card.
 */
import { css } from 'lit';

export const coverageStyles = css`
  :host {
    --_source-0: var(--news-timeline-source-1-color, #0f766e);
    --_source-1: var(--news-timeline-source-2-color, #7c3aed);
    --_source-2: var(--news-timeline-source-3-color, #be185d);
    --_source-3: var(--news-timeline-source-4-color, #3f7d20);
    --_source-4: var(--news-timeline-source-5-color, #8a5a00);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_source-0: var(--news-timeline-source-1-color, #2dd4bf);
      --_source-1: var(--news-timeline-source-2-color, #b39dfa);
      --_source-2: var(--news-timeline-source-3-color, #f472b6);
      --_source-3: var(--news-timeline-source-4-color, #8fd16a);
      --_source-4: var(--news-timeline-source-5-color, #f3c04b);
    }
  }
  .source-0 {
    --_source: var(--_source-0);
  }
  .source-1 {
    --_source: var(--_source-1);
  }
  .source-2 {
    --_source: var(--_source-2);
  }
  .source-3 {
    --_source: var(--_source-3);
  }
  .source-4 {
    --_source: var(--_source-4);
  }
  /* An event one article reports: that article's colour (the selection's colour wins). */
  .event[class*='source-']:not(.selected) .mark:not([fill]) {
    fill: var(--_source);
  }
  .event[class*='source-']:not(.selected) .stop {
    stop-color: var(--_source);
  }
  .event[class*='source-'].ongoing .cap {
    stroke: var(--_source);
  }
  /* An event several articles report: a badge with their number. */
  .report-badge rect,
  .key-badge {
    fill: var(--_event);
    background: var(--_event);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .report-badges {
    pointer-events: none;
  }
  .report-badge.selected rect {
    fill: var(--_selected);
  }
  .report-badge text {
    fill: var(--_bg);
    font-size: 10px;
    font-weight: 700;
  }

  .sources {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
    margin: 6px 0 4px;
  }
  .sources-title {
    color: var(--_muted);
    font-weight: 600;
  }
  .source-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    /* Two to a row on a phone; the card names each article in full. */
    max-width: min(22em, calc(50% - 3px));
    padding: 2px 8px 2px 3px;
    border-radius: 999px;
  }
  .source-toggle .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .source-toggle[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .source-toggle[aria-pressed='false'] .letter {
    background: transparent;
    color: var(--_muted);
    box-shadow: inset 0 0 0 1.5px var(--_muted);
  }
  .letter {
    display: inline-grid;
    place-items: center;
    flex: none;
    min-width: 1.6em;
    height: 1.6em;
    padding: 0 3px;
    border-radius: 999px;
    background: var(--_source, var(--_muted));
    color: var(--_bg);
    font-size: 0.85em;
    font-weight: 700;
    text-decoration: none;
  }
  .sources-key {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .key-badge {
    display: inline-grid;
    place-items: center;
    width: 16px;
    height: 14px;
    border-radius: 4px;
    color: var(--_bg);
    font-size: 10px;
    font-weight: 700;
  }

  .details .reports,
  .details .disagree {
    margin: 6px 0 0;
    font-weight: 600;
  }
  .details .disagree {
    color: var(--_selected);
  }
  .source-list {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .source {
    padding: 6px 0 2px;
    border-top: 1px solid var(--_grid);
  }
  .source:first-child {
    border-top: 0;
  }
  .source-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
    margin: 0;
    font-weight: 600;
  }
  .source-head .letter {
    align-self: center;
  }
  .source-head a {
    color: inherit;
    text-decoration-color: var(--_source);
    text-underline-offset: 2px;
  }
  .source-meta {
    color: var(--_muted);
    font-weight: 400;
  }
  .source blockquote {
    margin-top: 4px;
    border-left-color: var(--_source);
  }
  .source .says {
    margin: 2px 0 0 13px;
    color: var(--_muted);
    font-size: 0.92em;
  }
`;
