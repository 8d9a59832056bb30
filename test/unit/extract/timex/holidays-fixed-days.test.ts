import { test } from 'node:test';
import { assertNone, assertPlaced } from './helpers.js';

// Published Tuesday 2 July 2024.
const PUB = '2024-07-02';

test("Juneteenth, Earth Day, Workers' Day are their fixed days, placed like any holiday", () => {
  assertPlaced('Crowds gathered downtown on Juneteenth.', 'Juneteenth', '2024-06-19', undefined, undefined, PUB);
  assertPlaced('The park reopened on Juneteenth 2022.', 'Juneteenth 2022', '2022-06-19', undefined, undefined, PUB);
  assertPlaced('Students planted trees on Earth Day.', 'Earth Day', '2024-04-22', undefined, undefined, PUB);
  assertPlaced("Dockers struck on Workers' Day.", "Workers' Day", '2024-05-01', undefined, undefined, PUB);
  assertPlaced('THOUSANDS MARK JUNETEENTH IN CAPITAL', 'JUNETEENTH', '2024-06-19', undefined, undefined, PUB);
});

test('negative: the words as a phrase in lower case, with no date context; a day the corpora leave untagged', () => {
  assertNone('It was the hottest day on earth since records began.', 'day', PUB);
  assertNone("The workers' day shift ended early.", "workers' day", PUB);
  // TimeBank leaves "International Women's Day" untagged: it stays no timex
  assertNone("Rallies marked International Women's Day.", "Women's Day", PUB);
});
