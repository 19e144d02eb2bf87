import type { AspectMention, AspectName, PersonCredit } from "../../domain/analysis.js";
import type { SentenceReading } from "../model/text-model.js";
import {
  ASPECT_POLARITY_CUES,
  ASPECT_TERMS,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
} from "./aspect-lexicon.js";

/**
 * How far a short text's calibrated log-odds of being positive lean from those of a text
 * without words (`TextModel.clauseLean`): 0 says nothing either way.
 */
export type ClauseReader = (text: string) => number;

/** An aspect found in one sentence, with the clause that mentions it. */
export interface SentenceAspect {
  aspect: AspectName;
  polarity: AspectMention["polarity"];
  /** The clause that speaks of it, verbatim. */
  clause: string;
  /** How clearly the clause judges it (AspectMention.strength). */
  strength: number;
}

/** The strength of a judgement by the aspect's own cue words ("overlong"): the clearest. */
const CUE_STRENGTH = 3;
/**
 * The most a judgement the model alone reads can weigh: less than judging words anywhere in
 * the sentence (1.5), so an inference never outranks what a critic wrote in so many words.
 */
const MODEL_STRENGTH = 1.4;
// A clause the model alone judges is positive when its log-odds lean more than 0.15 above
// those of no words at all, negative when they lean more than 0.25 below, neutral between:
// the band chosen on the dev half of the labelled sentences among bands at least 0.4 wide
// (narrower ones scored a little higher there, but count plain description as praise or
// complaint), when the model put no words at logit 0.42 and the band was 0.2–0.6.
const POSITIVE_ABOVE = 0.15;
const NEGATIVE_BELOW = -0.25;

const EVALUATIVE =
  /\b(?:superb|terrific|great|excellent|wonderful|brilliant|fine|strong|stellar|magnificent|remarkable|riveting|compelling|convincing|unconvincing|charismatic|magnetic|electric|ferocious|fearless|heartbreaking|moving|nuanced|subtle|bland|wooden|stiff|flat|weak|miscast|shines?|dazzles?|delivers?|excels?|struggles?|wasted|squandered|impressive|astonishing|outstanding|career-best|award-worthy|phenomenal|mesmerizing|mesmerising|awe-inspiring|amazing|extraordinary|pitch-perfect|good|bad|awful|terrible)\b/i;

