import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf, timexes } from './helpers.js';

test('durations are DURATION values, not dates', () => {
  const t = timexOf('The strike lasted for three weeks.', 'three weeks');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P3W');
  assert.equal(t.from, undefined, 'a free duration is not placed');
  assert.equal(timexOf('Talks went on for 10 days.', '10 days').value, 'P10D');
  assert.equal(timexOf('A two-year deal was signed.', 'two-year').value, 'P2Y');
  assert.equal(timexOf('He was held for 36 hours.', '36 hours').value, 'PT36H');
  assert.equal(timexOf('Rebels have fought for years.', 'years').value, 'PXY');
  assert.equal(timexOf('It took a few days.', 'a few days').value, 'PXD');
  assert.equal(timexOf('It lasted two and a half years.', 'two and a half years').value, 'P2Y6M');
});

test('quantifiers are kept in the span and as mod', () => {
  const t = timexOf('The flight took more than four hours.', 'more than four hours');
  assert.equal(t.value, 'PT4H');
  assert.equal(t.mod, 'MORE_THAN');
  assert.equal(timexOf('It lasted about two years.', 'about two years').mod, 'APPROX');
});

test('"the past two months" is a duration placed before publication', () => {
  const t = timexOf('Prices rose over the past two months.', 'the past two months');
  assert.equal(t.value, 'P2M');
  assert.equal(t.from, '2016-08-18');
  assert.equal(t.to, '2016-10-18');
});

test('"now in its sixth year" is P6Y placed from 2011 to publication', () => {
  const text = 'The conflict, now in its sixth year, goes on.';
  const t = timexOf(text, 'its sixth year');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P6Y');
  assert.equal(t.from, '2011-01-01');
  assert.equal(t.to, '2016-10-18');
  assert.equal(t.granularity, 'year');
  assert.equal(timexOf(text, 'now').value, 'PRESENT_REF');
});

test('ages and rates are not durations', () => {
  const names = (s: string): string[] => timexes(s).map((t) => t.text);
  assert.deepEqual(names('Mr. Smith, 52 years old, resigned.'), []);
  // an age bracket
  assert.deepEqual(names('Patients aged 65 years and over were called in.'), []);
  assert.deepEqual(names('All children ages 6 months and older should get the shot.'), []);
  assert.deepEqual(names('Children aged under 5 years were most at risk.'), []);
  // negative: the word must be "aged" or "ages" itself
  assert.deepEqual(names('The page took two years to write.'), ['two years']);
  assert.deepEqual(names('Rooms cost $35 a night.'), []);
  assert.deepEqual(names('The plant makes 500 cars a day.'), []);
  assert.deepEqual(names('He tried a second time.'), []);
  // a kind of day: "a night like this", "a year like no other"
  assert.deepEqual(names('We have waited a long time for a night like this.'), []);
  assert.deepEqual(names('It was a year like no other.'), []);
  assert.deepEqual(names('The talks took a week, like the last round.'), ['a week']);
});

test('bare plurals after a verb of waiting are lengths: "waited weeks for power"', () => {
  assert.equal(timexOf('Residents waited weeks for power.', 'weeks').value, 'PXW');
  assert.equal(timexOf('Families are waiting months for a hearing.', 'months').value, 'PXM');
  // negative: a plural unit alone is no length
  assert.deepEqual(
    timexes('Those weeks changed him.').map((t) => t.text),
    [],
  );
});

test('after a number, "a week" with a quantity or a preposition before it is a length, not a rate', () => {
  const names = (s: string): string[] => timexes(s).map((t) => t.text);
  assert.deepEqual(names('Rebels gathered 54 letters in less than a fortnight.'), ['less than a fortnight']);
  assert.deepEqual(names('The side won 3 games in a week.'), ['a week']);
  assert.deepEqual(names('Crews fixed 40 pipes within a day.'), ['a day']);
  // negative: still rates
  assert.deepEqual(names('Staff earn 10 percent more a year.'), []);
  assert.deepEqual(names('He smoked 20 cigarettes a day.'), []);
});

