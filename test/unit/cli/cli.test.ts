// The CLI as users run it: `node bin/news-timeline.js …` (dist/ built by the unit-test runner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_LIST_VERSION } from '../../../src/extract/types.js';

const bin = fileURLToPath(new URL('../../../../bin/news-timeline.js', import.meta.url));
const seed = fileURLToPath(new URL('../../../../events/reuters-2016-10-17-syria-egypt-mamlouk.txt', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'news-timeline-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help prints usage on stdout and exits 0', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^usage: news-timeline extract FILE\|-/);
  assert.equal(run(['extract', '-h']).code, 0);
});

test('bad arguments print usage on stderr and exit 2', () => {
  for (const args of [
    [],
    ['frobnicate'],
    ['extract'],
    ['extract', '--bogus', seed],
    ['extract', seed, '--published'],
    ['extract', seed, '--format', 'xml'],
    ['extract', seed, 'other.txt'],
    ['extract', '--jsonl', '--pretty'],
    ['extract', '--pretty=yes', seed],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, /^news-timeline: .+\nusage: /, args.join(' '));
  }
});

test('an invalid date is one clear message and exit 2', () => {
  for (const date of ['2016-13-45', 'yesterday']) {
    const r = run(['extract', seed, '--published', date]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(r.stderr.includes(`"${date}"`), r.stderr);
  }
});

test('an unreadable file is one message naming the path, exit 2', () => {
  const missing = join(tmp, 'no-such-article.txt');
  for (const args of [
    ['extract', missing],
    ['extract', '--jsonl', missing],
    ['extract', tmp],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.ok(r.stderr.includes(args[args.length - 1]!), r.stderr);
  }
});

test('extract FILE prints the EventList with the given metadata', () => {
  const r = run([
    'extract',
    seed,
    '--published',
    '2016-10-17',
    '--title',
    'Syrian security chief',
    '--source',
    'Reuters',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout);
  assert.equal(list.version, EVENT_LIST_VERSION);
  assert.deepEqual(
    [list.article.title, list.article.source, list.article.published, list.article.publishedFrom],
    ['Syrian security chief', 'Reuters', '2016-10-17', 'option'],
  );
  assert.ok(list.timexes.length > 0);
  assert.equal(r.stdout.split('\n').length, 2, 'one line and a newline');
  const pretty = run([
    'extract',
    seed,
    '--published=2016-10-17',
    '--title=Syrian security chief',
    '--source',
    'Reuters',
    '--pretty',
  ]);
  assert.match(pretty.stdout, /^\{\n {2}"version": 2,/);
  assert.deepEqual(JSON.parse(pretty.stdout), list);
});

test('extract - reads standard input, and a dateline dates it', () => {
  const r = run(['extract', '-'], 'CAIRO, Oct 17, 2016 (Reuters) - Egypt voted on Monday.');
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout);
  assert.equal(list.article.published, '2016-10-17');
  assert.equal(list.article.publishedFrom, 'dateline');
});

test('--format timeml writes TimeML with a DCT and escaped text', () => {
  const r = run(
    ['extract', '-', '--published', '2016-10-17', '--format', 'timeml'],
    'Tom <b>&</b> met on Monday in 2016.',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TimeML>/);
  assert.match(
    r.stdout,
    /<DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-17"[^>]*functionInDocument="CREATION_TIME">/,
  );
  assert.match(r.stdout, /<TEXT>Tom &lt;b&gt;&amp;&lt;\/b&gt; met on .*<TIMEX3 tid="t1"[^>]*>/);
  assert.match(r.stdout, /<\/TEXT>\n<\/TimeML>\n$/);
});

test('--jsonl: one line per input, bad lines reported with their number, the rest go on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Egypt voted on Monday.', published: '2016-10-17' }),
    'not json',
    '',
    '[1,2]',
    JSON.stringify({ id: 7, text: 42 }),
    JSON.stringify({ id: 'b', text: 'x', published: '2016-13-45' }),
    JSON.stringify({ id: 'c', text: 'Aid flowed in mid-2013.', published: null }) + '\r',
    '{"id": "trunc", "text": "half',
    JSON.stringify({ id: 'd', text: 'On Saturday evening talks failed.', published: '2016-10-17' }),
  ].join('\n');
  const r = run(['extract', '--jsonl'], input + '\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.line, l.id, 'error' in l]),
    [
      [undefined, 'a', false],
      [2, undefined, true],
      [4, undefined, true],
      [5, 7, true],
      [6, 'b', true],
      [undefined, 'c', false],
      [8, undefined, true],
      [undefined, 'd', false],
    ],
  );
  assert.deepEqual(Object.keys(lines[0]).slice(0, 2), ['id', 'version']);
  assert.equal(lines[0].article.published, '2016-10-17');
  assert.match(lines[4].error, /"2016-13-45"/);
  assert.equal(lines[5].article.published, null);
});

test('--jsonl reads a file and streams many lines, every one complete JSON', () => {
  const file = join(tmp, 'corpus.jsonl');
  const n = 1500;
  const docs = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `doc${i}`,
      text: `Doc ${i}: talks resumed on Monday after ${i} days. “Fine,” he said…`,
      published: '2016-10-17',
    }),
  );
  writeFileSync(file, docs.join('\n'));
  const r = run(['extract', '--jsonl', file]);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.split('\n');
  assert.equal(out.pop(), '', 'ends with a newline');
  assert.equal(out.length, n);
  out.forEach((line, i) => assert.equal(JSON.parse(line).id, `doc${i}`));
});

test('--published with a time and an offset: clock phrases resolve against it, in JSON, --jsonl and TimeML', () => {
  const published = '2019-03-22T10:35:00-04:00';
  const text = 'The ferry sank two hours ago.';
  const r = run(['extract', '-', '--published', published], text);
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout);
  assert.equal(list.article.published, published);
  assert.equal(list.timexes[0].value, '2019-03-22T08:35');
  assert.equal(list.events[0].from, '2019-03-22T08:35');
  const jsonl = run(['extract', '--jsonl'], JSON.stringify({ id: 'x', text, published }) + '\n');
  assert.equal(JSON.parse(jsonl.stdout).timexes[0].value, '2019-03-22T08:35');
  const timeml = run(['extract', '-', '--published', published, '--format', 'timeml'], text);
  assert.match(timeml.stdout, /<DCT><TIMEX3 tid="t0" type="TIME" value="2019-03-22T10:35:00-04:00"/);
  assert.match(timeml.stdout, /<TIMEX3 tid="t1" type="TIME" value="2019-03-22T08:35">two hours ago<\/TIMEX3>/);
});
