// Clean at every zoom: each test here failed on the element before issue 15 (marks losing labels, axis
// labels running together, labels without marks, a gesture undone by an update, a hover box cut off,
// one element in two locales, a heading level the page could not choose).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../../src/news-timeline.js';
import type { EventList } from '../../../src/extract/types.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { $, $$, chart, keydown, mount, reutersList, settle } from './helpers.js';
import { syntheticList } from './fixtures.js';

let seedList: EventList | null = null;
async function seed(): Promise<EventList> {
  seedList ??= (await (await fetch('/events/reuters-2016-10-17-syria-egypt-mamlouk.json')).json()) as EventList;
  return structuredClone(seedList);
}

/** A box's left and right (px) in the chart's SVG. */
function box(el: NewsTimeline, node: Element): { left: number; right: number } {
  const svg = $(el, 'svg')!.getBoundingClientRect();
  const r = node.getBoundingClientRect();
  return { left: r.left - svg.left, right: r.right - svg.left };
}

/**
 * Every event mark in view has a label; every label drawn (event or cluster) has its mark in view.
 * Returns how many marks were in view (so a test cannot pass on an empty chart).
 */
function assertLabelsWithMarks(el: NewsTimeline, width: number, what: string): number {
  let inView = 0;
  for (const g of $$(el, 'g.event, g.cluster')) {
    const mark = box(el, g.querySelector('.mark')!);
    const visible = mark.right >= 0 && mark.left <= width;
    const label = g.querySelector('text.label')!.textContent!;
    if (visible) inView++;
    if (label) expect(visible, `${what}: "${label}" drawn without its mark (${mark.left}–${mark.right})`).to.be.true;
    if (g.matches('g.event') && visible)
      expect(label, `${what}: ${g.getAttribute('aria-label')} in view without a label`).to.not.equal('');
  }
  return inView;
}

/** Tick labels never touch or overlap, and every axis label ends inside the chart. */
function assertAxisClean(el: NewsTimeline, width: number, what: string): void {
  const ticks = $$(el, '.axis text.tick')
    .map((t) => ({ text: t.textContent, ...box(el, t) }))
    .sort((a, b) => a.left - b.left);
  expect(ticks.length, `${what}: some tick labels`).to.be.above(1);
  for (let i = 1; i < ticks.length; i++)
    expect(ticks[i].left, `${what}: "${ticks[i - 1].text}" runs into "${ticks[i].text}"`).to.be.at.least(
      ticks[i - 1].right,
    );
  for (const t of [...ticks, ...$$(el, '.axis .context text').map((c) => ({ text: c.textContent, ...box(el, c) }))])
    expect(t.right, `${what}: "${t.text}" cut at the right edge`).to.be.at.most(width + 0.5);
}

/** Windows from the whole timeline down to a few hours, around `centre`. */
function sweep(centre: string, from: number, to: number, steps: number): [string, string][] {
  const mid = Date.parse(`${centre}Z`);
  const windows: [string, string][] = [];
  for (let i = 0; i <= steps; i++) {
    const half = ((to - from) / 2) * Math.pow(0.5, i);
    windows.push([new Date(mid - half).toISOString().slice(0, 16), new Date(mid + half).toISOString().slice(0, 16)]);
  }
  return windows;
}

