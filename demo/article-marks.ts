/**
 * Cuts an article into what the reading view draws: paragraphs, the sentences that carry events, and
 * the time phrases inside them. Pure: offsets in, plain objects out; the view renders them as text.
 */
import type { EventList } from '../src/extract/types.js';

/** A stretch of text with one meaning: inside at most one time phrase. */
export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Id of the timex this run belongs to (a phrase cut by a sentence edge gives two runs with the same id). */
  timex?: string;
  /** Events dated by that timex. */
  events: string[];
}

/** Consecutive runs of one paragraph inside one event sentence (or outside any). */
export interface SentenceGroup {
  /** `start-end` of the sentence, or null for text in no event's sentence. */
  key: string | null;
  /** Events whose sentence this is. */
  events: string[];
  runs: TextRun[];
}

export interface ArticleParagraph {
  start: number;
  end: number;
  groups: SentenceGroup[];
}

interface Span {
  start: number;
  end: number;
}

/** Paragraphs: text between blank lines, trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\r\f\v]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Sorted spans clipped so that none overlaps the one before it; out-of-range ones dropped. */
function disjoint<T extends Span>(spans: T[], length: number): T[] {
  const sorted = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const span of sorted) {
    const previous = out[out.length - 1];
    if (previous && span.start < previous.end) {
      if (span.end <= previous.end) continue;
      out.push({ ...span, start: previous.end });
    } else out.push(span);
  }
  return out;
}

/** The spans of sorted, disjoint `spans` that overlap [start, end): found by binary search. */
function overlapping<T extends Span>(spans: T[], start: number, end: number): T[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const out: T[] = [];
  for (let i = low; i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
  return out;
}

function containing<T extends Span>(spans: T[], start: number): T | undefined {
  return spans.find((span) => span.start <= start && start < span.end);
}

/** The reading view's structure for `list` (its `article.text`, timexes and events). */
export function articleParagraphs(list: EventList): ArticleParagraph[] {
  const text = list.article.text;
  const eventsByTimex = new Map<string, string[]>();
  const eventsBySentence = new Map<string, string[]>();
  const sentences: (Span & { key: string })[] = [];
  for (const event of list.events) {
    eventsByTimex.set(event.timex, [...(eventsByTimex.get(event.timex) ?? []), event.id]);
    const key = `${event.sentence.start}-${event.sentence.end}`;
    if (!eventsBySentence.has(key)) sentences.push({ start: event.sentence.start, end: event.sentence.end, key });
    eventsBySentence.set(key, [...(eventsBySentence.get(key) ?? []), event.id]);
  }
  const sentenceSpans = disjoint(sentences, text.length);
  const timexSpans = disjoint(
    list.timexes.map((timex) => ({ start: timex.start, end: timex.end, id: timex.id })),
    text.length,
  );

  return paragraphSpans(text).map((paragraph) => {
    // Only the spans of this paragraph: keeps long articles (hundreds of phrases) linear.
    const paragraphSentences = overlapping(sentenceSpans, paragraph.start, paragraph.end);
    const paragraphTimexes = overlapping(timexSpans, paragraph.start, paragraph.end);
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const span of [...paragraphSentences, ...paragraphTimexes]) {
      if (span.start > paragraph.start && span.start < paragraph.end) cuts.add(span.start);
      if (span.end > paragraph.start && span.end < paragraph.end) cuts.add(span.end);
    }
    const offsets = [...cuts].sort((a, b) => a - b);
    const groups: SentenceGroup[] = [];
    for (let i = 0; i + 1 < offsets.length; i++) {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      const sentence = containing(paragraphSentences, start);
      const timex = containing(paragraphTimexes, start);
      const run: TextRun = { start, end, text: text.slice(start, end), events: [] };
      if (timex) {
        run.timex = timex.id;
        run.events = eventsByTimex.get(timex.id) ?? [];
      }
      const key = sentence?.key ?? null;
      const last = groups[groups.length - 1];
      if (last && last.key === key) last.runs.push(run);
      else groups.push({ key, events: key ? (eventsBySentence.get(key) ?? []) : [], runs: [run] });
    }
    return { start: paragraph.start, end: paragraph.end, groups };
  });
}

/** How the reading view shows a paragraph of the text. */
export type ParagraphRole = 'kicker' | 'headline' | 'subline' | 'body';

const isShortLine = (line: string) => line.length <= 60 && !/[.!?:;"”’]$/.test(line) && !line.includes('\n');

/**
 * Roles for the paragraphs of `text`: when one paragraph is the headline (`title`), short lines before
 * it are a kicker (a section name such as "World News") and one short line after it is a subline
 * (a date line such as "Monday, November 13, 2006"). Everything else is body text.
 */
export function paragraphRoles(text: string, paragraphs: readonly Span[], title: string | undefined): ParagraphRole[] {
  const roles: ParagraphRole[] = paragraphs.map(() => 'body');
  const wanted = title?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!wanted) return roles;
  const lines = paragraphs.map((span) => text.slice(span.start, span.end).trim());
  const headline = lines.findIndex((line, i) => i < 4 && line.replace(/\s+/g, ' ').toLowerCase() === wanted);
  if (headline < 0) return roles;
  roles[headline] = 'headline';
  for (let i = 0; i < headline; i++) if (isShortLine(lines[i]!)) roles[i] = 'kicker';
  const next = lines[headline + 1];
  if (next !== undefined && isShortLine(next)) roles[headline + 1] = 'subline';
  return roles;
}
