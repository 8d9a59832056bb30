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
    caseAsWritten('Ceo to quit by end of q1', writtenForms('CEO TO QUIT BY END OF Q1')),
    'Ceo to quit by end of Q1',
  );
  assert.equal(caseAsWritten('g7 leaders meet', new Map()), 'G7 leaders meet');
});

test('a headline in capitals is labelled with the words as its article writes them', () => {
  const labels = extract(BODY, { published: '2026-12-07' }).events.map((e) => e.label);
  assert.ok(
    labels.some((l) => l.startsWith('Trump and Xi to meet in Beijing')),
    labels.join(' | '),
  );
  // an article in capitals throughout: nothing to learn from, the label stays in lower case with its calendar names
  const shouted = extract('ACME CEO TO QUIT ON FRIDAY AFTER A BOARD VOTE', { published: '2026-12-07' });
  assert.match(shouted.events[0]!.label, /^Acme ceo to quit/);
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
