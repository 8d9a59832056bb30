// Event nouns of space missions, fixtures and courts ("manoeuvre", "flyby", "splashdown", "final", "inquest"): a time
// phrase after one dates it. "The manoeuvre on August 19, which will bend its path, was planned" was labelled with the
// relative clause after the phrase ("The manoeuvre will bend its path by about 100 degrees").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a phrase after a mission’s, a fixture’s or a court’s event noun dates the noun', () => {
  assert.equal(
    label(
      'The manoeuvre on August 19, which will bend its path by about 100 degrees, was planned years ago.',
      'August 19',
      {
        others: ['years ago'],
      },
    ),
    'The manoeuvre on August 19',
  );
  assert.equal(
    label('The final on Saturday, which kicks off at noon, will be shown live.', 'Saturday', { others: ['noon'] }),
    'The final on Saturday',
  );
  assert.equal(
    label('The inquest in March, which heard from six witnesses, was adjourned.', 'March'),
    'The inquest in March',
  );
});

test('"final" before a noun still describes that noun', () => {
  assert.equal(label('Police said the final victim died on Monday.', 'Monday'), 'The final victim died');
  assert.equal(label('He scored in the final minutes on Saturday.', 'Saturday'), 'He scored in the final minutes');
});

test('a fixture verb after ", and" with a name after it is a second verb of the clause before', () => {
  assert.equal(
    label('Rovers have now won four of their last five games, and host Town at home next Tuesday.', 'next Tuesday'),
    'Rovers host Town at home',
  );
  assert.equal(label('City lost at home, and face United away on Sunday.', 'Sunday'), 'City face United away');
  // negative: before a noun in lower case it is a noun ("the host city")
  assert.equal(
    label('The club sold its ground, and the host city was chosen in May.', 'May'),
    'The host city was chosen',
  );
});