test('a length of time before a clause ("take five days before…") is not placed', () => {
  const t = timexOf(
    'Rain fell on Saturday. It could take at least five days before the flood can be contained.',
    'at least five days',
  );
  assert.equal(t.value, 'P5D');
  assert.equal(t.from, undefined);
  assert.equal(
    timexOf('The siege began on Friday. Crews waited two days before they entered.', 'two days').from,
    undefined,
  );
  // an offset from a named event still is ("a week after the signing")
  const offset = timexOf('The truce was signed on Monday. A week after the signing, fighting resumed.', 'A week');
  assert.equal(offset.from, '2016-10-10');
});

test('an age written as "N years and M days" is one duration, never a date', () => {
  const all = timexes('The singer, born in 1920, has been alive for 96 years and 45 days.');
  const durations = all.filter((t) => t.type === 'DURATION');
  assert.deepEqual(
    durations.map((t) => [t.text, t.value, t.from]),
    [['96 years and 45 days', 'P96Y45D', undefined]],
  );
});

test('"a unit and a half" and "a couple of units" are exact lengths', () => {
  assert.equal(timexOf('The speech lasted a minute and a half.', 'a minute and a half').value, 'PT1M30S');
  assert.equal(timexOf('The flight took an hour and a half.', 'an hour and a half').value, 'PT1H30M');
  assert.equal(timexOf('He served a year and a half in jail.', 'a year and a half').value, 'P1Y6M');
  assert.equal(timexOf('It took a couple of years.', 'a couple of years').value, 'P2Y');
  const next = timexOf('Prices will rise over the next couple of years.', 'the next couple of years');
  assert.equal(next.value, 'P2Y');
  assert.equal(next.from, '2016-10-18');
  // "half-dozen" is no half of the unit before it
  assert.equal(timexOf('It took a week and a half-dozen meetings.', 'a week').value, 'P1W');
});

test('a fraction written with a slash is the fraction of its unit, not the number after the slash', () => {
  assert.equal(timexOf('The polls close in 1/2 hour.', '1/2 hour').value, 'PT30M');
  assert.equal(timexOf('He spoke for 3/4 hour.', '3/4 hour').value, 'PT45M');
  assert.equal(timexOf('He served 1 1/2 years.', '1 1/2 years').value, 'P1Y6M');
  // negative: a fraction of something else is no length of time
  assert.equal(timexes('Turnout rose by 3/4 of a point.').length, 0);
});

test('"a quarter of an hour" and "three-quarters of a century" are fractions of their unit', () => {
  assert.equal(timexOf('The plane lands in a quarter of an hour.', 'a quarter of an hour').value, 'PT15M');
  assert.equal(timexOf('The talk took three-quarters of an hour.', 'three-quarters of an hour').value, 'PT45M');
  assert.equal(timexOf('The dam stood for three quarters of a century.', 'three quarters of a century').value, 'P75Y');
  // placed when the publication carries a clock
  const soon = timexOf('The plane lands in a quarter of an hour.', 'a quarter of an hour', '2016-10-17T10:00:00Z');
  assert.equal(soon.from, '2016-10-17T10:15');
  // negative: a quarter of anything else is no length of time
  assert.deepEqual(
    timexes('A quarter of an apple was left, and three quarters of a class passed.').map((t) => t.text),
    [],
  );
});

test('the minutes of a clock reading followed by "hrs" are no count of hours', () => {
  assert.deepEqual(
    timexes('The quake struck at 14:58 hrs local time.').map((t) => [t.text, t.type]),
    [['14:58 hrs local time', 'TIME']],
  );
  assert.deepEqual(
    timexes('Flights resume at 09.30 hours.').filter((t) => t.type === 'DURATION'),
    [],
  );
  assert.equal(timexOf('The siege lasted 58 hrs.', '58 hrs').value, 'PT58H');
});

