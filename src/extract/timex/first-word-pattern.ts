/**
 * A scan for a pattern that matches only where a word starts, `\b(?=[a-z'])(?:(g1)|(g2)|…)\b`, made of a long list
 * of alternatives in a few groups (the tense refiner's verb cues). The regex engine tries every alternative at
 * every word, most of which start no cue. Here the first word of each alternative is read from its source once
 * ("was" in `was\s+to`, "expect" and "expects" in `expects?`, -ed words for `[a-z]{3,}ed`); a word of the text is
 * then tried, with the alternatives that may start with it only, when it is one of them. The alternatives keep
 * their order and the groups their numbers, so the matches are the plain pattern's (first-word-pattern.test.ts).
 */
import { isAsciiWordChar } from './word-index.js';

/** The first words of an alternative: the words it may start with, or, for `[a-z]{3,}ed`, a length and ending. */
type FirstWords = { words: Set<string> } | { minLength: number; ending: string };

export class FirstWordPattern {
  /** The plain pattern (global): what `exec` finds, found by trying every alternative at every word. */
  readonly plain: RegExp;
  /**
   * The first words (lower case) with the pattern of their alternatives, by the hash of the word (hashWord), in an
   * open-addressing table of their indices plus one, at most a quarter full: a word is read by its character codes,
   * since a lower-case copy of every word of a text would cost more than the regex engine's try.
   */
  private readonly entries: { word: string; hash: number; pattern: RegExp }[] = [];
  private slots = new Int32Array(64);
  /** Words no longer than this may be in `entries`. */
  private longest = 0;
  /** The pattern of the words that start with an apostrophe (`'ll`). */
  private apostrophe: RegExp | undefined;
  /** The alternatives known by a length and an ending; a word in neither list starts no match. */
  private readonly endings: { minLength: number; ending: string }[] = [];
  /** The pattern of the alternatives known by their endings, by the bits of the endings a word has. */
  private readonly byEndings = new Map<number, RegExp>();
  /**
   * Every alternative's first words are known: otherwise every word is tried with `plain`, several times slower (one
   * alternative of unknown first words is enough).
   */
  readonly gated: boolean;
  private readonly alternatives: { source: string; first: FirstWords | null }[][];

  /** `groups`: the sources of the capturing groups, in order; `flags`: the pattern's flags (no g, y). */
  constructor(
    groups: readonly string[],
    private readonly flags = 'i',
  ) {
    this.plain = new RegExp(`\\b(?=[a-z'])(?:${groups.map((g) => `(${g})`).join('|')})\\b`, `${flags}g`);
    const alternatives = groups.map((g) =>
      topLevelAlternatives(g).map((source) => ({ source, first: firstWords(source) })),
    );
    this.alternatives = alternatives;
    this.gated = alternatives.every((list) => list.every((a) => a.first !== null));
    if (!this.gated) return;
    const words = new Set<string>();
    for (const list of alternatives)
      for (const { first } of list) {
        if (first === null) continue;
        if ('words' in first) for (const w of first.words) words.add(w);
        else if (!this.endings.some((e) => e.minLength === first.minLength && e.ending === first.ending))
          this.endings.push(first);
      }
    for (const word of words) {
      const bits = word === "'" ? 0 : this.endingBits(word, 0, word.length);
      const pattern = this.patternOf((first) =>
        'words' in first ? first.words.has(word) : (bits & (1 << this.endingIndex(first))) !== 0,
      );
      if (word === "'") {
        this.apostrophe = pattern;
        continue;
      }
      this.longest = Math.max(this.longest, word.length);
      this.entries.push({ word, hash: hashWord(word, 0, word.length), pattern });
      if (this.entries.length * 4 > this.slots.length) this.slots = new Int32Array(this.slots.length * 2);
    }
    this.entries.forEach((e, k) => {
      const mask = this.slots.length - 1;
      let slot = e.hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = k + 1;
    });
  }

