/**
 * Chooses what a time phrase dates, and so the words of its label.
 *
 * A time phrase dates (in this order of tests):
 * 1. the clause after "when" that follows it ("in 2010 when the company recalled its phones");
 * 2. the noun it modifies ("Tuesday's vote", "the 2012 election", "third-quarter profit"): when that
 *    noun phrase is a verb's subject the clause is labelled, an event noun is labelled on its own, and
 *    another noun ("the 1930s steel span") makes a background event;
 * 3. the main clause after it, when it opens its clause ("On Monday, the army withdrew");
 * 4. the verb right after it ("The court Friday rejected");
 * 5. else the nearest verb before it in its clause: the clause of that verb, a participle with the
 *    noun it describes ("an accord signed yesterday"), or a statement when the verb is one of saying
 *    ("Officials said Monday that…": who said it, and what).
 */
import { isAsciiLetterOrDigit, joinsLettersWithHyphen, startsLower } from '../words.js';
import { isEventNoun, PREPOSITION_TAGS, SEQUENCE_ADVERBS, SUBORDINATORS, TIMING_WORDS } from './lexicon.js';
import {
  awaitedBy,
  beBeforeHead,
  bracketEnd,
  breakAfter,
  clauseEnd,
  content,
  endsNounPhrase,
  finiteAfter,
  gappedAt,
  groupAt,
  inPhrase,
  isClauseTaking,
  MAX_ADVERBIAL_ASIDE,
  adverbialAside,
  isFiniteStart,
  isTimeWord,
  nounPhraseStart,
  pauseAfter,
  placeApposition,
  pronounBeforeTo,
  range,
  shownPhraseWords,
  topicNounAfter,
  type Sentence,
  type VerbGroup,
  wordsIn,
} from './segments.js';
import { invertedReportBefore, saidDirectly, statementChoice } from './statement.js';
import { appositionOf, headNounAfter, nounChoice } from './noun-events.js';
import { type Choice, clauseChoice, tenseOf } from './clause.js';
import { contactAntecedent, extendedNounPhrase, subjectOf } from './subject.js';
import { COUNT_WORDS } from './tags.js';
import { MIN_LABEL_WORDS } from './render.js';

/** Words that open a time phrase that can be the subject of what was said, right after the verb of saying. */
const REPORTED_SUBJECT_OPENERS = new Set(['the', 'this', 'last', 'next']);

/** Words of a label that is a governed gerund with its object: enough without its time phrase ("Killing a man"). */
const GERUND_WORDS = 3;

/** Gerunds of speaking: in an aside before "said", the time phrase dates the statement. */
const SPEAKING = new Set(['speaking', 'talking', 'addressing', 'writing', 'testifying', 'briefing']);

