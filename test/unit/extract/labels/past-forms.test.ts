// A past form that is never a participle ("began", not "begun") is a clause's verb wherever it stands, and a
// prefixed irregular past ("co-wrote") is a past form too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('a past that is no participle is the verb, after a noun with a prepositional phrase', () => {
  assert.equal(label('The dispute over pay began in October.', 'October'), 'The dispute over pay began');
  assert.equal(
    label('The fight between the two clubs grew worse in May.', 'May'),
    'The fight between the two clubs grew worse',
  );
  // negative: a past that is also a participle after a preposition's noun still describes it
  assert.equal(label('Under an accord signed in May, exports rose.', 'May'), 'An accord signed in May');
});

test('a prefix and an irregular past make a past verb: "co-wrote"', () => {
  // it was a noun, and the label took the next clause ("Went on to produce …")
  assert.equal(
    label(
      'Additionally, the author co-wrote the 1998 animated film Antz and went on to produce a string of hit comedies.',
      '1998',
    ),
    'The author co-wrote the animated film Antz',
  );
});

test('"so far" is an adverb: no subject "Far"', () => {
  assert.equal(
    label('The coldest night so far this winter was Jan. 3, when the lake froze.', 'this winter'),
    'The coldest night was Jan. 3',
  );
});

test('after "said … that", the phrase opens the reported clause: its subject, or its lead', () => {
  assert.equal(
    label('Its chief executive said on Thursday that the past five years had been the hardest.', 'the past five years'),
    'The past five years had been the hardest',
  );
  assert.equal(
    label('The maker said that last week a customer found two flaws in its chip.', 'last week'),
    'A customer found two flaws in its chip',
  );
  // negative: a relative "that" after a noun ("the indices that today fell") is no reported clause
  assert.notEqual(label('It was one of the indices that today fell sharply in Asia.', 'today'), 'Today fell sharply');
});

test('"shortly after 11pm" is a time of its own, not a count from an event: the clause is labelled', () => {
  assert.equal(
    label(
      'Two people were hurt after an explosion destroyed a house shortly after 11pm last night.',
      'shortly after 11pm last night',
    ),
    'An explosion destroyed a house',
  );
  assert.equal(
    label('Dispatchers got a call just after 3:30 a.m. on Tuesday.', 'just after 3:30 a.m. on Tuesday'),
    'Dispatchers got a call',
  );
  // negative: what follows "after" is an event: the label names it
  assert.equal(
    label("The vigil was held the day before last Tuesday's court hearing in the city.", 'the day before last Tuesday'),
    "Last Tuesday's court hearing in the city",
  );
});

test('a hedged time after a comma ("…, possibly later today") describes no noun', () => {
  const got = label('A joint investigation will begin once the site is safe, possibly later today.', 'later today');
  assert.match(got, /^A joint investigation will begin/);
  // negative: "now in its sixth year" at the end still describes the noun before it
  assert.equal(
    label('Talks focused on the war, now in its sixth year.', 'its sixth year'),
    'The war, now in its sixth year',
  );
});

test('"last" before a past form is an adverb, and "away" before a noun describes it', () => {
  assert.equal(label('It last updated its targets in February 2021.', 'February 2021'), 'It last updated its targets');
  assert.equal(label('He was last seen on Nov. 3 near the border.', 'Nov. 3'), 'He was last seen near the border');
  assert.equal(
    label("Rovers' next away game is at Castle Vale on Jan. 27.", 'Jan. 27'),
    "Rovers' next away game is at Castle Vale",
  );
  // negative: after an article "last" stays an adjective of its noun
  assert.equal(label('The last flight left on Monday.', 'Monday'), 'The last flight left');
});

test('"to beat" is an infinitive, and an "-s" verb before a name\'s possessive is a verb', () => {
  assert.equal(
    label('Castle Vale came from behind to beat league leaders Ashford 3-2 on Saturday.', 'Saturday'),
    'Castle Vale came from behind to beat league leaders Ashford 3-2',
  );
  assert.equal(
    label("The defeat ends Ashford's unbeaten run, which began on Oct. 4, and cuts their lead.", 'Oct. 4'),
    "Ashford's unbeaten run began",
  );
});