test('"the past fortnight", "last fortnight", "the next fortnight" are two weeks up to or after publication', () => {
  const past = timexOf('Prices rose in the past fortnight.', 'the past fortnight');
  assert.equal(past.value, 'P2W');
  assert.deepEqual([past.from, past.to], ['2016-10-04', '2016-10-18']);
  assert.equal(timexOf('Prices rose last fortnight.', 'last fortnight').value, 'P2W');
  const next = timexOf('Prices will rise over the next fortnight.', 'the next fortnight');
  assert.deepEqual([next.value, next.from, next.to], ['P2W', '2016-10-18', '2016-11-01']);
  // negative: the first fortnight of a month is a length, not the two weeks up to publication
  assert.equal(timexOf('The first fortnight of March was wet.', 'The first fortnight').from, undefined);
});

test('"after a week of rain", "within days of the attack": a length of something, not a date after publication', () => {
  for (const [text, phrase] of [
    ['The dam will burst after a week of heavy rain.', 'a week'],
    ['Police will arrive within five days of the attack.', 'five days'],
  ] as const) {
    const t = timexOf(text, phrase);
    assert.equal(t.from, undefined, `${text}: ${t.why}`);
  }
  // negative: an offset with nothing after it is still placed ahead
  assert.equal(timexOf('He will return after five days.', 'five days').from, '2016-10-22');
});

test('a half written after a number any way people write it: "2 and an half", "two-and-a-half", "2½", "and one half"', () => {
  const cases: [string, string, string][] = [
    ['The strike lasted 2 and an half hours.', '2 and an half hours', 'PT2H30M'],
    ['The strike lasted two and an half hours.', 'two and an half hours', 'PT2H30M'],
    ['Fans waited two-and-a-half hours.', 'two-and-a-half hours', 'PT2H30M'],
    ['Fans waited 2½ hours.', '2½ hours', 'PT2H30M'],
    ['The vote took 2 and one half days.', '2 and one half days', 'P2DT12H'],
    ['The summit lasted a day and an half.', 'a day and an half', 'P1DT12H'],
    ['A two-and-a-half-hour debate ended.', 'two-and-a-half-hour', 'PT2H30M'],
  ];
  for (const [text, phrase, value] of cases) assert.equal(timexOf(text, phrase).value, value, text);
  // counted back, the half counts too: 2½ years before 17 Oct 2016 is April 2014
  assert.equal(timexOf('The mine closed 2 and an half years ago.', '2 and an half years ago').value, '2014');
});

test('negative: a half of something else is no half of a unit', () => {
  // "two and a half pies": the half goes with the pies; "an hour" stays a whole hour
  assert.deepEqual(
    timexes('He ate two and a half pies in an hour.').map((t) => [t.text, t.value]),
    [['an hour', 'PT1H']],
  );
  assert.equal(timexOf('It took a week and an half-dozen meetings.', 'a week').value, 'P1W');
});

test('"following" without "the" is a preposition: the length after it is not the coming stretch', () => {
  // before, "following a week" was P1W placed in the week after publication
  const rain = timexOf('The river burst its banks following a week of heavy rain.', 'a week');
  assert.equal(rain.value, 'P1W');
  assert.equal(rain.from, undefined);
  assert.equal(timexOf('Following two days of talks, the deal was signed.', 'two days').value, 'P2D');
  // negative: "the following two weeks" is the stretch ahead
  const ahead = timexOf('Talks will continue over the following two weeks.', 'the following two weeks');
  assert.equal(ahead.value, 'P2W');
  assert.ok(ahead.from !== undefined && ahead.from > '2016-10-17', `${ahead.from}`);
});

test('"in" after a comparison counts the stretch before now: "its first loss in a decade" is no date ahead', () => {
  for (const text of [
    'Carmaker posts first loss in a decade',
    'The euro fell below $1.29 for the first time in over a year.',
    'Shares had their biggest drop in six months.',
  ]) {
    const t = timexes(text).find((x) => x.type === 'DURATION')!;
    assert.equal(t.from, undefined, `${text}: ${t.why}`);
  }
  // negative: "in" told of what is to come stays a date ahead, "latest" and "interest" are no superlatives
  assert.equal(timexOf('The latest figures are due in two weeks.', 'two weeks').from, '2016-10-31');
  assert.equal(timexOf('The interest rate will be set in two weeks.', 'two weeks').from, '2016-10-31');
});

