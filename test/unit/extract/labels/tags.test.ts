// The coarse parts of speech and verb groups the clause model reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findVerbGroups, type Sentence } from '../../../../src/extract/labels/segments.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';
import { label } from './label-helper.js';

const tags = (text: string) => tagWords(tokenize(text)).map((w) => `${w.token.core}/${w.tag}`);

function groups(text: string): string[] {
  const words = tagWords(tokenize(text));
  const s: Sentence = {
    words,
    phraseStart: -1,
    phraseEnd: -1,
    governorStart: -1,
    groups: [],
    groupOf: new Array<number>(words.length),
  };
  findVerbGroups(s);
  return s.groups.map(
    (g) =>
      `${g.kind}:${words
        .slice(g.start, g.end)
        .map((w) => w.token.core)
        .join(' ')}`,
  );
}

test('closed classes, past forms and capitals', () => {
  assert.deepEqual(tags('The court rejected the appeal of Maria Lopez.'), [
    'the/det',
    'court/noun',
    'rejected/ved',
    'the/det',
    'appeal/noun',
    'of/prep',
    'maria/name',
    'lopez/name',
  ]);
});

test('context: adjectives after determiners, nouns in -ing, verbs after modals and pronouns', () => {
  assert.deepEqual(tags('the revised offer'), ['the/det', 'revised/noun', 'offer/noun']);
  assert.deepEqual(tags('in composite trading on Friday'), [
    'in/prep',
    'composite/noun',
    'trading/noun',
    'on/prep',
    'friday/name',
  ]);
  assert.deepEqual(tags('the board will vote'), ['the/det', 'board/noun', 'will/modal', 'vote/verb']);
  assert.deepEqual(tags('it plans to redeem its notes'), [
    'it/pron',
    'plans/verb',
    'to/to',
    'redeem/verb',
    'its/det',
    'notes/noun',
  ]);
  // a determiner right before a verb stands alone; before an adjective it does not
  assert.deepEqual(tags('this was new'), ['this/pron', 'was/aux', 'new/noun']);
  assert.deepEqual(tags('some unfinished business'), ['some/det', 'unfinished/noun', 'business/noun']);
});

test('verb groups: auxiliaries with their main verb, participles, gerunds and infinitives', () => {
  assert.deepEqual(groups('Rebels have been shelling the town.'), ['finite:have been shelling']);
  assert.deepEqual(groups('Talks convened by the mayor failed.'), ['participle:convened', 'finite:failed']);
  assert.deepEqual(groups('Farmers voted to end the boycott, hoping for a deal.'), [
    'finite:voted',
    'infinitive:to end',
    'gerund:hoping',
  ]);
  assert.deepEqual(groups('Under a deal signed by both firms, the plant reopened.'), [
    'participle:signed',
    'finite:reopened',
  ]);
});

test('negative: a plural noun is no verb, a name is no verb', () => {
  assert.deepEqual(groups('Syrian forces loyal to the army entered the town.'), ['finite:entered']);
  assert.deepEqual(groups('The United States objected.'), ['finite:objected']);
});

test('an "-s" form after a quantity word or before an auxiliary is a noun; after a pronoun, a verb', () => {
  assert.ok(tags('Smith was fined in several states last year.').includes('states/noun'));
  assert.ok(tags('Some reports said the dam broke.').includes('reports/noun'));
  assert.ok(tags('Those price cuts will hurt margins.').includes('cuts/noun'));
  assert.ok(tags('The vital signs are stable.').includes('signs/noun'));
  // negative: a subject's verb stays a verb
  assert.ok(tags('He plans to sell the farm.').includes('plans/verb'));
  assert.ok(tags('Many said the vote was fair.').includes('many/pron'));
});

test('an "-ing" word between a verb and its noun is an adjective, unless the verb takes an "-ing" clause', () => {
  assert.ok(tags('The fund had to pay departing investors.').includes('departing/noun'));
  assert.ok(tags('The chain reported rising sales.').includes('rising/noun'));
  assert.ok(tags('The mill will add rice-processing capacity.').includes('rice-processing/noun'));
  // negative: "began selling shares", "stopped shipping the product"
  assert.ok(tags('The bank began selling shares.').includes('selling/ing'));
  assert.ok(tags('The firm stopped shipping the product.').includes('shipping/ing'));
});

test('"Nothing", "someone" are nouns; a preposition is a noun only after an article', () => {
  assert.deepEqual(tags('Nothing is certain.').slice(0, 2), ['nothing/noun', 'is/aux']);
  assert.deepEqual(tags('The following are'), ['the/det', 'following/noun', 'are/aux']);
  assert.deepEqual(tags('1,800 francs each for a block').slice(2, 4), ['each/det', 'for/prep']);
});

