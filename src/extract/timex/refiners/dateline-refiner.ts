/**
 * A dateline ("WASHINGTON, Aug. 11 (Xinhua) --", "CAIRO, Oct 17 (Reuters) -") gives the publication date,
 * which extract() reads separately; it is not a date of the story, so it is no timex.
 */
import type { Refiner, TimexMatch } from '../match.js';

const AGENCY_AFTER = /^\s*\((?:Xinhua|AP|Reuters|AFP|UPI|dpa|Bloomberg|IANS|PTI|ANI|Kyodo|Yonhap)\)/;
const PLACE_BEFORE = /(?:^|\n)\s*[A-Z][A-Z .'-]+,\s*(?:[A-Z][a-z]+\.?,\s*)?$/;

export class DatelineRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    return results.filter((r) => {
      const end = r.index + r.text.length;
      if (!AGENCY_AFTER.test(context.text.slice(end, end + 16))) return true;
      return !PLACE_BEFORE.test(context.text.slice(Math.max(0, r.index - 60), r.index)) && r.index > 80;
    });
  }
}
