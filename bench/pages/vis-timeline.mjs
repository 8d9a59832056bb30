// Bench page for vis-timeline, the widget a news site would pick instead: same data, same steps.
import { generateEventList } from '../lib/events.mjs';
import { countNodes, measureStep, summarize, zoomWindows, nextFrame, wheelSteps } from './measure.mjs';

const ZOOM_STEPS = 12;

window.bench = async (n) => {
  const data = generateEventList(n);
  document.body.replaceChildren();
  await nextFrame();
  const container = document.createElement('div');
  container.id = 'timeline';
  document.body.append(container);
  const items = data.events.map((e) => ({
    id: e.id,
    content: e.label,
    start: e.from,
    ...(e.granularity === 'day' ? {} : { end: e.to, type: 'range' }),
  }));
  const settle = () => container.getBoundingClientRect() && document.body.offsetHeight;
  let timeline;
  const firstRender = await measureStep(() => {
    timeline = new window.vis.Timeline(container, new window.vis.DataSet(items), { stack: true });
  }, settle);

  const range = timeline.getWindow();
  const from = range.start.getTime();
  const to = range.end.getTime();
  const zoomSamples = [];
  for (const [a, b] of zoomWindows(from, to, ZOOM_STEPS)) {
    zoomSamples.push(
      await measureStep(() => {
        timeline.setWindow(new Date(a), new Date(b), { animation: false });
        timeline.redraw();
      }, settle),
    );
  }
  timeline.fit({ animation: false });
  await nextFrame();

  const box = container.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(box.height / 2, 60);
  const wheelSamples = await wheelSteps(
    () => document.elementFromPoint(x, y) ?? container,
    () => JSON.stringify(timeline.getWindow()),
    x,
    y,
    ZOOM_STEPS,
    settle,
  );
  return {
    firstRender: +firstRender.toFixed(1),
    zoom: summarize(zoomSamples),
    wheel: summarize(wheelSamples),
    domNodes: countNodes(),
  };
};