test('an "-s" verb before its object, after an adverb, after "that" of a relative clause', () => {
  assert.equal(tags('The shop sells music and films.')[2], 'sells/verb');
  assert.equal(tags('The store currently sells films.')[3], 'sells/verb');
  assert.equal(tags('The firm that makes the drug')[3], 'makes/verb');
  // negative: a noun before a verb or an auxiliary, and "that" after a verb
  assert.equal(tags('The company’s price cuts hurt earnings.')[3], 'cuts/noun');
  assert.equal(tags('Price cuts will follow.')[1], 'cuts/noun');
  assert.equal(tags('He said that plans were made.')[3], 'plans/noun');
  // a plural that a participle and its agent describe ("changes | mandated by"); a verb before its object stays
  assert.ok(tags('Farmers reeling from tax changes mandated by Congress protested.').includes('changes/noun'));
  assert.ok(tags('The shop sells used cars.').includes('sells/verb'));
  assert.ok(tags('The driver gets paid by the hour.').includes('gets/verb'));
  // after an article and a noun, before an auxiliary: the subject's noun, in lower case as in capitals read so
  assert.ok(tags('the united states has said it would act.').includes('states/noun'));
  assert.ok(tags('the united states will vote.').includes('states/noun'));
  // negative: "is" after a verb of a free relative ("what the report states is clear"), and no article before
  assert.ok(tags('What the report states is clear.').includes('states/verb'));
  assert.ok(tags('He states he will act.').includes('states/verb'));
});

test('a base verb after "they", "we", "I", "you", and after "to" even in "-ss"; nouns there stay nouns', () => {
  assert.ok(tags('They want the plan.').includes('want/verb'));
  assert.ok(tags('We support the plan.').includes('support/verb'));
  assert.ok(tags('Officials met to discuss the plan.').includes('discuss/verb'));
  assert.ok(tags('The firm moved to address the issue.').includes('address/verb'));
  // negative: a noun after a pronoun or a plural after "to" is no verb
  assert.ok(tags('We residents want answers.').includes('residents/noun'));
  assert.ok(tags('They switched to bonds last year.').includes('bonds/noun'));
});

test('an "-ing" word between a singular noun and the noun that ends the phrase is part of a compound', () => {
  assert.ok(tags('The bank holding company in Ohio').includes('holding/noun'));
  assert.ok(tags('He runs a data processing unit in Ohio').includes('processing/noun'));
  // negative: after a plural or a number, before a noun that goes on, or before "something", a verb
  assert.ok(tags('Firms doing business in China').includes('doing/ing'));
  assert.ok(tags('The agency requesting extra state funds').includes('requesting/ing'));
  assert.ok(tags('The government doing something that hurts').includes('doing/ing'));
  assert.ok(tags('The two winning teams').includes('winning/ing'));
});

test('an "-s" form of a verb of saying right after a past form is its object', () => {
  assert.ok(tags('The firm filed claims for damages').includes('claims/noun'));
  assert.ok(tags('Officials denied reports of a strike').includes('reports/noun'));
  // negative: after a noun it is the verb
  assert.ok(tags('The firm claims damages').includes('claims/verb'));
});

test('an absolute phrase after "with" holds no verb: "with 7:42 left", "with ten minutes left"', () => {
  assert.ok(tags('He scored with 7:42 left in the half.').includes('left/noun'));
  assert.ok(tags('The key play came with ten minutes left.').includes('left/noun'));
  // negative: a verb after "with" and a clause ("with Smith and left", "with whom he left")
  assert.ok(tags('He shook hands with Smith and left early.').includes('left/ved'));
  assert.ok(tags('The friend with whom he left was questioned.').includes('left/ved'));
});

test('negative: a verb after "with" and a name is the verb of the clause ("talks with Elven Lines broke down")', () => {
  assert.ok(tags('Pay talks with the ferry company broke down on Monday.').includes('broke/ved'));
});

test('an "-s" verb before "to" and a verb, after a comma, "and" or an adverb', () => {
  assert.equal(tags('Acme, which makes tools, still plans to open a shop.')[5], 'plans/verb');
  assert.equal(tags('The party won seats, and hopes to win more.')[5], 'hopes/verb');
  assert.equal(tags('The firm, hurt by its loss, expects to report a profit.')[6], 'expects/verb');
  // negative: after a determiner, "plans to" is a noun and its infinitive
  assert.equal(tags('The council approved the plans to expand the plant.')[4], 'plans/noun');
  assert.equal(tags('Its loss, and the plans to expand, hurt.')[4], 'plans/noun');
});

