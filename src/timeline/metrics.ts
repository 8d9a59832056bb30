/**
 * Sizes the chart's code and its CSS share, each written once: styles.ts interpolates them, layout and
 * controllers import them.
 */

/** Default height (px) of one row of labels; `--news-timeline-lane-height` overrides it. */
export const LANE_HEIGHT = 34;
/** Lanes are never shorter than this (px): a label above, a mark below. */
export const MIN_LANE_HEIGHT = 24;
/** Font size (px) of the chart's labels: text is measured at this size for layout. */
export const CHART_FONT_SIZE = 12;
/** Row above the lanes, for the publication label and the edge markers (px). */
export const HEADER_HEIGHT = 22;
/** The time axis under the lanes: ticks, their labels and the context row (px). */
export const AXIS_HEIGHT = 46;
/** Padding (px) each side of an edge marker's text (it has a 1 px border too). */
export const EDGE_MARKER_PADDING = 6;
/** Factor of the zoom buttons and keys. */
export const ZOOM_STEP = 2;
/** Rows of a page of the list view. */
export const LIST_PAGE_SIZE = 100;
