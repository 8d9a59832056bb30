import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreedDate, relateTimes, timeEvidence, whenOf, type When } from '../../../../src/extract/story/time.js';
import type { Granularity, StoryMention } from '../../../../src/extract/index.js';

function mention(article: string, value: string, from?: string, to?: string, granularity?: Granularity): StoryMention {
  return {
    article,
    start: 0,
    end: 10,
    sentence: 'A sentence',
    label: 'A label',
    timex: { text: 'x', start: 0, end: 1, type: 'DATE', value },
    ...(from !== undefined && { from, to, granularity: granularity ?? 'day' }),
  };
}
const day = (iso: string): When => ({ kind: 'interval', from: iso, to: nextDay(iso), granularity: 'day' });
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test('whenOf reads placed intervals and the sure fields of unplaced values', () => {
  assert.deepEqual(whenOf(mention('a', '2013-08-02', '2013-08-02', '2013-08-03')), day('2013-08-02'));
  assert.deepEqual(whenOf(mention('a', 'XXXX-WXX-5')), { kind: 'pattern', weekday: 5 });
  assert.deepEqual(whenOf(mention('a', 'XXXX-WXX-5TNI')), { kind: 'pattern', weekday: 5 });
  assert.deepEqual(whenOf(mention('a', 'XXXX-03-02')), { kind: 'pattern', month: 3, day: 2 });
  assert.deepEqual(whenOf(mention('a', 'XXXX-03')), { kind: 'pattern', month: 3 });
  for (const v of ['XXXX', 'XXXX-XX-XX', 'XXXX-WXX', 'XXXX-XX-XXTMO']) {
    assert.deepEqual(whenOf(mention('a', v)), { kind: 'unknown' }, v);
  }
});

test('relateTimes: same, within, overlap, unknown, apart', () => {
  const friday = day('2013-08-02'); // a Friday
  const august: When = { kind: 'interval', from: '2013-08-01', to: '2013-09-01', granularity: 'month' };
  const night: When = { kind: 'interval', from: '2013-08-02T20:00', to: '2013-08-03T06:00', granularity: 'partOfDay' };
  assert.equal(relateTimes(friday, day('2013-08-02')), 'same');
  assert.equal(relateTimes(friday, august), 'within');
  assert.equal(relateTimes(august, friday), 'within');
  assert.equal(relateTimes(friday, night), 'overlap');
  assert.equal(relateTimes(friday, day('2013-08-03')), 'apart');
  assert.equal(relateTimes({ kind: 'pattern', weekday: 5 }, friday), 'within');
  assert.equal(relateTimes({ kind: 'pattern', weekday: 4 }, friday), 'apart');
  assert.equal(relateTimes({ kind: 'pattern', month: 8, day: 2 }, friday), 'within');
  assert.equal(relateTimes({ kind: 'pattern', month: 7 }, august), 'apart');
  assert.equal(relateTimes({ kind: 'pattern', weekday: 5 }, { kind: 'pattern', weekday: 5 }), 'same');
  assert.equal(relateTimes({ kind: 'pattern', weekday: 5 }, { kind: 'pattern', weekday: 1 }), 'apart');
  assert.equal(relateTimes({ kind: 'pattern', weekday: 5 }, { kind: 'pattern', month: 8 }), 'unknown');
  assert.equal(relateTimes({ kind: 'unknown' }, friday), 'unknown');
});

test('timeEvidence: close, days, loose, adjacent, apart', () => {
  const friday = day('2013-08-02');
  const year: When = { kind: 'interval', from: '2013-01-01', to: '2014-01-01', granularity: 'year' };
  assert.equal(timeEvidence(friday, day('2013-08-02')), 'close');
  assert.equal(timeEvidence({ kind: 'pattern', weekday: 5 }, { kind: 'pattern', weekday: 5 }), 'close');
  assert.equal(timeEvidence({ kind: 'unknown' }, friday, 'XXXX-XX-XX', '2013-08-02'), 'days'); // "yesterday"
  assert.equal(timeEvidence({ kind: 'unknown' }, friday, 'XXXX', '2013-08-02'), 'loose'); // "this year"
  assert.equal(timeEvidence(friday, year), 'loose');
  assert.equal(timeEvidence(friday, day('2013-08-01')), 'adjacent');
  assert.equal(timeEvidence({ kind: 'pattern', weekday: 4 }, { kind: 'pattern', weekday: 5 }), 'adjacent');
  assert.equal(timeEvidence({ kind: 'pattern', weekday: 7 }, { kind: 'pattern', weekday: 1 }), 'adjacent');
  assert.equal(timeEvidence(friday, day('2013-08-05')), 'apart');
  assert.equal(timeEvidence({ kind: 'pattern', weekday: 1 }, { kind: 'pattern', weekday: 4 }), 'apart');
});

test('agreedDate: what every report agrees on, the dates kept when they disagree', () => {
  const thursday = mention('a', '2013-05-02', '2013-05-02', '2013-05-03');
  const morning = mention('b', '2013-05-02TMO', '2013-05-02T06:00', '2013-05-02T12:00', 'partOfDay');
  const may = mention('c', '2013-05', '2013-05-01', '2013-06-01', 'month');
  assert.deepEqual(agreedDate([morning, morning]), {
    date: 'agree',
    from: '2013-05-02T06:00',
    to: '2013-05-02T12:00',
    granularity: 'partOfDay',
  });
  // Each report is true of Thursday; not each says "morning".
  assert.deepEqual(agreedDate([thursday, morning]), {
    date: 'agree',
    from: '2013-05-02',
    to: '2013-05-03',
    granularity: 'day',
  });
  assert.equal(agreedDate([thursday, morning, may]).granularity, 'month');

  const friday = mention('d', '2013-05-03', '2013-05-03', '2013-05-04');
  const disagree = agreedDate([thursday, friday, morning]);
  assert.equal(disagree.date, 'disagree');
  assert.equal(disagree.from, '2013-05-02T06:00');
  assert.equal(disagree.to, '2013-05-04');
  assert.deepEqual(
    disagree.dates!.map((d) => [d.from, d.articles]),
    [
      ['2013-05-02T06:00', ['b']],
      ['2013-05-03', ['d']],
    ],
  );

  const saturday = mention('e', '2013-05-04', '2013-05-04', '2013-05-05');
  const saturdayNight = mention('f', '2013-05-04TNI', '2013-05-04T20:00', '2013-05-05T06:00', 'partOfDay');
  assert.deepEqual(agreedDate([saturday, saturdayNight]), {
    date: 'agree',
    from: '2013-05-04',
    to: '2013-05-05T06:00',
    granularity: 'day',
  });

  assert.deepEqual(agreedDate([mention('a', 'XXXX-WXX-5'), mention('b', 'XXXX-WXX-5')]), {
    date: 'undated',
    value: 'XXXX-WXX-5',
  });
  assert.deepEqual(agreedDate([mention('a', 'XXXX-WXX-5'), mention('b', 'XXXX-XX-XX')]), { date: 'undated' });
  // An unplaced report does not change the date of placed ones.
  assert.equal(agreedDate([thursday, mention('g', 'XXXX-WXX-4')]).from, '2013-05-02');
});
