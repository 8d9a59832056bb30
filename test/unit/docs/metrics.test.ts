import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHART_FONT_SIZE, LANE_HEIGHT } from '../../../src/timeline/metrics.js';
import { LIST_PAGE_SIZE } from '../../../src/timeline/render/list-view.js';

// Sizes live in metrics.ts (styles.ts interpolates them); the element's JSDoc, which the manifest and
// the README are generated from, cannot: this keeps the documented defaults equal to the code's.
const element = readFileSync('src/timeline/news-timeline.ts', 'utf8');
const styles = readFileSync('src/timeline/styles.ts', 'utf8');

test('the documented lane height and chart font size are the ones in metrics.ts', () => {
  assert.match(element, new RegExp(`@cssproperty \\[--news-timeline-lane-height=${LANE_HEIGHT}px\\]`));
  assert.match(element, new RegExp(`chart labels are ${CHART_FONT_SIZE}px`));
});

test('no size of metrics.ts or list-view.ts is written again as a number in the styles or the element', () => {
  assert.doesNotMatch(styles, /--news-timeline-lane-height\s*:/, 'the lane height is not declared in CSS');
  assert.doesNotMatch(styles, new RegExp(`font-size: ${CHART_FONT_SIZE}px`), 'chart font size');
  assert.doesNotMatch(element, new RegExp(`\\b${LIST_PAGE_SIZE}\\b`), 'list page size');
});
