/**
 * Tense of the clause around each phrase, from the nearest verb cue in it (a light heuristic, no parser):
 * future: will, 'll, shall, would, is/are to, plans to, expected to, scheduled, set to, due to, going to, a present
 * verb of intent before an infinitive ("vows to", "advances to play");
 * past: was, were, had, did, has/have (perfect), said/told and other -ed or irregular past forms;
 * present: is, are, says. The clause runs to the nearest sentence or clause boundary (. ; : ! ? newline),
 * at most 120 characters each side. The phrase itself can carry the cue ("next", "coming", "last").
 * A participle followed by "by" ("regions untouched by rivals") is passive and no cue of its own. After a past
 * verb, a date something was put off to ("postponed until Tuesday") is future, and one after "until" is a
 * deadline (tense `deadline`: usually ahead). A scheduled event in the simple present ("the leaders meet
 * Monday") points forward; "as planned" is no cue; an attribution after the phrase (", officials said") tells
 * when it was said, not when the date falls. A future clause with no past verb places a month clearly ahead.
 */
import { STARTING_WORDS } from '../../words.js';
import {
  MONTH_NAME,
  NOW_TO_BEFORE,
  PAST_PARTICIPLE,
  PAST_STATE_UNTIL,
  RELATIVE_ASIDE_OPENING,
  WEEKDAY as WEEKDAY_NAME,
  WEEKDAY_SHORT,
} from '../words.js';
import type { Refiner, TimexMatch } from '../match.js';
import { getFrame, type Frame, type Tense } from '../frame.js';
import { ClauseEnds } from '../clause-bounds.js';
import { isVerbS } from '../../labels/lexicon.js';
import { inHeadlineLine } from '../title-case.js';
import { FirstWordPattern } from '../first-word-pattern.js';

/**
 * Verbs of scheduled events in the simple present: with a date they say what is planned ("the leaders meet
 * Monday", "the envoy arrives Thursday", "the panel convenes in March", "talks resume Thursday", "the Jets play
 * Sunday", "polls open Thursday", "whose side face a trip to Rovers on Tuesday", "tickets go on sale Friday", "the
 * show airs Sunday", "the rule goes into effect in May", "Alphabet reports results on Thursday"). Forms that are
 * also common nouns ("visit", "vote", "returns", "heads") are left out; "play", "host" and "open" count only where no article, possessive or form of "be" makes them nouns
 * or adjectives (NOT_SIMPLE_PRESENT_BEFORE).
 */
const SCHEDULED_PRESENT =
  // ("They travel to Barnet on Tuesday": not "travel on Tuesday was disrupted", the noun)
  'meets|meet|arrives|arrive|departs|depart|travels|travel(?=\\s+to\\b)|testifies|testify|convenes|convene|reconvenes|' +
  'flies|leaves|visits|' +
  'reopens|reopen|restarts|restart|ends|concludes|' +
  'resume|begin|expire|plays|play|faces|face(?=\\s+(?:a|an|the|[A-Z]))|hosts|host|launches|open|airs|' +
  // ("the cup draw takes place on Monday evening", "the ceremonies take place on Friday")
  'takes\\s+place|take\\s+place|' +
  // ("City return to league action on Wednesday", "He returns to court on Friday": not "the return to school")
  'returns?(?=\\s+(?:to|home)\\b)|' +
  // ("Alphabet reports third-quarter results on Thursday": a company's results are a date in its calendar)
  'reports?(?=\\s+(?:(?:its|their|first|second|third|fourth|full|annual|quarterly|interim|fiscal|half-year|full-year|' +
  '[a-z]+-quarter|q[1-4]|\\d{4})[\\s-]+){0,3}(?:results|earnings)\\b)|' +
  // ("Voters go to the polls on Tuesday", "Britain goes to the polls": an election ahead)
  'goes(?=\\s+(?:on\\s+sale|into\\s+effect|live|to\\s+the\\s+polls)\\b)|go(?=\\s+(?:on\\s+sale|into\\s+effect|live|to\\s+the\\s+polls)\\b)';
/**
 * A present progressive of a verb of going or meeting is an arrangement: "The team is flying to Paris on Monday", "We
 * are meeting on Friday", "I'm calling the council on Monday" (not "are investigating an attack on Monday"). (No
 * "’m": a cue starts at a letter or at "'", and one alternative whose first word cannot be read ungates them all.)
 */
/**
 * "The bank holiday falls on Monday", "the anniversary falls on a Sunday this year": a day of the calendar, in the
 * present, where it lies (not "Sterling falls on Monday", a headline's fall of a price).
 */
const DAY_FALLS =
  '(?<=\\b(?:holiday|day|anniversary|deadline|date|festival|birthday|eve|Christmas|Easter|Eid|Diwali|Hanukkah|Passover|Ramadan|election|vote|poll|referendum|final)\\s+(?:(?:this\\s+year|again|next\\s+year)\\s+)?)falls(?=\\s+on\\b)';
/**
 * "see you on tues!", "See you all next week": a farewell looks ahead (not "did not see you on Monday", "glad to see
 * you on Monday").
 */
const SEE_YOU =
  "(?<!\\b(?:did|not|never|to)\\s|n[’']t\\s)see\\s+(?:you|ya|u)(?=\\s+(?:(?:all|guys|there|again)\\s+)?(?:on|next|this|at|in|tomorrow|tmrw|then|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?)\\b)";
const ARRANGED_PROGRESSIVE =
  "(?:am|is|are|'m|'re)\\s+(?:flying|travell?ing|leaving|arriving|meeting|visiting|hosting|launching|returning|heading|calling|playing|" +
  // ("the 38 bus is running on Sunday", "the pool is reopening on Monday", "nurses are striking on Friday"; not "is
  // running late", "are running out")
  '(?:running|operating|opening|reopening|closing|striking|performing)(?!\\s+(?:out|low|late|short|behind|ahead|up|down|dry)\\b))\\b';
/** "Voters head to the polls Sunday": "head" is a verb of going only before where it goes. */
const HEAD_TO = 'head(?=\\s+(?:to|for|into|back|home)\\b)';
/**
 * "The festival runs Sept. 28-Oct. 2", "polls close at 8 p.m.", "the museum closes on Monday": the days or the hour
 * of a schedule ("runs" before a day of a month or a weekday, "the strike runs from Monday to Wednesday", "the
 * warning runs from noon Thursday", "the curfew runs from dusk on Friday", "runs 12-16 September", "runs on the
 * 16th", "runs from the 3rd to the 5th", not "runs a shop", "runs 12 miles", nor "runs from November to April", a
 * season's span; "close" before "at").
 */
const RUNS_OR_CLOSES =
  // ("the match is on Sunday": an event said to be on a weekday in the present is still to come)
  // ("the museum is closed on Monday", "shops are open on Sunday": a state said of a coming day, as a schedule)
  "(?:is|are)(?=\\s+(?:(?:closed|shut|open)\\s+)?on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b(?!['’]))|" +
  'runs(?=\\s+(?:from\\s+)?(?:(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall|first\\s+light|\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m\\.?)\\s+(?:on\\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\s+(?:on\\s+|from\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?![\\d,.]|\\s*(?:miles?|km|kilomet|metres?|meters?|feet|yards?|laps?|hours?|minutes?|days?|weeks?|months?|years?|times?|percent)\\b))|closes(?=\\s+(?:on|at|in|until)\\b)|close(?=\\s+at\\b)';
/**
 * Before a verb, words that make it something else than a present tense ("agreed to meet", "did not meet", "the
 * stores were open Sunday").
 */
const NOT_SIMPLE_PRESENT_BEFORE =
  /\b(?:to|will|would|shall|should|can|could|may|might|must|did|do|does|not|n't|'ll|the|a|an|his|her|its|their|our|is|are|was|were|be|been|remain|remained|stay|stayed|kept)\s+(?:\w+ly\s+)?$/i;
const SCHEDULED_VERB = new RegExp(
  `^(?:${SCHEDULED_PRESENT}|head|runs|closes|close|face|goes|go|returns?|reports?)$`,
  'i',
);
/** A cue of a schedule in the present: a listed verb of one, or a verb of starting ("kicks off", "takes place"). */
const SCHEDULED_CUE = new RegExp(
  `^(?:${SCHEDULED_PRESENT}|kicks\\s+off|begins|starts|opens|resumes|takes\\s+place|take\\s+place)$`,
  'i',
);
/** Verbs of saying, which an attribution after a quote or a comma carries. */
/** Verbs of an attribution ("…, a spokesman said", "…, ministers confirmed on Thursday"). */
const REPORTING =
  /^(?:said|says|told|tells|added|adds|confirmed|confirms|announced|announces|stated|states|explained|explains|warned|warns|insisted|insists|argued|argues|claimed|claims|wrote|writes|acknowledged|acknowledges|admitted|admits)$/i;
/**
 * After "due to", what makes it a cause, not a plan: a determiner, a noun, an adjective of weather or health ("due to
 * the storm", "due to low light levels", "due to illness"); a plan's "due to" is followed by a verb ("due to begin").
 */
const NOT_A_CAUSE =
  '(?!\\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|lack|low|high|bad|poor|heavy|strong|light|weather|rain|snow|wind|fog|ice|illness|injury|health|concerns?|fears?|problems?|[a-z]+(?:ion|ness|ment|ity|ure|ance|ence|ies|ages|ings))\\b)';
/**
 * Words of a future or a plan. "to be held", "to be named" are a plan, but not after an ordinal ("the fourth storm to
 * be named this season", "the first woman to be elected"): that counts what has happened.
 */
