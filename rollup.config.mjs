// Bundles: the self-contained element (with extraction), the element alone (for pages that pass
// `.data`), and the demo page's script. The library itself (dist/**/*.js + .d.ts) is emitted by tsc.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

// d3-zoom needs only interrupt() and a tween-driven transition from d3-transition, only interpolateZoom
// from d3-interpolate, and a dozen selection methods from d3-selection: our subsets keep d3-color,
// d3-timer, d3-ease and most of d3-selection out of the bundles. The browser tests load the same subsets
// (web-test-runner.config.mjs).
// (d3-interpolate is swapped for d3-zoom only: other importers, e.g. d3-scale, get the real one.)
const local = (path) => fileURLToPath(new URL(path, import.meta.url));
const d3Subsets = {
  name: 'd3-subsets',
  resolveId(source, importer) {
    if (source === 'd3-transition') return local('src/timeline/transition-lite.ts');
    if (source === 'd3-selection') return local('src/timeline/selection-lite.ts');
    if (source === 'd3-interpolate' && /[\\/]d3-zoom[\\/]/.test(importer ?? ''))
      return local('src/timeline/interpolate-zoom.ts');
    return null;
  },
};

const plugins = () => [
  d3Subsets,
  resolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
  typescript({
    tsconfig: './tsconfig.base.json',
    include: ['src/**/*.ts', 'demo/**/*.ts'],
    exclude: ['src/cli/**'],
    compilerOptions: { sourceMap: false, declaration: false, outDir: undefined, noEmitOnError: true },
  }),
  // chrono-node's parser classes keep their names: extraction picks the ones it runs by name (timex/engine.ts)
  terser({ ecma: 2020, module: true, keep_classnames: /Parser$/, format: { comments: false } }),
];

const onwarn = (warning, warn) => {
  // d3 modules have benign circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', inlineDynamicImports: true },
  plugins: plugins(),
  onwarn,
});

export default [
  bundle('src/news-timeline.ts', 'dist/news-timeline.bundle.js'),
  bundle('src/news-timeline-element.ts', 'dist/news-timeline-element.bundle.js'),
  bundle('demo/demo.ts', 'dist/demo/demo.js'),
  bundle('demo/extract-worker.ts', 'dist/demo/extract-worker.js'),
];
