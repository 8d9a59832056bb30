import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import { caseAsWritten, writtenForms } from '../../../src/extract/case-as-written.js';

const BODY = [
  'TRUMP AND XI TO MEET IN BEIJING ON FRIDAY',
  '',
  'President Trump will meet Xi Jinping in Beijing, the White House said. The talks may cover trade, and the US and',
  'China could sign a deal. Acme, whose CEO took over in 2019, may join them. Trade talks stalled in May.',
].join('\n');

test('writtenForms: how the article writes a word outside capitals and away from the start of a sentence', () => {
  const forms = writtenForms(BODY);
  assert.equal(forms.get('trump'), 'Trump');
  assert.equal(forms.get('xi'), 'Xi');
  assert.equal(forms.get('ceo'), 'CEO');
  assert.equal(forms.get('us'), 'US');
  // written in lower case (or more often so): no entry
  assert.equal(forms.get('may'), undefined, '"may" twice in lower case, "May" once');
  assert.equal(forms.get('and'), undefined, 'the headline in capitals is no evidence');
  // a capital that opens a sentence says nothing: "The", "Trade", "China" (which follows "and" on a new line)
  assert.equal(forms.get('the'), undefined);
  assert.equal(forms.get('trade'), undefined);
});

test('caseAsWritten: a label read from capitals gets its words back as the article writes them', () => {
  const forms = writtenForms(BODY);
  assert.equal(caseAsWritten('Trump and xi to meet in beijing', forms), 'Trump and Xi to meet in Beijing');
  assert.equal(caseAsWritten('us talks may stall', forms), 'US talks may stall');
  // a word of letters and digits that the article gives in capitals alone: in capitals
  assert.equal(
    caseAsWritten('Boss to quit by end of q1', writtenForms('BOSS TO QUIT BY END OF Q1')),
    'Boss to quit by end of Q1',
  );
  assert.equal(caseAsWritten('g7 leaders meet', new Map()), 'G7 leaders meet');
});

test('a headline in capitals is labelled with the words as its article writes them', () => {
  const labels = extract(BODY, { published: '2026-12-07' }).events.map((e) => e.label);
  assert.ok(
    labels.some((l) => l.startsWith('Trump and Xi to meet in Beijing')),
    labels.join(' | '),
  );
  // an article in capitals throughout: nothing to learn from, the label stays in lower case with its calendar names,
  // known acronyms aside
  const shouted = extract('ACME CEO TO QUIT ON FRIDAY AFTER A BOARD VOTE', { published: '2026-12-07' });
  assert.match(shouted.events[0]!.label, /^Acme CEO to quit after a board vote/);
});

test('caseAsWritten: known acronyms and names of several words, without the article', () => {
  const none = new Map<string, string>();
  assert.equal(caseAsWritten('The pm will visit the flood zone', none), 'The PM will visit the flood zone');
  assert.equal(caseAsWritten('The fbi opened an inquiry', none), 'The FBI opened an inquiry');
  assert.equal(caseAsWritten('nhs waiting lists grew', none), 'NHS waiting lists grew');
  assert.equal(caseAsWritten('mps will vote on the bill', none), 'MPs will vote on the bill');
  assert.equal(caseAsWritten('The united states will send troops', none), 'The United States will send troops');
  assert.equal(caseAsWritten('The bank of england raised rates', none), 'The Bank of England raised rates');
  assert.equal(caseAsWritten('The us-led coalition struck', none), 'The US-led coalition struck');
  assert.equal(caseAsWritten('us troops will leave', none), 'US troops will leave');
  // negative: "us" the pronoun, "pm" after a figure, a name's words alone
  assert.equal(caseAsWritten('Officials told us they would leave', none), 'Officials told us they would leave');
  assert.equal(caseAsWritten('The match kicks off at 8 pm', none), 'The match kicks off at 8 pm');
  assert.equal(caseAsWritten('The new yorker opened a branch', none), 'The new yorker opened a branch');
  assert.equal(caseAsWritten('States will vote on the united front', none), 'States will vote on the united front');
});

test('a line in capitals is labelled with its acronyms and names; a letter alone there is no evidence', () => {
  const labels = (text: string) => extract(text, { published: '2026-10-15' }).events.map((e) => e.label);
  assert.deepEqual(labels('THE UNITED NATIONS CALLED FOR A CEASEFIRE ON TUESDAY.'), [
    'The United Nations called for a ceasefire',
  ]);
  assert.deepEqual(labels('US TROOPS WILL LEAVE THE BASE ON FRIDAY, OFFICIALS TOLD US.'), [
    'US troops will leave the base',
  ]);
  assert.equal(writtenForms('THE TOWN CALLED FOR A VOTE').get('a'), undefined);
});

test('a month or a day in a time phrase of a label read in lower case is written as a name', () => {
  const published = '2016-11-03';
  const labels = (text: string) => extract(text, { published }).events.map((e) => e.label);
  // "may" and "march", common words too, which the calendar names left to the time phrase
  assert.deepEqual(labels('TALKS STALLED IN MAY. It had opened in 1990.'), ['Talks stalled in May', 'It had opened']);
  assert.deepEqual(labels('prices rose in may and fell in june.'), ['Prices rose in May', 'Prices fell in June']);
  assert.deepEqual(labels('rovers host city on sat 4 mar.'), ['Rovers host city on Sat 4 Mar']);
  // negative: the modal and the verb outside the time phrase stay common words
  assert.deepEqual(labels('PROTESTERS MAY MARCH ON THE PALACE ON FRIDAY, MARCH 4.'), [
    'Protesters may march on the palace',
  ]);
});
