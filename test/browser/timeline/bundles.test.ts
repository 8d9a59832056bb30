// The built bundles as pages use them: news-timeline.bundle.js from another directory, from another
// origin and under a strict CSP, loading its chunks (extraction, d3-zoom, a story's view) from beside itself; what a page
// sees when the chunks are missing; and news-timeline.single.js, which needs no other file. The routes
// /__test__/cdn/ and /__test__/no-chunks/ are served by web-test-runner.config.mjs from dist/. These
// tests need `npm run build` and are skipped, saying so, without it.
import { expect } from '@open-wc/testing';
import { extract } from '../../../src/extract/index.js';
import type { EventList } from '../../../src/extract/types.js';

interface Report {
  error?: string;
  inlineRuns: boolean;
  drawn: number;
  storyArticles: number;
  listRows: number;
  state: string | null;
  note: string | null;
  errors: { kind: string; fatal: boolean; message: string }[];
  workers: string[];
  resources: string[];
  violations: string[];
  wheelZooms: boolean;
  methodZooms: boolean;
}

const EVENTS = '/events/reuters-2016-10-17-syria-egypt-mamlouk.json';
const STORY = '/events/fictional-story-port-elven-ferry-strike.story.json';
/** Two child articles on one story (read by extractStory()). */
const STORY_ARTICLES = [
  {
    published: '2024-03-06',
    title: 'Talks fail',
    text: 'Talks between the unions and the railway failed on Tuesday.',
  },
  {
    published: '2024-03-07',
    title: 'Strike',
    text: 'Talks failed on Tuesday, officials said. A strike begins on Friday.',
  },
];

async function built(): Promise<boolean> {
  const response = await fetch('/dist/news-timeline.single.js', { method: 'HEAD' });
  return response.ok;
}

/** The chunk files news-timeline.bundle.js loads (their names carry a hash), read from the bundle. */
const chunk = {
  extract: '',
  zoom: '',
  coverage: '',
  panels: '',
  reading: '',
  'source-messages': '',
  'validation-messages': '',
};
async function readChunkNames(): Promise<void> {
  const code = await (await fetch('/dist/news-timeline.bundle.js')).text();
  for (const name of Object.keys(chunk) as (keyof typeof chunk)[]) {
    const found = new Set(
      [...code.matchAll(new RegExp(`"\\./(news-timeline-${name}-[\\w-]+\\.js)"`, 'g'))].map((m) => m[1]),
    );
    expect([...found], `news-timeline.bundle.js loads one ${name} chunk`).to.have.length(1);
    chunk[name] = [...found][0]!;
  }
}

let frame: HTMLIFrameElement | null = null;
afterEach(() => {
  frame?.remove();
  frame = null;
});

/** Runs bundle-page.ts in a fresh frame (with `csp`, under that policy) and returns its report. */
function load(test: Record<string, unknown>, csp?: string): Promise<Report> {
  const report = new Promise<Report>((resolve) => {
    window.addEventListener('message', function onMessage(e) {
      if (e.data?.kind !== 'bundle-report') return;
      window.removeEventListener('message', onMessage);
      resolve(e.data as Report);
    });
  });
  frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.name = JSON.stringify(test);
  frame.src = `/__test__/bundle-page.html${csp ? `?csp=${encodeURIComponent(csp)}` : ''}`;
  document.body.append(frame);
  return report;
}

const paths = (urls: string[]) => urls.map((url) => new URL(url, location.href).pathname);
const scripts = (report: Report) => paths(report.resources).filter((p) => /\/news-timeline[\w.-]*\.js$/.test(p));

let seed: { text: string; published: string } | null = null;
async function seedArticle(): Promise<{ text: string; published: string }> {
  seed ??= ((await (await fetch(EVENTS)).json()) as EventList).article as { text: string; published: string };
  return seed;
}

