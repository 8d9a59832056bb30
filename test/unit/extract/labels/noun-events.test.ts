// Noun events and descriptive dates: "Tuesday's vote", "the 2012 election", "third-quarter profit
// jumped" are built around the noun or its clause; a date that only describes a thing ("the 1930s
// steel span", "a 1998 sedan") is a background event labelled by its noun phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, label } from './label-helper.js';

test('a possessive date: the noun it dates, with the clause when the noun is its subject', () => {
  assert.equal(label('Tuesday’s vote was postponed by a week.', 'Tuesday'), 'Tuesday’s vote was postponed by a week');
  const d = describe('Protesters blocked the road ahead of last year’s deadly floods in the valley.', 'last year');
  assert.equal(d.label, 'Last year’s deadly floods in the valley');
  assert.equal(d.kind, 'noun');
  assert.equal(d.background, false);
});

test('a date before an event noun dates it; the label keeps the date', () => {
  // "The 2012 election" alone is under four words: the clause around it completes it
  const d = describe('Voters rejected the measure in the 2012 election.', '2012');
  assert.equal(d.label, 'Voters rejected the measure in the 2012 election');
  assert.equal(d.kind, 'noun');
  assert.equal(d.background, false);
  assert.match(d.why, /election/);
  assert.equal(
    label('The union signed an Aug. 10, 1988, wage agreement with the mill.', 'Aug. 10, 1988'),
    'An Aug. 10, 1988, wage agreement with the mill',
  );
});

test('an event noun after other nouns: a memorial service, a market bombing, a deadline', () => {
  for (const [sentence, phrase, expected] of [
    [
      'Mourners gathered for a Sunday memorial service at the chapel.',
      'Sunday',
      'A Sunday memorial service at the chapel',
    ],
    [
      'Police linked the men to the 2019 market bombing in the old town.',
      '2019',
      'The 2019 market bombing in the old town',
    ],
    [
      'The firm missed the June 1 filing deadline for its accounts.',
      'June 1',
      'The June 1 filing deadline for its accounts',
    ],
  ]) {
    const d = describe(sentence!, phrase!);
    assert.equal(d.label, expected);
    assert.equal(d.background, false, sentence);
  }
});

test('a date before the subject noun labels its clause', () => {
  assert.equal(
    label('Third-quarter profit jumped 20 percent to $8 million.', 'Third-quarter'),
    'Third-quarter profit jumped 20 percent to $8 million',
  );
});

test('a date that only describes a thing is a background event', () => {
  const span = describe(
    'The council approved a $42 million plan to replace the 1930s steel span over the river.',
    '1930s',
  );
  assert.equal(span.label, 'The 1930s steel span over the river');
  assert.equal(span.background, true);
  assert.match(span.why, /background/);
  const audit = describe('Inspectors cited a 2011 audit of the agency in their findings.', '2011');
  assert.equal(audit.label, 'A 2011 audit of the agency');
  assert.equal(audit.background, true);
  // (the place after the object is the finding's: see the test below)
  const car = describe('Police found the stolen 1998 sedan near the harbour.', '1998');
  assert.equal(car.label, 'The stolen 1998 sedan');
  assert.equal(car.background, true);
});

test('"due" with a date: the date is what the label says', () => {
  assert.equal(
    label('The lender sold $50 million of bonds due 2031.', '2031'),
    'The lender sold $50 million of bonds due 2031',
  );
  assert.equal(label('The notes will be due on June 1.', 'June 1'), 'The notes will be due on June 1');
});

test('a kept phrase leaves out its aside in parentheses: the time on another clock', () => {
  assert.equal(
    label('The address is due at 9 p.m. ET (0100 GMT Thursday).', '9 p.m. ET (0100 GMT Thursday)'),
    'The address is due at 9 p.m. ET',
  );
  assert.equal(
    label('The final whistle was at 9:45 p.m. local time (2045 GMT).', '9:45 p.m. local time (2045 GMT)'),
    'The final whistle was at 9:45 p.m. local time',
  );
  // negative: a phrase without an aside is kept whole
  assert.equal(label('The coupon is due at noon on June 1.', 'noon on June 1'), 'The coupon is due at noon on June 1');
});

test('negative: a date after a verb is no noun modifier; a noun before a date is no background', () => {
  const d = describe('The museum reopened in 2019 after repairs.', '2019');
  assert.equal(d.label, 'The museum reopened after repairs');
  assert.equal(d.background, false);
  assert.equal(d.kind, 'clause');
});

