// Labels are 4–14 words: long clauses lose the subject's extras, then what follows the verb; short
// ones take their time phrase back ("Talks collapsed on Sunday"), except a clause of three words whose verb needs no
// object ("The plant closed"). Words stay whole and in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinedWithoutQuotes, MAX_LABEL_WORDS, MIN_LABEL_WORDS } from '../../../../src/extract/labels/index.js';
import { label, wordCount } from './label-helper.js';

test('the bounds are 4 and 14 words', () => {
  assert.equal(MIN_LABEL_WORDS, 4);
  assert.equal(MAX_LABEL_WORDS, 14);
});

test('a short clause takes its time phrase back', () => {
  assert.equal(label('Talks collapsed on Sunday.', 'Sunday'), 'Talks collapsed on Sunday');
  assert.equal(label('It rained on Monday.', 'Monday'), 'It rained on Monday');
});

test('a time phrase taken back leaves out its aside in parentheses: "landed at 18:40 local time (1040 GMT)"', () => {
  assert.equal(
    label('The plane landed at 18:40 local time (1040 GMT).', '18:40 local time (1040 GMT)'),
    'The plane landed at 18:40 local time',
  );
  // negative: with no parentheses the phrase comes back whole
  assert.equal(
    label('The plane landed at 18:40 local time.', '18:40 local time'),
    'The plane landed at 18:40 local time',
  );
});

test('a clause of three words whose verb needs no object stands without its time phrase', () => {
  assert.equal(label('The old mill closed on March 3, 2009.', 'March 3, 2009'), 'The old mill closed');
  assert.equal(label('The ferry was refloated in 1998.', '1998'), 'The ferry was refloated');
  assert.equal(label('THE FAIRS BEGIN IN JUNE.'.toLowerCase(), 'june'), 'The fairs begin');
  // negative: a verb that wants its object, a phrase that bounds the event, and two words, take the phrase back
  assert.equal(label('The envoy met on Monday.', 'Monday'), 'The envoy met on Monday');
  assert.equal(label('The lease runs through 2030.', '2030'), 'The lease runs through 2030');
  assert.equal(label('The mill closed by 1990.', '1990'), 'The mill closed by 1990');
  assert.equal(label('Shares fell on Friday.', 'Friday'), 'Shares fell on Friday');
});

test('a second verb after "and" shares the subject of the first: a clause of three without its own date', () => {
  const show = 'The show opens on March 3 and closes on March 9.';
  assert.equal(label(show, 'March 3', { others: ['March 9'] }), 'The show opens');
  assert.equal(label(show, 'March 9', { others: ['March 3'] }), 'The show closes');
  const museum = 'The museum opened in 1990 and closed in 2005.';
  assert.equal(label(museum, '2005', { others: ['1990'] }), 'The museum closed');
  assert.equal(
    label('The bakery was founded in 1921 and was sold in 1987.', '1987', { others: ['1921'] }),
    'The bakery was sold',
  );
  // negative: a phrase that bounds the second verb, a verb that wants its object, and two words, take it back
  assert.equal(
    label('The fair opened on Friday and ran through Sunday.', 'Sunday', { others: ['Friday'] }),
    'The fair ran through Sunday',
  );
  assert.equal(
    label('The envoy landed on Monday and met on Tuesday.', 'Tuesday', { others: ['Monday'] }),
    'The envoy met on Tuesday',
  );
  assert.equal(label('Prices rose in May and fell in June.', 'June', { others: ['May'] }), 'Prices fell in June');
});

test('a short label grown to its commas opens a relative clause with the noun it describes', () => {
  assert.equal(
    label('The gallery thanked Ann Cole, who joined the 2019 show, and her team.', '2019'),
    'Ann Cole, who joined the 2019 show',
  );
  assert.equal(
    label('Fans cheered the Rovers, which had won the 2012 final, at the parade.', '2012'),
    'The Rovers, which had won the 2012 final',
  );
  // negative: a participle after its comma takes no noun before it
  assert.equal(label('The team, beaten in the 2012 final, lost again.', '2012'), 'Beaten in the 2012 final');
});

test('a range bounds its event with or without "from": a clause of three takes it back, with its dash', () => {
  assert.equal(
    label('The fair runs from Dec. 8 to Dec. 12.', 'Dec. 8 to Dec. 12'),
    'The fair runs from Dec. 8 to Dec. 12',
  );
  assert.equal(label('The fair runs Dec. 8 - Dec. 12.', 'Dec. 8 - Dec. 12'), 'The fair runs Dec. 8 - Dec. 12');
  assert.equal(label('The fair runs Dec. 8-12.', 'Dec. 8-12'), 'The fair runs Dec. 8-12');
  assert.equal(label('The fair ran Oct. 8 - Oct. 12.', 'Oct. 8 - Oct. 12'), 'The fair ran Oct. 8 - Oct. 12');
  // negative: a clause of four or more stands without its range, passive or active
  assert.equal(label('The two roads were closed Oct. 8 - Oct. 12.', 'Oct. 8 - Oct. 12'), 'The two roads were closed');
  assert.equal(
    label('Police closed the two roads from Oct. 8 to Oct. 12.', 'Oct. 8 to Oct. 12'),
    'Police closed the two roads',
  );
  // negative: one day, or a date in figures, is no range
  assert.equal(label('The fair opens on Dec. 8.', 'Dec. 8'), 'The fair opens');
  assert.equal(label('The old mill closed 2009-03-03.', '2009-03-03'), 'The old mill closed');
});

