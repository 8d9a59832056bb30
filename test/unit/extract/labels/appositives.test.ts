// "The storm, the first ever recorded here, brought …": a noun phrase set off by commas after the subject renames it;
// the clause's verb is the one after the second comma and its subject the noun phrase before the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the subject skips an appositive with a past form in it', () => {
  assert.equal(
    label('The flood, the worst ever recorded in the valley, cut the road on Sunday.', 'Sunday'),
    'The flood cut the road',
  );
  assert.equal(
    label('The depot, one of the oldest built in the county, closed on Friday.', 'Friday'),
    'The depot closed on Friday',
  );
  assert.equal(
    label('The coach, a former striker signed in 2015, left the club on Monday.', 'Monday', { others: ['2015'] }),
    'The coach left the club',
  );
});

test('a past form between an ordinal and a noun describes the noun', () => {
  assert.equal(
    label('The gale, the second named storm of the winter, felled trees on Saturday.', 'Saturday'),
    'The gale felled trees',
  );
  assert.equal(label('Its first reported case came in March.', 'March'), 'Its first reported case came');
});

test('a saying between commas is no appositive: the subject is before it', () => {
  assert.equal(
    label('The board, the chairman said, approved the merger on Thursday.', 'Thursday'),
    'The board approved the merger',
  );
});

test('negative: a clause after a comma keeps its own verb', () => {
  // the noun phrase after the comma is a subject, its past form the verb, and the later past form an aside
  assert.equal(
    label('Last year, the firm opened a plant near Lyon, built for export.', 'Last year'),
    'The firm opened a plant near Lyon',
  );
  // an ordinal before a past form that has an object is the subject
  assert.equal(label('The first arrived at the port on Monday.', 'Monday'), 'The first arrived at the port');
});

test('what was said before its speaker drops the appositive of its subject first', () => {
  assert.equal(
    label(
      'Mira Holt, a former deputy chief of the port authority, will also visit Gdansk, an aide said today.',
      'today',
    ),
    'Mira Holt will also visit Gdansk, an aide said',
  );
  // negative: a short statement keeps its words as they are
  assert.equal(
    label('Mira Holt, the envoy, will visit Gdansk, an aide said today.', 'today'),
    'Mira Holt, the envoy, will visit Gdansk, an aide said',
  );
});
