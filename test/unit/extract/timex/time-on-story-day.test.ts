import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPlaced, timexOf } from './helpers.js';

// Published Monday 17 Oct 2016.
test('a bare clock time falls on the day the story has just placed', () => {
  const t = assertPlaced(
    'Shelling resumed on Oct. 12. The first rounds landed at 6:40 a.m., residents said.',
    '6:40 a.m.',
    '2016-10-12T06:40',
  );
  assert.equal(t.anchor, 't1');
  assert.match(t.why, /day the story has just placed/);
  assertPlaced('The probe was launched on Thursday from the coast at 18:00 UTC.', '18:00 UTC', '2016-10-13T18:00Z');
});

test('negative: with no day placed nearby, a clock time is on the publication day', () => {
  assertPlaced('The council met at 3 p.m. and passed the budget.', '3 p.m.', '2016-10-17T15:00');
  const far =
    'Rebels took the town on Oct. 2. ' +
    'Aid groups have since described the damage street by street, listing the schools, clinics, bakeries and ' +
    'water stations that were hit, and they say the repairs will take many months of work and money. ' +
    'A convoy left the capital at 8 p.m.';
  assertPlaced(far, '8 p.m.', '2016-10-17T20:00');
});

test('negative: a month or a year is no day to put a clock time on', () => {
  assertPlaced('Exports fell in September. Trading closed at 4 p.m.', '4 p.m.', '2016-10-17T16:00');
});

test('a time after a night the story placed falls in that night, past midnight if early', () => {
  assertPlaced('Floods hit the coast on Saturday night. The river crested at 3 a.m.', '3 a.m.', '2016-10-16T03:00');
  assertPlaced('Shelling began on Saturday night. At 11 p.m. a shell hit the port.', '11 p.m.', '2016-10-15T23:00');
});

test('a morning time told after a late-evening time of the story is the next morning', () => {
  // before, "6 a.m." fell on Wednesday, seventeen hours before the storm it followed
  const t = assertPlaced(
    'Gusts hit the coast shortly after 11 p.m. on Wednesday. By 6 a.m., crews had restored power to half the homes.',
    '6 a.m.',
    '2016-10-13T06:00',
  );
  assert.match(t.why, /morning after/);
  assertPlaced('The polls closed at 8 p.m. on Sunday and the result came at 2 a.m.', '2 a.m.', '2016-10-17T02:00');
  // negative: a story that looks back stays on the day; so does an afternoon time, and a time after a morning
  assertPlaced('The blast hit at 11 p.m. on Wednesday. Earlier, at 9 a.m., he was seen.', '9 a.m.', '2016-10-12T09:00');
  assertPlaced('The talks began at 10 a.m. on Wednesday and ended at 4 p.m.', '4 p.m.', '2016-10-12T16:00');
  assertPlaced('The talks began at 8 p.m. on Wednesday and ended at 11 p.m.', '11 p.m.', '2016-10-12T23:00');
});

test('an hour without a.m. or p.m. after an afternoon time of the story is in the afternoon or evening', () => {
  // before, "5:30" was 05:30, ten hours before the fire it put out
  const t = assertPlaced(
    'A fire broke out at 3:45pm on Saturday. It was out by 5:30, the brigade said.',
    '5:30',
    '2016-10-15T17:30',
  );
  assert.match(t.why, /after 15:45/);
  assertPlaced('The outage began on Sunday afternoon. Power was back by 7:45.', '7:45', '2016-10-16T19:45');
  // negative: after a morning time, looked back to, or already later than the story's time, the hour stays
  assertPlaced('The talks began at 9 a.m. on Wednesday and ended at 11:15.', '11:15', '2016-10-12T11:15');
  assertPlaced('The blast came at 4 p.m. on Wednesday. Earlier, at 10:30, he was seen.', '10:30', '2016-10-12T10:30');
  // (after a night, an early hour is the next morning's, as above)
  assertPlaced('Floods hit the coast on Saturday night. The river crested at 3:30.', '3:30', '2016-10-16T03:30');
  // negative: an hour written with its zero is on the 24-hour clock ("09:05" in a live report's entries)
  assertPlaced('The rain began at 5pm on Saturday. 09:05 Trains are cancelled.', '09:05', '2016-10-15T09:05');
  // (an end before its start is the next morning's, not 20:15)
  assertPlaced('The talks began at 2 p.m. on Sunday and ended at 08:15.', '08:15', '2016-10-17T08:15');
});