test('a base-form verb after a relative aside is the main verb: "Ashford, who won the title in 2020, face a trip"', () => {
  assert.equal(
    label('Ashford, who won the title in 2020, face a trip to the coast next weekend.', 'next weekend'),
    'Ashford face a trip to the coast',
  );
  // an abbreviation's full stop inside the aside ends no clause ("since Nov. 15,")
  assert.equal(
    label('Ashford, who have not won since Nov. 15, host Dorley next weekend.', 'next weekend'),
    'Ashford host Dorley',
  );
  // the aside's own date still labels the aside
  assert.equal(label('The museum, which opened in May, drew crowds.', 'May'), 'The museum opened in May');
});

test('"once schools return in September" is a clause; "lost that status" is a determiner, no relative', () => {
  assert.equal(
    label('Officials warned the outbreak could spread further once schools return in September.', 'September'),
    'Schools return in September',
  );
  assert.equal(
    label('The region was declared free of measles in 2017 but lost that status two years later.', 'two years later'),
    'The region lost that status',
  );
  // negative: after a verb of saying, "that" opens what is said
  assert.equal(label('He said that prices rose in May.', 'May'), 'He said that prices rose');
});

test('a possessive date after a preposition names its own noun, not the noun before the preposition', () => {
  // it gave "The dugout Saturday's home game against Millbrook"
  assert.equal(
    label("He will be in the dugout for Saturday's home game against Millbrook.", 'Saturday'),
    "Saturday's home game against Millbrook",
  );
  // negative: "the stolen 1998 sedan" keeps the words before the date
  assert.match(label('Police found the stolen 1998 sedan on Monday.', '1998'), /stolen/);
});

test('a verb after an appositive with a "whose" clause is the main verb', () => {
  // it gave "Its busiest quarter, died at her home"
  assert.match(
    label(
      'Marta Ilves, the architect whose designs turned the derelict docks into its busiest quarter, died on Sunday at her home.',
      'Sunday',
    ),
    /Ilves died at her home$/,
  );
});

test('a long subject with a head noun before "of the …" keeps the head: "Construction of the hospital"', () => {
  // it gave "Of the 320-bed hospital is due to start …"
  assert.match(
    label(
      'Construction of the 320-bed hospital is due to start early next year and to finish by the end of 2028, the department said.',
      'early next year',
    ),
    /^Construction of the hospital is due to start/,
  );
  // negative: a quantity before "of" without an article keeps its own shortening ("Thousands of people …")
  assert.match(
    label(
      'Thousands of people in the capital have been marching against the plan since Monday, police said.',
      'Monday',
    ),
    /^Thousands of people/,
  );
});

test('after a relative aside that follows the opening noun phrase, the next word before a name is the main verb', () => {
  const sentence = 'Leeds, who last won the league in 1992, host Burnley next Sunday.';
  assert.equal(label(sentence, 'in 1992', { others: ['next Sunday'] }), 'Leeds last won the league');
  assert.equal(label(sentence, 'next Sunday', { others: ['1992'] }), 'Leeds host Burnley');
  // negative: a title before a name is no verb ("…, coach Anna Berg said")
  assert.match(
    label('Leeds, who last won the league in 1992, coach Anna Berg said on Monday.', 'Monday', { others: ['1992'] }),
    /said/,
  );
});

test('"hurt", a past the same as its base form, is a verb after "that"', () => {
  assert.equal(
    label('The mayor said the delays that hurt local shops earlier this year are now over.', 'earlier this year'),
    'The delays hurt local shops',
  );
  // negative: a participle after "were" stays one
  assert.equal(label('Two riders were hurt on Sunday.', 'Sunday'), 'Two riders were hurt');
});

test('irregular past forms with a prefix are verbs: "rebuilt", "withheld", "overcame"', () => {
  assert.equal(label('The owners rebuilt the roof in May.', 'May'), 'The owners rebuilt the roof');
  assert.equal(
    label('The regulator withheld its approval on Friday.', 'Friday'),
    'The regulator withheld its approval',
  );
  assert.equal(
    label('The home side overcame a slow start on Saturday.', 'Saturday'),
    'The home side overcame a slow start',
  );
});
