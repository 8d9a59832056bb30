// Reader pages load no editing code: nothing the reader entry points import, however indirectly,
// is in src/editor/ (read from the sources' import statements, as the bundler follows them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every module of src/ reachable from `entry` by relative imports (type-only imports included). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = join(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts');
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(root, entry));
  return new Set([...seen].map((f) => relative(root, f)));
}

test('the reader entry points reach no module of src/editor/', () => {
  for (const entry of ['src/news-timeline.ts', 'src/news-timeline-element.ts']) {
    const modules = reachable(entry);
    assert.ok(modules.has('src/timeline/news-timeline.ts'), `${entry} reaches the element`);
    assert.deepEqual(
      [...modules].filter((m) => m.startsWith('src/editor/')),
      [],
      entry,
    );
  }
});

test('the editor entry point reaches the editor, and not <news-timeline>', () => {
  const modules = reachable('src/news-timeline-editor.ts');
  assert.ok(modules.has('src/editor/news-timeline-editor.ts'));
  assert.ok(modules.has('src/editor/draft.ts'));
  assert.ok(!modules.has('src/timeline/news-timeline.ts'));
});
