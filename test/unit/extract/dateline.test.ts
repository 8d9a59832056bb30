import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, findDateline } from '../../../src/extract/index.js';

test('wire dateline with a year gives the publication date', () => {
  const d = findDateline('CAIRO, Oct. 17, 2016 (Reuters) - Syria’s security chief met officials.');
  assert.equal(d?.published, '2016-10-17');
  assert.equal(d?.text, 'CAIRO, Oct. 17, 2016 (Reuters) -');
});

test('year-less wire dateline takes the latest year the article mentions', () => {
  const text = 'CAIRO, Oct 17 (Reuters) - Egypt voted on Monday. Sisi took power in 2013; aid grew in 2016.';
  assert.equal(findDateline(text)?.published, '2016-10-17');
  const list = extract(text);
  assert.equal(list.article.published, '2016-10-17');
  assert.equal(list.article.publishedFrom, 'dateline');
});

test('year-less dateline ignores forward-looking years and stays unresolved without any year', () => {
  assert.equal(findDateline('CAIRO, Oct 17 (Reuters) - Aid in 2015 will end by 2030.')?.published, '2015-10-17');
  const d = findDateline('CAIRO, Oct 17 (Reuters) - Egypt voted on Monday.');
  assert.equal(d?.published, null);
  assert.equal(extract('CAIRO, Oct 17 (Reuters) - Egypt voted on Monday.').article.published, null);
});

test('dateline without a date is found but gives no date', () => {
  const d = findDateline('WASHINGTON (AP) — The Senate voted on Tuesday.');
  assert.equal(d?.text, 'WASHINGTON (AP) —');
  assert.equal(d?.published, null);
  assert.equal(extract('WASHINGTON (AP) — The Senate voted on Tuesday.').article.publishedFrom, 'none');
});

test('a dateline after a section line and a headline counts', () => {
  const text = 'World News\n\nSyrian security chief visits Cairo\n\nCAIRO, Oct 17, 2016 (Reuters) - Text.';
  assert.equal(findDateline(text)?.published, '2016-10-17');
});

test('"Published:" lines in several forms', () => {
  assert.equal(findDateline('Headline\nPublished: 17 October 2016\nBody.')?.published, '2016-10-17');
  assert.equal(findDateline('Headline\nPublished on October 17, 2016\nBody.')?.published, '2016-10-17');
  assert.equal(
    findDateline('Headline\nFirst published on Mon 17 Oct 2016 09.00 BST\nBody.')?.published,
    '2016-10-17T09:00+01:00',
  );
  assert.equal(findDateline('Published 2016-10-17 14:30\nBody.')?.published, '2016-10-17T14:30');
});

test('a date opening the text, or alone on a line under the headline', () => {
  assert.equal(findDateline('October 17, 2016\n\nEgypt voted.')?.published, '2016-10-17');
  assert.equal(findDateline('October 17, 2016 - Egypt voted.')?.published, '2016-10-17');
  assert.equal(
    findDateline('Ford outlives Reagan\n\nMonday, November 13, 2006\n\nFord became…')?.published,
    '2006-11-13',
  );
});

test('no dateline: body dates, impossible dates and dates deep in the text do not count', () => {
  assert.equal(findDateline('Egypt voted on October 17, 2016, officials said.'), null);
  assert.equal(findDateline('Published: 31 February 2016\nBody.'), null);
  assert.equal(findDateline('Syrian security chief makes public Cairo visit - SANA'), null);
  assert.equal(findDateline('BREAKING - news'), null);
  const deep = 'Line.\n'.repeat(60) + 'Published: 17 October 2016\n';
  assert.equal(findDateline(deep), null);
  assert.equal(extract('').article.published, null);
});

test('dateline timexes are not events', () => {
  const list = extract('CAIRO, Oct 17, 2016 (Reuters) - Egypt voted on Monday.');
  for (const e of list.events) assert.ok(e.sentence.start >= 'CAIRO, Oct 17, 2016 (Reuters) -'.length, e.label);
});

test('wire copy datelines with an underscore', () => {
  const d = findDateline('JERUSALEM (AP)_ The court ruled on Friday.');
  assert.equal(d?.text, 'JERUSALEM (AP)_');
  assert.equal(findDateline('MIAMI _ Officials met on Friday.')?.text, 'MIAMI _');
});

