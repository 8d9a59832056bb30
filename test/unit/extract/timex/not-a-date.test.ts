import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, assertPlaced, MONDAY, timexes, timexOf } from './helpers.js';

test('"May" the name and the modal, "march" the verb, "Mar-a-Lago"', () => {
  assertNone('Theresa May said the plan may work.', 'May');
  assertNone('Protesters march to the square.', 'march');
  assertNone('He flew to Mar-a-Lago.', 'Mar');
  assertNone('Jan Kavan met reporters.', 'Jan');
  assert.equal(timexOf('The law takes effect in May.', 'May').value, '2017-05');
  assert.equal(timexOf('Protests began in March.', 'March').value, '2016-03');
  // a stretch that goes on "into" the month; not a meeting or a walk "into" someone named May
  assert.equal(timexOf('Cold weather will last into March.', 'March').value, '2017-03');
  assert.equal(timexOf('The strike dragged on into May, when talks resumed.', 'May').value, '2016-05');
  assertNone('He walked into May’s office.', 'May');
  assertNone('She ran into May at the shop.', 'May');
});

test('"the March budget", "the May elections": a month before its occasion; "the May government" is a name', () => {
  assert.equal(timexOf('Markets rallied after the March budget.', 'March').value, '2016-03');
  assert.equal(timexOf('The May elections were close.', 'May').value, '2016-05');
  assertNone('The May government fell.', 'May');
  assertNone('The March Hare appeared.', 'March');
  assertNone('They joined the march through the city.', 'march');
});

test('titles and names are not dates', () => {
  assertNone('Baker spoke on ABC\'s "This Week" program.', 'This Week');
  assertNone('He watched "High Noon" again.', 'Noon');
});

test('fractions in market reports are not dates', () => {
  assert.deepEqual(
    timexes('The stock rose 2 1/2 to 37 3/4.').map((t) => t.text),
    [],
  );
});

test('a dateline date is a timex (as TimeML tags it) and reads as the publication date', () => {
  assertPlaced('WASHINGTON, Oct. 17 (Xinhua) -- The talks resumed.', 'Oct. 17', '2016-10-17');
});

test('fractions named like periods are not durations', () => {
  assertNone('It will close about a quarter of its 3,200 dealers.', 'quarter');
  assertNone('It will close about a quarter, of its dealers.', 'quarter');
  assert.equal(timexOf('Sales fell for a quarter.', 'a quarter').value, 'P1Q');
});

test('the sides of a size are not years: "2880 pixels by 1800", "1920 x 1080"', () => {
  assertNone('The screen is 2880 pixels by 1800.', '1800');
  assertNone('The panel shows 1920 x 1080 pixels.', '1920');
  assertNone('The panel shows 1680×1050 pixels.', '1680');
  // negative: a count reached by a year, and a rise by a year
  assertPlaced('Membership reached 300 by 1950.', '1950', '1950');
  assertPlaced('It rose 5 percent by 2001.', '2001', '2001');
});

test('a software version named after a year is no year: "Windows Server 2003", "Office 2010"', () => {
  const text = 'The flaw hits Windows Server 2003 and Office 2010 on a Windows 95 box.';
  assert.deepEqual(timexes(text), []);
  assertNone('Users of Windows 2000 must update.', '2000');
  assertNone('The bank still runs Microsoft Office 2007 and SQL Server 2008.', '2007');
  assertNone('The bank still runs Microsoft Office 2007 and SQL Server 2008.', '2008');
  assertNone('Visual Studio 2019 adds a debugger.', '2019');
  // the years around them still count
  assertPlaced('He ran Windows 2000 until 2005.', '2005', '2005');
});

test("negative: an office that is no product, and a year after a product name's sentence, stay years", () => {
  assertPlaced('The Home Office 2015 report was leaked.', '2015', '2015');
  assertPlaced('Her office 2015 budget rose.', '2015', '2015');
  assertPlaced('Microsoft shipped Windows in 1985.', '1985', '1985');
});

test('"At the end of the day," opening a sentence is the idiom, not a time', () => {
  assertNone('At the end of the day, it is about the fans.', 'the day');
  assertNone('He hoped for a deal. But at the end of the day, voters decide.', 'the day');
  assertNone('"At the end of the day, we have to win," the coach said.', 'the day');
  // negative: the day's end in the story is a time, its edge with it (as the corpora tag "the start of the day")
  assertPlaced('Stocks rebounded at the end of the day, closing up 2 percent.', 'the end of the day', MONDAY);
  assertPlaced('Shares fell 2 percent by the end of the day.', 'the end of the day', MONDAY);
  assertPlaced('He said that at the end of the day, shares were flat.', 'the end of the day', MONDAY);
});