describe('news-timeline.bundle.js and its chunks', function () {
  before(async function () {
    if (!(await built())) this.skip(); // needs `npm run build`
    await readChunkNames();
  });

  it('an EventList (src): the bundle and the zoom chunk beside it load, extraction does not', async () => {
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src: EVENTS });
    expect(report.error).to.equal(undefined);
    expect(report.inlineRuns, 'no policy here').to.be.true;
    expect(report.drawn).to.be.above(0);
    // The panels chunk (list view, keys) may have come too, when the page was idle.
    expect(scripts(report).filter((p) => !p.endsWith(chunk.panels))).to.deep.equal([
      '/__test__/cdn/news-timeline.bundle.js',
      `/__test__/cdn/${chunk.zoom}`,
    ]);
    expect(report.wheelZooms, 'd3-zoom from the chunk answers the wheel').to.be.true;
    expect(report.note).to.equal(null);
  });

  it('article text: the reading and extraction chunks come from beside the bundle; a long text is read in a worker from it', async () => {
    const { text, published } = await seedArticle();
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', text, published });
    expect(report.error).to.equal(undefined);
    expect(report.drawn).to.equal(extract(text, { published }).events.length);
    expect(scripts(report)).to.include.members([`/__test__/cdn/${chunk.reading}`, `/__test__/cdn/${chunk.extract}`]);
    expect(paths(report.workers)).to.deep.equal([`/__test__/cdn/${chunk.extract}`]);
    expect(scripts(report), 'no story: no story view').not.to.include(`/__test__/cdn/${chunk.coverage}`);
  });

  it("under a strict Content-Security-Policy (default-src 'self'): chunks and worker load, nothing is refused", async () => {
    const { text, published } = await seedArticle();
    const test = { bundle: '/__test__/cdn/news-timeline.bundle.js', text, published };
    const report = await load(test, "default-src 'self'");
    expect(report.error).to.equal(undefined);
    expect(report.inlineRuns, 'the policy is in force: an inline script is refused').to.be.false;
    expect(report.violations).to.deep.equal([]);
    expect(report.drawn).to.equal(extract(text, { published }).events.length);
    expect(paths(report.workers)).to.deep.equal([`/__test__/cdn/${chunk.extract}`]);
    expect(report.wheelZooms).to.be.true;
  });

  it('from another origin (a CDN): the chunks come from there, the worker through a same-origin blob', async () => {
    const { text, published } = await seedArticle();
    const cdn = `http://127.0.0.1:${location.port}/__test__/cdn/`;
    const report = await load({ bundle: `${cdn}news-timeline.bundle.js`, text, published });
    expect(report.error).to.equal(undefined);
    expect(report.drawn).to.equal(extract(text, { published }).events.length);
    expect(report.resources).to.include.members([
      `${cdn}news-timeline.bundle.js`,
      `${cdn}${chunk.zoom}`,
      `${cdn}${chunk.extract}`,
    ]);
    // A worker's script must be of the page's origin: a blob of the page's, importing the chunk.
    expect(report.workers).to.have.length(1);
    expect(report.workers[0]).to.match(/^blob:/);
    expect(report.wheelZooms).to.be.true;
  });

  it('from another origin under a CSP that allows it but not blob: workers: the text is read on the main thread', async () => {
    const { text, published } = await seedArticle();
    const cdn = `http://127.0.0.1:${location.port}/__test__/cdn/`;
    const test = { bundle: `${cdn}news-timeline.bundle.js`, text, published };
    const report = await load(test, `default-src 'self' ${cdn}`);
    expect(report.error).to.equal(undefined);
    expect(report.inlineRuns).to.be.false;
    expect(report.drawn).to.equal(extract(text, { published }).events.length);
    expect(report.violations).to.have.length(1);
    expect(report.violations[0]).to.match(/^worker-src blob/);
    // With `worker-src blob:` added, the worker runs.
    frame?.remove();
    const allowed = await load(test, `default-src 'self' ${cdn}; worker-src blob:`);
    expect(allowed.violations).to.deep.equal([]);
    expect(allowed.workers).to.have.length(1);
    expect(allowed.drawn).to.equal(report.drawn);
  });

  it('without the chunks: article text gets a clear error', async () => {
    const { text, published } = await seedArticle();
    const report = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', text, published });
    expect(report.error).to.equal(undefined);
    expect(report.state).to.match(
      new RegExp(
        `The article could not be read: the extraction code could not be loaded \\(.*/__test__/no-chunks/${chunk.reading}\\)`,
      ),
    );
    expect(report.errors.map((e) => [e.kind, e.fatal])).to.deep.equal([['extraction', true]]);
    expect(report.errors[0].message).to.equal(report.state!.replace(/^The timeline could not be shown\. /, ''));
  });

  it('without the chunks: an EventList still draws, the buttons and methods zoom, a note says the gestures cannot', async () => {
    const report = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', src: EVENTS });
    expect(report.error).to.equal(undefined);
    expect(report.drawn).to.be.above(0);
    expect(report.note).to.match(
      new RegExp(`^Zooming by wheel, drag and pinch is not available \\(.*/__test__/no-chunks/${chunk.zoom}\\)\\.$`),
    );
    expect(report.wheelZooms).to.be.false;
    expect(report.methodZooms).to.be.true;
  });

  it('a src that fails: the error in words from their chunk; without it, the facts plainly', async () => {
    const src = '/events/no-such-file.json';
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src });
    expect(report.state).to.match(/Could not load \/events\/no-such-file\.json: the server answered 404/);
    expect(scripts(report)).to.include(`/__test__/cdn/${chunk['source-messages']}`);
    frame?.remove();
    const plain = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', src });
    expect(plain.state).to.match(/Could not load \/events\/no-such-file\.json \(http: 404 Not Found\)/);
    expect(plain.errors.map((e) => [e.kind, e.fatal])).to.deep.equal([['fetch', true]]);
  });

  it('an invalid list (src): its problem in words from their chunk; without it, where the problem is', async () => {
    // package.json is JSON but no EventList: its first field is not one of the contract's.
    const src = '/package.json';
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src });
    expect(report.state).to.match(
      /Invalid event list: The event list has a field the EventList does not define: "name"/,
    );
    expect(scripts(report)).to.include(`/__test__/cdn/${chunk['validation-messages']}`);
    frame?.remove();
    const plain = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', src });
    expect(plain.state).to.match(/Invalid event list: the problem is at name/);
    expect(plain.errors.map((e) => [e.kind, e.fatal])).to.deep.equal([['validation', true]]);
  });

  it('an attribute value not used: the note in words from their chunk; without it, a short note naming none', async () => {
    const attributes = { 'max-lanes': '-5' };
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src: EVENTS, attributes });
    expect(report.error).to.equal(undefined);
    expect(report.drawn).to.be.above(0);
    expect(report.note).to.equal('max-lanes is -5, not a whole number of at least 1: 1 lane is used.');
    expect(scripts(report)).to.include(`/__test__/cdn/${chunk['validation-messages']}`);
    expect(report.errors.map((e) => [e.kind, e.fatal, e.message])).to.deep.equal([['attribute', false, report.note]]);
    frame?.remove();
    // Without the chunks the chart still draws; the note says an attribute is not used, beside the zoom's note.
    const plain = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', src: EVENTS, attributes });
    expect(plain.error).to.equal(undefined);
    expect(plain.drawn).to.equal(report.drawn);
    expect(plain.note).to.match(/^An attribute value is not used\. Zooming by wheel, drag and pinch is not available/);
    expect(plain.errors.map((e) => [e.kind, e.fatal, e.message])).to.deep.equal([
      ['attribute', false, 'An attribute value is not used.'],
    ]);
  });

  it('view="list": the list view comes from the panels chunk beside the bundle', async () => {
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src: EVENTS, view: 'list' });
    expect(report.error).to.equal(undefined);
    const list = (await (await fetch(EVENTS)).json()) as EventList;
    expect(report.listRows).to.equal(list.events.length);
    expect(scripts(report)).to.include(`/__test__/cdn/${chunk.panels}`);
  });

  it('a StoryEventList (src): the story view comes from its chunk beside the bundle, extraction does not', async () => {
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', src: STORY });
    expect(report.error).to.equal(undefined);
    expect(report.storyArticles).to.equal(4);
    expect(report.drawn).to.be.above(0);
    // The story's validator words its problems with the validation messages (their chunk comes along).
    expect(scripts(report).filter((p) => !p.endsWith(chunk.panels))).to.have.members([
      '/__test__/cdn/news-timeline.bundle.js',
      `/__test__/cdn/${chunk.coverage}`,
      `/__test__/cdn/${chunk['validation-messages']}`,
      `/__test__/cdn/${chunk.zoom}`,
    ]);
  });

  it('child articles: extractStory() comes from the extraction chunk, the story view from its chunk', async () => {
    const report = await load({ bundle: '/__test__/cdn/news-timeline.bundle.js', articles: STORY_ARTICLES });
    expect(report.error).to.equal(undefined);
    expect(report.state).to.equal(null);
    expect(report.storyArticles).to.equal(2);
    expect(report.drawn).to.be.above(0);
    expect(scripts(report)).to.include.members([
      `/__test__/cdn/${chunk.reading}`,
      `/__test__/cdn/${chunk.extract}`,
      `/__test__/cdn/${chunk.coverage}`,
    ]);
  });

  it('without the chunks: a child article gets a clear error, with Retry', async () => {
    const articles = [{ published: '2024-03-06', title: 'Talks fail', text: 'Talks failed on Tuesday.' }];
    const report = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', articles });
    expect(report.error).to.equal(undefined);
    expect(report.state).to.match(
      new RegExp(
        `^The timeline could not be shown\\. The article could not be read: the extraction code could not be loaded \\(.*/__test__/no-chunks/${chunk.reading}\\).*Retry$`,
      ),
    );
    expect(report.errors.map((e) => [e.kind, e.fatal])).to.deep.equal([['extraction', true]]);
  });

  it('without the chunks: a story gets a clear error, with Retry', async () => {
    const report = await load({ bundle: '/__test__/no-chunks/news-timeline.bundle.js', src: STORY });
    expect(report.error).to.equal(undefined);
    expect(report.state).to.match(new RegExp(`The story view could not be loaded: .*${chunk.coverage}.*Retry$`));
    expect(report.errors.map((e) => [e.kind, e.fatal])).to.deep.equal([['fetch', true]]);
  });

  it('news-timeline.single.js draws a story with no other file: the story view and extractStory() are in it', async () => {
    const fromList = await load({ bundle: '/__test__/no-chunks/news-timeline.single.js', src: STORY });
    expect(fromList.error).to.equal(undefined);
    expect(fromList.storyArticles).to.equal(4);
    frame?.remove();
    const fromArticles = await load({
      bundle: '/__test__/no-chunks/news-timeline.single.js',
      articles: STORY_ARTICLES,
    });
    expect(fromArticles.error).to.equal(undefined);
    expect(fromArticles.storyArticles).to.equal(2);
    for (const report of [fromList, fromArticles])
      expect(scripts(report)).to.deep.equal(['/__test__/no-chunks/news-timeline.single.js']);
  });

  it('news-timeline.single.js needs no other file: article text read in it, d3-zoom in it', async () => {
    const { text, published } = await seedArticle();
    const report = await load({ bundle: '/__test__/no-chunks/news-timeline.single.js', text, published });
    expect(report.error).to.equal(undefined);
    expect(report.drawn).to.equal(extract(text, { published }).events.length);
    expect(scripts(report)).to.deep.equal(['/__test__/no-chunks/news-timeline.single.js']);
    expect(report.workers).to.deep.equal([]);
    expect(report.wheelZooms).to.be.true;
  });
});
