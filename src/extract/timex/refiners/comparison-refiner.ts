/**
 * Points of comparison: "the highest since 2012", "for the first time since the 1980s", "its worst week
 * since March", "a level not seen since 2008", "higher than last year", "compared with a year earlier" (not "no later than
 * Friday", a deadline). What happened is now; the date after "since" is the yardstick,
 * not a stretch that ran up to now. TimeML still tags it, so the timex keeps its value; the frame is marked as
 * a point of reference, so it gets no `from`/`to` and no event (normaliser.ts).
 */
import { getFrame, type Frame } from '../frame.js';
import type { Refiner, TimexMatch } from '../match.js';
import { SENTENCE_END } from '../clause-bounds.js';

/**
 * "than" right before the phrase: "higher than last year", "more than in 2019", "earlier than on Monday", "lower than
 * at the same point last year".
 */
const THAN_BEFORE =
  /\bthan\s+(?:(?:in|on|at|during|for)\s+)?(?:the\s+same\s+(?:point|time|stage|period|day|week|month)\s+(?:of\s+|in\s+)?)?$/i;
/** "no later than Friday", "not before": a deadline, which the tense refiner reads, not a comparison. */
const DEADLINE_THAN_BEFORE =
  /\b(?:no|not)\s+(?:later|earlier|sooner|more|less)\s+than\s+(?:(?:in|on|at|during|for)\s+)?$/i;

/**
 * "compared with the same period last year", "compared to 2019", "in comparison with March", "versus a year ago", "the
 * same as in 2023", "unchanged from last year": the period a figure is set against.
 */
const COMPARED_BEFORE =
  /\b(?:(?:compared|comparison)\s+(?:with|to|against)|versus|vs\.?|(?:the\s+)?same\s+as|unchanged\s+from)\s+(?:(?:in|on|at|during|for)\s+)?$/i;

/**
 * A change and the level it started from: "rose 94 percent from a year earlier", "up from 14% a year ago", "down 3 cents
 * from $1.20 in 2023", "sales fell from the previous quarter". The change is now; the date is the level it is measured
 * against. A figure tells a change of level; without one only a change word right before "from" does, and not in the
 * perfect: "prices have come down from mid-October" is a stretch since then. (Not "from March to May", a stretch: see
 * FROM_STRETCH_AFTER.)
 */
const CHANGE =
  'up|down|higher|lower|rose|risen|rises|rising|fell|fallen|falls|falling|increased|decreased|declined|dropped|jumped|' +
  'climbed|slipped|gained|grew|grown|surged|soared|plunged|tumbled|slumped|edged|eased|improved|widened|narrowed|' +
  'increase|decrease|rise|fall|drop|decline|gain|jump|change|changed';
/** A figure: "$1.20", "94 percent", "14%", "3 cents", "$2.3 billion". */
const FIGURE =
  '(?:[$€£¥]\\s?)?\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent|(?:million|billion|trillion|cents?|points?|pence)\\b)?';
/** A character within a clause: no stop, but a decimal point ("$8.2 billion"). */
const CLAUSE_CHARS = '(?:[^.;:!?]|\\.(?=\\d))';
const DATE_PREPOSITION = '(?:(?:in|on|at|during|for)\\s+)?';
/**
 * Verbs of change that tell one only with a figure ("inflation slowed to 2.9% from 3.2% in October"): alone before
 * "from" they start a stretch ("the scheme expanded from 2019").
 */
const CHANGE_WITH_FIGURE =
  'slowed|slowing|accelerated|quickened|cooled|contracted|shrank|shrunk|expanded|rebounded|recovered|sank|sunk|' +
  'dipped|rallied|weakened|strengthened|doubled|tripled|halved|leapt|leaped|spiked|advanced|retreated|plummeted|' +
  'sagged|inched|crept|swung|shot|sped';
const CHANGED_BY_FIGURE_FROM_BEFORE = new RegExp(
  // (the word after the figure is its unit, not the "to" of a range: "rose from 2010 to 2014" is a stretch)
  `\\b(?:${CHANGE}|${CHANGE_WITH_FIGURE})\\b(?=${CLAUSE_CHARS}{0,40}?\\d)${CLAUSE_CHARS}{0,40}?\\bfrom\\s+(?:${FIGURE}\\s*(?:(?!(?:to|through|thru|until|till|and)\\s)[a-z]+\\s+)?)?${DATE_PREPOSITION}$`,
  'i',
);
/**
 * A count in words after "from", with its noun if any: "down from three a month ago", "rose to five from two cases a
 * week earlier" (as CHANGED_BY_FIGURE_FROM_BEFORE reads a figure in digits).
 */
