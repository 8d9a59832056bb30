// `why`: one sentence saying which clause was chosen and why, naming the phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe } from './label-helper.js';

test('why names the phrase and the choice, in one sentence', () => {
  const cases: [string, string, RegExp][] = [
    [
      'Union leaders said Tuesday that the strike would end.',
      'Tuesday',
      /^“Tuesday” dates a statement: who said it, and what\.$/,
    ],
    ['On Monday, the army withdrew from the town.', 'Monday', /^“Monday” opens the sentence: its main clause\.$/],
    [
      'Shares fell in 2010 when the company recalled its phones.',
      '2010',
      /^“2010” is the time of the clause after “when”\.$/,
    ],
    ['The council will replace the 1930s steel span.', '1930s', /^“1930s” only describes the span: background\.$/],
    ['The bakery closed in 2019 after a fire.', '2019', /^“2019” dates the clause of “closed”\.$/],
  ];
  for (const [sentence, phrase, why] of cases) assert.match(describe(sentence, phrase).why, why);
});
