// In-page measurement helpers shared by the news-timeline and vis-timeline bench pages.

/** Elements in the document, shadow roots included. */
export function countNodes(root = document) {
  let n = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return n;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Main-thread time of one step until layout is done: its synchronous part (`run`, then forced layout),
 * plus the work that lands in the next frame (anything the widget defers to requestAnimationFrame, then
 * forced layout), counted from that frame's first callback. Waiting for the frame is not counted, and
 * the frame's timestamp is not where its work starts: while the compositor finishes the previous frame,
 * or after idle, the timestamp is up to a frame or more earlier, and counting from it (as this bench did
 * until 2026-11-29) charged that wait to the widget.
 */
export async function measureStep(run, settle) {
  let frameStart = 0;
  // Requested before `run`: the next frame's first callback, ahead of any the widget requests.
  requestAnimationFrame(() => {
    frameStart = performance.now();
  });
  const t0 = performance.now();
  await run();
  settle();
  const syncEnd = performance.now();
  const frameEnd = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      settle();
      resolve(performance.now());
    }),
  );
  // A `run` that spanned a frame: count from its end instead (waiting included, nothing twice).
  return syncEnd - t0 + (frameEnd - Math.max(frameStart, syncEnd));
}

export function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s[s.length - 1].toFixed(2), steps: s.length };
}

/** Windows for a scripted zoom: halve the window toward its centre `steps` times, then back out. */
export function zoomWindows(from, to, steps) {
  const mid = (from + to) / 2;
  const windows = [];
  for (let i = 1; i <= steps; i++) {
    const half = (to - from) / 2 / 2 ** i;
    windows.push([mid - half, mid + half]);
  }
  for (let i = steps - 1; i >= 0; i--) {
    const half = (to - from) / 2 / 2 ** i;
    windows.push([mid - half, mid + half]);
  }
  return windows;
}

/**
 * Wheel zoom at (x, y) as a reader's mouse would: `steps` notches in, then as many out; each step is
 * measured like any other, `afterDispatch` waiting for the widget's own update when it has one. Each
 * notch goes to the element under the pointer at that moment (`targetAt`): a mark under the pointer
 * is often replaced by a zoom, and events sent to a removed node reach nothing. A notch that leaves
 * the view (`view`) unchanged is an error, not a fast step.
 */
export async function wheelSteps(targetAt, view, x, y, steps, settle, afterDispatch = () => {}) {
  const samples = [];
  for (let i = 0; i < 2 * steps; i++) {
    const deltaY = i < steps ? -200 : 200;
    const target = targetAt();
    const before = view();
    samples.push(
      await measureStep(async () => {
        const init = { deltaY, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
        target.dispatchEvent(new WheelEvent('wheel', init));
        await afterDispatch();
      }, settle),
    );
    if (view() === before) throw new Error(`wheel notch ${i + 1} did not zoom`);
  }
  return samples;
}

export { nextFrame };