  /** The first match starting at or after `from` (what `plain` finds with lastIndex `from`), or null. */
  exec(text: string, from: number): RegExpExecArray | null {
    if (!this.gated) {
      this.plain.lastIndex = from;
      return this.plain.exec(text);
    }
    const n = text.length;
    const { slots, entries } = this;
    const mask = slots.length - 1;
    for (let at = from; at < n; at++) {
      const code = text.charCodeAt(at);
      let pattern: RegExp | undefined;
      if (isLetter(code)) {
        let hash = Math.imul(0x811c9dc5 ^ (code | 0x20), 0x01000193);
        let end = at + 1;
        for (; end < n; end++) {
          const c = text.charCodeAt(end);
          if (!isLetter(c)) break;
          hash = Math.imul(hash ^ (c | 0x20), 0x01000193);
        }
        // `\b` before a letter: no word character before it (a word's inside is skipped)
        if (at === 0 || !isAsciiWordChar(text.charCodeAt(at - 1))) {
          if (end - at <= this.longest) {
            hash &= SMALL_HASH;
            for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
              const e = entries[slots[slot]! - 1]!;
              if (e.hash === hash && sameLetters(text, at, end, e.word)) {
                pattern = e.pattern;
                break;
              }
            }
          }
          if (pattern === undefined && this.endings.length > 0) {
            const bits = this.endingBits(text, at, end);
            if (bits !== 0) pattern = this.byEndings.get(bits) ?? this.endingPattern(bits);
          }
        }
        if (pattern !== undefined) {
          pattern.lastIndex = at;
          const match = pattern.exec(text);
          if (match) return match;
        }
        at = end - 1; // (an apostrophe right after the word is tried next)
      } else if (code === 0x27 && this.apostrophe && at > 0 && isAsciiWordChar(text.charCodeAt(at - 1))) {
        this.apostrophe.lastIndex = at;
        const match = this.apostrophe.exec(text);
        if (match) return match;
      }
    }
    return null;
  }

  /** Bit k: the letters [start, end) of `text` have the length and the ending of `endings[k]` (in any case). */
  private endingBits(text: string, start: number, end: number): number {
    let bits = 0;
    for (let k = 0; k < this.endings.length; k++) {
      const { minLength, ending } = this.endings[k]!;
      if (end - start >= minLength && sameLetters(text, end - ending.length, end, ending)) bits |= 1 << k;
    }
    return bits;
  }

  private endingIndex(first: { minLength: number; ending: string }): number {
    return this.endings.findIndex((e) => e.minLength === first.minLength && e.ending === first.ending);
  }

  /** The pattern of the alternatives of a word in no list but with the endings `bits`. */
  private endingPattern(bits: number): RegExp {
    const pattern = this.patternOf((first) => !('words' in first) && (bits & (1 << this.endingIndex(first))) !== 0);
    this.byEndings.set(bits, pattern);
    return pattern;
  }

  /** The sticky pattern of the alternatives that `keep` keeps, each group in its place (`(?!)` when empty). */
  private patternOf(keep: (first: FirstWords) => boolean): RegExp {
    const groups = this.alternatives.map((list) => {
      const kept = list.filter((a) => a.first !== null && keep(a.first)).map((a) => a.source);
      return `(${kept.length > 0 ? kept.join('|') : '(?!)'})`;
    });
    // (the look-ahead is the plain pattern's: without the `i` flag, it keeps a capital from opening a match)
    return new RegExp(`(?=[a-z'])(?:${groups.join('|')})\\b`, `${this.flags}y`);
  }
}

/** Hashes are cut to 30 bits, which V8 keeps as small integers. */
const SMALL_HASH = 0x3fffffff;

/** A hash of the letters [start, end) of `text`, in lower case (FNV-1a). */
function hashWord(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h & SMALL_HASH;
}

/** Whether the ASCII letters [start, end) of `text` are `word` (lower case), in any case. */
function sameLetters(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(i - start)) return false;
  return true;
}

/** ASCII letters: `[a-z]` with the `i` flag (no other character folds to one without the `u` flag). */
function isLetter(code: number): boolean {
  return ((code | 0x20) - 0x61) >>> 0 < 26;
}

