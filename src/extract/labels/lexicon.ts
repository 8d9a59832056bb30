/**
 * Word classes of the clause model: closed classes of English (determiners, prepositions,
 * auxiliaries, subordinators…) and a few open lists (irregular past tenses, reporting verbs, event
 * nouns). Everything is lower case and looked up by a token's `core`.
 */

import { STARTING_WORDS } from '../words.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that open a time phrase after what they apply to: "evacuations | starting at noon", "a rise | effective May 1". */
export const PHRASE_OPENERS = new Set(STARTING_WORDS);

/** Tags of a preposition, "to" among them ("in", "on", "to"). */
export const PREPOSITION_TAGS = new Set(['prep', 'to']);

export const DETERMINERS = set(`a an the this these those its his her their our my your some any each every no another
  both either neither such whose all many several few most`);

/** Prepositions; "after", "before", "since", "until", "as" are in SUBORDINATORS too (which one depends on what follows). */
export const PREPOSITIONS = set(`of in on at by with without from for into onto over under about above below across
  against among amid amidst around toward towards through throughout during within upon via per versus vs despite
  including like near off past beside besides behind beyond inside outside unlike after before since until till til
  as following ahead aboard amongst alongside atop than between`);

/** Words that open a subordinate clause. */
export const SUBORDINATORS = set(`when whenever while because although though if unless whereas once whether after
  before since until till til as`);

/** Subordinators that are also prepositions: a clause follows only when a verb does. */
export const PREPOSITION_OR_SUBORDINATOR = set('after before since until till til as');

/**
 * The ones of them that open a clause whose subject comes next often enough to read it so ("since | the fiscal year |
 * began", "after | sales in the quarter | jumped"); "as" is a preposition more often.
 */
export const CLAUSE_PREPOSITIONS = new Set([...PREPOSITION_OR_SUBORDINATOR].filter((w) => w !== 'as'));

/** Words that open a relative or complement clause. */
export const RELATIVES = set('who whom whose which where that');

export const COORDINATORS = set('and or but nor');

export const SUBJECT_PRONOUNS = set('i you he she it we they');
export const OBJECT_PRONOUNS = set('me him us them');

/** "Nothing is certain", "someone said": pronouns that stand as nouns (not "-ing" forms). */
export const INDEFINITE_PRONOUNS = set(`nothing something anything everything nobody somebody anybody everybody
  no-one someone anyone everyone`);

/** Forms of be, have and do. */
/** (and their negatives as posts type them, without the apostrophe: "havent", "didnt") */
export const AUXILIARIES = set(`is are was were be been being am has have had having do does did isn't aren't
  wasn't weren't hasn't haven't hadn't doesn't didn't don't isnt arent wasnt werent hasnt havent hadnt doesnt didnt
  dont`);
/** Forms of "be" that make a passive with a past participle, or a progressive. */
export const BE_FORMS = set('is are was were be been being');
/**
 * Words after a noun that only say when it comes ("figures due | on Tuesday", "more cuts | expected | in April").
 */
export const TIMING_WORDS = set('due expected scheduled slated planned set');
export const MODALS = set(`will would can could may might must shall should won't wouldn't can't cannot couldn't
  mustn't shouldn't wouldnt couldnt shouldnt mustnt cant`);

/** Adverbs that may stand inside a verb group or before a clause ("has also said", "secretly picked"). */
export const ADVERBS = set(`not never also still just now already then later soon first again ever even only so too
  very much more most less least almost nearly perhaps probably possibly quickly recently currently previously
  finally eventually meanwhile however instead indeed rather quite well back away ago here there often sometimes
  usually always largely mainly partly initially immediately reportedly allegedly apparently reluctantly jointly
  somewhat up down out off`);

/** Adverbs that narrow a preposition of time: "just | before noon", "shortly | after 2am", "well | into 2025". */
export const PRE_MODIFIERS = set('just shortly soon well right long sometime immediately only');
/** Prepositions that place an event against a time: the ones PRE_MODIFIERS narrow. */
export const TIME_PREPOSITIONS = set('before after past into until till til since by');

/** Verbs of saying: a time phrase right after one dates the statement. Past and present forms. */
export const REPORTING_VERBS = set(`said says told tells reported reports announced announces added adds stated states
  confirmed confirms wrote writes noted notes claimed claims insisted insists warned warns disclosed discloses revealed
  reveals acknowledged acknowledges predicted predicts argued argues asserted asserts suggested suggests indicated
  indicates declared declares replied replies responded responds commented comments recalled recalls conceded
  concedes admitted admits emphasized emphasised stressed stresses maintained maintains contended denied denies
  explained explains estimated estimates learned testified testifies informed assured promised urged urges
  complained complains alleged alleges charged charges vowed vows pledged pledges`);

