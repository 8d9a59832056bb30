import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/news-timeline.js';
import type { NewsTimelineSelectEvent, NewsTimelineZoomEvent } from '../../../src/news-timeline.js';
import { $, $$, chart, keydown, mount, optionFor, reutersList, screenX, settle } from './helpers.js';
import { REUTERS_SPECS } from './fixtures.js';

const span = (el: { visibleRange: { from: string; to: string } | null }) =>
  Date.parse(`${el.visibleRange!.to}Z`) - Date.parse(`${el.visibleRange!.from}Z`);

/** REUTERS_SPECS labels in time order (start, then end, then document order). */
const labelsInTimeOrder = REUTERS_SPECS.map((s, i) => ({ ...s, i }))
  .sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      (a.ongoing ? 1 : 0) - (b.ongoing ? 1 : 0) ||
      a.to.localeCompare(b.to) ||
      a.i - b.i,
  )
  .map((s) => s.label);

describe('news-timeline: keyboard', () => {
  it('one tab stop; arrows visit every event in time order, each announced with its date', async () => {
    const el = await mount(await reutersList());
    const focusables = $$(el, '[tabindex]').filter((n) => n.getAttribute('tabindex') !== '-1');
    expect(focusables).to.have.length(1);
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    const visited: string[] = [];
    for (let i = 0; i < REUTERS_SPECS.length; i++) {
      const id = chart(el).getAttribute('aria-activedescendant')!;
      const option = el.shadowRoot!.getElementById(id)!;
      expect(option.getAttribute('role')).to.equal('option');
      visited.push(option.getAttribute('aria-label')!);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
    }
    visited.forEach((name, i) => expect(name.startsWith(`${labelsInTimeOrder[i]}, `), name).to.be.true);
    expect(visited[0]).to.equal('Syrian conflict begins, around 2011');
    expect(visited).to.include('Kerry’s Lausanne talks fail to agree a strategy, Saturday 15 October 2016, evening');
  });

  it('arrow keys pan to keep the focused event in view, even out of a cluster', async () => {
    const el = await mount(await reutersList());
    el.zoomTo('2010-12-01', '2011-02-01');
    await settle(el);
    chart(el).focus();
    keydown(chart(el), 'End');
    await settle(el);
    const last = labelsInTimeOrder[labelsInTimeOrder.length - 1];
    const option = optionFor(el, last)!;
    expect(chart(el).getAttribute('aria-activedescendant')).to.equal(option.id);
    const shape = option.querySelector('rect.mark')!;
    const cx = screenX(shape, 'x') + Number(shape.getAttribute('width')) / 2;
    expect(cx).to.be.within(0, 800);
    keydown(chart(el), 'ArrowLeft');
    await settle(el);
    expect(chart(el).getAttribute('aria-activedescendant')).to.equal(
      optionFor(el, labelsInTimeOrder[labelsInTimeOrder.length - 2])!.id,
    );
  });

  it('Enter selects (event, reflected attribute, details); Escape clears', async () => {
    const el = await mount(await reutersList());
    chart(el).focus();
    keydown(chart(el), 'Home');
    keydown(chart(el), 'ArrowRight');
    await settle(el);
    setTimeout(() => keydown(chart(el), 'Enter'));
    const selectEvent = (await oneEvent(el, 'news-timeline-select')) as NewsTimelineSelectEvent;
    expect(selectEvent.bubbles && selectEvent.composed).to.be.true;
    expect(selectEvent.detail.event!.label).to.equal('Sisi takes power in Egypt');
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('e2');
    const details = $(el, '[part="details"]')!;
    expect(details.querySelector('h2.title')!.textContent).to.equal('Sisi takes power in Egypt');
    expect(details.querySelector('.when')!.textContent).to.equal('mid-2013');
    expect(details.querySelector('mark')!.textContent).to.equal('mid-2013');
    expect(details.querySelector('blockquote')!.textContent).to.contain('Saudi Arabia, which has showered Egypt');
    expect(details.querySelector('.why')!.textContent).to.contain('explicit year with "mid-"');
    setTimeout(() => keydown(chart(el), 'Escape'));
    const cleared = (await oneEvent(el, 'news-timeline-select')) as NewsTimelineSelectEvent;
    expect(cleared.detail.event).to.equal(null);
    await settle(el);
    expect(el.hasAttribute('selected')).to.be.false;
  });

  it('+, - and 0 zoom and fit', async () => {
    const el = await mount(await reutersList());
    const fitted = span(el);
    chart(el).focus();
    keydown(chart(el), '+');
    await settle(el);
    expect(span(el)).to.be.closeTo(fitted / 2, fitted * 0.01);
    keydown(chart(el), '+');
    keydown(chart(el), '-');
    await settle(el);
    expect(span(el)).to.be.closeTo(fitted / 2, fitted * 0.01);
    keydown(chart(el), '0');
    await settle(el);
    expect(span(el)).to.be.closeTo(fitted, fitted * 0.01);
  });
});

