// "an unusually mild October", "its wettest February": a month, day or year with a determiner and adjectives of its
// own is a noun phrase; the label never keeps the adjectives without it ("blamed an unusually mild for").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('an object that is a described period keeps the period', () => {
  assert.equal(
    label('Garden centres blamed an exceptionally dry April for poor sales of seeds.', 'April'),
    'Garden centres blamed an exceptionally dry April for poor sales of seeds',
  );
  assert.equal(
    label('The brewer had its busiest December in years.', 'December'),
    'The brewer had its busiest December in years',
  );
  assert.equal(label('The airline had a difficult 2022 and cut routes.', '2022'), 'The airline had a difficult 2022');
});

test('a described period after a preposition goes with the preposition', () => {
  assert.equal(
    label('Power bills fell sharply during an unusually warm January for most homes.', 'January'),
    'Power bills fell sharply for most homes',
  );
});

test('a described period that heads the subject stays in it', () => {
  assert.equal(
    label("Scotland's wettest August flooded the valley roads.", 'August'),
    "Scotland's wettest August flooded the valley roads",
  );
});

test('negative: a noun before a day is the subject, not an adjective of the day', () => {
  assert.equal(
    label('The council Friday rejected the plan for a new road.', 'Friday'),
    'The council rejected the plan for a new road',
  );
  // a past form before the phrase is a participle
  assert.equal(label('The notice issued Monday closed the bridge.', 'Monday').includes('issued'), true);
});
