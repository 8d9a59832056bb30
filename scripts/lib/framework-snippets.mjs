// What the README's framework snippets (test/browser/frameworks/) need from the test server, as a page
// with each framework's own build would have it:
// - `news-timeline/…` resolves through package.json's exports to dist/ (the built package, as users import it);
// - `react` and `react-dom/client` are one ES module bundled from React's CommonJS with rollup;
// - `vue` is Vue's ES module browser build (with the template compiler);
// - `.svelte` files are compiled by Svelte's compiler, and `svelte` is its browser entry.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { compile } from 'svelte/compiler';

const root = new URL('../../', import.meta.url);
const exportsMap = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).exports;
const REACT = '/__frameworks__/react.js';

/** `news-timeline/x` → the file package.json's exports names for `./x`, as a server path. */
function packageFile(source) {
  const target = exportsMap[`./${source.slice('news-timeline/'.length)}`];
  const file = typeof target === 'string' ? target : target?.default;
  return file ? file.replace(/^\.\//, '/') : undefined;
}

let reactModule = null;
async function bundleReact() {
  const bundle = await rollup({
    input: 'react-entry',
    plugins: [
      {
        name: 'react-entry',
        resolveId: (id) => (id === 'react-entry' ? id : null),
        load: (id) =>
          id === 'react-entry'
            ? "export { createElement } from 'react';\nexport { createRoot } from 'react-dom/client';\n"
            : null,
      },
      {
        name: 'node-env',
        transform: (code) => code.replaceAll('process.env.NODE_ENV', JSON.stringify('development')),
      },
      resolve({ browser: true }),
      commonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

export const frameworkSnippets = {
  name: 'framework-snippets',
  resolveImport({ source }) {
    if (source.startsWith('news-timeline/')) return packageFile(source);
    if (source === 'react' || source === 'react-dom/client') return REACT;
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    if (source === 'svelte') return '/node_modules/svelte/src/index-client.js'; // its "browser" export
    return undefined;
  },
  async serve(context) {
    if (context.path === REACT) return { body: await (reactModule ??= bundleReact()), type: 'js' };
    if (context.path.endsWith('.svelte')) {
      const file = new URL(`.${context.path}`, root);
      const { js } = compile(readFileSync(file, 'utf8'), { filename: context.path, generate: 'client' });
      return { body: js.code, type: 'js' };
    }
    return undefined;
  },
};