test('a small hour without a.m. or p.m. after a late-evening time of the story is the next morning', () => {
  // before, "1:15" was 01:15 on Saturday, 21 hours before the storm it followed
  const t = assertPlaced(
    'The storm hit at 10pm on Saturday. By 1:15 the river had burst its banks.',
    '1:15',
    '2016-10-16T01:15',
  );
  assert.match(t.why, /morning after/);
  assertPlaced(
    'The fire started at 9pm on Saturday. Crews came at 9:20 and had it out by 2:10.',
    '2:10',
    '2016-10-16T02:10',
  );
  // negative: looked back to, a later hour of the morning, a bare 12:30, or after an afternoon time, it stays on the day
  assertPlaced('The polls closed at 8pm on Sunday. Earlier, at 3:15, turnout was low.', '3:15', '2016-10-16T03:15');
  assertPlaced('The storm hit at 10pm on Saturday. At 8:30 the council met.', '8:30', '2016-10-15T08:30');
  assertPlaced('The storm hit at 10pm on Saturday. The last train left at 12:30.', '12:30', '2016-10-15T12:30');
  assertPlaced('The storm hit at 1pm on Saturday. The last train left at 12:30.', '12:30', '2016-10-15T12:30');
});

test('a clock time told in the past is not put on a day after publication the story looked to', () => {
  // "tonight" runs into Tuesday morning; "spoke at noon" is no noon of Tuesday
  assertPlaced('A vigil is planned for tonight. The mayor spoke at noon.', 'noon', '2016-10-17T12:00');
  // negative: told in the future, it may go on with that day
  assertPlaced('A vigil is planned for Friday. The mayor will speak at noon.', 'noon', '2016-10-21T12:00');
});

test('a midnight written with the publication day and told in the past is the one that opened that day', () => {
  // Sunday 15 November 2026: the midnight that closes Sunday is still ahead
  for (const PUB of ['2026-11-15T09:00:00Z', '2026-11-15']) {
    assertPlaced(
      'The warehouse caught fire shortly after midnight on Sunday.',
      'shortly after midnight on Sunday',
      '2026-11-15T00:00',
      '2026-11-15T00:00',
      '2026-11-15T00:01',
      PUB,
    );
    assertPlaced(
      'Two men were detained at midnight Sunday.',
      'midnight Sunday',
      '2026-11-15T00:00',
      undefined,
      undefined,
      PUB,
    );
  }
  assertPlaced(
    'The alarm went off just after midnight today.',
    'just after midnight today',
    '2026-11-15T00:00',
    undefined,
    undefined,
    '2026-11-15T09:00:00Z',
  );
});

test('a midnight told in the past with no day and no clock time of publication is the one gone by', () => {
  // published on Sunday 15 November 2026 (a date alone): the midnight that closes it is still ahead
  for (const [text, phrase] of [
    ['The statement was released shortly after midnight.', 'shortly after midnight'],
    ['The ceasefire took effect at midnight.', 'midnight'],
  ]) {
    const t = assertPlaced(text!, phrase!, '2026-11-14T24:00', '2026-11-15T00:00', undefined, '2026-11-15');
    assert.match(t.why, /gone by before publication/);
  }
  // negative: told of what is to come, the midnight ahead
  assertPlaced(
    'The ceasefire will take effect at midnight.',
    'midnight',
    '2026-11-15T24:00',
    '2026-11-16T00:00',
    undefined,
    '2026-11-15',
  );
});

