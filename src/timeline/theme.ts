/**
 * The theme `<news-timeline>` and `<news-timeline-editor>` share: the public `--news-timeline-*` custom
 * properties, resolved once into internal `--_*` variables with their light and dark defaults; the host's
 * colours and font; the box model; the visually hidden text both read to screen readers.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_bg: var(--news-timeline-background, #ffffff);
    --_fg: var(--news-timeline-color, #1d2330);
    --_muted: var(--news-timeline-muted-color, #5b6472);
    --_grid: var(--news-timeline-grid-color, #e3e6eb);
    --_event: var(--news-timeline-event-color, #1f5fcc);
    --_selected: var(--news-timeline-selected-color, #c2410c);
    --_cluster: var(--news-timeline-cluster-color, #4b5563);
    --_cluster-text: var(--news-timeline-cluster-text-color, #ffffff);
    --_published: var(--news-timeline-published-color, #b42318);
    --_focus: var(--news-timeline-focus-color, #0b57d0);
    --_mark: var(--news-timeline-mark-color, #fff1a8);
    --_radius: var(--news-timeline-border-radius, 6px);
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(
      --news-timeline-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: var(--news-timeline-font-size, 13px);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--news-timeline-background, #15171b);
      --_fg: var(--news-timeline-color, #e8eaed);
      --_muted: var(--news-timeline-muted-color, #a3abb8);
      --_grid: var(--news-timeline-grid-color, #2b3039);
      --_event: var(--news-timeline-event-color, #7fb0ff);
      --_selected: var(--news-timeline-selected-color, #ffab70);
      --_cluster: var(--news-timeline-cluster-color, #a5afbd);
      --_cluster-text: var(--news-timeline-cluster-text-color, #15171b);
      --_published: var(--news-timeline-published-color, #ff8a80);
      --_focus: var(--news-timeline-focus-color, #8ab4f8);
      --_mark: var(--news-timeline-mark-color, #5c4d00);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* read by screen readers, not drawn */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
