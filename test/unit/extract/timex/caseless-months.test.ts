import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, timexOf } from './helpers.js';

// Published Friday 22 March 2019.
const PUB = '2019-03-22';

test('capitals: a preposition of time and the end of the phrase make "MAY", "MARCH" the month', () => {
  assertPlaced('PRICES ROSE IN MARCH, DATA SHOW', 'MARCH', '2019-03', undefined, undefined, PUB);
  assertPlaced('TALKS TO RESUME IN MAY AFTER BREAKDOWN', 'MAY', '2019-05', undefined, undefined, PUB);
  assertPlaced('CEASEFIRE HOLDS SINCE MARCH', 'MARCH', '2019-03', undefined, undefined, PUB);
  // the line ends the headline's phrase
  assertPlaced('EXPORTS FELL IN EARLY MAY\nOIL PRICES SLIP', 'EARLY MAY', '2018-05', undefined, undefined, PUB);
});

test('lower case: "may to", "mid-may each year", "early may": the month in a text written in lower case', () => {
  const text =
    'the board meets in may to review the budget. the chair said the plan was ready. the fair is held in mid-may each year. ' +
    'talks started in early may and broke down in june.';
  assert.equal(timexOf(text, 'may', PUB).value, '2019-05');
  // (held "each year": any May, as a yearly round makes it)
  assert.equal(timexOf(text, 'mid-may', PUB).value, 'XXXX-05');
  assert.equal(timexOf(text, 'mid-may', PUB).mod, 'MID');
  assert.equal(timexOf(text, 'early may', PUB).value, '2018-05');
});

test('negative: after a preposition, a word that goes on with a noun or a verb is no month', () => {
  assertNone('THOSE WHO STAY IN MAY HELP THE PARTY', 'MAY', PUB);
  assertNone('WE DINED IN AUGUST COMPANY', 'AUGUST', PUB);
  assertNone('THEY JOINED IN MARCH TO THE SEA', 'MARCH', PUB);
  assertNone('THOUSANDS MARCH IN CAPITAL', 'MARCH', PUB);
  const lower = 'the money coming in may help the city. more will come later. we dined in august company. it was fine.';
  assertNone(lower, 'may', PUB);
  assertNone(lower, 'august', PUB);
  // in ordinary prose a lower-case "may" after "in" stays the modal
  assertNone('Whoever steps in may to some seem brave.', 'may', PUB);
  assertNone('Investors who sold early may regret it.', 'may', PUB);
});

test('after last/next, an article opens the clause the month dates: "last march the roof collapsed"', () => {
  assertPlaced('last march the roof collapsed and the hall shut.', 'last march', '2018-03', undefined, undefined, PUB);
  assertPlaced('LAST MARCH THE ROOF COLLAPSED', 'LAST MARCH', '2018-03', undefined, undefined, PUB);
  assertPlaced('next may the council votes again.', 'next may', '2019-05', undefined, undefined, PUB);
  // negative: "the last march", "at last may the best team win", "next may surprise you"
  assertNone('the last march the group held was peaceful.', 'march', PUB);
  assertNone('at last may the best team win.', 'may', PUB);
  assertNone('what happens next may surprise you.', 'may', PUB);
});

test('lower case: "in august she moved", "in march the board met": the subject of the clause the month dates', () => {
  const text = 'in august she moved to the coast. in march the board met again.';
  assertPlaced(text, 'august', '2018-08', undefined, undefined, PUB);
  assertPlaced(text, 'march', '2019-03', undefined, undefined, PUB);
  assertPlaced('PRICES ROSE IN MARCH THE DATA SHOW', 'MARCH', '2019-03', undefined, undefined, PUB);
  // "a", "an" open the subject too; "that" ends the phrase; no modal goes on with "to"
  assertPlaced('but in march a federal judge ruled against them.', 'march', '2019-03', undefined, undefined, PUB);
  assertPlaced('the firm disclosed in may that it had been approached.', 'may', '2018-05', undefined, undefined, PUB);
  assertPlaced(
    'the panel appointed last may to review bids has met.',
    'last may',
    '2018-05',
    undefined,
    undefined,
    PUB,
  );
});

test('negative: "in august" before a noun, "may" before a verb, a lower-case month in prose written with capitals', () => {
  assertNone('we dined in august company. she left early.', 'august', PUB);
  assertNone('those who chip in may help. it was late.', 'may', PUB);
  // the writer capitalises, so a month would be capitalised too
  assertNone('She moved in august she said.', 'august', PUB);
  // "a" after the verb "march" is its object's, not a subject's, with no preposition of time before
  assertNone('the troops who march a long way rest. it was late.', 'march', PUB);
});

test('a period\'s edge before the month makes it one, in capitals and in lower case: "by the end of march"', () => {
  assertPlaced('JOBS TO GO BY THE END OF MARCH', 'THE END OF MARCH', '2019-03', undefined, undefined, PUB);
  const text = 'the firm said it would cut jobs by the end of may. at the beginning of august, prices rose.';
  assert.equal(timexOf(text, 'the end of may', PUB).mod, 'END');
  assert.equal(timexOf(text, 'the beginning of august', PUB).value, '2018-08');
  // negative: the march itself, with its article; "may" the modal after an edge's noun
  assertNone('the protesters reached the end of the march.', 'march', PUB);
  assertNone('the end of it may come soon.', 'may', PUB);
});

test('a deadline or a bound makes "may", "march", "august" the month where case cannot tell: "conclude by may,"', () => {
  assertPlaced(
    'the talks are supposed to conclude by may, officials said.',
    'may',
    '2019-05',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('TALKS TO CONCLUDE BY MAY, OFFICIALS SAY', 'MAY', '2019-05', undefined, undefined, PUB);
  assertPlaced('the deal should be signed by march. it was late.', 'march', '2019-03', undefined, undefined, PUB);
  assertPlaced(
    'the airline will add flights by august in a push for growth.',
    'august',
    '2019-08',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('SHOPS MUST CLOSE BEFORE MAY UNDER THE PLAN', 'MAY', '2019-05', undefined, undefined, PUB);
  // negative: a noun after the word, a verb after "may"
  assertNone('what happens after may be worse. it was late.', 'may', PUB);
  assertNone('the rally was joined by march organisers. it was late.', 'march', PUB);
  assertNone('THE BILL WAS BACKED BY AUGUST FIGURES', 'AUGUST', PUB);
});