describe('news-timeline: clean at every zoom', () => {
  it('a mark never loses its label: the seed at 26 Sep – 5 Nov 2016 (the "Saturday evening" talks)', async () => {
    for (const width of [375, 614, 800]) {
      const el = await mount(await seed(), width);
      el.zoomTo('2016-09-26', '2016-11-05');
      await settle(el);
      expect(assertLabelsWithMarks(el, width, `${width} px`)).to.be.above(3);
      const talks = $$(el, 'g.event, g.cluster').find((g) =>
        g.matches('g.event') ? g.getAttribute('data-event-id') === 'e7' : false,
      );
      // The talks are labelled on their own, or one of a cluster's events (with its count).
      if (talks) expect(talks.querySelector('text.label')!.textContent).to.match(/^Syria talks/);
      else expect($$(el, 'g.cluster').length, `${width} px: the talks are in a cluster`).to.be.above(0);
    }
  });

  it('marks keep their labels and labels their marks, and axis labels never touch, from decades to hours', async () => {
    for (const [list, width, centre] of [
      [await seed(), 375, '2016-10-16T00:00'],
      [await seed(), 1000, '2016-10-16T00:00'],
      [syntheticList(600, 365), 800, '2016-06-01T00:00'],
    ] as const) {
      const el = await mount(list, width);
      const range = el.visibleRange!;
      for (const [from, to] of sweep(centre, Date.parse(`${range.from}Z`), Date.parse(`${range.to}Z`), 14)) {
        el.zoomTo(from, to);
        await settle(el);
        assertLabelsWithMarks(el, width, `${width} px, ${from} – ${to}`);
        assertAxisClean(el, width, `${width} px, ${from} – ${to}`);
      }
    }
  });

  it('axis labels at a month’s end do not run together ("31" "1" read as "311")', async () => {
    const el = await mount(await seed(), 614);
    el.zoomTo('2016-09-26', '2016-11-05');
    await settle(el);
    assertAxisClean(el, 614, '26 Sep – 5 Nov at 614 px');
    const labels = $$(el, '.axis text.tick').map((t) => t.textContent);
    expect(labels).to.include('1');
    expect(labels).to.not.include('311');
  });

  it('no label without its mark: an event just left of the window has none at the left edge', async () => {
    const el = await mount(await reutersList());
    // Kerry's talks (Saturday 15 October, evening) end a few hours before this window starts.
    el.zoomTo('2016-10-16T02:00', '2016-10-30');
    await settle(el);
    const texts = $$(el, 'text.label').map((t) => t.textContent);
    expect(texts.some((t) => t!.startsWith('Kerry’s'))).to.be.false;
    assertLabelsWithMarks(el, 800, 'after the talks');
  });

  it('the active event’s label box is not drawn over a lane while its event is off-screen', async () => {
    const el = await mount(await reutersList());
    chart(el).focus();
    keydown(chart(el), 'Home'); // the conflict, since 2011: a long label, shortened
    await settle(el);
    el.zoomTo('2016-10-10', '2016-10-20');
    await settle(el);
    // The active event is pinned: still an option (focus stays on it), drawn off-screen, without a label.
    const active = el.shadowRoot!.getElementById(chart(el).getAttribute('aria-activedescendant') ?? '')!;
    expect(active.getAttribute('data-event-id')).to.equal('e1');
    expect(box(el, active.querySelector('.mark')!).right).to.be.below(0);
    expect(active.querySelector('text.label')!.textContent).to.equal('');
    expect($(el, '.hover-box') === null, 'no hover box for it').to.be.true;
  });

  it('on a phone the hover box wraps to the chart’s width instead of being cut off at the right', async () => {
    const el = await mount(await seed(), 335);
    el.zoomTo('2016-10-10', '2016-10-22');
    await settle(el);
    const shortened = $$(el, 'g.event').filter((g) => g.querySelector('text.label')!.textContent!.endsWith('…'));
    expect(shortened.length, 'some labels are shortened at this width').to.be.above(0);
    for (const g of shortened) {
      g.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await settle(el);
      const hover = $(el, '.hover-box')!;
      const full = g.getAttribute('aria-label')!;
      const lines = [...hover.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(full.startsWith(`${lines},`), `the whole label: ${lines}`).to.be.true;
      for (const part of [hover.querySelector('rect')!, ...hover.querySelectorAll('text')]) {
        const b = box(el, part);
        expect(b.left).to.be.at.least(-0.5);
        expect(b.right, `"${part.textContent}" within the chart`).to.be.at.most(335.5);
      }
      expect(getComputedStyle(hover).pointerEvents).to.equal('none');
      chart(el).dispatchEvent(new PointerEvent('pointerleave'));
      await settle(el);
    }
  });

  it('an update in the middle of a wheel gesture does not undo it (a hover box appearing under the pointer)', async () => {
    const el = await mount(await reutersList());
    const before = el.visibleRange;
    const r = chart(el).getBoundingClientRect();
    chart(el).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: r.left + 400,
        clientY: r.top + 60,
        bubbles: true,
        cancelable: true,
      }),
    );
    el.requestUpdate(); // before the gesture's frame
    await settle(el);
    expect(el.visibleRange).to.not.deep.equal(before);
  });

  it('the wheel zooms wherever the pointer is over the chart: marks, labels, cluster labels, the hover box', async () => {
    const el = await mount(await seed(), 800);
    await settle(el);
    const labelled = () => $$(el, 'text.label').filter((t) => t.textContent);
    expect(
      labelled().some((t) => t.closest('g.cluster')),
      'cluster labels among them',
    ).to.be.true;
    for (const text of labelled().map((t) => t.textContent)) {
      el.fit();
      await settle(el);
      // Groups are reused across frames: the label's node is looked up again in this one.
      const label = labelled().find((t) => t.textContent === text)!;
      const r = label.getBoundingClientRect();
      const x = r.left + Math.min(20, r.width / 2);
      const y = r.top + r.height / 2;
      // The real pointer: hover boxes appear under it as they would for a reader.
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await settle(el);
      const before = JSON.stringify(el.visibleRange);
      const target = el.shadowRoot!.elementFromPoint(x, y) ?? el;
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -200,
          clientX: x,
          clientY: y,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
      await settle(el);
      await settle(el);
      expect(JSON.stringify(el.visibleRange), `wheel over "${label.textContent}"`).to.not.equal(before);
    }
    await resetMouse();
  });
});

