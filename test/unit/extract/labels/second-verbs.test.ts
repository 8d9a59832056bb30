// A second verb after "and" ("was part of a crew … in June 1988 | and later served") has the subject of the
// first verb however long the clause between them: its clause is another event, and the label ends before "and".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a second verb far from its subject ends the first clause', () => {
  const sentence =
    'Kim was part of a crew aboard the Vessel Discovery in June 1988 and later served as its chief for a decade.';
  assert.equal(label(sentence, 'June 1988'), 'Kim was part of a crew aboard the Vessel Discovery');
  // negative: "and" without a verb after it goes on with the clause
  assert.equal(
    label('Kim was part of a crew aboard the Vessel Discovery in June 1988 and then its captain.', 'June 1988'),
    'Kim was part of a crew aboard the Vessel Discovery and then its captain',
  );
});

test('the verb after "and" takes no subject from a relative clause closed by its comma', () => {
  const sentence = 'Lund wrote the play, which won a prize in 2002, and directed the film in 2007.';
  // (the verb before the noun the relative clause describes is the one "and" joins: its subject)
  assert.equal(label(sentence, '2007', { others: ['2002'] }), 'Lund directed the film');
  // negative: inside the relative clause the second verb has its antecedent as subject
  const judge = 'The judge, who had run the court for years and retired in May 1972, died on Monday.';
  assert.equal(label(judge, 'May 1972', { others: ['Monday'] }), 'The judge retired in May 1972');
});

test('a second "-s" verb after "and" is a verb of the same subject, not a noun', () => {
  const sentence = 'The launch window opens on April 14 and closes at the end of May.';
  assert.equal(label(sentence, 'April 14', { others: ['the end of May'] }), 'The launch window opens');
  assert.equal(label(sentence, 'the end of May', { others: ['April 14'] }), 'The launch window closes');
  // negative: nouns after "and" stay nouns ("makes cars and trucks")
  assert.equal(
    label('The firm makes cars and trucks at its plant in May.', 'May'),
    'The firm makes cars and trucks at its plant',
  );
});

test('an "-s" verb after "and" that follows a past verb and its time phrase is a second verb, not a noun', () => {
  const bridge = 'The bridge closed in May and opens again on June 30.';
  assert.equal(label(bridge, 'May', { others: ['June 30'] }), 'The bridge closed');
  assert.equal(label(bridge, 'June 30', { others: ['May'] }), 'The bridge opens again');
  assert.equal(
    label('The singer retired in 2010 and returns to the stage on Friday.', 'Friday', { others: ['2010'] }),
    'The singer returns to the stage',
  );
  // a base verb with its prefix ("reopens"), and one after the first verb's object, before its own
  assert.equal(
    label('The mill shut in 1990 and reopens as flats next year.', 'next year', { others: ['1990'] }),
    'The mill reopens as flats',
  );
  assert.equal(label('He joined the firm in 2001 and runs its Paris office.', '2001'), 'He joined the firm');
  // or its own time phrase, after an object with its determiner
  assert.equal(
    label('The director, who took up the post in 2015 and leaves next summer, praised the staff.', 'next summer', {
      others: ['2015'],
    }),
    'The director leaves next summer',
  );
  // (and the verb after it is no verb read for a subject: "and stays | open until")
  assert.equal(
    label('The lease began in 2010 and runs until 2030.', '2030', { others: ['2010'] }),
    'The lease runs until 2030',
  );
  // negative: a subject with its own verb, and a second object after an object, stay nouns
  assert.equal(label('Prices fell in May and rents rose in June.', 'June', { others: ['May'] }), 'Rents rose in June');
  assert.equal(
    label('The firm sold cars in May and trucks in June.', 'June', { others: ['May'] }),
    'The firm sold trucks',
  );
  assert.equal(
    label('The club raised prices in 2022 and rents in 2023.', '2023', { others: ['2022'] }),
    'The club raised rents',
  );
  assert.equal(
    label('The firm bought shares in May and options the following week.', 'the following week', {
      others: ['May'],
    }),
    'The firm bought options',
  );
});

test('a second past verb after an object that an "-ing" form describes is a verb of the first subject', () => {
  assert.equal(
    label(
      'The union said the cuts would hit nurses already working long shifts, and called for talks next week.',
      'next week',
    ),
    'The union called for talks',
  );
  // negative: an "-ing" form a verb governs is still that verb's ("began deliberating … and returned")
  assert.equal(
    label('The jury began deliberating late on Monday and returned its verdict on Tuesday.', 'Tuesday', {
      others: ['late on Monday'],
    }),
    'The jury returned its verdict',
  );
});

