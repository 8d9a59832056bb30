// Statements are events: a time phrase right after a verb of saying dates the saying, and the label
// keeps who said it (shortened) with what was said. A phrase inside what was said dates that clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, label } from './label-helper.js';

test('"said Tuesday that…": the speaker, the verb and what was said', () => {
  const d = describe('Union leaders said Tuesday that the strike would end within days.', 'Tuesday');
  assert.equal(d.label, 'Union leaders said that the strike would end within days');
  assert.equal(d.kind, 'statement');
  assert.equal(d.tense, 'past');
});

test('"told parliament on Monday that…" keeps the hearer', () => {
  assert.equal(
    label('The minister told parliament on Monday that the budget would be cut.', 'Monday'),
    'The minister told parliament that the budget would be cut',
  );
});

test('an attribution after what was said stays after it, in the sentence’s order', () => {
  assert.equal(
    label('The ferry sank off the coast, the coastguard said on Friday.', 'Friday'),
    'The ferry sank off the coast, the coastguard said',
  );
  assert.equal(
    label('"We will not give up," the mayor said Wednesday.', 'Wednesday'),
    'We will not give up, the mayor said',
  );
  assert.equal(
    label('The United States had every right to act, New Zealand said on Friday in response to the strikes.', 'Friday'),
    'The United States had every right to act, New Zealand said',
  );
});

test('a long statement before its attribution is cut, and the attribution stays', () => {
  const d = describe(
    'The city will close three of its four public pools for repairs over the coming summer months, a council spokesman said Tuesday.',
    'Tuesday',
  );
  assert.equal(d.label, 'The city will close three of its four public pools, a council spokesman said');
  assert.equal(d.kind, 'statement');
});

test('an inverted "said" takes the speaker after it, without the apposition', () => {
  assert.equal(
    label('"The river is rising fast," said Anna Berg, a spokeswoman for the water board, on Thursday.', 'Thursday'),
    'The river is rising fast, said Anna Berg',
  );
});

test('an inverted "said" with a determiner: "said a spokesman" is no subject of the quotation', () => {
  assert.equal(
    label('"Nothing is settled about the merger," said a company spokesman on Friday.', 'Friday'),
    'Nothing is settled about the merger, said a company spokesman',
  );
  // negative: "said" after the subject, not inverted
  assert.equal(
    label('Nothing was decided about the merger on Friday, a spokesman said.', 'Friday'),
    'Nothing was decided about the merger',
  );
});

test('a long speaker is shortened: a name without its titles, a noun phrase without its "of …"', () => {
  assert.equal(
    label('Deputy Foreign Minister Olga Brandt said Friday that talks would resume.', 'Friday'),
    'Olga Brandt said that talks would resume',
  );
  assert.equal(
    label('The chief engineer of the regional water authority said Monday the dam was safe.', 'Monday'),
    'The chief engineer said the dam was safe',
  );
});

test('a phrase inside what was said dates that clause, with who said it when the clause is short', () => {
  const d = describe('Officials said the bridge collapsed on Sunday.', 'Sunday');
  assert.equal(d.label, 'Officials said the bridge collapsed');
  assert.match(d.why, /collapsed/);
  assert.equal(
    label('Officials said the army shelled the border town of Kafr on Tuesday.', 'Tuesday'),
    'The army shelled the border town of Kafr',
  );
  assert.equal(
    label('Egyptian sources told Reuters this was his second such visit this year.', 'this year'),
    'Egyptian sources told Reuters this was his second such visit',
  );
});

test('negative: "according to" and a noun "reports" are no statements', () => {
  assert.equal(label('The plant closed in March, according to the company.', 'March'), 'The plant closed');
  assert.equal(
    label('The reports of flooding reached the capital on Monday.', 'Monday'),
    'The reports of flooding reached the capital',
  );
});

test('"The minister, speaking to reporters on Monday, said…": the speaking is the statement', () => {
  assert.equal(
    label('The minister, speaking to reporters in Geneva on Monday, said talks would resume next week.', 'Monday'),
    'The minister said talks would resume next week',
  );
  // the commas of a time phrase set apart go with it; an opening phrase's comma stays
  assert.equal(label('The plant, on Monday, closed its doors.', 'Monday'), 'The plant closed its doors');
  assert.equal(label('In early trading on Tuesday, shares fell.', 'Tuesday'), 'In early trading, shares fell');
});

test('a clause after "said … that" keeps its own subject, over an object ending in "-s"', () => {
  assert.equal(
    label('The board said in a letter on Monday that the port had relaxed its docking rules in 2021.', '2021', {
      others: ['Monday'],
    }),
    'The port had relaxed its docking rules',
  );
  assert.equal(
    label('The board said in a letter on Monday that the port had relaxed its docking rules in 2021.', 'Monday', {
      others: ['2021'],
    }),
    'The board said in a letter that the port had relaxed its docking rules',
  );
});

test('negative: a participle of saying describes its noun and makes no statement: "with 3,100 reported"', () => {
  assert.equal(
    label(
      'Cases have risen sharply, with 3,100 reported in the seven days to Wednesday alone.',
      'the seven days to Wednesday',
    ),
    '3,100 reported in the seven days to Wednesday alone',
  );
});