test('a capital word in "-ing" or "-ed" with a possessive or a capital inside is a name', () => {
  assert.equal(tags("Harding's appeal was rejected.")[0], 'harding/name');
  assert.equal(tags('BlueKing, which ran the forum, shut it.')[0], 'blueking/name');
  // negative: a participle that opens a sentence stays one
  assert.equal(tags('Speaking to reporters, he left.')[0], 'speaking/ing');
  assert.equal(tags('Nicknamed Chin, he left.')[0], 'nicknamed/ved');
});

test('"Fed" opening a sentence before a name is the central bank, not a past of "feed"', () => {
  assert.equal(tags('Fed Chair Jerome Powell testifies next week.')[0], 'fed/name');
  assert.equal(tags('Fed up with delays, residents protested.')[0], 'fed/ved');
});

test('"US" is the country: in capitals, and in lower case opening a sentence or after an article before a noun', () => {
  assert.equal(tags('US troops will leave the base on Friday.')[0], 'us/name');
  assert.equal(tags('us troops will leave the base on friday.')[0], 'us/name');
  assert.equal(tags('the us economy grew in may.')[1], 'us/name');
  assert.equal(label('US troops will leave the base on Friday.', 'Friday'), 'US troops will leave the base');
  // negative: the pronoun after a verb or a preposition
  assert.equal(tags('they told us troops were coming.')[2], 'us/pron');
  assert.equal(tags('Officials gave us water on Friday.')[2], 'us/pron');
});

test('posts type negatives without the apostrophe; a common verb after a form of "do" is its base verb', () => {
  assert.equal(tags('the bins still havent been collected')[3], 'havent/aux');
  assert.equal(tags('the council didnt reply on monday')[2], 'didnt/aux');
  assert.equal(tags("I don't think the road will reopen before Friday.")[2], 'think/verb');
  assert.equal(label('i dont think the road will reopen before friday', 'friday'), 'The road will reopen');
  assert.equal(
    label('the bins still havent been collected since last thursday', 'last thursday'),
    'The bins still havent been collected',
  );
  // negative: a noun after "do" that is no verb stays a noun ("do homework")
  assert.equal(tags('They do homework on Sundays.')[2], 'homework/noun');
});

test('an "-ing" noun: after a subordinator before an auxiliary, and after a noun that opens the line before a past form', () => {
  assert.ok(tags('The low point came when funding was frozen.').includes('funding/noun'));
  assert.ok(tags('Heatwave: amber warning extended as temperatures rise.').includes('warning/noun'));
  // negative: a gerund with its object, and a plural's "-ing" (the people who do it)
  assert.ok(tags('Officers chasing the car crashed.').includes('chasing/ing'));
  assert.ok(tags('It rained when leaving the stadium.').includes('leaving/ing'));
});

test('an "-ing" noun right after a verb of saying, before an auxiliary or a modal, is its clause\'s subject', () => {
  assert.ok(tags('He said trading had weakened sharply in the last six weeks.').includes('trading/noun'));
  assert.ok(tags('The minister says spending will rise next year.').includes('spending/noun'));
  // negative: a gerund with its object, and a comma after the verb
  assert.ok(tags('She said meeting the target was hard.').includes('meeting/ing'));
  assert.ok(tags('He said, looking ahead, it would rain.').includes('looking/ing'));
});

test('a past form that is also a base form, after "he", "she" or "it" that open a clause, is a past verb', () => {
  assert.ok(tags('Profits came in higher than it forecast in the spring.').includes('forecast/ved'));
  assert.ok(tags('When she broadcast the appeal, calls poured in.').includes('broadcast/ved'));
  // negative: after a verb or a preposition the pronoun is an object, and the word after it no verb
  assert.ok(tags('The agency gave it forecast powers.').includes('forecast/noun'));
  assert.ok(tags('Ministers voted for it forecast or not.').includes('forecast/noun'));
});

test('"how" opens a clause, except before a quantity', () => {
  assert.ok(tags('Officials asked how the fire spread.').includes('how/sub'));
  assert.ok(tags('How the fire spread is unclear.').includes('how/sub'));
  // negative: "how many", "how much" open a noun phrase
  assert.ok(!tags('How many homes burned is unclear.').includes('how/sub'));
  assert.ok(!tags('They asked how much money was lost.').includes('how/sub'));
});

