// A finite verb's label keeps its subject, and a long subject is shortened around its head noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('the subject before a dash aside', () => {
  assert.equal(
    label('The driver -- a man of 40 from Leeds -- was due in court on Monday.', 'Monday'),
    'The driver was due in court',
  );
  assert.equal(
    label('The new mayor — elected in a landslide — took office on Friday.', 'Friday'),
    'The new mayor took office',
  );
});

test('a subject keeps its head noun over participles and "for", "on", "with" phrases', () => {
  assert.equal(
    label('The fare wars breaking out across parts of the airline industry will last through next year.', 'next year'),
    'The fare wars will last',
  );
  assert.equal(
    label('The hunt for the escaped prisoners was recently widened to Spain.', 'recently'),
    'The hunt for the escaped prisoners was widened to Spain',
  );
  assert.equal(
    label('Talks with the rebels resumed in Geneva on Tuesday.', 'Tuesday'),
    'Talks with the rebels resumed in Geneva',
  );
  assert.equal(
    label('The jobless rate for young women fell to 6.1 percent last month.', 'last month'),
    'The jobless rate for young women fell to 6.1 percent',
  );
});

test('a subject too long for the label keeps its determiner and head, never half a name', () => {
  assert.equal(
    label(
      'Four large New York investment banking firms reported sharply lower profits for the third quarter on Thursday, citing weak trading.',
      'Thursday',
    ),
    'Four investment banking firms reported sharply lower profits for the third quarter',
  );
});