const CHANGED_BY_NUMBER_WORD_FROM_BEFORE = new RegExp(
  `\\b(?:${CHANGE}|${CHANGE_WITH_FIGURE})\\b${CLAUSE_CHARS}{0,40}?\\bfrom\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+dozen|a\\s+hundred)\\s+(?:(?!(?:to|through|thru|until|till|and|in|on|at|during|for)\\s)[a-z]+\\s+)?${DATE_PREPOSITION}$`,
  'i',
);
/**
 * A measure set against the same point of another period: "nearly double the number at the same point in", "up on the
 * same time last", "ahead of the same stage of".
 */
const SAME_POINT_COMPARED_BEFORE =
  /\b(double|twice|triple|treble|half|(?:two|three|four)\s+times|up|down|higher|lower|above|below|ahead|behind)\b[^.;:!?]{0,60}?\bthe\s+same\s+(?:point|time|period|stage|week|month|day)\s+(?:(?:in|of|a|last)\s+)?$/i;
/**
 * A change by a figure "on" the period it is measured against, as British reports write it: "sales rose 2.1% on a year
 * earlier", "profit was up 12% on last year", "exports fell 4.5 percent on 2019" (PERIOD_COMPARED_ON says which periods:
 * "fell 3% on Tuesday" is the day of the fall).
 */
const CHANGED_BY_FIGURE_ON_BEFORE = new RegExp(
  `\\b(?:${CHANGE}|${CHANGE_WITH_FIGURE})\\b${CLAUSE_CHARS}{0,40}?${FIGURE}\\s+on\\s+$`,
  'i',
);
/** "Turnout is up on 2015", "sales were down on last year": up or down on a period, without a figure. */
const UP_ON_BEFORE = /\b(?:up|down)\s+on\s+$/i;
/** The periods a figure is set against after "on": a year, quarter, month or week back, or a year written out. */
const PERIOD_COMPARED_ON =
  /^(?:(?:a|one)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)|(?:last|the\s+(?:previous|prior))\s+(?:year|quarter|month|week)|(?:19|20)\d\d)$/i;
/**
 * The period a forecast or a budget is for: "cut its forecast for the full year", "raised its guidance for 2027", "his
 * earnings estimate for next year", "the budget for next year". What the clause tells (the cut, the raise) is not
 * spread over that period. (The nouns, not the verbs: "Rain is forecast for Sunday" falls on Sunday.)
 */
const FORECAST_FOR_BEFORE =
  /(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(forecasts?|outlook|guidance|targets?|estimates?|projections?|predictions?|budget)\s+for\s+$/i;
/** What may follow the period compared with: the clause ends or goes on ("compared with a year earlier, and …"). */
const COMPARISON_ENDS_AFTER = /^\s*(?:[,.;:!?)]|$|and\b|but\b|as\b|when\b|while\b|which\b)/i;

/**
 * "compared with $468 million in the same period of 2020", "compared with 21 cents a share a year earlier": the figure a
 * figure is set against, with the period it was reached in.
 */
const COMPARED_FIGURE_BEFORE = new RegExp(
  `\\b(?:compared|comparison)\\s+(?:with|to|against)\\s+(?:(?:a|an)\\s+(?:loss|profit|deficit|surplus)\\s+of\\s+)?${FIGURE}(?:\\s+(?:a|per)\\s+share)?,?\\s+${DATE_PREPOSITION}$`,
  'i',
);
const CHANGED_FROM_BEFORE = new RegExp(`\\b(?:${CHANGE})\\s+from\\s+${DATE_PREPOSITION}$`, 'i');
const PERFECT_BEFORE = /\b(?:has|have|had|'ve)\s+(?:[a-z]+\s+){0,2}$/i;
/** "up"/"down" as a verb's particle ("still clearing up from Monday", "winding down from the weekend"), not a change. */
const PARTICLE_BEFORE = new RegExp(`\\b(?!(?:${CHANGE})\\b)[a-z]{2,}ing\\s+(?=(?:up|down)\\s+from\\s)`, 'i');
/** A "from" before the phrase: without one, no change "from" it. */
const FROM_NEAR_END = /\bfrom\s/i;
/**
 * After a date, what makes it the start of a stretch: "from March to May", "from 2019 through 2021". Not "to" and the
 * level reached: "fell 9% from a year earlier to $1.02bn", "rose from a year ago to 3.2%" (a year alone may be a date).
 */
const FROM_STRETCH_AFTER =
  /^\s*(?:[-–—]|to\b(?!\s+(?:[$€£¥]|\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion|bn|cents?|points?|pence)\b)))|through\b|thru\b|until\b|till\b|and\b|onwards?\b)/i;