test('negative: a midnight of a day gone by, one ahead, or closing a stretch ends its day (TimeML T24)', () => {
  // told on the Monday after: the AP and TimeML reading, the midnight that closed Sunday
  assertPlaced(
    'The warehouse caught fire shortly after midnight on Sunday.',
    'shortly after midnight on Sunday',
    '2026-11-15T24:00',
    '2026-11-16T00:00',
    undefined,
    '2026-11-16T09:00:00Z',
  );
  const sunday = '2026-11-15T09:00:00Z';
  assertPlaced(
    'The truce takes effect at midnight Sunday.',
    'midnight Sunday',
    '2026-11-15T24:00',
    undefined,
    undefined,
    sunday,
  );
  assertPlaced(
    'The curfew was extended until midnight Sunday.',
    'midnight Sunday',
    '2026-11-15T24:00',
    undefined,
    undefined,
    sunday,
  );
});

test('a past state that ran until midnight of the publication day ran to the midnight that opened it', () => {
  // told on Sunday 15 November 2026, 09:00: the midnight that closes Sunday is still ahead
  const sunday = '2026-11-15T09:00:00Z';
  for (const [text, phrase] of [
    ['The bars stayed open until midnight Sunday.', 'midnight Sunday'],
    ['The party went on until midnight on Sunday.', 'midnight on Sunday'],
    ['Fans remained outside the stadium until Sunday at midnight.', 'Sunday at midnight'],
  ] as const)
    assertPlaced(text, phrase, '2026-11-15T00:00', undefined, undefined, sunday);
  // negative: told on a later day, the midnight that closed Sunday; told in the future, the one still ahead
  assertPlaced(
    'The bars stayed open until midnight Sunday.',
    'midnight Sunday',
    '2026-11-15T24:00',
    undefined,
    undefined,
    '2026-11-17T09:00:00Z',
  );
  assertPlaced(
    'The bars will stay open until midnight Sunday.',
    'midnight Sunday',
    '2026-11-15T24:00',
    undefined,
    undefined,
    sunday,
  );
});

test('midnight told in the past on the publication day is the one gone by', () => {
  const PUB = '2024-12-09T09:30:00Z';
  const text = 'At 07:55 GMT on Monday the toll was 212. It had stood at 187 at midnight.';
  const t = timexOf(text, 'midnight', PUB);
  assert.equal(t.value, '2024-12-08T24:00');
  assert.equal(t.from, '2024-12-09T00:00');
  assert.match(t.why, /midnight gone by/);
  // the level a change is measured from is a point of comparison, at the same midnight
  const compared = timexOf(
    'At 07:55 GMT on Monday the toll had risen to 212, up from 187 at midnight.',
    'midnight',
    PUB,
  );
  assert.equal(compared.value, '2024-12-08T24:00');
  assert.match(compared.why, /point of comparison/);
  // negative: ahead, the coming midnight; on a day before publication, that day's own
  assert.equal(timexOf('On Monday the curfew will start at midnight.', 'midnight', PUB).value, '2024-12-09T24:00');
  assert.equal(timexOf('On Friday the toll had risen to 90 by midnight.', 'midnight', PUB).value, '2024-12-06T24:00');
});

test("negative: a day told in a relative aside is its noun's; the main clause's clock time is not on it", () => {
  // published Tuesday 9 September 2025, 10:00 EDT
  const published = '2025-09-09T10:00:00-04:00';
  const storm =
    'The storm, which formed in the Caribbean last Thursday, was about 300 miles south of the coast at 5 a.m. EDT.';
  assertPlaced(storm, '5 a.m. EDT', '2025-09-09T05:00-04:00', undefined, undefined, published);
  const minister = 'The minister, who was appointed on Thursday, spoke to reporters at 9 a.m.';
  assertPlaced(minister, '9 a.m.', '2025-09-09T09:00', undefined, undefined, published);
  // an aside of an earlier sentence does not count: the day goes on into the next sentence
  const freed = 'The man, who was arrested on Sunday, was freed. At 4 p.m. he left the station.';
  assertPlaced(freed, '4 p.m.', '2025-09-07T16:00', undefined, undefined, published);
  // nor does an aside that holds the time itself
  const held = 'The man, who was arrested on Sunday and charged at 4 p.m., was freed.';
  assertPlaced(held, '4 p.m.', '2025-09-07T16:00', undefined, undefined, published);
});