test('"over" that spreads an amount across a length is no "more than": "$5 billion over five years"', () => {
  const spread = timexOf('The plan costs $5 billion over five years.', 'five years');
  assert.equal(spread.value, 'P5Y');
  assert.equal(spread.mod, undefined);
  assert.equal(timexOf('Nurses seek a 9 percent raise over two years.', 'two years').mod, undefined);
  assert.equal(timexOf('The hearings were spread over two days.', 'two days').mod, undefined);
  // negative: "over" after "for" is "more than"
  const more = timexOf('He has been jailed for over two years.', 'over two years');
  assert.equal(more.mod, 'MORE_THAN');
});

test('"nine hours over two days before the verdict": a count over a length is its stretch, no date before another', () => {
  const text =
    'A jury on Thursday convicted the former mayor. Jurors deliberated for nine hours over two days before returning the verdict.';
  const stretch = timexOf(text, 'two days');
  assert.equal(stretch.value, 'P2D');
  assert.equal(stretch.mod, undefined);
  assert.equal(stretch.from, undefined);
  assert.equal(timexOf('The envoys met three times over two weeks before the deal.', 'two weeks').from, undefined);
  // negative: "more than two days before …" still counts from the story's date
  const before = timexOf(
    'The ship sank on Friday. Crew had reported a leak over two days before the sinking.',
    'over two days',
  );
  assert.equal(before.mod, 'MORE_THAN');
});

test('"within the hour", "the next hour": the sixty minutes after publication', () => {
  const NINE = '2016-10-17T09:00';
  assertPlaced(
    'Officials expect a decision within the hour.',
    'the hour',
    'PT1H',
    '2016-10-17T09:00',
    '2016-10-17T10:00',
    NINE,
  );
  assertPlaced(
    'Firefighters will arrive within the hour, police said.',
    'the hour',
    'PT1H',
    '2016-10-17T09:00',
    '2016-10-17T10:00',
    NINE,
  );
  assertPlaced(
    'Officials expect a decision within the next hour.',
    'the next hour',
    'PT1H',
    '2016-10-17T09:00',
    '2016-10-17T10:00',
    NINE,
  );
  assertPlaced(
    'We will update this page in the coming hour.',
    'the coming hour',
    'PT1H',
    '2016-10-17T09:00',
    '2016-10-17T10:00',
    NINE,
  );
  // negative: told in the past the length is not placed; "the hour" without "within", "the final hour" are no lengths
  const past = assertPlaced('Firefighters arrived within the hour.', 'the hour', 'PT1H', undefined, undefined, NINE);
  assert.equal(past.from, undefined);
  assertNone('The hour was late.', 'the hour', NINE);
  assertNone('Protesters cleared the square in the final hour.', 'the final hour', NINE);
});

test('"night" before a plural noun names the noun\'s kind: "two night workers" is no length', () => {
  assertNone('The blaze could have killed two night workers.', 'two night');
  assertNone('He worked three night shifts last week.', 'three night');
  // a length before a singular noun, and nights counted
  assert.equal(timexOf('They booked a three night stay.', 'three night').value, 'P3D');
  assert.equal(timexOf('She spent two nights in hospital.', 'two nights').value, 'P2D');
});

test("negative: a number and a unit in capitals inside a sentence in lower case are a title's words ('60 Minutes')", () => {
  assert.deepEqual(timexes("Gonzalez said on CBS's ''60 Minutes'' that he was hurt.", '2000-04-17'), []);
  assert.deepEqual(timexes('He told 48 Hours he was sorry.', '2000-04-17'), []);
  // a headline in capitals or in title case keeps its length
  assert.equal(timexes('Talks Will Last 48 Hours', '2000-04-17')[0]?.value, 'PT48H');
  assert.equal(timexes('TALKS WILL LAST 48 HOURS', '2000-04-17')[0]?.value, 'PT48H');
});
