// Screenshots of the built demo (dist/demo/) in headless Chromium: 1280 px and 375 px wide, light and
// dark, in a few states, as full pages and as the first screen. Run `node scripts/build.mjs` first.
//   node scripts/screenshot-demo.mjs [--out DIR] [--states seed,selected,edit,curate,empty,ford,wildfire,pasted,embed,story,story-card,story-added] [--exports]
// `pasted` pastes a council story (below, written for this script) as a reader would, then reads it;
// `curate` corrects the seed's events in the Curate tab (a label, a deletion, a date being typed).
// `story` opens the example story (fictional, several articles); `story-card` opens the card of an event
// that three articles report; `story-added` presses "Add another article" on the seed article.
// --exports also saves what the Export buttons give for the seed article (export-<width>-<scheme>.svg/png/json).
// Serves dist/demo/ itself on a free port; writes DIR/<state>-<width>-<scheme>[-screen].png (default
// build/screenshots/demo/) and prints any console error or failed request of the page.
import { createServer } from 'node:http';
import { readFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './lib/find-chrome.mjs';

const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const outDir = resolve(argValue('--out', 'build/screenshots/demo'));
const states = argValue(
  '--states',
  'seed,selected,edit,curate,empty,ford,wildfire,pasted,embed,story,story-card,story-added',
).split(',');

/** A local news story (invented for these screenshots): last fortnight's events, a 1924 building, a 2031 plan. */
const PASTED = {
  title: 'Riverton council votes to save its Carnegie library',
  published: '2024-06-13',
  text: [
    'Riverton council votes to save its Carnegie library',
    '',
    'Riverton’s town council voted on Wednesday night to repair the Carnegie library, ending a dispute that began when the building was closed on 30 May.',
    '',
    'The library, which opened in 1924, was shut after an inspection on 29 May found damp in its roof timbers. Council leader Amina Shah called an emergency meeting on 3 June, and residents handed in a petition with 4,000 signatures on Friday.',
    '',
    'Engineers told councillors on Monday morning that the repairs would cost £4m. A motion to sell the building was withdrawn on Tuesday after a protest outside the town hall.',
    '',
    'Under the plan approved this week, repair work will begin in September and the library is expected to reopen in spring 2025. A public consultation on its opening hours will run until 28 June.',
    '',
    'The council also promised to make the 1924 building fully accessible by 2031. “Last month we nearly lost a hundred years of history,” Shah said on Thursday.',
  ].join('\n'),
};
const root = resolve('dist/demo');

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error('screenshot-demo: dist/demo/index.html is missing; run `node scripts/build.mjs` first.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root)) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
await mkdir(outDir, { recursive: true });

/** Puts the page in `state` after it has loaded. */
async function enter(page, state) {
  if (state === 'selected') {
    const mark = await page.$('.article-body mark[data-events]');
    if (mark) await mark.click();
  } else if (state === 'embed') {
    await page.evaluate(() => {
      document.querySelector('details.export').open = true;
      [...document.querySelectorAll('.export button')].find((button) => button.textContent.includes('Embed')).click();
    });
  } else if (state === 'edit') {
    await page.click('#tab-edit');
  } else if (state === 'curate') {
    await page.click('#tab-curate');
    await page.evaluate(async () => {
      const editor = document.querySelector('news-timeline-editor');
      const root = editor.shadowRoot;
      const rows = () => [...root.querySelectorAll('li.event')];
      const button = (row, text) => [...row.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
      const fill = (field, value) => {
        field.value = value;
        field.dispatchEvent(new Event('input'));
      };
      button(rows()[0], 'Edit').click();
      await editor.updateComplete;
      const label = root.querySelector('input[id^="label-"]');
      fill(label, 'Ali Mamlouk met Khaled Fawzi of Egyptian intelligence in Cairo');
      label.form.requestSubmit();
      await editor.updateComplete;
      button(rows().at(-1), 'Delete').click();
      await editor.updateComplete;
      button(rows()[3], 'Edit').click();
      await editor.updateComplete;
      fill(root.querySelector('input[id^="date-"]'), 'the Saturday before');
      await editor.updateComplete;
    });
  } else if (state === 'pasted') {
    await page.click('.toolbar .button');
    await page.evaluate((article) => {
      const type = (selector, value) => {
        const field = document.querySelector(selector);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      type('#article-title', article.title);
      type('#article-published', article.published);
      type('#article-text', article.text);
    }, PASTED);
    await new Promise((done) => setTimeout(done, 1500));
    await page.waitForSelector('.status:not(.status-busy)', { timeout: 10_000 }).catch(() => {});
    await page.click('#tab-read');
    await page.evaluate(() => window.scrollTo(0, 0));
  } else if (state === 'empty') {
    await page.click('.toolbar .button');
  } else if (state === 'story' || state === 'story-card') {
    const id = await page.$$eval('select option', (options) => options.find((o) => o.value.includes('story'))?.value);
    if (id) await page.select('.picker select', id);
    await page.waitForSelector('.status-ok, .status-warning', { timeout: 10_000 }).catch(() => {});
    await new Promise((done) => setTimeout(done, 600));
    if (state === 'story-card')
      await page.evaluate(() => {
        const root = document.querySelector('news-timeline').shadowRoot;
        const mark = [...root.querySelectorAll('g.event')].find((g) =>
          / 3 articles/.test(g.getAttribute('aria-label')),
        );
        mark?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      });
  } else if (state === 'story-added') {
    const add = await page.$$('.toolbar .button');
    await add.at(-1).click();
  } else if (state === 'ford' || state === 'wildfire') {
    const id = await page.$$eval(
      'select option',
      (options, word) => options.find((option) => option.value.includes(word))?.value,
      state === 'ford' ? 'gerald-ford' : 'wildfire',
    );
    if (id) await page.select('.picker select', id);
  }
  await new Promise((done) => setTimeout(done, 600));
}

/** Clicks an export button and returns the downloaded file's bytes (the page's <a download> is intercepted). */
async function exported(page, buttonText) {
  const base64 = await page.evaluate(async (text) => {
    const saved = new Promise((done) => {
      HTMLAnchorElement.prototype.click = function () {
        fetch(this.href)
          .then((response) => response.arrayBuffer())
          .then((buffer) => done(btoa(String.fromCharCode(...new Uint8Array(buffer)))));
      };
    });
    [...document.querySelectorAll('.export button')].find((button) => button.textContent.includes(text)).click();
    return saved;
  }, buttonText);
  return Buffer.from(base64, 'base64');
}

const problems = [];
const written = [];
for (const width of [1280, 375]) {
  for (const scheme of ['light', 'dark']) {
    for (const state of states) {
      const page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${state}-${width}-${scheme}: console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${state}-${width}-${scheme}: page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`${state}-${width}-${scheme}: failed: ${request.url()}`));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // Every state starts from the extraction: no curation draft kept from an earlier one.
      await page.evaluateOnNewDocument(() => localStorage.clear());
      await page.setViewport({ width, height: width > 600 ? 900 : 812, deviceScaleFactor: 1 });
      await page.goto(base, { waitUntil: 'networkidle0' });
      await page.waitForSelector('.status:not(.status-busy)', { timeout: 10_000 }).catch(() => {});
      await enter(page, state);
      const file = join(outDir, `${state}-${width}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The first screen alone too: a phone-length full page is too tall to judge at a glance.
      const screen = file.replace(/\.png$/, '-screen.png');
      await page.screenshot({ path: screen });
      written.push(file, screen);
      if (state === 'seed' && process.argv.includes('--exports')) {
        for (const [button, extension] of [
          ['SVG', 'svg'],
          ['PNG', 'png'],
          ['JSON', 'json'],
        ]) {
          const target = join(outDir, `export-${width}-${scheme}.${extension}`);
          await writeFile(target, await exported(page, button));
          written.push(target);
        }
      }
      await page.close();
    }
  }
}

await browser.close();
server.close();
for (const file of written) console.log(file);
if (problems.length) {
  console.log('\nProblems seen on the page:');
  for (const problem of problems) console.log(`  ${problem}`);
}
