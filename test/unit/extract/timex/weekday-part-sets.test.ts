import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, timexes, timexOf } from './helpers.js';

// Published Friday 20 March 1998.
const PUB = '1998-03-20';

test('"Sunday mornings", "Wednesday nights": that part of every such day, a SET like "Mondays"', () => {
  const cases: [string, string, string][] = [
    ['The market is held on Sunday mornings.', 'Sunday mornings', 'XXXX-WXX-7TMO'],
    ['The ferry sails Wednesday nights until May.', 'Wednesday nights', 'XXXX-WXX-3TNI'],
    ['Volunteers cook Friday evenings.', 'Friday evenings', 'XXXX-WXX-5TEV'],
    ['The clinic opens Saturday afternoons.', 'Saturday afternoons', 'XXXX-WXX-6TAF'],
  ];
  for (const [text, phrase, value] of cases) {
    const t = timexOf(text, phrase, PUB);
    assert.equal(t.type, 'SET', phrase);
    assert.equal(t.value, value, phrase);
    assert.equal(t.from, undefined, `${phrase} has no place on the axis`);
  }
  // in any case
  assert.equal(timexOf('THE CLINIC OPENS SATURDAY AFTERNOONS.', 'SATURDAY AFTERNOONS', PUB).value, 'XXXX-WXX-6TAF');
});

test('negative: one such part of one day stays a date, not a recurrence', () => {
  const t = timexOf('The ferry sank on Wednesday night.', 'Wednesday night', PUB);
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '1998-03-18TNI');
  assertNone('Nights were cold all week.', 'Nights', PUB);
});

test('"Monday and Tuesday nights": the days listed before the part share it', () => {
  const t = timexOf('The bar stays open Monday and Tuesday nights.', 'Monday', PUB);
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'XXXX-WXX-1TNI');
  assert.equal(timexOf('The bar stays open Monday and Tuesday nights.', 'Tuesday nights', PUB).value, 'XXXX-WXX-2TNI');
  const list = 'The show airs Friday, Saturday, and Sunday evenings.';
  assert.equal(timexOf(list, 'Friday', PUB).value, 'XXXX-WXX-5TEV');
  assert.equal(timexOf(list, 'Saturday', PUB).value, 'XXXX-WXX-6TEV');
  // negative: a comma before "and" with no list ends the clause; two days told apart stay dates
  assert.equal(timexOf('Talks ran on Monday, and Tuesday nights are quiet.', 'Monday', PUB).value, '1998-03-16');
  assert.equal(timexOf('He arrived Monday and left Tuesday.', 'Monday', PUB).value, '1998-03-16');
});

test('"every Monday night", "each Friday evening": that part of every such day, as "Monday nights" is', () => {
  const night = timexOf('Talks are held every Monday night.', 'every Monday night', PUB);
  assert.equal(night.type, 'SET');
  assert.equal(night.value, 'XXXX-WXX-1TNI');
  assert.equal(timexOf('Choirs sing each Friday evening.', 'each Friday evening', PUB).value, 'XXXX-WXX-5TEV');
  // (no overlapping one-day time: it was "every Monday" and a placed "Monday morning")
  assert.deepEqual(
    timexes('The stall opens every Monday morning.', PUB).map((t) => [t.text, t.value]),
    [['every Monday morning', 'XXXX-WXX-1TMO']],
  );
});

test('negative: a part of day after a repeating period that is no weekday is not taken into it', () => {
  assert.equal(timexOf('He ran every summer evening.', 'every summer', PUB).value, 'XXXX-SU');
  assert.equal(timexOf('She calls every day, morning or night.', 'every day', PUB).value, 'P1D');
});

test('"every Friday and Saturday": the weekdays listed after a repeating one repeat too', () => {
  const buses = timexOf('Buses run every Friday and Saturday.', 'Saturday', PUB);
  assert.deepEqual([buses.type, buses.value, buses.from], ['SET', 'XXXX-WXX-6', undefined]);
  const list = 'Trains call every Monday, Wednesday and Friday.';
  assert.equal(timexOf(list, 'Wednesday', PUB).value, 'XXXX-WXX-3');
  assert.equal(timexOf(list, 'Friday', PUB).value, 'XXXX-WXX-5');
  assert.equal(timexOf('The union will strike each Monday or Tuesday.', 'Tuesday', PUB).type, 'SET');
  // negative: a weekday of its own after the list's end, or a possessive, is one day
  const own = timexOf('Shops open every Sunday, and on Monday the bank opened.', 'Monday', PUB);
  assert.equal(own.type, 'DATE');
  const market = timexOf("He shops every Tuesday and Saturday's market was busy.", 'Saturday', PUB);
  assert.deepEqual([market.type, market.value], ['DATE', '1998-03-14']);
});
