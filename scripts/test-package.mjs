// The package as users get it (test/package/): packs dist/ and installs the tarball into an empty project.
// Builds first (the tarball ships the bundles and the manifest); `--no-build` when dist/ is known to be current.
import { run, bin } from './lib/run.mjs';

const noBuild = process.argv.includes('--no-build');
await run(bin('tsc'), ['-p', 'tsconfig.json']);
if (!noBuild && (await run(process.execPath, ['scripts/build.mjs'])) !== 0) process.exit(1);
process.exit(await run(process.execPath, ['--test', '--test-reporter=spec', 'build/test/package/tarball.test.js']));