/**
 * A year that names a level as the lowest or highest of that year so far: "hit a 2016 low", "fresh 2023 highs". What is
 * told happens now (not "their 2007 peak", a level reached then).
 */
const YEAR_EXTREME_BEFORE = /\b(?:a|an|fresh|new)\s+(?:(?:fresh|new)\s+)?$/i;
const YEAR_EXTREME_AFTER = /^[^\S\n]+(?:lows?|highs?|troughs?)\b/i;

/**
 * A year that names a level as it was then: "still 15% below 2019 levels", "back to pre-pandemic 2019 levels". What is
 * told, the level now measured against it, happens now.
 */
const YEAR_LEVEL_AFTER = /^[^\S\n]+levels?\b/i;
/** Before such a year, what measures against it (not "In 2019 levels of lead were high"). */
const YEAR_LEVEL_BEFORE =
  /\b(?:below|above|to|at|near|from|beyond|under|over|exceeds?|exceeded|surpass(?:es|ed)?|the|its|their|his|her|our)\s+(?:[a-z]+-[a-z]+\s+)?$/i;

/** Between a year and the year that closes its range ("2016-17"). */
const RANGE_DASH = /^[-–—/]$/;

/** "since" right before the phrase (its own "the" and mods are in the span: "since the late 1970s"). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
/** A date that ends a stretch or sets a deadline: "until Friday", "through March 3". */
const STRETCH_END_BEFORE = /\b(?:until|till|through|thru)\s+$/i;
/** A present copula before a day, or after one that opens its clause: "the deadline is Friday", "Monday is a holiday". */
const COPULA_BEFORE = /\b(?:is|are)\s+(?:on\s+)?$/i;
const COPULA_AFTER = /^\s+(?:is|are)\b/i;

/**
 * Words that compare with the past: superlatives, "first" and the ordinals that count ("the third strike since
 * 2019"), "record", "not seen", "than at any time", and a level as a noun after a determiner, right before "since" ("hit a
 * high since 2008", "a fresh low since March": the highest or lowest since; not "prices have stayed high since 2008", a
 * state, nor "its high-profile sports since").
 */
const COMPARISON =
  /\b(?:(?<=\b(?:a|an|its|their|the|new|fresh)\s)(?:highs?|lows?|peaks?|troughs?)(?=\s*$)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|most|least|fewest|record|unseen|not\s+(?:been\s+)?seen|than\s+at\s+any\s+(?:time|point)|best|worst|[a-z]{3,}est)\b/gi;

/** Words ending in -est that are no superlatives. */
const NOT_SUPERLATIVE =
  /^(?:interest|protest|west|midwest|southwest|northwest|rest|unrest|test|arrest|forest|suggest|latest|honest|modest|earnest|request|contest|guest|nest|pest|chest|harvest|invest|digest|manifest|attest|detest|quest|conquest|inquest|priest|behest|bequest|tempest|crest|zest|vest|jest|lest)$/i;

/**
 * A verb between a comparison word and "since" ("held", "have gone"), which "since" then goes with; or a comma
 * ("the biggest issue, have gone on since March").
 */
const VERB = /\b(?:held|made|built|set|won|have|has|had|been|is|are|was|were|[a-z]{3,}ed)\b|,/i;

/**
 * A present perfect in a relative clause of the compared noun ("the best news this town has had in 40 years",
 * "the highest level it has reached since 2012"): the comparison still goes on to "in" or "since".
 */
const PERFECT_RELATIVE =
  /\b(?:has|have)\s+(?:ever\s+)?(?:had|been|seen|made|won|held|built|set|[a-z]+(?:ed|en|wn))\s*$/i;