/** Reporting verbs whose object is the hearer, not the content: "told his Cabinet that…". */
export const TELLING_VERBS = set('told tells informed assured promised warned warns reminded notified urged');

/** Irregular past tenses and participles: where a clause's verb is when it does not end in "-ed". */
export const IRREGULAR_PAST = set(`left met went came took gave made held began begun saw seen fell fallen rose risen
  won lost spoke spoken sent paid sold bought led ran got gotten struck broke broken wrote written found became brought
  hit fought flew flown grew grown drove driven chose chosen stood kept felt heard meant built spent sought caught shot
  threw thrown fled told said put set cut hurt quit taken given known knew done gone withdrew withdrawn forgot forgotten
  froze frozen hid hidden laid lent let lay lit slid sped split spread swore sworn tore torn wore worn wound bore borne
  beat beaten bent bid bled bound blew blown dealt dug fed forbade forgave forgiven hung leapt led oversaw overseen
  overtook overtaken rode ridden rang rung sank sunk sat shook shaken shut slept sold sprang stole stolen stuck stung
  swept swung taught thought understood undertook undertaken upheld woke won wrote born clung sang sung swam swum
  drew drawn drank shone spun strove sought arose arisen rebuilt rewrote rewritten remade withheld overcame overrode
  overridden misled mistook shown eaten wept crept`);

/** Irregular past tenses that are never participles ("began", not "begun"): a finite verb wherever they stand. */
export const PAST_ONLY = set(`went came became took gave began saw fell rose spoke broke wrote flew grew drove chose
  knew withdrew forgot froze hid swore tore wore blew forbade forgave rode rang sank shook stole sprang undertook
  overtook oversaw woke sang swam drew drank arose ate`);

/**
 * Adverbs of sequence after "and": "and then, in 2023, because of a dispute" (a second conjunct of one verb), "slipped
 * to 2020 and then to 2022", "rose in 2019 and again in 2021" (a second event of one verb).
 */
export const SEQUENCE_ADVERBS = new Set(['then', 'later', 'again', 'finally', 'eventually', 'subsequently']);
/** Base forms of common verbs, for a word after "to" or a modal, and for "-s" forms ("plans", "wants"). */
export const COMMON_VERBS = set(`be have do say make go take come see know get give find think tell become leave feel
  bring begin keep hold stand turn start show hear play run move live believe happen provide sit stay lose pay meet
  include continue set learn change lead understand watch follow stop create speak allow add spend grow open walk win
  offer remember consider appear buy wait serve die send expect build fall cut reach kill remain suggest raise pass
  sell require report decide pull return explain hope develop carry break receive agree support hit produce eat cover
  catch draw choose cause seek plan want need try ask use call vote attack launch sign announce approve reject accept
  visit face fight ban block bomb arrest charge release rise drop fail force close end join seize hire fire own plead
  urge warn deny claim confirm resign elect name oppose back invest merge acquire file sue settle rule order expire
  resume climb slip surge plunge soar tumble slide jump trail lag rebound recover linger foresee predict expect contain
  fly`);

/** Verbs whose object may be an "-ing" clause ("began selling shares"): after others an "-ing" word before a noun is an adjective ("pay departing investors"). */
export const GERUND_TAKING_VERBS = set(`begin begins began begun start starts started stop stops stopped keep keeps kept
  continue continues continued resume resumes resumed finish finishes finished avoid avoids avoided consider
  considers considered quit quits risk risks risked deny denies denied admit admits admitted suggest suggests
  suggested recommend recommends recommended discuss discusses discussed delay delays delayed postpone postponed
  involve involves involved mean means meant enjoy enjoys enjoyed like likes liked love loves loved hate hates hated
  prefer prefers preferred try tries tried regret regrets regretted mind minds minded miss missed practise practice
  practised practiced imagine imagined be is are was were been being`);

/**
 * Common verbs whose "-ing" form is as often an adjective or a noun's modifier ("rising prices", "a holding
 * company", "spending cuts"): after "for", "by" or "with" it is read as one.
 */
