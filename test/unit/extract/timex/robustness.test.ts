import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { findTimexes } from '../../../../src/extract/timex/index.js';

function checkOffsets(text: string, published: string | null): void {
  const list = findTimexes(text, published);
  let previousEnd = 0;
  list.forEach((t, i) => {
    assert.equal(t.id, `t${i + 1}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= previousEnd, 'in document order, not overlapping');
    previousEnd = t.end;
    assert.ok(t.why);
    if (t.from !== undefined) assert.ok(t.to !== undefined && t.from < t.to, `${t.text}: ${t.from} < ${t.to}`);
  });
}

test('never throws, and offsets index the input, on arbitrary strings', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('2016-10-17', null, 'garbage', '2016-10-17T23:59:00+14:00', '2016-10-17T00:01Z'),
      (s, published) => {
        checkOffsets(s, published);
      },
    ),
    { numRuns: 300 },
  );
});

test('never throws on sentences built from date words', () => {
  const words = [
    'on',
    'Monday',
    'last',
    'next',
    'May',
    'March',
    'week',
    'ago',
    '3',
    'p.m.',
    '2013',
    'mid-',
    'the',
    'year',
    'earlier',
    'quarter',
    'a',
    'two',
    'days',
    'later',
    ',',
    '.',
    '😀',
    '\u0000',
  ];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...words, 'EST', '(0735 GMT)', 'tonight', 'ago', 'hours', '3-5', 'Sept.', 'since'), {
        maxLength: 30,
      }),
      fc.constantFrom('2016-10-17', '2016-10-17T02:10:00-04:00'),
      (parts, published) => checkOffsets(parts.join(' '), published),
    ),
    { numRuns: 300 },
  );
});

test('empty, control characters, emoji and astral characters', () => {
  assert.deepEqual(findTimexes('', '2016-10-17'), []);
  checkOffsets('\u0000\u0001\u001f\u007f', '2016-10-17');
  checkOffsets('\uD800 on Monday \uDC00 last month\u0000 in 2013', '2016-10-17'); // lone surrogates
  const text = '😀 On Monday 𝒳 talks failed 🇪🇬 last month.';
  checkOffsets(text, '2016-10-17');
  assert.deepEqual(
    findTimexes(text, '2016-10-17').map((t) => t.text),
    ['Monday', 'last month'],
  );
});

test('long inputs: 100k characters without a full stop, and 5 MB', () => {
  const noStop = 'the talks went on and on last month and on Monday '.repeat(2000);
  checkOffsets(noStop, '2016-10-17');
  const big = 'Officials met on Monday in Cairo, a week after talks failed, and will meet again in March 2017. '.repeat(
    53_000,
  );
  assert.ok(big.length > 5_000_000);
  const list = findTimexes(big, '2016-10-17');
  assert.equal(list.length, 53_000 * 3);
});

test('results do not depend on the machine time zone', () => {
  const script = `import('${new URL('../../../../src/extract/timex/index.js', import.meta.url).href}').then(m => process.stdout.write(JSON.stringify(m.findTimexes('On Monday, last month, at 3 p.m., two hours ago, at 6 p.m. ET, in mid-2013, next week and on Oct. 30 it rained.', '2016-10-17T10:35:00-04:00'))))`;
  const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'].map((tz) =>
    execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz } }).toString(),
  );
  for (const out of outputs) assert.equal(out, outputs[0]);
  assert.ok(JSON.parse(outputs[0]!).length >= 5);
});
