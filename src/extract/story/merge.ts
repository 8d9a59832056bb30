/**
 * Merging: mentions that report the same happening become one event.
 *
 * Pairs of mentions in different articles that pass the same-happening test are taken from the
 * surest to the least sure; each joins the two groups it links when the whole of the merged group
 * still holds together: its times never exclude each other, each article reports the happening at
 * most once, and most of its pairs share something. So one strong link does not chain two different
 * happenings together (A is like B, B is like C, but A is nothing like C).
 */
import { evidence, sameHappening, type Evidence, type MentionReading } from './happening.js';

/** Share of the pairs across two groups that must be related for the groups to merge. */
const MIN_RELATED_SHARE = 0.5;

/** Related: some sign of the same happening, weaker than the test that merges (times do not exclude it). */
function related(e: Evidence): boolean {
  return e.closeness !== 'apart' && (e.sharedWords >= 2 || e.sharedActions >= 1);
}

interface Link {
  a: number;
  b: number;
  strength: number;
}

/**
 * Groups of mention indices (each sorted, groups ordered by their first mention): every mention is
 * in exactly one group. Deterministic: ties between links are broken by their indices.
 */
export function mergeMentions(readings: MentionReading[]): number[][] {
  const n = readings.length;
  const evidenceCache = new Map<number, Evidence>();
  const evidenceOf = (a: number, b: number): Evidence => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = i * n + j;
    let e = evidenceCache.get(key);
    if (!e) {
      e = evidence(readings[i]!, readings[j]!);
      evidenceCache.set(key, e);
    }
    return e;
  };

  const links: Link[] = [];
  for (let a = 0; a < n; a++) {
    const ra = readings[a]!;
    if (ra.apart) continue;
    for (let b = a + 1; b < n; b++) {
      const rb = readings[b]!;
      if (rb.apart || rb.article === ra.article) continue;
      const strength = sameHappening(evidenceOf(a, b));
      if (strength > 0) links.push({ a, b, strength });
    }
  }
  links.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);

  const groupOf = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  for (const { a, b } of links) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const A = members[ga]!;
    const B = members[gb]!;
    if (!canMerge(A, B, readings, evidenceOf)) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...members[keep]!, ...members[drop]!].sort((x, y) => x - y);
    members[keep] = merged;
    members[drop] = [];
    for (const m of merged) groupOf[m] = keep;
  }
  return members.filter((g) => g.length > 0);
}

function canMerge(
  A: number[],
  B: number[],
  readings: MentionReading[],
  evidenceOf: (a: number, b: number) => Evidence,
): boolean {
  const articles = new Set(A.map((m) => readings[m]!.article));
  if (B.some((m) => articles.has(readings[m]!.article))) return false;
  let relatedPairs = 0;
  for (const a of A) {
    for (const b of B) {
      const e = evidenceOf(a, b);
      if (e.closeness === 'apart') return false;
      if (related(e)) relatedPairs++;
    }
  }
  return relatedPairs >= MIN_RELATED_SHARE * A.length * B.length;
}