test('a base form after "and" that follows a plural’s past verb and its time phrase is a second verb', () => {
  assert.equal(
    label('Talks collapsed on Tuesday and resume on Friday.', 'Friday', { others: ['Tuesday'] }),
    'Talks resume on Friday',
  );
  assert.equal(
    label('Strikers walked out in May and return to work in June.', 'June', { others: ['May'] }),
    'Strikers return to work',
  );
  // negative: a noun after "and" opens a subject of its own
  assert.equal(label('Prices rose in May and rent rises in June.', 'June', { others: ['May'] }), 'Rent rises in June');
});

test('a second past verb after a written date with its year, or after a governed "-ing" form, is a verb', () => {
  const sentence = 'The mill closed on June 5, 2011 and reopened in April.';
  assert.equal(label(sentence, 'June 5, 2011', { others: ['April'] }), 'The mill closed');
  assert.equal(label(sentence, 'April', { others: ['June 5, 2011'] }), 'The mill reopened in April');
  const search = 'Rescuers began searching early on Saturday and found two survivors on Sunday.';
  assert.equal(label(search, 'Sunday', { others: ['Saturday'] }), 'Rescuers found two survivors');
  assert.equal(label(search, 'Saturday', { others: ['Sunday'] }), 'Rescuers began searching early on Saturday');
});

test('"spent" after "and" with a length of time as its object is active: no shared "was"', () => {
  const sentence = 'She was arrested in 2010 and spent the next three years in custody.';
  assert.equal(
    label(sentence, 'the next three years', { others: ['2010'] }),
    'She spent the next three years in custody',
  );
  // negative: without an object it shares the passive
  assert.equal(
    label('The grant was approved in May and spent in June.', 'June', { others: ['May'] }),
    'The grant was spent',
  );
});

test('a past verb after "but" or "and" goes on from the verb of saying, not from the future it reports', () => {
  const union = 'The union said the strike would end on Sunday, but warned of disruption into the following week.';
  assert.equal(label(union, 'the following week', { others: ['Sunday'] }), 'The union warned of disruption');
  assert.equal(label(union, 'Sunday', { others: ['the following week'] }), 'The strike would end');
  // negative: a base verb after "and" shares the reported "would" and its subject
  const bridge = 'Officials said the bridge would close on Friday and reopen in March.';
  assert.match(label(bridge, 'March', { others: ['Friday'] }), /^The bridge would reopen\b/);
});

test('a second verb after a clause of "after", "before"… closed by a comma has the main clause’s subject', () => {
  assert.equal(
    label(
      'Daniel Roe was arrested in 2020 after an audit found missing funds, and pleaded guilty in August.',
      'August',
      {
        others: ['2020'],
      },
    ),
    'Daniel Roe pleaded guilty',
  );
  assert.equal(
    label('The mayor resigned in May because the audit was damning, and left the city in June.', 'June', {
      others: ['May'],
    }),
    'The mayor left the city',
  );
  // negative: with no comma, "and" may join the verbs of the clause after "after"
  assert.equal(
    label('The ferry sank after a storm hit the coast and flooded the port in June.', 'June'),
    'A storm flooded the port',
  );
});

test('a second verb after a clause of "after" whose subject it does not agree with has the main clause’s subject', () => {
  assert.equal(
    label(
      'She was arrested in March 2019 after auditors found gaps in the pension fund and was suspended the next day.',
      'the next day',
      { others: ['March 2019'] },
    ),
    'She was suspended',
  );
  assert.equal(
    label('Two men were arrested on Monday after a guard was hurt and were charged on Tuesday.', 'Tuesday', {
      others: ['Monday'],
    }),
    'Two men were charged',
  );
  // negative: a verb that agrees, or tells no number, may be the clause's own ("after its lenders pulled out and
  // were sued")
  assert.equal(
    label('The firm collapsed in 2009 after its lenders pulled out and were sued in 2010.', '2010', {
      others: ['2009'],
    }),
    'Its lenders were sued',
  );
  assert.equal(
    label('The ferry sank after a storm hit the coast and flooded the port in June.', 'June'),
    'A storm flooded the port',
  );
});

test('a verb of speaking out after a reported clause goes on from the speaker', () => {
  assert.equal(
    label('The Greens said the fare rise was unjust and called for a referendum next month.', 'next month'),
    'The Greens called for a referendum',
  );
  assert.equal(
    label('The governor said the budget was too thin and promised an audit in October.', 'October'),
    'The governor promised an audit',
  );
  // "it" after the verb stands for the reported clause's subject, so the verb is the speaker's
  assert.equal(
    label('Engineers said the pier was unsafe and shut it on Thursday.', 'Thursday'),
    'Engineers shut it on Thursday',
  );
  // negative: another verb goes on from the reported clause's subject
  assert.equal(
    label('She said the bakery was struggling and needed a loan by March.', 'March'),
    'The bakery needed a loan',
  );
});
