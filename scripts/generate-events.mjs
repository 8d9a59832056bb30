#!/usr/bin/env node
// Regenerates every events/NAME.json from events/NAME.txt and its metadata events/NAME.meta.json
// ({"title", "source", "published"}, each optional) with the CLI: `news-timeline extract`.
//
//   node scripts/generate-events.mjs            build the CLI (tsc), then write events/*.json
//   node scripts/generate-events.mjs --check    write nothing; exit 1 listing the stale files
//   --no-build                                  use dist/ as it is
//
// To add an article: put NAME.txt and NAME.meta.json in events/, then run `npm run events`.
// A story of several articles: NAME.articles.json ({"title", "note", "articles": [{"id", "text", "published",
// "title", "source", "url"}]}) gives NAME.story.json, its StoryEventList, with `news-timeline story --jsonl`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const eventsDir = `${root}events/`;
const cli = `${root}bin/news-timeline.js`;
const check = process.argv.includes('--check');

if (!process.argv.includes('--no-build')) {
  // Emits even when other parts of the tree have type errors (tsc exits non-zero then).
  spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
    stdio: 'inherit',
  });
}

/** CLI arguments for one article: its text file and its metadata as flags. */
function cliArguments(name) {
  const metaPath = `${eventsDir}${name}.meta.json`;
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
  const args = ['extract', `${eventsDir}${name}.txt`, '--pretty'];
  for (const key of ['published', 'title', 'source']) {
    if (typeof meta[key] === 'string') args.push(`--${key}`, meta[key]);
  }
  return args;
}

const names = readdirSync(eventsDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

let stale = 0;
for (const name of names) {
  const output = execFileSync(process.execPath, [cli, ...cliArguments(name)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const target = `${eventsDir}${name}.json`;
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === output) continue;
  if (check) {
    stale++;
    console.error(`stale: events/${name}.json (run npm run events)`);
  } else {
    writeFileSync(target, output);
    console.log(`wrote events/${name}.json`);
  }
}
const stories = readdirSync(eventsDir)
  .filter((file) => file.endsWith('.articles.json'))
  .map((file) => file.slice(0, -'.articles.json'.length))
  .sort();
for (const name of stories) {
  const { articles } = JSON.parse(readFileSync(`${eventsDir}${name}.articles.json`, 'utf8'));
  const lines = articles.map((article) => JSON.stringify({ ...article, story: name })).join('\n');
  const line = execFileSync(process.execPath, [cli, 'story', '--jsonl', '--jobs', '1'], {
    input: lines,
    encoding: 'utf8',
  });
  const output = `${JSON.stringify(JSON.parse(line), null, 2)}\n`;
  const target = `${eventsDir}${name}.story.json`;
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === output) continue;
  if (check) {
    stale++;
    console.error(`stale: events/${name}.story.json (run npm run events)`);
  } else {
    writeFileSync(target, output);
    console.log(`wrote events/${name}.story.json`);
  }
}

if (check && stale) process.exit(1);
if (!check) console.log(`${names.length} article(s) and ${stories.length} story(ies) up to date`);
