// Browser tests in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/lib/find-chrome.mjs';
import { d3Subset } from './scripts/lib/d3-subsets.mjs';

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

export default {
  rootDir: '.',
  plugins: [d3Subsets],
  files: ['build/test/browser/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
};