test('a date in the subject when the verb has a time phrase of its own: the noun phrase, not the clause', () => {
  // the clause is the other phrase's event ("approved on Monday"); this phrase only dates the thing
  const budget = describe('The 2024 budget was approved on Monday.', '2024', { others: ['Monday'] });
  assert.equal(budget.label, 'The 2024 budget');
  assert.equal(budget.background, true);
  assert.equal(
    label('The 2024 budget was approved on Monday.', 'Monday', { others: ['2024'] }),
    'The 2024 budget was approved',
  );
  const champion = describe('Last year’s champion was knocked out in March.', 'Last year', { others: ['March'] });
  assert.equal(champion.label, 'Last year’s champion');
  assert.equal(champion.kind, 'noun');
  // "ended" after a subject that opens the sentence is its verb, not the end of a period
  assert.equal(
    label('The 2022-23 season ended in May with a cup win.', 'May', { others: ['2022-23'] }),
    'The 2022-23 season ended with a cup win',
  );
  assert.equal(
    label('The 2022-23 season ended in May with a cup win.', '2022-23', { others: ['May'] }),
    'The 2022-23 season',
  );
});

test('negative: a subject whose verb has no time phrase right after it keeps the clause', () => {
  // "in the past decade" follows the object: it dates nothing the subject's date does not
  assert.equal(
    label('Friday’s recall marked the third time in the past decade that the firm has pulled a model.', 'Friday', {
      others: ['the past decade'],
    }),
    'Friday’s recall marked the third time',
  );
  assert.equal(label('The 2024 budget was approved.', '2024'), 'The 2024 budget was approved');
});

test('a date in an object when another phrase right after it dates the verb: the noun phrase, not the other date', () => {
  // the verb is Feb. 3's event ("will publish … on Feb. 3"); the quarter only dates the figures
  const figures = describe('The brewer will publish fourth-quarter figures on Feb. 3.', 'fourth-quarter', {
    others: ['Feb. 3'],
  });
  assert.equal(figures.label, 'Fourth-quarter figures');
  assert.equal(figures.background, true);
  assert.equal(
    label('The brewer will publish fourth-quarter figures on Feb. 3.', 'Feb. 3', { others: ['fourth-quarter'] }),
    'The brewer will publish fourth-quarter figures',
  );
  // (the noun phrase ends before the other phrase: not "… figures next week", the week's)
  assert.equal(
    label('The brewer will publish first-half figures next week.', 'first-half', { others: ['next week'] }),
    'First-half figures',
  );
  // negative: with no other phrase the clause stays
  assert.equal(
    label('The brewer will publish its fourth-quarter figures.', 'fourth-quarter'),
    'The brewer will publish its fourth-quarter figures',
  );
});

test('an owner named before a dated noun phrase is part of it', () => {
  assert.equal(
    label('He gave money to Mary Fallon’s 2019 mayoral campaign and later joined her staff.', '2019'),
    'Mary Fallon’s 2019 mayoral campaign',
  );
});

test('a place after a thing that a verb takes as its object is the verb’s, not the thing’s', () => {
  assert.equal(label('Police found the stolen 1998 sedan in a field on Tuesday.', '1998'), 'The stolen 1998 sedan');
  // negative: an event noun keeps its place; a thing keeps its "of" phrase
  assert.equal(label('Officials recalled the 1998 blasts in Nairobi on Friday.', '1998'), 'The 1998 blasts in Nairobi');
  assert.equal(
    label('Police found a 1998 photograph of the mayor in a drawer.', '1998'),
    'A 1998 photograph of the mayor',
  );
});

test('a dated noun keeps its "to" phrase of place', () => {
  assert.equal(
    label("The coach urged his players to stay calm before Saturday's trip to Derby.", "Saturday's"),
    "Saturday's trip to Derby",
  );
  // negative: "to" that ends a range after "from" is no part of the noun phrase
  assert.equal(label('Her roles run from the 1994 play Arcadia to a part in a soap.', '1994'), 'The 1994 play Arcadia');
});

test('a noun a period describes ends before a clause opened by "before" or "after"', () => {
  assert.equal(
    label('The chain will post its full-year 2024 sales before the market opens on Friday.', 'full-year 2024', {
      others: ['Friday'],
    }),
    'Its full-year 2024 sales',
  );
  // negative: a prepositional phrase that is no clause stays with the noun
  assert.equal(
    label('The chain will post its 2024 sales before tax on Friday.', '2024', { others: ['Friday'] }),
    'Its 2024 sales before tax',
  );
});

test('"payable" with a date, like "due": the date is what the label says', () => {
  assert.equal(
    label('The trust declared a dividend of 8 pence a share, payable March 3.', 'March 3'),
    'The trust declared a dividend of 8 pence a share, payable March 3',
  );
  assert.equal(
    label('The club approved a bonus payable on July 1.', 'July 1'),
    'The club approved a bonus payable on July 1',
  );
});

test('the date of holders "of record" is the record date, not the payment', () => {
  const sentence =
    'The fund will pay 12 cents a unit on May 30 to unitholders of record at the close of trading on May 15.';
  assert.equal(label(sentence, 'May 15', { others: ['May 30'] }), 'Unitholders of record at the close of trading');
  assert.equal(
    label(sentence, 'May 30', { others: ['May 15'] }),
    'The fund will pay 12 cents a unit to unitholders of record',
  );
  // negative: "record" as a plain noun
  assert.equal(
    label('The runner set a new record on Sunday in Berlin.', 'Sunday'),
    'The runner set a new record in Berlin',
  );
});
