// Bundles: the self-contained element (with extraction), the element alone (for pages that pass
// `.data`), the editor, and the demo page's script. The library itself (dist/**/*.js + .d.ts) is emitted by tsc.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { d3Subset } from './scripts/lib/d3-subsets.mjs';

// d3 modules swapped for our subsets (scripts/lib/d3-subsets.mjs).
const local = (path) => fileURLToPath(new URL(path, import.meta.url));
const d3Subsets = {
  name: 'd3-subsets',
  resolveId(source, importer) {
    const module = d3Subset(source, importer);
    return module ? local(`src/${module}.ts`) : null;
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
  // The magic comment asks V8 to compile every function as the script loads (off the main thread for a
  // streamed script) instead of on its first call: the first zoom frames call code that the first render
  // did not, and compiling it lazily took about 9 ms of main-thread time over the bench's 24 zoom steps
  // at 10,000 events, most of it in the first frames.
  terser({
    ecma: 2020,
    module: true,
    keep_classnames: /Parser$/,
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  }),
];

const onwarn = (warning, warn) => {
  // d3 modules have benign circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

// What a page loads on first use (a story's view, extractStory) is a chunk beside the bundle, imported
// relative to it: `news-timeline-coverage-<hash>.js` next to `news-timeline-element.bundle.js`.
const chunkName = ({ facadeModuleId }) =>
  `news-timeline-${facadeModuleId ? basename(dirname(facadeModuleId)) : 'shared'}-[hash].js`;

const bundle = (input, file) => ({
  input,
  output: { dir: dirname(file), entryFileNames: basename(file), chunkFileNames: chunkName, format: 'es' },
  // The bundle may export more than its module does (what its chunks import from it): no facade file.
  preserveEntrySignatures: 'allow-extension',
  plugins: plugins(),
  onwarn,
});

export default [
  bundle('src/news-timeline.ts', 'dist/news-timeline.bundle.js'),
  bundle('src/news-timeline-element.ts', 'dist/news-timeline-element.bundle.js'),
  // The editor (with the extraction engine it reads dates with) is a bundle of its own: reader pages never load it.
  bundle('src/news-timeline-editor.ts', 'dist/news-timeline-editor.bundle.js'),
  bundle('demo/demo.ts', 'dist/demo/demo.js'),
  bundle('demo/extract-worker.ts', 'dist/demo/extract-worker.js'),
];