describe('news-timeline: pointer and API', () => {
  it('click selects an event and shows the date for people', async () => {
    const el = await mount(await reutersList());
    el.zoomTo('2016-10-10', '2016-10-20');
    await settle(el);
    const option = optionFor(el, 'Kerry’s Lausanne talks fail to agree a strategy')!;
    setTimeout(() =>
      option.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
    );
    const event = (await oneEvent(el, 'news-timeline-select')) as NewsTimelineSelectEvent;
    expect(event.detail.event!.id).to.equal('e9');
    await settle(el);
    expect($(el, '[part="details"] .when')!.textContent).to.equal('Saturday 15 October 2016, evening');
    expect($(el, '[part="details"] mark')!.textContent).to.equal('on Saturday evening');
    expect(optionFor(el, 'Kerry’s Lausanne talks fail to agree a strategy')!.getAttribute('aria-selected')).to.equal(
      'true',
    );
  });

  it('clicking a cluster zooms into it', async () => {
    const el = await mount(await reutersList());
    const before = span(el);
    const cluster = $$(el, 'g.cluster')[0];
    cluster.querySelector('circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 450));
    await settle(el);
    expect(span(el)).to.be.below(before / 4);
  });

  it('the selected property selects, reflects and pans into view', async () => {
    const el = await mount(await reutersList());
    el.zoomTo('2011-01-01', '2011-03-01');
    await settle(el);
    el.selected = 'e10';
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('e10');
    expect($(el, '[part="details"] .when')!.textContent).to.equal('Monday 17 October 2016');
    expect(el.visibleRange!.from < '2016-10-17' && el.visibleRange!.to > '2016-10-17').to.be.true;
  });

  it('zoomTo, zoomIn, zoomOut, fit, visibleRange and news-timeline-zoom', async () => {
    const el = await mount(await reutersList());
    setTimeout(() => el.zoomTo('2016-01-01', '2016-12-31'));
    const event = (await oneEvent(el, 'news-timeline-zoom')) as NewsTimelineZoomEvent;
    expect(event.detail).to.deep.equal({ from: '2016-01-01T00:00', to: '2016-12-31T00:00' });
    expect(el.visibleRange).to.deep.equal(event.detail);
    const year = span(el);
    el.zoomIn();
    await settle(el);
    expect(span(el)).to.be.closeTo(year / 2, year * 0.01);
    el.zoomOut();
    el.zoomOut();
    await settle(el);
    expect(span(el)).to.be.closeTo(year * 2, year * 0.01);
    el.fit();
    await settle(el);
    expect(el.visibleRange!.from < '2011-01-01' && el.visibleRange!.to > '2016-10-17').to.be.true;
  });

  it('zoom limits: about an hour to two centuries', async () => {
    const el = await mount(await reutersList());
    el.zoomTo('2016-10-15T18:00', '2016-10-15T18:01');
    await settle(el);
    expect(span(el)).to.be.closeTo(3_600_000, 60_000);
    el.zoomTo('1000-01-01', '3000-01-01');
    await settle(el);
    expect(span(el) / (365.2425 * 86_400_000)).to.be.closeTo(200, 1);
  });

  it('wheel zooms and drag pans (d3-zoom), one redraw per frame', async () => {
    const el = await mount(await reutersList());
    const before = el.visibleRange!;
    const target = chart(el);
    const box = target.getBoundingClientRect();
    let zooms = 0;
    el.addEventListener('news-timeline-zoom', () => zooms++);
    for (let i = 0; i < 5; i++)
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -100,
          clientX: box.left + 400,
          clientY: box.top + 60,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
    await settle(el);
    expect(span(el)).to.be.below(Date.parse(`${before.to}Z`) - Date.parse(`${before.from}Z`));
    expect(zooms).to.be.within(1, 2);
    const zoomed = el.visibleRange!;
    target.dispatchEvent(
      new MouseEvent('mousedown', {
        clientX: box.left + 400,
        clientY: box.top + 60,
        bubbles: true,
        view: window,
        button: 0,
      }),
    );
    window.dispatchEvent(
      new MouseEvent('mousemove', { clientX: box.left + 500, clientY: box.top + 60, bubbles: true, view: window }),
    );
    window.dispatchEvent(
      new MouseEvent('mouseup', { clientX: box.left + 500, clientY: box.top + 60, bubbles: true, view: window }),
    );
    await settle(el);
    expect(el.visibleRange!.from < zoomed.from).to.be.true;
    expect(span(el)).to.be.closeTo(Date.parse(`${zoomed.to}Z`) - Date.parse(`${zoomed.from}Z`), 120_000);
  });

  it('buttons zoom in, zoom out and fit (no animation under reduced motion)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount(await reutersList());
      const fitted = span(el);
      const button = (name: string) =>
        $$<HTMLButtonElement>(el, '[part="controls"] button').find(
          (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
        )!;
      button('Zoom in').click();
      await settle(el);
      expect(span(el)).to.be.closeTo(fitted / 2, fitted * 0.01);
      button('Zoom out').click();
      button('Zoom out').click();
      await settle(el);
      expect(span(el)).to.be.closeTo(fitted * 2, fitted * 0.01);
      button('Fit').click();
      await settle(el);
      expect(span(el)).to.be.closeTo(fitted, fitted * 0.01);
      // d3-zoom's double-click: twice as close, around the pointer.
      const box = chart(el).getBoundingClientRect();
      chart(el).dispatchEvent(
        new MouseEvent('dblclick', { clientX: box.left + 200, clientY: box.top + 60, bubbles: true, view: window }),
      );
      await settle(el);
      expect(span(el)).to.be.closeTo(fitted / 2, fitted * 0.01);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('list view shows the same events as a table; a row selects', async () => {
    const el = await mount(await reutersList());
    const toggle = $$<HTMLButtonElement>(el, '[part="controls"] button').find(
      (b) => b.textContent!.trim() === 'List view',
    )!;
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('view')).to.equal('list');
    const rows = $$(el, 'tbody tr');
    expect(rows.map((r) => r.querySelector('button')!.textContent)).to.deep.equal(labelsInTimeOrder);
    expect(rows[0].querySelector('td')!.textContent).to.equal('around 2011');
    setTimeout(() => rows[3].querySelector('button')!.click());
    const event = (await oneEvent(el, 'news-timeline-select')) as NewsTimelineSelectEvent;
    expect(event.detail.event!.label).to.equal(labelsInTimeOrder[3]);
    await settle(el);
    expect($$(el, 'tbody tr')[3].getAttribute('aria-current')).to.equal('true');
  });
});

describe('news-timeline: hover and active event (news-timeline-hover)', () => {
  const record = (el: HTMLElement) => {
    const seen: (string | null)[] = [];
    el.addEventListener('news-timeline-hover', (event) => {
      expect(event.bubbles && event.composed).to.equal(true);
      seen.push(event.detail.event ? event.detail.event.id : null);
    });
    return seen;
  };

  it('reports the event under the pointer, then null when the pointer leaves', async () => {
    const el = await mount(await reutersList());
    const seen = record(el);
    const option = optionFor(el, 'Sisi takes power in Egypt')!;
    const id = option.getAttribute('data-event-id')!;
    expect(id).to.equal('e2');
    option.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(el);
    expect(seen).to.deep.equal([id]);
    chart(el).dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect(seen).to.deep.equal([id, null]);
  });

  it('reports the keyboard-active event as it moves, and null on blur', async () => {
    const el = await mount(await reutersList());
    const seen = record(el);
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const activeId = () =>
      el.shadowRoot!.getElementById(chart(el).getAttribute('aria-activedescendant')!)!.getAttribute('data-event-id');
    expect(seen[seen.length - 1]).to.equal(activeId());
    expect(new Set(seen).size, 'first, then second event').to.be.at.least(2);
    chart(el).blur();
    await settle(el);
    expect(seen[seen.length - 1]).to.equal(null);
  });

  it('list rows carry the event id and report hover too', async () => {
    const el = await mount(await reutersList());
    el.view = 'list';
    await settle(el);
    const seen = record(el);
    const row = $$(el, 'tbody tr')[0];
    const id = row.getAttribute('data-event-id')!;
    expect(el.data!.events.map((e) => e.id)).to.include(id);
    row.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    row.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect(seen).to.deep.equal([id, null]);
  });
});
