// npm run build: library (tsc), bundles (rollup), custom-elements.json, and the static demo site.
import { rmSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { run, bin } from './lib/run.mjs';

async function step(name, cmd, args) {
  const code = await run(cmd, args);
  if (code !== 0) {
    console.error(`build: ${name} failed`);
    process.exit(code);
  }
}

rmSync('dist', { recursive: true, force: true });
await step('tsc', bin('tsc'), ['-p', 'tsconfig.build.json']);
await step('rollup', bin('rollup'), ['-c', '--silent']);
await step('custom-elements manifest', bin('cem'), ['analyze', '--quiet']); // custom-elements-manifest.config.mjs

// The demo as a static site: page, styles, and the bundled example event lists.
mkdirSync('dist/demo/events', { recursive: true });
for (const name of readdirSync('demo')) {
  if (!name.endsWith('.ts')) cpSync(`demo/${name}`, `dist/demo/${name}`, { recursive: true });
}
for (const name of readdirSync('events')) cpSync(`events/${name}`, `dist/demo/events/${name}`);
console.log('build: dist/ ready (library, bundles, custom-elements.json, demo/)');
