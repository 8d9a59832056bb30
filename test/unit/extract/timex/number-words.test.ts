import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from '../../../../src/extract/timex/words.js';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

test('hundreds and thousands in words count whole: the length is not read from its last word', () => {
  assert.equal(
    timexOf('The siege lasted five hundred and twelve days.', 'five hundred and twelve days').value,
    'P512D',
  );
  assert.equal(timexOf('She spent two hundred days in custody.', 'two hundred days').value, 'P200D');
  assert.equal(timexOf('The line ran for nine hundred ninety days.', 'nine hundred ninety days').value, 'P990D');
  assert.equal(
    timexOf('A ruin for twenty-five hundred years, it was dug up.', 'twenty-five hundred years').value,
    'P2500Y',
  );
  // whole thousands of years are millennia, as the TimeML corpora write them
  assert.equal(timexOf('The abbey has stood for a thousand years.', 'a thousand years').value, 'P1L');
  assert.equal(
    timexOf('It took three hundred and sixty-five days.', 'three hundred and sixty-five days').value,
    'P365D',
  );
});

test('counted back in words: "two hundred years ago" is a year', () => {
  assertPlaced('The bridge was built two hundred years ago.', 'two hundred years ago', '1816');
  assertPlaced('A fire razed the square a hundred and fifty years ago.', 'a hundred and fifty years ago', '1866');
});

test('parseNumber reads hundreds and thousands, and refuses what is no number', () => {
  assert.equal(parseNumber('five hundred and twelve'), 512);
  assert.equal(parseNumber('a hundred'), 100);
  assert.equal(parseNumber('three thousand'), 3000);
  assert.equal(parseNumber('twenty five hundred'), 2500);
  assert.equal(parseNumber('hundred'), null);
  assert.equal(parseNumber('many hundred'), null);
});

test('negative: hundreds that count no time, and years said in words, stay what they are', () => {
  assertNone('One hundred and twenty people signed the letter.', 'hundred');
  assertNone('Two hundred and fifty firms closed.', 'hundred');
  // a year said in words is a year, not a count of anything
  assert.equal(timexOf('The law dates from nineteen hundred.', 'nineteen hundred').value, '1900');
  // an age is no duration
  assertNone('The church is three hundred years old.', 'years');
});

test('a millennium is a thousand years, not a century', () => {
  assert.equal(timexOf('The craft has been handed down for two millennia.', 'two millennia').value, 'P2L');
  assert.equal(timexOf('Olive trees have grown here for 1,000 years.', '1,000 years').value, 'P1L');
  assertPlaced('The temple was raised a millennium ago.', 'a millennium ago', '1016');
  // the rolling past millennium: a thousand years up to publication
  assertPlaced(
    'Temperatures rose faster than at any time over the past millennium.',
    'the past millennium',
    'P1L',
    '1016-10-18',
    '2016-10-18',
  );
  // counts of years that are no whole thousands keep their years
  assert.equal(timexOf('Glass has been blown here for 1,500 years.', '1,500 years').value, 'P1500Y');
  assert.equal(timexOf('The feud went on for a century.', 'a century').value, 'P100Y');
});
