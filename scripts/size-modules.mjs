// Where a bundle's weight is, module by module: `node scripts/size-modules.mjs [entry] [--linked]`
// (default src/news-timeline.ts, built as news-timeline.single.js is; --linked as news-timeline.bundle.js
// is, the chunks left out).
// For each source module: the minified bytes it contributes (from the source map) and its marginal gzip
// cost (gzip of the bundle minus gzip of the bundle without that module's bytes; the column does not sum
// to the total, gzip being shared). Builds in memory with the plugins of rollup.config.mjs.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import { onwarn, plugins, treeshake } from '../rollup.config.mjs';

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--')) ?? 'src/news-timeline.ts';
const linked = args.includes('--linked');

const bundle = await rollup({
  input,
  plugins: plugins({ chunks: linked ? 'linked' : 'inline', sourceMap: true, strict: false }),
  ...(linked && { preserveEntrySignatures: 'allow-extension' }),
  treeshake,
  onwarn,
});
// --linked: the modules split off into chunks (a story's view) are left out as well: the entry alone.
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: !linked, sourcemap: true });
const { code, map } = output.find((file) => file.type === 'chunk' && file.isEntry);

// Which source each output character comes from.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const owner = new Array(code.length).fill('(unmapped)');
const name = (source) =>
  source
    .replace(/^.*node_modules\//, '')
    .replace(/^.*?\bsrc\//, 'src/')
    .replace(/^.*?\bdemo\//, 'demo/');
await SourceMapConsumer.with(map, null, (consumer) => {
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const end = next ? lineStarts[next.generatedLine - 1] + next.generatedColumn : code.length;
    if (m.source) for (let k = start; k < end; k++) owner[k] = name(m.source);
  }
});

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
const modules = new Map();
for (let k = 0; k < code.length; k++) modules.set(owner[k], (modules.get(owner[k]) ?? 0) + 1);
const rows = [...modules].map(([module, min]) => {
  let without = '';
  for (let k = 0; k < code.length; k++) if (owner[k] !== module) without += code[k];
  return { module, min, gzip: total - gzip(without) };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${input}${linked ? ' (chunks left out)' : ''}: ${code.length} B minified, ${total} B gzip\n`);
console.log('| module | min B | gzip B (marginal) |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.module} | ${r.min} | ${r.gzip} |`);
