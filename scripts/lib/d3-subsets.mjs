// Our subsets of d3 modules, for the bundles (rollup.config.mjs) and the browser tests
// (web-test-runner.config.mjs): one table, so the tests always load what ships.
// d3-zoom needs only interrupt() and a tween-driven transition from d3-transition, only interpolateZoom
// from d3-interpolate, and a dozen selection methods from d3-selection: the subsets keep d3-color,
// d3-timer, d3-ease and most of d3-selection out of the bundles.

const SUBSETS = [
  { source: 'd3-transition', module: 'timeline/transition-lite' },
  { source: 'd3-selection', module: 'timeline/selection-lite' },
  // Only for d3-zoom: other importers (d3-scale) get the real d3-interpolate.
  { source: 'd3-interpolate', module: 'timeline/interpolate-zoom', importer: /[\\/]d3-zoom[\\/]/ },
];

/** Our module (path under src/, without extension) standing in for `source` imported by `importer`, or null. */
export function d3Subset(source, importer = '') {
  const subset = SUBSETS.find((s) => s.source === source && (!s.importer || s.importer.test(importer)));
  return subset ? subset.module : null;
}
