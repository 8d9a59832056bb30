// A base verb seldom used as a noun, after a plural noun, is the present of that noun's verb: "Tickets go on
// sale", "Rates rise"; the label is that clause, not the event noun after it ("Sale on Monday").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label } from './label-helper.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

const tags = (sentence: string) => tagWords(tokenize(sentence)).map((w) => w.tag);

test('a plain base verb after a plural noun is a verb', () => {
  assert.equal(tags('Seats go on sale today.')[1], 'verb');
  assert.equal(tags('Mortgage rates rise again.')[2], 'verb');
  assert.equal(
    label('Seats go on sale on Friday at noon at the stadium.', 'Friday at noon'),
    'Seats go on sale at the stadium',
  );
  assert.equal(label('Our weekly meetings begin again on Monday.', 'Monday'), 'Our weekly meetings begin again');
});

test('a noun after a plural noun, or after a singular noun, stays a noun', () => {
  // negative: "plan" is no plain verb ("the sales plan")
  assert.equal(tags('The sales plan was approved.')[2], 'noun');
  assert.equal(label('The sales plan was approved on Monday.', 'Monday'), 'The sales plan was approved');
  // negative: a singular noun in "-ss" or "-us" before it
  assert.equal(tags('The campus grew quickly.')[2], 'ved');
  assert.equal(tags('The press give way.')[2], 'noun');
});

test('a plain base verb after a plural noun and its short "in", "of" phrase is a verb', () => {
  assert.equal(tags('Voters in the state go to the polls on Tuesday.')[4], 'verb');
  assert.equal(tags('Sales of the new phones fall in March.')[5], 'verb');
  assert.equal(
    label('Voters in the state go to the polls on Tuesday.', 'Tuesday'),
    'Voters in the state go to the polls',
  );
  // negative: after a singular noun and its phrase, a compound's noun stays a noun
  assert.equal(tags('A fall in the price rise was reported.')[5], 'noun');
});

test('an "-s" form after a noun, right before a modal or a plural auxiliary, ends the subject', () => {
  assert.equal(tags('Member states will decide on funding next month.')[1], 'noun');
  assert.equal(tags('Officials said member states would meet next month.')[3], 'noun');
  assert.equal(tags('Oil importers have agreed to cut stocks.')[1], 'noun');
  assert.equal(
    label('Member states will decide on extra funding at a ministerial meeting next month.', 'next month'),
    'Member states will decide on extra funding at a ministerial meeting',
  );
  // negative: after a pronoun it is the verb ("He states he will"), and "is" may follow a verb of saying ("what the
  // report says is true")
  assert.equal(tags('He states he will go next month.')[1], 'verb');
  assert.equal(tags('What the report says is true.')[3], 'verb');
  // negative: a comma after it ends its clause
  assert.equal(tags('The opposition leader says, will it last?')[3], 'verb');
});

test('a plain verb after a plural subject with two phrases of its own ("Voters in the county of Hale | go")', () => {
  assert.equal(
    label('Voters in the county of Hale go to the polls on Thursday.', 'Thursday'),
    'Voters in the county of Hale go to the polls',
  );
  // negative: a singular head before the phrases makes no verb of the noun ("the chance of Hale go" is none)
  assert.equal(
    label('The mayor of the county of Hale resigned on Thursday.', 'Thursday'),
    'The mayor of the county of Hale resigned',
  );
});

test('an "-s" form second in the sentence, before a phrase that runs to the verb, is the subject’s plural', () => {
  assert.equal(
    label('New plans for the stadium in Leeds will be published on Monday.', 'Monday'),
    'New plans for the stadium in Leeds will be published',
  );
  assert.equal(
    label('Fresh rules for landlords in York come into force in April.', 'April'),
    'Fresh rules for landlords in York come into force',
  );
  // negative: the verb of a name, with no verb after its phrase, or a clause opened after it
  assert.equal(
    label('Smith calls for calm after riots in Leeds on Monday.', 'Monday'),
    'Smith calls for calm after riots in Leeds',
  );
  assert.equal(label('Smith hopes for a deal that will be signed in May.', 'May'), 'A deal will be signed');
});

test('"meet" and "face" after a plural noun are verbs: fixtures read "The sides meet again in the cup"', () => {
  assert.equal(tags('The sides meet again in the cup.')[2], 'verb');
  assert.equal(label('The sides meet again in the cup on March 29.', 'March 29'), 'The sides meet again in the cup');
  assert.equal(label('The two clubs face each other on Saturday.', 'Saturday'), 'The two clubs face each other');
  // negative: after a singular noun, a compound's noun stays a noun ("the team face mask")
  assert.equal(tags('The team face mask was sold out.')[2], 'noun');
});
