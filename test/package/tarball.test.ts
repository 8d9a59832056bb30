// The package as a user installs it: `npm pack`, then `npm install` of the tarball into an empty project.
// Run by scripts/test-package.mjs after a full build (the tarball ships dist/, bundles and manifest included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let installed: string;
let packed: { path: string }[];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'news-timeline-package-'));
  const [info] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  packed = info.files;
  const project = join(work, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  // From npm's cache when it has the dependencies (after `npm ci`), else from the registry.
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, info.filename)], {
    cwd: project,
    encoding: 'utf8',
    stdio: 'pipe',
  });
  installed = join(project, 'node_modules', 'news-timeline');
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds dist/, bin/, schema/, README, LICENSE and package.json, nothing of the workshop', () => {
  const paths = packed.map((f) => f.path);
  for (const path of [
    'LICENSE',
    'README.md',
    'package.json',
    'dist/news-timeline.bundle.js',
    'dist/news-timeline.single.js',
    'schema/event-list.schema.json',
  ])
    assert.ok(paths.includes(path), path);
  // The files the bundles load from beside themselves (and those load in turn) are shipped beside them,
  // and a user can name each through the package's exports (to copy or preload it).
  const loaded = new Set<string>();
  const follow = (file: string) => {
    const code = readFileSync(join(installed, 'dist', file), 'utf8');
    const pattern = /\bimport\("\.\/([^"]+)"\)|new URL\("\.\/([^"]+)",import\.meta\.url\)|\bfrom"\.\/([^"]+)"/g;
    for (const m of code.matchAll(pattern)) {
      const next = m[1] ?? m[2] ?? m[3]!;
      assert.ok(paths.includes(`dist/${next}`), `${file} loads dist/${next}, not shipped`);
      if (!loaded.has(next)) (loaded.add(next), follow(next));
    }
  };
  follow('news-timeline.bundle.js');
  follow('news-timeline-element.bundle.js');
  const chunks = [...loaded].filter((f) => !f.endsWith('.bundle.js'));
  for (const name of ['extract', 'zoom', 'coverage', 'panels', 'reading', 'source-messages', 'validation-messages'])
    assert.ok(
      chunks.some((f) => f.startsWith(`news-timeline-${name}-`)),
      `a ${name} chunk among ${chunks}`,
    );
  const resolved = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `for (const f of ${JSON.stringify(chunks)}) console.log(import.meta.resolve('news-timeline/' + f));`,
    ],
    { cwd: join(installed, '..', '..'), encoding: 'utf8' },
  );
  assert.equal(resolved.status, 0, resolved.stderr);
  assert.deepEqual(
    resolved.stdout
      .trim()
      .split('\n')
      .map((url) => url.replace(/^.*\/node_modules\/news-timeline\//, '')),
    chunks.map((f) => `dist/${f}`),
  );
  const outside = paths.filter(
    (p) => !/^(dist|bin|schema)\//.test(p) && !['LICENSE', 'README.md', 'package.json'].includes(p),
  );
  assert.deepEqual(outside, []);
  assert.deepEqual(
    paths.filter((p) => p.startsWith('dist/demo/') || p.startsWith('src/') || p.includes('/tmp/')),
    [],
  );
});

test('package.json names its home and runs nothing when installed', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.author);
  assert.match(pkg.repository.url, /github\.com\/news-timeline\/news-timeline/);
  assert.match(pkg.homepage, /^https:\/\//);
  assert.match(pkg.bugs.url, /\/issues$/);
  // npm runs these when a package is installed (prepare from a git checkout, and npm 11 asks about it
  // for a tarball too); scripts/ is not in the tarball, so none may need it.
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
    assert.equal(pkg.scripts?.[hook], undefined, `scripts.${hook}`);
});

test('every source map carries its sources; no declaration maps point at src/', () => {
  const maps = files(installed).filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 50, `${maps.length} maps`);
  for (const path of maps) {
    const name = relative(installed, path);
    assert.ok(!name.endsWith('.d.ts.map'), name);
    const map = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, name);
    assert.ok(
      map.sourcesContent.every((s: unknown) => typeof s === 'string' && s.length > 0),
      name,
    );
  }
});

test('custom-elements.json describes the elements and the modules that register them, at shipped paths', () => {
  const path = join(installed, JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements);
  assert.ok(statSync(path).size < 50_000, `${statSync(path).size} bytes`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const elements = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) =>
    m.declarations.map((d) => d.tagName),
  );
  assert.deepEqual(elements.sort(), ['news-timeline', 'news-timeline-editor']);
  for (const m of manifest.modules) {
    statSync(join(installed, m.path)); // throws when the module is not shipped
    for (const e of m.exports) statSync(join(installed, e.declaration.module));
  }
  for (const element of manifest.modules.flatMap((m: { declarations: object[] }) => m.declarations)) {
    assert.ok(element.members.every((m: { privacy?: string }) => m.privacy !== 'private'));
    assert.ok(element.members.some((m: { name: string }) => m.name === 'data'));
  }
});

test('every package the library imports is a dependency, and only those are', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const imported = new Set<string>();
  // Built by rollup (bundles and their chunks, news-timeline-<name>-<hash>.js), not the library's modules.
  const bundled = (f: string) =>
    f.endsWith('.bundle.js') || f.endsWith('.single.js') || /\/news-timeline-[a-z]+-[\w-]+\.js$/.test(f);
  for (const file of files(join(installed, 'dist')).filter((f) => f.endsWith('.js') && !bundled(f))) {
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^import\s*['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  const declared = Object.keys(pkg.dependencies).sort();
  assert.deepEqual([...imported].sort(), declared);
  assert.ok(!declared.includes('d3-scale') && !declared.includes('d3-time-format'));
});

test('the entry points import in Node (and the editor’s model), and the bin runs', () => {
  const project = join(installed, '..', '..');
  const script = `
    import { extract } from 'news-timeline/extract';
    import * as all from 'news-timeline';
    import { createDraft, setLabel } from 'news-timeline/editor';
    const list = extract('Talks failed on Saturday.', { published: '2016-10-17' });
    const edited = setLabel(createDraft(list).draft, 'e1', 'Talks failed').view.list.events[0];
    console.log(JSON.stringify([list.events[0].from, typeof all.extract, typeof all.NewsTimeline, edited.provenance]));
  `;
  const imported = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: project,
    encoding: 'utf8',
  });
  assert.equal(imported.status, 0, imported.stderr);
  assert.deepEqual(JSON.parse(imported.stdout), [
    '2016-10-15',
    'function',
    'function',
    { origin: 'edited', fields: ['label'] },
  ]);

  const bin = join(project, 'node_modules', '.bin', 'news-timeline');
  const run = spawnSync(bin, ['extract', '-', '--published', '2016-10-17'], {
    cwd: project,
    input: 'Talks failed on Saturday.',
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).events[0].from, '2016-10-15');
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version);
});
