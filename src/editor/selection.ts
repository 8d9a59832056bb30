/**
 * An event from words the author selected in the article: the sentence holding them, the time phrase
 * among them (read as extraction read it, or read afresh in its sentence), and a label from the clause,
 * made by extraction's own labeller. The author then changes what they like and adds it (draft.addEvent).
 */
import { findTimexes, makeLabel, splitSentences } from '../extract/index.js';
import type { EventList, TextSpan, Timex } from '../extract/types.js';
import type { AddedEvent, DateReading } from './types.js';

export interface SelectionProposal {
  /** The selection without the spaces at its ends: offsets in the article text. */
  start: number;
  end: number;
  text: string;
  /** The sentence (or sentences) holding the selection. */
  sentence: TextSpan;
  /** A label from the selected clause. */
  label: string;
  /** The time phrase in the selection, when it holds one: offsets in the article text. */
  phrase?: TextSpan;
  /** The phrase's date, when it can be placed. */
  reading?: DateReading;
  /** For people: what was found ("“last month”: September 2016"), or what the author must give. */
  message: string;
}

export type SelectionResult = { ok: true; proposal: SelectionProposal } | { ok: false; message: string };

const placeable = (t: Timex) =>
  t.from !== undefined && t.to !== undefined && t.type !== 'SET' && !t.value.endsWith('_REF') && t.from < t.to;

/** Longest selection that makes an event: a few sentences, not the article. */
export const MAX_SELECTION = 2000;

function tidyLabel(text: string): string {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:.!?—–-]+|[\s,;:!?—–-]+$/g, '')
    .split(' ');
  const label = words.slice(0, 20).join(' ');
  return label ? label[0]!.toUpperCase() + label.slice(1) : '';
}

function readingOf(timex: Timex, from: string, to: string, ongoing: boolean): DateReading {
  const reading: DateReading = {
    phrase: timex.text,
    matched: timex.text,
    value: timex.value,
    from,
    to,
    granularity: timex.granularity ?? (from.includes('T') ? 'minute' : 'day'),
    why: timex.why,
  };
  if (timex.mod) reading.mod = timex.mod;
  if (ongoing) reading.ongoing = true;
  return reading;
}

/** What an event made from `text.slice(start, end)` of `list.article.text` would be. */
export function proposeFromSelection(list: EventList, start: number, end: number): SelectionResult {
  const text = list.article.text;
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from >= to) return { ok: false, message: 'Select some words of the article first.' };
  if (to - from > MAX_SELECTION)
    return { ok: false, message: `Select a clause or a sentence (${MAX_SELECTION} characters at most).` };

  const sentences = splitSentences(text).filter((s) => s.end > from && s.start < to);
  const sentenceStart = sentences[0]?.start ?? from;
  const sentenceEnd = sentences.at(-1)?.end ?? to;
  const sentence: TextSpan = {
    start: Math.min(sentenceStart, from),
    end: Math.max(sentenceEnd, to),
    text: '',
  };
  sentence.text = text.slice(sentence.start, sentence.end);
  const selected = text.slice(from, to);

  // The extraction's reading of a phrase in the selection, with the interval its event has ("since …");
  // else the phrase read afresh in its sentence, against the publication date.
  let phrase: Timex | undefined = list.timexes.find((t) => t.start < to && t.end > from && placeable(t));
  let reading: DateReading | undefined;
  if (phrase) {
    const event = list.events.find((e) => e.timex === phrase!.id);
    reading = readingOf(phrase, event?.from ?? phrase.from!, event?.to ?? phrase.to!, Boolean(event?.ongoing));
  } else {
    const found = findTimexes(sentence.text, list.article.published).find(
      (t) => sentence.start + t.start < to && sentence.start + t.end > from && placeable(t),
    );
    if (found) {
      phrase = { ...found, start: sentence.start + found.start, end: sentence.start + found.end };
      reading = readingOf(phrase, found.from!, found.to!, false);
    }
  }

  let label = '';
  if (phrase) {
    // the clause the selection gives, else (the selection is little more than the phrase) the sentence's
    const inSelection = phrase.start >= from && phrase.end <= to;
    if (inSelection)
      label = makeLabel({
        sentence: selected,
        start: phrase.start - from,
        end: phrase.end - from,
        phrase: phrase.text,
      });
    if (label.split(' ').length < 3)
      label = makeLabel({
        sentence: sentence.text,
        start: phrase.start - sentence.start,
        end: phrase.end - sentence.start,
        phrase: phrase.text,
      });
  }
  if (!label.trim()) label = tidyLabel(selected);

  const proposal: SelectionProposal = {
    start: from,
    end: to,
    text: selected,
    sentence,
    label,
    message: reading
      ? `The selection’s time phrase “${phrase!.text}” dates it.`
      : 'The selection holds no time phrase that can be placed: type its date.',
  };
  if (phrase && reading) {
    proposal.phrase = { start: phrase.start, end: phrase.end, text: phrase.text };
    proposal.reading = reading;
  }
  return { ok: true, proposal };
}

/**
 * The added event the author confirms: the proposal with their label and date. The phrase's offsets
 * are kept only when `date` is the phrase's own reading (else the author dated it by hand).
 */
export function addedFromProposal(proposal: SelectionProposal, label: string, date: DateReading): AddedEvent {
  const { sentence } = proposal;
  const added: AddedEvent = {
    sentence: sentence.text,
    sentenceStart: sentence.start,
    start: proposal.start - sentence.start,
    end: proposal.end - sentence.start,
    label,
    date,
  };
  const own = proposal.reading;
  const same =
    own !== undefined &&
    own.from === date.from &&
    own.to === date.to &&
    own.value === date.value &&
    own.granularity === date.granularity &&
    own.mod === date.mod;
  if (proposal.phrase && same)
    added.phrase = { start: proposal.phrase.start - sentence.start, end: proposal.phrase.end - sentence.start };
  return added;
}
