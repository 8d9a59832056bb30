// Browser tests in the system's headless Chromium through @web/test-runner.
// Extra arguments go to wtr, e.g. `--files 'build/test/browser/timeline/**/*.test.js'`.
// Type errors are reported by `npm run typecheck`; here tsc only has to emit.
import { findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { run, bin } from './lib/run.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
await run(bin('tsc'), ['-p', 'tsconfig.json']);
process.exit(await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]));
