import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf, timexes } from './helpers.js';

// Published Wednesday 2 October 2024.
const PUB = '2024-10-02';

test('holidays are placed like weekdays: by tense', () => {
  assertPlaced('Sales slumped at Christmas.', 'Christmas', '2023-12-25', undefined, undefined, PUB);
  assertPlaced('Stores will open on Christmas Eve.', 'Christmas Eve', '2024-12-24', undefined, undefined, PUB);
  assertPlaced('The bridge closed on Labor Day.', 'Labor Day', '2024-09-02', undefined, undefined, PUB);
  assertPlaced(
    'Families will gather on Thanksgiving Day.',
    'Thanksgiving Day',
    '2024-11-28',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('The parade drew crowds on Memorial Day.', 'Memorial Day', '2024-05-27', undefined, undefined, PUB);
  assertPlaced('Costumed children came at Halloween.', 'Halloween', '2023-10-31', undefined, undefined, PUB);
  assertPlaced('Children will trick-or-treat on Halloween.', 'Halloween', '2024-10-31', undefined, undefined, PUB);
  assertPlaced(
    'Fireworks lit the sky on Independence Day.',
    'Independence Day',
    '2024-07-04',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    "Revellers crowded the square on New Year's Eve.",
    "New Year's Eve",
    '2023-12-31',
    undefined,
    undefined,
    PUB,
  );
});

test('Easter is computed; a year given is used; "last" and "next" count strictly', () => {
  const t = assertPlaced('Pilgrims came at Easter.', 'Easter', '2024-03-31', undefined, undefined, PUB);
  assert.match(t.why, /Easter 2024/);
  assertPlaced('Pilgrims will come at Easter.', 'Easter', '2025-04-20', undefined, undefined, PUB);
  assertPlaced('Easter 2019 fell on April 21.', 'Easter 2019', '2019-04-21', undefined, undefined, PUB);
  assertPlaced('Good Friday 2038 is late.', 'Good Friday 2038', '2038-04-23', undefined, undefined, PUB);
  assertPlaced('They married last Christmas.', 'last Christmas', '2023-12-25', undefined, undefined, PUB);
  assertPlaced('They met next Thanksgiving.', 'next Thanksgiving', '2024-11-28', undefined, undefined, PUB);
  assertPlaced('christmas 2021 was quiet', 'christmas 2021', '2021-12-25', undefined, undefined, PUB);
  assert.equal(timexOf('The week began as Easter week opened.', 'Easter week', PUB).value, '2024-W13');
});

test('negative: other new years and generic names', () => {
  // another calendar's new year is its own day, never January 1
  assert.notEqual(timexOf('Lunar New Year markets opened.', 'Lunar New Year', PUB).value, '2024-01-01');
  assertNone('The Persian New Year party began.', 'New Year');
  assertNone('We hope the new year brings peace.', 'new year');
  assertNone('The island marked its independence day.', 'independence');
  assertNone('Christmas and New Year sales rose.', 'New Year');
});

// Published Friday 22 March 2019.
const MARCH = '2019-03-22';

test('holidays in lower case and capitals, placed by tense like weekdays', () => {
  assertPlaced('on new year’s day he resigned', 'new year’s day', '2019-01-01', '2019-01-01', '2019-01-02', MARCH);
  assertPlaced("ON NEW YEAR'S EVE HE RESIGNED", "NEW YEAR'S EVE", '2018-12-31', undefined, undefined, MARCH);
  assertPlaced('the shop will shut on new years eve', 'new years eve', '2019-12-31', undefined, undefined, MARCH);
  assertPlaced('we ate turkey at thanksgiving', 'thanksgiving', '2018-11-22', undefined, undefined, MARCH);
  assertPlaced('he left on christmas eve', 'christmas eve', '2018-12-24', undefined, undefined, MARCH);
  assertPlaced('the boxing day sales fell', 'boxing day', '2018-12-26', undefined, undefined, MARCH);
  assertPlaced('the stores will close on memorial day', 'memorial day', '2019-05-27', undefined, undefined, MARCH);
  assertPlaced('on valentine’s day he proposed', 'valentine’s day', '2019-02-14', undefined, undefined, MARCH);
  assertPlaced('the veterans day parade was cancelled', 'veterans day', '2018-11-11', undefined, undefined, MARCH);
  assertPlaced('Wreaths were laid on Armistice Day.', 'Armistice Day', '2018-11-11', undefined, undefined, MARCH);
});

test('n-th weekday holidays: MLK Day, Presidents’ Day, Mother’s and Father’s Day', () => {
  assertPlaced(
    'Schools closed for Martin Luther King Jr. Day.',
    'Martin Luther King Jr. Day',
    '2019-01-21',
    undefined,
    undefined,
    MARCH,
  );
  assertPlaced('the march on mlk day 2018 was cold', 'mlk day 2018', '2018-01-15', undefined, undefined, MARCH);
  assertPlaced('Markets were shut on Presidents’ Day.', 'Presidents’ Day', '2019-02-18', undefined, undefined, MARCH);
  assertPlaced('Florists expect a rush on Mother’s Day.', 'Mother’s Day', '2019-05-12', undefined, undefined, MARCH);
  assertPlaced('mother’s day 2012 was sunny', 'mother’s day 2012', '2012-05-13', undefined, undefined, MARCH);
  assertPlaced('Ties sold well before Father’s Day.', 'Father’s Day', '2018-06-17', undefined, undefined, MARCH);
});

test('days counted from Easter, Orthodox Easter and Thanksgiving', () => {
  assertPlaced('Crowds gathered on Palm Sunday.', 'Palm Sunday', '2018-03-25', undefined, undefined, MARCH);
  assertPlaced('The church will be full on Good Friday.', 'Good Friday', '2019-04-19', undefined, undefined, MARCH);
  assertPlaced('Lent began on Ash Wednesday.', 'Ash Wednesday', '2019-03-06', undefined, undefined, MARCH);
  assertPlaced('The trinity sunday service was held.', 'trinity sunday', '2018-05-27', undefined, undefined, MARCH);
  assertPlaced('clean monday 2018 was quiet', 'clean monday 2018', '2018-02-19', undefined, undefined, MARCH);
  assertPlaced('Easter of 2010 came early.', 'Easter of 2010', '2010-04-04', undefined, undefined, MARCH);
  assertPlaced('Cyber Monday sales rose.', 'Cyber Monday', '2018-11-26', undefined, undefined, MARCH);
  assertPlaced('Black Friday sales rose.', 'Black Friday', '2019-11-29', undefined, undefined, '2019-11-30');
  assertPlaced('Parades marked St. Patrick’s Day.', 'St. Patrick’s Day', '2019-03-17', undefined, undefined, MARCH);
});

test('holidays of lunar calendars, read from Intl', () => {
  assertPlaced('Chinese New Year fell early.', 'Chinese New Year', '2019-02-05', undefined, undefined, MARCH);
  assertPlaced('Families will meet at Passover.', 'Passover', '2019-04-20', undefined, undefined, MARCH);
  assertPlaced('On Yom Kippur they fasted.', 'Yom Kippur', '2018-09-19', undefined, undefined, MARCH);
  assertPlaced('Hanukkah 2019 begins late.', 'Hanukkah 2019', '2019-12-23', undefined, undefined, MARCH);
  assertPlaced('Eid al-Fitr was celebrated.', 'Eid al-Fitr', '2018-06-15', undefined, undefined, MARCH);
});

test('negative: a named weekday is never the plain weekday; names that are phrases need date context', () => {
  // a qualifier before a weekday: the holiday, or nothing; never the Sunday or Tuesday near publication
  for (const [text, phrase] of [
    ['Super Tuesday results came in.', 'Tuesday'],
    ['It was a good friday for the markets.', 'friday'],
    ['It was a black friday for investors.', 'friday'],
  ] as const)
    assertNone(text, phrase, MARCH);
  assertNone('Her mother’s day was busy.', 'day', MARCH);
  assertNone('He kept his father’s day job.', 'day', MARCH);
  assertNone('The president’s day began early.', 'day', MARCH);
  assertNone('Kenya’s Independence Day was marked.', 'Independence', MARCH);
  assertNone('The new year’s first weeks were calm.', 'new year', MARCH);
  // with date context the same words are the holiday
  assertPlaced('Stocks fell on good friday.', 'good friday', '2018-03-30', undefined, undefined, MARCH);
  assertPlaced('He marched on independence day.', 'independence day', '2018-07-04', undefined, undefined, MARCH);
});

test('a holiday "of next year", "last year", "this year" is that year\'s, one phrase', () => {
  assertPlaced(
    'We meet again on Thanksgiving of next year.',
    'Thanksgiving of next year',
    '2017-11-23',
    undefined,
    undefined,
    '2016-10-17',
  );
  assertPlaced(
    'The store closed on MLK Day last year.',
    'MLK Day last year',
    '2015-01-19',
    undefined,
    undefined,
    '2016-10-17',
  );
  // negative: "this year" that begins a clause of its own stays apart
  assert.deepEqual(
    timexes('He spoke on Christmas. This year, he did not.', '2016-10-17').map((t) => t.text),
    ['Christmas', 'This year'],
  );
});

test("a year counted later in the holiday's clause is the holiday's year", () => {
  // told on Wednesday 2 October 2024: with no cue, Easter would be the nearest (2024), Thanksgiving this year's
  const easter = timexOf('Easter falls late next year, in April.', 'Easter', PUB);
  assert.equal(easter.value, '2025-04-20');
  assertPlaced('Thanksgiving is late next year.', 'Thanksgiving', '2025-11-27', undefined, undefined, PUB);
  assertPlaced('She spent Christmas in Lisbon last year.', 'Christmas', '2023-12-25', undefined, undefined, PUB);
  assertPlaced('Passover starts on a Monday next year.', 'Passover', '2025-04-13', undefined, undefined, PUB);
  // "this year" holds a holiday still ahead told in the present; told in the past, not one after publication
  assertPlaced('Halloween is on a Thursday this year.', 'Halloween', '2024-10-31', undefined, undefined, PUB);
  assertPlaced(
    'Shops said Christmas trade this year was weak.',
    'Christmas',
    '2024-12-25',
    undefined,
    undefined,
    '2025-01-06',
  );
});

test("negative: a year in another clause, compared with, or owned by a noun is not the holiday's", () => {
  // (told in the past: the latest Christmas before publication, 2023)
  for (const text of [
    'Christmas sales rose 4 percent from last year.',
    'Christmas trade was stronger than it was last year.',
    'Christmas sales were up on last year.',
    "Christmas shopping beat last year's record.",
    'The town was quiet at Christmas, and next year the fair returns.',
  ])
    assert.equal(timexOf(text, 'Christmas', PUB).value, '2023-12-25', text);
});

test('"MLK Jr. Day", "Martin Luther King\'s Day", "Bonfire Night" are holidays; "the bonfire night" in lower case is not', () => {
  assertPlaced('Offices were closed on MLK Jr. Day.', 'MLK Jr. Day', '2024-01-15', undefined, undefined, PUB);
  assertPlaced(
    "Marches were held on Martin Luther King's Day.",
    "Martin Luther King's Day",
    '2024-01-15',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('Bonfire Night events were cancelled.', 'Bonfire Night', '2023-11-05', undefined, undefined, PUB);
  assertPlaced('Crowds will gather on Guy Fawkes Night.', 'Guy Fawkes Night', '2024-11-05', undefined, undefined, PUB);
  assertNone('The bonfire night was cold and the children loved it.', 'bonfire');
});

test('a holiday that a past clause got ready for ("ahead of", "in the run-up to") is the one nearest publication', () => {
  for (const [text, value, published] of [
    ['Trading weakened as shoppers cut back ahead of Christmas.', '2026-12-25', '2026-12-01'],
    ['Stores hired extra staff in the run-up to Christmas.', '2026-12-25', '2026-12-01'],
    ['Sales rose ahead of Christmas, the retailer said.', '2026-12-25', '2027-01-10'],
    // negative: a holiday the past clause tells of, not one it got ready for
    ['He died before Christmas.', '2025-12-25', '2026-12-01'],
    ['Sales slumped at Christmas.', '2025-12-25', '2026-12-01'],
  ] as const)
    assertPlaced(text, 'Christmas', value, undefined, undefined, published);
});

test('a holiday before a noun of its season, told in the past, is the one whose season has begun', () => {
  // told on 15 November 2024, 10 December 2024, 5 January 2025 and 10 July 2024
  assertPlaced(
    'Christmas shopping began early this year.',
    'Christmas',
    '2024-12-25',
    undefined,
    undefined,
    '2024-11-15',
  );
  assertPlaced(
    'Christmas shopping began early this year.',
    'Christmas',
    '2024-12-25',
    undefined,
    undefined,
    '2025-01-05',
  );
  assertPlaced(
    'Christmas shoppers crowded the high street on Saturday.',
    'Christmas',
    '2024-12-25',
    undefined,
    undefined,
    '2024-12-10',
  );
  assertPlaced(
    'CHRISTMAS SHOPPERS CROWDED THE HIGH STREET',
    'CHRISTMAS',
    '2024-12-25',
    undefined,
    undefined,
    '2024-12-10',
  );
  assertPlaced(
    'thanksgiving travel was heavy, officials said',
    'thanksgiving',
    '2024-11-28',
    undefined,
    undefined,
    '2024-12-02',
  );
  assertPlaced(
    'Christmas sales were weak, the retailer said.',
    'Christmas',
    '2024-12-25',
    undefined,
    undefined,
    '2025-01-05',
  );
  // negative: a season not yet begun is the last one's, and the holiday itself told in the past is the one gone by
  assertPlaced(
    'Christmas sales were weak, the retailer said.',
    'Christmas',
    '2023-12-25',
    undefined,
    undefined,
    '2024-07-10',
  );
  assertPlaced('Christmas was quiet in the village.', 'Christmas', '2023-12-25', undefined, undefined, '2024-12-10');
});

test('a year written after "in" later in the holiday\'s clause is its year', () => {
  // told on Wednesday 20 November 2024
  const pub = '2024-11-20';
  assert.equal(timexOf('Christmas sales in 2023 rose 5%.', 'Christmas', pub).value, '2023-12-25');
  assert.equal(timexOf('We spent Christmas in Rome in 2019.', 'Christmas', pub).value, '2019-12-25');
  assert.equal(
    timexOf("She married on Valentine's Day at the chapel in 2012.", "Valentine's Day", pub).value,
    '2012-02-14',
  );
  // with no publication date, the written year still places it
  assert.equal(timexOf('We spent Christmas in Rome in 2019.', 'Christmas', null).value, '2019-12-25');
  // negative: a year in another clause, or compared with, is not the holiday's
  assert.equal(timexOf('Christmas was quiet, unlike in 2019.', 'Christmas', pub).value, '2023-12-25');
  assert.equal(timexOf('Christmas sales were lower than in 2019.', 'Christmas', pub).value.slice(0, 4), '2024');
});

test('what comes "after" a holiday, told ahead, follows the one just gone when it ended within two weeks', () => {
  // published Saturday 2 January 2027, eight days after Christmas
  const JAN2 = '2027-01-02';
  assertPlaced(
    'MPs return to Westminster on Monday after the Christmas recess.',
    'Christmas',
    '2026-12-25',
    undefined,
    undefined,
    JAN2,
  );
  assertPlaced('Schools will reopen after Christmas.', 'Christmas', '2026-12-25', undefined, undefined, JAN2);
  assertPlaced(
    'Pupils go back to school after the Easter holidays.',
    'Easter',
    '2027-03-28',
    undefined,
    undefined,
    '2027-04-03',
  );
  // negatives: told ahead of the holiday, or weeks after it, the next one; with no "after", by tense as before
  assertPlaced('Schools will reopen after Christmas.', 'Christmas', '2026-12-25', undefined, undefined, '2026-11-20');
  assertPlaced('Schools will reopen after Christmas.', 'Christmas', '2027-12-25', undefined, undefined, '2027-01-30');
  assertPlaced('Shops will reopen on Christmas.', 'Christmas', '2027-12-25', undefined, undefined, JAN2);
});
