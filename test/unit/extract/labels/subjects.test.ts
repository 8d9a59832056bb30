// A finite verb's label keeps its subject, and a long subject is shortened around its head noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the subject before a dash aside', () => {
  assert.equal(
    label('The driver -- a man of 40 from Leeds -- was due in court on Monday.', 'Monday'),
    'The driver was due in court',
  );
  assert.equal(
    label('The new mayor — elected in a landslide — took office on Friday.', 'Friday'),
    'The new mayor took office',
  );
});

test('a subject keeps its head noun over participles and "for", "on", "with" phrases', () => {
  assert.equal(
    label('The fare wars breaking out across parts of the airline industry will last through next year.', 'next year'),
    'The fare wars will last',
  );
  assert.equal(
    label('The hunt for the escaped prisoners was recently widened to Spain.', 'recently'),
    'The hunt for the escaped prisoners was widened to Spain',
  );
  assert.equal(
    label('Talks with the rebels resumed in Geneva on Tuesday.', 'Tuesday'),
    'Talks with the rebels resumed in Geneva',
  );
  assert.equal(
    label('The jobless rate for young women fell to 6.1 percent last month.', 'last month'),
    'The jobless rate for young women fell to 6.1 percent',
  );
});

test('a subject too long for the label keeps its determiner and head, never half a name', () => {
  assert.equal(
    label(
      'Four large New York investment banking firms reported sharply lower profits for the third quarter on Thursday, citing weak trading.',
      'Thursday',
    ),
    'Four investment banking firms reported sharply lower profits for the third quarter',
  );
});

test('a finite verb finds its subject over a relative clause, a noun’s infinitive and a time phrase', () => {
  assert.equal(
    label(
      'The two unions, which run the talks that should end by June, asked the mayor to join two weeks ago.',
      'two weeks ago',
      {
        others: ['June'],
      },
    ),
    'The two unions asked the mayor to join',
  );
  assert.equal(
    label('Analysts said the stores to be sold had sales of $40 million last year.', 'last year'),
    'The stores had sales of $40 million',
  );
  assert.equal(
    label(
      'In recent weeks a group of donors, led by a local bank, has given the museum $2 million through May.',
      'May',
      {
        others: ['recent weeks'],
      },
    ),
    'A group of donors has given the museum $2 million',
  );
  assert.equal(
    label('The reward is for the arrest of Jones, who is wanted for robbing a bank last spring.', 'last spring'),
    'Jones is wanted for robbing a bank',
  );
});

test('a capital read as "-ed" or "-ing", a demonstrative and "the following" can be subjects', () => {
  assert.equal(
    label('Breed is paying a special dividend of 5 pence this year.', 'this year'),
    'Breed is paying a special dividend of 5 pence',
  );
  assert.equal(
    label('Fielding had been banned since June 2, 2004 after failing a test.', 'June 2, 2004', { since: true }),
    'Fielding had been banned',
  );
  assert.equal(
    label('That is one more reason for the board to cut prices in coming weeks, traders said.', 'coming weeks'),
    'That is one more reason for the board to cut prices',
  );
  assert.equal(
    label('The following are the latest results as of Monday for the region.', 'Monday'),
    'The following are the latest results for the region',
  );
  // negative: an opening participle is no subject
  assert.equal(
    label('Nicknamed "the Fox" by fans, the striker had scored in every game since 2019.', '2019', { since: true }),
    'The striker had scored in every game',
  );
});

test('a relative clause after "noun + preposition + name," describes the name; after a name or a list, the whole', () => {
  assert.equal(
    label('The board named Tom Hale, the finance chief of Delta Mills, which cut its forecast on Tuesday.', 'Tuesday'),
    'Delta Mills cut its forecast',
  );
  assert.equal(
    label('The fund wants a new deal for Portugal, which has been run by a caretaker cabinet since 2019.', '2019', {
      since: true,
    }),
    'Portugal has been run by a caretaker cabinet',
  );
  // negative: a person's name before "of" keeps the whole noun phrase; "who" after a list is no single name
  assert.equal(
    label('The talks were led by Ana Ruiz of the Harbour Council of Unions, who met the minister on Monday.', 'Monday'),
    'Ana Ruiz of the Harbour Council of Unions met the minister',
  );
  assert.equal(
    label('Norway and Finland, which signed the pact in Oslo in May 2019, will meet again.', 'May 2019'),
    'Norway and Finland signed the pact in Oslo',
  );
});

