// The bundles' chunks: modules the element loads when it needs them, beside the bundle that asks for them
// and loaded relative to it, so the files work together from any directory or CDN path. Every chunk is
// `news-timeline-<name>-<hash>.js` (the hash of its content: a page never pairs a bundle with a stale
// chunk from a cache). Two kinds:
// - self-contained (CHUNKS), each built on its own before the bundles: the extraction chunk doubles as a
//   worker's script, which must not load the element; d3-zoom shares nothing worth sharing with it;
// - split off by rollup from a bundle (a story's view: `coverage`), importing lit and the rest from it.
import path from 'node:path';

export const CHUNKS = [
  // extract() and extractStory(), the first time article text arrives (src/news-timeline.ts, src/timeline/extraction-loader.ts)
  { source: 'src/news-timeline-extract.ts', name: 'extract' },
  // d3-zoom, once the page is idle after the first chart or the reader reaches for it (src/timeline/zoom-controller.ts)
  { source: 'src/timeline/zoom-behaviour.ts', name: 'zoom' },
];

/** A chunk's file name pattern for rollup: `news-timeline-extract-[hash].js`. */
export const chunkFile = (name) => `news-timeline-${name}-[hash].js`;

/** The name of a chunk rollup splits off: its module's folder for an index file (`coverage`), else its file's stem. */
export const splitChunkFile = ({ facadeModuleId }) => {
  if (!facadeModuleId) return chunkFile('shared');
  const stem = path.basename(facadeModuleId).replace(/\.[cm]?[jt]s$/, '');
  return chunkFile(stem === 'index' ? path.basename(path.dirname(facadeModuleId)) : stem);
};

/** A built chunk's file name, true of the files in dist/ too: not a bundle, not the one-file build. */
export const isChunkFile = (file) => /^news-timeline-[a-z]+-[\w-]+\.js$/.test(file) && !file.endsWith('.bundle.js');

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const chunkFor = (specifier, importer) =>
  specifier.startsWith('.')
    ? CHUNKS.find(
        (c) => path.resolve(root, c.source) === path.resolve(path.dirname(importer), specifier.replace(/\.js$/, '.ts')),
      )
    : undefined;

/** The file each self-contained chunk was written to in this run (chunkBuild fills it; the bundles read it). */
const built = new Map();

/** For a self-contained chunk's own build: records the file it is written to. */
export function chunkBuild(chunk) {
  return {
    name: 'chunk-build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      built.set(chunk.name, entry.fileName);
    },
  };
}

/**
 * A rollup plugin for the bundles that load the chunks: `import('./x.js')` and `new URL('./x.js',
 * import.meta.url)` of a chunk's module become the chunk's file, left external. The chunks must be built
 * first in the same run (rollup.config.mjs lists them first; the CLI builds in order); with `strict`
 * false (scripts/size-modules.mjs), an unbuilt chunk gets a placeholder name. With `inline`, for the
 * one-file builds, the chunks' modules are bundled in and a worker URL becomes null (no file to start).
 */
export function chunkLinks({ inline = false, strict = true } = {}) {
  const fileOf = (chunk) => {
    const file = built.get(chunk.name);
    if (!file && strict) throw new Error(`chunk-links: the ${chunk.name} chunk is not built yet (build CHUNKS first)`);
    return file ?? chunkFile(chunk.name).replace('[hash]', 'unbuilt');
  };
  const files = () => CHUNKS.map((c) => built.get(c.name) ?? chunkFile(c.name).replace('[hash]', 'unbuilt'));
  return {
    name: 'chunk-links',
    transform(code, id) {
      let out = code;
      for (const [literal, specifier] of code.matchAll(/new URL\(\s*'(\.[^']+)',\s*import\.meta\.url\s*\)/g)) {
        const chunk = chunkFor(specifier, id);
        if (chunk) out = out.replace(literal, inline ? 'null' : `new URL('./${fileOf(chunk)}', import.meta.url)`);
      }
      if (!inline)
        for (const [literal, specifier] of code.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
          const chunk = chunkFor(specifier, id);
          if (chunk) out = out.replace(literal, `import('./${fileOf(chunk)}')`);
        }
      return out === code ? null : { code: out, map: null };
    },
    resolveDynamicImport(specifier) {
      const file = typeof specifier === 'string' && specifier.replace(/^\.\//, '');
      return files().includes(file) ? { id: specifier, external: true } : null;
    },
  };
}
