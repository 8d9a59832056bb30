/** Small word lists and tokenising shared by the label and actor heuristics. */

export interface Token {
  /** As written, punctuation included ("Cairo,", "“The"). */
  text: string;
  /** Offsets in the string tokenised (end exclusive). */
  start: number;
  end: number;
  /** Lower case, without surrounding punctuation or a possessive ("Syria’s" → "syria"). */
  core: string;
  /** Holds a letter or a digit (not a lone dash or quote): counts as a word of a label. */
  isWord: boolean;
}

const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const PLAIN_WORD = /^[A-Za-z]+$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;

/** Strips surrounding punctuation and a possessive; keeps the dots of "U.S.". */
export function coreOf(word: string): string {
  if (PLAIN_WORD.test(word)) return word.toLowerCase(); // the common case, without the regex chain
  const bare = word.replace(/^[“‘"'«([]+|[”’"'»)\],;:!?]+$/gu, '');
  if (DOTTED_ACRONYM.test(bare)) return bare.toLowerCase();
  return bare
    .replace(/['’]s$/u, '')
    .replace(EDGE_PUNCT, '')
    .toLowerCase();
}

/** Whitespace-separated words of `text` with offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const plain = PLAIN_WORD.test(word); // the common case, without the unicode regexes
    tokens.push({
      text: word,
      start: offset + m.index,
      end: offset + m.index + word.length,
      core: plain ? word.toLowerCase() : coreOf(word),
      isWord: plain || HAS_LETTER_OR_DIGIT.test(word),
    });
  }
  return tokens;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that attribute a statement to a source ("SANA said", "told Reuters"). */
export const ATTRIBUTION_VERBS = set(`said says say told tells reported reports announced announces added adds stated
  states according confirmed confirms quoted cited wrote writes tweeted posted explained noted claimed claims insisted
  insists warned warns disclosed revealed acknowledged predicted predicts argued argues asserted asserts suggested
  indicated declared reiterated replied responded commented observed recalled conceded admitted emphasized
  emphasised stressed maintained contended`);

/** Function words: never names, and useless at the edges of a label. */
export const FUNCTION_WORDS = set(`a an the this that these those it its he she they we i you his her their our my your
  and or but nor so yet for of to in on at by with from into onto over under about after before since during until
  till through throughout between among against as than then there here when while where which who whom whose what
  why how if although though because whereas also not no all any both each every some many most more much such
  other another one be is are was were been being has have had do does did will would can could may might must
  shall should after said says according however meanwhile still just even only also`);

/** Words that introduce a clause: a label does not start with them. */
export const LEADING_CONNECTIVES = set(`and but or so yet while whereas although though because as then also however
  meanwhile moreover furthermore still when where since after before if unless once finally separately again
  additionally besides instead nevertheless nonetheless thus therefore`);

export const PRONOUNS = set('this that it he she they we i you there these those');

export const MONTH_AND_DAY_NAMES = set(`january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun`);

/** Finite verbs that show where a subject's modifier ends ("talks convened by X failed"). */
export const FINITE_VERBS = set(`is are was were has have had will would could can may might must should shall did
  does do said says`);

/** Common irregular past tenses: where a clause's verb is when it does not end in "-ed". */
export const IRREGULAR_PAST =
  set(`left met went came took gave made held began saw fell rose won lost spoke sent paid sold
  bought led ran got struck broke wrote found became brought hit fought flew grew drove chose stood kept felt heard
  meant built spent sought caught shot threw fled told said put set cut quit`);

export const DETERMINERS = set(
  'a an the this that these those its his her their our my your some many several two three',
);
