/**
 * TimeML spans: no leading preposition ("Monday", not "on Monday"), no surrounding punctuation or space.
 * Our parsers already match TimeML spans; chrono's own results sometimes start with "on" or a comma.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { getFrame } from '../frame.js';

const LEADING = /^(?:[\s,(]+|(?:on|in|at|by|since|from|until|till|during|of|for)\s+)+/i;
const TRAILING = /[\s,.;:)]+$/;

export class SpanTrimRefiner implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (getFrame(r)) continue; // our parsers match TimeML spans already ("at least five days" keeps "at")
      const lead = LEADING.exec(r.text)?.[0].length ?? 0;
      let text = r.text.slice(lead);
      // keep the period of an abbreviation ("Oct.", "p.m.")
      const trail = TRAILING.exec(text)?.[0] ?? '';
      if (trail && !/^\.$/.test(trail)) text = text.slice(0, text.length - trail.length);
      if (lead || text !== r.text.slice(lead)) {
        r.index += lead;
        r.text = text;
      }
    }
    return results.filter((r) => r.text.length > 0);
  }
}
