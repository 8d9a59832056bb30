#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled from src/cli/ into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('news-timeline: the CLI is not built yet; run `npm run build` in the package folder.');
  process.exit(2);
}
try {
  const { main } = await import(cli.href);
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`news-timeline: internal error: ${err?.stack ?? err}`);
  process.exitCode = 1;
}