const FUTURE =
  "(?:was|were|is|are)\\s+(?:planning|expected|scheduled|set|due|going|slated)\\s+to|(?:is|are)\\s+(?:forecast|predicted|projected)\\b|(?:has|have|need|needs)\\s+to(?=\\s+[a-z])|(?<!\\b(?:fell|falls|fall|past|was|were)\\s)due(?!\\s+(?:to|diligence|process|care|course|respect|regard|credit|date)\\b)(?=\\s+[\\w$])|expects?|expecting|(?:has|have)\\s+(?:scheduled|planned|set)|as\\s+(?:soon|early)\\s+as|should(?!\\s+have)|could(?!\\s+(?:have|not|never|be)\\b|n't)|may(?!\\s+have)|might(?!\\s+have)|can(?!\\s+have)|cannot|can't|ca n't|(?:is|are)\\s+(?:likely|unlikely|poised|bound|certain|sure|about)\\s+to|(?:is|are)\\s+(?:(?:also|still|quite|very|more|most|now)\\s+)?(?:likely|unlikely|possible|probable)\\b|(?:was|were)\\s+(?:likely|unlikely)\\s+to|expected|scheduled|slated|planned|set\\s+for|payable|will|won't|wo n't|'ll|shall|would(?!\\s+have\\s+" +
  PAST_PARTICIPLE +
  ')|going\\s+to|plans?\\s+to|planned\\s+to|planning\\s+to|(?:is|are)\\s+to|expected\\s+to|expects?\\s+to|set\\s+to|due\\s+to' +
  NOT_A_CAUSE +
  "|intends?\\s+to|aims?\\s+to|hopes?\\s+to|(?:wants?|seeks?|vows?|promises?|pledges?|threatens?|prepares?|agrees?|advances?)\\s+to(?=\\s+[a-z])|upcoming|takes\\s+effect|expires|begins|starts|opens|resumes|kicks\\s+off|(?<!\\b(?:first|second|third|fourth|fifth|sixth|last|only|latest|\\d+(?:st|nd|rd|th))\\s+(?:[a-z'’-]+\\s+)?)to\\s+be\\s+(?:held|made|taken|given|shown|paid|sent|run|drawn|chosen|sold|set|won|built|seen|done|[a-z]{3,}ed)|effective|" +
  `${SCHEDULED_PRESENT}|${HEAD_TO}|${RUNS_OR_CLOSES}|${ARRANGED_PROGRESSIVE}|${SEE_YOU}|${DAY_FALLS}`;
/**
 * Before a date, the end of a stretch that a present-tense clause says still runs ("runs through June", "runs to June";
 * in posts "til" and "'til": "it stays like this til the weekend").
 */
const LASTS_UNTIL_BEFORE =
  /\b(?:through|thru|until|till|til|into|(?:runs?|running|lasts?|lasting|continues?|continuing|extends?|extending|goes)\s+(?:on\s+)?to)\s+(?:at\s+least\s+)?$/i;
/**
 * Cues that count only when the clause has no other: "until Friday" points forward unless a verb says otherwise,
 * and so does a headline's "to" and verb (HEADLINE_INFINITIVE: "Shops To Close Over Christmas"). So does "must"
 * ("the company must respond Friday"; "had ruled that he must be returned, and set Friday as the deadline" is told
 * in the past).
 */
const WEAK_FUTURE = /\b(?:until|till|til|ahead|must(?!\s+have\b))\b/i;
/**
 * A headline's subject, "to" and a verb ("Shops To Close Over Christmas"): not after an ordinal or a superlative
 * ("the second climber to die"), not before a determiner or a gerund ("gratitude to our staff", "to having").
 */
