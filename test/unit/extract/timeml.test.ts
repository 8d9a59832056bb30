import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, toTimeML, type EventList } from '../../../src/extract/index.js';

const list = (text: string, published: string | null, timexes: EventList['timexes']): EventList => ({
  version: 1,
  article: { title: 'A & B <c>', published, text },
  timexes,
  events: [],
});

test('DCT, TIMEX3 tags and XML escaping', () => {
  const text = 'Tom & "Jerry" <met> on Monday.';
  const start = text.indexOf('Monday');
  const xml = toTimeML(
    list(text, '2016-10-17', [
      { id: 't1', text: 'Monday', start, end: start + 6, type: 'DATE', value: '2016-10-17', mod: 'START', why: 'w' },
    ]),
  );
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TimeML>\n/);
  assert.match(xml, /<DOCID>A &amp; B &lt;c&gt;<\/DOCID>/);
  assert.match(
    xml,
    /<DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-17" temporalFunction="false" functionInDocument="CREATION_TIME">2016-10-17<\/TIMEX3><\/DCT>/,
  );
  assert.match(
    xml,
    /<TEXT>Tom &amp; &quot;Jerry&quot; &lt;met&gt; on <TIMEX3 tid="t1" type="DATE" value="2016-10-17" mod="START">Monday<\/TIMEX3>\.<\/TEXT>/,
  );
  assert.match(xml, /<\/TimeML>\n$/);
});

test('without a publication date there is no DCT; control characters become U+FFFD', () => {
  const xml = toTimeML(list('a\u0000b\u0007c\ud800', null, []));
  assert.doesNotMatch(xml, /<DCT>/);
  assert.match(xml, /<TEXT>a\uFFFDb\uFFFDc\uFFFD<\/TEXT>/);
});

test('overlapping timexes are not nested; text is kept whole', () => {
  const text = 'on Saturday evening';
  const xml = toTimeML(
    list(text, null, [
      { id: 't1', text: 'Saturday evening', start: 3, end: 19, type: 'TIME', value: 'XXXX-WXX-6TEV', why: 'w' },
      { id: 't2', text: 'Saturday', start: 3, end: 11, type: 'DATE', value: 'XXXX-WXX-6', why: 'w' },
    ]),
  );
  assert.equal((xml.match(/<TIMEX3/g) ?? []).length, 1);
  assert.equal(xml.replace(/<[^>]+>/g, '').includes('on Saturday evening'), true);
});

test('a SET carries ISO-TimeML quant and freq, from its words and the count before it', () => {
  const text =
    'The market opens every Tuesday. Buses run twice a week, trains three times a day. Staff work five days a week. Bins go out each month; the board meets weekly.';
  const xml = toTimeML(extract(text, { published: '2024-06-20' }));
  assert.match(xml, /<TIMEX3 tid="t\d+" type="SET" value="XXXX-WXX-2" quant="EVERY">every Tuesday<\/TIMEX3>/);
  assert.match(xml, /twice <TIMEX3 tid="t\d+" type="SET" value="P1W" freq="2X">a week<\/TIMEX3>/);
  assert.match(xml, /three times <TIMEX3 tid="t\d+" type="SET" value="P1D" freq="3X">a day<\/TIMEX3>/);
  assert.match(xml, /<TIMEX3 tid="t\d+" type="SET" value="P1W" freq="5D">five days a week<\/TIMEX3>/);
  assert.match(xml, /<TIMEX3 tid="t\d+" type="SET" value="P1M" quant="EACH">each month<\/TIMEX3>/);
  // negative: a SET with neither, and no other type, carries them
  assert.match(xml, /<TIMEX3 tid="t\d+" type="SET" value="P1W">weekly<\/TIMEX3>/);
  const dates = toTimeML(extract('Two times a year? He left every hope on Monday.', { published: '2024-06-20' }));
  assert.doesNotMatch(dates.replace(/type="SET"[^>]*>/g, ''), /quant=|freq=/);
});
