// A date moved to another ("postponed the hearing from March to June", "brought forward from Dec. 4 to Dec. 2") is no
// range: the date moved to lies ahead, as after "postponed to", and the date moved from is the one nearest it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexOf } from './helpers.js';

// Published Monday 17 November 2025.
const PUB = '2025-11-17';

test('the date moved to lies ahead, the date moved from is the one nearest it', () => {
  const forward = 'The launch was brought forward from Dec. 4 to Dec. 2.';
  assert.equal(timexOf(forward, 'Dec. 2', PUB).value, '2025-12-02');
  assert.equal(timexOf(forward, 'Dec. 4', PUB).value, '2025-12-04');
  const hearing = 'The hearing has been postponed from March to June.';
  assert.equal(timexOf(hearing, 'June', PUB).value, '2026-06');
  assert.equal(timexOf(hearing, 'March', PUB).value, '2026-03');
  // across the new year: the December before the January moved to
  const gala = 'The gala was pushed back from Dec. 30 to Jan. 6.';
  assert.equal(timexOf(gala, 'Jan. 6', PUB).value, '2026-01-06');
  assert.equal(timexOf(gala, 'Dec. 30', PUB).value, '2025-12-30');
});

test('negative: a range, or a move with its years written, keeps its reading', () => {
  // a stretch told in the past is the one gone by, its first end before its last
  const fair = 'The fair ran from Dec. 4 to Dec. 12.';
  assert.equal(timexOf(fair, 'Dec. 4', PUB).value, '2024-12-04');
  assert.equal(timexOf(fair, 'Dec. 12', PUB).value, '2024-12-12');
  const written = 'The trial was moved from March 2024 to June.';
  assert.equal(timexOf(written, 'March 2024', PUB).value, '2024-03');
  // "moved from town to town": the verb's own "from … to" moves no date
  assert.equal(timexOf('The band moved from town to town from 1990 to 1995.', '1990', PUB).value, '1990');
});

test('a weekday moved to another follows the same rule: the new day lies ahead, the old one is the nearest', () => {
  // told on a Monday: the Sunday moved to is the coming one, the Saturday moved from the day before it
  const derby = 'The derby was moved from Saturday to Sunday.';
  assert.equal(timexOf(derby, 'Sunday', PUB).value, '2025-11-23');
  assert.equal(timexOf(derby, 'Saturday', PUB).value, '2025-11-22');
  // brought forward: the day moved from lies after the day moved to
  const hearing = 'The hearing was brought forward from Friday to Tuesday.';
  assert.equal(timexOf(hearing, 'Tuesday', PUB).value, '2025-11-18');
  assert.equal(timexOf(hearing, 'Friday', PUB).value, '2025-11-21');
  const final = 'The final has been moved from Sunday to Saturday.';
  assert.equal(timexOf(final, 'Saturday', PUB).value, '2025-11-22');
  assert.equal(timexOf(final, 'Sunday', PUB).value, '2025-11-23');
  // a week written with the new day holds both
  const summit = 'The summit was moved from Monday to Wednesday next week.';
  assert.equal(timexOf(summit, 'Monday', PUB).value, '2025-11-24');
  assert.equal(timexOf(summit, 'Wednesday next week', PUB).value, '2025-11-26');
});

test('negative: weekdays without a verb of moving are a range, and a day with its own week stays as written', () => {
  const talks = 'The talks ran from Monday to Wednesday.';
  assert.equal(timexOf(talks, 'Monday', PUB).value, '2025-11-10');
  assert.equal(timexOf(talks, 'Wednesday', PUB).value, '2025-11-12');
  const fair = 'The fair will run from Friday to Sunday.';
  assert.equal(timexOf(fair, 'Friday', PUB).value, '2025-11-21');
  assert.equal(timexOf(fair, 'Sunday', PUB).value, '2025-11-23');
  const derby = 'The derby was moved from last Saturday to Sunday.';
  assert.equal(timexOf(derby, 'last Saturday', PUB).value, '2025-11-15');
  assert.equal(timexOf(derby, 'Sunday', PUB).value, '2025-11-23');
});

test('a weekday with a part of the day moved to another is read as the weekday is', () => {
  // told on a Monday: the Saturday night moved from is the one before the Sunday moved to
  const match = 'The match was moved from Saturday night to Sunday afternoon.';
  assert.equal(timexOf(match, 'Sunday afternoon', PUB).value, '2025-11-23TAF');
  assert.equal(timexOf(match, 'Saturday night', PUB).value, '2025-11-22TNI');
  const concert = 'The concert was brought forward from Friday evening to Wednesday.';
  assert.equal(timexOf(concert, 'Friday evening', PUB).value, '2025-11-21TEV');
  // negative: without a verb of moving, a stretch told in the past is the one gone by
  const vigil = 'The vigil lasted from Saturday night to Sunday morning.';
  assert.equal(timexOf(vigil, 'Saturday night', PUB).value, '2025-11-15TNI');
  assert.equal(timexOf(vigil, 'Sunday morning', PUB).value, '2025-11-16TMO');
});