/** The alternatives of a pattern source at its top level (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The index of the `)` that closes the group opened at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Above this many first words, an alternative is taken as unknown. */
const MAX_WORDS = 512;

/**
 * The first words of an alternative (lower case; "'" for one that starts with an apostrophe), or null when they
 * cannot be read from its source: only letters, optional letters, groups of such, look-arounds, `\b`, and then a
 * character that is no letter (`\s`, an apostrophe) are read. The words are a superset of what it may match: a
 * look-around is skipped, as if it always held.
 */
export function firstWords(alternative: string): FirstWords | null {
  const ending = /^\[a-z\]\{(\d+),\}([a-z]+)$/.exec(alternative);
  if (ending) return { minLength: Number(ending[1]) + ending[2]!.length, ending: ending[2]! };
  const partials = readWords(alternative, [{ word: '', done: false }]);
  if (partials === null || partials.length > MAX_WORDS) return null;
  // the alternative's end: the pattern's `\b` after it ends the word
  const words = new Set(partials.map((p) => p.word));
  return words.has('') ? null : { words };
}

interface Partial {
  word: string;
  /** The word has ended (a character that is no letter follows it). */
  done: boolean;
}

/** The partial words after reading `source` (a sequence) from `partials`, or null when it cannot be read. */
function readWords(source: string, partials: Partial[]): Partial[] | null {
  let i = 0;
  while (i < source.length) {
    if (partials.length > MAX_WORDS) return null;
    if (partials.every((p) => p.done)) return partials; // what follows the words does not change them
    const c = source[i]!;
    let next: number;
    let kind: 'letter' | 'other' | 'group';
    let inner = '';
    if (c === '(') {
      const end = groupEnd(source, i);
      if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
        i = end + 1; // a look-around reads nothing
        if (/^[?*+{]/.test(source.slice(i, i + 1))) return null;
        continue;
      }
      if (source[i + 1] === '?' && source[i + 2] !== ':') return null;
      inner = source.slice(source[i + 1] === '?' ? i + 3 : i + 1, end);
      kind = 'group';
      next = end + 1;
    } else if (c === '\\') {
      const e = source[i + 1] ?? '';
      next = i + 2;
      if (e === 'b') {
        // after letters, `\b` ends the word
        partials = partials.map((p) => (p.word === '' ? p : { word: p.word, done: true }));
        i = next;
        continue;
      }
      if (e === 's' || e === 'd' || /^[^A-Za-z0-9]$/.test(e)) kind = 'other';
      else return null;
    } else if (/[A-Za-z]/.test(c)) {
      kind = 'letter';
      next = i + 1;
    } else if ('[.^$|)'.includes(c)) return null;
    else {
      kind = 'other';
      next = i + 1;
    }
    const quantifier = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(source.slice(next))?.[0] ?? '';
    i = next + quantifier.length;
    const q = quantifier.replace(/\?$/, '') || (quantifier === '?' ? '?' : '');
    const optional = q === '?';
    const once = quantifier === '';
    const done = partials.filter((p) => p.done);
    const open = partials.filter((p) => !p.done);
    if (kind === 'letter') {
      if (!once && !optional) return null;
      const letter = c.toLowerCase();
      partials = [...done, ...open.map((p) => ({ word: p.word + letter, done: false })), ...(optional ? open : [])];
    } else if (kind === 'other') {
      // a character that is no letter ends the word, if one must be read
      if (!(once || q === '+' || /^\{[1-9]/.test(q))) return null;
      if (open.some((p) => p.word === '')) {
        if (c !== "'" || !once) return null; // a match that starts with no letter: only "'"
        partials = [...done, ...open.map((p) => ({ word: p.word === '' ? "'" : p.word, done: true }))];
      } else partials = [...done, ...open.map((p) => ({ word: p.word, done: true }))];
    } else {
      if (!once && !optional) return null;
      const read: Partial[] = [];
      for (const alternative of topLevelAlternatives(inner)) {
        const after = readWords(alternative, open);
        if (after === null) return null;
        read.push(...after);
      }
      partials = [...done, ...read, ...(optional ? open : [])];
    }
  }
  return partials;
}
