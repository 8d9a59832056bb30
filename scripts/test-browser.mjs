// Browser tests in the system's headless Chromium through @web/test-runner.
import { findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { run, bin } from './lib/run.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
let code = await run(bin('tsc'), ['-p', 'tsconfig.json']);
if (code === 0) code = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
process.exit(code);