describe('news-timeline: help for a first-time reader', () => {
  it('says how to zoom and pan until the reader has; the keys are one button (or ?) away', async () => {
    const el = await mount(await reutersList());
    const hint = () => $(el, '[part="details"] .hint')!.textContent!;
    expect(hint()).to.contain('to zoom');
    const r = chart(el).getBoundingClientRect();
    chart(el).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: r.left + 300,
        clientY: r.top + 60,
        bubbles: true,
        cancelable: true,
      }),
    );
    await settle(el);
    expect(hint()).to.not.contain('to zoom');
    // Keys: the toolbar's "?" button opens and closes the list, and so does the ? key.
    const keys = $$<HTMLButtonElement>(el, '[part="controls"] button').find(
      (b) => b.getAttribute('aria-label') === 'Keyboard shortcuts',
    )!;
    expect(keys.getAttribute('aria-expanded')).to.equal('false');
    keys.click();
    await settle(el);
    expect(keys.getAttribute('aria-expanded')).to.equal('true');
    const help = $(el, '[part="help"]')!;
    expect(keys.getAttribute('aria-controls')).to.equal(help.id);
    const listed = [...help.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(listed).to.include.members(['← →', 'N, P', '+ −', '0', '?']);
    chart(el).focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part="help"]') === null, 'help closed').to.be.true;
    await sendKeys({ press: '?' });
    await settle(el);
    expect($(el, '[part="help"]')).to.exist;
    expect(el.shadowRoot!.getElementById('keys')!.textContent).to.contain(
      'N and P step to the next and previous event',
    );
  });
});

describe('news-timeline: words for dates', () => {
  it('"Wednesday night" reads as night: the part of the day comes from the TIMEX3 code, not a second table', async () => {
    const text = 'The council voted on Wednesday night.';
    const start = text.indexOf('Wednesday night');
    const list: EventList = {
      version: 2,
      article: { published: '2024-06-13', text },
      timexes: [
        {
          id: 't1',
          text: 'Wednesday night',
          start,
          end: start + 'Wednesday night'.length,
          type: 'TIME',
          // Extraction's night runs from 20:00, which an hour table in the element called "evening".
          value: '2024-06-12TNI',
          from: '2024-06-12T20:00',
          to: '2024-06-13T06:00',
          granularity: 'partOfDay',
          why: 'past tense: the Wednesday before Thu 13 Jun 2024',
        },
      ],
      events: [
        {
          id: 'e1',
          label: 'The council voted',
          timex: 't1',
          from: '2024-06-12T20:00',
          to: '2024-06-13T06:00',
          granularity: 'partOfDay',
          sentence: { start: 0, end: text.length, text },
          actors: [],
        },
      ],
    };
    const el = await mount(list);
    el.selected = 'e1';
    await settle(el);
    expect($(el, '[part="details"] .when')!.textContent).to.equal('Wednesday 12 June 2024, night');
    expect($(el, 'g.event')!.getAttribute('aria-label')).to.equal('The council voted, Wednesday 12 June 2024, night');
  });
});