/** Chooses the words of the label for the time phrase of `s`. */
export function chooseClause(s: Sentence, phrase: string): Choice {
  const { words, phraseStart: pa, phraseEnd: pe, governorStart: ga } = s;
  const quoted = `“${phrase}”`;
  const afterPhrase = words[pe];

  // "It was not until Tuesday that the union agreed …", "It was in 1990 that the plant closed": a cleft
  // sentence puts the phrase forward; the event is the clause after "that"
  if (cleftBefore(s) && (afterPhrase?.token.core === 'that' || afterPhrase?.token.core === 'when')) {
    const g = finiteAfter(s, pe + 1, 10);
    if (g)
      return clauseChoice(
        s,
        g,
        `${quoted} is put forward by “it was … ${afterPhrase.token.core}”: the clause after it`,
      );
  }

  // 1. "in 2010 when the company recalled its phones", "from 1968, when the Soviets invaded"
  if (afterPhrase?.token.core === 'when' && !breakAfter(s, pe - 1)) {
    const g = finiteAfter(s, pe + 1, 10);
    // (not a "when" clause whose verb is "be" alone after a clause of its own: "They met in 1990, when he was 20"
    // says how things stood then; the phrase dates the meeting)
    const state =
      g !== undefined && ga > 0 && g.start === g.head && STATE_BE.has(words[g.head]!.token.core) && verbBefore(s, ga);
    if (g && !state) {
      // "In the summer of 2020, when a contractor went to the FBI, the scheme came to light": a phrase that opens the
      // sentence dates its main clause; the "when" clause between commas only says more of the time (not a main
      // clause that only says how things stood: "In 1989, when the Wall fell, he was a student")
      const main = ga === 0 ? mainAfterWhen(s, g) : undefined;
      if (main) return clauseChoice(s, main, `${quoted} opens the sentence: its main clause, after the “when” clause`);
      return clauseChoice(s, g, `${quoted} is the time of the clause after “when”`);
    }
  }

  // 2. a phrase inside a noun phrase: "Tuesday's vote", "the 2012 election", "third-quarter profit jumped"
  const last = words[pe - 1]!;
  const possessive = last.possessive;
  const before = ga > 0 ? words[ga - 1] : undefined;
  const hyphenated = joinsLettersWithHyphen(last.token.text) && !last.mark;
  // "update investors on | Christmas trading": the phrase describes the noun that is the topic, label enough
  const topic = !possessive && !hyphenated && topicNounAfter(words, pa, pe);
  const premodifier =
    ga === pa &&
    !pauseAfter(s, pe - 1) &&
    afterPhrase !== undefined &&
    (topic ||
      ((afterPhrase.tag === 'noun' ||
        afterPhrase.tag === 'name' ||
        (before?.tag === 'det' && afterPhrase.tag === 'ing' && !afterPhrase.mark)) &&
        (!groupAt(s, pe) || afterPhrase.tag === 'ing') &&
        (hyphenated ||
          (before !== undefined && (before.tag === 'det' || before.possessive) && !before.mark) ||
          // "the stolen 1998 sedan", "his unsuccessful 1996 campaign"
          (before?.tag === 'noun' &&
            !before.mark &&
            ga >= 2 &&
            words[ga - 2]!.tag === 'det' &&
            !words[ga - 2]!.mark))));
  // "an Aug. 10, 1988, stock purchase agreement"
  const commaYear =
    ga === pa &&
    last.mark === ',' &&
    /\d{4},$/.test(last.token.text) &&
    before?.tag === 'det' &&
    afterPhrase !== undefined &&
    (afterPhrase.tag === 'noun' || afterPhrase.tag === 'ing') &&
    startsLower(afterPhrase.token.text);
  if ((possessive && afterPhrase && !pauseAfter(s, pe - 1)) || premodifier || commaYear) {
    const head = headNounAfter(s, pe);
    // "Investors will watch | Friday's jobs report": the object a verb of watching or waiting awaits; that clause, with
    // the phrase in its object
    const awaiting = head >= 0 && s.keepPhrase ? groupAt(s, awaitedBy(words, pa, pe)) : undefined;
    if (awaiting) {
      const why = `${quoted} dates the ${words[head]!.token.core} that “${words[awaiting.head]!.token.core}” awaits`;
      const choice = clauseChoice(s, awaiting, why, [head]);
      // (up to the awaited noun: not "… report | for signs the labor market is cooling")
      return { ...choice, words: choice.words.filter((k) => k <= head) };
    }
    if (head >= 0) {
      let npStart = before && (before.tag === 'det' || before.possessive) && ga === pa ? ga - 1 : pa;
      // "Barry Goldwater's 1964 campaign": the whole name that owns it
      if (before?.possessive && npStart === ga - 1)
        while (npStart > 0 && words[npStart - 1]!.tag === 'name' && !words[npStart - 1]!.mark) npStart--;
      // "the stolen 1998 sedan" (not "in the dugout | for Saturday's game": a preposition governs the phrase)
      if (before?.tag === 'noun' && ga === pa && ga >= 2 && words[ga - 2]!.tag === 'det') npStart = ga - 2;
      const g = groupAt(s, head + 1);
      // (not across a comma: "in this year's campaign, | said" ends an aside, whose noun is no subject)
      // (unless the clause has a time phrase of its own that says when: "The 2019 budget was approved on Monday"
      // is Monday's; 2019 only dates the budget, whose noun phrase is label enough; a length measures that clause's
      // event: "A five-day strike began on Monday")
      const verb = g?.kind === 'finite' && g.start === head + 1 ? g : verbAfterPostmodifier(s, npStart, head);
      // (nor an object whose verb another such phrase right after it dates: "will report fourth-quarter results | on
      // Feb. 3" is Feb. 3's; the quarter only dates the results)
      const elsewhere =
        !s.duration &&
        (verb !== undefined ? datedElsewhere(s, verb) : !words[head]!.mark && s.otherDrop?.[head + 1] === 1);
      if (verb && !words[head]!.mark && !elsewhere) {
        // "The decline in fourth-quarter earnings was steep": the whole subject the noun phrase ends
        const found = subjectOf(s, verb.start);
        const subject: [number, number] =
          found && found[0] <= npStart && found[1] >= head + 1 ? found : [npStart, head + 1];
        return clauseChoice(s, verb, `${quoted} describes the subject of this clause`, [head], subject);
      }
      const core = words[head]!.token.core;
      // "In its Friday edition, | the paper quoted …", "In a Monday letter to staff, | the chief said …": a thing the
      // phrase describes in a phrase that opens the sentence is where the main clause's event took place; that
      // clause is labelled, after the opening phrase (below)
      // (the sentence's own opening, with a subject after it: not "a team that, | for any other than the 2012 side, |
      // would have won")
      const opening = !isEventNoun(core) && !possessive && !elsewhere ? openingSegment(s) : null;
      const main = opening && opening[0] === 0 ? finiteAfter(s, opening[1]) : undefined;
      if (opening && main && main.start > opening[1]) return openingChoice(s, opening, quoted)!;
      const choice =
        isEventNoun(core) || possessive
          ? nounChoice(s, npStart, head, 'noun', `${quoted} dates the ${core} it describes`)
          : nounChoice(s, npStart, head, 'background', `${quoted} only describes the ${core}: background`);
      if (elsewhere || topic) choice.fewest = 2;
      return choice;
    }
  }

  // "postponed, first because of the pandemic and then, | in 2023, | because of a dispute": the conjunct after it
  const conjunct = conjunctAfter(s, quoted);
  if (conjunct) return conjunct;

  // 3. the phrase opens its clause: "On Monday, the army withdrew", "Last week the FBI joined …"
  // ("said that the past five years had been the hardest": "that" opens the clause the phrase is the subject of)
  const opensClause =
    ga === 0 ||
    (before !== undefined &&
      ((pauseAfter(s, ga - 1) && !setOffBeforeSubordinate(s)) ||
        before.tag === 'conj' ||
        before.tag === 'sub' ||
        (before.token.core === 'that' && !before.mark && sayingBefore(s, ga - 1)) ||
        // ("said | the past two years | had been hard", "said | last year | was the wettest": no "that", a verb after)
        (sayingOver(s, ga) &&
          ga === pa &&
          REPORTED_SUBJECT_OPENERS.has(words[pa]!.token.core) &&
          isFiniteStart(s, pe))));
  // "Sunday was chosen as …", "2008 was a bad year": the phrase is the subject of the verb after it
  if (
    opensClause &&
    ga === pa &&
    afterPhrase &&
    !pauseAfter(s, pe - 1) &&
    isFiniteStart(s, pe) &&
    !words[pa]!.possessive
  ) {
    const g = groupAt(s, pe)!;
    // "and more recently has begun": an adverb is no subject; the verb after it is what it dates
    if (words[pe - 1]!.tag === 'adv') return clauseChoice(s, g, `${quoted} dates the verb that follows it`);
    return clauseChoice(s, g, `${quoted} is the subject of “${words[g.head]!.token.core}”`, [], [pa, pe]);
  }
  if (opensClause && (words[pe - 1]!.mark === ',' || (afterPhrase && !groupAt(s, pe)) || premodifiesNoun(s))) {
    const g = finiteAfter(s, pe);
    if (g) {
      // "Sunday opening will start in May": the phrase heads the subject it describes, which keeps it
      // (the noun and at most two more words before the verb, no comma: "Sunday opening hours will")
      if (
        premodifiesNoun(s) &&
        !words[g.head]!.report &&
        g.start - pe <= 3 &&
        !range(pe, g.start).some((k) => words[k]!.mark)
      )
        return clauseChoice(s, g, `${quoted} heads the subject of “${words[g.head]!.token.core}”`, [], [pa, g.start]);
      const choice = clauseChoice(s, g, `${quoted} opens the sentence: its main clause`);
      return choice;
    }
  }

  // 4. between a subject and its verb: "The council Friday rejected", "Oslo this month voted", "The
  // league Saturday sharply criticised" (adverbs before the verb)
  let verbAt = pe;
  while (verbAt < words.length && words[verbAt]!.tag === 'adv' && !pauseAfter(s, verbAt) && verbAt - pe < 2) verbAt++;
  // ("A wet June | left fields flooded": a phrase the label keeps, after its adjectives, heads the subject)
  if (s.keepPhrase && ga === pa && afterPhrase && isFiniteStart(s, pe) && !pauseAfter(s, pe - 1)) {
    const g = groupAt(s, pe)!;
    const found = subjectOf(s, g.start);
    if (found && found[1] === ga)
      return clauseChoice(s, g, `${quoted} heads the subject of “${words[g.head]!.token.core}”`, [], [found[0], pe]);
  }
  if (
    afterPhrase &&
    isFiniteStart(s, verbAt) &&
    before &&
    ((endsNounPhrase(before) && !before.mark) || subjectAsideBefore(s, ga)) &&
    !pauseAfter(s, pe - 1) &&
    (!verbBefore(s, ga) || subordinateSubject(s, ga - 1))
  ) {
    const g = groupAt(s, verbAt)!;
    if (words[g.head]!.report) {
      const st = statementChoice(s, g, phrase);
      if (st) return st;
    }
    return clauseChoice(s, g, `${quoted} dates the verb that follows it`);
  }

  // "the conflict, now in its sixth year": a phrase after a comma, with no verb, describes the noun before
  const apposition = appositionOf(s);
  if (apposition)
    return {
      kind: 'noun',
      words: apposition,
      keep: [],
      subjectLength: 0,
      why: `${quoted} describes the noun before it`,
    };

  // "will spend £2m in 2025 and £3m | in 2026": the verb left out before a second object
  const gapped = gappedChoice(s, quoted);
  if (gapped) return gapped;

  // "payable Nov. 15 to shareholders of record | at the close of business | on Nov. 1": the record date is the holders'
  const holders = holdersOfRecord(s);
  if (holders)
    return {
      kind: 'noun',
      words: holders,
      keep: [],
      subjectLength: 0,
      why: `${quoted} is the record date of the holders`,
    };

  // 5. the nearest verb before the phrase in its clause
  let eventNoun = -1;
  // ("a week | after | their cup exit on Saturday"): a preposition of sequence the walk passed, before the noun phrase
  let sequence = -1;
  // (the comma of the word before a short adverbial aside the walk stepped over: not a clause's edge)
  let overAside = -1;
  for (let k = restatedBefore(s, ga); k >= 0; k--) {
    // "joined Carlisle, who were promoted in May, | on Friday": over a relative aside closed right before the phrase
    if (k === ga - 1 && words[k]!.mark === ',') {
      const open = relativeAsideOpening(s, k);
      if (open >= 0) {
        k = open;
        continue;
      }
      // "where she would remain, on and off, | until 1999": over a short adverbial aside to the verb before it
      const aside = adverbialAsideOpening(s, k);
      if (aside >= 0) {
        overAside = aside;
        k = aside + 1;
        continue;
      }
    }
    let w = words[k]!;
    // "found more than 1,300 pounds (600 kgs) of explosives Sunday": a bracket is an aside
    let overBracket = false;
    if (k < ga - 1 && /\)[”’"]*$/u.test(w.token.text) && !w.mark) {
      let open = k;
      while (open > 0 && !/^[“‘"]*\(/u.test(words[open]!.token.text)) open--;
      if (open > 0 && k - open < 12) {
        k = open - 1;
        w = words[k]!;
        overBracket = true;
      }
    }
    if (breakAfter(s, k) && w.mark !== ',' && !overBracket) break;
    if (
      w.mark === ',' &&
      k < ga - 1 &&
      k !== overAside &&
      !asideComma(s, k) &&
      !nounGoesOn(s, k) &&
      !thenAgain(s, k, ga)
    ) {
      // "delayed the vote, planned for Monday, | to next week": over an aside that describes the object, the verb
      const open = objectAsideOpening(s, k, ga);
      if (open >= 0) {
        k = open;
        continue;
      }
      // '"…," said Anna Berg, a spokeswoman for the board, on Thursday': the inverted "said" is the event
      const said = invertedReportBefore(s, k);
      if (said) {
        const st = statementChoice(s, said, phrase);
        if (st) return st;
      }
      break;
    }
    const g = groupAt(s, k);
    if (g && !(g.kind === 'gerund' && modifiesNoun(s, g))) {
      // "City face United on Sunday, a week after | their cup exit | on Saturday": the verb has its own date; this one
      // dates what the verb came after or before
      if (sequence >= 0 && otherPhraseBetween(s, g.end, sequence)) {
        return datedNounChoice(s, sequence + 1, ga - 1, quoted);
      }
      // "was charged Monday with murder in | the shooting death of a bartender | early Saturday": the verb has a time
      // phrase of its own, between it and an event noun right before this one; this phrase dates that noun
      if (eventNoun >= 0 && g.kind === 'finite' && s.otherPhrase?.[eventNoun] !== 1 && phraseRightAfter(s, g)) {
        return datedNounChoice(s, nounPhraseStart(s, eventNoun), eventNoun, quoted);
      }
      const head = words[g.head]!;
      // "Speaking to reporters on Monday, the coach praised …": an opening participle gives way to the main clause
      const main = g.kind !== 'finite' ? mainAfterOpener(s, g) : undefined;
      // "Born in the Bronx in 1928, Gigante became a boxer": the date is the birth's, and the main clause says only
      // who was born ("Born in the Bronx, Gigante"; a pronoun says nothing: "Born in Malmo")
      if (main && head.token.core === 'born') {
        const who = subjectOf(s, main.start);
        const named = who !== null && who[1] - who[0] <= 4 && words[who[0]]!.tag !== 'pron';
        return {
          kind: 'clause',
          // (the words before the main clause without the time phrase: "Born | in 1923 | in Nashville, Tennessee,")
          words: [
            ...content(s, 0, who ? who[0] : main.start).filter((k) => !inPhrase(s, k)),
            ...(named ? content(s, who[0], who[1]) : []),
          ],
          keep: [g.head],
          subjectLength: 0,
          why: `${quoted} dates the birth the sentence opens with`,
          group: g,
          commaBefore: named ? who[0] : undefined,
        };
      }
      if (main) {
        // "Elected in 2015, Jones quit on Friday": a main clause with a time phrase of its own is another event; this
        // phrase dates the participle, said of the main clause's subject, as the birth is ("Elected in 2015, Jones")
        const who = head.tag === 'ved' && otherPhraseIn(s, main) ? subjectOf(s, main.start) : null;
        if (who && who[1] - who[0] <= 4 && words[who[0]]!.tag !== 'pron' && who[0] > g.end)
          return {
            kind: 'clause',
            words: [
              ...content(s, 0, who[0]).filter((k) => !inPhrase(s, k)),
              ...shownPhraseWords(s, ga),
              ...content(s, who[0], who[1]),
            ],
            keep: [g.head],
            subjectLength: 0,
            why: `${quoted} dates the participle that opens the sentence, said of the main clause's subject`,
            group: g,
            commaBefore: who[0],
          };
        const choice = clauseChoice(s, main, `${quoted} is in the phrase that opens the sentence: its main clause`);
        let lead = content(s, 0, ga);
        // ("Arrested in Paris [in May after a chase], | the suspect confessed": the opening's comma stays; a past
        // participle alone keeps its time phrase, as the birth does: "Built in the 1930s, the span carried …", never
        // "Built the span carried …"; an "-ing" word alone is no lead: "Beginning the bakery plans")
        const one = wordsIn(s, lead) === 1;
        if (one && words[lead[0]!]!.tag === 'ved') lead = [...lead, ...shownPhraseWords(s, ga)];
        if ((!one || words[lead[0]!]!.tag === 'ved') && wordsIn(s, lead) + wordsIn(s, choice.words) <= 14) {
          return {
            ...choice,
            words: [...lead, ...choice.words],
            subjectLength: 0,
            keep: [...choice.keep, g.head],
            commaBefore: choice.words[0],
          };
        }
        return choice;
      }
      // "The minister, speaking to reporters on Monday, said talks would resume": the speaking is the saying
      if (g.kind === 'gerund' && SPEAKING.has(head.token.core) && pauseAfter(s, s.phraseEnd - 1)) {
        const said = finiteAfter(s, s.phraseEnd, 2);
        if (said && words[said.head]!.report) {
          const st = statementChoice(s, said, phrase);
          if (st) return st;
        }
      }
      // (not a passive, "after the deal was announced on Jan. 19": no speaker, its clause is the event; nor a relative
      // clause with no "that", whose object is the noun before it: "below the £55m | it predicted | in April")
      if (
        head.report &&
        g.kind !== 'gerund' &&
        g.kind !== 'participle' &&
        !passive(s, g) &&
        saidDirectly(s, g.end, ga) &&
        !contactRelative(s, g)
      ) {
        const st = statementChoice(s, g, phrase);
        if (st) return st;
      }
      const keep = eventNoun >= 0 ? [eventNoun] : [];
      // "voted to support the republic Friday", "has set its sights on buying …": the verb that governs it
      // (not when another phrase dates that verb: in "sentenced on Monday for taking bribes in 2019" the year dates
      // the taking)
      const governing =
        g.kind === 'infinitive' || (g.kind === 'gerund' && governedGerund(s, g) && !datedBetween(s, g.start))
          ? finiteBefore(s, g.start)
          : g.kind === 'participle'
            ? keepingVerbBefore(s, g)
            : undefined;
      // "fell 3%, or 25 points, | to end the day at 7,114", "began a rally in the capital, Abuja, | to urge him": an
      // active infinitive after the comma that closes a clause says what came of that clause's event, or what it was
      // for: that clause with it (its object dropped first when the label is too long)
      // ("began a rally, | to urge him | to run": the first infinitive of a chain follows the comma)
      const ungoverned = g.kind === 'infinitive' && !governing;
      const chain = ungoverned ? firstOfChain(s, g) : g;
      const completed = ungoverned ? clauseBeforeComma(s, chain) : undefined;
      if (completed) {
        const choice = clauseChoice(
          s,
          completed,
          `${quoted} dates the phrase of “${head.token.core}”, which completes the clause of “${words[completed.head]!.token.core}”`,
          [g.head, ...keep],
        );
        if (choice.kind === 'clause') {
          const infinitive = content(s, chain.start, clauseEnd(s, g.end, g.head));
          // (the object's noun phrase stays, its prepositional phrases go: "began a rally | in the capital, Abuja,")
          let from = completed.end;
          while (from < chain.start && words[from]!.tag !== 'prep' && !words[from]!.mark) from++;
          if (words[from]?.tag !== 'prep') from = completed.end;
          const object = choice.words.filter((k) => k >= from && k < chain.start);
          return {
            ...choice,
            words: [...choice.words.filter((k) => k < chain.start), ...infinitive],
            optional: object,
          };
        }
      }
      // "A man crossing the road to catch a bus | on Friday | was hit": an infinitive inside the subject of the verb
      // right after the phrase; that verb is what the phrase dates
      if (ungoverned && !pauseAfter(s, pe - 1) && isFiniteStart(s, pe)) {
        const main = groupAt(s, pe)!;
        const found = subjectOf(s, main.start);
        if (found && found[0] < g.start && found[1] <= ga)
          return clauseChoice(s, main, `${quoted} dates the verb that follows it`);
      }
      if (governing) {
        const what = governing.kind === 'finite' ? 'the clause' : 'the participle';
        return clauseChoice(
          s,
          governing,
          `${quoted} dates ${what} of “${words[governing.head]!.token.core}” and what it governs`,
          [g.head, ...keep],
        );
      }
      if (g.kind === 'finite') {
        // "Police found the door | locked | on Sunday": a past form right after the object of a verb of keeping or
        // finding, with nothing after it, is a participle that completes that verb
        const kept =
          g.start === g.head && head.tag === 'ved' && particleTo(s, g.end, s.governorStart)
            ? keepingVerbBefore(s, g)
            : undefined;
        if (kept)
          return clauseChoice(
            s,
            kept,
            `${quoted} dates the clause of “${words[kept.head]!.token.core}” and the state it found or left`,
            [g.head, ...keep],
          );
        // "will release its results before the market opens | on Thursday": the event ahead is what the phrase dates
        const scheduled = scheduledOverTimeClause(s, g);
        if (scheduled)
          return clauseChoice(
            s,
            scheduled,
            `${quoted} dates the clause of “${words[scheduled.head]!.token.core}”, which the clause after “${words[subjectOf(s, g.start)![0] - 1]!.token.core}” only times`,
            keep,
          );
        return clauseChoice(s, g, `${quoted} dates the clause of “${withoutMarks(head.token.text)}”`, keep);
      }
      if (g.kind === 'participle') {
        // "Syria talks convened by Kerry on Saturday evening failed": the participle describes the subject of "failed"
        const main = subjectParticiple(s, g) ? finiteAfter(s, s.phraseEnd, 12) : undefined;
        if (main && !pauseAfter(s, s.phraseEnd - 1)) {
          const choice = clauseChoice(
            s,
            main,
            `${quoted} is in a participle describing the subject of “${words[main.head]!.token.core}”: that clause`,
            keep,
          );
          return { ...choice, optional: range(g.start, main.start) };
        }
        return clauseChoice(
          s,
          g,
          `${quoted} dates the participle “${head.token.core}” and the noun it describes`,
          keep,
        );
      }
      // "Officers chasing a stolen car on Friday | crashed": an "-ing" phrase after the subject that opens the
      // clause describes it; the phrase dates that clause
      if (
        g.kind === 'gerund' &&
        !governing &&
        !pauseAfter(s, pe - 1) &&
        isFiniteStart(s, pe) &&
        subjectParticiple(s, g)
      ) {
        const main = groupAt(s, pe)!;
        const choice = clauseChoice(
          s,
          main,
          `${quoted} is in an “-ing” phrase describing the subject of “${words[main.head]!.token.core}”: that clause`,
          keep,
        );
        // the "-ing" phrase (without the time phrase) goes after the subject, and first when the label is too long
        const phrase = content(s, g.start, main.start).filter((k) => !inPhrase(s, k));
        return { ...choice, words: [...choice.words, ...phrase], optional: phrase };
      }
      // "Found | clinging to an inner tube in late November, …", "seen | leaving the bank": the "-ing" phrase completes the
      // participle before it, whose phrase it is
      const participle = groupAt(s, g.start - 1);
      const past =
        participle !== undefined && participle.kind === 'participle' && words[participle.head]!.tag === 'ved';
      if (g.kind === 'gerund' && past && !words[g.start - 1]!.mark && !words[g.start - 1]!.closes)
        return clauseChoice(
          s,
          participle!,
          `${quoted} dates the phrase of “${words[participle!.head]!.token.core}”`,
          keep,
        );
      const choice = clauseChoice(s, g, `${quoted} dates the phrase of “${head.token.core}”`, keep);
      // "jailed on Friday | for murdering his neighbour | last summer": a gerund that a preposition governs, with its
      // object, names the deed on its own; its phrase, put back, would only say again what the timeline shows
      if (g.kind === 'gerund' && governedGerund(s, g)) choice.fewest = GERUND_WORDS;
      return choice;
    }
    if (w.tag === 'sub' || (w.tag === 'rel' && w.token.core !== 'that')) break;
    // ", with the return leg at Anfield | eight days later": no verb since "with" after a comma
    if (w.token.core === 'with') {
      const absolute = withPhraseChoice(s, k, quoted);
      if (absolute) return absolute;
    }
    // an event noun that ends its noun phrase ("departing investors" holds none)
    const ends = !(words[k + 1]?.tag === 'noun' && !w.mark && !isTimeWord(s, k + 1));
    if (eventNoun < 0 && w.tag === 'noun' && ends && isEventNoun(w.token.core)) eventNoun = k;
    if (k === sequenceOpener(s, k, ga)) sequence = k;
  }
  // (or a date before the comma the walk stopped at: "on Sunday, | a week after | their cup exit | on Saturday")
  if (sequence >= 0 && otherPhraseBetween(s, 0, sequence)) return datedNounChoice(s, sequence + 1, ga - 1, quoted);
  // "In composite trading Friday, Compaq shares fell": a phrase in an opening prepositional phrase
  const opening = openingSegment(s);
  const openingChosen = opening ? openingChoice(s, opening, quoted) : null;
  if (openingChosen) return openingChosen;
  if (eventNoun >= 0) {
    const npStart = nounPhraseStart(s, eventNoun);
    return nounChoice(s, npStart, eventNoun, 'noun', `${quoted} dates the ${words[eventNoun]!.token.core} before it`);
  }

  // 6. a verb after the phrase in its clause
  const g = finiteAfter(s, pe, 20);
  if (g) return clauseChoice(s, g, `${quoted} dates the clause after it`);

  // 7. no verb in its clause, but a noun before its preposition: "…, following Goldberg's four stints | in 1994, 1996
  // and 1999": the noun phrase it dates (the sentence's verb is another clause's, often with a date of its own); the
  // items of a list before it go with it
  let first = ga;
  while (
    first > 0 &&
    s.otherPhrase?.[first - 1] === 1 &&
    (first === ga || !pauseAfter(s, first - 1) || words[first - 1]!.mark === ',')
  )
    first--;
  const noun = first - 1;
  if (noun > 0 && words[first]!.tag === 'prep' && endsNounPhrase(words[noun]!) && !words[noun]!.mark) {
    const npStart = nounPhraseStart(s, noun);
    // (only in a phrase after a comma that opens with a preposition, "…, following | Goldberg's stints in 1994", when
    // a date before that comma has the sentence's verb)
    const opener = words[npStart - 1];
    const aside = opener?.tag === 'prep' && !opener.mark && npStart >= 2 && words[npStart - 2]!.mark === ',';
    let dated = false;
    for (let k = npStart - 2; k >= 0 && !dated; k--) dated = s.otherPhrase?.[k] === 1;
    if (aside && dated && words[noun]!.tag !== 'pron' && words[noun]!.tag !== 'num' && !isTimeWord(s, noun))
      return nounChoice(s, npStart, noun, 'noun', `${quoted} dates the ${words[noun]!.token.core} before it`);
  }

  return {
    kind: 'sentence',
    words: content(s, 0, words.length),
    keep: [],
    subjectLength: 0,
    why: `no verb near ${quoted}: the words of the sentence`,
  };
}

/**
 * The noun phrase [start, noun] a phrase dates when the verb of its clause has a date of its own ("arrested on Friday
 * over | the attack | on Tuesday", "a week after | their cup exit | on Saturday"): the noun alone is label enough, so
 * two words will do ("The attack").
 */
function datedNounChoice(s: Sentence, start: number, noun: number, quoted: string): Choice {
  const choice = nounChoice(s, start, noun, 'noun', `${quoted} dates the ${s.words[noun]!.token.core} before it`);
  choice.fewest = 2;
  return choice;
}

/** Tags of the words that open and head the noun phrase after an absolute "with" ("the | return | leg"). */
const WITH_NOUN_TAGS = new Set(['det', 'num', 'noun', 'name']);
/** Tags of the verbs of a clause. */
const CLAUSE_VERB_TAGS = new Set(['ved', 'verb', 'aux', 'modal']);
/** Most words between an absolute "with" and the time phrase ("the return leg at Anfield"). */
const MAX_WITH_WORDS = 8;

/**
 * "United won the first leg, with | the return leg at Anfield | eight days later", "cut its budget, with | more cuts
 * due | in April": "with" after a comma opens a phrase with no verb that names a second event, whose time the phrase is.
 * The words from its noun phrase to the time phrase, which need only two words ("The final"); null when "with" follows
 * no comma, no noun phrase follows it, or a mark lies between.
 */
function withPhraseChoice(s: Sentence, k: number, quoted: string): Choice | null {
  const { words, governorStart: ga } = s;
  if (words[k]!.mark || k === 0 || words[k - 1]!.mark !== ',' || ga - k - 1 > MAX_WITH_WORDS) return null;
  let head = k;
  // ("with | more | cuts due": a quantifier first)
  if (words[k + 1]!.tag === 'adv' && words[k + 2]?.tag === 'noun') head++;
  while (head + 1 < ga && WITH_NOUN_TAGS.has(words[head + 1]!.tag)) head++;
  if (head === k || !endsNounPhrase(words[head]!) || words[head]!.tag === 'pron') return null;
  for (let j = k + 1; j < ga; j++) if (words[j]!.mark || words[j]!.opens || words[j]!.closes) return null;
  // (the comma closes a clause, with a verb of its own: not an aside, "worked closely, if not exclusively, | with"; a
  // verb by its tag, as a name that opens the sentence may be read as a participle: "United | won")
  let verb = false;
  for (let j = k - 2; j >= 0 && !words[j]!.mark && !verb; j--) verb = CLAUSE_VERB_TAGS.has(words[j]!.tag);
  if (!verb) return null;
  // ("more cuts | due": the noun before the word that says it is set)
  if (TIMING_WORDS.has(words[head]!.token.core) && words[head - 1]!.tag === 'noun') head--;
  return {
    kind: 'noun',
    words: content(s, k + 1, ga),
    keep: [head],
    subjectLength: 0,
    why: `${quoted} dates the ${words[head]!.token.core} that “with” names after the clause`,
    fewest: 2,
  };
}

/** Verb group `g` opens a relative clause with no "that" after the noun it describes: "the £55m | it predicted". */
function contactRelative(s: Sentence, g: VerbGroup): boolean {
  const found = subjectOf(s, g.start);
  return found !== null && found[1] === g.start && contactAntecedent(s, found[0]) >= 0;
}

/** Most words of a prepositional phrase after a subject's head noun, before its verb ("game | at Ibrox | was"). */
const MAX_SUBJECT_POSTMODIFIER = 5;

/**
 * "The Friday night game | at Ibrox | was postponed", "The Thursday concert | in the park | is off": the finite verb
 * after a short prepositional phrase that ends the subject headed by the noun at `head`, with no mark between; or
 * undefined. (Not a verb whose subject only holds the noun phrase: "Fans who saw the Friday game at Ibrox | were".)
 */
function verbAfterPostmodifier(s: Sentence, npStart: number, head: number): VerbGroup | undefined {
  const { words } = s;
  const prep = words[head + 1];
  if (!prep || prep.tag !== 'prep' || words[head]!.mark) return undefined;
  for (let k = head + 2; k < words.length && k - head - 1 <= MAX_SUBJECT_POSTMODIFIER; k++) {
    const g = groupAt(s, k);
    if (g) {
      const found = g.kind === 'finite' && g.start === k ? subjectOf(s, g.start) : null;
      // (a past form alone with a finite verb after it is a participle: "the discovery of a rifle | buried | near the
      // home | represented")
      const participle = g.start === g.head && words[g.head]!.tag === 'ved' && verbFollows(s, g.end);
      return found && found[0] === npStart && found[1] === k && !participle ? g : undefined;
    }
    const w = words[k]!;
    if (w.mark || w.tag === 'rel' || w.tag === 'sub' || w.tag === 'conj' || isTimeWord(s, k)) return undefined;
  }
  return undefined;
}

/** A finite verb or a past form alone within a few words from `from`, in the same clause ("buried near the home | represented"). */
function verbFollows(s: Sentence, from: number): boolean {
  for (let k = from; k < s.words.length && k - from < 8; k++) {
    const g = groupAt(s, k);
    if (g && (g.kind === 'finite' || (g.start === g.head && s.words[g.head]!.tag === 'ved'))) return true;
    if (pauseAfter(s, k)) return false;
  }
  return false;
}

/**
 * "moved to March, | and later | to June": after the comma at `k`, "and" (or "but") and an adverb of sequence lead
 * straight to the time phrase's preposition at `ga`: the phrase is the same verb's, told again.
 */
function thenAgain(s: Sentence, k: number, ga: number): boolean {
  const conj = s.words[k + 1]!;
  const adverb = s.words[k + 2];
  // (the preposition may be the phrase's governor, or the word before it: "later | to | June")
  const preposition = s.words[k + 3];
  const reaches =
    ga === k + 3 ||
    (ga === k + 4 && preposition !== undefined && !preposition.mark && PREPOSITION_TAGS.has(preposition.tag));
  return (
    reaches &&
    (conj.token.core === 'and' || conj.token.core === 'but') &&
    !conj.mark &&
    adverb !== undefined &&
    !adverb.mark &&
    SEQUENCE_ADVERBS.has(adverb.token.core)
  );
}

/**
 * A verb of saying right before word `ga`, or before another time phrase there that dates it: "said | the past two
 * years had been hard", "said on Monday | the next week would be crucial".
 */
function sayingOver(s: Sentence, ga: number): boolean {
  let k = ga - 1;
  if (s.otherPhrase?.[k] === 1) {
    while (k >= 0 && s.otherPhrase[k] === 1) k--;
    if (k >= 0 && WHEN_WORDS.has(s.words[k]!.token.core)) k--;
  }
  const w = s.words[k];
  return w !== undefined && w.report && !w.mark && (k === ga - 1 || groupAt(s, k)?.kind === 'finite');
}
/** Prepositions before a time phrase that says when a saying was: "said | on | Monday". */
const WHEN_WORDS = new Set(['on', 'at', 'in', 'during']);

/** Word `end` is word `to`, or an adverb right before it: "boarded | up | on Friday". */
function particleTo(s: Sentence, end: number, to: number): boolean {
  return end === to || (end + 1 === to && s.words[end]!.tag === 'adv' && !s.words[end]!.mark);
}

/** Words that may lie between "of record" and its date: "at the close of business on", "as of", "of trading". */
const RECORD_DATE_TAGS = new Set(['det', 'noun', 'prep', 'ing']);

/**
 * "shareholders of record at the close of business | on Nov. 1", "holders of record as of | Nov. 20": the date is that
 * of the record the holders are on, not of the payment or the declaration. The words from the holders' noun phrase to
 * the phrase, or null.
 */
function holdersOfRecord(s: Sentence): number[] | null {
  const { words, governorStart: ga } = s;
  for (let k = ga - 1; k >= 2 && ga - k <= 7; k--) {
    const w = words[k]!;
    if (w.token.core === 'record' && words[k - 1]!.token.core === 'of' && words[k - 2]!.tag === 'noun') {
      if (words[k - 1]!.mark || words[k - 2]!.mark) return null;
      const start = nounPhraseStart(s, k - 2);
      return range(start, ga).filter((j) => words[j]!.tag !== 'punct' && !inPhrase(s, j));
    }
    if (w.mark || !RECORD_DATE_TAGS.has(w.tag)) return null;
  }
  return null;
}

/** Words that open a clause saying when another event happens ("before the market opens", "after the vote"). */
const TIME_CLAUSE_OPENERS = new Set(['before', 'after']);

/**
 * "The firm will release its results | before the market opens | on Thursday": a clause in the simple present, with
 * no object, after "before" or "after", under a verb of what is set to come ("will", an infinitive), only times that
 * verb's event, which the phrase then dates: that verb's group, else undefined (the past tells its own event: "left
 * before the police arrived on Sunday"; an object makes an event of its own: "after the board approves the deal on
 * Monday"; what only may come waits on the clause: "could spread once schools return in September"; "until" times
 * the end of what its clause tells: "will stay shut until the work ends in March").
 */
function scheduledOverTimeClause(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  const { words } = s;
  const head = words[g.head]!;
  if (g.start !== g.head || head.tag !== 'verb' || head.mark || g.end !== s.governorStart) return undefined;
  const subject = subjectOf(s, g.start);
  if (!subject || subject[1] !== g.start || subject[1] - subject[0] > 3) return undefined;
  const opener = words[subject[0] - 1];
  if (!opener || opener.mark || !TIME_CLAUSE_OPENERS.has(opener.token.core)) return undefined;
  // ("plans to publish its report | before …": the verb that governs the infinitive, with it; not one told in the past,
  // "wanted to sign a striker before the market closes on 2 February", which is no plan the date keeps)
  const infinitive = infinitiveBefore(s, subject[0] - 1);
  if (infinitive) {
    const governing = finiteBefore(s, infinitive.start);
    if (!governing) return infinitive;
    return tenseOf(s, governing) === 'past' ? undefined : governing;
  }
  const main = finiteBefore(s, subject[0] - 1);
  return main && tenseOf(s, main) === 'future' ? main : undefined;
}

/** The infinitive group of the clause ending before word `at`: "plans to publish its report | before …". */
function infinitiveBefore(s: Sentence, at: number): VerbGroup | undefined {
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    if (pauseAfter(s, k)) return undefined;
    const g = groupAt(s, k);
    if (g) return g.kind === 'infinitive' ? g : undefined;
  }
  return undefined;
}

/** Prepositions of sequence: what comes after one happened before or after the clause's event. */
const SEQUENCE_PREPOSITIONS = new Set(['after', 'before', 'following']);
/** Tags of the words of a short noun phrase between such a preposition and the time phrase ("their | cup | exit"). */
const SEQUENCE_NOUN_TAGS = new Set(['det', 'noun', 'name', 'adj', 'num']);

/**
 * `k` when the word at `k` is a preposition of sequence whose object is a short noun phrase that ends right before the
 * time phrase's preposition at `ga` ("after | their cup exit | on Saturday"), or before a phrase with no preposition
 * that points from now ("after | a pass of Venus | next August"); the noun phrase may hold one "of" ("a pass | of |
 * Venus"); else -1.
 */
function sequenceOpener(s: Sentence, k: number, ga: number): number {
  const w = s.words[k]!;
  if (w.tag !== 'prep' || w.mark || !SEQUENCE_PREPOSITIONS.has(w.token.core) || ga - k < 2 || ga - k > 6) return -1;
  const opener = s.words[ga]!.token.core;
  if (!PREPOSITION_WORDS.has(opener) && !(ga === s.phraseStart && DEICTIC_OPENERS.has(opener))) return -1;
  let of = 0;
  for (let j = k + 1; j < ga; j++) {
    const v = s.words[j]!;
    if (v.mark || groupAt(s, j)) return -1;
    // ("a pass | of | Venus": one "of" between two nouns)
    if (v.token.core === 'of' && j > k + 1 && endsNounPhrase(s.words[j - 1]!) && of++ === 0) continue;
    if (!SEQUENCE_NOUN_TAGS.has(v.tag)) return -1;
  }
  // (five words only with an "of": "after | the opening of the bridge")
  if (ga - k > 5 && of === 0) return -1;
  const noun = s.words[ga - 1]!;
  return noun.tag === 'noun' || (of > 0 && noun.tag === 'name') ? k : -1;
}
/** The prepositions that open such a time phrase ("on Saturday", "in May"; not a clock time "at 6pm", which may be the verb's own date told closer). */
const PREPOSITION_WORDS = new Set(['on', 'in']);
/** Words that open a time phrase with no preposition, counted from the story's now ("next August", "last May"). */
const DEICTIC_OPENERS = new Set(['next', 'last', 'this']);

/** Whether a word of another time phrase lies in [from, to). */
function otherPhraseBetween(s: Sentence, from: number, to: number): boolean {
  if (!s.otherPhrase) return false;
  for (let k = from; k < to; k++) if (s.otherPhrase[k] === 1) return true;
  return false;
}

/**
 * The main clause after the phrase that opens the sentence (`opening`, the words up to its comma), led by that phrase
 * when both fit in a label ("In heavy trading, shares of the carrier fell 5%"); null when no finite verb follows.
 */
function openingChoice(s: Sentence, opening: [number, number], quoted: string): Choice | null {
  const g = finiteAfter(s, opening[1]);
  if (!g) return null;
  const choice = clauseChoice(s, g, `${quoted} is in the phrase that opens the sentence: its main clause`);
  const lead = content(s, opening[0], opening[1]);
  if (wordsIn(s, lead) >= 2 && wordsIn(s, lead) + wordsIn(s, choice.words) <= 14) {
    const commaBefore = choice.words[0];
    return {
      ...choice,
      words: [...lead, ...choice.words],
      subjectLength: 0,
      keep: [...choice.keep, ...lead],
      commaBefore,
    };
  }
  return choice;
}

/** `text` without what `/[^\p{L}\p{N}'’-]/gu` finds; as it is, without the regex, when it is ASCII letters, digits, ' and -. */
function withoutMarks(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(isAsciiLetterOrDigit(code) || code === 0x27 || code === 0x2d)) return text.replace(/[^\p{L}\p{N}'’-]/gu, '');
  }
  return text;
}

/**
 * "The council will spend £2m in 2025 and | £3m | in 2026", "He visited Paris in May and | London | in June": the
 * phrase follows a noun phrase after "and" that stands for the object of the clause before, whose verb is left out:
 * that clause with this object ("The council will spend £3m"); after a verb with no object ("The plant opened in
 * 1990 and | the school | in 1995") the noun phrase is the subject ("the school opened"). Null when the phrase is no
 * such gap.
 */
function gappedChoice(s: Sentence, quoted: string): Choice | null {
  const { words, governorStart: ga } = s;
  let c = ga - 2;
  while (c > 0 && ga - c <= 6 && gappedAt(s, c) !== ga) c--;
  if (c <= 0 || gappedAt(s, c) !== ga) return null;
  // the finite verb of the clause before "and", over participles and "-ing" phrases inside it ("a 5% rise | backdated
  // | to April", "kept his party out | pending | meetings with …"); or the participle nearest the clause's start when
  // there is none ("The economy contracted by 0.9%" is read as "talks convened by Kerry")
  let verb: VerbGroup | undefined;
  let participle: VerbGroup | undefined;
  for (let k = c - 1; k >= 0 && c - k <= 16 && !verb; k--) {
    if (breakAfter(s, k) || (pauseAfter(s, k) && !(isTimeWord(s, k) && isTimeWord(s, k + 1)))) break;
    const w = words[k]!;
    if (w.tag === 'sub' || w.tag === 'rel' || (w.tag === 'conj' && !timeOrJoin(s, k) && !joinsNouns(s, k))) return null;
    const g = groupAt(s, k);
    if (g?.kind === 'finite') verb = g;
    else if (g?.kind === 'participle') participle = g;
  }
  verb ??= participle;
  if (!verb) return null;
  let first = verb.end;
  while (first < c && words[first]!.tag === 'adv' && !isTimeWord(s, first)) first++;
  const second = range(c + 1, ga);
  const lead = words[c + 1]!;
  // the other time phrase, before "and", with its prepositions
  let before = c;
  while (before > first && timeOrJoin(s, before - 1)) before--;
  // (a preposition the time phrase has not taken: "by 0.9% | between | April and June", "backdated | to | April")
  const preposition = words[before - 1];
  if (before - 1 > first && (preposition?.tag === 'prep' || preposition?.tag === 'to') && !preposition.mark) before--;
  // no object: the noun phrase is a second subject, which the label names after the verb it shares, in the
  // sentence's order ("The plant opened and | the school")
  const subject = before === first;
  // the noun phrase the second one stands for: the last before the other time phrase that opens like it ("spend | £2m
  // | on roads", "gives staff | a 5% rise | backdated", "meetings with | British Prime Minister Tony Blair"), else the
  // one that ends right before it ("contracted by | 0.9%")
  let replaced = -1;
  for (let k = before - 1; k >= first && replaced < 0; k--) {
    const previous = words[k - 1]!;
    // (a determiner opens one after a noun: "gives staff | a 5% rise")
    // (nor after the "and" inside one: "reach | Europe and Asia | in May and India in June")
    const opens =
      k === first ||
      previous.mark !== '' ||
      (!NOUN_PHRASE_WORDS.has(previous.tag) && !joinsNouns(s, k - 1)) ||
      (words[k]!.tag === 'det' && previous.tag !== 'det');
    // (a place after its preposition stands for the one after the same preposition: "on sale | in Europe")
    const same = lead.tag === 'prep' ? words[k]!.token.core === lead.token.core : words[k]!.tag === lead.tag && opens;
    if (same && !isTimeWord(s, k)) replaced = k;
  }
  if (replaced < 0 && !subject && endsNounPhrase(words[before - 1]!) && !words[before - 1]!.mark)
    replaced = nounPhraseStart(s, before - 1);
  // ("opened | shops and cafes | in 2019 and a bakery": the whole coordination)
  while (replaced > first + 1 && joinsNouns(s, replaced - 1)) replaced = nounPhraseStart(s, replaced - 2);
  // (none found: the clause and "and" with the noun phrase, "The company reported profits and losses")
  const found = !subject && replaced >= first && replaced < before;
  const why = found ? 'with this object' : 'with the noun phrase after “and”';
  const choice = clauseChoice(s, verb, `${quoted} dates the clause before “and”, its verb left out, ${why}`);
  if (choice.kind !== 'clause' && choice.kind !== 'statement') return null;
  return {
    ...choice,
    words: found
      ? [...choice.words.filter((k) => k < verb.end || k > c), ...content(s, verb.end, replaced), ...second]
      : [...choice.words.filter((k) => k < verb.end || k > c || (k < before && !timeOrJoin(s, k))), c, ...second],
    keep: [verb.head],
  };
}

/** Word `k` is in a time phrase, or the "and" between two: "between April | and | June". */
const timeOrJoin = (s: Sentence, k: number) =>
  isTimeWord(s, k) || (k > 0 && s.words[k]!.tag === 'conj' && isTimeWord(s, k - 1) && isTimeWord(s, k + 1));

/** The "and" or "or" at `k` joins two nouns of one noun phrase, no verb after it: "Europe | and | Asia". */
function joinsNouns(s: Sentence, k: number): boolean {
  const before = s.words[k - 1];
  const after = s.words[k + 1];
  const core = s.words[k]!.token.core;
  return (
    s.words[k]!.tag === 'conj' &&
    (core === 'and' || core === 'or') &&
    !s.words[k]!.mark &&
    before !== undefined &&
    after !== undefined &&
    !before.mark &&
    NOUN_PHRASE_WORDS.has(before.tag) &&
    NOUN_PHRASE_WORDS.has(after.tag) &&
    !groupAt(s, k + 1) &&
    !isTimeWord(s, k - 1) &&
    !isTimeWord(s, k + 1)
  );
}

/** Tags of the words inside a noun phrase. */
const NOUN_PHRASE_WORDS = new Set(['det', 'num', 'noun', 'name']);

/** Another time phrase in the few words before word `at`, within its clause: "sentenced on Monday | for taking". */
function datedBetween(s: Sentence, at: number): boolean {
  if (!s.otherPhrase) return false;
  for (let k = at - 1; k >= 0 && at - k <= 6 && !pauseAfter(s, k); k--) {
    if (s.otherPhrase[k] === 1) {
      // (an amount reached is no date: "extended his run to eight years | by beating")
      while (k > 0 && s.otherPhrase[k - 1] === 1) k--;
      return s.words[k - 1]?.token.core !== 'to';
    }
    if (groupAt(s, k)) return false;
  }
  return false;
}

/** "it was (not until)", "it is (only) in", "it's": the words before the phrase open a cleft sentence. */
function cleftBefore(s: Sentence): boolean {
  let k = s.governorStart - 1;
  while (k >= 0 && s.words[k]!.tag === 'adv' && !s.words[k]!.mark) k--;
  const be = s.words[k];
  if (!be || be.mark) return false;
  // the clause opens with "it": at the start, after a comma or after "and", "but"
  const opens = (at: number) => at === 0 || pauseAfter(s, at - 1) || s.words[at - 1]!.tag === 'conj';
  if (/^it['’]s$/i.test(be.token.text)) return opens(k);
  if (!/^(?:is|was)$/.test(be.token.core)) return false;
  const it = s.words[k - 1];
  return it !== undefined && it.token.core === 'it' && !it.mark && opens(k - 1);
}

/** The comma segment of the phrase when it opens the sentence or clause and holds no verb: [start, end after its comma). */
export function openingSegment(s: Sentence): [number, number] | null {
  let start = s.governorStart;
  while (start > 0 && !pauseAfter(s, start - 1)) start--;
  const first = s.words[start]!;
  if (first.tag !== 'prep' && !inPhrase(s, start)) return null;
  if (start > 0 && s.words[start - 1]!.mark !== ',' && !breakAfter(s, start - 1)) return null;
  for (let k = start; k < s.words.length; k++) {
    if (groupAt(s, k) || s.words[k]!.tag === 'rel' || s.words[k]!.tag === 'sub') return null;
    if (pauseAfter(s, k)) return s.words[k]!.mark === ',' && k >= s.phraseEnd - 1 ? [start, k + 1] : null;
  }
  return null;
}

/**
 * Whether another time phrase of the sentence that says when is in the clause of finite verb group `g` (not a length:
 * "Founded in 1962, the firm grew | for two decades" is one event from 1962).
 */
function otherPhraseIn(s: Sentence, g: VerbGroup): boolean {
  const other = s.otherDrop;
  if (!other) return false;
  const end = clauseEnd(s, g.end, g.head);
  for (let k = g.end; k < end; k++) if (other[k] === 1) return true;
  return false;
}

/** Forms of "be" that, alone as a main clause's verb, say how things stood rather than what happened. */
const STATE_BE = new Set(['is', 'are', 'was', 'were']);

/**
 * The main clause after the "when" clause `g` that follows an opening time phrase: "In 2020, | when a contractor
 * went to the FBI, | the scheme came to light". The "when" clause must close with a comma and the main clause's
 * subject start right after it; a main clause whose verb is "be" alone says a state ("…, he was a student"):
 * undefined, and the "when" clause is the event; so too a main clause too short for a label.
 */
function mainAfterWhen(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  const { words } = s;
  const end = clauseEnd(s, g.end, g.head);
  if (words[end - 1]!.mark !== ',') return undefined;
  const main = finiteAfter(s, end, 8);
  if (!main || main.start === end || STATE_BE.has(words[main.head]!.token.core)) return undefined;
  const subject = subjectOf(s, main.start);
  if (!subject || subject[0] !== end) return undefined;
  // (a main clause too short to read alone, "sales fell sharply", would be repaired back to the whole sentence)
  return wordsIn(s, content(s, end, clauseEnd(s, main.end, main.head))) >= MIN_LABEL_WORDS ? main : undefined;
}

/**
 * "Sunday | opening will start", "March | sales rose": a day or month name alone, with no preposition, right before a
 * lower-case noun it describes, no comma between ("Yesterday officials said" is no such noun phrase, nor is a speaker:
 * "Monday officials said").
 */
function premodifiesNoun(s: Sentence): boolean {
  const after = s.words[s.phraseEnd];
  const phrase = s.words[s.phraseStart]!;
  return (
    s.governorStart === s.phraseStart &&
    s.phraseEnd === s.phraseStart + 1 &&
    phrase.tag === 'name' &&
    !phrase.mark &&
    (after?.tag === 'ing' || after?.tag === 'noun') &&
    startsLower(after.token.text)
  );
}

/** Verbs that keep or leave their object in a state a participle after it says: "will keep | rates | frozen". */
const KEEPING = new Set(
  `keep keeps kept keeping leave leaves left leaving hold holds held holding get gets got find finds found have has
  had`.split(/\s+/),
);

/**
 * "The Fed will keep rates frozen until June", "left the library closed": the participle `g` completes the finite
 * verb of keeping before its object; that verb's group, or undefined.
 */
function keepingVerbBefore(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  const end = g.start - 1;
  if (end < 1 || s.words[end]!.mark || !endsNounPhrase(s.words[end]!)) return undefined;
  const start = nounPhraseStart(s, end);
  if (start < 1 || end - start > 4) return undefined;
  const verb = groupAt(s, start - 1);
  if (!verb || verb.kind !== 'finite' || verb.end !== start || s.words[verb.head]!.mark) return undefined;
  if (!KEEPING.has(s.words[verb.head]!.token.core)) return undefined;
  // (not a participle with its own doer, which only describes the noun: "left the company founded in 1998 by his father")
  for (let k = g.end; k < s.words.length && !pauseAfter(s, k - 1); k++)
    if (s.words[k]!.token.core === 'by' && !inPhrase(s, k)) return undefined;
  return verb;
}

/** A participle right after the noun phrase that opens its clause: "Syria talks | convened by …". */
export function subjectParticiple(s: Sentence, g: VerbGroup): boolean {
  const p = g.start - 1;
  if (p < 0 || pauseAfter(s, p) || !endsNounPhrase(s.words[p]!)) return false;
  const start = nounPhraseStart(s, p);
  return start === 0 || pauseAfter(s, start - 1);
}

/** The main clause after an opening participle phrase that holds the time phrase ("Speaking … on Monday, the coach"). */
export function mainAfterOpener(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  let first = 0;
  while (first < g.start && (s.words[first]!.tag === 'conj' || s.words[first]!.tag === 'adv')) first++;
  if (g.start === first + 1 && s.words[first]!.tag === 'prep') first++; // "After passing Reagan on Sunday,"
  if (g.start !== first) return undefined;
  for (let k = g.end; k < s.words.length; k++) {
    if (groupAt(s, k) && !inPhrase(s, k)) return undefined;
    // ("Opened in 1931 | (during the Depression), | the bridge": over an aside in brackets, to its comma)
    const close = k + 1 < s.words.length && breakAfter(s, k) ? bracketEnd(s, k + 1) : -1;
    if (close > k) {
      k = close - 1;
      continue;
    }
    if (pauseAfter(s, k))
      return s.words[k]!.mark === ',' && k >= s.phraseEnd - 1 ? finiteAfter(s, k + 1, 12) : undefined;
  }
  return undefined;
}

/** An "-ing" word inside a noun phrase: "the last remaining | free beach", "the | booming economy". */
export function modifiesNoun(s: Sentence, g: VerbGroup): boolean {
  const before = s.words[g.start - 1];
  const after = s.words[g.end];
  if (!before || !after || before.mark || s.words[g.head]!.mark) return false;
  if (!(after.tag === 'noun' && startsLower(after.token.text)) || inPhrase(s, g.end)) return false;
  return before.tag === 'det' || (before.tag === 'noun' && s.words[g.start - 2]?.tag === 'det');
}

/** A gerund after a preposition that is no subordinator: "on buying", "of selling" (not "after reporting"). */
export function governedGerund(s: Sentence, g: VerbGroup): boolean {
  const before = s.words[g.start - 1];
  if (before === undefined || before.mark) return false;
  // "was found clinging", "will begin withdrawing"
  if (groupAt(s, g.start - 1)?.kind === 'finite') return true;
  // ("returned to | training", "admitted to | drinking": "to" before an "-ing" word is a preposition, after a verb)
  const verbTo = before.tag === 'to' && g.start >= 2 && groupAt(s, g.start - 2)?.kind === 'finite';
  return (before.tag === 'prep' && !SUBORDINATORS.has(before.token.core)) || verbTo;
}

/**
 * The finite verb group of the clause before word `at`, with nothing but its object between, over
 * infinitives in a chain ("will face pressure | to sell bonds | to pay"); or undefined.
 */
export function finiteBefore(s: Sentence, at: number): VerbGroup | undefined {
  for (let k = at - 1; k >= 0 && at - k <= 12; k--) {
    if (pauseAfter(s, k)) return undefined;
    const w = s.words[k]!;
    if ((w.tag === 'sub' || w.tag === 'rel' || w.tag === 'conj') && !pronounBeforeTo(s, k)) return undefined;
    const g = groupAt(s, k);
    if (g) {
      if (g.kind === 'infinitive') return finiteBefore(s, g.start);
      // "the truce, set to expire": a participle that governs the infinitive, with the noun it describes (over an
      // adverb: "although later recovered | somewhat | to end …")
      let end = g.end;
      while (end < at && s.words[end]!.tag === 'adv' && !s.words[end]!.mark) end++;
      return g.kind === 'finite' || (g.kind === 'participle' && end === at) ? g : undefined;
    }
  }
  return undefined;
}

/**
 * "fell 3%, or 25 points, | to end at 7,114", "began a rally in the capital, Abuja, | to urge him": the finite verb
 * group of the clause that an active infinitive right after a comma completes, over figures said again and a name
 * between commas; undefined for a passive one ("the system, | to be released in May,", which describes the noun) or
 * a verb of saying.
 */
function clauseBeforeComma(s: Sentence, g: VerbGroup): VerbGroup | undefined {
  const comma = g.start - 1;
  if (comma < 1 || s.words[comma]!.mark !== ',' || breakAfter(s, comma)) return undefined;
  if (g.head !== g.start + 1 || s.words[g.head]!.tag !== 'verb') return undefined;
  for (let k = comma; k >= 0 && comma - k <= 12; k--) {
    const w = s.words[k]!;
    if (k < comma && pauseAfter(s, k) && !(w.mark === ',' && (asideComma(s, k) || nameBetweenCommas(s, k, comma))))
      return undefined;
    // (", or 25 points,": the "or" of figures said again)
    const restated = w.token.core === 'or' && k > 0 && s.words[k - 1]!.mark === ',' && asideComma(s, k - 1);
    if ((w.tag === 'sub' || w.tag === 'rel' || w.tag === 'conj') && !restated) return undefined;
    const f = groupAt(s, k);
    if (f) return f.kind === 'finite' && !s.words[f.head]!.report ? f : undefined;
  }
  return undefined;
}

/** The first infinitive of a chain that ends with `g` ("to urge him | to run"), with nothing but objects between. */
function firstOfChain(s: Sentence, g: VerbGroup): VerbGroup {
  for (let k = g.start - 1; k >= 0 && g.start - k <= 6; k--) {
    const w = s.words[k]!;
    if (pauseAfter(s, k) || w.tag === 'sub' || w.tag === 'rel' || w.tag === 'conj') return g;
    const f = groupAt(s, k);
    if (f) return f.kind === 'infinitive' ? firstOfChain(s, f) : g;
  }
  return g;
}

/** "in the capital, | Abuja, | to urge": the words after the comma at `k` up to the one at `end` are a name. */
function nameBetweenCommas(s: Sentence, k: number, end: number): boolean {
  if (end - k > 4) return false;
  for (let j = k + 1; j <= end; j++) if (s.words[j]!.tag !== 'name' || (j < end && s.words[j]!.mark)) return false;
  return true;
}

/** A verb group between the start of the clause and word `at` ("The ferry that sank near Crete | last week had…"). */
export function verbBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= 0 && !pauseAfter(s, k); k--) {
    const g = groupAt(s, k);
    if (g && g.kind !== 'participle') return true;
    if (s.words[k]!.tag === 'sub' || s.words[k]!.tag === 'rel') return true;
  }
  return false;
}

/**
 * "Talks broke down twice, | on 18 and 25 November, | before Acas brokered a deal", "a cut could be on the table at the
 * next meeting, | on Sept. 17-18, | if inflation keeps easing": a phrase between commas, after a clause, right before
 * a subordinator, says again when that clause's event is; it opens no clause, not the subordinate one after it. Not
 * after "and", "but" or "that" ("and, | on Monday, | when …": the phrase opens the clause that follows them).
 */
function setOffBeforeSubordinate(s: Sentence): boolean {
  const { words, governorStart: ga, phraseEnd: pe } = s;
  const before = words[ga - 1];
  const after = words[pe];
  if (!before || !after || before.mark !== ',' || words[pe - 1]!.mark !== ',' || after.mark) return false;
  if (!SUBORDINATORS.has(after.token.core) || after.token.core === 'as') return false;
  if (before.tag === 'conj' || before.tag === 'sub' || before.tag === 'rel' || before.token.core === 'that')
    return false;
  return s.groups.some((g) => g.kind === 'finite' && g.end < ga);
}

/** Words that open a clause whose subject comes next ("after | sales in the quarter | jumped"); not "as". */
const opensClause = (core: string) => SUBORDINATORS.has(core) && core !== 'as';

/**
 * The noun phrase ending at `end` opens a clause after "after", "because"…: "after | sales | in the quarter
 * jumped": a time phrase after it, before the clause's verb, dates that verb, not the main clause's.
 */
function subordinateSubject(s: Sentence, end: number): boolean {
  const [start] = extendedNounPhrase(s, end);
  const opener = s.words[start - 1];
  return opener !== undefined && !opener.mark && opensClause(opener.token.core) && start <= end;
}

/** A comma the nearest-verb search may cross: figures (", or 68 cents a share,") or a place ("Independence, Mo.,"). */
export function asideComma(s: Sentence, k: number): boolean {
  const next = s.words[k + 1];
  if (!next) return false;
  if (placeApposition(s, k + 1) || (s.words[k]!.tag === 'name' && next.tag === 'name')) return true;
  // "Greece and Turkey in 1952, Germany in 1955": a list of dated items shares the verb before it
  if (s.words[k]!.tag === 'num' && next.tag === 'name') return true;
  // ", or 68 cents a share,", ", or seven cents a share,", ", up from 9,000"
  const amount = s.words[k + 2];
  return (
    (next.token.core === 'or' &&
      amount !== undefined &&
      (amount.tag === 'num' || COUNT_WORDS.has(amount.token.core))) ||
    next.token.core === 'up' ||
    next.token.core === 'down'
  );
}

/**
 * "joined Carlisle, who were promoted in May, | on Friday": the comma at `k` closes a relative aside opened by ", who"
 * or ", which" after a noun (or ", when", ", where": "They met in Rome, when he was 20, | in 1990"); the phrase after it is no part of the aside. The noun's index (the scan goes on from there),
 * or -1.
 */
function relativeAsideOpening(s: Sentence, k: number): number {
  const { words } = s;
  for (let j = k - 1; j > 0 && k - j <= 12; j--) {
    const w = words[j]!;
    if (!w.mark) continue;
    const rel = words[j + 1]!;
    const relative = rel.tag === 'rel' && (rel.token.core === 'who' || rel.token.core === 'which');
    // (or ", when" or ", where", which say more of the time or place before: "met in Rome, when he was 20, | in 1990")
    const adverbial = (rel.token.core === 'when' || rel.token.core === 'where') && !rel.mark;
    return w.mark === ',' && (relative || adverbial) ? j : -1;
  }
  return -1;
}

/**
 * "where she would remain, | on and off, | until 1999", "The plant stayed shut, at least for now, | until May": the
 * comma at `k`, right before the phrase, closes a short adverbial aside (`adverbialAside`): the phrase after it is the
 * verb's before it. The index of the word before the aside's opening comma (the scan goes on from there), or -1.
 */
function adverbialAsideOpening(s: Sentence, k: number): number {
  for (let j = k - 1; j > 0 && k - j <= MAX_ADVERBIAL_ASIDE; j--)
    if (s.words[j]!.mark) return adverbialAside(s, j, k) ? j : -1;
  return -1;
}

/**
 * "Smith, who joined in May, | on Friday | said": the comma before the phrase at `ga` closes a relative aside after the
 * noun phrase that opens the clause, its subject; the phrase then stands between that subject and its verb.
 */
function subjectAsideBefore(s: Sentence, ga: number): boolean {
  const { words } = s;
  if (words[ga - 1]?.mark !== ',') return false;
  for (let j = ga - 2; j >= 0 && ga - j <= 12; j--) {
    const w = words[j]!;
    if (!w.mark) continue;
    const rel = words[j + 1]!;
    if (w.mark !== ',' || rel.tag !== 'rel' || (rel.token.core !== 'who' && rel.token.core !== 'which')) return false;
    if (!endsNounPhrase(w) || breakAfter(s, j)) return false;
    const start = nounPhraseStart(s, j);
    return start === 0 || pauseAfter(s, start - 1);
  }
  return false;
}

/**
 * "extended its bid, due to expire on Friday, | to Nov. 6", "delayed the vote, planned for Monday, | to next week": the
 * comma at `k`, right before the phrase's preposition, closes an aside (a participle, "due", "which") that describes
 * the noun before its opening comma, the object of a verb before it. The noun's index (the scan goes on from there),
 * or -1.
 */
function objectAsideOpening(s: Sentence, k: number, ga: number): number {
  const { words } = s;
  if (k !== ga - 2 || (words[ga - 1]!.tag !== 'prep' && words[ga - 1]!.tag !== 'to')) return -1;
  for (let j = k - 1; j > 0 && k - j <= 10; j--) {
    if (!words[j]!.mark) continue;
    const first = words[j + 1]!;
    const opens =
      first.tag === 'ved' || first.token.core === 'due' || (first.tag === 'rel' && first.token.core !== 'that');
    if (words[j]!.mark !== ',' || breakAfter(s, j) || !opens || !endsNounPhrase(words[j]!)) return -1;
    // (the noun is an object: a verb before it in its clause)
    for (let v = j - 1; v >= 0 && j - v <= 6 && !pauseAfter(s, v); v--) if (groupAt(s, v)?.kind === 'finite') return j;
    return -1;
  }
  return -1;
}

/**
 * Where the scan for the verb before a phrase at `ga` starts: before an amount said again between commas right
 * before it ("rose to $3 million, | or 29 cents a share adjusted for the split, | for the quarter": not "adjusted"),
 * at the comma that opens it; else right before the phrase.
 */
function restatedBefore(s: Sentence, ga: number): number {
  const { words } = s;
  if (ga < 4 || words[ga - 1]!.mark !== ',') return ga - 1;
  for (let j = ga - 2; j > 0 && ga - j <= 12; j--) {
    if (!words[j]!.mark) continue;
    return words[j]!.mark === ',' && words[j + 1]!.token.core === 'or' && asideComma(s, j) ? j : ga - 1;
  }
  return ga - 1;
}

/** "his small, neighborhood store": after the comma the noun phrase goes on. */
export function nounGoesOn(s: Sentence, k: number): boolean {
  const next = s.words[k + 1];
  return (
    next !== undefined &&
    !groupAt(s, k + 1) &&
    (next.tag === 'noun' || next.tag === 'num') &&
    /^\p{Ll}|^\d/u.test(next.token.text)
  );
}

/** Gerunds of saying that take a "that" clause ("telling its staff that …"). */
const SAYING_GERUNDS = new Set([
  'telling',
  'saying',
  'noting',
  'warning',
  'arguing',
  'adding',
  'claiming',
  'insisting',
]);

/**
 * Whether the "that" at `at` opens what a verb of saying or thinking before it says ("said on Monday that",
 * "telling its sales force that"), not a relative clause ("the indices that today fell").
 */
function sayingBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 12 && !breakAfter(s, k); k--) {
    const w = s.words[k]!;
    if (s.groupOf[k]! >= 0 && (isClauseTaking(w) || SAYING_GERUNDS.has(w.token.core))) return true;
  }
  return false;
}

