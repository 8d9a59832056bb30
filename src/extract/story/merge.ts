/**
 * Merging: mentions that report the same happening become one event.
 *
 * Pairs of mentions in different articles that pass the same-happening test are taken from the
 * surest to the least sure; each joins the two groups it links when the merged group still holds
 * together: no two of its times exclude each other, an article's mentions in it fit one time, and
 * most of its pairs share something. So one strong link does not chain two different happenings
 * together (A is like B, B is like C, but A is nothing like C).
 */
import { evidence, MIN_SHARED_WORDS, sameHappening, type Evidence } from './happening.js';
import type { MentionReading } from './reading.js';

/** Share of the pairs across two groups that must be related for the groups to merge. */
const MIN_RELATED_SHARE = 0.5;

/** Related: some sign of the same happening, weaker than the test that merges. */
const related = (e: Evidence) => e.sharedWords >= 2 || e.sharedActions >= 1;

interface Link {
  a: number;
  b: number;
  strength: number;
}

/**
 * Two mentions of one article in one event: an article may report a happening twice (its headline
 * and its first sentence). Their times must fit: the same, one within the other, or two days that may
 * be one ("Friday" and "yesterday" in an article with no date). Two time phrases of one sentence are
 * two times unless one lies within the other ("Friday afternoon, at 3 p.m.").
 */
function sameArticleFits(a: MentionReading, b: MentionReading, e: Evidence): boolean {
  if (e.time === 'same' || e.time === 'within') return true;
  return a.sentence !== b.sentence && e.closeness === 'days';
}

/**
 * Groups of mention indices (each sorted, groups ordered by their first mention): every mention is
 * in exactly one group. Deterministic: ties between links are broken by their indices.
 */
export function mergeMentions(readings: MentionReading[]): number[][] {
  const n = readings.length;
  const cache = new Map<number, Evidence>();
  const evidenceOf = (x: number, y: number): Evidence => {
    const [i, j] = x < y ? [x, y] : [y, x];
    const key = i * n + j;
    let e = cache.get(key);
    if (!e) {
      e = evidence(readings[i]!, readings[j]!);
      cache.set(key, e);
    }
    return e;
  };

  const links: Link[] = [];
  // Pairs in different articles that share enough words, found through an index of the words.
  const postings = new Map<string, number[]>();
  readings.forEach((r, i) => {
    if (r.apart) return;
    for (const w of r.words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (let a = 0; a < n; a++) {
    const ra = readings[a]!;
    if (ra.apart) continue;
    shared.clear();
    for (const w of ra.words) {
      for (const b of postings.get(w)!) {
        if (b > a && readings[b]!.article !== ra.article) shared.set(b, (shared.get(b) ?? 0) + 1);
      }
    }
    for (const [b, count] of shared) {
      if (count < MIN_SHARED_WORDS) continue;
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
    if (ga === gb || !canMerge(members[ga]!, members[gb]!, readings, evidenceOf)) continue;
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
  let relatedPairs = 0;
  for (const a of A) {
    for (const b of B) {
      const e = evidenceOf(a, b);
      if (e.closeness === 'apart' || (e.closeness === 'adjacent' && !sameHappening(e))) return false;
      const ra = readings[a]!;
      const rb = readings[b]!;
      if (ra.article === rb.article && !sameArticleFits(ra, rb, e)) return false;
      if (related(e)) relatedPairs++;
    }
  }
  return relatedPairs >= MIN_RELATED_SHARE * A.length * B.length;
}
