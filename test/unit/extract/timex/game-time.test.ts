import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { timexes, timexOf } from './helpers.js';

// Published Monday 24 December 2012.
const PUB = '2012-12-24';

const texts = (text: string): string[] => timexes(text, PUB).map((t) => t.text);

test('the quarters and halves of a game are no parts of the calendar: they fall on the day of the game', () => {
  const game = timexes(
    'The Colts beat the Chiefs 20-13 on Sunday. Luck threw a touchdown pass in the fourth quarter.',
    PUB,
  );
  assert.deepEqual(
    game.map((t) => [t.text, t.value, t.from]),
    [
      ['Sunday', '2012-12-23', '2012-12-23'],
      ['the fourth quarter', '2012-12-23', '2012-12-23'],
    ],
  );
  // with no day of the game given yet, a period of it stays unplaced
  for (const text of [
    'Both defenses tightened up in the second half, and the score stayed tied.',
    'He scored 14 points, all of them in the first half, before the coach rested him.',
    'A fourth-quarter fumble cost the team the game.',
  ]) {
    const [t] = timexes(text, PUB);
    assert.equal(t?.value, 'XXXX-XX-XX', text);
    assert.equal(t?.from, undefined, text);
  }
  // nothing of the game is put on the calendar's quarters: only the day it was played
  const list = extract('The Chiefs led 13-10 at halftime but lost the game to a fourth quarter touchdown on Sunday.', {
    published: PUB,
  });
  assert.deepEqual(
    list.events.map((e) => e.from),
    ['2012-12-23'],
  );
});

test('a game clock running down is no time of day', () => {
  assert.deepEqual(texts('He tied the record on a jumper with 14:05 left in the first half.'), ['the first half']);
  assert.deepEqual(texts('Hansbrough banked in a shot with 7:41 to go, and the Tar Heels won 91-73.'), []);
  assert.deepEqual(texts('The historic basket came with 7:42 remaining in the first half.'), ['the first half']);
});

test('negative: the quarters and halves of business news, and clock times, stay dates and times', () => {
  const q4 = timexes('The company said net income in the fourth quarter rose 12% to $5 million.', PUB);
  assert.deepEqual(
    q4.map((t) => [t.text, t.value]),
    [['the fourth quarter', '2012-Q4']],
  );
  const h2 = timexes('AMD expects the deal to close in the second half, analysts said.', PUB);
  assert.deepEqual(
    h2.map((t) => t.text),
    ['the second half'],
  );
  // a clock time of day, even in a sports story, when no clock runs down after it
  assert.deepEqual(texts('The game kicks off at 8:30 p.m. on Sunday.'), ['8:30 p.m. on Sunday']);
  // a clock followed by "left" outside a game: the train's time stays a time
  assert.deepEqual(texts('The 7:30 left on time yesterday, the rail company said.'), ['7:30', 'yesterday']);
});

test('a past clause after a look ahead counts from the story day, not from the day looked forward to', () => {
  const text =
    'Creighton beat Drake 65-53 on Friday afternoon. Creighton advances to play Saturday in the semifinal. ' +
    'McDermott scored 13 points in the first half.';
  const found = timexes(text, '2013-03-08');
  assert.deepEqual(
    found.map((t) => [t.text, t.value]),
    [
      ['Friday afternoon', '2013-03-08TAF'],
      ['Saturday', '2013-03-09'],
      ['the first half', '2013-03-08'],
    ],
  );
});

test('a point of comparison is no day of the game: "their first win since August 26 … the second half"', () => {
  const SAT = '2023-11-25';
  const text =
    'Rovers beat Ashford 2-1 on Saturday. It was their first league win since August 26. ' +
    'Manager Sam Price, appointed in October, was pleased. Rovers equalised early in the second half.';
  assert.equal(timexOf(text, 'the second half', SAT).value, '2023-11-25');
});

test('a day the story went back to is no day of the game: "unbeaten since Boxing Day", "a game two weeks ago"', () => {
  const SAT = '2024-04-07';
  const since =
    'Arsenal beat Villa 2-1 on Saturday. They have not lost in the league since Boxing Day. ' +
    'Villa had equalised early in the second half through Watkins.';
  assert.equal(timexOf(since, 'the second half', SAT).value, '2024-04-06');
  const ago =
    'The Chiefs lost 20-13 to the Colts on Sunday. Charles ran 86 yards, his longest since a run in the Cleveland ' +
    'game two weeks ago. Both defenses tightened up in the second half.';
  assert.equal(timexOf(ago, 'the second half', '2012-12-24').value, '2012-12-23');
  // negative: a game the sentence dates keeps its own day, earlier or not
  const own = 'In the 17-14 victory over the Falcons on Dec. 27, Thomas scored in the second quarter.';
  assert.equal(timexOf(own, 'the second quarter', '2011-01-05').value, '2010-12-27');
});
