// "The hearing was on Tues.": a day's or a month's name shortened with a stop, at the end of a label, keeps its stop;
// other final stops go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a shortened day or month name that ends a label keeps its stop', () => {
  assert.equal(label('The inquest was on Thurs.', 'Thurs.'), 'The inquest was on Thurs.');
  assert.equal(label('The recital is on Wed. and the choir will sing after it.', 'Wed.'), 'The recital is on Wed.');
  assert.equal(label('The last game of the season was in Sept.', 'Sept.'), 'The last game of the season was in Sept.');
});

test('other final stops go', () => {
  // a day's full name, a number after the shortened month, and a stop after a date whose other names have none
  assert.equal(label('the derby is on sun 9 mar.', 'sun 9 mar.'), 'The derby is on Sun 9 Mar');
  assert.equal(label('The inquest was on Thursday.', 'Thursday'), 'The inquest was on Thursday');
  assert.equal(label('The deadline is Feb. 9.', 'Feb. 9'), 'The deadline is Feb. 9');
});