const HEADLINE_INFINITIVE =
  /^[^,;:]*?(?<!\b(?:first|second|third|fourth|fifth|last|only|next|latest|[a-z]+est)\s+(?:[\w'’-]+\s+)?)\b[A-Za-z]+\s+to\s+(?!(?:the|a|an|our|their|his|her|its|my|your|this|that|these|those|some|all|be)\b)[A-Za-z]+(?<!ing)\b/i;
const IRREGULAR_PAST =
  `(?:may|might|could|should|must|would)\\s+have\\s+${PAST_PARTICIPLE}|` +
  'was\\s+to|were\\s+to|had\\s+been\\s+\\w+|was|were|had|did|has\\s+been|have\\s+been|has\\s+\\w+(?:ed|en|wn|ne)|have\\s+\\w+(?:ed|en|wn|ne)|said|told|met|went|came|took|gave|made|held|left|began|saw|fell|rose|won|lost|spoke|sent|paid|sold|bought|led|ran|got|struck|broke|wrote|found|thought|knew|became|brought|hit|fought|flew|grew|drove|chose|stood|kept|felt|heard|meant|built|spent|sought|taught|caught|shot|threw|wore|woke|tore|killed|died|fled|arose|swept|drew|sank|sprang|swore|froze|stole|dug|bled|fed|slid|split|quit|cut|beat|rang|sang|swam|drank|ate|forgot|forgave|hung|blew|clung|crept|dealt|flung|hid|knelt|leapt|lent|lit|laid|overcame|overtook|overran|oversaw|rode|sat|shook|shone|shrank|slept|sped|spun|stung|strode|swung|underwent|undertook|upheld|withdrew|withheld|withstood|wept|mistook|misled|rebuilt|foresaw|befell|awoke|understood|stuck|strove|spat|trod|set(?=\\s+(?:on|in|at|during|last|early|late)\\b)|(?<=\\b(?:he|she|it)\\s+)(?:forecast|put|let|shut|spread|cost|bet|broadcast|hurt)|(?<!\\b(?:a|an|the)\\s)burst(?!\\s+of\\b)|ago|previously|since';
/** ("will have more updates at 6pm": "have" after a modal is the modal's verb, no present of its own) */
const PRESENT =
  "is|are|says|am|remains|continues|seems|has|(?<!\\b(?:will|would|shall|may|might|can|could|should|must|to|'ll)\\s)have|" +
  // informal text without apostrophes: "now its the 2nd weekend", "theyre doing a reunion" (the possessive "its" is
  // never followed by an article, "not" or "been")
  'its(?=\\s+(?:the|a|an|not|been|gonna|still|now)\\b)|theyre|youre';
/**
 * Every cue starts with a letter, or is "'ll" after a word: a word of the text is tried only with the cues that
 * start with it, and not at all when none does (first-word-pattern.ts).
 */
/**
 * Participles of irregular verbs read as "-ed" forms are ("guidance of £330m given in June", "a decision taken in
 * March"): after "be" or a verb of state they describe, the auxiliary decides. Not "known", "seen", "done": mostly
 * adjectives or parts of idioms.
 */
const IRREGULAR_PARTICIPLE =
  'given|taken|written|shown|chosen|broken|stolen|spoken|driven|drawn|thrown|grown|forgiven|forgotten|hidden|ridden|' +
  'risen|shaken|sworn|torn|woken|frozen|beaten|overtaken|undertaken|withdrawn|overthrown';
export const CUE = new FirstWordPattern([FUTURE, IRREGULAR_PAST, `[a-z]{3,}ed|${IRREGULAR_PARTICIPLE}`, PRESENT], 'i');
/** Whether a text holds a cue (CUE, not global). */
const CUE_TEST = new RegExp(CUE.plain.source, 'i');
/**
 * After a verb of saying, what is said: a clause with a verb of its own, not set off by a comma ("said the firm would"),
 * nor by the day of the saying and a comma ("will sweep across the Northeast late Tuesday into early Wednesday,
 * forecasters said Monday, with up to 18 inches of snow expected").
 */
const reportedClauseAfter = (rest: string): boolean =>
  !/^\s*[,;:'"’”`]/.test(rest.replace(SAYING_DAY, '')) && CUE_TEST.test(rest);
/** The day of a saying right after its verb: "said Monday", "said on Thursday afternoon", "said yesterday". */
const SAYING_DAY = new RegExp(
  `^\\s+(?:on\\s+)?(?:${WEEKDAY_NAME}(?:\\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))(?![\\w-])`,
  'i',
);
const NOT_PAST =
  /^(need|speed|seed|feed|breed|indeed|proceed|exceed|succeed|hundred|bed|red|shed|led|wed|fed|bled|sled|shred|embed|naked|wicked|sacred|kindred|rugged|aged|alleged|based|concerned|interested|involved|related|used|supposed|united|limited|detailed|advanced|armed|red)$/i;
const WINDOW = 120;
/**
 * After a participle, "by" and its agent ("untouched by rivals"): a passive, no verb of its own. Not "by" and an
 * amount: "failed by two votes", "increased by 5%", "climbed by a third" are past verbs; nor "by" and a time: "the rain
 * cleared by mid-afternoon", "finished by Friday", "stopped by the end of May".
 */
const PASSIVE_BY_AFTER = new RegExp(
  // (a time after "by": a part of the day, a day word, a weekday, a month, a period's edge, a number)
  `^\\s+by\\b(?!\\s+(?:(?:early|late|mid)-?\\s*(?:morning|afternoon|evening)|lunchtime|midday|noon|midnight|dawn|dusk|nightfall|tomorrow|tonight|then|now|${WEEKDAY_NAME}|${MONTH_NAME}\\b|the\\s+(?:end|start|middle|close|beginning|time)\\s+of\\b|\\d|` +
    '[$€£]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|nearly|almost|about|around|roughly|some|more|less|just|only|over|up\\s+to|as\\s+much|as\\s+many)\\b|an?\\s+(?:third|quarter|half|fifth|tenth|fraction|factor|margin|point|percent|wide|narrow|slim|large|small|few|single|record|whopping|further|additional|total)\\b))',
  'i',
);
/**
 * A date that closes a span ("until Tuesday", "no later than Friday"): a past verb before it does not place
 * the date in the past, since the deadline it set usually lies ahead (tense `deadline`). Not the end of a life or a
 * post ("kept an office until his death on Tuesday", "served until her retirement in June"): a past verb's state
 * that ended then, told in the past. Nor a clause "until" opens with a past verb of its own ("kept the weight off until
 * the trial ended in March"): that verb dates it.
 */
const DEADLINE_BEFORE =
  /\b(?:(?:until|till|til|no\s+later\s+than|as\s+(?:soon|early)\s+as)\s+(?:(?:at\s+least|at|about|around)\s+)?|(?:until|till|pending)\s+(?:a|an|the|his|her|its|their)\s+(?!(?:[a-z-]+\s+)?(?:death|retirement|resignation|departure|dismissal|ouster|removal|overthrow|assassination|execution|murder|killing|arrest|exit|firing|sacking|divorce)\b)(?:[a-z-]+\s+){0,2}(?<!\b(?:[a-z]{2,}ed|was|were|went|came|began|fell|took|left|broke|ran|won|lost|died|said)\s+)(?:on|in|at)\s+)$/i;
/** A modal or "do" before a verb, with "not" or an adverb between: "will hit", "could not cut", "won't likely set". */
const MODAL_BEFORE =
  /\b(?:will|would|shall|should|can|could|may|might|must|do|does|won't|wo|cannot|'ll)(?:\s+not|n't)?\s+(?:[a-z]+ly\s+)?$/i;
/** Verbs of state before a participle that describes ("stay closed", "remained shut", "gets married"). */
const COPULA_BEFORE =
  /\b(?:stay|stays|stayed|remain|remains|remained|become|becomes|became|get|gets|seem|seems|seemed)\s+$/i;
/**
 * A date something was put off or moved to ("postponed until Tuesday", "extended the offer to Nov. 20", "the vote was
 * moved to Thursday", "brought forward to 3pm", "from Dec. 4 to Dec. 2": over an abbreviation's stop; a headline's
 * present, "NASA delays launch to spring"; "pushed back the launch to no earlier than April") lies ahead; so
 * does the date of a time or a sitting it was put off to ("postponed until the end of the session in March", "delayed
 * until a new hearing on Friday", "pushed back to after the election in May"). Not a place or a thing it was moved or
 * extended to ("extended to the whole country in March").
 */
const DEFERRED_TO =
  /\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)|extended|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|reschedul(?:e|es|ed|ing)|adjourned|defer(?:s|red|ring)?|moved|brought\s+forward)\b(?:[^.;]|(?<=\b[A-Z][a-z]{1,3})\.){0,40}?\b(?:to|until|till)\s+(?:(?:at\s+least|at|about|around|no\s+(?:earlier|sooner)\s+than)\s+|(?:(?:the|its|their)\s+(?:end|start|beginning|middle|close|opening)\s+of|(?:a|an)\s+(?:later|new|special|further|future|fresh)|after)\s+(?:[a-z-]+\s+){0,4}?(?:on|in|at)\s+)?$/i;

/** How far before a date DEFERRED_TO is read. */
const DEFERRED_REACH = 90;

/**
 * A span an infinitive sets going to a date ("identified companies for the program to run through June", "signed
 * a deal to last until 2030"): what the past verb started runs on, so the date lies ahead. Not a plan told in the
 * past ("was to run through June"): that one may have ended.
 */
const TO_RUN_UNTIL =
  /(?<!\b(?:was|were)\s+)\bto\s+(?:run|last|stay|remain|continue|extend|operate)\s+(?:through|thru|until|till)\s+$/i;

/**
 * A day something was called, set or scheduled for ("called a snap election for Dec. 1", "set a hearing for
 * Friday", "a day of mourning has been declared for Wednesday"): the verb is past, the day it set usually lies ahead.
 */
const SET_FOR =
  /\b(?:(?:called|set|fixed|scheduled|rescheduled|booked|slated|moved|brought\s+forward)\b(?:\s+(?!for\b)[\w'’-]+){1,5}|(?:declared|announced|earmarked)\b(?:\s+(?!for\b)[\w'’-]+){0,5})\s+for\s+$/i;

/**
 * A warning, an order or a ban issued for a day ("issued a flood warning for Monday", "put out an alert for Sunday
 * night", "imposed a curfew for Friday"): the verb is past, the day is the warning's; warnings are issued shortly
 * before or while they hold, so it is the one nearest publication.
 */
const ISSUED_FOR =
  /\b(?:issued|posted|put\s+out|imposed|ordered)\b(?:\s+(?!(?:for|and|but|which|that|who|was|were|is|are|had|has|have)\b)[\w'’-]+){1,6}\s+for\s+$/i;

/** "for" right before the phrase: the cheap test before SET_FOR. */
const FOR_BEFORE = /\bfor\s+$/i;
/** A phrase that names a weekday. */
const WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
const WEEKDAY_WORD = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day';
/** After "is closed", a weekday it is closed on. */
const CLOSED_ON_WEEKDAY_AFTER = new RegExp(`^\\s+on\\s+${WEEKDAY_WORD}\\b`, 'i');
/** A phrase that is a weekday ("Friday", "late Friday"), not a holiday named after one ("Black Friday"). */
const A_WEEKDAY = new RegExp(`^(?:(?:early|late)\\s+)?${WEEKDAY.source}`, 'i');
/** The same, or its abbreviation ("thurs morning", "Fri"), as the weekday parser reads one. */
const A_WEEKDAY_OR_SHORT = new RegExp(`^(?:(?:early|late)\\s+)?(?:${WEEKDAY.source}|${WEEKDAY_SHORT}s?\\b)`, 'i');
/** A phrase that names a day: a day of a month in digits, or a weekday. */
const A_DAY = new RegExp(`\\d|${WEEKDAY.source}`, 'i');

/** Prepositions of limits before a date ("loans through January"), and the edge words between ("by early May"). */
const LIMIT_WORDS = 'by|through|until|till|before|between|starting|beginning|from';
const EDGE_WORDS = 'early|mid|late|the|on|in';
/**
 * Before a date, words that make a past verb a weak guide to its year: an infinitive ("asked it to respond by
 * Oct. 31", "talks supposed to conclude by May") or a preposition of limits ("loans through January").
 */
const NOT_CLEARLY_PAST_BEFORE = new RegExp(
  `(?:\\bto\\s+[a-z]{2,}(?:\\s+[a-z]+){0,3}|\\b(?:${LIMIT_WORDS}))\\s+(?:(?:${EDGE_WORDS})\\s+)?$`,
);
/**
 * The same limits in capitals ("THROUGH DEC. 20"); not the infinitive, whose words in lower case stop at a name
 * ("the last quake to hit southern Iran was in February" is past).
 */
const NOT_CLEARLY_PAST_BEFORE_CAPITALS = new RegExp(
  `\\b(?:${LIMIT_WORDS.toUpperCase()})\\s+(?:(?:${EDGE_WORDS.toUpperCase()})\\s+)?$`,
);
/**
 * The date of the next thing of its kind lies ahead: "pending his next court hearing April 19", "the next round on May
 * 5", "priced in the next cut for the June meeting", "at the next meeting, on Sept. 17-18".
 */
const NEXT_THING_BEFORE = /\bnext\s+(?:[a-z]+(?<!ed),?\s+){1,2}(?:on\s+|in\s+|(?:for|at)\s+(?:the\s+)?)?$/i;
/** A past verb farther than this before a date often governs a noun the date belongs to ("a cutback … in September"). */
const CLEAR_REACH = 60;
/** Articles and possessives: before a date or a participle, they make it describe a noun. */
const ARTICLE_OR_POSSESSIVE = 'a|an|the|its|his|her|their';
/** "a Jan. 14 return date", "the June 3 hearing": a date used as an adjective, told from any time. */
const ATTRIBUTIVE_BEFORE = new RegExp(`\\b(?:${ARTICLE_OR_POSSESSIVE})\\s+$`, 'i');

/** "by" right before a date (a deadline): "a cut by March", "by the end of June". */
const BY_BEFORE = /\bby\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
/**
 * A verb of waiting for something, then the thing and its date: "braced for the Fed's decision on Wednesday",
 * "awaited Friday's jobs report", "Investors will watch Friday's jobs report", "are eyeing the June meeting" (not
 * "watched Sunday's final": seen, not waited for). The thing lies after the waiting: ahead of a waiting told in the present, near
 * publication (either side) after one told in the past (WAITED).
 */
const AWAITED_BEFORE =
  /\b(braced|bracing|await|awaits|awaited|awaiting|watch|watches|watching|eye|eyes|eyeing|(?:waited|waiting|prepared|preparing|girded)(?=\s+for)|geared(?=\s+up\s+for)|(?:looked|looking)(?=\s+ahead\s+to))(?:\s+up|\s+ahead)?(?:\s+(?:for|to))?\s+(?:for\s+)?(?:[\w'’-]+\s+){0,5}(?:on\s+|in\s+|at\s+)?$/i;
/**
 * A chance of a thing and its date: "a 90% chance of a quarter-point cut in September", "the odds of a rate rise in
 * June". The date is that of what may happen.
 */
const CHANCE_OF_BEFORE =
  /\b(?:chances?|odds|probability|likelihood)\s+(?:of|that)\s+(?:[\w'’.%-]+\s+){0,5}(?:in|on|at|by|before)\s+$/i;
/**
 * A verb of pointing to a future act, the act and its date: "Fed signals cut in September", "the bank flagged a rise in
 * June", "hinted at an election in the spring", "pencilled in a visit for May" (not "on": "signalled a penalty on
 * Saturday" is the day of the signal). Group 1: the verb.
 */
const SIGNALLED_BEFORE =
  /\b(signal(?:s|led|ed|ling|ing)?|flag(?:s|ged|ging)?|hint(?:s|ed|ing)?(?=\s+at\b)|pencil(?:s|led|ed|ling|ing)?(?=\s+in\b))\s+(?:(?:at|in)\s+)?(?:[\w'’.%-]+\s+){0,5}(?:in|for|by)\s+$/i;
/**
 * A verb of calling something off, the thing, and "for" its date: "Airlines canceled more than 1,200 flights for Tuesday
 * evening", "the school called off classes for Friday". The date is the thing's, not the calling off's: told in the
 * past, near publication on either side (not "for" a reason or a length: those are no dates).
 */
const CALLED_OFF_FOR_BEFORE =
  /\b(?:cancell?(?:ed|ing|s)?|scrapp(?:ed|ing)|scraps?|called\s+off|calls?\s+off|calling\s+off|axed|grounded)\s+(?:[\w'’,.-]+\s+){0,6}for\s+(?:the\s+)?$/i;
/**
 * A warning of a thing with its date inside ("Health officials warn of summer spread", told in April: the summer
 * ahead), read as AWAITED_BEFORE. Not after "on", "in", "at": "warned of flooding in March" may tell when the
 * warning came.
 */
const WARNED_OF_BEFORE = /\b(warn|warns|warning|warned)\s+of\s+(?:[\w'’-]+\s+){0,5}(?<!\b(?:on|in|at)\s+)$/i;
/**
 * The waiting told in the past ("braced for", "awaited", "waited for discounts ahead of"): what was waited for came
 * soon after it, near publication on either side ("shoppers waited for discounts ahead of Black Friday", told the
 * Tuesday after it, is that Black Friday).
 */
const WAITED = /^(?:braced|awaited|waited|prepared|girded|geared|looked|warned)$/i;
/**
 * A past verb of promising, what was promised and the date of it: "promised a review in June", "pledged fresh talks
 * on Friday" (not "promised in June that …", when the promise was made; nor "promised to …", read as an infinitive).
 */
const PROMISED_BEFORE =
  /\b(?:promised|pledged|vowed)\s+(?!(?:that|to|in|on|at|by|during|last|this|next|it|he|she|they|we)\b)(?:[\w'’-]+\s+){1,5}(?:in|on|by|at|for|before)\s+(?:the\s+)?$/i;
/**
 * A past verb of hoping or intending, its infinitive and a limit before the date: "hoped to finish before the
 * Christmas recess", "had aimed to agree a deal by Friday". What was hoped for lies after the hoping, near publication.
 */
const HOPED_BY_BEFORE =
  /\b(?:hoped|wanted|aimed|intended|planned|promised|pledged|vowed|expected|sought|tried|wished)\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:before|by|until|till|in\s+time\s+for|ahead\s+of)\s+(?:the\s+)?$/i;
/**
 * A past verb of telling someone to do something, its infinitive and then a day: "have been told to stay at home on
 * Friday", "were urged to vote on Tuesday", "asked staff to return to the office on Monday", "told to expect cuts in
 * March". What was asked comes after
 * the asking, near publication on either side. The infinitive is a verb, not "to the", "to Paris" or "to reporters"
 * ("told the story to reporters on Friday" tells when it was told).
 */
const DIRECTED_TO_BEFORE =
  /\b(?:told|ordered|asked|urged|advised|warned|instructed|encouraged|invited|summoned|requested|directed|called\s+on|called\s+upon)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|it)\b)[a-z]+(?<![^s]s)(?:\s+[\w'’-]+){0,5}?\s+(?:on|in|at|by|from)?\s*$/;
/**
 * A plan told in the past perfect, then its day: "had been due to walk out on Saturday", "had been scheduled for
 * Monday". The plan was overtaken (called off, moved, kept), and its day lies near publication on either side.
 */
const OVERTAKEN_PLAN_BEFORE =
  /\bhad\s+been\s+(?:due|scheduled|expected|set|slated|planned|supposed|meant|timetabled)\s+(?:to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:on|in|at|by|from|for)?\s*|for\s+)$/i;
/**
 * The same plan told of a noun, with no verb of its own, in a clause told in the past: "A walkout, due to begin on New
 * Year's Eve, was called off", "the vote due to take place on Friday was postponed". Its day lies near publication on
 * either side (read alone, the past verb after it made it the day gone by).
 */
const PLANNED_THING_BEFORE = new RegExp(
  '(?:,|\\b(?!(?:is|are|was|were|be|been|being|am|has|have|had|not|now|still|also)\\b)[a-z]+)\\s+(?:due|scheduled|slated|timetabled)\\s+to' +
    NOT_A_CAUSE +
    "\\s+[a-z]+(?:\\s+[\\w'’-]+){0,4}?\\s+(?:on|in|at|by|from|for)?\\s*$",
  'i',
);
/**
 * A third-person verb in the simple present, in a clause with no other cue, beside a weekday: a schedule ("On
 * Tuesday it publishes its spending review", "the minister votes Wednesday", "Parliament debates the bill on
 * Monday"), as the listed verbs of SCHEDULED_PRESENT are. Its subject is a pronoun, or a noun or a name with the
 * verb's object or the weekday right after the verb ("the new rules on Tuesday" is no verb), or "on" and the weekday when
 * the subject opens the clause ("The Fed decides on Wednesday"). Verbs of saying, of
 * thinking and of state tell no schedule ("On Tuesday he says", "it seems"), nor do a market's moves ("the dollar falls
 * on Monday"), nor words that end in "s" and are
 * no verbs ("he always").
 */
const PRESENT_S_VERB =
  '(?!(?:is|has|was|does|says|tells|adds|claims|insists|argues|notes|writes|explains|warns|reports|admits|believes|thinks|knows|means|seems|remains|appears|looks|feels|wants|needs|likes|loves|hates|lives|works|owns|keeps|sees|hopes|fears|always|perhaps|sometimes|nevertheless|nonetheless|afterwards|towards|thus|this|his|its|hers|ours|yours|theirs|whereas|unless|news|less|plus|us|falls|rises|gains|drops|climbs|slips|jumps|slides|surges|tumbles|edges|dips|rallies|sinks|soars|plunges|eases|firms)\\b)[a-z]{2,}[^su\\W]s';
const SCHEDULE_PRESENT_S = new RegExp(
  `\\b(?:[Ii]t|[Hh]e|[Ss]he|[Ww]ho|[Ww]hich)\\s+(?:[a-z]+ly\\s+)?${PRESENT_S_VERB}\\b|` +
    // ("We fly out Thursday morning", "i start my new job mon": a first or second person, or "they", and a verb of
    // going, starting or meeting in the base form, which no other cue of the clause tells from a past; not "We express
    // our gratitude for their bravery on Monday", a present of saying)
    `\\b(?:[Ii]|[Ww]e|[Yy]ou|[Tt]hey)\\s+(?:(?:just|also|then|only|finally)\\s+)?(?:fly|leave|start|begin|play|meet|go|head|travel|return|arrive|land|open|launch|kick|move|sit|face|host|visit|vote|perform|depart|resume|set|get|come|have)\\b|` +
    `(?:\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?:\\s+[a-z]+){1,2}|\\b(?!(?:On|In|At|By|The|This|That|Then|When|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\\w*\\b)[A-Z][a-z]+)\\s+${PRESENT_S_VERB}(?=\\s+(?:its|his|her|their|the|a|an|${WEEKDAY_WORD})\\b)|` +
    // ("The Fed decides on Wednesday": "on" and the weekday after a verb whose subject opens the clause; not "Under the
    // new rules on Tuesday")
    `^\\s*["“]?(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?:\\s+[A-Za-z]+){1,2}|(?!(?:On|In|At|By|The|This|That|Then|When)\\b)[A-Z][a-z]+)\\s+${PRESENT_S_VERB}\\s+on\\s+${WEEKDAY_WORD}\\b`,
);
/** A present "is" right after a weekday: "Monday | is a holiday". */
const IS_AFTER = /^\s+(?:is|are)\b/i;
/** A clock time alone, with no day: "3:15", "7.30pm", "8 a.m.", "noon", "eleven o'clock". */
const CLOCK_ALONE =
  /^(?:(?:about|around|approximately|just|shortly)\s+)?(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\.?)?|noon|midnight|midday|[a-z]+\s+o['’]clock)$/i;
/**
 * A present "is" and at most a preposition or "due on", "set for" right before a date ("is on", "are in", "is due on"),
 * or before the first day of a range that ends with it ("is on 3–5 September").
 */
const IS_ON_BEFORE =
  /\b(?:is|are)\s+(?:(?:due|set|scheduled|slated|planned|expected)\s+(?:for|on|in)\s+|on\s+|in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to)\s*)?$/i;
/** A habit, not a schedule: "he usually publishes on Tuesday". */
const HABIT = /\b(?:usually|often|always|normally|typically|generally|regularly|sometimes|never|routinely)\b/i;

/** A negation before "until": "did not leave until Friday" tells when it did happen. */
const NEGATION = /\b(?:not|never|nothing|nobody|no\s+one)\b|n't\b/i;

/** Past forms that are also nouns: "a cut", "a split", "a bid" ("set" and "hit" are participles more often). */
const HOMOGRAPH_NOUN = /^(?:cut|split|bid|bet)$/i;
/** Before such a word, an article, a possessive or a number, and at most two words of a noun ("its output"). */
const NOUN_DETERMINER_BEFORE = new RegExp(
  `(?:\\b(?:${ARTICLE_OR_POSSESSIVE}|our|this|that|any|no|another)|%|\\d)(?:\\s+[a-z][a-z-]*){0,2}\\s+$`,
  'i',
);
/** After it, a preposition or the clause's end: "cut by March", "output cut through December". */
const PREPOSITION_AFTER =
  /^\s*(?:$|[,.;:)]|(?:by|through|thru|until|till|in|on|at|from|of|for|to|into|before|after|since|this|next|last)\b)/i;

/**
 * Before such a word with no determiner, as headlines write nouns: a noun it is compounded with ("rate cut", "tax
 * cut", "takeover bid"), a preposition ("hints at cut"), or a headline's verb whose object it is ("signals cut",
 * "mulls split"). A singular noun: "rates cut in March" may be a past verb.
 */
const BARE_NOUN_BEFORE =
  /\b(?:(?:rate|tax|price|pay|job|budget|spending|wage|benefit|production|output|dividend|supply|share|stock|takeover|buyout|bond)|(?:at|for|of|on|over|about|against)|(?:signals|eyes|mulls|weighs|backs|urges|plans|flags|considers|seeks|announces|approves|rejects|unveils|delivers|hints))\s+$/i;

/** Whether the past form at [at, end) of `clause` is a noun: a determiner (or a noun) before, a preposition after. */
function nounUse(clause: string, at: number, end: number): boolean {
  const before = clause.slice(Math.max(0, at - 40), at);
  return (
    (NOUN_DETERMINER_BEFORE.test(before) || BARE_NOUN_BEFORE.test(before)) &&
    PREPOSITION_AFTER.test(clause.slice(end, end + 12))
  );
}

/** After "Sat", a day of the month or a month: the weekday of a listing ("Sat 30th", "Sat, Mar 30", "Sat the 3rd"). */
const SAT_WEEKDAY_AFTER = new RegExp(`^\\.?,?\\s+(?:the\\s+)?(?:\\d|${MONTH_NAME}\\b)`, 'i');
/** How far back the heading of a listing is looked for on the phrase's line. */
const LISTING_REACH = 160;
/** A line's heading over what is to come: "Fixtures:", "This weekend's fixtures:", "Coming up:", "Key dates:". */
const LISTING_AHEAD_HEAD =
  /(?:^|\n)[^\S\n]*(?:[A-Za-z'’]+[^\S\n]+){0,3}(?:fixtures?|schedule|timetable|programme|program|agenda|diary|line-?up|coming up|upcoming|forthcoming|next up|what['’]?s on|key dates|still to come)[^\S\n]*:/i;
/** A match named with "v" and a capital after it ("Rovers v City"), the listing of a fixture. */
const FIXTURE = /\b(?:v|vs\.?|versus)\s+[A-Z]/;
/** A score: "2-1", "2 – 1", "Leeds 2 Hull 1" (a result, told in the past). */
const SCORE = /\d\s*[-–]\s*\d|[A-Z][a-z]+\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{1,2}\b/;

/**
 * Whether the phrase at `start` is in a listing of what is to come: under a heading that names one, on its line
 * ("Fixtures: Sat 16th v Leeds, Tue 26th v Hull"), or a fixture with no score in its clause ("Saturday: Rovers v
 * City (12.30pm)"). Read only where the clause has no verb.
 */
function listingAhead(text: string, start: number, clause: string): boolean {
  if (FIXTURE.test(clause) && !SCORE.test(clause)) return true;
  // (the line's start within reach, or the text's)
  const from = Math.max(0, start - LISTING_REACH);
  const before = text.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  if ((lineStart < 0 && from > 0) || !before.includes(':', lineStart + 1)) return false;
  return LISTING_AHEAD_HEAD.test(lineStart < 0 ? before : before.slice(lineStart));
}

/** The tense of a clause, and whether it is clear (see ResolveContext.clearTense). */
export interface ClauseTense {
  tense: Tense | null;
  clearTense: boolean;
  /**
   * The future is told from the past: "would" after a past verb ("said he would be here by noon"). What "would" looked
   * ahead to from the saying may have come by publication.
   */
  futureInPast?: boolean;
}

/** Where no verb is near the phrase, the clause is read this far after it (a long aside before the verb). */
const WIDE_WINDOW = 300;
/** A subordinate clause that opens its sentence and runs, with no comma, up to the phrase: "Since the firm bought …". */
const FRONTED_SUBORDINATE = /^\s*["“]?(?:since|after|when|while|because|although|though|once|as)\s+[^,;:]*$/i;
/**
 * The same clause opening what is said: "The firm said (that) since it bought the mill in February, it has sold…".
 * Group 1 is what comes before the subordinator.
 */
const REPORTED_SUBORDINATE =
  /(\b(?:that|said|says|told\s+\w+|added|adds)\s+["“]?)(?:since|after|when|while|because|although|though|once)\s+[^,;:]*$/i;

/** "starting Monday", "beginning on May 1", "effective from April": the date a change starts from. */
const STARTING_BEFORE = new RegExp(`\\b(?:${STARTING_WORDS.join('|')})\\s+(?:on\\s+|from\\s+|in\\s+)?$`, 'i');

/** "would strike if the plan was …": a conditional's "if" clause, up to a past form, in one sentence. */
const HYPOTHETICAL_IF = /\b(?:would|could|might)\b[^.;:!?]*\bif\b[^,;:.!?]*$/i;
/** How far back a conditional's modal is looked for. */
const HYPOTHETICAL_REACH = 160;

/** Whether the past form at `at` is in the "if" clause of a conditional ("would … if … was"). */
function hypotheticalPast(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - HYPOTHETICAL_REACH), at);
  return /if/i.test(before) && HYPOTHETICAL_IF.test(before);
}

/** Between a phrase and a verb after it, a word that opens another clause and no comma since: the verb is that clause's. */
const SUBORDINATE_CLAUSE_BEFORE =
  /\b(?:after|before|when|while|because|although|though|unless|whereas|once)\b[^,;:]*$/i;
/**
 * After a relative clause before the phrase, the main clause's verb right after the closing comma: the clause
 * was an aside ("The budget, which was unveiled on Oct. 30, raises taxes from April"), not the start of a list
 * that goes on ("who retired as owner, manager and head coach in March").
 */
const MAIN_VERB_AFTER_ASIDE =
  /^,\s*(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must|does|did|[a-z]+ed|[a-z]+[^s\W]s)\b/;
/** Before a participle, words after which it is an adjective: an article, a possessive, a preposition. */
const ADJECTIVE_SLOT_BEFORE = new RegExp(
  `\\b(?:${ARTICLE_OR_POSSESSIVE}|our|this|these|those|on|in|at|of|with|from|into|onto|over|under|across|along)\\s+$`,
  'i',
);
/** How much farther (in characters) such a participle counts than a verb: a verb about as near wins. */
const ADJECTIVE_PENALTY = 20;
/**
 * Between a phrase and a verb: "and" or "but" (with an adverb; after a comma too) that opens a second predicate of
 * the same subject ("expect winds to ease by Sunday evening but warned…", "would recover on Sunday, but warned…").
 */
const COORDINATED_VERB_BEFORE = /^[^,;:]*?,?\s+(?:and|but)\s+(?:(?:then|later|also|so|has|have|had)\s+)?$/i;
/** A relative clause set off by a comma: ", who will remain", ", which was founded". */
const RELATIVE_ASIDE = new RegExp(RELATIVE_ASIDE_OPENING, 'gi');
/**
 * A participle's aside between commas: "The plan, first announced in March, will be debated", "the findings, presented
 * at a conference in the spring, should be confirmed". A phrase inside it is told by the participle, not by the
 * main clause around it.
 */
const PARTICIPLE_ASIDE =
  /,\s*(?:(?:first|originally|previously|already|initially|recently|once|last)\s+)?([a-z]{2,}ed|made|held|built|set|sold|won|known|shown|taken|given|seen|written|chosen|drawn|begun|sent|paid|bought|brought|found|kept|led|left|lost|told)\b[^,;:!?]*(?=,)/gi;

/**
 * CUE's matches in a text, found as the clauses of its phrases ask for them (in document order): one scan serves
 * all of a sentence's phrases, whose clauses overlap, where a scan of each clause read the same words many times.
 * Regions no phrase's clause reaches are skipped.
 */
class CueScan {
  readonly cues: RegExpExecArray[] = [];
  /** Where the scan has read to: the cues before it are all found (from the start of the current stretch). */
  private scanned = 0;
  private stretchStart = 0;

  constructor(private readonly text: string) {}

  /** Finds the cues of [from, to); returns the index of the first cue at or after `from`. */
  cover(from: number, to: number): number {
    const { cues, text } = this;
    if (from < this.stretchStart) {
      // a clause before the scanned stretch (phrases come in document order, so this is rare): start again
      cues.length = 0;
      this.scanned = this.stretchStart = from;
    } else if (from > this.scanned) {
      this.scanned = this.stretchStart = from; // a gap no clause reached
    }
    while (this.scanned < to) {
      const m = CUE.exec(text, this.scanned);
      if (!m) {
        this.scanned = text.length;
        break;
      }
      cues.push(m);
      this.scanned = m.index + m[0].length;
    }
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.index < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function readClause(
  text: string,
  start: number,
  end: number,
  cues: CueScan,
  clauseEnds: ClauseEnds,
  reach = WINDOW,
): ClauseTense {
  if (NOW_TO_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return { tense: 'future', clearTense: true };
  let from = clauseEnds.startBefore(start, WINDOW);
  // (a clause that opens a sentence starts at the text's start or after a sentence's end: not after a ";", nor at the
  // window's edge when no end is near)
  const opensSentence = from === 0 || (from > 0 && text.charCodeAt(from - 1) !== 0x3b);
  if (from < 0) from = start - WINDOW;
  const to = clauseEnds.firstIn(end, Math.min(text.length, end + reach));
  const clause = text.slice(from, to);
  const phraseStart = start - from;
  const phraseEnd = end - from;
  let best: Tense | null = null;
  let bestDistance = Infinity;
  let bestAt = 0;
  let bestCue = '';
  let bestCueAt = -1;
  let otherThanPast = false;
  let pastSeen = false;
  let presentBefore = false;
  let pastVerb = false;
  let saidAfter = false;
  // relative clauses tell of their own noun ("In January, the firm hired a new chief, who will remain chairman"):
  // their verbs are no cue for the phrase; a phrase inside one is told by its verbs alone ("The minister, who will
  // step down in May, spoke on Monday": May lies ahead)
  const asides: [number, number][] = [];
  let within: [number, number] | null = null;
  if (clause.includes(',')) {
    RELATIVE_ASIDE.lastIndex = 0;
    for (let r = RELATIVE_ASIDE.exec(clause); r; r = RELATIVE_ASIDE.exec(clause)) {
      const end = r.index + r[0].length;
      if (r.index < phraseStart && end >= phraseEnd) within = [r.index, end];
      // before the phrase too ("The budget, which was unveiled on Oct. 30, raises income tax from April")
      else if (r.index >= phraseEnd || (end <= phraseStart && MAIN_VERB_AFTER_ASIDE.test(clause.slice(end, end + 16))))
        asides.push([r.index, end]);
    }
    // (an aside has a comma on each side of the phrase)
    if (!within && clause.lastIndexOf(',', phraseStart) >= 0 && clause.indexOf(',', phraseEnd) >= 0) {
      PARTICIPLE_ASIDE.lastIndex = 0;
      for (let r = PARTICIPLE_ASIDE.exec(clause); r; r = PARTICIPLE_ASIDE.exec(clause)) {
        const end = r.index + r[0].length;
        // (not "indeed", "based": no participles of a past)
        if (r.index < phraseStart && end >= phraseEnd && !NOT_PAST.test(r[1]!)) within = [r.index, end];
      }
    }
  }
  // (the phrase in a subordinate clause that opens the sentence, before its comma)
  // or that opens what is said ("said that since it bought the mill in February, it has sold"): where it starts
  let frontedAt = -1;
  const beforePhrase = clause.slice(0, phraseStart);
  if (opensSentence && FRONTED_SUBORDINATE.test(beforePhrase)) frontedAt = 0;
  // (only a comma after the phrase, where the main clause goes on, makes it matter)
  else if (clause.indexOf(',', phraseEnd) >= 0) {
    const r = REPORTED_SUBORDINATE.exec(beforePhrase);
    if (r) frontedAt = r.index + r[1]!.length;
  }
  for (let k = cues.cover(from, to); k < cues.cues.length; k++) {
    const m = cues.cues[k]!;
    if (m.index + m[0].length > to) break; // a cue cut by the clause's end is no cue of this clause
    const at = m.index - from;
    if (at >= phraseStart && at < phraseEnd) continue; // the phrase's own words are read by its parser
    // "a cut in September, up from 65% a week ago": "ago" after the phrase ends a phrase of time of its own
    if (at >= phraseEnd && m[0].length === 3 && /^ago$/i.test(m[0])) continue;
    if (within && (at < within[0] || at >= within[1])) continue;
    if (asides.length > 0 && asides.some(([a, b]) => at >= a && at < b)) continue;
    // "set Nov. 9 as the date, after the premier lost a vote": a verb after a subordinator tells of its own clause
    // (not "In January, a week after the anniversary, a bombing killed": a comma ends the phrase "after" opens)
    if (at >= phraseEnd && SUBORDINATE_CLAUSE_BEFORE.test(clause.slice(phraseEnd, at))) continue;
    // "Since the brewer bought the mill in February, | it has sold": a phrase in a fronted subordinate clause is told
    // by that clause's verbs, not by the main clause's after its comma
    // (when that clause has a verb of its own: "After the talks in May, the union will strike" has none)
    if (
      at >= phraseEnd &&
      frontedAt >= 0 &&
      best !== null &&
      bestAt >= frontedAt &&
      bestAt <= phraseStart &&
      clause.slice(phraseEnd, at).includes(',')
    )
      continue;
    // "would publish it by Friday and urged calm": a verb right after "and" opens the next predicate, not the
    // phrase's (when a verb before the phrase has told its tense)
    if (
      at >= phraseEnd &&
      best !== null &&
      bestAt <= phraseStart &&
      COORDINATED_VERB_BEFORE.test(clause.slice(phraseEnd, at))
    )
      continue;
    // "May" the month or a name; in capitals, "CAN" and "MAY" before a verb are the modals ("MAY NOT BE RESTORED")
    if (m[1] && /^(may|can)$/i.test(m[1]) && /^[A-Z]/.test(m[1]) && !modalInCapitals(clause, at, m[1])) continue;
    // read only for a future cue (most cues are past or present forms)
    const before = m[1] ? clause.slice(Math.max(0, at - 16), at) : '';
    if (m[1] && SCHEDULED_VERB.test(m[1]) && NOT_SIMPLE_PRESENT_BEFORE.test(before)) continue;
    // "as planned", "the hastily planned trip": a plan made, no tense for the date. "The team planned to leave
    // on Thursday": the date after the infinitive is when the plan is for, ahead; before it ("On Friday, the
    // government planned to pay…") the date goes with the clause, told in the past
    let pastPlan = false;
    if (m[1] && /^planned$/i.test(m[1])) {
      if (/\b(?:as|\w+ly)\s+$/i.test(before)) continue;
      pastPlan =
        at >= phraseEnd &&
        /^\s+to\b/i.test(clause.slice(at + m[0].length)) &&
        !/\b(?:is|are|was|were|had|has|have|been)\s+$/i.test(before);
    }
    // "…, a spokesman said": an attribution after the phrase tells when it was said, not when it happens
    // (not when what is said follows the verb: "At a briefing on June 1, the chief said the firm would shrink": the
    // phrase dates the saying, the main clause's verb; "within 14 days, she said, the soonest…" is an aside)
    if (
      at >= phraseEnd &&
      REPORTING.test(m[0]) &&
      /[,'"’”`]/.test(clause.slice(phraseEnd, at)) &&
      !reportedClauseAfter(clause.slice(at + m[0].length))
    ) {
      if (m[2]) saidAfter = true; // (no tense for the date, but "would" before it is told from the past)
      continue;
    }
    let tense: Tense;
    let penalty = 0;
    if (pastPlan) tense = 'past';
    else if (m[1]) tense = 'future';
    else if (m[2]) {
      // "threatens to cut supplies": after "to", "cut", "put", "set" are infinitives, of no tense ("believed to
      // have died" is a perfect, and past)
      if (!/^ha[sdv]/i.test(m[2]) && /\bto\s+$/i.test(clause.slice(Math.max(0, at - 4), at))) continue;
      // "will hit", "could cut", "does not set": after a modal or "do", a past form's twin is the base verb
      if (!/\s/.test(m[2]) && MODAL_BEFORE.test(clause.slice(Math.max(0, at - 24), at))) continue;
      // "the Fed", "Fed officials": the Federal Reserve, not the past of "feed"
      if (/^F(?:ed|ED)$/.test(m[2])) continue;
      // "Sat 30th", "Sat, March 30", "SAT 30TH": the weekday cut short, not the past of "sit"
      if (/^(?:Sat|SAT)$/.test(m[2]) && SAT_WEEKDAY_AFTER.test(clause.slice(at + 3, at + 16))) continue;
      // "a cut by March", "its output cut through December": a past form that is also a noun, after an article
      // or a possessive (and a noun), before a preposition
      if (HOMOGRAPH_NOUN.test(m[2]) && nounUse(clause, at, at + m[0].length)) continue;
      // "will be paid", "had been sold": a participle after "be", the auxiliary or the modal decides;
      // "is held", "are sold": a present passive
      const aux = /\s/.test(m[2])
        ? null
        : /\b(be|being|been|is|are|get|gets|getting)\s+$/i.exec(clause.slice(Math.max(0, at - 9), at));
      // "is going to start getting beat up": a participle after "get", the verb before it decides
      if (aux && /^(?:be|get)/i.test(aux[1]!)) continue;
      tense = aux ? 'present' : 'past';
    } else if (m[3]) {
      if (NOT_PAST.test(m[3])) continue;
      const lead = clause.slice(Math.max(0, at - 12), at);
      if (/\b(?:be|being)\s+$/i.test(lead)) continue; // "should be completed": the modal decides
      // "will stay closed", "remains shut", "stayed closed": a participle after a verb of state describes; the
      // verb of state (or its modal) is the cue
      if (COPULA_BEFORE.test(lead)) continue;
      // "on exposed coasts", "the reported bombing": a participle after an article or a preposition describes a
      // noun; it tells of a past only where no verb is nearer
      if (ADJECTIVE_SLOT_BEFORE.test(lead) && /^\s+[a-z]/.test(clause.slice(at + m[0].length, at + m[0].length + 2)))
        penalty = ADJECTIVE_PENALTY;
      if (/\b(?:is|are)\s+$/i.test(lead)) {
        // "the museum is closed on Monday": the state of a coming day, which "is" before it tells (RUNS_OR_CLOSES)
        if (
          /^closed$/i.test(m[3]) &&
          CLOSED_ON_WEEKDAY_AFTER.test(clause.slice(at + m[0].length, at + m[0].length + 16))
        )
          continue;
        tense = 'present';
      }
      // "markets untouched by", "troops backed by": a passive participle; its auxiliary, if any, is the verb
      else if (PASSIVE_BY_AFTER.test(clause.slice(at + m[0].length, at + m[0].length + 24))) continue;
      else tense = 'past';
    } else tense = 'present';
    // "would strike if the plan was not withdrawn by Christmas": a past form in the "if" clause of a "would" is a
    // hypothetical, no past
    if (tense === 'past' && hypotheticalPast(text, from + at)) continue;
    const distance = at < phraseStart ? phraseStart - (at + m[0].length) : at - phraseEnd;
    // verbs before the phrase govern it more often than verbs after it
    const weighted = (at < phraseStart ? distance : distance * 1.5 + 5) + penalty;
    if (tense === 'future') otherThanPast = true;
    if (tense === 'past') pastSeen = true;
    if (tense === 'present' && at < phraseStart) presentBefore = true;
    // a past verb, not a past adverb ("a week ago", "since") of a comparison
    if (tense === 'past' && (at < phraseStart || !/^(?:ago|since|previously)$/i.test(m[0]))) pastVerb = true;
    if (weighted < bestDistance) {
      bestDistance = weighted;
      best = tense;
      bestCue = m[0];
      bestCueAt = at;
      bestAt = at < phraseStart ? at + m[0].length : phraseStart - (at - phraseEnd);
    }
  }
  // no verb near the phrase: the clause's verb may lie past a long aside after it ("In January, a week after
  // the 25th anniversary of the decision, a bombing in Birmingham, Ala., killed a guard"); not before it, where
  // a main verb is often not the one of the phrase ("…has announced cuts, resulting in closures during the
  // fourth quarter")
  if (best === null && reach === WINDOW && to === end + WINDOW)
    return readClause(text, start, end, cues, clauseEnds, WIDE_WINDOW);
  // "On Tuesday it publishes its review": a weekday beside a verb in the simple present is a schedule (not in a
  // headline, whose present tells what happened)
  if (
    best === null &&
    A_WEEKDAY_OR_SHORT.test(text.slice(start, end)) &&
    SCHEDULE_PRESENT_S.test(clause) &&
    !HABIT.test(clause) &&
    !inHeadlineLine(text, start)
  )
    best = 'future';
  // "Fixtures: Sat 16th v Leeds, Tue 26th v Hull", "Coming up: Tuesday, budget vote": a listing of what is to come,
  // under its heading or a match with no score, names days ahead where no verb says otherwise
  if (best === null && listingAhead(text, start, clause)) best = 'future';
  // "the trial runs through June", "the show is open until May": a present state that lasts up to a date
  // (not "has gained this year through Oct. 11, analysts say": a past stretch, a reporting verb)
  const lastsUntil =
    !pastSeen &&
    (best === null || (best === 'present' && presentBefore)) &&
    LASTS_UNTIL_BEFORE.test(clause.slice(Math.max(0, phraseStart - 24), phraseStart));
  // "traders see a cut by March, down from 45% a week ago": a deadline no past verb has passed ("By 6 a.m., crews
  // had restored power" has)
  const byDeadline =
    !pastVerb && best !== 'future' && BY_BEFORE.test(clause.slice(Math.max(0, phraseStart - 24), phraseStart));
  const aheadByWords = { clear: false };
  const tense =
    lastsUntil || byDeadline
      ? 'future'
      : adjusted(
          text,
          start,
          end,
          clause,
          phraseStart,
          best,
          scheduleAfter(clause, phraseEnd, best, bestCue, bestCueAt),
          aheadByWords,
        );
  // clearly future: what runs, lasts or will last until a date ("runs through June", "will last until June")
  if (
    lastsUntil ||
    (best === 'future' &&
      !pastSeen &&
      LASTS_UNTIL_BEFORE.test(clause.slice(Math.max(0, phraseStart - 24), phraseStart)))
  )
    return { tense: 'future', clearTense: true };
  // clearly past: no future cue in the clause, and no infinitive between the past verb and the phrase
  // ("asked it to respond by Oct. 31": the date belongs to the infinitive)
  const between = clause.slice(Math.min(bestAt, phraseStart), phraseStart);
  // "a Jan. 14 return date", "the March 29 notification": a date used as an adjective, told from any time (in
  // capitals, "A JAN. 14 RETURN DATE": a word of capitals after it, in words all in capitals)
  const attributive =
    ATTRIBUTIVE_BEFORE.test(clause.slice(Math.max(0, phraseStart - 8), phraseStart)) &&
    (/^\s+[a-z]/.test(text.slice(end, end + 3)) ||
      (/^\s+[A-Z]{2}/.test(text.slice(end, end + 4)) && !/[a-z]/.test(text.slice(Math.max(0, start - 24), end + 24))));
  const clearTense =
    tense === 'past' &&
    best === 'past' &&
    !otherThanPast &&
    between.length <= CLEAR_REACH &&
    !/\bto\s+[a-z]{2,}\b|\bTO\s+[A-Z]{2,}\b/.test(between) &&
    !NOT_CLEARLY_PAST_BEFORE.test(clause.slice(Math.max(0, phraseStart - 40), phraseStart)) &&
    !NOT_CLEARLY_PAST_BEFORE_CAPITALS.test(clause.slice(Math.max(0, phraseStart - 40), phraseStart)) &&
    !attributive;
  // clearly future: a future verb and no past one ("will be named commander for a mission in December", told
  // in March); not a date the figures are for ("will report results for September")
  const clearFuture =
    (tense === 'future' && aheadByWords.clear) ||
    (tense === 'future' &&
      best === 'future' &&
      !pastSeen &&
      !attributive &&
      !/\bfor\s+(?:the\s+)?$/i.test(clause.slice(Math.max(0, phraseStart - 10), phraseStart)));
  // (and "were likely to", "was expected to": a future told in the past of itself)
  const futureInPast =
    tense === 'future' &&
    best === 'future' &&
    (((pastVerb || saidAfter) && /^would$/i.test(bestCue)) || /^(?:was|were)\s/i.test(bestCue));
  return { tense, clearTense: clearTense || clearFuture, futureInPast };
}

/** Before "MAY" in capitals, words that make it the month ("IN MAY", "LAST MAY", "MID-MAY"). */
const MONTH_MAY_BEFORE =
  /\b(?:IN|OF|SINCE|UNTIL|TILL|BY|LAST|NEXT|THIS|EARLY|MID|LATE|FROM|TO|THROUGH|BEFORE|AFTER|DURING|THE)[\s-]+$/;
/**
 * After "MAY" in capitals, a verb: "MAY NOT BE", "MAY RISE" (not a number, a preposition or "MAY SAID", a name's
 * verb: "MET MAY ON TUESDAY").
 */
const MODAL_MAY_AFTER =
  /^\s+(?:NOT\s+|ALSO\s+|STILL\s+)?(?!(?:SAID|TOLD|[A-Z]+ED|ON|IN|AT|AND|OR|TO|FOR|OF|WITH|BY|FROM|THE|AN|IS|WAS|HAS|HAD|WILL|WOULD)\b)[A-Z]{2,}\b/;

/**
 * Whether "CAN" or "MAY" at `at` is a modal in a clause written in capitals: "CAN" is; "MAY" before a verb and not
 * after a preposition of time.
 */
function modalInCapitals(clause: string, at: number, word: string): boolean {
  if (word !== 'CAN' && word !== 'MAY') return false;
  if (/[a-z]/.test(clause.slice(Math.max(0, at - 24), at + 24))) return false;
  if (word === 'CAN') return true;
  return (
    !MONTH_MAY_BEFORE.test(clause.slice(Math.max(0, at - 10), at)) &&
    MODAL_MAY_AFTER.test(clause.slice(at + 3, at + 24))
  );
}

/**
 * Before a holiday, words of getting ready for it: "shoppers cut back ahead of Christmas", "hired staff in the run-up to
 * Easter". Told in the past, the holiday came after the getting ready, near publication on either side (told on 1
 * December, the coming Christmas; told in January, the last one).
 */
const RUN_UP_BEFORE = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead|build)[\s-]?up\s+to)\s+$/i;

/**
 * A temporal clause with a verb in the simple present after a subject ("when the company reports results in April",
 * "once it returns in May", "after he takes office in January"): its time lies ahead, whatever the tense of the clause
 * it hangs on ("Analysts said they expected a cut when …"). Group 1 is the verb; no past form may follow it.
 */
const PRESENT_TEMPORAL_CLAUSE_BEFORE =
  /\b(?:when|once|after|until|as\s+soon\s+as)\s+(?:it|he|she|(?:the|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?)\s+([a-z]{3,}s)\b(?:\s+(?![a-z]+ed\b)[\w'’-]+){0,5}?\s+(?:in|on|at|by)?\s*$/i;

/**
 * Whether the nearest cue is a schedule's verb after the phrase ("Sunday's derby kicks off"), not the noun of a
 * possessive ("Thursday's play-in round").
 */
function scheduleAfter(clause: string, phraseEnd: number, best: Tense | null, cue: string, at: number): boolean {
  return (
    best === 'future' && at >= phraseEnd && SCHEDULED_CUE.test(cue) && !/^['’]s\s*$/i.test(clause.slice(phraseEnd, at))
  );
}

/** The special cases after the nearest cue: deferred dates, deadlines, the weak "until", possessive dates. */
function adjusted(
  text: string,
  start: number,
  end: number,
  clause: string,
  phraseStart: number,
  best: Tense | null,
  scheduledAfter = false,
  /** Set when the words before the phrase alone say it lies ahead, clearly ("Fed signals cut in September"). */
  aheadByWords: { clear: boolean } = { clear: false },
): Tense | null {
  // "The deadline is Friday", "The final is on 5 September", "Voting is in September", "Monday is a public holiday":
  // a date a present "is" gives, or a weekday it follows, lies ahead or is today (what is over is told with "was");
  // not a habit, a clock time alone ("It is 3:15 now") or a possessive date's noun ("The focus is on Sunday's vote")
  if (
    best === 'present' &&
    ((IS_ON_BEFORE.test(clause.slice(Math.max(0, phraseStart - 32), phraseStart)) &&
      !HABIT.test(clause) &&
      !CLOCK_ALONE.test(text.slice(start, end)) &&
      !/^['’]s\b/.test(text.slice(end, end + 3))) ||
      (A_WEEKDAY.test(text.slice(start, end)) && IS_AFTER.test(text.slice(end, end + 5))))
  )
    return 'future';
  // "Sales tax rises starting Monday", "Starting Monday, schools reopen": a date a change starts from, told in no
  // past, lies ahead
  if (best !== 'past' && STARTING_BEFORE.test(clause.slice(Math.max(0, phraseStart - 16), phraseStart)))
    return 'future';
  if (best === 'past' || best === null) {
    const before = clause.slice(Math.max(0, phraseStart - 60), phraseStart);
    const temporal = PRESENT_TEMPORAL_CLAUSE_BEFORE.exec(before);
    if (temporal && isVerbS(temporal[1]!.toLowerCase())) return 'future';
    // (DEFERRED_TO reads farther: a verb, 40 characters of its object, and "to no earlier than")
    if (
      DEFERRED_TO.test(clause.slice(Math.max(0, phraseStart - DEFERRED_REACH), phraseStart)) ||
      NEXT_THING_BEFORE.test(before) ||
      TO_RUN_UNTIL.test(before)
    )
      return 'future';
    const awaited = AWAITED_BEFORE.exec(before) ?? WARNED_OF_BEFORE.exec(before);
    // (a weekday waited for is the coming one: a market report's "investors awaited Friday's jobs data" is told
    // of the day's trading; a month or a holiday lies on either side)
    if (awaited)
      return best === 'past' && WAITED.test(awaited[1]!) && !A_WEEKDAY.test(text.slice(start, end)) ? 'near' : 'future';
    // ("a 90% chance of a quarter-point cut in September": the date of what may happen, ahead; near a past clause)
    if (/\b(?:chances?|odds|probability|likelihood)\s/i.test(before) && CHANCE_OF_BEFORE.test(before))
      return best === 'past' ? 'near' : 'future';
    // ("Fed signals cut in September": what a signal points to lies ahead of it, clearly; after a past one, near
    // publication)
    const signalled = /\b(?:signal|flag|hint|pencil)/i.test(before) ? SIGNALLED_BEFORE.exec(before) : null;
    if (signalled && /(?:ed|led|ged)$|^hinted/i.test(signalled[1]!) && best === 'past') return 'near';
    if (signalled) {
      aheadByWords.clear = true;
      return 'future';
    }
    // ("canceled 1,200 flights for Tuesday evening", told on a Monday: the flights' day, near publication)
    if (best === 'past' && /\bfor\s+(?:the\s+)?$/i.test(before) && CALLED_OFF_FOR_BEFORE.test(before)) return 'near';
    // ("promised a review in June": what was promised comes after the promise, near publication)
    if (best === 'past' && /(?:ised|dged|owed)\s/i.test(before) && PROMISED_BEFORE.test(before)) return 'near';
    if (best === 'past' && /\bhad\s+been\s/i.test(before) && OVERTAKEN_PLAN_BEFORE.test(before)) return 'near';
    if (
      best === 'past' &&
      /\b(?:due|scheduled|slated|timetabled)\s+to\s/i.test(before) &&
      PLANNED_THING_BEFORE.test(before)
    )
      return 'near';
    // (both need an infinitive: "to" is looked for first, as most clauses have none)
    const infinitive = best === 'past' && /\bto\s/i.test(before);
    // (a weekday hoped for stays by tense: within a week either way, and "had aimed to agree by Friday" has passed)
    if (infinitive && HOPED_BY_BEFORE.test(before) && !WEEKDAY.test(text.slice(start, end))) return 'near';
    // (in capitals the words are read in lower case: the infinitive test tells a verb from a name by its case)
    if (infinitive && DIRECTED_TO_BEFORE.test(/[a-z]/.test(before) ? before : before.toLowerCase())) return 'near';
    // a day, not a month or a quarter figures are for ("set a sales record for March")
    if (FOR_BEFORE.test(before) && A_DAY.test(text.slice(start, end)) && SET_FOR.test(before)) return 'future';
    // (not "Monday's": a possessive names what happened that day)
    if (
      best === 'past' &&
      FOR_BEFORE.test(before) &&
      A_DAY.test(text.slice(start, end)) &&
      ISSUED_FOR.test(before) &&
      !/^['’]s\b/i.test(text.slice(end, end + 3))
    )
      return 'near';
    // "Until Thursday, they had not named him": a past perfect state that ended then; "nothing happened until
    // May", "did not return until Friday": what did not happen before a day that has passed; "stayed closed until
    // Monday", "served until his death on Tuesday": a past state that ended then
    if (
      best === 'past' &&
      DEADLINE_BEFORE.test(before) &&
      !/\bhad\b/i.test(clause) &&
      !NEGATION.test(before) &&
      !PAST_STATE_UNTIL.test(before)
    )
      return 'deadline';
  }
  if (
    best === null &&
    (WEAK_FUTURE.test(clause) ||
      (HEADLINE_INFINITIVE.test(clause.slice(0, phraseStart)) && inHeadlineLine(text, start)))
  )
    best = 'future';
  // "Thursday's closing price": a possessive date names something that already happened; not what a future
  // clause is getting ready "for" ("will be in the dugout for Saturday's game"); not "in a week's time", a length
  // from now
  const possessive = /^['’]s\b(?!\s+time\b)/i.test(text.slice(end, end + 8));
  // "turned cautious ahead of Friday's jobs report": a thing of that day still to come, whatever the clause's tense
  // (not "ahead of the weekend" told of a past trading day: that day's weekend)
  if (possessive && /\b(?:ahead\s+of|upcoming)\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return 'future';
  if (
    possessive &&
    // ("Sunday's derby kicks off at noon": the subject of a schedule in the present is still to come)
    !(best === 'future' && scheduledAfter) &&
    !/\b(?:ahead\s+of|upcoming|coming|before)\s+$/i.test(text.slice(Math.max(0, start - 20), start)) &&
    !AWAITED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    !(best === 'future' && /\bfor\s+$/i.test(text.slice(Math.max(0, start - 5), start)))
  )
    return 'past';
  return best;
}

/** How far back the sentence of a phrase is read for a verb beyond its clause. */
const SENTENCE_REACH = 300;

/** The text of the sentence before `at`, back to its start (a stop and a space, or a line break), at most SENTENCE_REACH. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  const stop = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  return stop >= 0 ? before.slice(stop + 1) : before;
}

export class TenseRefiner implements Refiner {
  refine(context: { text: string }, results: TimexMatch[]): TimexMatch[] {
    const cues = new CueScan(context.text);
    let clauseEnds: ClauseEnds | undefined; // (read when a phrase asks: a text without phrases is not read)
    let previous: { end: number; frame: Frame } | undefined;
    for (const r of results) {
      const frame = getFrame(r);
      if (!frame || frame.timeless) continue;
      const before = previous;
      previous = { end: r.index + r.text.length, frame };
      const { tense, clearTense, futureInPast } = readClause(
        context.text,
        r.index,
        r.index + r.text.length,
        cues,
        (clauseEnds ??= new ClauseEnds(context.text)),
      );
      // "said he would be here by noon": a clock time the saying looked ahead to is the one nearest publication (it
      // may have gone by: "… but nothing yet"), not the next one after it
      // (so is a holiday: "said delays were likely to worsen over Christmas", told in January, is the Christmas gone by)
      frame.tense = futureInPast && (frame.kind === 'time' || frame.kind === 'holiday') ? 'near' : tense;
      // "Markets trade between 0900 and 1100 GMT on Friday": a clock time on a weekday in a sentence with no cue is
      // most often a timetable, told in the present of a verb no cue knows ("trade", "take place"), but the verb may
      // be a past form that reads as a present ("polls shut at 10 p.m. on Sunday"): the weekday nearest publication,
      // as for a present (not in a headline, whose present tells what happened; not after a past verb the clause's
      // bounds left out: "issued an ultimatum demanding that Iraq withdraw within a week, starting at noon Saturday")
      if (
        tense === null &&
        frame.kind === 'date-time' &&
        WEEKDAY.test(r.text) &&
        !inHeadlineLine(context.text, r.index) &&
        !CUE_TEST.test(sentenceBefore(context.text, r.index))
      )
        frame.tense = 'present';
      // ("shoppers cut back ahead of Christmas": a holiday a past clause got ready for, read by its kind)
      if (
        tense === 'past' &&
        frame.kind === 'holiday' &&
        RUN_UP_BEFORE.test(context.text.slice(Math.max(0, r.index - 24), r.index))
      )
        frame.tense = 'near';
      // a quarter or a half is reported on after it ends ("will report third-quarter results"): a future verb
      // does not make it the next one
      frame.clearTense = clearTense && !(tense === 'future' && /quarter|half/.test(frame.kind));
      // "canceled flights for Tuesday evening and Wednesday morning": a date joined to one the words before read as
      // ahead or near is read so too (its own past verb is the one before the first)
      if (
        frame.tense === 'past' &&
        before &&
        (before.frame.tense === 'near' || before.frame.tense === 'future') &&
        r.index - before.end <= 8 &&
        /^\s*,?\s*(?:and|or)\s+$/i.test(context.text.slice(before.end, r.index))
      ) {
        frame.tense = before.frame.tense;
        frame.clearTense = before.frame.clearTense;
      }
    }
    return results;
  }
}
