import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Sunday 9 June 2024.
const PUB = '2024-06-09';

test('a weekday joined by "and"/"or" to a day ahead is the first such day on or after it', () => {
  assertPlaced('Hearings continue tomorrow and Thursday.', 'Thursday', '2024-06-13', undefined, undefined, PUB);
  assertPlaced(
    'The ferry sails tomorrow or Friday, weather permitting.',
    'Friday',
    '2024-06-14',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced(
    'Heats are tomorrow at 9 and Wednesday at 10.',
    'Wednesday at 10',
    '2024-06-12T10:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced('the count resumes tomorrow, and then on saturday', 'saturday', '2024-06-15', undefined, undefined, PUB);
  // told on a Sunday, "tomorrow and Monday" are one day
  assertPlaced('Crews work tomorrow and Monday night.', 'Monday night', '2024-06-10TNI', undefined, undefined, PUB);
});

test('a range that opens on a day ahead closes on the first such weekday after it', () => {
  assertPlaced('The fair runs from tomorrow until Friday.', 'Friday', '2024-06-14', undefined, undefined, PUB);
  assertPlaced('Roadworks last between tomorrow and Wednesday.', 'Wednesday', '2024-06-12', undefined, undefined, PUB);
});

test('negative: a day behind, a weekday with its own cue, words between them', () => {
  // joined to a day before publication: read as its clause says
  assertPlaced('The talks stalled yesterday and Thursday.', 'Thursday', '2024-06-06', undefined, undefined, PUB);
  assertPlaced(
    'The vote is tomorrow and last Thursday was the debate.',
    'last Thursday',
    '2024-06-06',
    undefined,
    undefined,
    PUB,
  );
  // more than a link between them: no list
  assertPlaced(
    'The appeal is heard tomorrow; the panel met on Thursday.',
    'Thursday',
    '2024-06-06',
    undefined,
    undefined,
    PUB,
  );
});
