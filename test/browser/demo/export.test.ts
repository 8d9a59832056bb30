// The demo's SVG and PNG export on a stand-in element whose shadow root holds a styled SVG, so that
// the serializer is tested whatever <news-timeline> draws.
import { expect } from '@open-wc/testing';
import { serializeTimelineSvg, svgToPng, timelineSvg } from '../../../demo/export.js';

function standIn(): HTMLElement {
  const host = document.createElement('div');
  host.style.background = 'rgb(10, 20, 30)';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = '.bar { fill: rgb(200, 100, 0); stroke: rgb(0, 0, 255); } text { font-size: 13px; }';
  const svgNs = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(svgNs, 'svg'); // a small icon, not the drawing
  icon.setAttribute('width', '10');
  icon.setAttribute('height', '10');
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '120');
  const rect = document.createElementNS(svgNs, 'rect');
  rect.setAttribute('class', 'bar');
  rect.setAttribute('x', '10');
  rect.setAttribute('y', '10');
  rect.setAttribute('width', '100');
  rect.setAttribute('height', '20');
  const label = document.createElementNS(svgNs, 'text');
  label.setAttribute('x', '10');
  label.setAttribute('y', '60');
  label.textContent = 'Talks fail in Lausanne <&>';
  svg.append(rect, label);
  root.append(style, icon, svg);
  document.body.append(host);
  return host;
}

describe('demo export', () => {
  let host: HTMLElement;
  beforeEach(() => (host = standIn()));
  afterEach(() => host.remove());

  it('picks the drawing, not an icon', () => {
    expect(timelineSvg(host)!.getAttribute('width')).to.equal('300');
  });

  it('serializes the SVG with computed styles inlined and the background behind it', () => {
    const { svg, width, height } = serializeTimelineSvg(host);
    expect([width, height]).to.deep.equal([300, 120]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).to.equal('0 0 300 120');
    const rects = [...root.querySelectorAll('rect')];
    expect(rects[0]!.getAttribute('fill')).to.equal('rgb(10, 20, 30)');
    const bar = rects[1]!;
    expect(bar.getAttribute('style')).to.contain('fill:rgb(200, 100, 0)');
    expect(bar.getAttribute('style')).to.contain('stroke:rgb(0, 0, 255)');
    expect(bar.hasAttribute('class')).to.equal(false);
    expect(root.querySelector('text')!.textContent).to.equal('Talks fail in Lausanne <&>');
    expect(root.querySelector('text')!.getAttribute('style')).to.contain('font-size:13px');
  });

  it('says so when there is no SVG to export', () => {
    const empty = document.createElement('div');
    empty.attachShadow({ mode: 'open' });
    expect(() => serializeTimelineSvg(empty)).to.throw('has not drawn an SVG');
  });

  it('draws the SVG into a PNG at twice its size', async () => {
    const png = await svgToPng(serializeTimelineSvg(host));
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([600, 240]);
    const canvas = new OffscreenCanvas(600, 240);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect([...context.getImageData(40, 40, 1, 1).data]).to.deep.equal([200, 100, 0, 255]); // the bar, scaled
  });
});
