import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

test('without a publication date, relative phrases stay unresolved (X values, no from/to)', () => {
  const cases: Array<[string, string, string]> = [
    ['Talks convened on Saturday failed.', 'Saturday', 'XXXX-WXX-6'],
    ['The ceasefire collapsed last month.', 'last month', 'XXXX-XX'],
    ['It was his third visit this year.', 'this year', 'XXXX'],
    ['It ended yesterday.', 'yesterday', 'XXXX-XX-XX'],
    ['The plant closed in March.', 'March', 'XXXX-03'],
    ['Profits fell in the third quarter.', 'the third quarter', 'XXXX-Q3'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase, null);
    assert.equal(t.value, value, phrase);
    assert.equal(t.from, undefined, phrase);
    assert.equal(t.to, undefined, phrase);
    assert.ok(t.why.length > 10);
  }
});

test('without a publication date, absolute dates still resolve', () => {
  const t = timexOf('It was signed on October 5, 2014.', 'October 5, 2014', null);
  assert.equal(t.value, '2014-10-05');
  assert.equal(t.from, '2014-10-05');
  assert.equal(timexOf('Sisi took power in mid-2013.', 'mid-2013', null).value, '2013');
  assert.equal(timexOf('Prices doubled in the 1990s.', '1990s', null).value, '199');
  assert.equal(timexOf('The strike lasted three weeks.', 'three weeks', null).value, 'P3W');
});

test('a date-time publication works like its date', () => {
  assert.equal(timexOf('It ended yesterday.', 'yesterday', '2016-10-17T09:30:00Z').value, '2016-10-16');
});
