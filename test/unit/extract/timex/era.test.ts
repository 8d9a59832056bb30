import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf, timexes } from './helpers.js';

test('a year before Christ keeps its era in the value and is never drawn as the same year after', () => {
  for (const [text, phrase, value] of [
    ['Rome was founded in 753 BC, legend says.', '753 BC', 'BC0753'],
    ['The temple dates from 1000 B.C.', '1000 B.C.', 'BC1000'],
    ['he died in 567 bc', '567 bc', 'BC0567'],
    ['The city fell in 146 BCE.', '146 BCE', 'BC0146'],
  ] as const) {
    const t = timexOf(text, phrase);
    assert.equal(t.value, value, text);
    assert.equal(t.type, 'DATE');
    assert.equal(t.from, undefined, `${text}: not placed on the axis`);
  }
});

test('centuries before Christ, with their edge; centuries and years of our era are placed', () => {
  const late = timexOf('The temple was built in the late 5th century B.C.', 'the late 5th century B.C.');
  assert.equal(late.value, 'BC04');
  assert.equal(late.mod, 'END');
  assert.equal(late.from, undefined);
  assertPlaced('It collapsed in the 3rd century A.D.', 'the 3rd century A.D.', '02', '0200-01-01', '0300-01-01');
  assertPlaced('Vesuvius erupted in AD 79.', 'AD 79', '0079', '0079-01-01', '0080-01-01');
  assertPlaced('The abbey was founded in 1066 AD.', '1066 AD', '1066');
});

test('negative: "ad" and "ce" in lower case are words, not eras', () => {
  assert.equal(timexes('He placed an ad 300 times.').length, 0);
  assert.deepEqual(
    timexes('The 2000 ad campaign ran long.').map((t) => t.text),
    ['2000'],
  );
});
