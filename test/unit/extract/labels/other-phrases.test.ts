// A label names its own event: another time phrase of the sentence that only says when ("at 6:40 p.m.", "this
// evening", "on Friday night") is dropped from it, as its own phrase is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

const sentence = 'Firefighters sealed the street this evening after the explosion at 6:40 p.m.';

test('two phrases of one clause: neither label holds the other', () => {
  assert.equal(
    label(sentence, 'this evening', { others: ['6:40 p.m.'] }),
    'Firefighters sealed the street after the explosion',
  );
  assert.equal(
    label(sentence, '6:40 p.m.', { others: ['this evening'] }),
    'Firefighters sealed the street after the explosion',
  );
});

test("a phrase that ends a coordinated predicate is dropped from the other predicate's label", () => {
  assert.doesNotMatch(
    label('United play at Rovers on Friday night and meet the champions in March.', 'Friday night', {
      others: ['March'],
    }),
    /March/,
  );
});

test('coordinated phrases stay whole', () => {
  // "on Monday and Tuesday nights": dropping "on Monday" would leave "and Tuesday nights"
  assert.match(
    label('Two ferries will sail from Oban on Monday and Tuesday nights, the firm said on Sunday.', 'Sunday', {
      others: ['Monday', 'Tuesday nights'],
    }),
    /on Monday and Tuesday nights/,
  );
});

test('a comparison whose period is dropped leaves no "compared" at the end of a label', () => {
  assert.equal(
    label('Orders rose 8% in June compared with the same period last year.', 'June', {
      others: ['the same period last year'],
    }),
    'Orders rose 8% in June',
  );
  // negative: "compared" as the clause's verb stays
  assert.equal(
    label('The two offers were compared in June by the board.', 'June'),
    'The two offers were compared by the board',
  );
});

test('a preposition after an opening quote goes with its phrase: no "in" ends the label', () => {
  assert.equal(
    label('The club said a new manager would be named "in the coming weeks".', 'the coming weeks'),
    'A new manager would be named',
  );
  assert.equal(label('The mayor said the bridge would reopen "by Friday".', 'Friday'), 'The bridge would reopen');
  // negative: a quoted word in capitals is no preposition of the phrase
  assert.equal(
    label('The band played "In Rainbows" in full on Friday.', 'Friday'),
    'The band played In Rainbows in full',
  );
});
