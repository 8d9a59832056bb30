/**
 * Help for readers that the first view needs: the keys in words (the chart's description) and the
 * first-time hint on how to zoom and pan, shown until the reader has zoomed or panned once. The keys'
 * panel is key-help.ts (in the panels chunk).
 */

/** The same keys in words, for the listbox's description (read by screen readers, which say "←" badly). */
export const KEYS_SENTENCE =
  'Arrow keys move between events in time order, Home and End go to the first and last, Enter opens an event, ' +
  'N and P step to the next and previous event of the story, plus and minus zoom, 0 shows all events, ' +
  'Page Up and Page Down move the view, Escape closes the event, and the question mark lists these keys.';

/** How to zoom and pan with what the reader has: a touch screen or a mouse. */
export function gestureHint(): string {
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return touch ? 'Pinch to zoom, drag to move in time.' : 'Scroll over the timeline to zoom, drag to move in time.';
}
