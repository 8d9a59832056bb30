import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The README's React, Vue and Svelte snippets are the code the browser test runs
// (test/browser/frameworks/): this fails when one is edited and the other is not.
const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

test('the README shows the framework snippets exactly as the browser test runs them', () => {
  const readme = read('README.md');
  const region = (path: string) => {
    const m = /\/\/ README:start\n([\s\S]*?)\/\/ README:end\n/.exec(read(path));
    assert.ok(m, `${path} has README markers`);
    return m[1]!;
  };
  for (const [lang, code] of [
    ['js', region('test/browser/frameworks/react.js')],
    ['js', region('test/browser/frameworks/vue.js')],
    ['svelte', read('test/browser/frameworks/Timeline.svelte')],
  ] as const) {
    assert.ok(readme.includes(`\`\`\`${lang}\n${code}\`\`\``), `README holds:\n${code}`);
  }
});