test('day-first wire datelines give the publication date ("LONDON, 3 May 2024 (Reuters) -")', () => {
  const text = 'LONDON, 3 May 2024 (Reuters) - Shares fell on Friday after the bank cut rates.';
  const d = findDateline(text);
  assert.equal(d?.text, 'LONDON, 3 May 2024 (Reuters) -');
  assert.equal(d?.published, '2024-05-03');
  const list = extract(text);
  assert.equal(list.article.publishedFrom, 'dateline');
  assert.equal(list.timexes.find((t) => t.text === 'Friday')?.value, '2024-05-03');
  assert.equal(findDateline('NAIROBI, Kenya, 21st June 2023 (AP) — Rains fell.')?.published, '2023-06-21');
  // year-less: the latest year mentioned
  assert.equal(findDateline('LISBON, 9 March (Reuters) - Talks began in 2019.')?.published, '2019-03-09');
});

test('a word that only starts like a month is no dateline date', () => {
  assert.equal(findDateline('LONDON, 3 Mayhem (Reuters) - Shares fell.')?.published ?? null, null);
  assert.equal(findDateline('LONDON, 31 February 2024 (Reuters) - Shares fell.')?.published ?? null, null);
});

test("a page's time stamp under the headline gives the publication date and time, its clock time before or after", () => {
  for (const [line, date] of [
    // a US zone without S or D follows daylight saving on the stamp's day; a stamp without a zone keeps none
    ['May 3, 2013 at 7:31 AM ET', '2013-05-03T07:31-04:00'],
    ['AUGUST 2, 2013 | 08:06AM PT', '2013-08-02T08:06-07:00'],
    ['THURSDAY, DECEMBER 3, 2009, 9:36 AM', '2009-12-03T09:36'],
    ['12:52 p.m. EDT May 2, 2013', '2013-05-02T12:52-04:00'],
    ['10:24 AM, MON 22 JUL 2013', '2013-07-22T10:24'],
    ['12:10 AM, MON 22 JUL 2013', '2013-07-22T00:10'],
    ['Updated: May 24, 2005, 3:23 PM ET', '2005-05-24T15:23-04:00'],
    ['Updated: 3:45 PM EST, Fri January 11, 2019', '2019-01-11T15:45-05:00'],
    ['First published on Mon 17 Oct 2016 09.00 BST', '2016-10-17T09:00+01:00'],
    ['Last updated: 22 March 2019 - 10:35 GMT', '2019-03-22T10:35Z'],
    ['Published 22 March 2019, 14:58 hrs', '2019-03-22T14:58'],
  ] as const) {
    const text = `Quake hits the coast\n${line}\nA strong quake hit the coast on Tuesday.`;
    assert.equal(findDateline(text)?.published, date, line);
    assert.equal(extract(text).article.publishedFrom, 'dateline', line);
  }
  // negative: a sentence that ends in a date and a time is no stamp
  assert.equal(findDateline('Quake hits\nThe vote is on May 3, 2013 at 7:31 AM ET\nBody.'), null);
});

test("a stamp's clock time counts only when it can be one, and ends the line after a publication line's date", () => {
  const published = (line: string) => findDateline(`Quake hits the coast\n${line}\nA strong quake hit.`)?.published;
  // no such time: the day alone
  assert.equal(published('1:10 PM, MON 22 JUL 2013'), '2013-07-22T13:10');
  assert.equal(published('13:10 PM, MON 22 JUL 2013'), '2013-07-22');
  assert.equal(published('Published 22 March 2019 at 25:10'), '2019-03-22');
  // figures after a publication line's date that do not end the line are no clock time
  assert.equal(published('Published 17 October 2016 12.50 euros were raised'), '2016-10-17');
  assert.equal(published('Published 22 March 2019 at 10:35 by John Smith'), '2019-03-22');
  // a zone we do not know ("IST" is India's, Ireland's or Israel's): the time without an offset
  assert.equal(published('Published 22 March 2019, 14:58 hrs IST'), '2019-03-22T14:58');
  // wire datelines carry no clock time
  assert.equal(findDateline('CAIRO, Oct. 17, 2016 (Reuters) - 10:30 talks began.')?.published, '2016-10-17');
});

test("a live report dated by its stamp counts its clock phrases from the stamp's time", () => {
  const text =
    'Quake hits the coast\nMay 3, 2013 at 7:31 AM ET\nA strong quake hit the coast two hours ago. Aftershocks are expected tonight.';
  const list = extract(text);
  assert.equal(list.article.published, '2013-05-03T07:31-04:00');
  assert.equal(list.article.publishedFrom, 'dateline');
  assert.equal(list.timexes.find((t) => t.text === 'two hours ago')?.from, '2013-05-03T05:31');
  // a stamp without a time: "two hours ago" is only known to the day, as before
  const dayOnly = extract(text.replace(' at 7:31 AM ET', ''));
  assert.equal(dayOnly.article.published, '2013-05-03');
  assert.equal(dayOnly.timexes.find((t) => t.text === 'two hours ago')?.from, '2013-05-03');
});