/** Time words of the present, which say how things stand now rather than when an event was. */
const PRESENT_WORDS = new Set(['now', 'currently', 'presently', 'nowadays']);

/**
 * Another time phrase (with its preposition) dates verb group `g` from right after it, or after its pronoun object: "was
 * charged | Monday | with", "convicted him | Friday | over"; or from right before it, after its subject: "Police | on
 * Monday | charged".
 */
function phraseRightAfter(s: Sentence, g: VerbGroup): boolean {
  const { words, otherPhrase } = s;
  if (!otherPhrase) return false;
  const before = words[g.start - 1];
  if (before && otherPhrase[g.start - 1] === 1 && !before.mark) {
    let k = g.start - 1;
    while (k > 0 && otherPhrase[k - 1] === 1) k--;
    const subject = words[k - 1];
    // (not "now", which says how things stand: "Dealers | now | see a chance of a cut in December")
    const present = k === g.start - 1 && PRESENT_WORDS.has(before.token.core);
    if (k > 0 && subject !== undefined && endsNounPhrase(subject) && !subject.mark && !present) return true;
  }
  const after = words[g.end]?.tag === 'pron' && !words[g.end]!.mark ? g.end + 1 : g.end;
  return otherPhrase[after] === 1 && !words[after - 1]!.mark;
}

