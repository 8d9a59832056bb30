// The bundles' chunks: modules the element loads when it needs them, each built on its own (self-contained:
// the extraction chunk doubles as a worker's script, which must not load the element) and loaded by file
// name relative to the bundle that asks for it, so the files work together from any directory or CDN path.
import path from 'node:path';

export const CHUNKS = [
  // extraction, the first time article text arrives (src/news-timeline.ts, src/timeline/extraction-loader.ts)
  { source: 'src/news-timeline-extract.ts', file: 'news-timeline-extract.bundle.js' },
  // d3-zoom, once the element is connected (src/timeline/zoom-controller.ts)
  { source: 'src/timeline/zoom-behaviour.ts', file: 'news-timeline-zoom.bundle.js' },
];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const chunkFor = (specifier, importer) =>
  specifier.startsWith('.')
    ? CHUNKS.find(
        (c) => path.resolve(root, c.source) === path.resolve(path.dirname(importer), specifier.replace(/\.js$/, '.ts')),
      )
    : undefined;

/**
 * A rollup plugin for the bundles that load the chunks: `import('./x.js')` and `new URL('./x.js',
 * import.meta.url)` of a chunk's module become the chunk's file, left external. With `inline`, for the
 * one-file builds, the chunks' modules are bundled in and a worker URL becomes null (no file to start).
 */
export function chunkLinks({ inline = false } = {}) {
  return {
    name: 'chunk-links',
    transform(code, id) {
      let out = code;
      for (const [literal, specifier] of code.matchAll(/new URL\(\s*'(\.[^']+)',\s*import\.meta\.url\s*\)/g)) {
        const chunk = chunkFor(specifier, id);
        if (chunk) out = out.replace(literal, inline ? 'null' : `new URL('./${chunk.file}', import.meta.url)`);
      }
      if (!inline)
        for (const [literal, specifier] of code.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
          const chunk = chunkFor(specifier, id);
          if (chunk) out = out.replace(literal, `import('./${chunk.file}')`);
        }
      return out === code ? null : { code: out, map: null };
    },
    resolveDynamicImport(specifier) {
      const file = typeof specifier === 'string' && specifier.replace(/^\.\//, '');
      return CHUNKS.some((c) => c.file === file) ? { id: specifier, external: true } : null;
    },
  };
}
