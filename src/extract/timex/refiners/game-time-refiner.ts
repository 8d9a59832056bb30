/**
 * A game's own clock: "scored in the second half", "a fourth-quarter touchdown", "with 7:42 left in the first
 * half". In a report of a match these are parts of the game, not of the calendar: "the first half" is not
 * January to June, and "7:42 left" is no time of day. When the words around them are those of a game and not
 * those of a company's accounts ("net income in the fourth quarter"), a quarter or a half of the game falls on
 * the day the story has placed the game (or stays unplaced), and a clock running down is dropped.
 */
import { getFrame, setFrame, type Anchor, type Frame, type ResolveContext } from '../frame.js';
import { dateReading, isDayOrFiner, narrativeDay, periodAt, unplacedReading } from '../periods.js';
import type { Refiner, TimexMatch } from '../match.js';

/** A quarter or a half with no year and no "fiscal": the only kind a game has. */
const GAME_PERIOD = /^(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:quarters?|half)$/i;
/** The first of a pair of quarters ("the first and second quarters"), which the quarter parser reads alone. */
const PAIRED_QUARTER = /^(?:first|second|third|1st|2nd|3rd)$/i;

/** A game clock read as a time of day: "7:42" in "with 7:42 left", "9:07 to play". */
const CLOCK = /^\d{1,2}:\d{2}$/;
const CLOCK_RUNNING_DOWN = /^\s+(?:left|remaining|to\s+(?:go|play))\b/i;
/** A clock running down in a period names the game outright: "7:42 left in the first half". */
const CLOCK_IN_PERIOD =
  /^\s+in\s+(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:quarter|half|period)\b/i;
const CLOCK_BEFORE_PERIOD = /\d:\d{2}\s+(?:left|remaining|to\s+(?:go|play))\s+in\s+$/i;

/** Words of a match report. Each hit counts once; a score ("77-68") counts too. */
const GAME_WORDS =
  /\b(?:games?|ballgame|match|scor(?:e|ed|es|ing)|touchdowns?|field\s+goals?|free\s+throws?|rebounds?|dunks?|jumpers?|layups?|(?:3|three)-pointers?|innings?|quarterbacks?|halftime|half-time|fumbled?|fumbles|interceptions?|yards?|kick(?:ed|off)?|penalty|coach|playoffs?|tournament|seasons?|play(?:s|ed|ing)?|players?|teams?|defen[cs]es?|defenders?|offen[cs]e|points|tied|lead|led|win|won|beat|victory)\b/gi;
const SCORE = /(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-])/g;

/** Words of business news, where a bare "fourth quarter" is the reporting quarter. */
const ACCOUNTS_WORDS =
  /\b(?:profits?|earnings|revenues?|sales|income|net|dividends?|fiscal|quarterly|shares?|stocks?|results|growth|economy|economic|gdp|percent|billion|million|forecasts?|analysts?|deliver(?:y|ies)|shipments?|output|inflation|prices?|company|companies|deal)\b|[$€£%]/gi;

/** How much text on either side is read for the words of a game. */
const REACH = 240;

export class GameTimeRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const { text } = context;
    return results.filter((r, i) => {
      const clock = CLOCK.test(r.text);
      // the first of a pair is the game's when the second is ("the first and second quarters", no year)
      const pairedInGame =
        PAIRED_QUARTER.test(r.text) && getFrame(r)?.kind === 'quarter' && GAME_PERIOD.test(results[i + 1]?.text ?? '');
      if (!clock && !GAME_PERIOD.test(r.text) && !pairedInGame) return true;
      const end = r.index + r.text.length;
      if (clock) {
        const after = text.slice(end, end + 60);
        const running = CLOCK_RUNNING_DOWN.exec(after);
        if (!running) return true;
        return !(
          CLOCK_IN_PERIOD.test(after.slice(running[0].length)) ||
          isGameReport(text.slice(Math.max(0, r.index - REACH), end + REACH))
        );
      }
      const game =
        CLOCK_BEFORE_PERIOD.test(text.slice(Math.max(0, r.index - 30), r.index)) ||
        isGameReport(text.slice(Math.max(0, r.index - REACH), end + REACH));
      if (game) setFrame(r, gamePeriodFrame(r.text, text));
      return true;
    });
  }
}

/**
 * A day the story went back to, not a game it reports: the start of a stretch ("have not lost since Boxing Day") or
 * a day counted back ("the opening play of the Cleveland game two weeks ago").
 */
function isBackground(day: Anchor, whole: string): boolean {
  if (day.start === undefined || day.end === undefined) return false;
  return (
    SINCE_BEFORE.test(whole.slice(Math.max(0, day.start - 8), day.start)) ||
    AGO_END.test(whole.slice(day.start, day.end))
  );
}
const SINCE_BEFORE = /\bsince\s+$/i;
const AGO_END = /\bago$/i;

/** The day of the game a half or a quarter is of: the narrative's day, or the last one before it that is no background. */
function gameDay(ctx: ResolveContext, whole: string): Anchor | null {
  const day = narrativeDay(ctx);
  if (!day || !isBackground(day, whole)) return day;
  const placed = ctx.placed ?? [];
  for (let k = placed.length - 1; k >= 0; k--) {
    const a = placed[k]!;
    if (a.start === undefined || day.start === undefined || a.start >= day.start) continue;
    if (isDayOrFiner(a.period.granularity) && !isBackground(a, whole)) return a;
  }
  return day;
}

/** A quarter or a half of a game: on the day the story has placed the game, else unplaced. */
function gamePeriodFrame(text: string, whole: string): Frame {
  return {
    kind: 'game-period',
    resolve: (ctx) => {
      const day = gameDay(ctx, whole);
      if (!day) return unplacedReading('XXXX-XX-XX', `"${text}" is a part of a game whose day the story has not given`);
      return {
        ...dateReading(periodAt('day', day.period.first, 0), `"${text}" of the game played on the day of ${day.id}`),
        usedAnchor: true,
        anchorId: day.id,
        anchorable: false,
      };
    },
  };
}

/** Whether a stretch of text reads as a match report rather than business news. */
function isGameReport(window: string): boolean {
  const game = (window.match(GAME_WORDS)?.length ?? 0) + (window.match(SCORE)?.length ?? 0);
  if (game < 2) return false; // (the words of accounts are then not counted)
  return game > (window.match(ACCOUNTS_WORDS)?.length ?? 0);
}
