// The CLI with input and output that go wrong: no text, binary input, a full disk, a reader that goes away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const bin = fileURLToPath(new URL('../../../../bin/news-timeline.js', import.meta.url));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../package.json', import.meta.url)), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'news-timeline-cli-io-'));

function run(args: string[], input?: string | Buffer, options: { stdio?: 'ignore-stdin' } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...(options.stdio === 'ignore-stdin' && { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, naming the problem: no stack trace, no "internal error". */
function assertOneLine(stderr: string, pattern: RegExp) {
  assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.match(stderr, /^news-timeline: /);
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /internal error|\n\s+at /);
}

test('--version prints the package version and exits 0', () => {
  const r = run(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${pkg.version}\n`);
});

test('empty input: a warning on stderr, nothing on stdout, exit 1', () => {
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const blank = join(tmp, 'blank.txt');
  writeFileSync(blank, ' \n\r\n\t \n');
  for (const [args, input] of [
    [['extract', empty], undefined],
    [['extract', blank], undefined],
    [['extract', '-'], ''],
    [['extract', '-', '--published', '2016-10-17'], '\n\n'],
    [['extract', '--jsonl'], ''],
    [['extract', '--jsonl'], '\n  \n'],
    [['story', empty], undefined],
    [['story', '--published', '2016-10-17', blank], undefined],
    [['story', '-'], ''],
  ] as [string[], string | undefined][]) {
    const r = run(args, input);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assertOneLine(r.stderr, /empty/);
  }
});

test('closed standard input reads as empty: a warning and exit 1', () => {
  const r = run(['extract', '-'], undefined, { stdio: 'ignore-stdin' });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assertOneLine(r.stderr, /standard input is empty/);
});

test('input that is not text (NUL bytes, random bytes, not UTF-8): a warning, no events, exit 1', () => {
  const random = Buffer.alloc(64 * 1024);
  let state = 17;
  for (let i = 0; i < random.length; i++) random[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  const withNul = Buffer.from('Talks failed on Monday.\u0000\u0000\u0000 More on Tuesday.');
  const latin1Binary = Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + (i % 0x7f)));
  for (const [name, bytes] of [
    ['random', random],
    ['nul', withNul],
    ['high', latin1Binary],
  ] as const) {
    const file = join(tmp, `${name}.bin`);
    writeFileSync(file, bytes);
    for (const args of [
      ['extract', file],
      ['extract', '-'],
      ['story', file],
      ['story', '-'],
    ]) {
      const r = spawnSync(process.execPath, [bin, ...args], { input: bytes, encoding: 'utf8' });
      assert.equal(r.status, 1, `${name}: ${args.join(' ')}`);
      assert.equal(r.stdout, '', name);
      assertOneLine(r.stderr, /not text/);
    }
  }
});

test('text with a few stray bytes (an accent in Latin-1) is still read', () => {
  const bytes = Buffer.concat([
    Buffer.from('The caf'),
    Buffer.from([0xe9]),
    Buffer.from(' reopened on Monday after talks failed on Saturday evening.'),
  ]);
  const r = spawnSync(process.execPath, [bin, 'extract', '-', '--published', '2016-10-17'], {
    input: bytes,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).events.length, 2);
});

test('random printable text does not yield a flood of events', () => {
  // Property: printable garbage of up to 20 KB yields at most one event per 2,000 characters.
  fc.assert(
    fc.property(fc.string({ unit: 'binary-ascii', minLength: 5000, maxLength: 20_000 }), (text) => {
      const printable = [...text].map((c) => (c < ' ' && !'\t\n\r'.includes(c) ? ' ' : c)).join('');
      const r = run(['extract', '-', '--published', '2016-10-17'], printable);
      assert.equal(r.code, 0, r.stderr);
      const events = JSON.parse(r.stdout).events.length;
      assert.ok(events <= printable.length / 2000, `${events} events in ${printable.length} characters`);
    }),
    { seed: 17, numRuns: 4 },
  );
});

test(
  'a full disk (> /dev/full): one line on stderr, no stack trace, exit 1',
  { skip: !existsSync('/dev/full') },
  () => {
    const seed = fileURLToPath(
      new URL('../../../../events/reuters-2016-10-17-syria-egypt-mamlouk.txt', import.meta.url),
    );
    for (const args of [
      ['extract', seed, '--published', '2016-10-17'],
      ['extract', '--jsonl'],
      ['--help'],
      ['--version'],
    ]) {
      const r = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${bin}" ${args.map((a) => `'${a}'`).join(' ')} > /dev/full`],
        { input: JSON.stringify({ id: 1, text: 'On Monday.' }) + '\n', encoding: 'utf8' },
      );
      assert.equal(r.status, 1, args.join(' '));
      assertOneLine(r.stderr, /cannot write.*no space left on device/);
    }
  },
);

test('a reader that goes away (| head -c 10) stops the run, even with endless input', async () => {
  const child = spawn(process.execPath, [bin, 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => {}); // EPIPE once the child has stopped
  const line = JSON.stringify({ id: 1, text: 'Talks failed on Monday. '.repeat(20), published: '2016-10-17' }) + '\n';
  let open = true;
  const feed = () => {
    while (open && child.stdin.write(line));
    if (open) child.stdin.once('drain', feed);
  };
  feed();
  const head = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => {
      child.stdout.destroy(); // like head -c 10 exiting
      resolve(d.toString('utf8', 0, 10));
    }),
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  open = false;
  assert.equal(head, '{"id":1,"v');
  assert.equal(code, 0);
  assert.equal(stderr, '');
});

test('--jsonl: "published": "" is an error for that line, like "   " (null or absent uses the default)', () => {
  const input = [
    { id: 'empty', text: 'Talks failed on Monday.', published: '' },
    { id: 'blank', text: 'Talks failed on Monday.', published: '   ' },
    { id: 'null', text: 'Talks failed on Monday.', published: null },
    { id: 'absent', text: 'Talks failed on Monday.' },
  ]
    .map((o) => JSON.stringify(o))
    .join('\n');
  const r = run(['extract', '--jsonl', '--published', '2016-10-17'], input + '\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.id, l.error === undefined ? l.article.published : 'error']),
    [
      ['empty', 'error'],
      ['blank', 'error'],
      ['null', '2016-10-17'],
      ['absent', '2016-10-17'],
    ],
  );
  assert.match(lines[0].error, /Invalid published date ""/);
});
