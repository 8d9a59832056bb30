// An "-ing" form between a number or a determiner and its noun ("all 12 funding bills", "the opening match")
// describes the noun: it heads no phrase of its own, so the time phrase dates the clause's verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an "-ing" form after a number, before its noun, is no verb', () => {
  assert.equal(
    label('Parliament last approved all 12 funding bills on time in 2011.', '2011'),
    'Parliament last approved all 12 funding bills on time',
  );
  assert.equal(
    label('The council approved five housing schemes in 2018.', '2018'),
    'The council approved five housing schemes',
  );
});

test('after a determiner too', () => {
  assert.equal(
    label('The city held the opening ceremony for its new stadium in April.', 'April'),
    'The city held the opening ceremony for its new stadium',
  );
});

test('an "-ing" form that takes an object, or follows a verb, is still a verb', () => {
  assert.equal(
    label('The committee began hearing evidence in January.', 'January'),
    'The committee began hearing evidence',
  );
  assert.equal(
    label('A lorry carrying fuel overturned on the bypass on Monday.', 'Monday'),
    'A lorry carrying fuel overturned on the bypass',
  );
});
