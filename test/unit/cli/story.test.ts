// `news-timeline story` and `--jobs`, as users run them: `node bin/news-timeline.js …` (dist/ built by the
// unit-test runner). Articles are the fictional story of test/unit/extract/story/articles.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORY_ARTICLES } from '../extract/story/articles.js';

const bin = fileURLToPath(new URL('../../../../bin/news-timeline.js', import.meta.url));
const seed = fileURLToPath(new URL('../../../../events/reuters-2016-10-17-syria-egypt-mamlouk.txt', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'news-timeline-story-'));

function run(args: string[], input?: string, command = process.execPath, prefix = [bin]) {
  const r = spawnSync(command, [...prefix, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

/** The story's articles as `story --jsonl` input lines of story `story`. */
function jsonl(story: string | number, articles = STORY_ARTICLES) {
  return articles.map((a) => JSON.stringify({ ...a, story }));
}

test('story FILE…: one StoryEventList; --published and --title describe the FILE that follows', () => {
  const paths = STORY_ARTICLES.map((a) => {
    const path = join(tmp, `${a.id}.txt`);
    writeFileSync(path, a.text);
    return path;
  });
  const [wire, gazette, blog, late] = paths as [string, string, string, string];
  const r = run([
    'story',
    '--published',
    '2024-03-06',
    '--title',
    'Bridge',
    wire,
    gazette,
    blog,
    '--published=2024-03-07',
    late,
    '--pretty',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\{\n {2}"version": 1,/);
  const list = JSON.parse(r.stdout);
  assert.deepEqual(
    list.articles.map((a: { id: string; published: string | null; publishedFrom: string }) => [
      a.id,
      a.published,
      a.publishedFrom,
    ]),
    [
      [wire, '2024-03-06', 'option'],
      [gazette, '2024-03-06', 'dateline'],
      [blog, null, 'none'],
      [late, '2024-03-07', 'option'],
    ],
  );
  assert.equal(list.articles[0].title, 'Bridge');
  assert.equal(list.articles[1].title, undefined);
  assert.ok(list.events.some((e: { articles: number }) => e.articles === 4));
});

test('story: bad arguments and unreadable files are one message and exit 2', () => {
  for (const args of [
    ['story'],
    ['story', seed, '--published'],
    ['story', seed, '--published', '2016-10-17'],
    ['story', '--bogus', seed],
    ['story', seed, seed],
    ['story', '-', '-'],
    ['story', '--jobs', '2', seed],
    ['story', '--jsonl', '--published', '2016-10-17'],
    ['story', '--jsonl', '--jobs', '0'],
    ['story', '--jsonl', '--jobs', 'many'],
    ['story', '--published', '2016-10-17', '--published', '2016-10-18', seed],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, /^news-timeline: .+\nusage: news-timeline story/, args.join(' '));
  }
  const bad = run(['story', '--published', '2016-13-45', seed]);
  assert.equal(bad.code, 2);
  assert.ok(bad.stderr.includes('"2016-13-45"') && bad.stderr.includes(seed), bad.stderr);
  const missing = join(tmp, 'no-such-article.txt');
  const unreadable = run(['story', seed, missing]);
  assert.equal(unreadable.code, 2);
  assert.equal(unreadable.stderr.trim().split('\n').length, 1);
  assert.ok(unreadable.stderr.includes(missing));
});

test('story --jsonl: one line per story, in input order, in the shape of the issue and the referee', () => {
  const input = [...jsonl('bridge'), ...jsonl(17, STORY_ARTICLES.slice(0, 2))].join('\n') + '\n';
  const r = run(['story', '--jsonl'], input);
  assert.equal(r.code, 0, r.stderr);
  const out = lines(r.stdout);
  assert.deepEqual(
    out.map((o) => [o.story, o.articles.length]),
    [
      ['bridge', 4],
      [17, 2],
    ],
  );
  const [bridge] = out;
  assert.deepEqual(Object.keys(bridge).slice(0, 4), ['story', 'version', 'articles', 'events']);
  for (const e of bridge.events) {
    for (const key of ['id', 'label', 'mentions']) assert.ok(key in e, key);
    if (e.date !== 'undated') for (const key of ['from', 'to', 'granularity']) assert.ok(key in e, key);
    for (const m of e.mentions) {
      const article = STORY_ARTICLES.find((a) => a.id === m.article)!;
      assert.equal(article.text.slice(m.start, m.end), m.sentence);
    }
  }
});

test('story --jsonl: bad lines get error lines in place, the rest of their story goes on', () => {
  const [wire, gazette, blog] = jsonl('bridge');
  const input = [
    wire,
    'not json',
    JSON.stringify({ id: 'x', text: 'On Monday.', story: 'bridge', published: '2024-13-45' }),
    gazette,
    JSON.stringify({ id: 'y', text: 'On Monday.' }),
    JSON.stringify({ id: 'wire', text: 'Again on Monday.', story: 'bridge' }),
    JSON.stringify({ id: 'z', text: 'Other news on Monday.', story: 'other', published: '2024-03-06' }),
    blog,
  ].join('\n');
  const r = run(['story', '--jsonl'], input);
  assert.equal(r.code, 0, r.stderr);
  const out = lines(r.stdout);
  assert.deepEqual(
    out.map((o) => [o.line, o.id, o.story, 'error' in o]),
    [
      [2, undefined, undefined, true],
      [5, 'y', undefined, true],
      [3, 'x', 'bridge', true],
      [6, 'wire', 'bridge', true],
      [undefined, undefined, 'bridge', false],
      [undefined, undefined, 'other', false],
      [8, 'blog', 'bridge', true],
    ],
  );
  assert.match(out[2].error, /"2024-13-45"/);
  assert.match(out[3].error, /already has an article with this id/);
  assert.deepEqual(
    out[4].articles.map((a: { id: string }) => a.id),
    ['wire', 'gazette'],
  );
  assert.match(out[6].error, /story "bridge" ended at line 6: the lines of a story must be consecutive/);
});

/** Many stories and articles, long enough to make several tasks per job. */
function archive(stories: number) {
  const seedText = readFileSync(seed, 'utf8');
  const out: string[] = [];
  for (let s = 0; s < stories; s++) {
    for (const a of STORY_ARTICLES) out.push(JSON.stringify({ ...a, id: `${a.id}-${s}`, story: `s${s}` }));
    out.push(JSON.stringify({ id: `seed-${s}`, text: seedText, published: '2016-10-17', story: `s${s}` }));
  }
  return out.join('\n') + '\n';
}

test('--jobs 2 writes exactly what --jobs 1 writes, line for line (story and extract)', () => {
  const input = archive(90);
  const one = run(['story', '--jsonl', '--jobs', '1'], input);
  const two = run(['story', '--jsonl', '--jobs', '2'], input);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.equal(lines(one.stdout).length, 90);
  assert.equal(two.stdout, one.stdout);

  const extractOne = run(['extract', '--jsonl', '--jobs', '1'], input);
  const extractTwo = run(['extract', '--jsonl', '--jobs=2'], input);
  assert.equal(extractOne.code, 0, extractOne.stderr);
  assert.equal(lines(extractOne.stdout).length, 90 * 5);
  assert.equal(extractTwo.stdout, extractOne.stdout);
  assert.deepEqual(
    lines(extractTwo.stdout).map((l) => l.id),
    input
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id),
  );
});

test('--jobs applies to --jsonl only; extract takes it too', () => {
  for (const args of [
    ['extract', seed, '--jobs', '2'],
    ['extract', '--jsonl', '--jobs', '0'],
    ['extract', '--jsonl', '--jobs', '1.5'],
    ['extract', '--jsonl', '--jobs'],
  ]) {
    const r = run(args, '');
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^news-timeline: .+\nusage: /, args.join(' '));
  }
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

// The README's map step with GNU parallel, run on this machine: chunks of the input go to separate
// processes, and the output in input order equals one plain run. CI installs Debian's `parallel`.
test(
  'GNU parallel recipe (README) gives the output of one plain run',
  { skip: !hasParallel && !process.env.CI && 'GNU parallel is not installed' },
  () => {
    const input = archive(30);
    const file = join(tmp, 'archive.jsonl');
    writeFileSync(file, input);
    const node = `${process.execPath} ${bin}`;
    const plainExtract = run(['extract', '--jsonl', file]);
    const mapExtract = spawnSync(
      'sh',
      ['-c', `parallel --will-cite --pipe --keep-order --block 64k -j 2 ${node} extract --jsonl --jobs 1 < ${file}`],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(mapExtract.status, 0, mapExtract.stderr);
    assert.ok(lines(plainExtract.stdout).length === 150);
    assert.equal(mapExtract.stdout, plainExtract.stdout);

    const plainStory = run(['story', '--jsonl', file]);
    const group = String.raw`'s/.*"story":\s*("(?:[^"\\]|\\.)*"|[^,}]*).*/$1/'`;
    const mapStory = spawnSync(
      'sh',
      [
        '-c',
        `parallel --will-cite --pipe --keep-order --block 64k -j 2 --group-by ${group} ${node} story --jsonl --jobs 1 < ${file}`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(mapStory.status, 0, mapStory.stderr);
    assert.equal(lines(plainStory.stdout).length, 30);
    assert.equal(mapStory.stdout, plainStory.stdout);
  },
);
