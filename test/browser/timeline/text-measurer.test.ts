import { expect } from '@open-wc/testing';
import '../../../src/news-timeline.js';
import { TextMeasurer } from '../../../src/timeline/text-measurer.js';
import { $$, mount, reutersList } from './helpers.js';

const FONT = 'system-ui, sans-serif';

function canvasWidth(text: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `12px ${FONT}`;
  return context.measureText(text).width;
}

describe('TextMeasurer', () => {
  it('measures Latin, Greek, Cyrillic and CJK labels never narrower than the canvas, and within a few per cent', () => {
    const measurer = new TextMeasurer(() => FONT);
    for (const text of [
      'Kerry’s Lausanne talks fail to agree a strategy',
      'AVATAR: “To Wawa, Yes” — 12,345 events',
      'Ελληνικά νέα, Русские новости',
      '叙利亚安全负责人公开访问开罗',
      'Ünïcödé façade, 1990s–2000s',
    ]) {
      const whole = canvasWidth(text);
      const measured = measurer.measure(text);
      expect(measured, text).to.be.at.least(whole - 0.01);
      expect(measured, text).to.be.at.most(whole * 1.06);
    }
  });

  it('measures shaped scripts whole (the sum of letters would be wrong)', () => {
    const measurer = new TextMeasurer(() => FONT);
    for (const text of ['مسؤول أمني سوري يزور القاهرة', 'सीरिया के सुरक्षा प्रमुख', 'e\u0301te\u0301']) {
      expect(measurer.measure(text), text).to.equal(canvasWidth(text));
    }
  });

  it('gives the same width from its cache, and measures again after reset', () => {
    const measurer = new TextMeasurer(() => FONT);
    const first = measurer.measure('Aleppo ceasefire');
    expect(measurer.measure('Aleppo ceasefire')).to.equal(first);
    measurer.reset();
    expect(measurer.measure('Aleppo ceasefire')).to.equal(first);
  });

  it('never under-measures a label the chart draws (so labels cannot overlap)', async () => {
    const el = await mount(await reutersList(), 1200);
    el.zoomTo('2016-09-01', '2016-10-25');
    await el.updateComplete;
    const measurer = new TextMeasurer(() => getComputedStyle(el).fontFamily);
    const labels = $$(el, 'g.event text.label').filter((t) => t.textContent);
    expect(labels.length).to.be.greaterThan(3);
    for (const label of labels as SVGTextElement[])
      expect(label.getComputedTextLength(), label.textContent!).to.be.at.most(
        measurer.measure(label.textContent!) + 0.5,
      );
  });
});
