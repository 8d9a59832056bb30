/**
 * A light English stemmer for telling whether two sentences name the same action: "arrested",
 * "arrests" and "arresting" share the key `arrest`; "announced" and "announcement" share `announc`;
 * "went" and "goes" share `go`. Keys are for comparing words, not for showing: they are not always
 * words ("announc").
 *
 * Suffix rules and a table of irregular verbs, no dictionary: it ships in the browser with the rest of
 * extraction. Nouns and verbs of one root meet when their suffix is inflectional (-s, -ed, -ing) or
 * one of a few that make events of verbs (-ment, -ation, -ival), or a short table pairs them ("death"
 * and "died", "sale" and "sold").
 */

/**
 * Irregular past tenses and participles (and a few other forms) → base form. Forms that news uses far
 * more often as nouns or adjectives ("ground", "wound", "bound") are left out.
 */
const IRREGULAR_TEXT = `arose:arise arisen:arise ate:eat awoke:awake beaten:beat became:become began:begin begun:begin bent:bend bet:bet
  bit:bite bitten:bite bled:bleed blew:blow blown:blow bore:bear born:bear borne:bear bought:buy
  bred:breed broke:break broken:break brought:bring built:build burnt:burn caught:catch chose:choose chosen:choose
  clung:cling came:come cost:cost crept:creep dealt:deal did:do done:do does:do drew:draw drawn:draw dove:dive
  drank:drink drunk:drink drove:drive driven:drive dug:dig dwelt:dwell fallen:fall fed:feed fell:fall felt:feel
  fled:flee flew:fly flown:fly fought:fight found:find forbade:forbid forgave:forgive forgiven:forgive forgot:forget
  forgotten:forget froze:freeze frozen:freeze gave:give given:give got:get gotten:get went:go gone:go goes:go
  grew:grow grown:grow had:have has:have having:have heard:hear held:hold hid:hide hidden:hide hit:hit
  hung:hang hurt:hurt is:be are:be was:be were:be been:be am:be kept:keep knelt:kneel knew:know known:know laid:lay
  lain:lie lay:lie led:lead leapt:leap left:leave lent:lend lit:light lost:lose made:make meant:mean met:meet
  mistook:mistake overcame:overcome overtook:overtake paid:pay quit:quit ran:run rang:ring rung:ring rode:ride
  ridden:ride rose:rise risen:rise sang:sing sung:sing sank:sink sunk:sink sat:sit saw:see seen:see sought:seek
  sold:sell sent:send set:set shook:shake shaken:shake shed:shed shone:shine shot:shoot showed:show shown:show
  shrank:shrink shut:shut slain:slay slew:slay slept:sleep slid:slide slung:sling spoke:speak spoken:speak
  sped:speed spent:spend spun:spin spat:spit split:split spread:spread sprang:spring sprung:spring stole:steal
  stolen:steal stood:stand stuck:stick stung:sting struck:strike stricken:strike strove:strive swore:swear
  sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear
  told:tell thought:think threw:throw thrown:throw thrust:thrust understood:understand undertook:undertake
  underwent:undergo upheld:uphold upset:upset woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave
  wept:weep won:win withdrew:withdraw withdrawn:withdraw wrote:write written:write said:say says:say
  men:man women:woman children:child people:person died:die dies:die dying:die lying:lie tying:tie
  killings:kill killing:kill`;

/** Forms in the irregular table that are no past tense or participle of a verb. */
const NOT_PAST_TEXT =
  'is are am goes has having does says dies dying lying tying men women children people killing killings';

/** Whether `lower` is an irregular past tense or participle ("went", "struck", "taken"). */
export function isIrregularPast(lower: string): boolean {
  const { irregular, notPast } = tables();
  return irregular.has(lower) && !notPast.has(lower);
}

/** Nouns that name the happening of a verb with another spelling: "his death" is "he died". */
const EVENT_NOUNS_TEXT = `death:die dead:die birth:bear sale:sell sales:sell loss:lose losses:lose theft:steal thefts:steal flight:fly
  flights:fly choice:choose speech:speak proof:prove gift:give departure:depart resignation:resign
  collision:collide explosion:explode invasion:invade decision:decide conviction:convict suspension:suspend
  acquisition:acquire acquisitions:acquire election:elect elections:elect`;

/** Words that end in -s without being plurals. */
const NOT_PLURAL_TEXT = 'news series species means lens gas chaos physics politics economics';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const pairs = (text: string) => new Map(words(text).map((pair) => pair.split(':') as [string, string]));

/** The tables, read from their texts on first use: importing the module (and not stemming) costs nothing. */
let built:
  | { irregular: Map<string, string>; eventNouns: Map<string, string>; notPast: Set<string>; notPlural: Set<string> }
  | undefined;
const tables = () =>
  (built ??= {
    irregular: pairs(IRREGULAR_TEXT),
    eventNouns: pairs(EVENT_NOUNS_TEXT),
    notPast: new Set(words(NOT_PAST_TEXT)),
    notPlural: new Set(words(NOT_PLURAL_TEXT)),
  });

const VOWEL = /[aeiouy]/;
/** Double consonants that a suffix made ("stopped" → "stop"), not those of the root ("kill", "pass", "buzz"). */
const DOUBLED = /([bdfgkmnprt])\1$/;

/** The stem that `word` (any case) is compared by. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, '');
  const { irregular: irregulars, eventNouns } = tables();
  const irregular = irregulars.get(w) ?? eventNouns.get(w);
  if (irregular !== undefined) w = irregular;
  else w = stripSuffix(w);
  // "make" and "making" (→ "mak") meet when neither keeps its final e.
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** Keeps a stripped form only when it still has a vowel and three letters ("bring" is no "br" + "ing"). */
const keep = (base: string, original: string) => (base.length >= 3 && VOWEL.test(base) ? base : original);

function undouble(w: string): string {
  return DOUBLED.test(w) ? w.slice(0, -1) : w;
}

function stripSuffix(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return w.length > 4 ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  if (w.endsWith('ments')) return keep(w.slice(0, -5), w);
  if (w.endsWith('ment')) return keep(w.slice(0, -4), w);
  if (w.endsWith('ations')) return keep(w.slice(0, -4), w); // "nominations" → "nominat"
  if (w.endsWith('ation')) return keep(w.slice(0, -3), w); // "nomination" → "nominat", like "nominated"
  if (w.endsWith('ings')) return stripSuffix(w.slice(0, -1));
  if (w.endsWith('ing')) return undouble(keep(w.slice(0, -3), w));
  if (w.endsWith('ed')) {
    if (w.endsWith('eed')) return w.length > 4 ? w.slice(0, -1) : w; // "agreed" → "agree", not "need"
    return undouble(keep(w.slice(0, -2), w));
  }
  if (w.endsWith('ival')) return w.slice(0, -2); // "arrival" → "arriv", like "arrived"
  if (w.endsWith('ivals')) return w.slice(0, -3);
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zes'))
    return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous') || tables().notPlural.has(w))
    return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
