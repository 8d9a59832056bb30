// Unit tests in Node (extraction, layout, CLI): compile with tsc, then node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run, bin } from './lib/run.mjs';

function testFiles(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

let code = await run(bin('tsc'), ['-p', 'tsconfig.json']);
if (code === 0) code = await run(bin('tsc'), ['-p', 'tsconfig.build.json']);
if (code === 0) code = await run(process.execPath, ['--test', '--test-reporter=spec', ...testFiles('build/test/unit')]);
process.exit(code);
