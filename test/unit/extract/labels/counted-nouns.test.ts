// "A similar bill was defeated by 330 votes to 118 nine years ago": a number after a preposition, a determiner or a
// verb counts the plural after it, which is no verb in "-s" ("votes" was read as the clause's verb: "330 votes to 118").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a plural counted after a preposition is no verb', () => {
  assert.equal(
    label('A similar motion was rejected by 412 votes to 96 six years ago.', 'six years ago'),
    'A similar motion was rejected by 412 votes to 96',
  );
  assert.equal(
    label('The amendment passed with 52 votes to 48 last spring.', 'last spring'),
    'The amendment passed with 52 votes to 48',
  );
});

test('a verb in "-s" after a year or a subject stays a verb', () => {
  assert.equal(label('The company plans to hire 200 staff in March.', 'March'), 'The company plans to hire 200 staff');
});
