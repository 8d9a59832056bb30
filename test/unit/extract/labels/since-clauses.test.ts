// "has been closed since a fire gutted it in May": the phrase ends a clause after "since" that says what the stretch
// counts from; the label of the clause before it keeps that clause's subject and verb when they fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { describe, label } from './label-helper.js';

test('the label of what goes on keeps what it goes on since', () => {
  assert.equal(
    label('The old pool on the high street has stayed shut since it was flooded by a burst main in March.', 'March', {
      since: true,
    }),
    'The old pool on the high street has stayed shut since it was flooded',
  );
  // a verb with its object, up to the object's phrase
  assert.equal(
    label(
      'Rents in the city centre have risen steadily since the council sold its housing to a trust in 2019.',
      '2019',
      {
        since: true,
      },
    ),
    'Rents in the city centre have risen steadily since the council sold its housing',
  );
});

test('negative: no room, or no clause after "since", adds nothing', () => {
  // (over 14 words with it)
  assert.equal(
    label(
      'Thousands of commuters on the northern line have faced long delays every single morning since the signals failed in June.',
      'June',
      { since: true },
    ),
    'Thousands of commuters on the northern line have faced long delays every single morning',
  );
  // "since" right before the phrase
  assert.equal(
    label('The old swimming pool on the high street has stayed shut since March.', 'March', { since: true }),
    'The old swimming pool on the high street has stayed shut',
  );
});

test('a "since" clause that opens the sentence is its own event: the phrase dates its verb, no stretch', () => {
  const text = 'Since Acme bought Zenco in February, it has sold two farms.';
  const opened = describe(text, 'February', { since: true });
  assert.equal(opened.label, 'Acme bought Zenco in February');
  assert.equal(opened.sinceClause, true);
  // the event is February's, not February to publication
  const [event] = extract(text, { published: '2026-11-18' }).events;
  assert.deepEqual(
    [event!.label, event!.from, event!.to, event!.ongoing],
    [opened.label, '2026-02-01', '2026-03-01', undefined],
  );
  // negative: "since" with no clause of its own ("Since the strike in March", "Since March") is the stretch's start
  const noun = describe('Since the strike in March, prices have risen 5%.', 'March', { since: true });
  assert.equal(noun.label, 'Prices have risen 5%');
  assert.equal(noun.sinceClause, undefined);
  const stretch = extract('Since March, prices have risen 5%.', { published: '2026-11-18' }).events[0]!;
  assert.deepEqual([stretch.from, stretch.to, stretch.ongoing], ['2026-03-01', '2026-11-19', true]);
  // negative: a "since" clause after the main clause still labels what goes on since it
  assert.equal(
    label('The old mill has been idle since the brewer bought it in February.', 'February', { since: true }),
    'The old mill has been idle since the brewer bought it',
  );
});
