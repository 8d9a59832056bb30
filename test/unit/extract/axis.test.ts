// onAxis reads the shape of a date by character code: it must say what the regex it replaced says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { onAxis } from '../../../src/extract/axis.js';

const AXIS_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
const reference = (from: string, to: string) => AXIS_DATE.test(from) && AXIS_DATE.test(to) && from < to;

test('onAxis: two floating dates or date-times, in order', () => {
  assert.equal(onAxis('2016-10-17', '2016-10-18'), true);
  assert.equal(onAxis('2016-10-17T09:30', '2016-10-17T10:00'), true);
  assert.equal(onAxis('0000-01-01', '9999-12-31'), true);
  assert.equal(onAxis('2016-10-18', '2016-10-17'), false); // empty: it ends before it starts
  assert.equal(onAxis('2016-10-17', '2016-10-17'), false);
  assert.equal(onAxis('12016-10-17', '12016-10-18'), false); // a year beyond 9999
  assert.equal(onAxis('2016-10', '2016-11'), false); // a month is no axis date
  assert.equal(onAxis('2016-10-17T09', '2016-10-17T10'), false);
  assert.equal(onAxis('2016-10-17 ', '2016-10-18'), false);
  assert.equal(onAxis('NaN-NaN-NaN', '2016-10-18'), false);
  assert.equal(onAxis(undefined, '2016-10-18'), false);
});

test('onAxis is the regex test of both dates', () => {
  const part = fc.constantFrom('2016', '0000', '9999', '-', '10', '17', 'T', '09', ':', '30', '1', 'x', '٣', ' ', '\n');
  const date = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(date, date, (from, to) => onAxis(from, to) === reference(from, to)),
    { seed: 20161017, numRuns: 3000 },
  );
});
