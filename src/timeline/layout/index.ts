/** Pure layout of the timeline (no DOM): scales, ticks, clusters, lanes, dates for people. */
export * from './dates.js';
export * from './prepare.js';
export * from './scale.js';
export * from './ticks.js';
export * from './labels.js';
export * from './clusters.js';
export * from './frame.js';
export * from './human-date.js';
export { resolveLang, DEFAULT_LANG } from './intl.js';
export * from './prefetch.js';
export * from './story.js';
