// Synthetic EventLists of N events spread over decades with the granularities news produces.
import { prng, pick } from './prng.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const WORDS = [
  'minister',
  'talks',
  'ceasefire',
  'vote',
  'bank',
  'rates',
  'rebels',
  'summit',
  'deal',
  'strike',
  'court',
  'ruling',
  'election',
  'protest',
  'aid',
  'shipments',
  'halted',
  'signed',
  'met',
  'announced',
];

export function generateEventList(n, seed = 7) {
  const rand = prng(seed);
  const start = Date.UTC(1960, 0, 1);
  const span = Date.UTC(2016, 9, 17) - start;
  const text = 'Synthetic article for benchmarks.';
  const events = [];
  const timexes = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(start + Math.floor((rand() * span) / 864e5) * 864e5);
    const r = rand();
    let from, to, granularity, value;
    if (r < 0.6) {
      granularity = 'day';
      from = iso(day);
      to = iso(new Date(day.getTime() + 864e5));
      value = from;
    } else if (r < 0.85) {
      granularity = 'month';
      from = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-01`;
      const next = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
      to = iso(next);
      value = from.slice(0, 7);
    } else {
      granularity = 'year';
      from = `${day.getUTCFullYear()}-01-01`;
      to = `${day.getUTCFullYear() + 1}-01-01`;
      value = String(day.getUTCFullYear());
    }
    const words = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => pick(rand, WORDS));
    const label = words.join(' ').replace(/^./, (c) => c.toUpperCase());
    timexes.push({
      id: `t${i + 1}`,
      text: 'x',
      start: 0,
      end: 1,
      type: 'DATE',
      value,
      from,
      to,
      granularity,
      why: 'synthetic',
    });
    events.push({
      id: `e${i + 1}`,
      label,
      timex: `t${i + 1}`,
      from,
      to,
      granularity,
      sentence: { start: 0, end: text.length, text },
      actors: [],
    });
  }
  return { version: 1, article: { published: '2016-10-17', text, title: `${n} synthetic events` }, timexes, events };
}
