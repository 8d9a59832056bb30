// An "-ing" word after "for", "by", "after"… before a noun is a gerund with its object ("jailed for taking
// bribes"), not a modifier ("of operating profit"); a phrase after the gerund dates it, not the verb before
// it, when another phrase dates that verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tagOf = (sentence: string, word: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === word)?.tag;

test('an "-ing" word of a common verb after "for", "by", "after" is a gerund', () => {
  assert.equal(tagOf('The clerk was jailed for taking bribes.', 'taking'), 'ing');
  assert.equal(tagOf('The club cut its debt by selling players.', 'selling'), 'ing');
  assert.equal(tagOf('She resigned after losing votes.', 'losing'), 'ing');
  // negative: a modifier after "of", or an "-ing" word that is as often an adjective, or an event noun
  assert.equal(tagOf('The rise of operating profit was small.', 'operating'), 'noun');
  assert.equal(tagOf('Shops were hit by rising costs.', 'rising'), 'noun');
  assert.equal(tagOf('Aid went to families with bombing victims.', 'bombing'), 'noun');
});

test('a phrase after the gerund dates the gerund when another phrase dates the verb before it', () => {
  const sentence = 'A city clerk was jailed on Friday for taking bribes in 2016 and 2017.';
  assert.equal(label(sentence, '2016', { others: ['Friday', '2017'] }), 'Taking bribes in 2016 and 2017');
  assert.equal(
    label(sentence, 'Friday', { others: ['2016', '2017'] }),
    'A city clerk was jailed for taking bribes in 2016 and 2017',
  );
  // negative: with no other phrase, the verb that governs the gerund is the event
  assert.equal(label('The bank was fined for selling bonds in 2019.', '2019'), 'The bank was fined for selling bonds');
  // negative: an amount reached is no date of the verb
  const run = 'The champion extended his run to eight years by beating the Dane on Saturday.';
  assert.equal(
    label(run, 'Saturday', { others: ['eight years'] }),
    'The champion extended his run to eight years by beating the Dane',
  );
});

test('an "-ing" word and its object that open the main clause are its subject', () => {
  assert.equal(
    label('On Tuesday, shutting the ferry route was the last resort.', 'Tuesday'),
    'Shutting the ferry route was the last resort',
  );
  assert.equal(label('In 2021, widening the canal cost $90m.', '2021'), 'Widening the canal cost $90m');
  // negative: an "-ing" phrase after a clause says what came of it; its noun is the subject
  assert.equal(
    label('Most of the crop was lost, meaning the 2026 harvest will be thin.', '2026'),
    'The 2026 harvest will be thin',
  );
});

test('a day or month name right before the noun that opens the clause stays in the subject', () => {
  assert.equal(
    label('Sunday trading will begin in June.', 'Sunday', { others: ['June'] }),
    'Sunday trading will begin',
  );
  assert.equal(
    label('Friday prayers were cancelled after the flood.', 'Friday'),
    'Friday prayers were cancelled after the flood',
  );
  // negative: a speaker after the name is no noun phrase with it
  assert.equal(label('Monday officials said the tunnel was shut.', 'Monday'), 'Officials said the tunnel was shut');
});
