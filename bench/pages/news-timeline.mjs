// Bench page for <news-timeline>: first render, scripted zoom (zoomTo) and wheel zoom.
import { generateEventList } from '../lib/events.mjs';
import { countNodes, measureStep, summarize, zoomWindows, nextFrame, wheelSteps } from './measure.mjs';

const ZOOM_STEPS = 12;

window.bench = async (n) => {
  await customElements.whenDefined('news-timeline');
  const data = generateEventList(n);
  document.body.replaceChildren();
  await nextFrame();

  const el = document.createElement('news-timeline');
  const settle = () => el.shadowRoot?.firstElementChild?.getBoundingClientRect();
  const firstRender = await measureStep(async () => {
    el.data = data;
    document.body.append(el);
    await el.updateComplete;
  }, settle);
  await nextFrame();
  await el.updateComplete;

  const range = el.visibleRange;
  const from = Date.parse(range.from + 'Z');
  const to = Date.parse(range.to + 'Z');
  const zoomSamples = [];
  for (const [a, b] of zoomWindows(from, to, ZOOM_STEPS)) {
    zoomSamples.push(
      await measureStep(async () => {
        el.zoomTo(new Date(a), new Date(b));
        await el.updateComplete;
      }, settle),
    );
  }
  el.fit();
  await el.updateComplete;
  await nextFrame();

  // Wheel zoom at the centre of the plot.
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const wheelSamples = await wheelSteps(
    () => el.shadowRoot.elementFromPoint(x, y) ?? el,
    () => JSON.stringify(el.visibleRange),
    x,
    y,
    ZOOM_STEPS,
    settle,
    () => el.updateComplete,
  );
  return {
    firstRender: +firstRender.toFixed(1),
    zoom: summarize(zoomSamples),
    wheel: summarize(wheelSamples),
    domNodes: countNodes(),
  };
};
