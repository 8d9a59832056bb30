/**
 * Hand-made EventLists for the timeline tests: the seed Reuters article (text and publication date from
 * events/*.json) with events written by hand, offsets computed from the text so they index it exactly,
 * and synthetic lists of any size.
 */
import type { EventList, Granularity, TimelineEvent, Timex, TimexMod } from '../../../src/extract/types.js';

export interface EventSpec {
  label: string;
  /** The time phrase, found in the text (first occurrence after `after`, if given). */
  phrase: string;
  after?: string;
  from: string;
  to: string;
  granularity: Granularity;
  mod?: TimexMod;
  ongoing?: boolean;
  why?: string;
  /** TIMEX3 value (default: the day of `from`). */
  value?: string;
}

function sentenceAround(text: string, index: number): { start: number; end: number; text: string } {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (/\s/.test(text[start])) start++;
  return { start, end, text: text.slice(start, end) };
}

/** Builds an EventList whose timex and sentence offsets index `text`. */
export function buildEventList(text: string, published: string | null, specs: EventSpec[], title?: string): EventList {
  const timexes: Timex[] = [];
  const events: TimelineEvent[] = specs.map((spec, i) => {
    const from = spec.after ? text.indexOf(spec.after) : 0;
    const start = text.indexOf(spec.phrase, Math.max(from, 0));
    if (start < 0) throw new Error(`phrase not in text: ${spec.phrase}`);
    const id = `t${i + 1}`;
    timexes.push({
      id,
      text: spec.phrase,
      start,
      end: start + spec.phrase.length,
      type: 'DATE',
      value: spec.value ?? spec.from.slice(0, 10),
      from: spec.from,
      to: spec.to,
      granularity: spec.granularity,
      ...(spec.mod ? { mod: spec.mod } : {}),
      why: spec.why ?? `resolved against the publication date (${published})`,
    });
    return {
      id: `e${i + 1}`,
      label: spec.label,
      timex: id,
      from: spec.from,
      to: spec.to,
      granularity: spec.granularity,
      ...(spec.mod ? { mod: spec.mod } : {}),
      ...(spec.ongoing ? { ongoing: true } : {}),
      sentence: sentenceAround(text, start),
      actors: [],
    };
  });
  return { version: 1, article: { title, published, text }, timexes, events };
}

export const REUTERS_SPECS: EventSpec[] = [
  {
    label: 'Syrian conflict begins',
    phrase: 'now in its sixth year',
    from: '2011-01-01',
    to: '2012-01-01',
    granularity: 'year',
    mod: 'APPROX',
    why: 'in its sixth year on 17 Oct 2016: started about 2011',
  },
  {
    label: 'Sisi takes power in Egypt',
    phrase: 'mid-2013',
    from: '2013-04-01',
    to: '2013-10-01',
    granularity: 'year',
    mod: 'MID',
    why: 'explicit year with "mid-"',
  },
  {
    label: 'Saudi Arabia showers Egypt with aid',
    phrase: 'since President Abdel Fattah al-Sisi took power in mid-2013',
    from: '2013-04-01',
    to: '2013-10-01',
    granularity: 'year',
    mod: 'MID',
    ongoing: true,
    why: '"since" runs up to the publication date',
  },
  {
    label: 'Mamlouk’s first two visits to Egypt',
    phrase: 'this year',
    from: '2016-01-01',
    to: '2017-01-01',
    granularity: 'year',
    why: 'the year of publication',
  },
  {
    label: 'Internationally-brokered ceasefire collapses',
    phrase: 'last month',
    from: '2016-09-01',
    to: '2016-10-01',
    granularity: 'month',
    why: 'the month before October 2016',
  },
  {
    label: 'Russian and Syrian forces bomb rebel-held Aleppo',
    phrase: 'since the collapse',
    from: '2016-09-01',
    to: '2016-10-01',
    granularity: 'month',
    ongoing: true,
    why: '"since" the ceasefire collapse last month, ongoing',
  },
  {
    label: 'Halt to Saudi fuel shipments to Egypt',
    phrase: 'a week after',
    from: '2016-09-26',
    to: '2016-10-03',
    granularity: 'week',
    mod: 'APPROX',
    why: 'a week before the U.N. vote in early October',
  },
  {
    label: 'Egypt votes for Russian-backed U.N. resolution on Syria',
    phrase: 'this month',
    from: '2016-10-01',
    to: '2016-11-01',
    granularity: 'month',
    why: 'the month of publication',
  },
  {
    label: 'Kerry’s Lausanne talks fail to agree a strategy',
    phrase: 'on Saturday evening',
    from: '2016-10-15T18:00',
    to: '2016-10-15T22:00',
    granularity: 'partOfDay',
    value: '2016-10-15TEV',
    why: 'past tense: the Saturday before Mon 17 Oct 2016',
  },
  {
    label: 'Mamlouk meets Egyptian intelligence chief in Cairo',
    phrase: 'on Monday',
    from: '2016-10-17',
    to: '2016-10-18',
    granularity: 'day',
    why: 'the day of publication (Monday)',
  },
];

/** `n` day events spread over `days` days from 2016-01-01 (deterministic). */
export function syntheticList(n: number, days = 365, sameDate = false): EventList {
  const text = 'Synthetic article.';
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = sameDate ? 0 : Math.floor(((i * 7919) % n) * (days / n));
    const from = new Date(Date.UTC(2016, 0, 1 + day));
    const to = new Date(Date.UTC(2016, 0, 2 + day));
    events.push({
      id: `e${i + 1}`,
      label: `Event number ${i + 1}`,
      timex: 't1',
      from: from.toISOString().slice(0, 10),
      to: to.toISOString().slice(0, 10),
      granularity: 'day',
      sentence: { start: 0, end: text.length, text },
      actors: [],
    });
  }
  return {
    version: 1,
    article: { published: '2016-12-31', text },
    timexes: [{ id: 't1', text: 'Synthetic', start: 0, end: 9, type: 'DATE', value: '2016', why: 'test' }],
    events,
  };
}