test('"that" after a telling verb and its object opens what was told, even after a common noun', () => {
  assert.equal(
    label('The chief executive told reporters that production began in August at a plant in Vietnam.', 'August'),
    'Production began at a plant in Vietnam',
  );
  assert.equal(
    label('The lawyer reminded the jury that the witness left the bar around 10 p.m.', '10 p.m.'),
    'The witness left the bar',
  );
  // negative: after another verb, "that" after a noun opens a relative clause about it
  assert.equal(
    label('Officials praised the plan that the council approved in May.', 'May'),
    'The plan that the council approved',
  );
});

test('a relative clause between commas after what was said opens gives way first when the label is too long', () => {
  assert.equal(
    label(
      'Early voting, which opened on Oct. 20, drew a record 1.2 million ballots, officials said on Sunday.',
      'Sunday',
      { others: ['Oct. 20'] },
    ),
    'Early voting drew a record 1.2 million ballots, officials said',
  );
  // negative: a label that fits keeps it
  assert.equal(
    label('The old bridge, which opened in 1990, was closed, officials said on Sunday.', 'Sunday', {
      others: ['1990'],
    }),
    'The old bridge, which opened in 1990, was closed, officials said',
  );
});

test('a time phrase right after a verb of saying, with a verb after it, is the subject of what was said', () => {
  assert.equal(
    label('The coach said the last two seasons had been the hardest of his career.', 'the last two seasons', {
      duration: true,
    }),
    'The last two seasons had been the hardest of his career',
  );
  assert.equal(
    label('The harbour master said last winter was the stormiest in memory.', 'last winter'),
    'Last winter was the stormiest in memory',
  );
  // negative: a phrase followed by the subject of what was said dates the statement
  assert.equal(
    label('The harbour master said last week the ferries would run again.', 'last week'),
    'The harbour master said the ferries would run again',
  );
  // negative: a phrase followed by "that" dates the statement too
  assert.equal(
    label('Officials said this week that the depot had closed.', 'this week'),
    'Officials said that the depot had closed',
  );
});

test('a date inside quoted words labels what is quoted to happen, without the attribution after the quote', () => {
  assert.equal(label('"The pool will reopen by June," the council said.', 'June'), 'The pool will reopen');
  // (in single quotes too: the quote after the comma closes the quotation, it makes no possessive)
  assert.equal(label("'The pool will reopen by June,' the council said.", 'June'), 'The pool will reopen');
  // negative: reported words without quotes keep who said them
  assert.equal(
    label('Attendance fell sharply in the 1990s, the club said.', 'the 1990s'),
    'Attendance fell sharply, the club said',
  );
  // negative: the attribution's own date still labels the statement
  assert.equal(
    label('"The pool will reopen by June," the council said on Monday.', 'Monday', { others: ['June'] }),
    'The pool will reopen by June, the council said',
  );
});

test('a verb of saying with an object of its own, after no comma, does not take the clause before it as what was said', () => {
  assert.equal(
    label('The launch slipped to May before the agency confirmed the new date on Friday.', 'Friday', {
      others: ['May'],
    }),
    'The agency confirmed the new date',
  );
  // negative: after a comma, the clause before is what was said
  assert.equal(
    label('The launch slipped to May, the agency confirmed on Friday.', 'Friday', { others: ['May'] }),
    'The launch slipped to May, the agency confirmed',
  );
});

test('a passive verb of saying has no speaker: its phrase dates its own clause', () => {
  assert.equal(
    label('The firm completed the merger, six weeks after the deal was first announced on January 19.', 'January 19'),
    'The deal was first announced',
  );
  assert.equal(
    label('The shortlist was announced on Friday in Leeds.', 'Friday'),
    'The shortlist was announced in Leeds',
  );
  // negative: "it was reported" after what was said is still the statement's attribution; an active verb of saying
  // keeps its speaker
  assert.match(
    label('The mayor resigned, it was reported on Wednesday.', 'Wednesday'),
    /^The mayor resigned, it was reported/,
  );
  assert.equal(
    label('The minister announced on Friday that taxes would rise.', 'Friday'),
    'The minister announced that taxes would rise',
  );
});

test('after a verb of saying and its own date, a time phrase that opens what was said is its subject', () => {
  assert.equal(
    label('Traders said on Tuesday the coming month would be volatile.', 'the coming month', { others: ['Tuesday'] }),
    'The coming month would be volatile',
  );
  assert.equal(
    label('The coach said Friday next season would be his last.', 'next season', { others: ['Friday'] }),
    'Next season would be his last',
  );
  // the saying keeps what was said
  assert.equal(
    label('Traders said on Tuesday the coming month would be volatile.', 'Tuesday', { others: ['the coming month'] }),
    'Traders said the coming month would be volatile',
  );
  // negative: a noun phrase that is no time phrase is no subject of this rule
  assert.equal(
    label('Traders said on Tuesday the market would be volatile.', 'Tuesday'),
    'Traders said the market would be volatile',
  );
});

test('what was said ends before a phrase after "with" and the comma that closes it', () => {
  assert.equal(
    label('The company said on Thursday sales fell 4.2%, with trading in June hit by rain.', 'Thursday', {
      others: ['June'],
    }),
    'The company said sales fell 4.2%',
  );
  // negative: a "with" aside inside the reported clause, before its verb, stays
  assert.equal(
    label('The minister said on Monday that the bridge, with its new deck, would reopen.', 'Monday'),
    'The minister said that the bridge, with its new deck, would reopen',
  );
});