/**
 * How far before "since" (or "in") a comparison word may stand ("the highest level for the index since 2012", "the
 * first conviction of a serving or former cabinet minister for corruption since 1995"): a verb or a comma between
 * them still ends the comparison.
 */
const REACH = 100;

/**
 * The comparison word that the "since" or "in" at `at` goes with ("the highest level since", "the first ferry since
 * the strike began", "its first loss in a decade"), or undefined: then "since" opens a stretch that runs up to now,
 * and "in" a length that may point ahead ("in two weeks").
 */
export function comparisonBefore(text: string, at: number): string | undefined {
  // the clause before "since", at most REACH characters: back to the last sentence or clause end
  let before = text.slice(Math.max(0, at - REACH), at);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
  if (stop >= 0) before = before.slice(stop + 1);
  // the comparison word, with no verb between it and "since" ("the most moving of the rallies held since
  // December": "since" goes with "held", a stretch that ran up to now); the last one
  // (read with exec, not matchAll: matchAll copies the regular expression at each call, and this runs for every
  // "since" before a date)
  let last: string | undefined;
  COMPARISON.lastIndex = 0;
  for (let m = COMPARISON.exec(before); m; m = COMPARISON.exec(before)) {
    if (NOT_SUPERLATIVE.test(m[0])) continue;
    if (VERB.test(before.slice(m.index + m[0].length).replace(PERFECT_RELATIVE, ' '))) continue;
    last = m[0];
  }
  return last;
}

/**
 * Whether the length at `index` follows an "in" that a comparison goes with ("its first loss in a decade", "the
 * biggest drop in six months", "its highest level in 30 years"): the stretch before now the comparison runs over,
 * neither a date ahead (as "in two weeks" is) nor a stretch of events.
 */
export function comparedIn(text: string, index: number): boolean {
  const inWord = /\bin\s+$/i.exec(text.slice(Math.max(0, index - 10), index));
  return inWord !== null && comparisonBefore(text, index - inWord[0].length) !== undefined;
}

/** How far a sentence's end is looked for (a clock time farther on is on no day of it anyway). */
const SENTENCE_REACH = 400;

/** The offset of the end of the sentence going on at `from` (the end of the reach when none is near). */
function sentenceEnd(text: string, from: number): number {
  const m = SENTENCE_END.exec(text.slice(from, from + SENTENCE_REACH));
  return from + (m ? m.index : SENTENCE_REACH);
}