test('a past form between a determiner with its modifiers and the noun of a clause’s subject is an adjective', () => {
  assert.deepEqual(groups('The typical five-year fixed loan rose to 4.8%.'), ['finite:rose']);
  assert.deepEqual(groups('The revised figures are due soon.'), ['finite:are']);
  // negative: a verb with its object and a participle after it; a subject and its verb before an object
  assert.deepEqual(groups('The council approved plans unveiled in May.'), ['finite:approved', 'participle:unveiled']);
  assert.deepEqual(groups('Investors sold shares fast.'), ['finite:sold']);
});

test('in a sentence without capitals, the verb after a relative aside that follows the opening noun phrase', () => {
  assert.ok(tags('rovers, who last won the cup in 1998, host city on sunday.').includes('host/verb'));
  // negative: with capitals, a lower-case noun after the aside is no object of a verb there
  assert.ok(tags('Rovers, who last won the cup in 1998, host city fans on Sunday.').includes('host/noun'));
});

test('"til", as informal posts write "till", is a preposition that may open a clause', () => {
  assert.ok(tags('Refunds open Monday til the end of the month.').includes('til/prep'));
  assert.ok(tags('We waited til the doors opened.').includes('til/prep'));
});

test('an "-s" word ending an object after a verb is a plural noun, not a second verb', () => {
  assert.ok(tags('The board had tightened its lending rules in 2022.').includes('rules/noun'));
  assert.ok(tags('The mill cut the overtime shifts on Friday.').includes('shifts/noun'));
  // negative: after a verb of saying or thinking the noun phrase may be a clause's subject
  assert.ok(tags('The chief said the bakery plans a sale.').includes('plans/verb'));
  assert.ok(tags('Officials believe the city needs two more bridges.').includes('needs/verb'));
  // negative: a subject at the start of its clause keeps its verb
  assert.ok(tags('The ferry company plans a new route.').includes('plans/verb'));
});

test('a sentence that opens with a noun phrase and has no verb before "that" has its verb inside it', () => {
  assert.ok(tags('The leaflet contains advice that was drafted by nurses.').includes('contains/verb'));
  assert.ok(tags('The deal includes pay rises that were agreed in May.').includes('rises/noun'));
  // negative: a compound subject whose verb comes after the relative clause
  assert.ok(tags('The state sales tax rates that were set in May rose.').includes('sales/noun'));
});

test('an "-s" word right before "that" and a verb is the relative clause’s noun', () => {
  assert.ok(tags('The fare rises that were announced in May hit commuters.').includes('rises/noun'));
  // negative: a verb of saying may take "that" as a pronoun object
  assert.ok(tags('The chief says that was a mistake.').includes('says/verb'));
});

test('an "-s" word before a past the same as its base ("hit", "hurt") is the subject’s plural', () => {
  assert.ok(tags('The fare rises hit commuters in May.').includes('rises/noun'));
  // negative: before a noun it is the verb
  assert.ok(tags('The firm cuts costs in May.').includes('cuts/verb'));
});

test('"once" after an adverb or a past form, before a preposition, counts times: no clause opens there', () => {
  const once = (sentence: string) => tagWords(tokenize(sentence)).find((w) => w.token.core === 'once')!.tag;
  assert.equal(once('The club has won only once since March.'), 'adv');
  assert.equal(once('The envoys met once in May.'), 'adv');
  assert.equal(
    label('The club has won only once since March and has not scored in five games.', 'March', { since: true }),
    'The club has won only once',
  );
  // negative: after a base verb it may open a clause ("will fall once | in 2027 the mine opens")
  assert.equal(once('Prices will fall once in 2027 the mine opens.'), 'sub');
});

test('after a modal and "not" or "never", the word is the verb: "could not | stop the bleeding"', () => {
  assert.equal(
    label('Doctors could not stop the bleeding that began on Monday.', 'Monday'),
    'The bleeding began on Monday',
  );
  assert.equal(
    label('Police will never forget the bomb that exploded in the square on Monday.', 'Monday'),
    'The bomb exploded in the square',
  );
  assert.equal(label('Surgeons could not save the leg that was crushed on Monday.', 'Monday'), 'The leg was crushed');
  // negative: "not" with no modal before it leaves the word as the sentence reads it
  assert.equal(label('Not stop signs but lights were installed on Monday.', 'Monday'), 'Lights were installed');
});

test('a word ending in -s right after "of" is a noun: "$500 million of | notes due 2031"', () => {
  assert.equal(
    label('The company sold $500 million of notes due 2031 on Tuesday.', 'Tuesday'),
    'The company sold $500 million of notes due 2031',
  );
  // negative: a verb after a whole "of" phrase stays one
  assert.equal(label('The price of oil falls on Tuesday.', 'Tuesday'), 'The price of oil falls');
});
