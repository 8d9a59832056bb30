/**
 * "The same happening": whether two mentions in different articles report one thing that happened.
 * Their times must fit (time.ts), and they must tell the same action on the same participants:
 * - participants: the names of their sentences, compared word by word ("Reid" is "Tara Reid");
 * - the action: a word the story uses as a verb, in both ("arrested" and "the arrest"), or the verb
 *   of one's label in the other (the trigger's lemma; synonyms.ts makes "died" and "death" one);
 * - what the clause is about: the content words the two sentences share.
 * Rules of our own; precision first: a wrong merge misleads a reader more than a missed one, so the
 * less the times say, the more the words must.
 */
import type { MentionReading } from './reading.js';
import { relateTimes, timeEvidence, type Closeness, type TimeRelation } from './time.js';

/** The evidence that two mentions report the same happening. */
export interface Evidence {
  time: TimeRelation;
  /** What the times say: see timeEvidence. */
  closeness: Closeness;
  sharedNames: number;
  sharedWords: number;
  /** Words of both that the story uses as verbs. */
  sharedActions: number;
  /** Verbs of either label that the other's clause has too. */
  sharedLabelActions: number;
  /** Shared content words over the smaller sentence's content words. */
  overlap: number;
  /** One of the sentences tells of a repeat ("again", "continued to"). */
  repeated: boolean;
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function evidence(a: MentionReading, b: MentionReading): Evidence {
  const sharedWords = countShared(a.words, b.words);
  const labelActions = new Set<string>();
  for (const v of a.labelActions) if (b.clauseWords.has(v)) labelActions.add(v);
  for (const v of b.labelActions) if (a.clauseWords.has(v)) labelActions.add(v);
  const smaller = Math.min(a.words.size, b.words.size);
  return {
    time: relateTimes(a.when, b.when),
    closeness: timeEvidence(a.when, b.when, a.value, b.value),
    sharedNames: countShared(a.names, b.names),
    sharedWords,
    sharedActions: countShared(a.actions, b.actions),
    sharedLabelActions: labelActions.size,
    overlap: smaller ? sharedWords / smaller : 0,
    repeated: a.repeated || b.repeated,
  };
}

/**
 * Every rule asks for at least this many shared content words: merging looks only at pairs that
 * share them (an index of words finds those pairs without comparing every mention with every other).
 */
export const MIN_SHARED_WORDS = 3;

/** How much the times weigh in ordering the links that pass (the surest merge first). */
const TIME_WEIGHT: Record<Closeness, number> = { close: 4, days: 2, loose: 0, adjacent: 0, apart: 0 };

/**
 * The same-happening test: 0 when the two mentions are not shown to report one happening, else how
 * sure it is (higher is surer; only the order matters).
 * - close (the same day or week): a shared action and two more shared words (who or what it happened
 *   to: "police arrested" alone is no happening); or three shared words, one a name, that make 30% of
 *   the shorter sentence's.
 * - days (both a day, but one not placed: "yesterday" in an article with no date): a shared action on
 *   a shared name with three shared words; or three shared words with a name, 40% of the shorter
 *   sentence's; or four, 30%.
 * - loose (a year and a day; "this year" with no date): a label's verb in the other clause, on a shared
 *   name, with three shared words; or a shared action, two shared names and five shared words, 40%.
 * - adjacent days (Thursday and Friday: time zones, late-night reports): a label's verb in the other
 *   clause, a shared name, four shared words that make half of the shorter sentence's, and no word of
 *   a repeat ("continued to fall" the next day is another fall). The event then says its dates disagree.
 */
export function sameHappening(e: Evidence): number {
  const { sharedActions: actions, sharedLabelActions: labelVerbs, sharedNames: names, sharedWords: words } = e;
  const { overlap } = e;
  if (words < MIN_SHARED_WORDS) return 0;
  let passes: boolean;
  switch (e.closeness) {
    case 'apart':
      return 0;
    case 'close':
      passes = (actions >= 1 && words >= 3) || (words >= 3 && overlap >= 0.3 && names >= 1);
      break;
    case 'days':
      passes =
        (actions >= 1 && names >= 1 && words >= 3) ||
        (words >= 3 && overlap >= 0.4 && names >= 1) ||
        (words >= 4 && overlap >= 0.3 && names >= 1);
      break;
    case 'loose':
      passes =
        (labelVerbs >= 1 && names >= 1 && words >= 3) || (actions >= 1 && names >= 2 && words >= 5 && overlap >= 0.4);
      break;
    case 'adjacent':
      passes = !e.repeated && labelVerbs >= 1 && names >= 1 && words >= 4 && overlap >= 0.5;
      break;
  }
  if (!passes) return 0;
  return TIME_WEIGHT[e.closeness] + 2 * actions + Math.min(names, 3) + words + 2 * overlap;
}