export const MODIFIER_ING_VERBS = set(`come grow continue remain rise fall start begin lead live happen stay die move
  run open close end appear wait walk sit stand turn change follow expire resume climb slip surge plunge soar tumble
  slide jump trail lag rebound recover linger develop produce build play charge fire vote rule lose win support hold
  spend plan call face own report return pass reach release break`);

/**
 * Nouns of two words whose first is an "-ing" form, names of a role or a thing ("Veteran running back Ladell Betts
 * went", "his running mate", "the managing director"): both words are a noun, not a verb and its object.
 */
export const ING_COMPOUND_NOUNS = new Set([
  'running back',
  'running backs',
  'running mate',
  'managing director',
  'managing editor',
  'managing partner',
  'presiding judge',
  'leading scorer',
  'starting pitcher',
  'starting quarterback',
  'defending champion',
  'defending champions',
  'reigning champion',
  'ruling party',
  'voting rights',
  'polling station',
  'polling stations',
  'shopping centre',
  'shopping center',
  'shopping mall',
]);

/** Verbs whose "that" clause or bare clause is part of them ("demanded that…", "said it hopes…"). */
export const CLAUSE_TAKING_VERBS =
  set(`demanded demands asked asks believed believes thought thinks hoped hopes expected
  expects feared fears agreed agrees decided decides ruled rules found finds showed shows knew knows felt feels meant
  means ordered orders proposed proposes recommended recommends required requires insisted learned realized realised
  concluded concludes`);

/**
 * Nouns that name something that happens ("the vote", "a ceasefire", "the talks"): a time phrase that
 * modifies one dates it. Nouns in -tion, -sion, -ment, -ure and -ing are events too (see isEventNoun);
 * documents ("a 2011 audit", "the 2015 report") are things that a date describes (THING_NOUNS).
 */
export const EVENT_NOUNS = set(`vote votes election elections poll polls referendum war wars attack attacks raid raids
  strike strikes bombing bombings blast blasts explosion explosions shooting shootings killing killings murder murders
  massacre crash crashes collapse fire fires flood floods storm storms earthquake quake hurricane disaster accident
  accidents ceasefire cease-fire truce invasion coup uprising revolt revolution protest protests rally rallies march
  demonstration riot riots strike walkout talks meeting meetings summit summits conference session sessions visit
  visits trip trips tour speech speeches address interview briefing hearing hearings trial trials verdict ruling
  decision deal deals agreement accord treaty pact contract merger takeover buyout acquisition purchase sale sales
  offer offering bid launch release debut opening closing crisis recession boom slump rebound rise fall drop decline
  jump advance gain gains loss losses profit profits earnings results income revenue charge write-down write-off deficit surplus
  growth arrest arrests detention release escape rescue resignation retirement death deaths funeral wedding birth
  ceremony celebration festival game games olympics cup championship tournament exhibition fair show concert
  premiere anniversary service deadline match race season mission flight landing launch voyage journey campaign
  operation offensive assault siege battle fighting clash clashes incident scandal investigation inquiry probe
  announcement statement plan move change shift cut cuts increase hike
  reduction policy reform visit inauguration election-day outbreak epidemic shutdown halt ban boycott embargo
  sanctions settlement lawsuit suit indictment conviction sentence appeal ruling approval veto
  manoeuvre maneuver flyby fly-by spacewalk splashdown liftoff lift-off kickoff kick-off rendezvous eclipse arrival
  inquest memorial burial lockout outage final semi-final semifinal derby gig ballot`);

/** Nouns a date describes rather than dates: a thing made, a document, a model ("the 1930s steel span"). */
export const THING_NOUNS = set(`span bridge building house home car model version edition law act statute code
  budget constitution map book film movie album song painting photo picture report audit study survey census
  memo letter document record records archive data figures list index fund bond bonds notes debentures shares
  stock stocks stake issue issues loan loans debt coupon certificate tower dam road highway station stadium
  school church hospital plant factory ship vessel aircraft plane jet engine computer phone device vintage
  class team squad generation crop`);

/** Prepositions that may be a verb's particle, with no object: "took over", "was sworn in", "carried on". */
export const VERB_PARTICLES = set('over in on through by around');

/**
 * Verbs of watching and waiting for what a time phrase's noun names: "will watch | Friday's jobs report", "await |
 * Tuesday's ruling", "brace for | Monday's strike". Whoever watches does so at that time: the clause is the event.
 */
export const AWAITING_VERBS = set(`watch watches watching await awaits awaiting eye eyes eyeing monitor monitors
  monitoring scrutinise scrutinises scrutinize scrutinizes digest digests`);
