import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, makeLabel } from '../../../src/extract/index.js';
import { joinedWithoutQuotes, labelFromTokens } from '../../../src/extract/labels.js';
import { tokenize } from '../../../src/extract/words.js';

function label(sentence: string, phrase: string, options: { since?: boolean; duration?: boolean } = {}): string {
  const start = sentence.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  const governorStart = options.since ? sentence.lastIndexOf('since', start) : undefined;
  return makeLabel({ sentence, start, end: start + phrase.length, governorStart, phrase, duration: options.duration });
}

const words = (s: string) => s.split(' ').length;

test('drops the time phrase and the clauses after the main one', () => {
  assert.equal(
    label(
      'Egypt this month voted in favour of a Russian-backed U.N. resolution on Syria that excluded calls to stop bombing Aleppo, which Saudi Arabia strongly opposed.',
      'this month',
    ),
    'Egypt voted in favour of a Russian-backed U.N. resolution on Syria',
  );
});

test('an attribution dated by the phrase labels what was said', () => {
  assert.equal(
    label(
      'Syria’s national security chief met a senior Egyptian intelligence official in Cairo, Syria’s state news agency said on Monday, in the latest sign of a rift between Egypt and Saudi Arabia.',
      'Monday',
    ),
    'Syria’s national security chief met a senior Egyptian intelligence official in Cairo',
  );
  assert.equal(label('Officials said the army shelled the town on Tuesday.', 'Tuesday'), 'The army shelled the town');
  assert.equal(
    label(
      'Egyptian security sources told Reuters this was his third such visit this year but the first made public.',
      'this year',
    ),
    'Egyptian security sources told Reuters this was his third such visit',
  );
});

test('a relative clause takes its antecedent', () => {
  assert.equal(
    label(
      'Saudi Arabia, which has showered Egypt with billions of dollars of aid since President Abdel Fattah al-Sisi took power in mid-2013, is a leading backer of rebels.',
      'mid-2013',
      { since: true },
    ),
    'Saudi Arabia has showered Egypt with billions of dollars of aid',
  );
});

test('long clauses lose modifiers and trailing phrases, never mid-word', () => {
  const l = label(
    'Syria talks convened by U.S. Secretary of State John Kerry in the Swiss city of Lausanne on Saturday evening failed to agree on a common strategy with Russia to end the conflict, now in its sixth year.',
    'Saturday evening',
  );
  assert.equal(l, 'Syria talks failed to agree on a common strategy with Russia');
  const m = label(
    'Russian aircraft and Syrian forces loyal to President Bashar al-Assad have been bombarding rebel-controlled districts of Aleppo since the collapse of a ceasefire last month.',
    'last month',
    { since: true },
  );
  assert.equal(m, 'Russian aircraft and Syrian forces have been bombarding rebel-controlled districts of Aleppo');
  assert.ok(words(m) <= 14);
});

test('"a week after X": the phrase names the event', () => {
  assert.equal(
    label(
      'The move came a week after a halt to shipments of Saudi fuel to Egypt under a $23 billion aid deal.',
      'a week after a halt to shipments',
    ),
    'A halt to shipments of Saudi fuel to Egypt',
  );
  const sentence =
    'The move was the latest sign of a rift and came a week after a halt to shipments of Saudi fuel to Egypt.';
  assert.equal(label(sentence, 'a week', { duration: true }), 'A halt to shipments of Saudi fuel to Egypt');
  assert.notEqual(label('He waited a week after the vote.', 'a week'), 'The vote');
});

test('a sentence-initial time phrase labels the clause after it', () => {
  assert.equal(
    label('On Monday, the army withdrew from the northern town.', 'Monday'),
    'The army withdrew from the northern town',
  );
  assert.equal(label('In 2013, Sisi took power in Egypt.', '2013'), 'Sisi took power in Egypt');
});

test('short or odd sentences still give a non-empty label within bounds', () => {
  assert.equal(label('Monday', 'Monday'), 'Monday');
  assert.ok(label('It rained on Monday.', 'Monday').length > 0);
  const long = 'a'.repeat(5000) + ' on Monday';
  const l = label(long, 'Monday');
  assert.ok(l.length > 0 && words(l) <= 14);
  const many = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') + ' on Monday';
  assert.ok(words(label(many, 'Monday')) <= 14);
});