test('an aside between a subject and its verb: the verb after it keeps the subject, an "-ing" aside takes the subject', () => {
  assert.equal(
    label('Aid convoys, delayed for weeks by fighting, finally reached the town on Friday.', 'Friday'),
    'Aid convoys finally reached the town',
  );
  assert.equal(
    label('The coach, speaking after the game on Sunday, praised his players.', 'Sunday'),
    'The coach, speaking after the game on Sunday',
  );
  // negative: an "-ing" phrase after a clause does not take the noun before its comma, but the clause's subject
  assert.equal(label('Shares fell 39 points, ending at 8,017 on Friday.', 'Friday'), 'Shares ending at 8,017');
  assert.equal(
    label('She was the first to come to the United States, arriving in 1966.', '1966'),
    'She was the first to come to the United States, arriving in 1966',
  );
});

test('a noun with an infinitive phrase is the subject, not the infinitive’s object', () => {
  assert.equal(
    label('A proposal to rename the old depot was dropped on Monday.', 'Monday'),
    'A proposal to rename the old depot was dropped',
  );
  assert.equal(
    label("The city's plan to close three schools was rejected by the board in May.", 'May'),
    "The city's plan to close three schools was rejected by the board",
  );
  // negative: an infinitive after a verb has no noun before it to describe
  assert.equal(
    label('The council wanted to rename the old depot on Monday.', 'Monday'),
    'The council wanted to rename the old depot',
  );
});

test('a long subject is cut before an infinitive, and "a" or "an" keeps the sound of its noun', () => {
  assert.equal(
    label(
      'A regional transport board proposal to allow night flights over the northern suburbs was shelved on May 10.',
      'May 10',
    ),
    'A transport board proposal was shelved',
  );
  assert.equal(
    label(
      'An old regional transport board proposal to allow night flights over the suburbs was shelved on May 10.',
      'May 10',
    ),
    'Regional transport board proposal was shelved',
  );
});

test('a relative "which" or a verb after an aside describes the noun a participle describes, not its agent', () => {
  assert.equal(
    label('A group led by Anna Berg, which raised its offer on Monday, owns 10% of the shares.', 'Monday'),
    'A group raised its offer',
  );
  assert.equal(
    label('A group led by Anna Berg, which owns 10% of the shares, raised its offer on Monday.', 'Monday'),
    'A group raised its offer',
  );
  // negative: without a participle the name is the antecedent
  assert.equal(
    label('The bid came from Anna Berg, who raised her offer on Monday.', 'Monday'),
    'Anna Berg raised her offer',
  );
});

test('a subject whose noun an infinitive completes keeps it when the clause after it can be cut instead', () => {
  assert.equal(
    label(
      'A motion to sell the old library building was withdrawn after a loud protest by residents on Monday.',
      'Monday',
    ),
    'A motion to sell the old library building was withdrawn after a loud protest',
  );
  // a long one keeps the infinitive's object without its phrases
  assert.equal(
    label('A plan to build a new bridge across the river was approved by the council of the city in May.', 'May'),
    'A plan to build a new bridge was approved by the council',
  );
  // after an opening time phrase too
  assert.equal(
    label('On Monday a motion to sell the hall was withdrawn after a protest by residents of the old town.', 'Monday'),
    'A motion to sell the hall was withdrawn after a protest by residents',
  );
  // negative: an infinitive that only begins a long noun phrase is cut with it ("to allow oil | and gas drilling")
  assert.equal(
    label(
      'A draft city plan to allow oil and gas drilling off the coast was shelved by the new mayor on Friday.',
      'Friday',
    ),
    'A draft city plan was shelved by the new mayor',
  );
});

test('an "-ing" noun that ends a subject before its auxiliary is no verb', () => {
  assert.equal(
    label('A bail hearing was held at the county court on Monday.', 'Monday'),
    'A bail hearing was held at the county court',
  );
});

test('a clause after "whose" names the noun it stands for; the verb after that aside is the main one', () => {
  const sentence = 'The firm, whose shares began trading in August, closed at $26 yesterday.';
  assert.equal(label(sentence, 'August', { others: ['yesterday'] }), 'The firm, whose shares began trading');
  assert.equal(label(sentence, 'yesterday', { others: ['August'] }), 'The firm closed at $26');
  assert.equal(
    label('The shop did well with its dolls, whose sales hit $6 million in 1985.', '1985'),
    'Its dolls, whose sales hit $6 million',
  );
});