/** The same, with the preposition they take: "brace | for", "wait | for", "look ahead | to". */
export const AWAITING_BEFORE_FOR = set('brace braces bracing wait waits waiting prepare prepares preparing');

/** Adjectives that take a phrase after a noun: "forces loyal to Assad", "groups linked to al-Qaeda". */
export const MODIFIER_ADJECTIVES = set('loyal allied close linked opposed affiliated related belonging due');

/** Interjections of social posts in lower case: no part of a clause ("moved to saturday | lol | cant wait"). */
export const INTERJECTIONS = set('lol lmao rofl omg smh ugh tbh imo imho ngl btw fyi idk yay woohoo haha hahaha');

/** Words that a label does not end with: function words and "due", "according", "prior". */
export const TRAILING_STOP = set(`a an the of to in on at by with from for into onto over under about after before
  since during until till til through between among against and or but nor so yet that which who whom whose as than
  its his her their our my your this these those is are was were be been being has have had will would can could
  may might must should shall do does did there when while where if although though because whereas he she we they
  i due according prior owing such including effective versus vs per via amid despite upon within without`);

/** Adverbs that focus an amount or a time after them: "exactly two years ago", "almost a week later". */
export const FOCUSING_ADVERBS = set('exactly precisely almost nearly just roughly approximately only barely fully');

/** Lower-case words in "-ly" that are nouns or adjectives, not adverbs. */
export const LY_NOUNS = set(`assembly supply family rally ally reply belly jelly bully monopoly anomaly italy july
  early daily weekly monthly quarterly yearly only holy ugly likely unlikely friendly elderly costly deadly lonely`);

/** Words that start a sentence with a capital but are ordinary words, not names. */
export const SENTENCE_OPENERS = set(`the a an this that these those it its he she they we i you his her their our
  there here but and or so yet however in on at for after before when while if although though as some many most
  no not one two three meanwhile still also then since during last earlier later both all each mr mrs ms dr under
  over from by with without until because separately finally asked according tomorrow today yesterday despite
  among amid officials police authorities ${[...INDEFINITE_PRONOUNS].join(' ')}`);

/** Titles before a name: the name alone says who ("Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu"). */
export const TITLES = set(`president prime minister secretary general gen. gen lt. col. sgt. capt. adm. gov. sen. rep.
  rev. dr. mr. mrs. ms. judge justice chief director chairman chairwoman spokesman spokeswoman commissioner
  ambassador correspondent senator governor mayor king queen prince princess pope bishop lt col sgt capt adm gov sen
  rep rev dr mr mrs ms deputy foreign defense defence interior finance state vice attorney former acting`);

export function isEventNoun(core: string): boolean {
  if (EVENT_NOUNS.has(core)) return true;
  // "declines", "advances": the plural of a listed event
  if (core.endsWith('s') && EVENT_NOUNS.has(core.slice(0, -1))) return true;
  if (core.length < 6 || THING_NOUNS.has(core)) return false;
  return /(?:tions?|sions?|ments?|ures?|ings?)$/.test(core);
}

/** Determiners that open an object noun phrase ("reached | the islands", "won | their case"). */
export const OBJECT_DETERMINERS = set('the a an its his her their our my your');

/** Numbers in words that count a noun: "ten people", "dozens of homes". */
export const NUMBER_WORDS =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands)$/;

/** Past participles that take an object after a noun too ("a man given a chance", "a firm named its chief"). */
export const TWO_OBJECT_VERBS = set(
  'given offered shown sent awarded granted handed paid told asked promised denied owed named called elected appointed',
);

/** Verbs in "-ed" (or irregular) that news uses without an object and never in the passive ("was named … and | retired"). */
export const NEVER_PASSIVE = set(`arrived collapsed died disappeared emerged escaped fled graduated happened occurred
  remained resigned retired returned stayed vanished`);

/**
 * The "-s" and "-es" forms of the common verbs: isVerbS looks a word up once (its hash is already known: the lexicon
 * read it) instead of slicing off its ending and looking the stem up.
 */
const VERB_S_FORMS = new Set([...COMMON_VERBS].flatMap((verb) => [`${verb}s`, `${verb}es`]));

/** A "-s" form of a common verb ("plans", "wants", "pushes"), in lower case. */
export function isVerbS(core: string): boolean {
  // (COMMON_VERBS holds the word less its "s", or less its "es")
  return core.length >= 4 && core.charCodeAt(core.length - 1) === 0x73 && VERB_S_FORMS.has(core);
}
