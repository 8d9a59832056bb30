// "Investors will watch Friday's jobs report for signs the labor market is cooling": a possessive time phrase on what a
// verb of watching or waiting awaits dates that clause, which keeps the phrase in its object and ends at the noun
// (it was "Friday's jobs report for signs the labor market", cut inside the clause after it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('watching or waiting for a dated thing: the clause, up to the awaited noun', () => {
  assert.equal(
    label(
      "Bond traders will watch Thursday's inflation figures for signs that price pressures are easing.",
      'Thursday',
    ),
    "Bond traders will watch Thursday's inflation figures",
  );
  assert.equal(
    label("Airlines are bracing for Monday's strike by air traffic controllers.", 'Monday'),
    "Airlines are bracing for Monday's strike",
  );
});

test('other verbs before a possessive phrase keep the noun label', () => {
  assert.equal(label("He praised Tuesday's ruling by the court.", 'Tuesday'), "Tuesday's ruling by the court");
});
