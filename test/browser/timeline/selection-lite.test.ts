// The d3-selection subset the bundles ship (selection-lite.ts): d3-zoom's and d3-drag's uses of it.
import { expect } from '@open-wc/testing';
import * as imported from 'd3-selection';
import { pointer, select, Selection } from '../../../src/timeline/selection-lite.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('selection-lite (d3-selection subset for d3-zoom)', () => {
  it('is what `d3-selection` resolves to in these tests, as in the bundles', () => {
    expect(imported.select(document.body)).to.be.instanceOf(Selection);
    expect('data' in imported.select(document.body), 'no data join').to.be.false;
  });

  it('adds, replaces, reads and removes listeners by type and name', () => {
    const div = document.createElement('div');
    document.body.append(div);
    const calls: string[] = [];
    const s = select(div);
    (div as unknown as { __data__: string }).__data__ = 'datum';
    const first = function (this: unknown, event: Event, d: unknown) {
      calls.push(`first ${event.type} ${String(d)} ${this === div}`);
    };
    s.on('click.zoom', first).on('click.other', () => calls.push('other'));
    expect(s.on('click.zoom')).to.equal(first);
    div.click();
    expect(calls).to.deep.equal(['first click datum true', 'other']);
    // Same type and name: replaced, not added (and, as in d3, listened to again: it now runs last).
    s.on('click.zoom', () => calls.push('second'));
    div.click();
    expect(calls.slice(2)).to.deep.equal(['other', 'second']);
    // `.zoom` with no type removes every listener of that name, and only those.
    s.on('.zoom', null);
    div.click();
    expect(calls.slice(4)).to.deep.equal(['other']);
    expect(s.on('click.zoom')).to.equal(undefined);
    s.on('click.other mousedown.other', null);
    div.click();
    expect(calls).to.have.length(5);
    expect((div as unknown as { __on?: unknown }).__on, 'no bookkeeping left').to.equal(undefined);
    div.remove();
  });

  it('passes listener options (passive: false lets d3-zoom cancel wheel scrolling)', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    let prevented = false;
    select(div).on('wheel.zoom', (event: Event) => event.preventDefault(), { passive: false });
    const wheel = new WheelEvent('wheel', { cancelable: true, bubbles: true });
    div.dispatchEvent(wheel);
    prevented = wheel.defaultPrevented;
    expect(prevented).to.be.true;
    await wait(0);
    div.remove();
  });

  it('sets properties from values or functions, filters, styles and reads data', () => {
    const a = document.createElement('div');
    const s = select(a);
    s.property('__zoom', function (this: HTMLElement) {
      return this === a ? 'function value' : 'wrong';
    });
    expect((a as unknown as { __zoom: string }).__zoom).to.equal('function value');
    expect(s.property('__zoom')).to.equal('function value');
    s.style('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
    expect(a.style.getPropertyValue('-webkit-tap-highlight-color')).to.contain('rgba(0, 0, 0, 0)');
    expect(s.filter(() => false).empty()).to.be.true;
    expect(
      s
        .filter(function (this: unknown) {
          return this === a;
        })
        .node(),
    ).to.equal(a);
    expect(select(null).empty()).to.be.true;
    (a as unknown as { __data__: number }).__data__ = 7;
    expect(s.datum()).to.equal(7);
  });

  it('pointer: in an SVG element’s user space and in an HTML element’s box', () => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:30px;top:40px;width:300px;height:100px;border:2px solid';
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    svg.setAttribute('viewBox', '0 0 400 200');
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('transform', 'translate(10,0)');
    const rect = document.createElementNS(ns, 'rect');
    group.append(rect);
    svg.append(group);
    host.append(svg);
    document.body.append(host);
    const box = host.querySelector('svg')!.getBoundingClientRect();
    const event = new MouseEvent('mousemove', { clientX: box.left + 50, clientY: box.top + 20 });
    // viewBox doubles the scale; the group shifts x by 10 user units.
    const [x, y] = pointer(event, rect);
    expect(x).to.be.closeTo(90, 0.01);
    expect(y).to.be.closeTo(40, 0.01);
    const hostBox = host.getBoundingClientRect();
    const inHost = pointer(new MouseEvent('mousemove', { clientX: hostBox.left + 12, clientY: hostBox.top + 7 }), host);
    expect(inHost).to.deep.equal([10, 5], 'border excluded');
    // A zoom event's source event is followed to the input event.
    const wrapped = { sourceEvent: { sourceEvent: event } } as unknown as Event;
    expect(pointer(wrapped, rect)[0]).to.be.closeTo(90, 0.01);
    host.remove();
  });
});