test('a time phrase with commas stays whole; one that modifies a noun keeps its preposition', () => {
  assert.equal(
    label('Ford was born on July 14, 1913 in Omaha, Nebraska and has been alive for 93 years.', 'July 14, 1913'),
    'Ford was born in Omaha',
  );
  assert.equal(
    label('The party lost in the November 1976 presidential election.', 'November 1976'),
    'The party lost in the presidential election',
  );
});

test('a coordinated verb takes the sentence’s subject; a participle clause keeps its main clause', () => {
  assert.equal(
    label(
      'Ford was the only president who was never elected, and remained in office until defeated by Jimmy Carter in the November 1976 Presidential election.',
      'November 1976',
    ),
    'Ford remained in office until defeated by Jimmy Carter in the Presidential election',
  );
  assert.equal(
    label(
      'After passing Ronald Reagan on Sunday, Gerald Ford became the oldest living president in history.',
      'Sunday',
    ),
    'After passing Ronald Reagan, Gerald Ford became the oldest living president in history',
  );
  assert.equal(
    label(
      'After Richard Nixon resigned on August 9, 1974 (possibly to avoid impeachment), Ford became President.',
      'August 9, 1974',
    ),
    'Richard Nixon resigned',
  );
});

test('a relative clause after a long segment takes only its noun phrase; no dangling "due"', () => {
  assert.equal(
    label(
      'Homes were evacuated near Los Angeles, California after a wildfire which started on Saturday, began to spread.',
      'Saturday',
    ),
    'A wildfire started',
  );
  assert.equal(
    label(
      'A former Michigan congressman, Ford became Vice President in December of 1973 under Richard Nixon after Spiro Agnew resigned due to taking bribes.',
      'December of 1973',
    ),
    'Ford became Vice President under Richard Nixon after Spiro Agnew resigned',
  );
});

test('a prepositional opener or an apposition gives way to the main clause', () => {
  assert.equal(
    label('In early trading on Tuesday, shares of the company fell sharply to a record low.', 'Tuesday'),
    'Shares of the company fell sharply to a record low',
  );
  assert.equal(
    label('On Monday, Maria Lopez, head of the city council, said the budget would be cut.', 'Monday'),
    'The budget would be cut',
  );
});

test('an attribution with a trailing phrase labels what was said; "States" is not a verb', () => {
  assert.equal(
    label('The United States had every right to act, New Zealand said on Friday in response to the strikes.', 'Friday'),
    'The United States had every right to act',
  );
  assert.equal(
    label('Taking the stand, the witness said on Friday that she regretted her words.', 'Friday'),
    'She regretted her words',
  );
});

test('a verb that needs its complement keeps the "that" clause', () => {
  assert.equal(
    label('For the past two weeks, the union has demanded that wages be raised.', 'the past two weeks'),
    'The union has demanded that wages be raised',
  );
});

test('a verb with an irregular past takes the opening noun phrase as subject', () => {
  assert.equal(
    label(
      'Three senior envoys of the king, led by Ahmed Nur, left for Geneva on Sunday, hoping to reopen talks.',
      'Sunday',
    ),
    'Three senior envoys of the king left for Geneva',
  );
});

test('connectives and adverbs alone do not make a clause; "that year" is not a relative clause', () => {
  assert.equal(
    label('Also on Tuesday, the central bank raised its main interest rate.', 'Tuesday'),
    'The central bank raised its main interest rate',
  );
  assert.equal(
    label('The mayor had moved to Lisbon in 1998 and returned to Porto later that year, only to resign.', 'that year'),
    'The mayor had moved to Lisbon in 1998 and returned to Porto',
  );
});

test('a relative clause after a reporting verb far back keeps its antecedent', () => {
  assert.equal(
    label('The firm said it sent shareholders a copy of the revised offer that it mailed last Friday.', 'last Friday'),
    'The revised offer that it mailed',
  );
});

