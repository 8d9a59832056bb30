// Browser tests in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/lib/find-chrome.mjs';
import { d3Subset } from './scripts/lib/d3-subsets.mjs';
import { frameworkSnippets } from './scripts/lib/framework-snippets.mjs';
import { isChunkFile } from './scripts/lib/chunks.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// The same d3 subsets as the bundles (scripts/lib/d3-subsets.mjs), so the tests exercise what ships.
const d3Subsets = {
  name: 'd3-subsets',
  resolveImport({ source, context }) {
    const module = d3Subset(source, context.path);
    return module ? `/build/src/${module}.js` : undefined;
  },
};

// Answers the source-loading tests need from a real server (test/browser/timeline/source-errors.test.ts).
const TEST_ROUTES = {
  '/__test__/redirect-loop': (context) => {
    context.status = 302;
    context.set('Location', '/__test__/redirect-loop');
  },
  '/__test__/json-as-html': (context) => {
    context.type = 'text/html';
    context.body = JSON.stringify({ version: 2, article: { published: null, text: '' }, timexes: [], events: [] });
  },
};
const testRoutes = (context, next) => (TEST_ROUTES[context.path] ?? next)(context);

// A page of its own URL for test/browser/timeline/bundle-page.ts (an about:srcdoc frame may not start a
// worker from its parent's origin), with `?csp=` as the page's Content-Security-Policy header.
TEST_ROUTES['/__test__/bundle-page.html'] = (context) => {
  const csp = context.query.csp;
  if (csp) context.set('Content-Security-Policy', csp);
  context.type = 'text/html';
  context.body = `<!doctype html><html lang="en-GB"><head><title>bundle</title>
    <script type="module" src="/build/test/browser/timeline/bundle-page.js"></script></head><body></body></html>`;
};

// The built bundles as pages load them from elsewhere (test/browser/timeline/bundles.test.ts):
// `/__test__/cdn/x.js` is dist/x.js in another directory (and, with CORS, from another origin through
// 127.0.0.1); `/__test__/no-chunks/x.js` the same from a host that was given the bundles but not the
// chunks beside them.
async function bundleRoutes(context, next) {
  const match = /^\/__test__\/(cdn|no-chunks)\/([\w.-]+\.js)$/.exec(context.path);
  if (!match) return next();
  if (match[1] === 'no-chunks' && isChunkFile(match[2])) {
    context.status = 404;
    return;
  }
  context.url = `/dist/${match[2]}`;
  await next();
  context.set('Access-Control-Allow-Origin', '*');
}

export default {
  rootDir: '.',
  plugins: [d3Subsets, frameworkSnippets],
  middleware: [testRoutes, bundleRoutes],
  files: ['build/test/browser/**/*.test.js'],
  // the builds of lit that ship (the "development" condition would load its dev mode, as WDS does by default)
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
};
