// Unit tests in Node (extraction, layout, CLI): compile with tsc, then node's test runner.
// `node scripts/test-unit.mjs build/test/unit/extract` runs only the tests below that folder.
// Type errors are reported by `npm run typecheck`; here tsc only has to emit.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run, bin } from './lib/run.mjs';

function testFiles(path) {
  if (!statSync(path).isDirectory()) return path.endsWith('.test.js') ? [path] : [];
  return readdirSync(path).flatMap((name) => testFiles(join(path, name)));
}

// tsc never removes the output of a deleted source: a stale compiled test would still run.
rmSync('build', { recursive: true, force: true });
await run(bin('tsc'), ['-p', 'tsconfig.json']);
await run(bin('tsc'), ['-p', 'tsconfig.build.json']);
const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['build/test/unit']).flatMap(testFiles);
process.exit(await run(process.execPath, ['--test', '--test-reporter=spec', ...files]));
