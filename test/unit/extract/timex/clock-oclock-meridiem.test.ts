import { test } from 'node:test';
import { assertPlaced } from './helpers.js';

// Published Sunday 10 March 2024, 15:20 UTC.
const PUB = '2024-03-10T15:20:00Z';

test('a.m. or p.m. after "o\'clock" gives the hour its half of the day', () => {
  assertPlaced("The vigil began at 2 o'clock pm.", "2 o'clock pm", '2024-03-10T14:00', undefined, undefined, PUB);
  assertPlaced(
    "Doors open at 9 o'clock a.m. on Friday.",
    "9 o'clock a.m. on Friday",
    '2024-03-15T09:00',
    undefined,
    undefined,
    PUB,
  );
  assertPlaced("The call came at ten o'clock PM.", "ten o'clock PM", '2024-03-09T22:00', undefined, undefined, PUB);
});

test('negative: "o\'clock" alone stays as written, and a part of day still counts', () => {
  assertPlaced("The vigil began at 4 o'clock.", "4 o'clock", '2024-03-10T04:00', undefined, undefined, PUB);
  const afternoon = "The vigil began at 2 o'clock in the afternoon.";
  assertPlaced(afternoon, "2 o'clock in the afternoon", '2024-03-10T14:00', undefined, undefined, PUB);
});
