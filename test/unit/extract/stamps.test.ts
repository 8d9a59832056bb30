import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';

// Published Friday 8 March 2019.
const PUB = '2019-03-08';

/** The labels of an article's events, in document order. */
const labels = (text: string): string[] => extract(text, { published: PUB }).events.map((e) => e.label);

test("a page's time stamps under the headline make no events; the story's own dates do", () => {
  const text = [
    'Dam bursts after week of rain',
    'Posted: Mar 8, 2019 7:40 PM ET | Last Updated: Mar 8, 2019 8:44 PM ET',
    'Friday, March 8, 2019 at 6:12 a.m.',
    'The dam above the town burst on Thursday night after a week of heavy rain.',
  ].join('\n');
  const list = extract(text, { published: PUB });
  assert.deepEqual(
    list.events.map((e) => e.from.slice(0, 10)),
    ['2019-03-07'],
  );
  // the stamps are still read as time phrases (they may date the story), only no event is made of them
  assert.ok(list.timexes.some((t) => t.text.startsWith('Mar 8, 2019 7:40 PM')));
});

test('a stamp whose date is spaced out by the markup ("Updated 5 / 5 / 2010 1:41 PM") makes no event', () => {
  const list = extract('Dam bursts\nUpdated 3 / 8 / 2019 1:41 PM\nThe dam burst on Thursday night.', {
    published: PUB,
  });
  assert.deepEqual(
    list.events.map((e) => e.from),
    ['2019-03-07T20:00'],
  );
});

test('a headline that ends in the time it was posted makes no event', () => {
  assert.deepEqual(labels('Quake hits Aceh Tue Mar 05 2019, 14:58 hrs\nThe quake killed five people on Tuesday.'), [
    'The quake killed five people',
  ]);
});

test('negative: sentences and headlines that hold a date are events', () => {
  // a sentence of the head that ends in a date and time, with its full stop
  assert.equal(labels('Dam bursts\nThe dam burst at 10:57 on 7 March 2019.').length, 1);
  // a headline in capitals: its words are no stamp labels
  assert.equal(labels('FIRE HITS CITY ON MONDAY\nCrews fought the blaze all night.').length, 1);
  // a stamp label inside a sentence
  assert.equal(labels('Dam bursts\nThe mayor posted a warning on Thursday.').length, 1);
});