export class ComparisonRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    let previous: { end: number; reference: string } | undefined;
    for (const r of results) {
      const frame = getFrame(r);
      if (!frame) continue;
      // "their best placing since 2016-17": the range's closing year is of the same yardstick
      if (
        previous &&
        frame.kind === 'range-end' &&
        r.index - previous.end <= 3 &&
        RANGE_DASH.test(text.slice(previous.end, r.index))
      )
        frame.reference = previous.reference;
      previous = undefined;
      this.read(text, r, frame);
      if (frame.reference) previous = { end: r.index + r.text.length, reference: frame.reference };
    }
    return results;
  }

  /** Marks `r` as a point of comparison when the words before it make it one. */
  private read(text: string, r: TimexMatch, frame: Frame): void {
    // "higher than last year": the year is the yardstick of what is told, not when it happened
    const thanLead = text.slice(Math.max(0, r.index - 30), r.index);
    if (THAN_BEFORE.test(thanLead) && !DEADLINE_THAN_BEFORE.test(thanLead)) {
      frame.reference = `a point of comparison ("than ${r.text}"), not an event: what is compared is told of another time`;
      return;
    }
    const changeLead = text.slice(Math.max(0, r.index - 90), r.index);
    // "compared with a year earlier", or with a figure of that time: "compared with $468 million in 2020" (not a dated
    // figure: "compared with year-earlier profit of $3.8 million" tells that period's profit)
    const compared =
      COMPARED_BEFORE.exec(thanLead) ?? (/compar/i.test(changeLead) ? COMPARED_FIGURE_BEFORE.exec(changeLead) : null);
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 8);
    if (compared && COMPARISON_ENDS_AFTER.test(after)) {
      frame.reference = `a point of comparison ("${compared[0].trim()} ${r.text}"), not an event: what is compared is told of another time`;
      return;
    }
    // "hit a 2016 low"
    if (/^\d{4}$/.test(r.text) && YEAR_EXTREME_BEFORE.test(thanLead) && YEAR_EXTREME_AFTER.test(after)) {
      frame.reference = `a point of comparison ("${r.text}${YEAR_EXTREME_AFTER.exec(after)![0]}": the extreme of the year so far), not an event: what is told happens now`;
      return;
    }
    // "below 2019 levels"
    if (/^\d{4}$/.test(r.text) && YEAR_LEVEL_AFTER.test(after) && YEAR_LEVEL_BEFORE.test(thanLead)) {
      frame.reference = `a point of comparison ("${r.text} levels": the level of that year), not an event: what is measured against it is told now`;
      return;
    }
    // "cut its forecast for the full year"
    const forecast = FORECAST_FOR_BEFORE.exec(thanLead);
    if (forecast) {
      frame.reference = `the period the ${forecast[1]!.toLowerCase()} is for ("${forecast[0].trim()} ${r.text}"), not an event: what is told of it happens now`;
      return;
    }
    // "rose 2.1% on a year earlier", "turnout is up on 2015"
    if (
      PERIOD_COMPARED_ON.test(r.text) &&
      (UP_ON_BEFORE.test(thanLead) || CHANGED_BY_FIGURE_ON_BEFORE.test(changeLead))
    ) {
      frame.reference = `a point of comparison (a change "on ${r.text}"), not an event: the change is told now`;
      return;
    }
    // "nearly double the number at the same point in 2022", "up on the same time last year"
    const samePoint = /same/i.test(changeLead) ? SAME_POINT_COMPARED_BEFORE.exec(changeLead) : null;
    if (samePoint) {
      frame.reference = `a point of comparison ("${samePoint[1]!} … ${r.text}"), not an event: what is compared is told of another time`;
      return;
    }
    // (the verb's pattern is tried only after a "from": most phrases have none before them)
    const adjacent = FROM_NEAR_END.test(changeLead.slice(-40)) ? CHANGED_FROM_BEFORE.exec(changeLead) : undefined;
    if (
      adjacent !== undefined &&
      ((adjacent &&
        !PERFECT_BEFORE.test(changeLead.slice(0, adjacent.index)) &&
        !PARTICLE_BEFORE.test(changeLead.slice(Math.max(0, adjacent.index - 24)))) ||
        CHANGED_BY_FIGURE_FROM_BEFORE.test(changeLead) ||
        CHANGED_BY_NUMBER_WORD_FROM_BEFORE.test(changeLead))
    ) {
      if (!FROM_STRETCH_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 30))) {
        frame.reference = `a point of comparison (a change "from … ${r.text}"), not an event: the change is told now`;
        frame.referenceIfPast = true;
        return;
      }
    }
    const lead = text.slice(Math.max(0, r.index - 12), r.index);
    // "the bridge will stay shut until Friday. Crews started work at 6 a.m.": a deadline or the end of a stretch
    // still to run is no day the story goes on with past its sentence (a past perfect "Until Thursday, police had
    // not named him" tells what then happened: it may be)
    if (frame.tense !== 'past' && frame.kind !== 'range-end' && STRETCH_END_BEFORE.test(lead)) {
      frame.stretchSentenceEnd = sentenceEnd(text, r.index + r.text.length);
      return;
    }
    // "The deadline is Friday. The minister spoke at 3 p.m.": a day a present clause says something is (a deadline, a
    // day off) is where no past of the story goes on past its sentence; a time told ahead may ("The vote is on Sunday.
    // Polls will open at 7 a.m.")
    if (
      frame.tense === 'present' &&
      (COPULA_BEFORE.test(lead) || COPULA_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 6)))
    ) {
      frame.stretchSentenceEnd = sentenceEnd(text, r.index + r.text.length);
      frame.stretchPastOnly = true;
      return;
    }
    const since = SINCE_BEFORE.exec(lead);
    if (!since) return;
    const word = comparisonBefore(text, r.index - lead.length + since.index);
    if (word)
      frame.reference = `a point of comparison ("${word} … since ${r.text}"), not an event: what is compared happens now`;
    else frame.stretchSentenceEnd = sentenceEnd(text, r.index + r.text.length);
  }
}