test('a long clause is cut before a phrase or clause opener, after its verb', () => {
  const l = label(
    'Troops loyal to the general have been shelling the villages along the eastern border of the province since the truce broke down last month.',
    'last month',
    { since: true },
  );
  assert.equal(l, 'Troops have been shelling the villages along the eastern border of the province');
  assert.ok(wordCount(l) <= MAX_LABEL_WORDS);
});

test('words are never cut in two; a long run of words is cut at the bound', () => {
  const long = `${'a'.repeat(5000)} on Monday`;
  const l = label(long, 'Monday');
  assert.equal(l, `${'A'}${'a'.repeat(4999)} on Monday`);
  const many = `${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} rose on Monday`;
  // the subject is cut to its last four words
  assert.equal(label(many, 'Monday'), 'W56 w57 w58 w59 rose');
});

test('a sentence shorter than four words stays as it is', () => {
  assert.equal(label('Monday', 'Monday'), 'Monday');
  assert.equal(label('Until next week.', 'next week'), 'Until next week');
});

test('quotes and brackets go; a final abbreviation keeps its dots', () => {
  assert.equal(
    label('The board (all seven members) voted on Monday to sell the “old” depot.', 'Monday'),
    'The board voted to sell the old depot',
  );
  assert.equal(
    label('The firm moved its offices to the U.S. last year.', 'last year'),
    'The firm moved its offices to the U.S.',
  );
});

test('a label ends without the marks that end its sentence, except after a letter that stands alone', () => {
  assert.equal(label('On Monday, the council approved the plan.', 'Monday'), 'The council approved the plan');
  assert.equal(label('On Monday, the council approved the plan!?', 'Monday'), 'The council approved the plan');
  // ("Plan B." and "the U.S.": the dot may be the letter's own)
  assert.equal(label('On Monday, the council approved Plan B.', 'Monday'), 'The council approved Plan B.');
  // a label read from a sentence that starts in lower case starts with a capital
  assert.equal(label('on Monday, the council approved the plan.', 'Monday'), 'The council approved the plan');
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

test('a long label is never cut between a modifier and its noun', () => {
  // no phrase boundary within 14 words: the object keeps its head and the nouns before it
  const cut = label(
    'Akzo bought three small old loss-making plastic film food packaging machinery spare parts repair shop makers on Monday.',
    'Monday',
  );
  assert.equal(cut, 'Akzo bought old loss-making plastic film food packaging machinery spare parts repair shop makers');
  assert.ok(wordCount(cut) <= 14);
  // with a boundary in reach, the cut is there
  assert.equal(
    label(
      'Ms. Ortiz said the city would close the last remaining free public bathing beach near the old river dam in June.',
      'June',
    ),
    'The city would close the last remaining free public bathing beach',
  );
});

test('a long label is never cut between a head and its "of" ("by the end | of March")', () => {
  assert.equal(
    label('Prime Minister Theresa May said on Sunday she would trigger Article 50 by the end of March.', 'Sunday'),
    'Prime Minister Theresa May said she would trigger Article 50',
  );
  // negative: a noun that stands alone may still end a label before "of"
  const long = label(
    'The regional transport authority said on Monday it would buy forty new electric buses of a Chinese design.',
    'Monday',
  );
  assert.ok(!/\b(?:end|rest|part)$/.test(long), long);
  assert.ok(long.split(' ').length <= 14, long);
});

test('a long label is not cut inside a range of time phrases, nor left ending on its first end', () => {
  const sentence =
    'Update 10:42 BST: The Environment Agency says river levels are expected to peak between 3pm and 5pm today.';
  const cut = label(sentence, '10:42 BST', { others: ['3pm', '5pm today'] });
  assert.ok(wordCount(cut) <= MAX_LABEL_WORDS, cut);
  assert.doesNotMatch(cut, /\b3pm$|between$/, cut);
  assert.match(cut, /expected to peak$/, cut);
  // negative: a cut before "and" that joins no time phrases is still a cut
  const plain = label(
    'The board of the struggling regional airline announced on Monday deep cuts to its routes and a freeze on hiring staff.',
    'Monday',
  );
  assert.ok(wordCount(plain) <= MAX_LABEL_WORDS, plain);
});
