// "In the summer of 2020, when a contractor went to the FBI, the scheme came to light": a time phrase that opens the
// sentence dates its main clause; a "when" clause set off by commas after it only says more of the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

test('an opening phrase and a "when" clause between commas: the main clause', () => {
  assert.equal(
    label(
      'In the spring of 2019, when an auditor called the regulator, the fraud came to light.',
      'the spring of 2019',
    ),
    'The fraud came to light',
  );
  assert.equal(
    label('Last winter, when fuel prices rose, the council froze its parking fees.', 'Last winter'),
    'The council froze its parking fees',
  );
  assert.equal(
    label('On Thursday, when trading opened, shares in the airline fell 9%.', 'Thursday'),
    'Shares in the airline fell 9%',
  );
});

test('the "when" clause stays the event when the main clause says a state, is too short, or comes first', () => {
  // a main clause with "be" alone says how things stood
  assert.equal(label('In 1991, when the strike began, she was a nurse in Gdansk.', '1991'), 'The strike began');
  // "sales slumped" alone is too short to read; the "when" clause is label enough
  assert.equal(
    label('In 2012, when the firm recalled its tablets, sales slumped.', '2012'),
    'The firm recalled its tablets',
  );
  // the phrase after its main clause: the clause after "when", as before
  assert.equal(
    label('The mill shut in 2008, when the owners moved production to Poland.', '2008'),
    'The owners moved production to Poland',
  );
});

test('a "when" clause after a clause of its own that only says how things stood leaves the phrase to that clause', () => {
  assert.equal(label('They met in Rome, when he was 20, in 1990.', '1990'), 'They met in Rome');
  assert.equal(label('She joined the firm in 2001 when it was a start-up.', '2001'), 'She joined the firm');
  // negative: a "when" clause of an event keeps the phrase ("were shown" is a passive, no state; "wept" a past form)
  assert.equal(tagOf('The mother wept when the photographs were shown in court.', 'shown'), 'ved');
  assert.equal(tagOf('The mother wept when the photographs were shown in court.', 'wept'), 'ved');
  assert.equal(
    label('The mother wept on Tuesday when photographs of the wounds were shown in court.', 'Tuesday'),
    'Photographs of the wounds were shown in court',
  );
});