test('joinedWithoutQuotes: one pass of what the regexes of the label renderer do', () => {
  const reference = (words: string[]) =>
    words
      .join(' ')
      .replace(/[“”"«»()[\]]|``|''/gu, '')
      .replace(/\s+/g, ' ');
  const unit = fc.constantFrom(...'ab “”"«»()[]`\'’‘\t\n\u00a0\u3000.,', '\ud83d');
  assert.equal(
    joinedWithoutQuotes([{ text: '“Assad' }, { text: '(the' }, { text: '"' }, { text: "''x" }]),
    'Assad the x',
  );
  fc.assert(
    fc.property(fc.array(fc.string({ unit, maxLength: 8 }), { maxLength: 8 }), (words) => {
      assert.equal(joinedWithoutQuotes(words.map((text) => ({ text }))), reference(words));
    }),
    { seed: 20161017, numRuns: 3000 },
  );
});

test('labelFromTokens with the tokens of the sentence gives the label of makeLabel', () => {
  const sentence =
    'Saudi Arabia, which has showered Egypt with billions of dollars in aid, said on Monday it would halt.';
  const start = sentence.indexOf('on Monday');
  const request = { sentence, start, end: start + 'on Monday'.length, phrase: 'on Monday' };
  assert.equal(labelFromTokens(request, tokenize(sentence)), makeLabel(request));
});

test('a fragment takes its clause: the phrase as subject, adverbs alone, figures between', () => {
  assert.equal(label('“The summer was hard, and the winter looks worse.”', 'The summer'), 'The summer was hard');
  assert.equal(
    label('And only last week, a ferry sank off the coast of Crete.', 'last week'),
    'A ferry sank off the coast of Crete',
  );
  const figures = 'The city said it spent $4.1 million, or $12 a resident, in the year ended June 30.';
  assert.equal(label(figures, 'June 30'), 'The city said it spent $4.1 million');
  assert.equal(label(figures, 'the year'), 'The city said it spent $4.1 million');
  assert.equal(
    label('In the month ended May 31, the bakery sold 9,000 loaves.', 'the month'),
    'The bakery sold 9,000 loaves',
  );
  assert.equal(
    label('The ferry line carried 12,000 cars, up from 9,000 a year earlier.', 'a year earlier'),
    'The ferry line carried 12,000 cars, up from 9,000',
  );
  assert.equal(
    label('Two weeks later, as of Monday’s count, the river was above flood level.', 'Two weeks later'),
    'The river was above flood level',
  );
});

test('an attribution after a bracket labels the clause before it', () => {
  assert.equal(
    label(
      'A new bridge will cost the county about 80 million euros (90 million dollars), officials said Tuesday.',
      'Tuesday',
    ),
    'A new bridge will cost the county about 80 million euros',
  );
});

test('a verb after asides takes the subject before them; a participle takes the noun it describes', () => {
  assert.equal(
    label(
      'The inspector, who landed Monday with a team of 12, had been cleared to visit the plant since March 3.',
      'March 3',
    ),
    'The inspector had been cleared to visit the plant',
  );
  assert.equal(
    label('The rebels broke the truce, set to expire on Friday in Geneva.', 'Friday'),
    'The truce set to expire in Geneva',
  );
});

test('negative: short clauses and "-ing" nouns stand as they are', () => {
  assert.equal(label('Talks collapsed on Sunday.', 'Sunday'), 'Talks collapsed');
  assert.equal(label('The coupons, which lapse on June 2, can be swapped for cash.', 'June 2'), 'The coupons lapse');
  assert.equal(
    label('Fund managers said Monday’s selling was a sign of panic.', 'Monday'),
    'Selling was a sign of panic',
  );
  assert.equal(
    label('Richard Roe resigned on May 9, 1990 (to avoid a vote), and Jane Doe took over.', 'May 9, 1990'),
    'Richard Roe resigned',
  );
});

test('labels of extract() never open with a preposition, "to" or punctuation (fixed publication date)', () => {
  const text = [
    'And just last month, a ferry sank off the coast of Crete.',
    'The ferry line carried 12,000 cars last year, up from 9,000 in 2019.',
    'The agency said its loss was $3 million, or 5 cents a share, for the quarter ended Sept. 30.',
    'The mayor, who took office in January, had promised to open the bridge by Friday.',
  ].join(' ');
  const { events } = extract(text, { published: '2021-03-09' });
  assert.ok(events.length >= 5, `events: ${events.length}`);
  for (const event of events) {
    assert.doesNotMatch(event.label, /^(?:[\p{P}\p{S}]|(?:Of|To|In|On|At|For|From|With|Up|Ended)\b)/u, event.label);
    assert.ok(words(event.label) >= 2 && words(event.label) <= 14, event.label);
  }
  const byLabel = events.map((e) => e.label);
  assert.ok(byLabel.includes('A ferry sank off the coast of Crete'), byLabel.join(' | '));
  assert.ok(byLabel.includes('The mayor had promised to open the bridge'), byLabel.join(' | '));
});
