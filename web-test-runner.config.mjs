// Browser tests in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/lib/find-chrome.mjs';
import { d3Subset } from './scripts/lib/d3-subsets.mjs';
import { frameworkSnippets } from './scripts/lib/framework-snippets.mjs';

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

export default {
  rootDir: '.',
  plugins: [d3Subsets, frameworkSnippets],
  middleware: [testRoutes],
  files: ['build/test/browser/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
};
