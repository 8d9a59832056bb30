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

function timexTag(t: Timex, body: string): string {
  const attrs: [string, string | undefined][] = [
    ['tid', t.id],
    ['type', t.type],
    ['value', t.value],
    ['mod', t.mod],
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
    parts.push(escapeXml(text.slice(pos, t.start)), timexTag(t, escapeXml(text.slice(t.start, t.end))));
    pos = t.end;
  }
  parts.push(escapeXml(text.slice(pos)), '</TEXT>\n</TimeML>\n');
  return parts.join('');
}
