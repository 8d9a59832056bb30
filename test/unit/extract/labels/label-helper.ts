// Shared by the label tests: the label (and the rest of the description) of the event a time phrase dates.
import assert from 'node:assert/strict';
import { describeEvent, makeLabel, type EventLabel } from '../../../../src/extract/labels/index.js';
import { tagWords } from '../../../../src/extract/labels/tags.js';
import { tokenize } from '../../../../src/extract/words.js';

export interface LabelOptions {
  /** The phrase is governed by a "since" before it (the event builder passes its offset). */
  since?: boolean;
  /** The phrase is a length of time. */
  duration?: boolean;
  /** The sentence's other time phrases (the event builder passes them all). */
  others?: string[];
}

/** The description of the event dated by the first `phrase` in `sentence`. */
export function describe(sentence: string, phrase: string, options: LabelOptions = {}): EventLabel {
  const start = sentence.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  const governorStart = options.since ? sentence.lastIndexOf('since', start) : undefined;
  const otherPhrases = (options.others ?? []).map((other) => {
    const at = sentence.indexOf(other);
    assert.ok(at >= 0, other);
    return { start: at, end: at + other.length };
  });
  const request = {
    sentence,
    start,
    end: start + phrase.length,
    governorStart,
    phrase,
    duration: options.duration,
    otherPhrases,
  };
  const described = describeEvent(request, tagWords(tokenize(sentence)));
  assert.equal(described.label, makeLabel(request), 'makeLabel and describeEvent agree');
  return described;
}

export const label = (sentence: string, phrase: string, options: LabelOptions = {}) =>
  describe(sentence, phrase, options).label;

/** Words of a label as the referee counts them (a letter or a digit). */
export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