describe('news-timeline: one locale, a heading the page chooses', () => {
  it('every date in the element follows the inherited lang, also after it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de"><news-timeline style="width:800px" opening="all"></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    el.data = await reutersList();
    await settle(el);
    el.selected = 'e10';
    await settle(el);
    el.zoomTo('2016-09-20', '2016-10-20');
    await settle(el);
    const texts = () => ({
      context: $$(el, '.axis .context text').map((t) => t.textContent),
      when: $(el, '[part="details"] .when')!.textContent,
      published: $(el, '[part="published-marker"] text')!.textContent,
      range: $(el, '.range')!.textContent,
    });
    let t = texts();
    expect(t.context).to.include('Oktober 2016');
    expect(t.when).to.equal('Montag, 17. Oktober 2016');
    expect(t.published).to.contain('17. Okt. 2016');
    expect(t.range).to.contain('Sept.');
    wrapper.setAttribute('lang', 'fr');
    el.zoomTo('2016-09-21', '2016-10-21'); // any update reads the language again
    await settle(el);
    t = texts();
    expect(t.context).to.include('octobre 2016');
    expect(t.when).to.equal('lundi 17 octobre 2016');
    expect(t.published).to.contain('17 oct. 2016');
  });

  it('heading-level puts the card’s heading in the page’s outline; axe is content under an <h1>', async () => {
    const list = await reutersList();
    const page = await fixture<HTMLElement>(
      html`<main>
        <h1>A news article</h1>
        <news-timeline style="width:800px" selected="e2" .data=${list}></news-timeline>
      </main>`,
    );
    const el = page.querySelector('news-timeline')!;
    await settle(el);
    expect($(el, '[part="details"] h2.title')!.textContent).to.equal('Sisi takes power in Egypt');
    await expect(page).to.be.accessible();
    el.headingLevel = 4;
    await settle(el);
    expect($(el, '[part="details"] .title')!.tagName).to.equal('H4');
    el.setAttribute('heading-level', 'none');
    await settle(el);
    expect($(el, '[part="details"] .title')!.tagName).to.equal('P');
    await expect(page).to.be.accessible();
  });
});

describe('news-timeline: on a phone', () => {
  it('cluster labels stay legible: chart-sized, upright, in a colour that contrasts with the background', async () => {
    const el = await mount(await seed(), 335, 'story');
    el.fit();
    await settle(el);
    const labels = $$(el, 'g.cluster text.label').filter((t) => t.textContent);
    expect(labels.length, 'cluster labels at this zoom').to.be.above(0);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance(getComputedStyle(el).backgroundColor);
    for (const label of labels) {
      const style = getComputedStyle(label);
      expect(parseFloat(style.fontSize)).to.be.at.least(12);
      expect(style.fontStyle).to.equal('normal');
      const fill = luminance(style.fill);
      const contrast = (Math.max(fill, background) + 0.05) / (Math.min(fill, background) + 0.05);
      expect(contrast, `contrast of "${label.textContent}"`).to.be.at.least(4.5);
      // Text of its own: a label's words, not just the count that is already in the badge.
      expect(label.textContent).to.match(/^\S+.* and \d+ more$/);
    }
  });
});

describe('news-timeline: the toolbar', () => {
  for (const width of [320, 375, 800]) {
    it(`fits one row at ${width} px`, async () => {
      const el = await mount(await seed(), width, 'story');
      const controls = $<HTMLElement>(el, '[part="controls"]')!;
      const buttons = [...controls.querySelectorAll('button')];
      const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(tops.size, 'one row').to.equal(1);
      expect(controls.scrollWidth).to.be.at.most(controls.clientWidth);
      for (const b of buttons) expect(b.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    });
  }
});
