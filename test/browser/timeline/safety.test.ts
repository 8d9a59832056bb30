import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import type { NewsTimeline } from '../../../src/news-timeline.js';
import { $, $$, chart, keydown, mount, settle } from './helpers.js';
import { buildEventList } from './fixtures.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"></svg>',
  '</script><script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
  '"><iframe src="javascript:window.__pwned=5"></iframe>',
  '}</style><style>*{display:none}</style>',
  '{{7*7}} ${window.__pwned=6} <b onmouseover="window.__pwned=7">bold</b>',
];

const TEXT =
  `Talks began on Monday ${HOSTILE[0]} in Cairo. ${HOSTILE[1]} Officials met last month ${HOSTILE[2]}. ` +
  `A ceasefire collapsed this year ${HOSTILE[3]} ${HOSTILE[4]}. ${HOSTILE[5]} ${HOSTILE[6]} Since mid-2013 aid flowed.`;

function hostileList() {
  const list = buildEventList(
    TEXT,
    '2016-10-17',
    [
      {
        label: `Talks ${HOSTILE[0]}`,
        phrase: 'on Monday',
        from: '2016-10-17',
        to: '2016-10-18',
        granularity: 'day',
        why: HOSTILE[1],
      },
      {
        label: `Officials ${HOSTILE[2]}`,
        phrase: 'last month',
        from: '2016-09-01',
        to: '2016-10-01',
        granularity: 'month',
        why: HOSTILE[4],
      },
      {
        label: `${HOSTILE[3]} ${HOSTILE[5]}`,
        phrase: 'this year',
        from: '2016-01-01',
        to: '2017-01-01',
        granularity: 'year',
        why: HOSTILE[6],
      },
      {
        label: HOSTILE[6],
        phrase: 'Since mid-2013',
        from: '2013-04-01',
        to: '2013-10-01',
        granularity: 'year',
        mod: 'MID',
        ongoing: true,
      },
    ],
    HOSTILE[2],
  );
  list.article.source = HOSTILE[3];
  return list;
}

/** Nothing ran, and the shadow root holds only what the element itself draws. */
async function expectInert(el: NewsTimeline): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  expect(window.__pwned, 'no hostile script ran').to.equal(undefined);
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, iframe, style, a, object, embed, foreignObject, b, link').length).to.equal(
    0,
  );
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).to.be.false;
      expect(/javascript:/i.test(attr.value) && attr.name !== 'aria-label', `${node.tagName} ${attr.name}`).to.be.false;
    }
  }
  expect(document.querySelectorAll('body > img, body > iframe, body svg[onload]').length).to.equal(0);
}

describe('news-timeline: hostile input stays inert text', () => {
  afterEach(() => delete window.__pwned);

  it('labels, sentences, why and titles from .data are rendered as text', async () => {
    const list = hostileList();
    const el = await mount(list);
    chart(el).focus();
    keydown(chart(el), 'Home');
    // Select every event in turn: each sentence, phrase and why goes through the details panel.
    for (let i = 0; i < list.events.length; i++) {
      keydown(chart(el), 'Enter');
      await settle(el);
      await expectInert(el);
      keydown(chart(el), 'ArrowRight');
    }
    keydown(chart(el), 'Home');
    keydown(chart(el), 'ArrowRight');
    keydown(chart(el), 'ArrowRight');
    keydown(chart(el), 'Enter');
    await settle(el);
    expect(el.selected).to.equal('e2');
    const root = el.shadowRoot!;
    expect(
      $$(el, 'g.event')
        .map((g) => g.getAttribute('aria-label'))
        .join('|'),
    ).to.contain('Talks <img src=x onerror="window.__pwned=1">');
    expect(root.textContent).to.contain('Officials </script><script>window.__pwned=3</script>');
    expect($(el, '[part="details"] blockquote')!.textContent).to.contain('Officials met last month </script><script>');
    expect($(el, '[part="details"] mark')!.textContent).to.equal('last month');
    expect($(el, '[part="details"] .why')!.textContent).to.contain(
      '"><iframe src="javascript:window.__pwned=5"></iframe>',
    );
    expect(chart(el).getAttribute('aria-label')).to.contain('</script><script>');
    // The same text in the table view and in the full-label tooltip.
    $$<HTMLButtonElement>(el, '[part="controls"] button')
      .find((b) => b.textContent!.trim() === 'List view')!
      .click();
    await settle(el);
    expect($$(el, 'tbody button').map((b) => b.textContent)).to.include(HOSTILE[6]);
    await expectInert(el);
  });

  it('article text with markup through the extractor (.text and a child <template>)', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline published="2016-10-17"></news-timeline>`);
    el.text = TEXT;
    await settle(el);
    await expectInert(el);
    const template = document.createElement('template');
    template.setAttribute('published', '2016-10-17');
    // Hostile markup parsed in an inert document (DOMParser), moved into the template's inert content;
    // the element must read its text only.
    const parsed = new DOMParser().parseFromString(`<p>${HOSTILE.join(' ')} on Monday.</p>`, 'text/html');
    template.content.append(...Array.from(parsed.body.childNodes));
    const el2 = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    el2.append(template);
    await new Promise((r) => setTimeout(r));
    await settle(el2);
    await expectInert(el2);
    expect($(el2, '.state.error')).to.equal(null);
  });

  it("works under a strict Content-Security-Policy (default-src 'self')", async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const report = new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function onMessage(e) {
        if (e.data?.kind !== 'csp-report') return;
        window.removeEventListener('message', onMessage);
        resolve(e.data);
      });
    });
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <title>CSP</title>
      <script type="module" src="${new URL('./csp-page.js', import.meta.url).pathname}"></script>
      </head><body></body></html>`;
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.error).to.equal(undefined);
      expect(result.policyInForce, 'the CSP refuses an inline script').to.be.true;
      expect(result.violations).to.deep.equal([]);
      expect(result.options as number).to.be.above(0);
      expect(result.details).to.equal('mid-2013');
      expect(result.adopted as number).to.be.above(0);
      expect(result.labelColor).to.not.equal('');
    } finally {
      frame.remove();
    }
  });
});