/**
 * Whether verb group `g` is dated by another time phrase that only says when, right after it ("was approved | on
 * Monday", "was found | last month"); not one that follows its object ("marked the third time | in the past decade").
 */
function datedElsewhere(s: Sentence, g: VerbGroup): boolean {
  const drop = s.otherDrop;
  if (!drop) return false;
  let k = g.end;
  while (k < s.words.length && s.words[k]!.tag === 'adv' && !s.words[k]!.mark && drop[k] !== 1) k++;
  return drop[k] === 1 && !s.words[k - 1]!.mark;
}

/**
 * "The work was postponed, first because of the pandemic and then, | in the autumn of 2023, | because of a dispute",
 * "lost to Leeds and then, on Saturday, | to Hull": a phrase between "and" (with an adverb of sequence) and the second
 * of two conjuncts of one verb, set off by commas, dates that conjunct. The verb's clause, with the first conjunct
 * (from the same word as the second: "because", "to") left out; undefined when there is no such first conjunct.
 */
function conjunctAfter(s: Sentence, quoted: string): Choice | undefined {
  const { words, governorStart: ga, phraseEnd: pe } = s;
  let c = ga - 1;
  if (c < 1 || pe >= words.length || words[c]!.mark !== ',' || words[pe - 1]!.mark !== ',') return undefined;
  if (SEQUENCE_ADVERBS.has(words[c]!.token.core)) c--;
  const conj = words[c];
  if (!conj || conj.tag !== 'conj' || conj.mark || !(conj.token.core === 'and' || conj.token.core === 'but'))
    return undefined;
  const second = words[pe]!;
  if (second.tag !== 'prep' && second.tag !== 'sub' && second.tag !== 'to') return undefined;
  // the first conjunct opens with the same word, after the verb, in the same sentence part
  let first = c - 1;
  while (first > 0 && words[first]!.token.core !== second.token.core) {
    if (breakAfter(s, first - 1) && words[first - 1]!.mark !== ',') return undefined;
    first--;
  }
  if (first <= 0 || c - first > 12) return undefined;
  let verb: VerbGroup | undefined;
  for (let k = first - 1; k >= 0 && !verb; k--) {
    const g = groupAt(s, k);
    if (g) verb = g.kind === 'finite' ? g : undefined;
    if (g || (breakAfter(s, k) && words[k]!.mark !== ',')) break;
  }
  if (!verb) return undefined;
  // (with an adverb that orders it: "first | because of …")
  let from = first;
  if (words[from - 1]!.tag === 'adv' && !words[from - 1]!.mark && from - 1 >= verb.end) from--;
  const choice = clauseChoice(s, verb, `${quoted} dates the second part after “${words[verb.head]!.token.core}”`);
  if (choice.kind !== 'clause') return undefined;
  // (the clause may end at a comma before the first conjunct: "was delayed, | first by rain")
  let end = pe;
  while (end < words.length - 1 && !pauseAfter(s, end)) end++;
  choice.words = [...choice.words.filter((k) => k < from), ...content(s, pe, end + 1)];
  return choice;
}

/**
 * The verb group is passive: a form of "be" before its past participle; not after "it", whose saying is still a
 * statement ("…, it was reported Wednesday").
 */
function passive(s: Sentence, g: VerbGroup): boolean {
  return s.words[g.head]!.tag === 'ved' && s.words[g.start - 1]?.token.core !== 'it' && beBeforeHead(s, g);
}
