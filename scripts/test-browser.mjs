// Browser tests in the system's headless Chromium through @web/test-runner.
// Builds first: some tests load the built bundles and the static demo from dist/.
// Extra arguments go to wtr, e.g. `--files 'build/test/browser/timeline/**/*.test.js'`;
// `--no-build` skips the build when dist/ is known to be current.
// Type errors are reported by `npm run typecheck`; here tsc only has to emit.
import { findChrome, INSTALL_HINT } from './lib/find-chrome.mjs';
import { run, bin } from './lib/run.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
await run(bin('tsc'), ['-p', 'tsconfig.json']);
if (!noBuild && (await run(process.execPath, ['scripts/build.mjs'])) !== 0) process.exit(1);
const wtrArgs = args.filter((a) => a !== '--no-build');
process.exit(await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs', ...wtrArgs]));
