import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Saturday 1 June 2024.
const JUNE = '2024-06-01';

test('the edges of a decade or a century are whole years', () => {
  const early = assertPlaced(
    'The brand was revived in the early 2000s.',
    'the early 2000s',
    '200',
    '2000-01-01',
    '2003-01-01',
    JUNE,
  );
  assert.equal(early.mod, 'START');
  assertPlaced('Sales slumped in the late 1980s.', 'the late 1980s', '198', '1987-01-01', '1990-01-01', JUNE);
  assertPlaced('The plant opened in the mid-1960s.', 'the mid-1960s', '196', '1963-01-01', '1967-01-01', JUNE);
  assertPlaced(
    'The canal was dug in the late 18th century.',
    'the late 18th century',
    '17',
    '1767-01-01',
    '1800-01-01',
    JUNE,
  );
});

test('negative: a year and a bare decade keep their own cuts', () => {
  assertPlaced('Prices rose in early 2019.', 'early 2019', '2019', '2019-01-01', '2019-05-01', JUNE);
  assertPlaced('The band formed in the 1970s.', '1970s', '197', '1970-01-01', '1980-01-01', JUNE);
});

test('a decade after a possessive is an age: "until her late seventies", "in his 40s"', () => {
  assertNone('She taught until her late seventies.', 'seventies');
  assertNone('She taught until her late seventies.', 'late seventies');
  assertNone('He was in his 40s when he moved.', '40s');
  // negative: the decades of the calendar
  assert.equal(timexOf('In the late seventies the city grew.', 'the late seventies').value, '197');
  assert.equal(timexOf('In his 1990s films he starred.', '1990s').value, '199');
});

test('a decade said without its century after words of weather counts degrees: "return to the mid-20s"', () => {
  const PUB = '2024-07-17';
  assertNone('Temperatures are forecast to return to the mid-20s next week.', 'mid-20s', PUB);
  assertNone('Highs will be in the 30s on Friday.', '30s', PUB);
  // negative: with its century, or with no weather in the clause, a decade
  assertPlaced('Heat records from the 1930s fell.', '1930s', '193', undefined, undefined, PUB);
  assertPlaced('The band was big in the 80s.', '80s', '198', undefined, undefined, PUB);
});

test('"the 1800s", "the early 1900s" are the centuries the hundreds open; "the 2000s" stays a decade', () => {
  assertPlaced('The mill was built in the 1800s.', '1800s', '18', '1800-01-01', '1900-01-01', JUNE);
  assertPlaced('The firm was founded in the mid-1800s.', 'the mid-1800s', '18', '1833-01-01', '1867-01-01', JUNE);
  assertPlaced('THE HOUSE DATES FROM THE LATE 1700S', 'THE LATE 1700S', '17', '1767-01-01', '1800-01-01', JUNE);
  assertPlaced('the town grew in the early 1900s', 'the early 1900s', '19', '1900-01-01', '1933-01-01', JUNE);
  // negative: the 2000s, and decades of other tens
  assertPlaced('Sales boomed in the 2000s.', '2000s', '200', '2000-01-01', '2010-01-01', JUNE);
  assertPlaced('Sales slumped in the 1810s.', '1810s', '181', '1810-01-01', '1820-01-01', JUNE);
});

test('an edge that runs into another, "the mid-to-late 1990s", is one phrase from the first edge to the end of the second', () => {
  const t = assertPlaced(
    'The deal collapsed in the mid-to-late 1990s.',
    'the mid-to-late 1990s',
    '199',
    '1993-01-01',
    '2000-01-01',
  );
  assert.equal(t.mod, undefined);
  assertPlaced(
    'Growth was strong in the early to mid 2000s.',
    'the early to mid 2000s',
    '200',
    '2000-01-01',
    '2007-01-01',
  );
  // negative: one edge, and a range of two decades, keep their readings
  assertPlaced('It was built in the late 1990s.', 'the late 1990s', '199', '1997-01-01', '2000-01-01');
  assertNone('Prices rose from the early 1980s to the late 1990s.', 'the early 1980s to the late 1990s');
});
