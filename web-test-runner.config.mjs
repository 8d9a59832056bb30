// Browser tests in the system's headless Chromium (no browser download).
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/lib/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

export default {
  rootDir: '.',
  files: ['build/test/browser/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
};
