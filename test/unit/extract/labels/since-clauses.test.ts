// "has been closed since a fire gutted it in May": the phrase ends a clause after "since" that says what the stretch
// counts from; the label of the clause before it keeps that clause's subject and verb when they fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

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
