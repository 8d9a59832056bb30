// The README's usage in React 19, Vue and Svelte, run as written (test/browser/frameworks/): each
// framework draws an EventList given as a property and hears news-timeline-select.
import { expect } from '@open-wc/testing';
import { mount as mountSvelte, type Component } from 'svelte';
import type { EventList } from '../../../src/extract/types.js';
import { reutersList } from '../timeline/helpers.js';

declare global {
  interface Window {
    frameworkTest: { container: HTMLElement; eventList: EventList };
  }
}

type Timeline = HTMLElement & { data: EventList | null };

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const SNIPPETS: [string, (container: HTMLElement, eventList: EventList) => Promise<unknown>][] = [
  ['React 19', () => import(`/test/browser/frameworks/${'react.js'}`)],
  ['Vue', () => import(`/test/browser/frameworks/${'vue.js'}`)],
  [
    'Svelte',
    async (container, eventList) => {
      const { default: Timeline } = (await import(`/test/browser/frameworks/${'Timeline.svelte'}`)) as {
        default: Component<{ eventList: EventList }>;
      };
      return mountSvelte(Timeline, { target: container, props: { eventList } });
    },
  ],
];

describe('the README snippets for React, Vue and Svelte', () => {
  for (const [name, run] of SNIPPETS) {
    it(`${name}: draws an EventList passed as a property and hears news-timeline-select`, async () => {
      const eventList = await reutersList();
      const container = document.createElement('div');
      container.style.width = '800px';
      document.body.append(container);
      window.frameworkTest = { container, eventList };
      const logged: unknown[][] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => logged.push(args);
      try {
        await run(container, eventList);
        const timeline = await until(() => container.querySelector<Timeline>('news-timeline'), 'the element');
        const mark = await until(
          () => timeline.shadowRoot?.querySelector<SVGGElement>('g.event .mark'),
          'events drawn from the property',
        );
        expect(timeline.data, 'the EventList itself, as a property').to.equal(eventList);
        expect(timeline.hasAttribute('data'), 'not an attribute').to.be.false;
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        const selected = await until(() => logged.find(([e]) => (e as { id?: string })?.id), 'news-timeline-select');
        expect(eventList.events.map((e) => e.id)).to.include((selected[0] as { id: string }).id);
      } finally {
        console.log = log;
        container.remove();
      }
    });
  }
});
