import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// The README's element API tables are generated from the custom-elements manifest; this fails when a
// property, event, part or custom property changes and the README was not regenerated.
test('README API tables match a freshly generated custom-elements.json', () => {
  const result = spawnSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr || result.stdout);
});
