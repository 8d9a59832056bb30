// A date in the noun phrase of an aside ("…, after the band's three stints in 1988, 1991 and 1995") dates that noun
// phrase when the sentence's verb has a date of its own; a noun's label keeps no other date of the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

const sentence =
  "The singer headlined the festival in 2010, becoming its youngest star, after the band's three stints in 1988, 1991 and 1995.";
const others = ['2010', '1988', '1991', '1995'];

test('each date of the list names the noun phrase it is in', () => {
  for (const year of ['1988', '1991', '1995'])
    assert.equal(label(sentence, year, { others: others.filter((o) => o !== year) }), "The band's three stints", year);
  assert.equal(label(sentence, '2010', { others: others.slice(1) }), 'The singer headlined the festival');
});

test('with no other date before the aside, the sentence is labelled as before', () => {
  assert.equal(
    label("The singer headlined the festival, becoming its youngest star, after the band's stints in 1988.", '1988'),
    "The singer headlined the festival, becoming its youngest star, after the band's stints",
  );
});

test('an adverb after a dated object is no part of its noun phrase', () => {
  // "late" after "its April sales figures" says how the publishing went, not which figures
  assert.equal(label('The retailer published its April sales figures late.', 'April'), 'Its April sales figures');
  assert.equal(
    label('The retailer published its April results late.', 'April'),
    'The retailer published its April results late',
  );
  // negative: "late" before the month is its modifier
  assert.equal(label('The late June heatwave hit the harvest.', 'late June'), 'The late June heatwave hit the harvest');
});
