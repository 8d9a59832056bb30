/**
 * What the reader opens rather than sees first: the list view and the keys' panel, with their styles. In
 * the bundles a chunk of its own (news-timeline-panels-<hash>.js), loaded the first time either is
 * opened or when the page is idle after the first chart: the first view does not wait for it.
 */
export { renderKeyHelp } from './render/key-help.js';
export { renderListView } from './render/list-view.js';
export { panelStyles } from './render/panel-styles.js';