test('an age set off by commas is no antecedent of "who": the person is', () => {
  assert.equal(
    label('Costa, 58, who led the city council for two terms until 2021, was arrested.', '2021'),
    'Costa led the city council for two terms',
  );
  // negative: a number that is the noun phrase itself stays ("the 58, who voted")
  assert.match(label('Of the senators, the 58 who voted against the bill in May were named.', 'May'), /58/);
});

test("a verb after an appositive that holds a relative clause is the clause's verb, with the name as subject", () => {
  assert.equal(
    label(
      'Margaret Ellison, the physicist who led the team that found the anomaly, died on Tuesday at her home.',
      'Tuesday',
    ),
    'Margaret Ellison died at her home',
  );
  // negative: a participle aside after a noun still describes it ("a plan, approved in May, was dropped")
  assert.equal(
    label('The plan, approved in May, was dropped on Friday.', 'Friday', { others: ['May'] }),
    'The plan was dropped',
  );
});

test('a dated noun that ends an aside is no subject of the verb after the comma', () => {
  const d = label(
    "Anna Berg, an adviser who has no client in this year's race, said turnout would fall.",
    "this year's",
  );
  assert.doesNotMatch(d, /race, said/);
});

test('a subject whose noun phrase ends in a time phrase, before an aside: the noun phrase it ends', () => {
  assert.equal(
    label('The hottest spell since July 2022, when records fell, would break over the weekend.', 'the weekend', {
      others: ['July 2022'],
    }),
    'The hottest spell since July 2022 would break',
  );
});

test('a bracketed place between two names is part of the name, not an aside that ends the clause', () => {
  assert.equal(
    label('In its Monday edition, the Dover (Kent) Gazette printed a letter from the harbour master.', 'Monday'),
    'The Dover Kent Gazette printed a letter from the harbour master',
  );
  // negative: a bracketed acronym of the name before stays an aside
  assert.doesNotMatch(
    label('The head of the Port Safety Board (PSB) Ann Lowe said on Monday that the pier was safe.', 'Monday'),
    /Board PSB Ann/,
  );
});

test('a two-word preposition ("out of", "back to") links a noun to the subject it describes', () => {
  assert.equal(
    label('Flights out of New Orleans were cancelled on Tuesday.', 'Tuesday'),
    'Flights out of New Orleans were cancelled',
  );
  assert.equal(
    label('The road back to the city was reopened on Monday.', 'Monday'),
    'The road back to the city was reopened',
  );
});

test('a number counts a plural: "15 states" is no verb', () => {
  assert.equal(
    label('Officials said crews from 15 states had been on standby since the weekend.', 'the weekend'),
    'Crews from 15 states had been on standby',
  );
});

test('before asides, the subject is the noun a participle describes, not its agent', () => {
  assert.equal(
    label(
      'Earlier this month, a group led by three directors of the firm, Ann Lee and Tom Hart, said it had a 45% stake.',
      'Earlier this month',
    ),
    'A group said it had a 45% stake',
  );
});

test('a relative aside after the subject: an "-s" verb after it is the main verb, an "-ing" word before it a noun', () => {
  assert.equal(
    label('Early voting, which began two weeks ago, ends at 5 p.m. on Saturday.', '5 p.m. on Saturday'),
    'Early voting ends at 5 p.m. on Saturday',
  );
  assert.equal(
    label('Early voting, which began two weeks ago, ends at 5 p.m. on Saturday.', 'two weeks ago'),
    'Early voting began two weeks ago',
  );
  assert.equal(
    label('The festival, which opened on Friday, closes on Sunday.', 'Sunday'),
    'The festival closes on Sunday',
  );
});

test('a short label grown to its commas keeps the subject before an aside', () => {
  // "a second-half goal" only describes the goal; the clause it is in, with its subject
  assert.equal(
    label('Wanderers, who had lost their last four games, won through a second-half goal.', 'second-half'),
    'Wanderers won through a second-half goal',
  );
  assert.equal(
    label('The mill, battered by rising costs, posted a 30% drop in first-quarter output.', 'first-quarter'),
    'The mill posted a 30% drop in first-quarter output',
  );
});
