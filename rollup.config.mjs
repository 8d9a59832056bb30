// Bundles: the element with extraction (news-timeline.bundle.js) and without (news-timeline-element.bundle.js),
// the chunks they load when needed beside them (scripts/lib/chunks.mjs: extraction, d3-zoom, a story's
// view), the same in one file (news-timeline.single.js), the editor, and the demo page's scripts. The
// library itself (dist/**/*.js + .d.ts) is emitted by tsc.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { d3Subset } from './scripts/lib/d3-subsets.mjs';
import { minifyTemplates } from './scripts/lib/minify-templates.mjs';
import { CHUNKS, chunkBuild, chunkFile, chunkLinks, splitChunkFile } from './scripts/lib/chunks.mjs';

// d3 modules swapped for our subsets (scripts/lib/d3-subsets.mjs).
const local = (path) => fileURLToPath(new URL(path, import.meta.url));
const d3Subsets = {
  name: 'd3-subsets',
  resolveId(source, importer) {
    const module = d3Subset(source, importer);
    return module ? local(`src/${module}.ts`) : null;
  },
};

export const plugins = ({ chunks = 'inline', preamble = true, sourceMap = false, strict = true } = {}) => [
  d3Subsets,
  chunkLinks({ inline: chunks === 'inline', strict }),
  resolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
  typescript({
    tsconfig: './tsconfig.base.json',
    include: ['src/**/*.ts', 'demo/**/*.ts'],
    exclude: ['src/cli/**'],
    compilerOptions: {
      sourceMap,
      inlineSources: sourceMap,
      declaration: false,
      outDir: undefined,
      noEmitOnError: true,
    },
  }),
  minifyTemplates(),
  // chrono-node's parser classes keep their names: extraction picks the ones it runs by name (timex/engine.ts)
  // The magic comment asks V8 to compile every function as the script loads (off the main thread for a
  // streamed script) instead of on its first call: the first zoom frames call code that the first render
  // did not, and compiling it lazily took about 9 ms of main-thread time over the bench's 24 zoom steps
  // at 10,000 events, most of it in the first frames.
  // Two compress passes and pure getters (no getter here runs for its side effects) take about 0.3 KB gzip
  // more out of the element.
  terser({
    ecma: 2020,
    module: true,
    compress: { passes: 2, pure_getters: true },
    keep_classnames: /Parser$/,
    format: { comments: false, ...(preamble && { preamble: '//# allFunctionsCalledOnLoad' }) },
  }),
];

export const onwarn = (warning, warn) => {
  // d3 modules have benign circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

// d3-time defines each of its intervals with a call at the top of its one module, which rollup keeps
// unless told the constructors are pure: the local-time and weekday intervals the axis never uses
// (ticks.ts takes six UTC ones) then drop out (about 0.3 KB gzip).
export const treeshake = { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday'] };

// A bundle in one file (`inline`), or one that loads its chunks from beside it (`linked`: the
// self-contained chunks by name, the modules it imports dynamically split off by rollup, importing what
// they share from the bundle).
const bundle = (input, file, { chunks = 'inline', ...options } = {}) => ({
  input,
  output:
    chunks === 'linked'
      ? { dir: dirname(file), entryFileNames: basename(file), chunkFileNames: splitChunkFile, format: 'es' }
      : { file, format: 'es', inlineDynamicImports: true },
  // The bundle may export more than its module does (what its chunks import from it): no facade file.
  ...(chunks === 'linked' && { preserveEntrySignatures: 'allow-extension' }),
  plugins: plugins({ chunks, ...options }),
  treeshake,
  onwarn,
});

export default [
  // The self-contained chunks first: the bundles that load them need their file names.
  // They are compiled lazily (no compile hint): extraction is mostly code a given text does not run.
  ...CHUNKS.map((chunk) => ({
    input: chunk.source,
    output: { dir: 'dist', entryFileNames: chunkFile(chunk.name), format: 'es', inlineDynamicImports: true },
    plugins: [...plugins({ preamble: false }), chunkBuild(chunk)],
    treeshake,
    onwarn,
  })),
  // first load: the element, which loads the chunks when it needs them
  bundle('src/news-timeline.ts', 'dist/news-timeline.bundle.js', { chunks: 'linked' }),
  bundle('src/news-timeline-element.ts', 'dist/news-timeline-element.bundle.js', { chunks: 'linked' }),
  bundle('src/news-timeline.ts', 'dist/news-timeline.single.js'),
  // The editor (with the extraction engine it reads dates with) is a bundle of its own: reader pages never load it.
  bundle('src/news-timeline-editor.ts', 'dist/news-timeline-editor.bundle.js'),
  bundle('demo/demo.ts', 'dist/demo/demo.js'),
  bundle('demo/extract-worker.ts', 'dist/demo/extract-worker.js'),
];
