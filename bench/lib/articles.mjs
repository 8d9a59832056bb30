// Generated news-like articles of a given size: sentences with the time phrases news uses, in
// varied order, so extraction benchmarks run on text shaped like the real thing.
import { prng, pick } from './prng.mjs';

const SUBJECTS = [
  'The minister',
  'Officials',
  'The central bank',
  'Rebel forces',
  'The company',
  'Lawmakers',
  'Prime Minister Jane Okafor',
  'The U.N. Security Council',
  'Police in Lyon',
  'Shareholders',
  'Mr. Kerry',
];
const VERBS = [
  'said',
  'announced',
  'met',
  'voted',
  'agreed',
  'warned',
  'reported',
  'rejected the plan',
  'will meet',
  'plans to vote',
  'signed a deal',
  'raised interest rates',
];
const TIMES = [
  'on Monday',
  'last month',
  'this year',
  'since mid-2013',
  'on Saturday evening',
  'a week later',
  'in the third quarter',
  'two days earlier',
  'in 2009',
  'last summer',
  'earlier this month',
  'next week',
  'on Oct. 3',
  'in March 2015',
  'three years ago',
  'for three weeks',
  'now',
  'the previous day',
  'in the 1990s',
  'by the end of the year',
  'at 3 p.m.',
  'in early 2016',
  'on Jan. 5, 2014',
];
const TAILS = [
  'after talks in Geneva',
  'according to a statement',
  'amid growing pressure from Washington',
  'despite objections from the opposition',
  'in a move that surprised analysts',
  'the agency said',
  'in the capital',
  'with 2,013 votes in favour',
  'as the U.S. economy slowed',
];
const FILLER = [
  'It was not clear what the move would mean for the region.',
  'The figures were in line with what economists had expected.',
  '"We will not bow to pressure," a spokesman told reporters.',
  'Dr. Smith, who leads the U.N. team, declined to comment.',
];

/** An article of about `bytes` characters (deterministic for a given seed). */
export function generateArticle(bytes, seed = 1) {
  const rand = prng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const sentence =
      rand() < 0.2
        ? pick(rand, FILLER)
        : `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, TIMES)} ${pick(rand, TAILS)}.`;
    parts.push(sentence);
    size += sentence.length + 1;
    if (rand() < 0.25) {
      parts.push('\n\n');
      size += 2;
    }
  }
  return parts.join(' ').slice(0, bytes);
}
