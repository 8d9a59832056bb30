/**
 * TimeML output: the article with its timexes as TIMEX3 tags and the publication date as the DCT.
 *
 * <TimeML>
 *   <DOCID>…</DOCID>            (the title, when given)
 *   <DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-17" temporalFunction="false"
 *        functionInDocument="CREATION_TIME">2016-10-17</TIMEX3></DCT>
 *   <TEXT>… <TIMEX3 tid="t1" type="DATE" value="2016-10-17">Monday</TIMEX3> …</TEXT>
 * </TimeML>
 */
import type { EventList, Timex } from './types.js';
import { parseNumber } from './timex/words.js';

/** Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** "every Tuesday", "three days each month": the quantifier of a SET, as written (ISO-TimeML `quant`). */
const SET_QUANT = /(?:^|\s)(every|each)\s/i;
/** "five days a week", "three days each month": a count of units inside a SET's span. */
const SET_COUNT_INSIDE = /^([\w-]+)\s+(day|night|hour|week|month)s?\s/i;
/** "twice a week", "three times a day", "once weekly": how often, before the span ("a week", "weekly"). */
const SET_TIMES_BEFORE = /\b(?:(once)|(twice)|(thrice)|([\w-]+)\s+times)\s+$/i;
/** The letter of a unit in a `freq` count ("5D": five days). */
const FREQ_UNIT: Record<string, string> = { day: 'D', night: 'D', hour: 'H', week: 'W', month: 'M' };

/**
 * ISO-TimeML `quant` and `freq` of a SET, read from its words and those right before it (the span leaves out "twice"
 * and "three times", as "twice a week" is the SET "a week"): "every Tuesday" quant EVERY, "twice a week" freq 2X,
 * "five days a week" freq 5D.
 */
function setAttributes(t: Timex, text: string): { quant?: string; freq?: string } {
  if (t.type !== 'SET') return {};
  const out: { quant?: string; freq?: string } = {};
  const quant = SET_QUANT.exec(t.text);
  if (quant) out.quant = quant[1]!.toUpperCase();
  const inside = SET_COUNT_INSIDE.exec(t.text);
  const count = inside ? parseNumber(inside[1]!) : null;
  if (inside && count !== null && Number.isInteger(count) && count > 0)
    out.freq = `${count}${FREQ_UNIT[inside[2]!.toLowerCase()]!}`;
  else {
    const times = SET_TIMES_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start));
    const n = !times ? null : times[1] ? 1 : times[2] ? 2 : times[3] ? 3 : parseNumber(times[4]!);
    if (n !== null && Number.isInteger(n) && n > 0) out.freq = `${n}X`;
  }
  return out;
}

function timexTag(t: Timex, body: string, text: string): string {
  const set = setAttributes(t, text);
  const attrs: [string, string | undefined][] = [
    ['tid', t.id],
    ['type', t.type],
    ['value', t.value],
    ['mod', t.mod],
    ['quant', set.quant],
    ['freq', set.freq],
    ['anchorTimeID', t.anchor],
  ];
  const rendered = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<TIMEX3${rendered}>${body}</TIMEX3>`;
}

/** The EventList's article as a TimeML document (timexes that overlap an earlier one are left out). */
export function toTimeML(list: EventList): string {
  const { article, timexes } = list;
  const text = article.text;
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'];
  if (article.title !== undefined) parts.push(`<DOCID>${escapeXml(article.title)}</DOCID>\n`);
  if (article.published) {
    const value = escapeXml(article.published);
    parts.push(
      `<DCT><TIMEX3 tid="t0" type="${article.published.includes('T') ? 'TIME' : 'DATE'}" value="${value}" ` +
        `temporalFunction="false" functionInDocument="CREATION_TIME">${value}</TIMEX3></DCT>\n`,
    );
  }
  parts.push('<TEXT>');
  let pos = 0;
  const ordered = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const t of ordered) {
    if (t.start < pos || t.end > text.length || t.end <= t.start) continue;
    parts.push(escapeXml(text.slice(pos, t.start)), timexTag(t, escapeXml(text.slice(t.start, t.end)), text));
    pos = t.end;
  }
  parts.push(escapeXml(text.slice(pos)), '</TEXT>\n</TimeML>\n');
  return parts.join('');
}
