// A series of one subject's verbs ("closed in March, reopened in May and was sold in August"): each verb after a comma
// is a verb of the first one's subject, not a participle describing the noun before the comma, so each date's label
// names its own verb with that subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';

test('each verb of a series has the subject of the first', () => {
  const factory = 'The factory closed in March, reopened in May and was sold in August.';
  const others = (...phrases: string[]) => ({ others: phrases });
  assert.equal(label(factory, 'March', others('May', 'August')), 'The factory closed');
  assert.equal(label(factory, 'May', others('March', 'August')), 'The factory reopened in May');
  assert.equal(label(factory, 'August', others('March', 'May')), 'The factory was sold');
  const bank = 'The bank raised rates in 2017, cut them in 2019 and held them in 2020.';
  assert.equal(label(bank, '2019', others('2017', '2020')), 'The bank cut them');
  assert.equal(label(bank, '2020', others('2017', '2019')), 'The bank held them');
  // with the series' comma before "and", and a fourth verb
  const mine = 'The mine opened in 1990, flooded in 1998, reopened in 2004, and closed in 2015.';
  assert.match(label(mine, '1998', others('1990', '2004', '2015')), /^The mine flooded\b/);
  assert.match(label(mine, '2004', others('1990', '1998', '2015')), /^The mine reopened\b/);
});

test('negative: a participle after a comma still describes the noun before it', () => {
  // no "and" and a verb after it: "identified" describes the man
  assert.match(
    label('Police arrested a man on Friday, identified as a local farmer.', 'Friday'),
    /^Police arrested a man\b/,
  );
  // an aside that opens with a participle has no verb of the series ("wondering how …")
  const search = 'Investigators, wondering how the gunman had escaped, searched the woods on Monday and found a rifle.';
  assert.doesNotMatch(label(search, 'Monday'), /^The gunman\b/);
  // an age between commas is no clause: the verb after it has the name as subject
  assert.match(
    label('Officials said John Smith, 49, took two guards hostage on Monday and then escaped.', 'Monday'),
    /^John Smith took two guards hostage/,
  );
});