/** "X is superb as Quinlan": an actor judged in a role, whoever the review credits. */
const JUDGED_IN_ROLE =
  /\b(?:is|was|are|were|stars|plays|played)\s+(?:[\p{L}'’-]+\s+){0,4}?as\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+/u;

/**
 * Job titles that only credit someone ("writer-director Jane Doe", "from director Jane
 * Doe"): they say who made the film, not how well, and are no aspect of it. Blanked out
 * before the terms are looked for.
 */
const CREDIT =
  /\b(?:(?:co-)?writer[-/ ]?(?:and[- ])?director|director[-/ ]?(?:and[- ])?(?:co-)?writer|(?:from|by)\s+(?:the\s+)?(?:director|filmmaker|screenwriter|writer)|(?:written|directed|co-written|co-directed)(?:\s+and\s+(?:written|directed|produced))?\s+by)(?=\s+\p{Lu})/giu;

/** A clause that says whom an actor plays. */
const ROLE_DESCRIBED =
  /\b(?:plays?|played|playing|portrays?|portrayed|as)\s+(?:a|an|the|her|his|their)\b|\bplayed by\b/i;

/** A cheap test before CREDIT: only sentences with these letters can hold a credit. */
const MAY_CREDIT = /writ|direct|filmmaker/i;

/** Words that open a contrast: what follows outweighs what came before. */
const CONTRAST_WORD = /^\[?(?:but|yet|though|although|however|while|whereas|still)\b/i;

/**
 * A clause that opens a contrast within its sentence. A contrast word set off alone between
 * commas ("When it's funny, though, it scores"; "The acting, however, is wooden") turns
 * against the sentence before, not against the rest of its own sentence.
 */
const opensContrast = (clause: string) => CONTRAST_WORD.test(clause) && !/^\w+[,;:]?$/.test(clause);

/**
 * A concession ("no matter how fantastic it looked, its story made no sense"): the sentence
 * judges two things two ways, so no clause borrows its sentence's words. ("Despite" is not
 * one: its clause names what is conceded, often without judging it, and borrowing the
 * sentence's words reads "despite its length, it never drags" right.)
 */
const CONCESSION = /\bno matter how\b/i;

/** A question that asks where something went: what it names is missed. */
const ABSENCE_QUESTION =
  /^\W*(?:where(?:'s| is| are| was| were| has| have)|what(?:ever)? happened to)\b/i;

/**
 * A sentence that wishes for what the film lacks: what it names with praise is missed ("In
 * the hands of a skilled director, this could have been a thriller"; "a great film in more
 * sure hands"; "If only the script were as sharp as the acting"; "With a funnier script, it
 * might have worked"; "Anyone looking for strong characters will find it lacking"). Not
 * "would have been lauded": what others once said of it.
 */
const WISH =
  /\b(?:could|might|should)(?<!\b(?:what|whatever|you)\s{1,3}\w+)(?: ha|['’])ve (?:been|worked|used|done|had|made|benefited)\b|\bwould(?: ha|['’])ve (?:worked|been (?:better|more|much|far|even|a lot))\b/i;
const LOOKING_FOR = /\blooking for\b/i;
const NOT_FOUND = /\b(?:lacking|elsewhere|disappointed)\b/i;

/** Where a sentence wishes (see WISH), or -1. */
function wishAt(sentence: string): number {
  const wish = WISH.exec(sentence) ?? IF_ONLY.exec(sentence);
  if (wish) return wish.index;
  // Two scans, not one expression with ".*" between: linear however often the words repeat.
  const looking = LOOKING_FOR.exec(sentence);
  return looking !== null && NOT_FOUND.test(sentence.slice(looking.index)) ? looking.index : -1;
}

/** A comparative right before a term, or a word before it: "a tighter plot", "more inventive storytelling". */
const COMPARATIVE_BEFORE =
  /\b(?:more|better|tighter|sharper|stronger|funnier|smarter|clearer|deeper|shorter|richer|bolder|wittier|subtler|steadier|surer|defter|firmer|leaner|livelier)\s+(?:[\p{L}-]+\s+)?$/u;
/** What a wish would have taken, named after it: "could have been a classic with some judicious editing". */
const WISHED_WITH = /\bwith\s+(?:some|a|an|a bit of|a little|a few)\s+(?:[\p{L}-]+\s+)?$/u;
/** "If only …" (not the title "If Only Angels Have Wings"). */
const IF_ONLY = /^\W*[Ii]f only\b/;

/** A clause that leads up to a wish: "With a tighter script, …", "In the hands of …, …", "If only …". */
const WISH_LEAD = /^\W*(?:with|in the hands|in more|if only|had)\b/i;

/** "… as sharp as the acting": the standard a wish compares with is praised, not wished for. */
const WISH_STANDARD = /\bas\s+[\p{L}-]+\s+as\s+(?:(?:the|its|his|her|their)\s+)?$/u;

/** The most a question's judgement counts for: below what a film page quotes (1). */
const QUESTION_STRENGTH = 0.5;

/**
 * "wouldn't crackle so loudly without the chemistry", "would have collapsed without the
 * powerful performances": what a film could not do without, it has, and it is praised (not
 * what it "would have been better served without").
 */
const NEEDED_WITHOUT =
  /\b(?:would|could|wouldn't|couldn't)\b(?![^.;:!?]{0,60}\b(?:better|best)\s+(?:served|off)\b)[^.;:!?]{0,60}\bwithout\s+(?:[a-z'-]+\s+){0,3}$/;

/** "not the music", "no score": the aspect is named only to be set aside. */
const SET_ASIDE =
  /\b(?:not|no|nor|never|without)\s+(?:(?:the|its|a|an|any|much|enough|real)\s+)?$/i;

/**
 * The aspects one sentence talks about, once each, with the clause that speaks of it and
 * that clause's polarity: an aspect-specific cue when there is one ("overlong"), else words
 * that judge whatever they describe, else the text model's reading of the clause. When a
 * sentence names an aspect on both sides of a contrast ("a powerful story … but the plot
 * gets lost"), the clause after the contrast speaks for it. Cast and director names count
 * as acting and direction when the clause judges them ("Moss is superb").
 */
export function aspectsInSentence(
  sentence: string,
  readClause: ClauseReader,
  people: PersonCredit[] = [],
): SentenceAspect[] {
  let masked = maskParentheses(sentence);
  if (MAY_CREDIT.test(masked))
    masked = masked.replace(CREDIT, (credit) => "\0".repeat(credit.length));
  const lower = masked.toLowerCase();
  // Where each aspect's terms are; a sentence without any has no aspects to place.
  let hits: Array<[AspectName, number]> = [];
  for (const aspect of ASPECTS) {
    const terms = TERMS_LOWERCASE[aspect];
    terms.lastIndex = 0;
    for (let m = terms.exec(lower); m !== null; m = terms.exec(lower)) {
      hits.push([aspect, m.index]);
      if (m[0] === "") terms.lastIndex++;
    }
  }
  // "the portrayal of slavery" is how the film shows something, not acting.
  if (hits.length > 0 && lower.includes("portrayal"))
    hits = hits.filter(
      ([aspect, at]) => aspect !== "acting" || !DEPICTION.test(masked.slice(at, at + 40)),
    );
  // Not in titles and names ("Billy Lynn's Long Halftime Walk"); clauses are read with them.
  if (hits.length > 0) {
    const titles = titleRuns(masked);
    if (titles.length > 0)
      hits = hits.filter(([, at]) => !titles.some(([start, end]) => at >= start && at < end));
  }
  const inRole = lower.includes(" as ") ? JUDGED_IN_ROLE.exec(masked) : null;
  const named = people.length > 0 && EVALUATIVE.test(sentence);
  if (hits.length === 0 && !named && !inRole) return [];
  const spans = spansOf(masked);
  const clauseAt = (at: number) => spans.findIndex((span) => at < span.end);
  const mentions = new Map<AspectName, Mention[]>();
  const note = (aspect: AspectName, clause: number, setAside = false, at?: number) => {
    if (clause < 0) return;
    const list = mentions.get(aspect) ?? [];
    list.push({ clause, setAside, ...(at === undefined ? {} : { at }) });
    mentions.set(aspect, list);
  };
  for (const [aspect, at] of hits) {
    // "never predictable": a term that is itself a judging word is read with its negation, not set aside.
    const setAside =
      SET_ASIDE.test(lower.slice(Math.max(0, at - 24), at)) &&
      !judgingAt(lower, at) &&
      !NEEDED_WITHOUT.test(lower.slice(Math.max(0, at - 100), at));
    note(aspect, clauseAt(at), setAside, at);
  }
  if (inRole && EVALUATIVE.test(sentence)) note("acting", clauseAt(inRole.index));
  if (named) {
    for (const aspect of ["acting", "direction"] as const) {
      spans.forEach((span, i) => {
        if (namedAndJudged(aspect, span.text, people)) note(aspect, i);
      });
    }
  }
  const leans = new Map<string, number>();
  const lean = (text: string) => {
    let value = leans.get(text);
    if (value === undefined) {
      value = lexicalLean(text);
      leans.set(text, value);
    }
    return value;
  };
  const contrasted = spans.some((span) => opensContrast(span.text)) || CONCESSION.test(sentence);
  const question = /\?["'”’)\]]*\s*$/.test(sentence);
  // A wish speaks of its own side of a contrast ("great gags, though the script isn't as
  // focused as it should have been": the gags are not wished for).
  const wish = wishAt(sentence);
  const wishClause = wish < 0 ? -1 : clauseAt(wish);
  // What is wished for: a term judged by the word before it ("a skilled director"), after a
  // comparative ("a tighter plot"), what it would have taken ("with some judicious
  // editing"), or what "if only" names; not the standard it is
  // compared with ("as sharp as the acting") or what the film has ("with such a great cast").
  const wishedFor = (modified: boolean, mention: Mention) => {
    const before =
      mention.at === undefined ? "" : lower.slice(Math.max(0, mention.at - 40), mention.at);
    if (WISH_STANDARD.test(before) || /\bsuch\s+(?:an?\s+)?[\p{L}-]+\s+$/u.test(before))
      return false;
    // "… the best thing in a film that could have been more": a relative's wish is not for
    // what came before it.
    if (
      mention.at !== undefined &&
      mention.at < wish &&
      /\b(?:that|which|who)\b/.test(lower.slice(mention.at, wish))
    )
      return false;
    return (
      modified ||
      COMPARATIVE_BEFORE.test(before) ||
      (mention.at !== undefined && mention.at > wish && WISHED_WITH.test(before)) ||
      (mention.clause === wishClause && IF_ONLY.test(sentence))
    );
  };
  // It wishes for what its own clause names, or what a clause leading up to it names ("In
  // the hands of a skilled director, this could have been …"), not for what the rest of
  // its sentence praises ("great performances by all, though the story could have been …").
  const wishedIn = (clause: number) =>
    wish >= 0 &&
    (clause === wishClause ||
      (clause < wishClause &&
        WISH_LEAD.test(spans[clause]?.text ?? "") &&
        !spans.some((span, i) => i > clause && i <= wishClause && opensContrast(span.text))));
  return [...mentions]
    .map(([aspect, list]) => {
      const chosen = speakingMention(list, spans);
      // Judged as read (asides and credits blanked out), quoted as written.
      const span = spans[chosen.clause];
      const read = clausePolarity(
        aspect,
        span?.text ?? sentence,
        contrasted ? null : sentence,
        readClause,
        lean,
        () =>
          span && chosen.at !== undefined ? modifierLean(lower.slice(span.start, chosen.at)) : 0,
      );
      let { polarity, strength } = read;
      // "not the music": the aspect set aside is not praised. An aspect's own cue word read
      // with its negation ("never drags") has said what it means already.
      if (chosen.setAside && polarity === "positive" && strength !== CUE_STRENGTH)
        polarity = "negative";
      // "Where is the humor, the story sense of his best work?" misses what it names; any
      // other question judges too loosely to be quoted (it still counts).
      if (question) {
        if (ABSENCE_QUESTION.test(sentence)) polarity = "negative";
        strength = Math.min(strength, QUESTION_STRENGTH);
      }
      if (
        polarity === "positive" &&
        strength !== CUE_STRENGTH &&
        wishedIn(chosen.clause) &&
        wishedFor(read.modified === true, chosen)
      )
        polarity = "negative";
      // What saves or carries the film is praised ("only saved by McConaughey's acting",
      // "Affleck's performance … carries this film"), and what keeps it from something is
      // judged against that ("their chemistry saves an otherwise mediocre movie"): read up to
      // where the clause's quote runs on to.
      if (strength !== CUE_STRENGTH && span && chosen.at !== undefined) {
        const end = (spans[quoteEnd(spans, chosen.clause)] as Span).end;
        const effect = judgedByEffect(
          lower.slice(span.start, chosen.at),
          sentence.slice(chosen.at, end),
          read.modified === true,
        );
        if (effect !== null) {
          polarity = effect;
          strength = Math.max(strength, 2);
        }
      }
      const clause = span
        ? sentence.slice(span.start, (spans[quoteEnd(spans, chosen.clause)] as Span).end).trim()
        : sentence;
      return { aspect, polarity, strength, clause, at: chosen.clause };
    })
    .sort((a, b) => a.at - b.at || ASPECTS.indexOf(a.aspect) - ASPECTS.indexOf(b.aspect))
    .map(({ at: _at, ...found }) => found);
}

/**
 * After an aspect's term, a verb that keeps the film from something ("keeps it from becoming
 * a dud", "saves this from being a complete waste of time", "can't prevent it from being an
 * ordinary movie") or lifts what is otherwise faulted ("elevates an otherwise OK movie"),
 * and what follows it: what the film is kept from.
 */
const KEEPS_FROM =
  /^[^.;:!?]{0,80}?\b(?:(?:keeps?|kept|keeping|prevents?|prevented|preventing|stops?|stopped|saves?|saved|saving|rescues?|rescued)\s+(?:[\w'’-]+\s+){0,4}?from(?!\s+(?:start|beginning|first|the (?:start|beginning|first|outset|get-go))\b)|(?:saves?|saved|lifts?|lifted|elevates?|elevated|enlivens?|enlivened|redeems?|redeemed|salvages?|salvaged|rescues?|rescued)\s+(?:(?:an?|the|this|its)\s+)?otherwise)\s+/i;

/**
 * Before a term: what saves the film ("saved by", "only lifted by", "buoyed by", "remains
 * watchable thanks to"), or makes up for what it lacks ("what it lacks in originality it makes
 * up for in execution").
 */
const SAVED_BY =
  /\b(?:(?:saved|rescued|redeemed|salvaged|buoyed|lifted|elevated)\s+(?:[a-z]+\s+)?by|(makes?\s+up\s+for)\s+(?:it\s+)?in|(?:watchable|bearable|tolerable|passable|enjoyable)\s+(?:[a-z]+\s+){0,2}?(?:thanks|due)\s+to)\s+(?:[\w'’-]+\s+){0,6}$/;

/**
 * Before a term: what drags the film down ("hampered by", "undone by", "marred by"), or what
 * it squanders or wastes ("squanders a perfectly decent cast", "a waste of acting talent").
 */
const FAULTED_BY =
  /\b(?:(?:hampered|undermined|undone|sabotaged|marred|hobbled|weighed down|dragged down|let down|spoiled|ruined|sunk|scuttled)\s+(?:[a-z]+\s+)?by|(?:squanders?|squandered|squandering|wastes?|wasted|wasting|misuses?|misused)(?!\s+(?:no|little|any)\s+(?:time|moment|second|minute|words?)\b))\s+(?:[\w'’-]+\s+){0,4}$/;

/** Words that deny what saves or carries a film ("can't be saved by", "not enough to carry"). */
const DENIED =
  /\b(?:not|never|no|nor|neither|cannot|lacks?|lacking|fails?|failed|unable|too)\b|n't\b/;

/**
 * After a term: what carries the film, makes you forgive or forget its faults, or makes up for
 * them (within its own clause: "if Russell is erratic with plot, he makes up for these flaws").
 */
const CARRIES =
  /^[^.;:!?]{0,80}?\b(?:(?:carries|carried|carry|anchors|anchored)\s+(?:the|this|an?|its)\s+(?:[\w'’-]+\s+){0,2}?(?:film|movie|picture|show|proceedings|story|material)|makes?\s+(?:you|us|one)\s+(?:forgive|forget|overlook|ignore))\b|^[^.;:!?,]{0,60}?\b(?:make|makes|made)\s+up\s+for\b(?!\s+(?:it\s+)?in\b)/i;

/** After a term: it is wasted ("the talented cast is largely wasted"), whatever praised it. */
const WASTED =
  /^[^.;:!?]{0,60}?\b(?:is|are|was|were|gets?|got|feels?|seems?)\s+(?:[a-z]+\s+)?(?:wasted|squandered|underused|underutilized|misused|thrown away)\b/i;

/**
 * How a term is judged by what it does to the film, or null: faulted when it drags the film
 * down (FAULTED_BY) or is wasted (WASTED), praised when it saves or carries the film (SAVED_BY, CARRIES); when it keeps the film from something (KEEPS_FROM), praised
 * when judging words fault that ("from being a complete disaster") and faulted when they
 * praise it ("keeps this from being a truly great picture") — unless its own judging word
 * already judges it ("strong performances keep things from becoming overdramatic"). What it
 * is kept from is read by judging words, not the text model, whose reading of a few words
 * such as "becoming overdramatic" or "its own pretense" goes the wrong way as often as not.
 */
function judgedByEffect(
  lowerBefore: string,
  afterTerm: string,
  modified: boolean,
): AspectMention["polarity"] | null {
  // (A literal first: most mentions have none of these words, and skip the expressions.)
  const lowerAfter = afterTerm.toLowerCase();
  const faulted =
    lowerBefore.includes(" by ") ||
    lowerBefore.includes("squand") ||
    lowerBefore.includes("wast") ||
    lowerBefore.includes("misus")
      ? FAULTED_BY.exec(lowerBefore)
      : null;
  if (faulted && !DENIED.test(lowerBefore.slice(0, faulted.index))) return "negative";
  // Not "a film in which not a word or a gesture is wasted".
  const wasted =
    lowerAfter.includes("wasted") || lowerAfter.includes("squander") || lowerAfter.includes("use")
      ? WASTED.exec(afterTerm)
      : null;
  if (wasted && !DENIED.test(lowerBefore + lowerAfter.slice(0, wasted[0].length)))
    return "negative";
  const saved =
    lowerBefore.includes(" by ") || lowerBefore.includes(" up for ") || lowerBefore.includes(" to ")
      ? SAVED_BY.exec(lowerBefore)
      : null;
  const carries =
    !saved &&
    (lowerAfter.includes("carr") || lowerAfter.includes("anchor") || lowerAfter.includes("make"))
      ? CARRIES.exec(afterTerm)
      : null;
  // Not what "can't be saved by", is "not enough to carry" or "lacks the charisma to carry"
  // the film: anywhere in the clause before the verb (but what "makes up for" what the film
  // lacks names that lack itself: only the words right before it deny it, "never quite").
  const upToVerb = saved
    ? lowerBefore.slice(saved[1] ? Math.max(0, saved.index - 14) : 0, saved.index)
    : carries
      ? lowerBefore + afterTerm.slice(0, carries[0].length).toLowerCase()
      : "";
  if ((saved || carries) && !DENIED.test(upToVerb)) return "positive";
  if (modified) return null;
  const verb =
    lowerAfter.includes("from") || lowerAfter.includes("otherwise")
      ? KEEPS_FROM.exec(afterTerm)
      : null;
  if (!verb) return null;
  const kept = lexicalLean(afterTerm.slice(verb[0].length));
  return kept === 0 ? null : kept > 0 ? "negative" : "positive";
}

/** Where a sentence speaks of an aspect: its clause, and where its term is (named people have none). */
interface Mention {
  clause: number;
  /** After "not", "rather than" …: the aspect is set aside. */
  setAside: boolean;
  /** Where the aspect's term starts in the sentence. */
  at?: number;
}

/**
 * Which of an aspect's mentions in a sentence speaks for it: the last one after a contrast
 * when there is one ("… but the plot gets lost"), else the first.
 */
function speakingMention(list: Mention[], spans: Array<{ text: string }>): Mention {
  const first = list[0] as Mention;
  const contrast = spans.findIndex((span, i) => i > first.clause && opensContrast(span.text));
  if (contrast === -1) return first;
  let chosen = first;
  for (const mention of list)
    if (mention.clause >= contrast && mention.clause > chosen.clause) chosen = mention;
  return chosen;
}

const ASPECTS = Object.keys(ASPECT_TERMS) as AspectName[];

/** A clause of five words or more reads on its own as a quote. */
const standsAlone = (clause: string) => wordCount(clause) >= 5;
/** The terms without the case-insensitive flag, for lowercased text: several times faster. */
const TERMS_LOWERCASE = Object.fromEntries(
  ASPECTS.map((a) => [a, new RegExp(ASPECT_TERMS[a].source, "g")]),
) as Record<AspectName, RegExp>;

/**
 * A review's aspects: one entry per aspect, its polarity the one most of its sentences give
 * (sentences the model reads as most clearly judging weigh a little more), its evidence the
 * clause that judges it most clearly (the whole sentence when that clause is too short to
 * stand alone), with how clearly.
 */
export function findAspects(
  sentences: SentenceReading[],
  readClause: ClauseReader,
  people: PersonCredit[],
): AspectMention[] {
  const byAspect = new Map<
    AspectName,
    Array<{
      polarity: AspectMention["polarity"];
      evidence: string;
      /** How clearly its clause judges the aspect. */
      strength: number;
      /** How clearly its sentence judges the film. */
      weight: number;
    }>
  >();
  for (const sentence of sentences) {
    for (const found of aspectsInSentence(sentence.text, readClause, people)) {
      const list = byAspect.get(found.aspect) ?? [];
      list.push({
        polarity: found.polarity,
        evidence: standsAlone(found.clause) ? found.clause : sentence.text,
        strength: found.strength,
        weight: Math.abs(sentence.lean),
      });
      byAspect.set(found.aspect, list);
    }
  }
  const aspects: AspectMention[] = [];
  for (const [aspect, mentions] of byAspect) {
    const votes = { positive: 0, negative: 0, neutral: 0 };
    for (const m of mentions) votes[m.polarity] += 1 + m.weight / 10;
    const judged = votes.positive + votes.negative > 0;
    const polarity = !judged
      ? "neutral"
      : votes.positive >= votes.negative
        ? "positive"
        : "negative";
    const clearest = mentions
      .filter((m) => m.polarity === polarity)
      .sort(
        (a, b) => b.strength - a.strength || b.weight - a.weight,
      )[0] as (typeof mentions)[number];
    aspects.push({
      aspect,
      polarity,
      evidence: clearest.evidence,
      strength: Math.round(clearest.strength * 100) / 100,
    });
  }
  return aspects;
}

/**
 * Parenthesized asides blanked out with NUL characters, offsets kept: they are neither
 * clauses nor their boundaries. (Not spaces: long runs of spaces make the boundary
 * expression backtrack.)
 */
function maskParentheses(sentence: string): string {
  return sentence.replace(/\([^()]*\)?/g, (aside) => "\0".repeat(aside.length));
}

/** A portrayal of a thing, not of a character: "of" then a lowercase word, no article or possessive. */
const DEPICTION = /^portrayals? of (?!(?:the|a|an|his|her|their|its|this|that)\b)\p{Ll}/u;

/** A word a clause cannot end on (a conjunction, an article, a preposition, "very"), then a comma. */
const DANGLING = /\b(?:and|or|nor|but|the|a|an|of|with|to|for|from|by|in|on|very)[,;:]$/i;

/**
 * Two or more capitalized words in a row after the sentence's first word ("the Billy Lynn's
 * Long Halftime Walk of Predator movies", "a nod to The Long Goodbye") name a film or a
 * person: their words judge nothing.
 */
// (A look-behind of one character each: a longer one would rescan runs of spaces.)
const TITLE_RUN = /(?<=\S\s)\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+)+/gu;

function titleRuns(sentence: string): Array<[number, number]> {
  return [...sentence.matchAll(TITLE_RUN)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

// A run of spaces is scanned from its first space only (`(?<!\s)`), not again from each.
// "While" after "a long", "a little", "worth your" … is a noun, not a contrast. The stop
// after an initial or a title ("F. Scott Fitzgerald", "Mr. Payne") ends nothing. An ellipsis
// with no space after it ends a clause where a new one starts ("darker...[but] lacks the
// soul"; "never arrives...It's just bad storytelling"), unless the word before it cannot
// end one ("a shootout between...Blazing Saddles").
const CLAUSE_BOUNDARY =
  /(?:\.\.\.|…)(?<=[A-Za-z,](?:\.\.\.|…))(?<!\b(?:and|or|nor|the|a|an|of|with|to|for|from|by|in|on|at|between|like|than|as|very)(?:\.\.\.|…))(?=\[?(?:[A-Z]|but\b|yet\b|though\b|although\b|however\b))|[!?,;:]\s+|(?<!(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs))\.\s+|(?<!\s)\s+[-–—]+\s+|(?<!\s)\s+(?=(?:[Bb]ut|[Yy]et|[Tt]hough|[Aa]lthough|[Ww]hereas|[Hh]owever)\b)|(?<!\s)\s+(?=[Ww]hile\b)(?<!\b(?:a|long|little|short|good|great|worth|your|whole|some)\s+)/g;

interface Span {
  text: string;
  start: number;
  end: number;
  /**
   * Whether it ends at a comma the sentence runs on past ("a brilliant, bulldozing
   * performance"; "despite its running time, it sags"): a clause judged alone, but not a
   * quote that ends there.
   */
  runsOn: boolean;
}

/**
 * A comma a quote runs on past: one before a lowercase word (or "I") that is no conjunction
 * or relative. Before a capital ("over-long, “Her Smell”, the sixth feature …") a new clause
 * more likely begins.
 */
const RUNS_ON =
  /^,\s+(?:(?!(?:and|but|or|nor|yet|so|while|though|although|whereas|however|which|who|whose)\b)\p{Ll}|I\b)/u;

/** The most words a quote runs on to: a comma splice can go on for a paragraph. */
const QUOTE_WORDS = 25;

/** The last span of the quote of span `i`: it runs on past such commas, QUOTE_WORDS at most. */
function quoteEnd(spans: Span[], i: number): number {
  let last = i;
  let words = wordCount((spans[i] as Span).text);
  while (last + 1 < spans.length && (spans[last] as Span).runsOn) {
    words += wordCount((spans[last + 1] as Span).text);
    if (words > QUOTE_WORDS) break;
    last++;
  }
  return last;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A sentence's clauses (its parenthesized asides masked) with where they end: split at
 * sentence ends, , ; : dashes and contrast words, not after a word that cannot end one.
 */
function spansOf(masked: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number, runsOn = false) => {
    const text = masked.slice(start, end).replace(/\0+/g, " ").trim();
    if (text) spans.push({ text, start, end, runsOn });
  };
  // "no story and, most importantly, no character": a clause goes on past a comma that
  // follows a word that cannot end it, and past a short aside that comes next.
  let asideFrom = -1;
  for (const m of masked.matchAll(CLAUSE_BOUNDARY)) {
    const at = m.index ?? 0;
    const comma = m[0][0] === ",";
    if (comma && DANGLING.test(masked.slice(Math.max(start, at - 12), at + 1))) {
      asideFrom = at + m[0].length;
      continue;
    }
    // "A sensational, swaggering performance": a judging word after a determiner and before a
    // comma is one of a list of adjectives, not a clause.
    if (comma && judgingAdjectiveList(masked.slice(start, at))) continue;
    const aside = asideFrom >= 0 && masked.slice(asideFrom, at).trim().split(/\s+/).length <= 3;
    asideFrom = -1;
    if (aside && comma) continue;
    // A sentence-ending or clause mark stays with its clause.
    const end = at + (/^(?:\.\.\.|…)$/.test(m[0]) ? m[0].length : /^[.!?]/.test(m[0]) ? 1 : 0);
    push(end, comma && RUNS_ON.test(masked.slice(at, at + 16)));
    start = at + m[0].length;
  }
  push(masked.length);
  return spans;
}

/** A determiner and a judging word ("A sensational"): the start of a list of adjectives. */
function judgingAdjectiveList(text: string): boolean {
  const word = ADJECTIVE_AFTER_DETERMINER.exec(text)?.[1];
  return word !== undefined && judgingAt(word.toLowerCase(), 0);
}
const ADJECTIVE_AFTER_DETERMINER = /^\s*(?:a|an|the|this|its|his|her|their)\s+([a-z-]+)$/i;

/**
 * A clause's polarity toward an aspect: the aspect's own cue words, then words that judge
 * whatever they describe (turned around by a negation just before them), in the clause and
 * then, unless the sentence turns on a contrast, in its whole sentence ("At 100 minutes,
 * it's just right"); failing those, the text model's reading of the clause.
 */
function clausePolarity(
  aspect: AspectName,
  clause: string,
  sentence: string | null,
  readClause: ClauseReader,
  lean: (text: string) => number,
  /** The judging words right before the aspect's term (see modifierLean), read only when no cue settles it. */
  modifier: () => number = () => 0,
): {
  polarity: AspectMention["polarity"];
  strength: number;
  /** Whether a judging word right before the term decided it. */
  modified?: boolean;
} {
  for (const text of sentence === null ? [clause] : [clause, sentence]) {
    const cues = ASPECT_POLARITY_CUES[aspect];
    if (cues) {
      // A cue in a negation's scope says the opposite ("it's never slow"); cues that say
      // opposite things settle nothing.
      const lean = (cueSign(cues.positive, text) ?? 0) - (cueSign(cues.negative, text) ?? 0);
      if (lean !== 0)
        return { polarity: lean > 0 ? "positive" : "negative", strength: CUE_STRENGTH };
    }
    // A judging word right before the aspect's term judges it, whatever else the clause
    // judges ("the great cast can't save the dull script").
    const modified = text === clause ? modifier() : 0;
    if (modified !== 0)
      return { polarity: modified > 0 ? "positive" : "negative", strength: 2, modified: true };
    const lexical = lean(text);
    // A clause that stands alone and that the model reads clearly the other way is not
    // turned by judging words elsewhere in its sentence ("Wright's direction is a joy from
    // start to finish, and the script he has contrived is full of surprises").
    if (lexical !== 0 && text !== clause && standsAlone(clause)) {
      const own = modelPolarity(readClause(clause));
      if (own !== "neutral" && own !== (lexical > 0 ? "positive" : "negative")) break;
    }
    if (lexical !== 0)
      return {
        polarity: lexical > 0 ? "positive" : "negative",
        strength: text === clause ? 2 : 1.5,
      };
  }
  // A role described ("Rockwell plays a violent, racist cop") is not a performance judged:
  // without judging words, the clause's mood is the character's, not the critic's.
  if (aspect === "acting" && ROLE_DESCRIBED.test(clause))
    return { polarity: "neutral", strength: 0 };
  const modelLean = readClause(clause);
  const polarity = modelPolarity(modelLean);
  const strength = polarity === "neutral" ? 0 : Math.min(MODEL_STRENGTH, Math.abs(modelLean));
  return { polarity, strength };
}

/** The text model's reading of a clause as an aspect's polarity (see POSITIVE_ABOVE). */
const modelPolarity = (lean: number): AspectMention["polarity"] =>
  lean > POSITIVE_ABOVE ? "positive" : lean < NEGATIVE_BELOW ? "negative" : "neutral";

const NEGATION = new Set([
  "not",
  "never",
  "no",
  "hardly",
  "barely",
  // "nowhere near as funny", "rarely funny"
  "nowhere",
  "rarely",
  // "supposed to be funny", "meant to be scary": what it was to be, not what it is.
  "supposed",
  "meant",
  "less",
  "least",
  "n't",
  "without",
  "nor",
  // What a film steers clear of is not what it is ("sidesteps predictable clichés").
  "avoids",
  "avoiding",
  "sidesteps",
  "sidestepping",
  "eschews",
  "eschewing",
  "transcends",
  "free",
]);

/**
 * Whether a cue expression is in a text: 1 as written, −1 turned around by a negation within
 * three words before it ("never slow") or a lack ("short on laugh-out-loud comedy"), null
 * when it is not there.
 */
function cueSign(cue: RegExp, text: string): 1 | -1 | null {
  const found = cue.exec(text);
  if (!found) return null;
  const lower = text.toLowerCase();
  return negatedBefore(lower, found.index) || lackedAt(lower, found.index) ? -1 : 1;
}

/**
 * Verbs whose object keeps its own judgement under a negation: what "can't save", "can't
 * accelerate" or "doesn't hide" is still as bad ("can't accelerate the slow patches"
 * complains of them). A negation does not reach past them.
 */
const NEGATION_STOPS = new Set([
  "save",
  "saves",
  "salvage",
  "rescue",
  "redeem",
  "hide",
  "hides",
  "mask",
  "disguise",
  "fix",
  "cure",
  "overcome",
  "help",
  "helps",
  "accelerate",
  "quicken",
  "enliven",
  "lift",
  "offset",
  "compensate",
  "cover",
  // "you may not realize how strong the acting is": what follows "how" is said, not denied.
  "how",
  // "you can't deny the great talent", "there's no denying its power": affirmed, not denied.
  "deny",
  "denying",
  "dispute",
  // "doesn't negate the tedium", "can't justify the running time": what is not undone stays.
  ...["negate", "negates", "erase", "erases", "dispel", "dispels", "cancel", "cancels"],
  ...["excuse", "excuses", "justify", "justifies", "diminish", "diminishes"],
  // "never wastes its talented cast": what is not wasted keeps its praise.
  ...["waste", "wastes", "squander", "squanders"],
]);

/** "not only", "isn't merely good", "not just soda-out-the-nose funny": they add; they do not deny. */
const NOT_ONLY = new Set(["only", "just", "merely", "simply"]);
/** After "nothing", words that make it praise ("nothing short of", "nothing but", "nothing is better"). */
const NOTHING_BUT = new Set([
  ...["short", "but", "less", "more", "else", "is", "was", "could", "can", "beats"],
  // "Nothing about this witty film obeys the rules", "to say nothing of its likable cast".
  ...["about", "of"],
]);
const isNegation = (word: string) => NEGATION.has(word) || word.endsWith("n't");

const EMPHATIC = /^[a-z'-]+\s+(?:so|as)\s+(?:hard|much|often|loud(?:ly)?)\b/;

/** Whether a negation within three words before `at` reaches it (no NEGATION_STOPS verb between). */
function negatedBefore(lowerText: string, at: number): boolean {
  // "I've never laughed so hard", "rarely laughed as hard as I did": emphasis, not denial.
  if (EMPHATIC.test(lowerText.slice(at, at + 40))) return false;
  // "fails to be funny", "forgets to deliver compelling characters": a verb that denies what
  // it reaches for, a few words on; "never fails to" affirms.
  const reach = DENYING_REACH.exec(lowerText.slice(Math.max(0, at - 60), at));
  // Not past a verb that keeps its object's judgement ("fail to notice his fantastic
  // performance", "fails to save the dull script").
  if (
    reach &&
    !(reach[2] ?? "").split(/\s+/).some((w) => NEGATION_STOPS.has(w) || PERCEIVES.has(w))
  )
    return !reach[1];
  // The three words before it, and one more to see what comes before those ("at least").
  const before = (lowerText.slice(Math.max(0, at - 54), at).match(/[a-z'-]+/g) ?? []).slice(-4);
  for (let i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
    const w = before[i] as string;
    const next = before[i + 1] ?? "";
    // "not only" and "isn't merely good" add; "not without its charms" and "never less
    // than exquisite" deny twice; "at least" and "more or less" deny nothing.
    const denies =
      isNegation(w) &&
      !(w === "without" && NEEDED_WITHOUT.test(lowerText.slice(Math.max(0, at - 100), at))) &&
      !NOT_ONLY.has(next) &&
      !isNegation(next) &&
      !isNegation(before[i - 1] ?? "") &&
      // "if not for its formidable cast", "were it not for": what the film has, not denied.
      !(next === "for" && (before[i - 1] === "if" || before[i - 1] === "it")) &&
      // "nothing if not ambitious" is very ambitious ("good, if not great" still denies);
      // "not withstanding" is "notwithstanding".
      !(w === "not" && before[i - 1] === "if" && before[i - 2] === "nothing") &&
      !(w === "not" && next === "withstanding") &&
      !(w === "least" && before[i - 1] === "at") &&
      !(w === "less" && before[i - 1] === "or" && before[i - 2] === "more");
    // "nothing terribly compelling" denies; "nothing short of brilliant", "nothing but
    // praise" and "nothing is better" do not. "authentic rather than awkward", "a joke
    // instead of a funny one": what it is instead of, it is not.
    const instead =
      (w === "than" && before[i - 1] === "rather") || (w === "of" && before[i - 1] === "instead");
    if (denies || instead || (w === "nothing" && !NOTHING_BUT.has(next))) return true;
    if (NEGATION_STOPS.has(w)) return false;
  }
  return false;
}

/**
 * A verb that denies what it reaches for, up to four words before the end of a text ("fails
 * to deliver a", "falls a bit short of being a"); group 1 is a negation before the verb,
 * which turns it around ("never fails to"), group 2 the words it reaches across.
 */
const DENYING_REACH =
  /(?:\b(never|not|n't|hardly|rarely)\s+)?\b(?:(?:fail(?:s|ed|ing)?|forg(?:ets|ot|etting)|neglect(?:s|ed|ing)?|unable|never (?:quite )?manag(?:es|ed|e)) to|(?:falls?|fell|falling) (?:a bit |a little |just |well |far )?short of)\s+((?:[a-z'-]+\s+){0,4})$/;
/** Verbs of noticing: what one fails to notice keeps its own judgement. */
const PERCEIVES = new Set([
  ...["notice", "see", "realize", "realise", "recognize", "recognise", "appreciate"],
  ...["acknowledge", "mention", "spot", "understand", "grasp"],
]);

/** How many words before an aspect's term a judging word modifies it ("a triumph of production design"). */
const MODIFIER_WORDS = 2;

/**
 * The judging words among the last MODIFIER_WORDS words of a clause's text before an
 * aspect's term (lowercase): the term's own modifiers, each turned around by a negation or
 * a "lack" before it ("lacks a great story"). Not across a sentence mark ("haven't aged
 * well...the soundtrack") or a verb or relative ("obvious that director").
 */
function modifierLean(before: string): number {
  // "a sloppily-edited insult", "beautifully-shot": an adverb joined to the term judges it.
  const joined = JOINED_ADVERB.exec(before)?.[1] ?? "";
  if (POSITIVE_WORDS.has(joined)) return 1;
  if (NEGATIVE_WORDS.has(joined)) return -1;
  const words = [...before.matchAll(/[a-z'-]+/g)];
  let from = Math.max(
    words.at(-MODIFIER_WORDS)?.index ?? 0,
    before.search(/[.!?;:…][^.!?;:…]*$/) + 1,
  );
  for (const w of words.slice(-MODIFIER_WORDS))
    if (LINKS.has(w[0]) && (w.index ?? 0) >= from) from = (w.index ?? 0) + w[0].length;
  let lean = 0;
  JUDGING.lastIndex = from;
  for (let m = JUDGING.exec(before); m !== null; m = JUDGING.exec(before)) {
    if (RANKS.has(m[0]) || ROLE_NOUN.test(before.slice(m.index + m[0].length))) continue;
    const sign = POSITIVE_WORDS.has(m[0]) ? 1 : -1;
    lean += negatedBefore(before, m.index) || lackedAt(before, m.index) ? -sign : sign;
  }
  return lean;
}

const JOINED_ADVERB = /\b([a-z]+ly)-$/;

/** Words a modifier does not reach across: a verb or a relative comes between. */
const LINKS = new Set(["that", "which", "who", "is", "was", "are", "were", "be", "been", "being"]);

/**
 * "lacks a great story", "a lack of compelling narrative", "short on laugh-out-loud comedy":
 * the judging word is missed, not given. Not "nothing short of brilliant", which gives it, nor
 * a short film ("a short, brisk thriller").
 */
const LACK =
  /(?:\b(?:lack(?:s|ing|ed)?|devoid|absence)\b|(?<!\bnothing\s+)\bshort\s+(?:of|on)\b)(?:\s+(?:of|on|any|a|an|the|really|truly|real))*\s+$/;

/** Whether what starts at `at` of a lowercased text is lacked ("short on", "devoid of"). */
const lackedAt = (lowerText: string, at: number) =>
  LACK.test(lowerText.slice(Math.max(0, at - 24), at));

/** "good guy/bad guy portrayal": a kind of character, not a judgement. */
const ROLE_NOUN = /^[\s-]+guys?\b/;

/** Judging words that, before a term, rank it rather than judge it ("the lesser characters"). */
const RANKS = new Set(["lesser"]);

/**
 * Judging words that judge nothing before these words: "the best I could summon up …" and
 * "the best that can be said" are faint praise; "appealing (primarily) to pre-teens" and
 * "appealing directly to the audience" address someone.
 */
const NOT_JUDGING_BEFORE: Record<string, RegExp> = {
  best: /^\s+(?:(?:i|we|you|one)\s+(?:could|can)|that can be said)\b/,
  appealing: /^\s+(?:[a-z]+ly\s+)?(?:to|for)\b/,
  // "The revelation of a gruesome back story" discloses; it does not praise.
  revelation: /^\s+(?:of|that)\b/,
  // "well before the end", "well over two hours", "well known".
  well: /^\s+(?:before|after|into|over|under|past|beyond|within|known|aware)\b/,
  // "the filmmakers' obvious love for clay animation", "their care … is obvious to even the
  // youngest viewer": plain to see, not predictable.
  obvious:
    /^\s+(?:(?:love|affection|passion|joy|delight|relish|glee|pleasure|enthusiasm|care|respect|admiration|fondness|talent|skill|intelligence|sincerity|reverence|empathy|compassion|warmth)\b|to\s+(?:all|everyone|everybody|anyone|anybody|even|every|any|viewers|audiences)\b)/,
};

/**
 * Judging words that judge nothing after these words: "pick up the slack" and "cut it some
 * slack" help or excuse; to "break bad" is to turn to crime.
 */
const NOT_JUDGING_AFTER: Record<string, RegExp> = {
  bad: /\bbreak(?:s|ing)?\s+$/,
  slack:
    /\b(?:pick|picks|picked|picking|take|takes|took|taking|cut|cuts|cutting)\s+(?:up\s+)?(?:(?:the|it|them|him|her|'em|us|me)\s+)?(?:some\s+)?$/,
};

/** Positive minus negative judging words in a clause, each flipped by a negation within three words before it. */
function lexicalLean(clause: string): number {
  const text = clause.toLowerCase();
  let lean = 0;
  JUDGING.lastIndex = 0;
  for (let m = JUDGING.exec(text); m !== null; m = JUDGING.exec(text)) {
    const after = NOT_JUDGING_BEFORE[m[0]];
    if (after?.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const before = NOT_JUDGING_AFTER[m[0]];
    if (before?.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "too smart for its own good" complains.
    const end = m.index + m[0].length;
    const sign =
      POSITIVE_WORDS.has(m[0]) && !FOR_ITS_OWN_GOOD.test(text.slice(end, end + 30)) ? 1 : -1;
    lean += negatedBefore(text, m.index) ? -sign : sign;
  }
  return lean;
}

/** After a judging word, what turns praise into a complaint: "too smart for its own good". */
const FOR_ITS_OWN_GOOD = /^\s+for (?:its|his|her|their|our|your) own good\b/;

/** Every judging word, as one expression: a clause is scanned once, not word by word. */
// (ASCII look-arounds: a Unicode-aware expression of this size is ten times slower.)
const JUDGING = new RegExp(
  String.raw`(?<![a-z\-])(?:${[...POSITIVE_WORDS, ...NEGATIVE_WORDS]
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![a-z\-])`,
  "g",
);

/** Whether a judging word starts at `at` of a lowercased text. */
function judgingAt(lowerText: string, at: number): boolean {
  JUDGING_STICKY.lastIndex = at;
  return JUDGING_STICKY.test(lowerText);
}
const JUDGING_STICKY = new RegExp(JUDGING.source, "y");

function namedAndJudged(aspect: AspectName, clause: string, people: PersonCredit[]): boolean {
  const names =
    aspect === "acting"
      ? nameMatchers(people).cast
      : aspect === "direction"
        ? nameMatchers(people).director
        : null;
  return Boolean(names?.test(clause)) && EVALUATIVE.test(clause);
}

const matchers = new WeakMap<PersonCredit[], { cast: RegExp | null; director: RegExp | null }>();

/**
 * For a review's people, one expression per role that finds any of their surnames (or full
 * names) as whole words; made once per review.
 */
function nameMatchers(people: PersonCredit[]): { cast: RegExp | null; director: RegExp | null } {
  let found = matchers.get(people);
  if (!found) {
    const matcher = (role: PersonCredit["role"]) => {
      const surnames = people
        .filter((p) => p.role === role)
        .map((p) => (p.name.split(" ").at(-1) ?? p.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      return surnames.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${surnames.join("|")})(?![\\p{L}\\p{N}])`, "u");
    };
    found = { cast: matcher("cast"), director: matcher("director") };
    matchers.set(people, found);
  }
  return found;
}
