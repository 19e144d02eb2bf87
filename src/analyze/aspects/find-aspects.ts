import {
  type AspectMention,
  type AspectName,
  JUDGED_IN_WORDS,
  type PersonCredit,
  type Verdict,
} from "../../domain/analysis.js";
import { FRESH_THRESHOLD } from "../../domain/rating.js";
import { isGivenName } from "../entities/given-names.js";
import { cleanName } from "../entities/names.js";
import type { SentenceReading } from "../model/text-model.js";
import { gluedParts } from "../text/glued-sentences.js";
import { includesAny } from "../text/includes-any.js";
import { quoteMarkRole } from "../text/quote-marks.js";
import { wordCount } from "../text/word-count.js";
import {
  ASPECT_POLARITY_CUES,
  ASPECT_TERMS,
  DIRECTION_TERMS_AT,
  MADE_A_FILM_AT,
} from "./aspect-lexicon.js";
import { judgedByEffect, wastedByFilm } from "./judged-by-effect.js";
import {
  cueSign,
  faultingLengthAt,
  judgedAfterLength,
  judgingAt,
  lexicalLean,
  modifierLean,
  NEEDED_WITHOUT,
  withoutJudgingWords,
} from "./judging-words.js";
import { NOT_HOW_ADVERBS, type TimeWords, termInContext, timeWordsOf } from "./term-in-context.js";
import {
  isWordCode,
  type TermsAtWord,
  termsAtFirstWord,
  WORD_HASH_START,
  wordHashStep,
  wordKey,
} from "./term-index.js";

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
/**
 * The strength of judging words read in the clause's sentence rather than the clause: the
 * least of a judgement made in words.
 */
const LEXICAL_IN_SENTENCE = JUDGED_IN_WORDS;
// A clause the model alone judges is positive when its log-odds lean more than 0.15 above
// those of no words at all, negative when they lean more than 0.25 below, neutral between:
// the band chosen on the dev half of the labelled sentences among bands at least 0.4 wide
// (narrower ones scored a little higher there, but count plain description as praise or
// complaint), when the model put no words at logit 0.42 and the band was 0.2–0.6.
const POSITIVE_ABOVE = 0.15;
const NEGATIVE_BELOW = -0.25;

/**
 * How far a critic's own word leans, in log-odds, a clause that no words judge and the model
 * alone reads: a clause of a review its critic called fresh is more often praise than the
 * clause's words alone say, and one of a rotten review a complaint. Chosen on the dev half of
 * the labelled sentences among 0.3, 0.6, 0.9, 1.2, 1.5 and 2 (rt snippets, their fresh column
 * as the stated verdict; docs/METHODOLOGY.md).
 */
const STATED_VERDICT_LEAN = 0.9;
/**
 * How far from the fresh threshold a rating leans as far as a stated verdict does; nearer, in
 * proportion (a 2½ of 4, 62.5, barely). Chosen on the dev half among a rating's side at any
 * distance, 20 points or more only, and this (imdb sentences, their review's rating).
 */
const RATING_LEAN_DISTANCE = 20;

/**
 * The lean a review's own word gives its clauses: its stated verdict (the source's, a verdict
 * word given as its rating, or an admin's), else its score's distance from 60 — its rating's (the score, not the verdict,
 * which an outlet's learned line may move after the review is read), or without one a long
 * text's estimated score, read from all its sentences. A short text's estimate leans nothing:
 * it is the clause's own words again.
 */
export function verdictLean(stated: Verdict | null, score: number | null = null): number {
  if (stated) return stated === "positive" ? STATED_VERDICT_LEAN : -STATED_VERDICT_LEAN;
  if (score === null) return 0;
  const toward = (score - FRESH_THRESHOLD) / RATING_LEAN_DISTANCE;
  return STATED_VERDICT_LEAN * Math.max(-1, Math.min(1, toward));
}

const EVALUATIVE =
  /\b(?:superb|terrific|great|excellent|wonderful|brilliant|fine|strong|stellar|magnificent|remarkable|riveting|compelling|convincing|unconvincing|charismatic|magnetic|electric|ferocious|fearless|heartbreaking|moving|nuanced|subtle|bland|wooden|stiff|flat|weak|miscast|shines?|dazzles?|delivers?|excels?|struggles?|wasted|squandered|impressive|astonishing|outstanding|career-best|award-worthy|phenomenal|mesmerizing|mesmerising|awe-inspiring|amazing|extraordinary|pitch-perfect|good|bad|awful|terrible)\b/i;

/**
 * "X is superb as Quinlan": an actor judged in a role, whoever the review credits. Not a
 * comparison ("No Country for Old Men is as good a film as the Coen brothers have made"), nor
 * "as" that opens a clause ("I was pleasantly surprised as Whipped is actually rather a good
 * movie"): a name with a verb after it is no role.
 */
const JUDGED_IN_ROLE =
  /\b(?:(?:is|was|are|were)\s+(?!as\s)|(?:stars|plays|played)\s+)(?:[\p{L}'’-]+\s+){0,4}?as\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?![\p{L}'’-])(?!(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:is|was|are|were|has|had|have|does|did|will|would|can|could|isn't|wasn't|doesn't|didn't|turns|turned|proves|proved|becomes|became|gets|got|manages|managed|seems|seemed)\b)/u;

/**
 * A performer's name judged by a word critics use of performers: "Rosamund Pike is magnificent
 * in A Private War", "Philip Seymour Hoffman is excellent in this thriller", "Bruce Greenwood
 * is exceptional as JFK", and a surname alone, "Pfeiffer is outstanding." Found in two steps:
 * the verb and the word, by a plain scan (most sentences have none; a Unicode-aware
 * expression over every sentence looked slower, docs/PERFORMANCE.md), then the name that
 * ends right before the verb. Group 1 is the word; group 2 what follows it: "in", "as", or
 * nothing (a mark, the end, or "but" or "and": not "Logan Lucky is great fun").
 */
/**
 * The words of PERFORMER_PRAISED_BY that judge a performer only after a full name ("Kevin Kline
 * is a delight", "Billy Crystal is a riot"): after one word they as often judge a title.
 */
// biome-ignore format: a word list reads best filled
const FULL_NAME_ONLY_WORDS = [
  "a delight", "a hoot", "a joy", "a riot", "a scream", "a treat", "a knockout", "a marvel",
];
const FULL_NAME_ONLY = new Set(FULL_NAME_ONLY_WORDS);
/** The words critics praise performers with, that JUDGED_PERFORMER_VERB reads. */
// biome-ignore format: a word list reads best filled
const PERFORMER_PRAISED_BY = [
  "magnificent", "superb", "terrific", "excellent", "wonderful", "brilliant", "great",
  "remarkable", "astonishing", "impressive", "believable", "convincing", "magnetic", "hilarious",
  "sensational", "outstanding", "flawless", "marvelous", "marvellous", "riveting", "mesmerizing",
  "luminous", "heartbreaking", "fantastic", "phenomenal", "perfect", "fine", "good", "strong",
  "solid", "charismatic", "charming", "endearing", "electric", "amazing", "exceptional",
  "extraordinary", "compelling", "engaging", "likable", "likeable", "credible", "hypnotic",
  "stunning", "delightful", "radiant", "dazzling", "memorable", "appealing", "affecting",
  "winning", "fearless", "commanding", "superlative", "sublime", "captivating", "irresistible",
  // What only a person is said to be ("Chalamet is a revelation"; "a delight", "a hoot" …
  // as often follow a film's title, "Ghostbusters is a hoot": FULL_NAME_ONLY).
  "a revelation", "a natural", "a standout", "aces", "a force of nature",
  ...FULL_NAME_ONLY_WORDS,
  // "Nicolas Cage is in top form", "Bill Murray is in peak form".
  "in fine form", "in top form", "in peak form", "in great form", "in good form", "in rare form",
  "on top form", "on fine form",
];
/** … and those they fault performers with. */
// biome-ignore format: a word list reads best filled
const PERFORMER_FAULTED_BY = [
  "miscast", "wooden", "stiff", "awful", "terrible", "annoying", "unconvincing", "bland",
  "dreadful", "grating", "irritating", "lifeless", "forgettable", "flat", "dull", "weak",
  "shrill", "hammy", "obnoxious", "insufferable", "unbearable", "mediocre", "embarrassing",
  "one-note", "vacant", "blank", "a cipher",
];
const JUDGED_PERFORMER_VERB = new RegExp(
  String.raw` (?:is|was|are|were) (?:(?:so|just|simply|utterly|truly|quite|very|particularly|especially|also|absolutely|remarkably|wonderfully|terrifically|consistently|always|equally|pretty|really|typically|reliably|nothing short of|nothing less than) )?(${[...PERFORMER_PRAISED_BY, ...PERFORMER_FAULTED_BY].join("|")})(?: (in|as)\b|(?=[.,;:!?)]|$| (?:but|and|yet|though)\b))`,
  "g",
);
/**
 * A full name only (two or three capitalized words, a surname perhaps with a prefix:
 * "McDormand", "DiCaprio", "O'Connor"): one word may be a title or a place ("Rome is stunning
 * in spring"); not after "the", "a", "in" or a job title. Judged with "in" or "as" after the
 * word: judged alone ("Three Billboards is great.") it is as often a title.
 */
const FULL_NAME_AT_END =
  /(?<![\p{L}'’])(?<!\b(?:[Tt]he|[Aa]n?|[Ii]n|[Dd]irector|[Ww]riter|[Ss]creenwriter|[Cc]inematographer|[Cc]omposer|[Ee]ditor|[Pp]roducer|[Ff]ilmmaker)\s)(?!(?:The|A|An|This|That|These|Those|It|Its|Our|My|Your|His|Her|Their|In|On|At|For|With|From|By|Of|As|If|When|While|And|But|So|Yet|Or|Nor|After|Before|Since|Though|Although|Because|Director|Writer)\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?(?:\s(?:Mc|Mac|O['’]|De|Di|Du|La|Le)?\p{Lu}\p{Ll}+(?:['’](?!s\b)\p{Ll}+)?){1,2},?$/u;
/**
 * What ends right before a word that opens its clause: a stop, a comma (perhaps with a
 * conjunction), or a conjunction, capitalized or not ("While Hawke is excellent, …").
 */
const CLAUSE_OPENER = String.raw`[.!?;:]\s+|,\s+(?:(?:and|but|while|though|although|whereas)\s+)?|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Tt]hough|[Aa]lthough|[Ww]hereas)\s+`;
/**
 * A surname alone, starting its clause ("Nolte is impressive, as is …", "…, but Cranston is
 * always compelling", "While Hawke is excellent, …", "McDormand is superb", "DeNiro is
 * extraordinary"): in rt-reviews nearly always an actor's (24 of 25 not read as acting before;
 * the other a one-word title).
 */
const SURNAME_AT_END = new RegExp(
  String.raw`(?:^|${CLAUSE_OPENER})((?:Mc|Mac|O['’]|De|Di|Du|La|Le)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),?$`,
  "u",
);
/**
 * Two or three names listed, the last a full name ("McQueen and Edward G. Robinson", "Hanks,
 * Ryan and Tom Hanks"), starting their clause: a plural verb after them judges people, not a
 * title.
 */
const NAMES_LISTED =
  /(?:^|[.!?;:]\s+|,\s+)((?!(?:The|A|An|This|These|Those|Its|Their|Both|All)\s)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}(?:,\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})?,?\s(?:and|&)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s(?:Mc|Mac|O['’]|De|Di|Du|La|Le)?\p{Lu}\p{Ll}+,?)$/u;
/** Capitalized words that start a clause and name no one ("Everything is perfect"). */
// biome-ignore format: a word list reads best filled
const NAMES_NO_ONE = new Set([
  "Everything", "Nothing", "Something", "Anything", "All", "Some", "Much", "Most", "Each",
  "Both", "Neither", "Either", "One", "None", "Such", "Another", "Other", "Overall",
  "Everyone", "Everybody", "Nobody", "Someone", "Somebody", "Anyone", "Anybody", "Which",
  "Whoever", "Whatever", "Life", "Love",
]);

/**
 * Where the performer's name starts that a performer's word judges (JUDGED_PERFORMER_VERB),
 * or that a film is worth seeing for (WORTH_SEEING_FOR), and that judgement's sign; null when
 * none is.
 */
function judgedPerformer(masked: string, lower: string): { index: number; sign: 1 | -1 } | null {
  JUDGED_PERFORMER_VERB.lastIndex = 0;
  for (
    let verb = JUDGED_PERFORMER_VERB.exec(lower);
    verb;
    verb = JUDGED_PERFORMER_VERB.exec(lower)
  ) {
    // (A full name judged alone is as often a title, "Three Billboards is great.", but not one
    // that starts with a given name, "Tom Hanks is charming.", nor one "in top form".)
    const alone = verb[2] === undefined && !IN_FORM.test(verb[1] as string);
    const word = verb[1] as string;
    const index = performerBefore(masked, verb.index, verb[0], alone, FULL_NAME_ONLY.has(word));
    if (index !== null) return { index, sign: FAULTS.has(word) ? -1 : 1 };
  }
  // "Caine looks embarrassed", "Rooney Mara … has never been better": what only a performer
  // is said to do, judged alone.
  // (Its words looked for first by one expression: looking for them one by one took six times
  // as long as the whole expression, which takes half again as long as the words'.)
  if (PERFORMER_PREDICATE_WORDS.test(lower)) {
    PERFORMER_PREDICATE.lastIndex = 0;
    for (let said = PERFORMER_PREDICATE.exec(lower); said; said = PERFORMER_PREDICATE.exec(lower)) {
      const index = performerBefore(masked, said.index, said[0], true);
      if (index !== null) return { index, sign: said[1] === undefined ? -1 : 1 };
    }
  }
  // "worth seeing for Garbo", "worth watching for Sally Field alone" (not "for Allen's fans").
  if (lower.includes("worth")) {
    const worth = WORTH_SEEING_FOR.exec(masked);
    const name = worth?.[1];
    if (worth && name && cleanName(name) && !NAMES_NO_ONE.has(name) && !isTerm(name))
      return { index: worth.index + worth[0].length - name.length, sign: 1 };
  }
  return null;
}
/**
 * Where the performer's name starts that ends right before a verb at `at` (`verb`, the verb's
 * words): a full name, names listed before a plural verb, or a surname that opens its clause,
 * perhaps before an aside set off by commas (`afterAside`: one already passed); null when none
 * does. A full name judged `alone` (by no "in" or "as" after the word) must start with a given
 * name (givenNameOpens); with `fullOnly`, only a full name will do.
 */
function performerBefore(
  masked: string,
  at: number,
  verb: string,
  alone: boolean,
  fullOnly = false,
  afterAside = false,
): number | null {
  const from = Math.max(0, at - JUDGED_PERFORMER_REACH);
  const before = masked.slice(from, at);
  const plural = PLURAL_VERB.test(verb);
  // (Whether a capitalized word ends right before it first, read back cheaply: most verbs
  // follow none.)
  if (!capitalizedAtEnd(before))
    return afterAside ? null : beforeAside(masked, at, before, verb, alone, fullOnly);
  const full = FULL_NAME_AT_END.exec(before);
  if (full && (!alone || (!plural && givenNameOpens(before, full, from === 0))))
    return from + full.index;
  if (fullOnly) return null;
  // "McQueen and Edward G. Robinson are aces": names listed before a plural verb.
  const names = plural ? NAMES_LISTED.exec(before) : null;
  if (names) return from + names.index + names[0].length - (names[1] ?? "").length;
  const surname = SURNAME_AT_END.exec(before);
  const word = surname?.[1];
  // (The start of `before` is a clause's start only when it is the sentence's.)
  const starts = surname !== null && (from === 0 || !surname[0].startsWith(word ?? ""));
  // (A plural verb after one word is a plural noun's, "Obsessives are compelling", unless
  // the word ends a list of names: "Smith and Bateman are great".)
  const listed = !plural || /\band\s+\S+,?$/.test(before);
  if (starts && listed && word && cleanName(word) && !NAMES_NO_ONE.has(word) && !isTerm(word))
    return from + before.length - word.length - (before.endsWith(",") ? 1 : 0);
  return afterAside ? null : beforeAside(masked, at, before, verb, alone, fullOnly);
}

/** Whether the text ends in a capitalized word, perhaps with a comma after it. */
function capitalizedAtEnd(text: string): boolean {
  let i = text.endsWith(",") ? text.length - 1 : text.length;
  const end = i;
  while (i > 0 && WORD_CHARACTER.test(text[i - 1] as string)) i--;
  return i < end && UPPERCASE_START.test(text[i] as string);
}
const WORD_CHARACTER = /[\p{L}\p{M}'’-]/u;
const UPPERCASE_START = /\p{Lu}/u;

/**
 * The performer's name (performerBefore) before an aside set off by commas ("Mamie Gummer, who
 * plays Anne's youthful best friend, is wonderful", "Lauren Bacall, normally a powerful
 * presence, is miscast") or a "who" clause ("Clara Lago, who does a great job as Carol") that
 * ends at `at`. One aside: not an aside's aside, however many.
 */
function beforeAside(
  masked: string,
  at: number,
  before: string,
  verb: string,
  alone: boolean,
  fullOnly: boolean,
): number | null {
  if (before.endsWith(",")) {
    const aside = ASIDE_BEFORE.exec(masked.slice(Math.max(0, at - ASIDE_REACH), at));
    if (aside) return performerBefore(masked, at - aside[0].length, verb, alone, fullOnly, true);
  }
  if (before.endsWith(", who"))
    return performerBefore(masked, at - ", who".length, verb, alone, fullOnly, true);
  return null;
}
/** An aside set off by commas that ends right before a verb: who someone is, or what they do. */
const ASIDE_BEFORE =
  /,\s+(?:who|whom|whose|a|an|the|usually|normally|typically|always|often|once|still|looking|playing|fresh|best known)\b[^,.;:!?()"“”]{0,100},$/;
/** The most characters such an aside and its commas take. */
const ASIDE_REACH = 110;
/** A verb whose subject is plural. */
const PLURAL_VERB = /^ (?:are|were|have|look|seem)\b/;
/**
 * A job done, before how well ("Tom Hanks does a great job", "Clara Lago, who does a great job
 * as Carol"), and what it was done as (JOB_AS_WHOM): a role, not a film made ("Liman has done
 * a good job of making this old Cold War thriller seem born again", "did a good job
 * directing").
 */
const JOB_DONE =
  "(?:does|did|do|(?:has|have|had) done) (?:a|an) (?:(?:very|really|truly|pretty|quite|absolutely|fairly|reasonably|genuinely|particularly|consistently) )?";
const JOB_AS_WHOM =
  " job(?= (?:as|in (?:the|this|his|her|their|a) (?:role|part|lead)|with (?:the|his|her|their|this) (?:role|part|character|accent)|of (?:playing|portraying|being)|playing|portraying)\\b|[.,;:!)]|$)";
/**
 * What only a performer is said to do or be, judged whatever follows: group 1 praise ("has
 * never been better", "is the best thing about the film", "shines", "glows in her penultimate
 * film", "excels as the villain"; not "shines a light on"), else fault ("looks bored",
 * "seemed embarrassed to be there", "is out of his depth", "the weak link").
 */
const PERFORMER_PREDICATE = new RegExp(
  String.raw` (?:((?:has|have) (?:never|rarely|seldom) been better|(?:is|was) (?:(?:simply|easily|clearly|by far) )?the best thing (?:about|in)|(?:(?:simply|positively|really|truly|absolutely|particularly|especially|also) )?(?:shines|shone|glows|glowed|dazzles|dazzled|sparkles|sparkled|radiates)(?! (?:(?:a|the|some|new|its|his|her|their) )?(?:light|spotlight|through|down|on|upon|out)\b)|(?:excels|excelled|impresses|impressed) as|${JOB_DONE}(?:great|good|fine|terrific|excellent|wonderful|superb|brilliant|fantastic|solid|credible|admirable|commendable|competent|decent|nice|outstanding|amazing|remarkable|marvell?ous|splendid|convincing|believable|tremendous|phenomenal)${JOB_AS_WHOM})\b|${JOB_DONE}(?:bad|terrible|poor|lousy|horrible|awful|mediocre|dreadful|abysmal)${JOB_AS_WHOM}\b|(?:looks?|looked|seems?|seemed) (?:(?:so|rather|very|totally|completely|utterly|visibly|clearly|oddly|a bit|a little|positively) )?(?:bored|embarrassed|uncomfortable|out of place|ill at ease)\b|(?:is|was|are|were) (?:(?:simply|clearly|completely|utterly|totally|hopelessly) )?(?:out of (?:his|her|their) depth|the weak(?:est)? link)\b)`,
  "g",
);
/** The words one of which PERFORMER_PREDICATE needs. */
const PERFORMER_PREDICATE_WORDS =
  /been better|best thing|bored|embarrassed|uncomfortable|out of place|ill at ease|depth|weak(?:est)? link| job\b|sh(?:ines|one)|glow|dazzle|sparkle|radiates|excel|impress/;
/**
 * Whether a full name (FULL_NAME_AT_END, found in `before`) judged alone, by a singular verb,
 * names a performer: it starts with a given name and opens its clause ("Tom Hanks is
 * charming.", "…, but Molly Ringwald is appealing"), not a title ("Three Billboards is
 * great.") nor what is "of" or "by" someone ("The score of James Newton Howard is absolutely
 * great."). `whole` says whether `before` starts where the sentence does.
 */
function givenNameOpens(before: string, name: RegExpExecArray, whole: boolean): boolean {
  const opens = name.index === 0 ? whole : CLAUSE_START_BEFORE.test(before.slice(0, name.index));
  return opens && isGivenName(/^\S+/.exec(name[0])?.[0] ?? "");
}
/** The end of what comes before a word that opens a clause. */
const CLAUSE_START_BEFORE = new RegExp(String.raw`(?:${CLAUSE_OPENER}|…\s*|[.!?;:]|&\s+)$`);
/** What a film is worth seeing for: a performer named. */
const WORTH_SEEING_FOR =
  /\bworth\s+(?:seeing|watching|a look|catching|renting|the price of admission)\s+(?:(?:just|alone|only|solely|mainly|mostly|largely)\s+)?for\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’-])(?!\s+(?:fans|lovers|completists|devotees|buffs)\b)/u;
/** A performer's word that says how they are doing: "in top form", "on fine form". */
const IN_FORM = /^(?:in|on) /;
/** The most characters a full name before "is" takes: three words and an initial. */
const JUDGED_PERFORMER_REACH = 60;
/** The faulting words as a set: the sign of the word JUDGED_PERFORMER_VERB found. */
const FAULTS = new Set(PERFORMER_FAULTED_BY);

/**
 * The name right before a film made (the direction's term MADE_A_FILM, aspect-lexicon.ts):
 * "Eastwood crafts", "Jane Campion has made", "The Wayans brothers have made", after a
 * credit blanked out ("writer/director Jane Campion has made"); group 1 is the name.
 */
const MAKER_AT_END =
  /(?:^|[.!?;:,]\s+|\.\.\.|…|\]\s+|\0+\s+|\b(?:and|but|while|though|although|whereas|here|now)\s+)(?:[Dd]irector\s+|[Ff]ilmmaker\s+|[Mm]r\.\s+|[Mm]s\.\s+)?(\p{Lu}\p{Ll}+(?:[-\s](?:Mc|Mac|O['’]|De|Di|Du|La|Le)?\p{Lu}\p{Ll}+){0,2}|the\s+\p{Lu}\p{Ll}+\s+brothers|the\s+Coens)\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/u;
/** Capitalized makers of films that are no director: studios, the industry, pronouns. */
// biome-ignore format: a word list reads best filled
const NOT_MAKERS = new Set([
  "What", "Who", "It", "This", "That", "He", "She", "They", "We", "You", "There", "Here",
  "The", "Nobody", "Pixar", "Disney", "DreamWorks", "Dreamworks", "Marvel", "Hollywood",
  "Netflix", "Universal", "Warner", "Fox", "Miramax", "Lionsgate", "Amazon", "Ghibli",
  "Aardman", "Illumination", "Paramount", "Sony", "Bollywood",
]);

/** Whether a name that can make a film comes right before `at` (MAKER_AT_END). */
function makerBefore(masked: string, at: number): boolean {
  const maker = MAKER_AT_END.exec(masked.slice(Math.max(0, at - MAKER_REACH), at));
  const name = maker?.[1];
  return (
    name !== undefined &&
    !NOT_MAKERS.has(name) &&
    !(name.endsWith("ly") && !name.includes(" ")) &&
    // (A word of NAMES_NO_ONE opening the name: "Everything", "Both Coens".)
    !NAMES_NO_ONE.has(name.split(/\s/)[0] as string) &&
    !isTerm(name)
  );
}
/**
 * Whether the direction's term at `at` is only a film made (MADE_A_FILM, not another of its
 * terms), which needs its maker named.
 */
function onlyFilmMadeAt(lower: string, at: number): boolean {
  MADE_A_FILM_AT.lastIndex = at;
  if (!MADE_A_FILM_AT.test(lower)) return false;
  DIRECTION_TERMS_AT.lastIndex = at;
  return !DIRECTION_TERMS_AT.test(lower);
}
/** The most characters a maker's name and what comes before it take. */
const MAKER_REACH = 50;

/**
 * The passages a sentence quotes of three words or more, as [start, end) pairs, when words of
 * the sentence's own stand outside them. Read in one pass: a mark that opens (quoteMarkRole)
 * opens a quote, and one that closes closes the latest one of its kind (double or single)
 * opened within QUOTE_REACH characters; an apostrophe ("don't", "'em") closes nothing it cannot.
 */
function quotedPassages(sentence: string): {
  passages: Array<[number, number]>;
  /** Where a word or two are set in quotes ("funny", 'good'), whatever stands outside them. */
  scare: Array<[number, number]>;
} {
  const found: Array<[number, number]> = [];
  const scare: Array<[number, number]> = [];
  // Where the latest quote of each kind opened (−1: none).
  const opened = { double: -1, single: -1 };
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(sentence); mark; mark = QUOTE_MARK.exec(sentence)) {
    const at = mark.index;
    const kind = QUOTE_KIND[mark[0]] as "double" | "single";
    const role = quoteMarkRole(sentence, at);
    if (role === "opens") opened[kind] = at;
    else if (role === "closes") {
      const from = opened[kind];
      if (from < 0 || at - from > QUOTE_REACH) continue;
      opened[kind] = -1;
      const words = wordCount(sentence.slice(from + 1, at));
      if (words >= 3) found.push([from, at + 1]);
      else if (words > 0) scare.push([from, at + 1]);
    }
  }
  if (found.length === 0) return { passages: found, scare };
  // (A sentence that is all quote, "'Jack Black is back on track.'", is the critic's own.)
  let outside = "";
  let from = 0;
  for (const [start, end] of found) {
    outside += `${sentence.slice(from, start)} `;
    from = end;
  }
  outside += sentence.slice(from);
  return { passages: wordCount(outside.replace(/\0+/g, " ")) >= 3 ? found : [], scare };
}
/** The most characters a quoted passage takes. */
const QUOTE_REACH = 300;
const QUOTE_MARK = /["“”'‘’]/g;
const QUOTE_KIND: Record<string, "double" | "single"> = {
  '"': "double",
  "“": "double",
  "”": "double",
  "'": "single",
  "‘": "single",
  "’": "single",
};

/** Whether a word is itself one of an aspect's terms ("Cinematography is superb"). */
const isTerm = (word: string) => termHits(word.toLowerCase()).length > 0;

/**
 * Job titles that only credit someone ("writer-director Jane Doe", "from director Jane
 * Doe", "directed by her husband"): they say who made the film, not how well, and are no
 * aspect of it. Blanked out before the terms are looked for, unless an adverb judges how
 * (JUDGED_HOW). (The case-insensitive flag lets \p{Lu} match any letter: whoever follows.)
 */
const CREDIT =
  /\b(?:(?:actor|actress|star|producer)(?:[-/](?:producer|director|writer|co-writer|star|actor|actress)){1,4}|(?:(?:co-)?writer[-/ ]?(?:and[- ])?director|director[-/ ]?(?:and[- ])?(?:co-)?writer)(?:[-/](?:star|producer|actor|actress|editor|composer)){0,4}|(?:from|by)\s+(?:the\s+)?(?:(?:veteran|acclaimed|celebrated|legendary|renowned|famed|first-time|young|cult|indie|maverick|[a-z]+(?:ish|ese|ian|can|ean|ch))\s+)?(?:director|filmmaker|screenwriter|writer|auteur|helmer)|(?:written|directed|co-written|co-directed)(?:\s+and\s+(?:written|directed|produced))?\s+by)(?=\s+\p{Lu})/giu;

/**
 * A credit as a name's aside ("Mr. Almodovar, who wrote as well as directed, does not quite
 * bring the events together", "Curtis Hanson, who directed, manages to make it work"): it says
 * who made the film; what comes after it says how well. Not "who directed it with great care",
 * which says so itself.
 */
const WHO_DIRECTED =
  /who\s+(?:(?:also|both)\s+)?(?:(?:(?:co-)?wrote|produced|starred|stars|writes|edited)\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?)?(?:co-)?direct(?:ed|s)(?:\s+(?:and|as\s+well\s+as)\s+(?:co-)?(?:wrote|writes|produced|starred|stars|edited))?(?:\s+(?:it|the\s+film|the\s+movie|this\s+film|this\s+movie))?(?:\s+(?:here|too|as\s+well))?(?=\s*[,;)—–-])/uy;

/**
 * A clause that names who guided the film ("Under the guidance of director Jon Favreau", "under
 * the steady hand of Ang Lee"); group 1 is an indefinite article ("under the guidance of a
 * smart director": someone it might have had).
 */
const GUIDED_BY =
  /^\W*(?:(?:and|but|yet|when|while)\s+)?under\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+)?(?:guidance|direction|helm|hand|eye|stewardship|baton|tutelage)\s+of\s+(an?\s)?/i;

/** The longest clause GUIDED_BY is looked for in, in characters (ten words and more). */
const GUIDED_CHARS = 120;

/** Right before a credit aside: the name it follows ("Mr. Almodovar, ", "Coppola -- "). */
const NAME_BEFORE_ASIDE = /\p{Lu}[\p{L}'’.-]*,?\s+(?:[-–—]+\s+)?$/u;

/** Where the credit aside (WHO_DIRECTED) that holds `at` starts and ends, or null. */
function creditAsideAt(masked: string, at: number): { start: number; end: number } | null {
  // (Looked for in the few characters before the term: not back to the start for each term.)
  const near = Math.max(0, at - 60);
  const found = masked.slice(near, at).lastIndexOf("who ");
  if (found < 0) return null;
  const from = near + found;
  if (!NAME_BEFORE_ASIDE.test(masked.slice(Math.max(0, from - 40), from))) return null;
  WHO_DIRECTED.lastIndex = from;
  const aside = WHO_DIRECTED.exec(masked);
  return aside !== null && at < from + aside[0].length
    ? { start: from, end: from + aside[0].length }
    : null;
}

/** "a John Singleton-directed sequel": a credit joined to its name. */
const NAME_CREDITED = /(?<=\p{Lu}[\p{L}'’.]*)-(?:directed|written|co-written|co-directed)\b/gu;

/** "a Clint Eastwood directed sports flick": a credit after its name, as one adjective. */
const NAME_THEN_CREDIT =
  /\b(?:directed|written)(?<=\b(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}'’.]*\s+){1,3}\w+)(?=\s+\p{Ll})/gu;

/**
 * An adverb right before a credit's verb makes it a judgement ("masterfully directed by the
 * Coen Brothers", "sluggishly directed by", "well-directed by"), not a credit; not the adverbs
 * that only say when or whether ("originally written by").
 */
const JUDGED_HOW = new RegExp(
  String.raw`(?:\b(?!(?:${NOT_HOW_ADVERBS})\b)[a-z]{3,}ly|\bwell)[-\s]+$`,
  "i",
);

/** A clause that says whom an actor plays. */
const ROLE_DESCRIBED =
  /\b(?:plays?|played|playing|portrays?|portrayed|as)\s+(?:a|an|the|her|his|their)\b|\bplayed by\b/i;

/** A cheap test before CREDIT: only sentences with these letters can hold a credit. */
const MAY_CREDIT = /writ|direct|filmmaker|actor|actress|star|producer|auteur|helmer/i;

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

/** A first clause that concedes what the rest of the sentence outweighs. */
const LEADING_CONCESSION = /^\W*(?:while|although|though|whereas|even though|even if)\b/i;

/**
 * "despite its", "in spite of some", "even with a", "except for the", "if it wasn't for the",
 * "were it not for the", right before a term (two words between at most): conceded, an
 * exception to the rest of the sentence. Eight words at most after "were it not for the fact
 * that" and its like ("… were it not for the fact that it falls victim to a worn storyline");
 * not after "despite the fact that", as often the rest's reason as its exception. (Not "aside
 * from" or "apart from": as often "besides" as "except": "aside from the comic timing of Bill
 * Murray".)
 */
const BUT_FOR = "if (?:it )?(?:was|were|had)(?:n't| not)(?: been)? for|if not for|were it not for";
const CONCESSION_WORDS = `despite|in spite of|notwithstanding|even with|except for|save for|${BUT_FOR}`;
const CONCEDED = new RegExp(
  String.raw`\b(?:(?:${CONCESSION_WORDS})\s+(?:(?:its|the|a|an|his|her|their|some|all|any)\s+)?(?:[\p{L}'-]+\s+){0,2}|(?:${BUT_FOR})\s+the\s+fact\s+that\s+(?:[\p{L}'-]+\s+){0,8})$`,
  "u",
);
/** After a term "never" comes right before: "… so smartly", "… more vividly" (not "so funny as"). */
const NEVER_SO_AFTER = /^[a-z'-]+\s+(?:so|more)\s+[a-z'-]+\b(?!\s+as\b)/;

/** The words that open a concession (CONCEDED's), anywhere before a term in its clause. */
const CONCESSION_OPENS = new RegExp(String.raw`\b(?:${CONCESSION_WORDS})\b`);

/**
 * Right after a term (within 80 characters of it): what the film lacks ("flair and agreeable
 * humor, qualities this one sorely lacks"; "the wit that the film is missing").
 */
const LACKED_AFTER =
  /\b(?:qualities|something|things|elements|that|which)\s+(?:this|the)\s+(?:one|film|movie|sequel|picture|remake)\s+(?:[a-z]+ly\s+)?(?:lacks|is missing|is lacking|misses)\b/;

/**
 * After a term, in its clause: it is missing ("Good acting is sorely missing here", "the belly
 * laughs of the first are noticeably absent", "genuine scares are few and far between", "the
 * humor is in short supply"); not what other films lack ("missing from most films", "virtually
 * nonexistent at the local multiplex"), nor what is "not missing". Bounded: 60 characters
 * before the verb, no clause opening between.
 */
const MISSING_AFTER =
  /^(?:(?!\b(?:where|when|while|whose|because|since|although|though|if|but|that|which|who)\b)[^,;:.!?]){0,60}?\b(?:is|are|was|were|seems?|seemed|remains?|remained|(?:has|have|had)\s+(?:been|gone))\s+(?:(?:all|sorely|conspicuously|woefully|largely|mostly|almost|utterly|completely|totally|entirely|noticeably|notably|sadly|glaringly|strangely|curiously|oddly|virtually|also|still|just|simply|somehow|often|painfully|pretty much)\s+){0,2}(missing(?!\s+(?:the\s+)?(?:point|out)\b)|absent|lacking|scarce|nowhere to be (?:found|seen)|in (?:short|scant) supply|few and far between|thin on the ground|non-?existent|awol|hard to come by|conspicuous by (?:its|their) absence)\b(?![^,;:.!?]{0,30}\b(?:most|many|other|today['’]?s?|local|average|typical|modern|mainstream|these days)\b)/;

/** The nouns a complaint is named by (FAULT_NAMED_BEFORE; a literal test first). */
const FAULT_NOUNS = [
  "complaint",
  "gripe",
  "quibble",
  "flaw",
  "criticism",
  "shortcoming",
  "drawback",
  "weakness",
  "failing",
  "downside",
];

/**
 * Before a term, in its sentence: the critic's complaint names it ("My only complaint is the
 * music", "My one quibble is the ending", "Two flaws: prosaic story-telling and political
 * naivete", "its weaknesses lie in the editing and the music"), up to a contrast ("… is the
 * length, but the acting is superb" names the length alone). Not what is denied ("no
 * complaints about the acting", "my complaint isn't the acting"), nor a character's flaws.
 */
const FAULT_NAMED_BEFORE = new RegExp(
  String.raw`(?<!\b(?:no|not|any|few|without|zero|never)\s+(?:[\w'’-]+\s+)?|(?:hero|heroine|character|protagonist|villain|man|woman|father|mother|he|she|they)['’]s?\s+(?:[\w'’-]+\s+)?)\b(?:${FAULT_NOUNS.join("|")})(?:e?s)?\b` +
    // (… of the film, with the picture, about this movie …)
    String.raw`(?:\s+(?:of|with|about|in|against)\s+(?!(?:the|his|her|their)\s+(?:characters?|hero|heroine|protagonist)\b)[^.;!?:]{1,40}?)?` +
    // … is, are, lies in, comes from — then what it names (not "are offset by", "are minor") …
    String.raw`(?:\s+(?:is|are|was|were|lies?|lay|remains?|would\s+be|has\s+to\s+be|must\s+be|(?:comes?|came|stems?|stemmed)\s+from)\s+(?:(?:in|with|that|probably|perhaps|definitely|simply|just|really|mostly|mainly|largely|certainly|obviously|clearly)\s+)*(?=(?:the|a|an|its|it['’]s|this|that|these|those|his|her|their|my|our|your|some|one|two|three|both|all|too|how|what|lack|[a-z'’-]+['’]s)\b)|\s*:\s*|\s*[-–—]+\s*)` +
    // … up to the term, not past a contrast, a reason, a relative or a new clause's subject.
    String.raw`(?:(?!\b(?:but|though|although|however|while|whereas|yet|except|especially|since|because|which|who|whom|whose|when|where)\b|,\s+and\s+(?:it|this|that|there|i|you|we|he|she|they)\b)[^.;!?])*$`,
);

/** FAULT_NAMED_BEFORE, looked for only where one of its nouns is (most sentences have none). */
const faultNamedBefore = (before: string) =>
  includesAny(before, FAULT_NOUNS) && FAULT_NAMED_BEFORE.test(before);

/** The words MISSING_AFTER needs one of (a literal test first: most clauses have none). */
const MISSING_WORDS = [
  "missing",
  "absen",
  "lacking",
  "scarce",
  "nowhere",
  "supply",
  "far between",
  "thin on",
  "existent",
  "awol",
  "come by",
];

/**
 * Whether the term at `at` is said to be missing (MISSING_AFTER), in the critic's words: not in
 * a title ("of Bunny Lake Is Missing fame"), whose words are capitalized.
 */
function missingAfter(lower: string, cased: string, at: number, clauseEnd: number): boolean {
  const after = lower.slice(at, Math.min(clauseEnd, at + 160));
  if (!includesAny(after, MISSING_WORDS)) return false;
  const missing = MISSING_AFTER.exec(after);
  if (missing === null) return false;
  const word = at + missing[0].length - (missing[1] as string).length;
  return !/\p{Lu}/u.test(cased.charAt(word));
}

/**
 * After a term in its clause: what is struggling to get out of the film is not in it ("a
 * poignant and personal story is struggling to get out"; "a fun movie in there dying to come
 * out").
 */
const TRYING_TO_GET_OUT =
  /\b(?:struggling|trying|waiting|dying|begging|fighting|itching|desperate) to (?:get|break|burst|claw|escape|come|emerge|bust)(?: its way)? out\b/;

/**
 * Around a term: what the film might have had, and has not ("ruined any pacing the movie may
 * have had", "removes whatever drama the story might have had"): ANY_OF before the term,
 * MIGHT_HAVE_HAD from it on.
 */
const ANY_OF = /\b(?:any|whatever)\s+(?:[\w'’-]+\s+){0,3}$/;
const MIGHT_HAVE_HAD =
  /^[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:might|may|could)\s+(?:(?:ever|once|otherwise|still)\s+)?have\s+(?:had|possessed|held)\b/;

/**
 * The clause after a term's: praise it says there is too little of ("It is occasionally
 * witty, but not very often"; "some funny moments, but not enough of them").
 */
const TOO_SELDOM =
  /^(?:but|though|although|yet)\s+(?:not|never)\s+(?:(?:very|nearly|quite|that|so|too)\s+)?(?:often|enough|frequently)\b(?:\s+of\s+(?:them|it|those|these))?\W*$/i;

/**
 * What a film would be in other hands than its makers': the hands, and what they would have
 * made of it ("In the wrong hands, this film could have been grating melodrama").
 */
const OTHER_HANDS =
  /\bin (?:lesser|other|less(?:er)? capable|less skilled|weaker|clumsier|the wrong) hands\b/i;
const OTHER_HANDS_WOULD =
  /\b(?:would|could|might)(?: have|['’]ve)? (?:been|become|turned into|ended up|be|make|made)\b/i;
const inOtherHands = (text: string) => OTHER_HANDS.test(text) && OTHER_HANDS_WOULD.test(text);

/** A question that asks where something went: what it names is missed. */
const ABSENCE_QUESTION =
  /^\W*(?:where(?:'s| is| are| was| were| has| have)|what(?:ever)? happened to)\b/i;

/**
 * A sentence that wishes for what the film lacks: what it names with praise is missed ("In
 * the hands of a skilled director, this could have been a thriller"; "a great film in more
 * sure hands"; "If only the script were as sharp as the acting"; "With a funnier script, it
 * might have worked"; "Anyone looking for strong characters will find it lacking"), or says
 * what a film needs ("… but strong writing is crucial to making them shine"; "more focus and
 * a touch more sharpness are needed to make it come alive"). Not "would have been lauded":
 * what others once said of it.
 */
const WISH =
  /\b(?:could|might|should)(?<!\b(?:what|whatever|you)\s{1,3}\w+)(?: ha|['’])ve (?:been|worked|used|done|had|made|benefited|fared|proved|proven)\b|\bwould(?: ha|['’])ve (?:worked|fared better|been (?:better|more|much|far|even|a lot))\b|\b(?:is|are|was|were) (?:(?:so|absolutely|badly|sorely|desperately|still|also|really|truly) )?(?:crucial|essential|necessary|needed|required|vital|indispensable) (?:to|for|if|in)\b/i;
const LOOKING_FOR = /\blooking for\b/i;
const NOT_FOUND = /\b(?:lacking|elsewhere|disappointed)\b/i;

/** Where a sentence wishes (see WISH), or -1. */
function wishAt(sentence: string): number {
  // (A sentence that opens on its wish wishes there: "If the story had been tighter, the film
  // would have worked" wishes for the story, not for what "would have worked".)
  const wish = IF_WISH.exec(sentence) ?? WISH.exec(sentence);
  if (wish) return wish.index;
  // Two scans, not one expression with ".*" between: linear however often the words repeat.
  const looking = LOOKING_FOR.exec(sentence);
  return looking !== null && NOT_FOUND.test(sentence.slice(looking.index)) ? looking.index : -1;
}

/** Comparatives a wish asks for: "a tighter plot", "more inventive storytelling". */
const COMPARATIVES =
  "more|better|tighter|sharper|stronger|funnier|smarter|clearer|deeper|shorter|richer|bolder|wittier|subtler|steadier|surer|defter|firmer|leaner|livelier";
/** A comparative right before a term, or a word before it: "a tighter plot", "more inventive storytelling". */
const COMPARATIVE_BEFORE = new RegExp(String.raw`\b(?:${COMPARATIVES})\s+(?:[\p{L}-]+\s+)?$`, "u");
/**
 * Before a term: what the film needs more of or better ("Hoffman's performance needs tougher,
 * more focused direction", "could use sharper editing"): it is wished for, so it is missed.
 */
const NEEDED_BEFORE = new RegExp(
  String.raw`\b(?:needs?|needed|could use|could have used|calls? for|called for|cries out for|cried out for|in need of)\s+(?:(?:a|an|some|much|far|a lot|a bit|a little|lots of|a much)\s+)*(?:[\p{L}-]+,?\s+(?:and\s+)?)?(?:${COMPARATIVES}|less|tougher|faster|quicker|brisker)\s+(?:[\p{L}-]+\s+)?$`,
  "u",
);
/** What a wish would have taken, named after it: "could have been a classic with some judicious editing". */
const WISHED_WITH = /\bwith\s+(?:some|a|an|a bit of|a little|a few)\s+(?:[\p{L}-]+\s+)?$/u;
/**
 * "If only …" (not the title "If Only Angels Have Wings"), or a sentence that opens on what
 * would have made the film better: "If the script had been as good as the cast, this would
 * have been a classic", "Now if the payoff was half as good as the build up was I would have
 * rated this higher" (the standard it is compared with, "as good as the cast", is praised).
 */
const IF_WISH = new RegExp(
  String.raw`^\W*(?:[Ii]f only\b|(?:(?:[Nn]ow|[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Hh]onestly),?\s+)?[Ii]f\s+(?:the|its|his|her|their|this|that)\s+[^,;.!?]{1,50}?\s(?:had been|had|were|was)\s+(?:(?:only|even|just|half|twice|a bit|a little)\s+)?(?:as|any|less|worse|${COMPARATIVES})\b(?=[^.;!?]{0,150}\bwould(?:n['’]t|\s+not)?(?:\s+have|['’]ve)\b))`,
);

/** A clause that leads up to a wish: "With a tighter script, …", "In the hands of …, …", "If only …". */
const WISH_LEAD = /^\W*(?:with|in the hands|in more|if only|had)\b/i;

/**
 * What would have made a better film, named before the wish: "with a good script and director
 * it could have been a seriously creepy flick", "Given better direction and editing, this would
 * have been a classic", "with real actors this movie could have been a cult movie". Every term
 * between "with" and the wish is wished for, so missed. Only a wish for what was not ("could
 * have been"): "With a good script, great acting and fine direction, this could be a classic"
 * has what it names.
 */
const WITH_WISH = new RegExp(
  String.raw`\b(?:[Ww]ith|[Gg]iven)\s+(?:(?:a|an|some|more|much|a bit more|a little more)\s+)?(?:${COMPARATIVES}|good|decent|real|competent|proper|capable|skilled|talented|different)\s[^.;:!?]{1,80}?\b(?:could|would|might)(?:\s+(?:easily|well|actually|still|also))?(?:\s+have|['’]ve)\s+(?:been|become|made|worked|turned)\b(?!\s+(?:hard|difficult|impossible|easy)\b)`,
);

/** "… as sharp as the acting": the standard a wish compares with is praised, not wished for. */
const WISH_STANDARD = /\bas\s+[\p{L}-]+\s+as\s+(?:(?:the|its|his|her|their)\s+)?$/u;

/** "what (ever) happened to the script": missed, asked after or not. */
const WHAT_HAPPENED_TO =
  /\bwhat (?:ever )?happened to (?:all )?(?:the|its|his|her|their)\s+(?:[a-z'-]+\s+)?$/;

/** The most a question's judgement counts for: below what a film page quotes (1). */
const QUESTION_STRENGTH = 0.5;

/**
 * "not the music", "no score", "not containing the wit": the aspect is named only to be set
 * aside (not "even without the musical numbers, it is a compelling story": supposed away).
 */
const SET_ASIDE =
  /\b(?:not|no|nor|never|rather than|instead of|(?<!\beven\s)without)\s+(?:(?:having|containing|possessing|showing|offering)\s+)?(?:(?:the|its|a|an|any|much|enough|real)\s+)?$/i;

/**
 * Before a term in its clause: other films, and what they have ("previews of other movies that
 * all look good", "I just watched another film that happened to have outstanding music", "most
 * films that use video games as source material"); not "yet another movie that takes …", this
 * one, nor what it is compared with ("so many other pictures that I gave up", "in comparison to
 * other movies that …", "I have never viewed another film with so many plot holes").
 */
const OTHER_FILMS =
  /\b(?:(?<!\b(?:so|too|as|from|to)\s+(?:many\s+)?)(?:other|previous|earlier|most|many)\s+(?:films|movies|pictures)|(?<!(?:\bnever|\bnot|n't)\s+(?:\w+\s+)?)(?:watch(?:ed|ing)?|see|seen|saw|view(?:ed)?|make|made|making)\s+another\s+(?:film|movie|picture))\s+(?:that|which|with|whose)\b[^,.;:!?]*$/;
/**
 * Right after a term: the other films it belongs to ("a stylistic spoof of the cinematography
 * of the Batman films", "the director of the 'Ernest' films"), not this one's (not a term that
 * faults itself: "bogged down in the cliches of the countless boxing films of the past").
 */
// (Words of 40 letters at most: "actor-producer-actor-producer-…" read whole from each of its
// terms had made a hostile text's cost its square.)
const OF_OTHER_FILMS_AT =
  /[a-z'’-]{1,40}(?: (?:effects|design|work|direction|score))? of (?:the|those|these|earlier|previous|other|older|his|her|their) (?:[a-z'’-]{1,40} ){0,2}(?:films|movies|pictures)\b/y;
/** What other films are faulted for, and this one shares ("the cliches of the countless boxing films"). */
const SHARED_FAULT_AT = /(?:clich|formulas?\b|tropes\b|conventions\b)/y;
/** … unless this one lacks it or has it too ("lacks the clear characterizations of previous Hitchcock films"). */
const LACKED_BEFORE =
  /\b(?:lacks?|lacking|little|none|without|missing|devoid|shares?|borrows?|echoes)\b[^,;:]*$/;
/**
 * A sentence that opens by likening the film to something ("Like a good song that makes you
 * think it sounds familiar, …, this girl meets boy story …", "Like a well-crafted novel,
 * Broken Embraces takes its time"): the terms of its first clause, before the film is named,
 * are the likeness's, not the film's. (Not "Like the gags, many of the cameos …": the film's
 * own.)
 */
const LIKENED = /^\W*like an?\s/;
const FILM_NAMED = /\b(?:(?:this|the) (?:film|movie|picture)|it)\b/;
/**
 * Right before a term: the other films a film is compared with ("Superior to the majority of
 * the yawn-inducing suspensers out there", "unlike most of the bloated blockbusters of late",
 * "better than most of the dull thrillers"): the term is theirs, not this film's.
 */
const MOST_OTHERS_BEFORE =
  /\b(?:(?<!\b(?:other|rather)\s+)than|(?:superior|inferior|compared|similar)\s+to|unlike)\s+(?:(?:most|many(?!\s+a\b)|the majority|so many|plenty|lots|a lot|dozens|hundreds)\s+(?:of\s+)?(?:(?:the|those|these|its|today['’]s|recent|other)\s+)?|(?:the|those|these)\s+(?:usual|countless|myriad)\s+)(?:(?!(?:and|or|but|the|this|its|his|her|their|an?)\b)[\w'’-]+\s+)?$/;
/**
 * What others say of the film, before a term in its clause: "Some people complain about the
 * length of the film", "A lot of people say that the music is forgettable", "Some reviewers
 * have said the acting is poor". Their judgement, not the critic's (not "as other reviewers
 * have said, it's beautifully photographed", which agrees, nor "contrary to what people think").
 */
const OTHERS_SAY =
  /(?<!\b(?:as|than|what)\s+)\b(?:some|many|most|other|a lot of|lots of|several|certain)\s+(?:people|critics|viewers|reviewers|users|commenters|folks|naysayers|nay-sayers|detractors|posters)\s+(?:(?:here|on here|on this site)\s+)?(?:(?:have|had|may|might|will|seem to|seemed to)\s+)?(?:say|said|says|claim|claimed|claims|complain|complained|call|called|think|thought|felt|feel|criticized|criticised|accused|slammed|panned)\b/;
/** What a sentence that OTHERS_SAY can be in holds one of (includesAny: most sentences name no others). */
const OTHERS_LITERALS = [
  "people",
  "critic",
  "viewer",
  "review",
  "comment",
  "sayer",
  "detractor",
  "users",
  "folks",
  "posters",
];

/**
 * … and the kind of film it is compared with, named: "way more innovative than the formulaic
 * romantic comedies that trek through the multiplex", "fresher than the formulaic comedies
 * Hollywood churns out": a term between "than the" and the films' kind is theirs.
 */
const THAN_THE_BEFORE =
  /\b(?:(?<!\b(?:other|rather)\s+)than|(?:superior|inferior|compared|similar)\s+to|unlike)\s+(?:the|those|these|all\s+the|your)\s+(?:[\w'’-]+\s+)?$/;
const KIND_AFTER =
  /^[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:comedies|films|movies|thrillers|dramas|romances|rom-coms|sequels|remakes|blockbusters|pictures|flicks|westerns|biopics|musicals|melodramas|tearjerkers|weepies|horror films|action films|cartoons|fare)\b/;
const comparedKindAt = (lower: string, at: number) =>
  THAN_THE_BEFORE.test(lower.slice(Math.max(0, at - 60), at)) &&
  KIND_AFTER.test(lower.slice(at, at + 60));

/**
 * What a sentence MOST_OTHERS_BEFORE can be in holds one of: one that compares (includesAny,
 * not an expression: the test runs on every sentence with a term).
 */
const COMPARES_LITERALS = ["than", "unlike", "ior to", "ared to", "ilar to"];
/** What a sentence that EXPECTS can be in holds one of (includesAny). */
const EXPECTS_LITERALS = [
  "thought",
  "think",
  "expect",
  "fear",
  "assum",
  "figured",
  "anticipat",
  "imagined",
  "afraid",
  "worried",
  "sure",
  "convinced",
];

/** How far before a term OTHER_FILMS looks, in characters. */
const OTHER_FILMS_REACH = 200;
const OTHER_FILMS_WORDS = /\b(?:film|movie|picture)s? (?:that|which|with|whose)\b/;

/**
 * "This isn't to say that the script … was bad", "That's not to say the acting was perfect":
 * what follows is said only to be denied, so it judges the aspect neither way (up to four
 * words between). Not "it's not that the laughs aren't there, it's just that they're
 * telegraphed", whose aspect the rest of the sentence judges, nor "Not that the writers
 * helped him out any", which complains.
 */
const DENIED_SAYING = /(?:\bnot|n't)\s+to\s+say\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u;

/**
 * What the critic expected, before seeing the film: "I thought it would be boring, but …",
 * "I feared the jokes would be lame", "I expected the pacing to be slow", "You'd think it
 * would be a slog". What it foresees judges nothing, as the rest of a review as often proves
 * it wrong ("… how wrong I was"): not sure is better than a complaint the critic took back.
 * Not an opinion ("I thought the acting was great"), nor what was expected more or better of
 * ("I expected better acting", "I expected the script to be better": complaints), nor an
 * expectation met ("… and it was", "I was right", "sure enough", "I wasn't disappointed"). EXPECTS: the opener;
 * FORESEEN: from it to the term, past its verb ("would be a boring"); FORESEEN_SUBJECT: the
 * opener right before the term's phrase, the verb after it ("the pacing to be slow").
 */
const EXPECTS =
  /\b(?:(?:i|we)\s+(?:had\s+)?(?:(?:really|honestly|actually|initially|originally|first|half|fully|just)\s+)?(?:thought|expected|feared|assumed|figured|anticipated|imagined|was\s+(?:afraid|expecting|worried|sure|convinced)|were\s+(?:afraid|expecting|worried|sure))|you['’]d\s+(?:think|expect)|you\s+(?:would|might)\s+(?:think|expect))\s+(?:that\s+)?/g;
const FORESEEN =
  /^(?:[\w'’-]+\s+){0,4}?(?:(?:would|was\s+going\s+to|were\s+going\s+to|might|will)\s+(?:be|get|turn\s+out|feel|seem)|to\s+be)\b[^;:!?]*$/;
const FORESEEN_SUBJECT = /^(?:[\w'’-]+\s+){0,3}$/;
const FORESEEN_VERB =
  /^[\w'’-]*\s+(?:[\w'’-]+\s+){0,2}?(?:(?:would|was\s+going\s+to|were\s+going\s+to|might|will)\s+(?:be|get|turn\s+out|feel|seem)|to\s+be)\b/;
/**
 * What is expected can be a thing, not only what it will be: "I was expecting a confusing,
 * sometimes boring movie", "I anticipated a mediocre film" (the term in the phrase it heads).
 */
const EXPECTS_AN_OBJECT = /expect|anticipat/;
const FORESEEN_OBJECT =
  /^(?:a|an|the|some)\s+(?:(?!(?:but|yet|though|although|however|while|because|since|when|which|that|who|and\s+(?:it|the|this|i|we))\b)[\w'’-]+,?\s+){0,6}$/;
/** Expected more, or better (a complaint), or met. */
const EXPECTED_MORE = /\b(?:better|more)\b/;
const EXPECTATION_MET =
  /\b(?:and|which)\s+(?:it|they|he|she|i)\s+(?:was|were|is|are|did|does|do)\s*(?:[.!,;]|$)|\bsure enough\b|\b(?:i\s+was|i['’]m|i\s+am)\s+(?:right|correct)\b|\bjust\s+as\s+(?:i|we)\s+(?:thought|expected|feared)\b|\b(?:was|were)(?:n['’]t|\s+not)\s+disappointed\b|\b(?:did\s+not|didn['’]t)\s+disappoint\b/;

/** The last opener of an expectation (EXPECTS) in a text, or null. */
function lastOpener(text: string): RegExpExecArray | null {
  EXPECTS.lastIndex = 0;
  let opener: RegExpExecArray | null = null;
  for (let m = EXPECTS.exec(text); m !== null; m = EXPECTS.exec(text)) opener = m;
  return opener;
}
/** How far back from a term a thing expected (FORESEEN_OBJECT) is read, in characters. */
const OBJECT_REACH = 100;
/** How far after a term an expectation met (EXPECTATION_MET) is looked for, in characters. */
const MET_REACH = 200;
/**
 * Whether the term at `at` is in what the critic expected (EXPECTS): in the clause text
 * before it (`before`, which ends at the term; up to OTHER_FILMS_REACH characters) and the
 * sentence after it (MET_REACH characters).
 */
function foreseenAt(lower: string, before: string, at: number): boolean {
  let opener = lastOpener(before);
  let between = opener === null ? "" : before.slice(opener.index + opener[0].length);
  let foreseen =
    opener !== null &&
    (FORESEEN.test(between) ||
      (FORESEEN_SUBJECT.test(between) && FORESEEN_VERB.test(lower.slice(at, at + 60))));
  // (A thing expected is a phrase, its adjectives perhaps split by commas into clauses of
  // their own: read back from the term over the sentence, OBJECT_REACH characters at most.)
  if (!foreseen) {
    const wider = lower.slice(Math.max(0, at - OBJECT_REACH), at);
    opener = lastOpener(wider);
    if (opener === null || !EXPECTS_AN_OBJECT.test(opener[0])) return false;
    between = wider.slice(opener.index + opener[0].length);
    foreseen = FORESEEN_OBJECT.test(between);
  }
  if (!foreseen || opener === null) return false;
  const from = at - between.length;
  const rest = lower.slice(from, at + 100);
  // (A bounded reach: read to the sentence's end, a long one was read once per term.)
  return !EXPECTED_MORE.test(rest) && !EXPECTATION_MET.test(lower.slice(at, at + MET_REACH));
}

/**
 * A list that opens with what is missing, up to a term: "without subtlety, effective humor,
 * or", "without the superficial gloss, the charm or", "without much snap, crackle or"; not
 * past what it has instead ("no winks at the audience, just a fresh, sweet story"), nor a
 * concession ("no matter how dumb or silly it is, the cast is great"). Each item
 * is at most 40 characters (a linear scan of a bounded slice).
 */
const LIST_ASIDE =
  /\b(?:no(?!\s+(?:matter|doubt|wonder)\b)|without|lacks?|lacking|devoid of)\s+(?:(?!(?:just|but|only|instead|rather|yet)\b)[^,.;:!?]{1,40},\s+)+(?:(?:or|nor)\s+)?(?:(?:even|any|a|an|the)\s+)*(?:[\w'-]+\s+){0,2}$/;
/** The rest of such a list after a term, up to its "or": "…, credible characters or even a whiff". */
const LIST_GOES_ON = /^[^.;:!?]{0,60}?\b(?:or|nor)\b/;

/**
 * Whether the term at `at` is an item of a list of what is missing (LIST_ASIDE), one with an
 * "or" (before the term or after it): not "no plot, great acting", two claims.
 */
function listedAside(lower: string, at: number): boolean {
  // (The list's commas are in the slice before the term: looked for there, not in the whole
  // sentence, which a sentence of many terms and no comma would read once per term.)
  const before = lower.slice(Math.max(0, at - 90), at);
  if (!before.includes(",")) return false;
  const list = LIST_ASIDE.exec(before);
  return (
    list !== null && (/\b(?:or|nor)\b/.test(list[0]) || LIST_GOES_ON.test(lower.slice(at, at + 80)))
  );
}

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
  titles: readonly string[] = [],
  /** How the critic's own word leans a clause the model alone reads (verdictLean). */
  stance = 0,
): SentenceAspect[] {
  const unmasked = maskParentheses(sentence);
  let masked = maskTitles(unmasked, titles);
  if (MAY_CREDIT.test(masked)) {
    masked = masked.replace(CREDIT, (credit, at: number, text: string) =>
      JUDGED_HOW.test(text.slice(Math.max(0, at - 24), at)) ? credit : "\0".repeat(credit.length),
    );
    // (Looked for only where its words are: its look-behind would run at every position.)
    if (masked.includes("-directed") || masked.includes("-written"))
      masked = masked.replace(NAME_CREDITED, (credit) => "\0".repeat(credit.length));
    if (masked.includes(" directed ") || masked.includes(" written "))
      masked = masked.replace(NAME_THEN_CREDIT, (credit) => "\0".repeat(credit.length));
  }
  // "can't compete with the fast and furious joke attacks of Water's brilliant "Serial Mom"":
  // a judging word right before a quoted title judges that film, not what the clause names.
  if (QUOTE_OPENS_TITLE.test(masked)) masked = masked.replace(JUDGING_BEFORE_QUOTE, blankJudging);
  let lower = masked.toLowerCase();
  // Where each aspect's terms are; a sentence without any has no aspects to place.
  let hits = termHits(lower);
  // A film made is the direction only where its maker is named right before it.
  if (hits.length > 0)
    hits = hits.filter(
      ([aspect, at]) =>
        aspect !== "direction" || !onlyFilmMadeAt(lower, at) || makerBefore(masked, at),
    );
  // "the portrayal of slavery" is how the film shows something, not acting.
  if (hits.length > 0 && lower.includes("portrayal"))
    hits = hits.filter(
      ([aspect, at]) => aspect !== "acting" || !DEPICTION.test(masked.slice(at, at + 40)),
    );
  // Someone carries the film ("Nicole Kidman carries the film"), not a style or a mood.
  if (hits.length > 0 && lower.includes("carr"))
    hits = hits.filter(
      ([aspect, at]) =>
        aspect !== "acting" ||
        !lower.startsWith("carr", at) ||
        CARRIER_BEFORE.test(masked.slice(Math.max(0, at - 50), at)),
    );
  // Someone makes a part ("Cruise makes a convincing hero"), not a film or a character.
  if (hits.length > 0 && lower.includes("mak"))
    hits = hits.filter(
      ([aspect, at]) =>
        aspect !== "acting" ||
        !MAKES_AT.test(lower.slice(at, at + 7)) ||
        PLAYER_BEFORE.test(masked.slice(Math.max(0, at - 40), at)),
    );
  // "Streep makes her character known in no time flat", "Cynthia Nixon digs so deep into her
  // character": what a player does with his or her character is the acting, not the writing.
  if (hits.length > 0 && (lower.includes("his character") || lower.includes("her character")))
    hits = hits.map((hit) =>
      hit[0] === "writing" &&
      lower.startsWith("character", hit[1]) &&
      // (Not "his characters", a writer's, nor "her character's …"; "his characterization"
      // is a player's.)
      !/^character(?:s|['’])/.test(lower.slice(hit[1], hit[1] + 11)) &&
      PLAYER_SHAPES_CHARACTER.test(masked.slice(Math.max(0, hit[1] - 90), hit[1]))
        ? ["acting", hit[1]]
        : hit,
    );
  // "the good-looking Leslie Nielsen": a person's looks, not the film's.
  // … and "Kristan Dunst looks lovely": a full name before "looks" (its film's title is masked).
  if (hits.length > 0 && lower.includes("look"))
    hits = hits.filter(
      ([aspect, at]) =>
        aspect !== "visuals" ||
        !(
          LOOKS_OF_SOMEONE.test(masked.slice(at, at + 40)) ||
          (lower.startsWith("look", at) &&
            NAME_BEFORE_LOOKS.test(masked.slice(Math.max(0, at - 50), at)))
        ),
    );
  // "I gave it a poor score", "voters gave this a maximum score", "a score lower than 1",
  // "settle the score": a rating or an old debt, not the film's music.
  if (hits.length > 0 && lower.includes("score"))
    hits = hits.filter(([aspect, at]) => aspect !== "music" || !ratingScoreAt(lower, at));
  // "Walt Disney Animation", "Aardman Animations": a studio, not the film's look (unless the
  // sentence is a headline, whose capitals name nothing).
  // (Whether it is a headline is asked once: asked for each studio, "Disney Animation"
  // repeated had cost the square of its length.)
  if (hits.length > 0 && lower.includes("animation")) {
    let headline: boolean | undefined;
    hits = hits.filter(([aspect, at]) => {
      if (aspect !== "visuals" || !lower.startsWith("animation", at)) return true;
      if (!STUDIO_BEFORE_ANIMATION.test(masked.slice(Math.max(0, at - 40), at + 1))) return true;
      headline ??= headlineCase(masked);
      return headline;
    });
  }
  // Not in a name the review credits ("Mr. Song", "Lee Pace is tender"), unless the sentence
  // is a headline, whose capitals name nothing ("Its Animation Is Beautiful").
  if (hits.length > 0 && people.length > 0) {
    const unnamed = hits.filter(([, at]) => !inCreditedName(masked, at, people));
    if (unnamed.length < hits.length && !headlineCase(masked)) hits = unnamed;
  }
  // Not in titles and names ("Billy Lynn's Long Halftime Walk"); clauses are read with them.
  // (A headline capitalizes its words: "Lovingly Made Pulp Fantasy With Boring Human
  // Characters" names no title.)
  let runs = hits.length > 0 ? titleRuns(masked) : [];
  if (runs.length > 0 && headlineCase(masked)) runs = [];
  if (runs.length > 0) hits = hits.filter(([, at]) => !insideRun(runs, at));
  // Nor in what someone else says, quoted ("'three days of peace, love and music'", a line of
  // dialogue), unless the quote is the sentence.
  // (Words set in quotes, "funny" or 'great', are set apart too: praise so set is the
  // critic's irony, "the jokes that were supposedly "funny"", not the critic's praise.)
  const { passages: quotes, scare: scareQuoted } =
    hits.length > 0 ? quotedPassages(masked) : { passages: [], scare: [] };
  if (quotes.length > 0) hits = hits.filter(([, at]) => !insideRun(quotes, at));
  // Actors judged in a role or by name count only where the sentence judges at all.
  // (A role may share the film's name: "Dench is brilliant as the adult Philomena".)
  // (The cheap tests first: most sentences name no one and cast no one as anything.)
  let evaluative: boolean | undefined;
  const judges = () => {
    evaluative ??= EVALUATIVE.test(sentence);
    return evaluative;
  };
  const inRole = lower.includes(" as ") && judges() ? JUDGED_IN_ROLE.exec(unmasked) : null;
  // (Titles are blanked in `masked`: "Toy Story is brilliant in every way" names no one.)
  // (Its own adjective judges: no need of EVALUATIVE's.)
  // (No cheap test first: the verb's plain scan is as quick as looking for its four verbs.)
  const byName = judgedPerformer(masked, lower);
  const named = namesAnyone(masked, people) && judges();
  if (hits.length === 0 && !named && !inRole && !byName) return [];
  // Nor do their words judge: "the laughs and pacing of Fun Mom Dinner may be uneven"; nor
  // those of a run that opens the sentence ("Country Strong is a country music melodrama",
  // "Mark Strong is …"), whose terms are still read ("Director Steven Spielberg …").
  // Nor do the words of what someone else says: "At one point, a character says: "Let the brown
  // foaming mess wash all over you."" faults nothing.
  const opening = OPENING_RUN.exec(masked);
  const openingRun: Array<[number, number]> =
    opening && !headlineCase(masked) ? [openingSpan(opening)] : [];
  // (Only praise set in quotes is irony: "choppy" or 'Incoherent Vice' so set is the critic's
  // own emphasis or coinage.)
  const ironic = scareQuoted.filter(
    ([start, end]) => lexicalLean(masked.slice(start + 1, end - 1)) > 0,
  );
  const apart = [...openingRun, ...quotes, ...ironic];
  const judgeless = apart.length > 0 ? mergedSpans(runs, apart) : runs;
  if (judgeless.length > 0) {
    const before = masked;
    masked = withoutJudgingWords(masked, judgeless);
    if (masked !== before) lower = masked.toLowerCase();
  }
  const spans = spansOf(masked);
  const clauseAt = (at: number) => firstEndingAfter(spans, at);
  const mentions = new Map<AspectName, Mention[]>();
  const note = (
    aspect: AspectName,
    clause: number,
    {
      setAside = false,
      at,
      sign,
      quoteFrom,
    }: { setAside?: boolean; at?: number; sign?: 1 | -1; quoteFrom?: number } = {},
  ) => {
    if (clause < 0 || judgesTheSource(spans[clause] as Span, lower)) return;
    const list = mentions.get(aspect) ?? [];
    list.push({
      clause,
      setAside,
      ...(at === undefined ? {} : { at }),
      ...(sign === undefined ? {} : { sign }),
      ...(quoteFrom === undefined ? {} : { quoteFrom }),
    });
    mentions.set(aspect, list);
  };
  // (Looked for only where its words are: most sentences speak of no other films.)
  const otherFilms = OTHER_FILMS_WORDS.test(lower);
  const othersMaySay = includesAny(lower, OTHERS_LITERALS);
  // (Looked for only where its words are: most sentences say nothing of what was expected.)
  const expects = includesAny(lower, EXPECTS_LITERALS);
  /** A term's clause before it, OTHER_FILMS_REACH characters at most (a clause may be a whole text). */
  const clauseBefore = (at: number) =>
    lower.slice(Math.max(spans[clauseAt(at)]?.start ?? at, at - OTHER_FILMS_REACH), at);
  // What each clause, with what its quote runs on to, says of time (read once per clause:
  // "minutes minutes …" would read a long clause again for each).
  const clauseTimes = new Map<number, TimeWords>();
  const timeWordsAt = (at: number): TimeWords | null => {
    const clause = clauseAt(at);
    if (clause < 0) return null;
    let words = clauseTimes.get(clause);
    if (words === undefined) {
      const span = spans[clause] as Span;
      words = timeWordsOf(lower.slice(span.start, (spans[quoteEnd(spans, clause)] as Span).end));
      clauseTimes.set(clause, words);
    }
    return words;
  };
  const likened = LIKENED.test(lower);
  const compares = includesAny(lower, COMPARES_LITERALS);
  for (const [aspect, at] of hits) {
    if (likened && clauseAt(at) === 0 && !FILM_NAMED.test(lower.slice(0, at))) continue;
    if (compares && MOST_OTHERS_BEFORE.test(lower.slice(Math.max(0, at - 80), at))) continue;
    if (compares && comparedKindAt(lower, at)) continue;
    if (DENIED_SAYING.test(lower.slice(Math.max(0, at - 60), at))) continue;
    if (!termInContext(aspect, lower, at, timeWordsAt)) continue;
    if (otherFilms && OTHER_FILMS.test(clauseBefore(at))) continue;
    if (othersMaySay && OTHERS_SAY.test(clauseBefore(at))) continue;
    if (expects && foreseenAt(lower, clauseBefore(at), at)) continue;
    // (Read from the term on, a few words at most: not " of " looked for to the sentence's end
    // for every term, which read a long sentence once per term.)
    OF_OTHER_FILMS_AT.lastIndex = at;
    SHARED_FAULT_AT.lastIndex = at;
    if (
      OF_OTHER_FILMS_AT.test(lower) &&
      faultingLengthAt(lower, at) === 0 &&
      !SHARED_FAULT_AT.test(lower) &&
      !LACKED_BEFORE.test(clauseBefore(at))
    )
      continue;
    // "never predictable": a term that is itself a judging word is read with its negation, not set aside.
    // "Gloom was never photographed so smartly": never before so much, not set aside.
    const neverSoMuch =
      lower.endsWith("never ", at) && NEVER_SO_AFTER.test(lower.slice(at, at + 40));
    const setAside =
      (SET_ASIDE.test(lower.slice(Math.max(0, at - 24), at)) || listedAside(lower, at)) &&
      !neverSoMuch &&
      !judgingAt(lower, at) &&
      !NEEDED_WITHOUT.test(lower.slice(Math.max(0, at - 100), at));
    // "Under the guidance of director Jon Favreau, the film soars": the clause after says how
    // well; "under the guidance of a smart director" is a wish, like "in the hands of a
    // skilled director": the film lacks one.
    if (aspect === "direction") {
      const clause = clauseAt(at);
      const text = spans[clause]?.text ?? "";
      // (A short clause only: its words are not counted again for each term of a long one.)
      const guided = text.length <= GUIDED_CHARS ? GUIDED_BY.exec(text) : null;
      if (guided && clause + 1 < spans.length && wordCount(text) <= 10) {
        if (guided[1]) note(aspect, clause, { sign: -1 });
        else note(aspect, clause + 1, { quoteFrom: clause });
        continue;
      }
    }
    const aside = aspect === "direction" ? creditAsideAt(masked, at) : null;
    if (aside) {
      // (Quoted from the name the aside follows: "Mr. Almodovar, who wrote …, does not …".)
      // (The clause that ends after the aside, or the one after it: found by halving, not a
      // scan of every clause for every term.)
      let next = clauseAt(aside.end);
      if (next >= 0 && (spans[next] as Span).start < aside.end) next++;
      if (next >= 0 && next < spans.length)
        note(aspect, next, { quoteFrom: clauseAt(Math.max(0, aside.start - 4)) });
      continue;
    }
    note(aspect, clauseAt(at), { setAside, at });
  }
  if (inRole) note("acting", clauseAt(inRole.index));
  if (byName) note("acting", clauseAt(byName.index), { sign: byName.sign });
  if (named) {
    for (const aspect of ["acting", "direction"] as const) {
      spans.forEach((span, i) => {
        if (namedAndJudged(aspect, masked.slice(span.start, span.end), people)) note(aspect, i);
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
  const judgeWords = (text: string) => {
    const lexical = lean(text);
    if (lexical !== 0) return Math.sign(lexical);
    const model = modelPolarity(readClause(text));
    return model === "positive" ? 1 : model === "negative" ? -1 : 0;
  };
  const contrasted = spans.some((span) => opensContrast(span.text)) || CONCESSION.test(sentence);
  const mayDeny = includesAny(lower, DENIES_RESCUE_LITERALS);
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
      (mention.clause === wishClause && IF_WISH.test(sentence))
    );
  };
  // What a sentence names between "with a better …" and its wish (WITH_WISH), looked for
  // once and only where a mention reads as praise.
  let withWish: RegExpExecArray | null | undefined;
  const wishedWith = (mention: Mention) => {
    if (mention.at === undefined) return false;
    withWish ??= WITH_WISH.exec(sentence);
    return (
      withWish !== null &&
      mention.at > withWish.index &&
      mention.at < withWish.index + withWish[0].length
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
  // Where each clause's first concession ("despite" …) ends (Infinity: none), found once per
  // clause: looked for again before every mention, a long clause of many terms was quadratic.
  const concessionEnds = new Map<number, number>();
  const concessionEnd = (clause: number) => {
    let end = concessionEnds.get(clause);
    if (end === undefined) {
      const span = spans[clause] as Span;
      const open = CONCESSION_OPENS.exec(lower.slice(span.start, span.end));
      end = open ? span.start + open.index + open[0].length : Number.POSITIVE_INFINITY;
      concessionEnds.set(clause, end);
    }
    return end;
  };
  return [...mentions]
    .map(([aspect, list]) => {
      // "Despite a decent premise, … let down by terrible dialogue": what a sentence concedes
      // (anywhere in a clause after "despite" …) gives way to a mention of the same aspect
      // outside the concession that judges it in words of its own.
      const concededAt = (m: Mention) => m.at !== undefined && concessionEnd(m.clause) <= m.at;
      const judgedElsewhere = list.some(concededAt)
        ? list.filter((m) => {
            const text = spans[m.clause]?.text ?? "";
            return !concededAt(m) && (lean(text) !== 0 || cueLean(aspect, text) !== 0);
          })
        : [];
      const chosen = speakingMention(judgedElsewhere.length > 0 ? judgedElsewhere : list, spans);
      // Judged as read (asides and credits blanked out), quoted as written.
      const span = spans[chosen.clause];
      // "All the carefully orchestrated color schemes … can't accelerate the slow patches":
      // what cannot save a film is judged by its own words, not by what it fails to save; nor is
      // what is held back ("the actors are hamstrung by a script") judged by what holds it back.
      // (Not when the clause names the aspect again in what is not saved: "glamorous lead actors
      // can't make up for … flat performances" faults the acting.)
      let unsaved = span && chosen.at !== undefined ? cannotSaveAfter(lower, span, chosen.at) : -1;
      // "An acclaimed film director, a legendary comic actor, … and a noble story at its core
      // can't save …": each item of a list that cannot save the film is judged by its own words.
      if (
        unsaved < 0 &&
        span &&
        chosen.at !== undefined &&
        mayDeny &&
        listCannotSave(spans, chosen.clause, lower)
      )
        unsaved = span.end;
      if (list.some((m) => m.clause === chosen.clause && (m.at ?? -1) > unsaved)) unsaved = -1;
      const judged =
        span && unsaved >= 0 ? withoutQuantifiers(masked.slice(span.start, unsaved)) : null;
      // "Wastes a great cast", "the talented cast is largely wasted": the film misuses its
      // actors; their acting is not judged (the labels call it neutral). So with the other
      // hands named as people ("wastes the good work of cinematographer Alexander Dynan").
      const talentWasted =
        span !== undefined &&
        chosen.at !== undefined &&
        (aspect === "acting" || PERSON_AT.test(lower.slice(chosen.at, chosen.at + 20)))
          ? wastedByFilm(
              lower.slice(span.start, chosen.at),
              sentence.slice(chosen.at, (spans[quoteEnd(spans, chosen.clause)] as Span).end),
            )
          : false;
      // "A great cast is stuck with the script": the judging words right before another
      // aspect's term are that term's, not this one's.
      const clauseText =
        judged === null && span && chosen.at !== undefined
          ? withoutOthersModifiers(masked, lower, span, aspect, chosen.at, hits)
          : null;
      const read = clausePolarity(
        aspect,
        judged ?? clauseText ?? span?.text ?? sentence,
        contrasted || judged !== null ? null : masked,
        readClause,
        lean,
        // (A term that is itself a complaint, "formulaic plots", judges itself; "visually"
        // is judged by the word after it.)
        () =>
          judged !== null
            ? modifierLean(judged.toLowerCase())
            : span && chosen.at !== undefined
              ? modifierLean(
                  lower.slice(
                    span.start,
                    chosen.at +
                      (faultingLengthAt(lower, chosen.at) || judgedAfterLength(lower, chosen.at)),
                  ),
                )
              : 0,
        stance,
      );
      let { polarity, strength } = read;
      // "Performances are low key but accomplished": a short tail after a contrast, with no
      // subject of its own, says the last word on what its clause named, where the clause's
      // own words have not judged it ("Slow but mesmerizing" still faults the pace) and the tail
      // names no aspect of its own ("a brilliant premise but wretchedly executed").
      // (The verb before the term looked for only where a tail is: most clauses have none.)
      let tail =
        span && chosen.at !== undefined && strength < 2 && judged === null
          ? contrastTailAfter(spans, chosen.clause, hits)
          : -1;
      if (tail >= 0 && HAS_BEFORE.test(lower.slice((span as Span).start, chosen.at))) tail = -1;
      const tailLean = tail < 0 ? 0 : lean((spans[tail] as Span).text);
      if (tailLean !== 0) {
        polarity = tailLean > 0 ? "positive" : "negative";
        strength = Math.max(strength, 2);
      }
      // "Cal and Andre were phenomenal as the two disturbed classmates": a performer judged by
      // name is judged by the performer's word, not by the role it describes after it.
      if (chosen.sign !== undefined && polarity !== (chosen.sign > 0 ? "positive" : "negative")) {
        polarity = chosen.sign > 0 ? "positive" : "negative";
        strength = Math.max(strength, LEXICAL_IN_SENTENCE);
      }
      // (Unjudged in words, it is only said not to be enough: no praise or complaint of its own.)
      if ((judged !== null && strength < LEXICAL_IN_SENTENCE) || talentWasted) {
        polarity = "neutral";
        strength = 0;
      }
      // What other hands would have made of it, bad, is no complaint of this film (good, it is
      // a wish: below). Up to the term's clause, with no contrast on the way ("…, but the
      // dialogue is clunky" speaks of this film).
      if (
        polarity === "negative" &&
        span &&
        inOtherHands(sentence.slice(0, span.end)) &&
        !spans.slice(1, chosen.clause + 1).some((other) => opensContrast(other.text))
      )
        return null;
      // What a sentence concedes ("despite its", "if it wasn't for the"), read against the rest
      // of the sentence. (A judging word right before the term has judged it already.)
      const conceded =
        span && chosen.at !== undefined && read.modified !== true
          ? lower.slice(span.start, chosen.at).search(CONCEDED)
          : -1;
      if (span && conceded >= 0) {
        const from = span.start + conceded;
        const restText = `${sentence.slice(0, from)} ${sentence.slice(span.end)}`;
        if (strength === CUE_STRENGTH) {
          // "Despite its long running time, it never drags": a cue conceded gives way to the
          // rest's cue for the same aspect.
          const rest = cueLean(aspect, restText);
          if (rest !== 0) polarity = rest > 0 ? "positive" : "negative";
        } else if (lean(sentence.slice(from, span.end)) === 0) {
          // "A poignant gem despite its laggardly pacing", "despite some funny moments, it
          // fails": what is conceded, unjudged by its own words, goes against the rest.
          // (Judging words first: the model reads a sentence cut in two loosely, so it speaks
          // only where no judging word does, on either side.)
          const rest = lean(restText);
          if (rest !== 0) {
            polarity = rest > 0 ? "negative" : "positive";
            strength = Math.max(strength, 1.5);
          } else {
            // No judging words either side: what is conceded goes against the rest's mood
            // ("I'm here to vouch for Jackson, except for the length").
            const restLean = readClause(restText);
            const mood = modelPolarity(restLean);
            if (mood !== "neutral") {
              polarity = mood === "positive" ? "negative" : "positive";
              strength = Math.min(MODEL_STRENGTH, Math.abs(restLean));
            }
          }
        }
      }
      // "not the music": the aspect set aside is not praised. An aspect's own cue word read
      // with its negation ("never drags") has said what it means already.
      // (Not the "no" of "no cast can save it": a rescue denied, read above.)
      if (
        chosen.setAside &&
        polarity === "positive" &&
        strength !== CUE_STRENGTH &&
        judged === null
      )
        polarity = "negative";
      // "… agreeable humor, qualities this one sorely lacks", "a poignant story is struggling to
      // get out": praised, and missed.
      if (
        polarity === "positive" &&
        chosen.at !== undefined &&
        (LACKED_AFTER.test(lower.slice(chosen.at, chosen.at + 80)) ||
          (span !== undefined && TRYING_TO_GET_OUT.test(lower.slice(chosen.at, span.end))))
      )
        polarity = "negative";
      // "My only complaint is the music": faulted, as the critic names it.
      if (
        polarity !== "negative" &&
        chosen.at !== undefined &&
        faultNamedBefore(lower.slice(Math.max(0, chosen.at - 120), chosen.at))
      ) {
        polarity = "negative";
        strength = Math.max(strength, 2);
      }
      // "Good acting is sorely missing", "the humor is in short supply": missed, however it is
      // praised or however plainly named. (What a judging word calls bad stays a complaint:
      // "the usual clunky dialogue is mercifully absent".)
      if (
        chosen.at !== undefined &&
        span !== undefined &&
        missingAfter(lower, masked, chosen.at, span.end)
      ) {
        polarity = "negative";
        strength = Math.max(strength, 2);
      }
      // Missed, in words: what the film needs more of or better (looked for across commas:
      // "needs tougher, more focused direction" is one wish), praise the next clause takes
      // back, and what the film might have had.
      const missed =
        (chosen.at !== undefined &&
          (NEEDED_BEFORE.test(lower.slice(Math.max(0, chosen.at - 60), chosen.at)) ||
            (ANY_OF.test(lower.slice(Math.max(0, chosen.at - 40), chosen.at)) &&
              MIGHT_HAVE_HAD.test(lower.slice(chosen.at, chosen.at + 60))))) ||
        (polarity === "positive" && TOO_SELDOM.test(spans[chosen.clause + 1]?.text ?? ""));
      if (missed) {
        polarity = "negative";
        strength = Math.max(strength, LEXICAL_IN_SENTENCE);
      }
      // "Where is the humor, the story sense of his best work?" misses what it names; any
      // other question judges too loosely to be quoted (it still counts).
      if (question) {
        if (ABSENCE_QUESTION.test(sentence)) polarity = "negative";
        strength = Math.min(strength, QUESTION_STRENGTH);
      } else if (
        chosen.at !== undefined &&
        WHAT_HAPPENED_TO.test(lower.slice(Math.max(0, chosen.at - 40), chosen.at))
      ) {
        // "… but you wonder what happened to the script" (Cookie's Fortune's writing praise).
        polarity = "negative";
        strength = Math.max(strength, LEXICAL_IN_SENTENCE);
      }
      if (
        polarity === "positive" &&
        strength !== CUE_STRENGTH &&
        ((wishedIn(chosen.clause) && wishedFor(read.modified === true, chosen)) ||
          wishedWith(chosen))
      )
        polarity = "negative";
      // What saves or carries the film is praised ("only saved by McConaughey's acting",
      // "Affleck's performance … carries this film"), and what keeps it from something is
      // judged against that ("their chemistry saves an otherwise mediocre movie"): read up to
      // where the clause's quote runs on to.
      // (Not what cannot save it or a talent wasted: judged by its own words above.)
      if (
        strength !== CUE_STRENGTH &&
        span &&
        chosen.at !== undefined &&
        judged === null &&
        !talentWasted
      ) {
        const end = (spans[quoteEnd(spans, chosen.clause)] as Span).end;
        const effect = judgedByEffect(
          lower.slice(span.start, chosen.at),
          sentence.slice(chosen.at, end),
          read.modified === true,
          judgeWords,
        );
        if (effect !== null) {
          polarity = effect;
          strength = Math.max(strength, 2);
        }
      }
      // Judged by words outside its clause ("The cinematography, gore (except for a couple
      // scenes), and overall direction all fail"), it is quoted with them: its whole sentence.
      const clause =
        span && !(read.bySentence === true && polarity === read.polarity)
          ? sentence
              .slice(
                (
                  spans[
                    Math.min(quoteStart(spans, chosen.clause), chosen.quoteFrom ?? chosen.clause)
                  ] as Span
                ).start,
                (
                  spans[
                    Math.max(
                      quoteEnd(spans, chosen.clause),
                      tailLean !== 0 ? tailEnd(spans, tail) : -1,
                    )
                  ] as Span
                ).end,
              )
              .trim()
          : sentence;
      return { aspect, polarity, strength, clause, at: chosen.clause };
    })
    .filter((found) => found !== null)
    .sort((a, b) => a.at - b.at || ASPECTS.indexOf(a.aspect) - ASPECTS.indexOf(b.aspect))
    .map(({ at: _at, ...found }) => found);
}

/**
 * Where the quote of a contrast's tail ends: at the tail, unless it breaks off inside a noun
 * phrase ("but ultimately a sloppy, forgettable enterprise": quoted to its noun, not "…
 * ultimately a sloppy"); after a tail's comma a new clause more often begins ("low key but
 * accomplished, comedy and tragedy are delicately balanced …").
 */
function tailEnd(spans: Span[], tail: number): number {
  return NOUN_PHRASE_BROKEN_OFF.test((spans[tail] as Span).text.slice(-ADJECTIVES_REACH))
    ? quoteEnd(spans, tail)
    : tail;
}
/** A clause that ends in an article and one adjective, before a comma: "ultimately a sloppy,". */
const NOUN_PHRASE_BROKEN_OFF =
  /\b(?:a|an|the|this|that|these|those|its|his|her|their|such)\s+[\p{L}'’-]+\s*,?\s*$/iu;

/**
 * The clause right after clause `i` when it is a short tail of a contrast with no subject of its
 * own ("but accomplished.", "yet oddly unaffecting"), else -1.
 */
function contrastTailAfter(
  spans: Span[],
  i: number,
  hits: ReadonlyArray<readonly [AspectName, number]>,
): number {
  const next = spans[i + 1];
  return next &&
    wordCount(next.text) <= CONTRAST_TAIL_WORDS &&
    CONTRAST_TAIL.test(next.text) &&
    !hits.some(([, at]) => at >= next.start && at < next.end)
    ? i + 1
    : -1;
}
/**
 * Before a term, a verb whose object it is ("boasts a prized ensemble but lacks bite"): a
 * contrast's tail then speaks of the verb's subject, the film, not of the term.
 */
const HAS_BEFORE =
  /\b(?:has|have|had|boasts|boasted|features|featured|offers|offered|gives|gave|showcases|sports|includes|contains|delivers|provides|presents|uses|employs|assembles|enlists|gathers|gets|got)\b/;
const CONTRAST_TAIL =
  /^(?:but|yet)\s+(?!(?:it|he|she|they|this|that|these|those|the|a|an|one|its|his|her|their|i|we|you|there|what|who|which|when|if|as|also)\b)[a-z-]+(?:\s+[a-z-]+){0,3}[.!?,;:…]*$/i;
/** The most words such a tail takes. */
const CONTRAST_TAIL_WORDS = 4;

/** Where a sentence speaks of an aspect: its clause, and where its term is (named people have none). */
interface Mention {
  clause: number;
  /** After "not", "rather than" …: the aspect is set aside. */
  setAside: boolean;
  /** Where the aspect's term starts in the sentence. */
  at?: number;
  /** A performer judged by name: the sign of the performer's word ("Bell is astonishing"). */
  sign?: 1 | -1;
  /** A clause before `clause` its quote starts at: the name a credit aside follows. */
  quoteFrom?: number;
}

/**
 * Which of an aspect's mentions in a sentence speaks for it: the last one after a contrast
 * when there is one ("… but the plot gets lost"), else the first.
 */
function speakingMention(list: Mention[], spans: Array<{ text: string }>): Mention {
  const first = list[0] as Mention;
  // "At 90 minutes long, it doesn't outstay its welcome": a clause that only gives the
  // length leaves the judging to the clause after it that speaks of the pacing.
  const later = list.find((m) => m.clause > first.clause);
  if (later && BARE_LENGTH.test(spans[first.clause]?.text ?? "")) return later;
  // "While it tries to be funny, some of the humour falls flat": a sentence that opens by
  // conceding speaks in the clause after.
  const contrast =
    first.clause === 0 && LEADING_CONCESSION.test(spans[0]?.text ?? "")
      ? 1
      : spans.findIndex((span, i) => i > first.clause && opensContrast(span.text));
  if (contrast === -1) return first;
  let chosen = first;
  for (const mention of list)
    if (mention.clause >= contrast && mention.clause > chosen.clause) chosen = mention;
  return chosen;
}

/** A clause that only gives a film's length: "At 90 minutes long", "Clocking in at just 82 minutes". */
const BARE_LENGTH =
  /^\W*(?:at|clocking in at|running|with a running time of)\s+(?:(?:just|only|nearly|almost|over|under|about|barely|a mere|a brisk|a lean|a trim)\s+)?(?:\d+|an?|one|two|three|four|ninety|eighty)(?:[\s-]+(?:and a half|\d+|half))?[\s-]+(?:minutes?|mins?|hours?)(?:\s+long)?\W*$/i;

const ASPECTS = Object.keys(ASPECT_TERMS) as AspectName[];

/** A clause of five words or more reads on its own as a quote. */
const standsAlone = (clause: string) => wordCount(clause) >= 5;
/**
 * Each aspect's terms that can start at a word, matched where a scan stands (sticky), without
 * the case-insensitive flag: for lowercased text, several times faster (see termsAtFirstWord).
 */
const TERMS_AT_WORD = termsAtFirstWord(ASPECTS.map((a) => ASPECT_TERMS[a].source));

/**
 * Where each aspect's terms are in a lowercased sentence, aspect by aspect, as each aspect's
 * own scan would find them (a match starts after the end of that aspect's last one). At each
 * word's start, only the terms that can start with that word are tried, so a sentence is
 * read once, not once per aspect.
 */
export function termHits(lower: string): Array<[AspectName, number]> {
  let found: Array<Array<number>> | null = null;
  // Where each aspect's next match may start.
  const next = new Array<number>(ASPECTS.length).fill(0);
  for (let at = 0; at < lower.length; ) {
    const code = lower.charCodeAt(at);
    if (!isWordCode(code)) {
      at++;
      continue;
    }
    // A word starts here; the next starts after it. Only the terms that can start with this
    // word are tried (most words start none).
    const start = at;
    let hash = WORD_HASH_START;
    for (let c = code; isWordCode(c); c = lower.charCodeAt(++at)) hash = wordHashStep(hash, c);
    const toTry = TERMS_AT_WORD(wordKey(hash), code);
    for (let t = 0; t < toTry.length; t++) {
      const { k, terms } = toTry[t] as TermsAtWord[number];
      if (start < (next[k] as number)) continue;
      terms.lastIndex = start;
      const term = terms.exec(lower);
      if (term === null) continue;
      found ??= ASPECTS.map(() => []);
      (found[k] as number[]).push(start);
      next[k] = start + Math.max(1, term[0].length);
    }
  }
  if (found === null) return [];
  // (Plain loops: flatMap was a tenth of this function's cost.)
  const hits: Array<[AspectName, number]> = [];
  for (let k = 0; k < ASPECTS.length; k++)
    for (const at of found[k] as number[]) hits.push([ASPECTS[k] as AspectName, at]);
  return hits;
}

/**
 * A review's aspects: one entry per aspect, its polarity the one most of its sentences give
 * (sentences the model reads as most clearly judging weigh a little more), its evidence the
 * clause that judges it most clearly (the whole sentence when that clause is too short to
 * stand alone or the sentence's other words judge it), with how clearly.
 */
export function findAspects(
  sentences: SentenceReading[],
  readClause: ClauseReader,
  people: PersonCredit[],
  titles: readonly string[] = [],
  /** How the critic's own word leans a clause the model alone reads (verdictLean). */
  stance = 0,
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
  // Each title is looked for in every sentence: the first MAX_MASKED_TITLES distinct ones.
  const distinct = [...new Set(titles)].slice(0, MAX_MASKED_TITLES);
  // A clause is often a whole sentence, read already, or read again for another aspect.
  const leans = new Map(sentences.map((s) => [s.text, s.lean]));
  const readOnce: ClauseReader = (clause) => {
    let lean = leans.get(clause);
    if (lean === undefined) {
      lean = readClause(clause);
      leans.set(clause, lean);
    }
    return lean;
  };
  for (const sentence of sentences) {
    for (const found of aspectsInSentence(sentence.text, readOnce, people, distinct, stance)) {
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
      evidence: narrowedToPart(
        clearest.evidence,
        aspect,
        polarity,
        readOnce,
        people,
        distinct,
        stance,
      ),
      strength: Math.round(clearest.strength * 100) / 100,
    });
  }
  return aspects;
}

/**
 * A clause's text with the judging words that modify another aspect's term blanked out: up to
 * two words right before that term, back from it to no stop ("a great cast" in "A great cast is
 * stuck with the script", read for the writing). Not where this aspect's own term is one with
 * that term ("a great cast and script", "brilliantly acted and written"), nor where it stands
 * in those words itself. Null where nothing is blanked.
 */
function withoutOthersModifiers(
  masked: string,
  lower: string,
  span: Span,
  aspect: AspectName,
  at: number,
  hits: ReadonlyArray<readonly [AspectName, number]>,
): string | null {
  // (A term that is a judging word itself is read by its clause as before: "The only thing
  // funny about this pic is Jerry's stilted performance".)
  if (judgingAt(lower, at)) return null;
  const zones: Array<[number, number]> = [];
  for (const [other, p] of hits) {
    if (other === aspect || p <= span.start || p >= span.end) continue;
    // (Not before a term that judges itself, "terrible hilarious readings", "messy and
    // rambling": a list of what something is, not a modifier and its noun.)
    if (judgingAt(lower, p)) continue;
    const before = OTHERS_MODIFIER.exec(lower.slice(Math.max(span.start, p - 40), p));
    if (!before || LIST_WORD.test(before[0])) continue;
    const from = p - before[0].length;
    if (at >= from && at < p) continue;
    // (Only terms near each other can be one list: read no further, or a long clause of many
    // terms would be read once for each pair of them.)
    const [near, far] = at > p ? [p, at] : [at, from];
    if (far - near <= LIST_REACH_CHARS && COORDINATED.test(lower.slice(near, far))) continue;
    zones.push([from, p]);
  }
  if (zones.length === 0) return null;
  return withoutJudgingWords(masked, zones).slice(span.start, span.end);
}
/** How far apart two terms of one list can be ("direction,production,acting & "). */
const LIST_REACH_CHARS = 80;
/** Up to two words before a term, no stop among them: where its modifiers are. */
const OTHERS_MODIFIER = /(?:[a-z'-]+\s+){1,2}$/;
/**
 * Words that make the words before a term a list: "messy and rambling", "awful from acting to
 * sound mixing".
 */
const LIST_WORD = /\b(?:and|or|but|nor|from)\b|[,&]/;
/** Terms one list joins: "cast and ", "acted and ", "direction,production,". */
const COORDINATED = /^(?:[a-z'-]+(?:\s*,\s*|\s*&\s*|\s+(?:and|or)\s+)){1,4}(?:[a-z'-]+\s+)?$/;

/** The most parts one piece of evidence is read in to narrow it (narrowedToPart). */
const MAX_NARROWED_PARTS = 50;

/**
 * Evidence that runs on over sentences written without a space after their stops ("… fails
 * in cinematography,screenplay,directing and editing.The story/script is only average at
 * best.This film will be enjoyed by …") narrowed to the one part that judges the aspect the
 * same way, when exactly one does; else as it was. What it judges is not read again: the
 * judgement stands as made on the whole (read apart, such parts judged worse).
 */
function narrowedToPart(
  evidence: string,
  aspect: AspectName,
  polarity: AspectMention["polarity"],
  readClause: ClauseReader,
  people: PersonCredit[],
  titles: readonly string[],
  stance: number,
): string {
  const parts = gluedParts({ text: evidence, start: 0, end: evidence.length });
  // (Bounded: evidence of more parts than a review's sentence would have stays whole.)
  if (parts.length === 1 || parts.length > MAX_NARROWED_PARTS) return evidence;
  const judging = parts.filter((part) =>
    aspectsInSentence(part.text, readClause, people, titles, stance).some(
      (found) => found.aspect === aspect && found.polarity === polarity,
    ),
  );
  return judging.length === 1 ? (judging[0]?.text ?? evidence) : evidence;
}

/** The most distinct titles a review's sentences are masked for (a review names a few). */
const MAX_MASKED_TITLES = 100;

/**
 * The titles of films the review names (its own film's, those it quotes) blanked out with NUL
 * characters, offsets kept: "Dane Cook plays a dentist in Good Luck Chuck" praises nothing,
 * and "Funny People" names no humour. As written (case and all, with or without its leading
 * article), whole words only; a title of one word not as the sentence's first word ("Her
 * performance …" is no title).
 */
export function maskTitles(sentence: string, titles: readonly string[]): string {
  let masked = sentence;
  for (const full of titles) {
    // "The Perfect Score" is often "Perfect Score" in a sentence.
    const article = ARTICLE.exec(full);
    const title = masked.includes(full) || article === null ? full : full.slice(article[0].length);
    if (title.length < 2 || !masked.includes(title)) continue;
    masked = maskTitle(masked, title);
  }
  return masked;
}

/**
 * One title's occurrences blanked out, left to right, in one pass: each judged against the
 * sentence as the masks before it left it (a mask right before it is no word; a one-word
 * title is skipped while no word stands before it). Built once, not re-sliced per occurrence,
 * so a sentence that names a title thousands of times costs its length, not its square.
 */
function maskTitle(text: string, title: string): string {
  const oneWord = !/\s/.test(title);
  const parts: string[] = [];
  let copied = 0;
  let maskedEnd = -1;
  // Where the first ASCII word character is in the text as masked so far (\w, as `^\W*$` reads).
  let firstWord = nextAsciiWordChar(text, 0);
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    if (at < maskedEnd) continue;
    const end = at + title.length;
    const before = at === 0 ? "" : at - 1 < maskedEnd ? "\0" : (text[at - 1] as string);
    const whole = !WORD_CHAR.test(before) && !WORD_CHAR.test(text[end] ?? "");
    if (!whole || (oneWord && firstWord >= at)) continue;
    parts.push(text.slice(copied, at), "\0".repeat(title.length));
    copied = end;
    maskedEnd = end;
    if (firstWord >= at && firstWord < end) firstWord = nextAsciiWordChar(text, end);
  }
  return parts.length === 0 ? text : parts.join("") + text.slice(copied);
}

function nextAsciiWordChar(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (isWordCode(text.charCodeAt(i))) return i;
  }
  return text.length;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;
const ARTICLE = /^(?:The|A|An) (?=\S)/;

/**
 * Parenthesized asides blanked out with NUL characters, offsets kept: they are neither
 * clauses nor their boundaries. (Not spaces: long runs of spaces make the boundary
 * expression backtrack.)
 */
function maskParentheses(sentence: string): string {
  if (!sentence.includes("(")) return sentence;
  return sentence.replace(/\([^()]*\)?/g, (aside) => "\0".repeat(aside.length));
}

/** An opening quotation mark before a capital or a title blanked out (maskTitles): a quoted title, perhaps. */
const QUOTE_OPENS_TITLE = /["“‘][\p{Lu}\0]/u;
/** A lowercase word right before a quoted title (QUOTE_OPENS_TITLE), its possessive's "'s" not counted. */
const JUDGING_BEFORE_QUOTE = /(?<![\p{L}'’-])[a-z][a-z-]*(?=\s+["“‘][\p{Lu}\0])/gu;
/**
 * A word (JUDGING_BEFORE_QUOTE's) blanked out when it is a judging word and what is quoted
 * after it is a name, not a word of the noun after it ("cheesy "Melrose Place" music",
 * "embarrassing "Spanish" accents" judge the music and the accents).
 */
const blankJudging = (word: string, at: number, text: string) =>
  judgingAt(word, 0) && !NOUN_AFTER_QUOTE.test(text.slice(at + word.length, at + word.length + 120))
    ? "\0".repeat(word.length)
    : word;
/** A quoted name (its closing mark within 80 characters) and a lowercase word after it that is no function word. */
const NOUN_AFTER_QUOTE =
  /^\s+["“‘][^"”’]{1,80}["”’]\s+(?!(?:and|or|but|is|was|are|were|has|had|which|that|who|with|in|on|at|to|for|from|by|of|as|than|then|so|it|its|he|she|they|we|you|i|a|an|the|this|will|would|can|could|does|did|isn't|wasn't)\b)\p{Ll}/u;

/** Who carries a film: a name or a person ("Smith carries the movie", "who carries the burden"). */
const CARRIER_BEFORE =
  /(?:\p{Lu}[\p{L}'’-]+|\b(?:he|she|they|who))\s+(?:(?:really|almost|basically|practically|virtually|single-handedly|effortlessly|easily|ably|powerfully|largely|nearly|all but)\s+)?$/u;
/** What a player does with a part (PLAYER_SHAPES_CHARACTER). */
const SHAPES =
  "makes?|made|brings?|brought|infuses?|injects?|digs?|dug|develops?|developed|presents?|presented|sketches|sketched|shifts?|shifted|lets?|keeps?|kept|fills?|filled|turns?|turned|endows?|endowed|grounds?|grounded|humani[sz]es|humani[sz]ed";
/**
 * A player, named or "he" or "she" (PLAYER_BEFORE), then a verb of what a player does with a
 * part and up to six words, then "his" or "her" right before "character": "Streep makes her
 * character known", "Jolie brings a degree of unpredictability to her character", "she
 * develops and presents her character quite nicely". Not "the movie sells her character
 * short", nor "his character is so dumb" (what the character is, the writing's).
 */
const PLAYER_SHAPES_CHARACTER = new RegExp(
  String.raw`(?<![\p{L}'’])(?<!(?:[Dd]irector|[Ww]riter|[Ff]ilmmaker|[Ss]creenwriter|[Hh]elmer|[Aa]uteur)\s+)(?!(?:The|A|An|This|That|These|Those|It|Its|There|Here|What|Which|Who|And|But|So|Hollywood|Everyone|Nobody|Anyone|Director|Writer|Filmmaker|Screenwriter)\s)(?:\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he)\s+(?:(?:also|still|really|truly|certainly|easily|definitely|actually|just|never|always|deftly|skilfully|skillfully|ably|expertly)\s+)?(?:${SHAPES})\s+(?:(?:and|or)\s+(?:${SHAPES})\s+)?(?:(?!(?:but|and|which|that|who|while|because)\b)[\p{L}'’-]+,?\s+){0,6}?(?:his|her)\s+$`,
  "u",
);
/** Where MAKES_A_PART's term starts (aspect-lexicon.ts). */
const MAKES_AT = /^ma(?:ke|de|king)/;
/**
 * Who makes a part (MAKES_A_PART): a name or "he" or "she" right before ("Javier Bardem makes
 * for a terrifying villain", "he makes a good quiet hero"); not a film, a title's first word
 * or a character ("This type of character rarely makes for an interesting hero").
 */
const PLAYER_BEFORE =
  /(?<![\p{L}'’])(?!(?:The|A|An|This|That|These|Those|It|Its|There|Here|What|Which|Who|And|But|So|Hollywood|Everyone|Nobody|Anyone)\s)(?:\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he)\s+(?:(?:also|still|really|truly|certainly|easily|definitely|actually|just)\s+)?$/u;
/**
 * A look word then a capitalized name or a person: "good-looking Leslie Nielsen" (Forbidden
 * Planet's page), "a great-looking kid", "a good looking man": a person's looks.
 * (A "cheap-looking monster" is the film's creature design: it stays.)
 */
const LOOKS_OF_SOMEONE =
  /^[a-z]+[- ]looking\s+(?:\p{Lu}|(?:old\s+|young\s+)?(?:man|men|woman|women|guys?|girls?|boys?|kids?|dudes?|hunks?|lads?|blokes?|actors?|actresses|actress|leads?|stars?)\b)/u;
/**
 * A full name right before "looks" or "look": "Kristan Dunst looks lovely" (a person's looks);
 * so does "she" or "he", and a surname after a title ("miss Kidman looks fantastic").
 */
const NAME_BEFORE_LOOKS =
  /(?:(?<![\p{L}'’])(?!(?:The|A|An|This|That|It|Its|Also|And|But|So|Even|Still)\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s(?:Mc|Mac|O['’]|De|Di)?\p{Lu}\p{Ll}+|(?<![\p{L}'’])(?:[Ss]he|[Hh]e)|(?<![\p{L}'’])(?:[Mm]iss|[Mm]s|[Mm]rs|[Mm]r)\.?\s(?:Mc|Mac|O['’]|De|Di)?\p{Lu}\p{Ll}+)\s(?:(?:still|also|always|just|really|certainly|even|truly)\s)?$/u;
/**
 * Whether the music term at `at` is a "score" that rates the film or settles a debt, not its
 * music: one given, rated or voted in its clause ("gave it a poor score", "giving movies a
 * score from 1 to 10"; not "gave us the Lawrence of Arabia score", nor past a comma, "given the
 * two stars, the terrific score"), one after a rating's own word ("a negative score", "a
 * maximum score", IMDb's "weighted score", a Metacritic score), one compared after it ("a
 * score lower than 1"), or one settled or evened ("to even a score"; not "even the score is
 * good"). A score by someone is music whatever comes before; "given" gives a score only to
 * what it names ("given it a lower score", not "watchable given its haunting score").
 */
function ratingScoreAt(lower: string, at: number): boolean {
  if (!lower.startsWith("score", at) || SCORE_BY.test(lower.slice(at, at + 20))) return false;
  // (Sixty characters at most: RATING_BEFORE_SCORE, tried at each of them, is quadratic in
  // what it reads; so bounded, whatever the text.)
  const before = lower.slice(Math.max(0, at - 60), at);
  return (
    RATING_BEFORE_SCORE.test(before) ||
    SETTLED_BEFORE_SCORE.test(before) ||
    RATINGS_COMPARED.test(lower.slice(at, at + 30))
  );
}
const SCORE_BY = /^scores?\s+by\b/;
const RATING_BEFORE_SCORE =
  /(?:(?:\b(?:give|gives|gave|giving|rate|rates|rated|vote|votes|voted|voting|voters?)\b(?!\s+us\b)|\bgiven\s+(?:it|this|that|them|the\s+(?:film|movie)|a|an)\b)[^.;:!?,]{0,40}|\b(?:negative|zero|maximum|minimum|imdb|users?['’]?|viewers['’]?|weighted|metacritic)\s+)$/;
const SETTLED_BEFORE_SCORE =
  /\b(?:settle|settles|settled|settling|evens|evened|evening|to even)\s+(?:(?:the|a|an|his|her|their|some|a few|few|old)\s+){0,2}$/;
const RATINGS_COMPARED = /^scores?\s+(?:(?:lower|higher|less|more)\s+than|(?:from|out of)\s+\d)/;
/** A term that names whoever did the work ("cinematographer Alexander Dynan"), whose talent a film may waste. */
const PERSON_AT =
  /^(?:director|filmmaker|cinematographer|composer|screenwriter|writer|editor|auteur)s?\b/;
/** A portrayal of a thing, not of a character: "of" then a lowercase word, no article or possessive. */
const DEPICTION = /^portrayals? of (?!(?:the|a|an|his|her|their|its|this|that)\b)\p{Ll}/u;

/**
 * A word a clause cannot end on (a conjunction, an article, a preposition, "very"), then a
 * comma; or "On paper," and "In theory,", which qualify the clause they open ("On paper, this
 * movie would sound incredibly boring": judging-words.ts, ON_PAPER).
 */
const DANGLING =
  /\b(?:(?:and|or|nor|but|the|a|an|of|with|to|for|from|by|in|on|very)[,;:]|(?:on paper|in theory),)$/i;
/**
 * A negation, a comma and an aside set off by another ("they are never, however, especially
 * funny", "is not, alas, so diligent", "I have never, ever seen"): the clause goes on past
 * both commas, so the negation reaches what it denies. (Not a negation that ends a clause by
 * itself: "When it doesn't, it's full blown tedium", "More often than not, however, …".)
 */
const NEGATION_BEFORE_COMMA =
  /(?:(?<!\b(?:than|or|if)\s+)\b(?:never|not|hardly|rarely|seldom)|n['’]t),$/i;
const ASIDE_AFTER_NEGATION =
  /^\s+(?:however|though|alas|sadly|unfortunately|thankfully|admittedly|frankly|of course|mind you|in my (?:humble )?opinion|i think|i['’]m afraid|ever|at least|to be fair|to be honest|by itself|in itself|surprisingly|oddly enough)\s*,/i;

/**
 * Two or more capitalized words in a row after the sentence's first word ("the Billy Lynn's
 * Long Halftime Walk of Predator movies", "a nod to The Long Goodbye") name a film or a
 * person: their words judge nothing.
 */
// (A look-behind of one character each: a longer one would rescan runs of spaces.)
const TITLE_RUN =
  /(?<=\S\s)\p{Lu}[\p{Ll}'’]+(?:\s+(?:(?:of|the|and|in|on|to|for|a)\s+)?\p{Lu}[\p{Ll}'’]+)+/gu;

/**
 * Capitalized words that open a sentence, a lowercase word after them: a title or a name
 * ("Country Strong is …", "Mark Strong as Knightley …", "A Beautiful Mind was …"); group 1 is
 * the run after its first word, which any sentence capitalizes ("Marvelous Will Smith and his
 * … cast", "Gorgeous Tuscan scenery"). After an article, two more words at least ("An
 * Excellent cast" capitalizes for emphasis).
 */
const OPENING_RUN =
  /^[^\p{L}]{0,3}(?:(?:The|A|An)\s+(?=\p{Lu}[\p{Ll}'’]+\s+(?:(?:of|the|and|in|on|to|for|a)\s+)?\p{Lu})|(?!(?:The|A|An)\s)\p{Lu}[\p{Ll}'’]+\s+(?:(?:of|the|and|in|on|to|for|a)\s+)?(?=\p{Lu}))(\p{Lu}[\p{Ll}'’]+(?:\s+(?:(?:of|the|and|in|on|to|for|a)\s+)?\p{Lu}[\p{Ll}'’]+)*)(?=\s+\p{Ll})/u;

/** Two lists of [start, end) spans as one, in order, spans that overlap joined. */
function mergedSpans(
  a: ReadonlyArray<readonly [number, number]>,
  b: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Where OPENING_RUN's run (its group 1) is, as a [start, end) span. */
function openingSpan(opening: RegExpExecArray): [number, number] {
  const end = opening.index + opening[0].length;
  return [end - (opening[1] as string).length, end];
}

function titleRuns(sentence: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  TITLE_RUN.lastIndex = 0;
  for (let m = TITLE_RUN.exec(sentence); m !== null; m = TITLE_RUN.exec(sentence))
    runs.push([m.index, m.index + m[0].length]);
  return runs;
}

/**
 * Whether `at` lies inside one of `runs` (in order, apart): a binary search, so a sentence of
 * many terms and many runs costs their count, not its square.
 */
/**
 * The first span that ends after `at` (spans in order), -1 when none: by binary search, as a
 * sentence of thousands of clauses each naming an aspect ("wit, wit, wit, …") found each
 * mention's clause in turn.
 */
function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at < (spans[mid] as { end: number }).end) high = mid;
    else low = mid + 1;
  }
  return low < spans.length ? low : -1;
}

function insideRun(runs: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = runs[mid] as readonly [number, number];
    if (at < start) high = mid - 1;
    else if (at >= end) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Whether a sentence capitalizes every word but the small ones, as a headline does
 * ("Lovingly Made Pulp Fantasy With Boring Human Characters"): its capitals name nothing.
 */
function headlineCase(sentence: string): boolean {
  LOWERCASE_WORD.lastIndex = 0;
  for (let m = LOWERCASE_WORD.exec(sentence); m !== null; m = LOWERCASE_WORD.exec(sentence))
    if (!HEADLINE_SMALL_WORDS.has(m[0])) return false;
  return true;
}
const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{N}'’-]*/gu;
/** A capitalized name right before a capitalized "Animation": a studio's name. */
const STUDIO_BEFORE_ANIMATION = /\p{Lu}[\p{L}'’.-]*\s+A$/u;
/** The words a headline leaves in lowercase. */
const HEADLINE_SMALL_WORDS = new Set(
  "a an and as at but by for from in into nor of on or over the to vs with".split(" "),
);

// A run of spaces is scanned from its first space only (`(?<!\s)`), not again from each.
// "While" after "a long", "a little", "worth your" … is a noun, not a contrast. The stop
// after an initial or a title ("F. Scott Fitzgerald", "Mr. Payne") ends nothing. An ellipsis
// with no space after it ends a clause where a new one starts ("darker...[but] lacks the
// soul"; "never arrives...It's just bad storytelling"), unless the word before it cannot
// end one ("a shootout between...Blazing Saddles"). "Yet" opens a clause as a conjunction,
// not as the adverb of "hasn't yet developed", "has yet to", "yet another" or "yet again";
// nor does "but" after "anything", "nothing" or "everything" ("anything but pointless").
// A concession opens one too: "It's a blast even if the acting is wooden" faults the acting.
// The look-ahead first tells the engine which characters a boundary can start at, so it
// skips the rest at once (a fifth faster).
const CLAUSE_BOUNDARY =
  /(?=[.…!?,;:\s])(?:(?:\.\.\.|…)(?<=[A-Za-z,](?:\.\.\.|…))(?<!\b(?:and|or|nor|the|a|an|of|with|to|for|from|by|in|on|at|between|like|than|as|very)(?:\.\.\.|…))(?=\[?(?:[A-Z]|but\b|yet\b|though\b|although\b|however\b))|[!?,;:]\s+|(?<!(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs))\.\s+|(?<!\s)\s+[-–—]+\s+|(?<!\s)\s+(?=(?:[Bb]ut|[Tt]hough|[Aa]lthough|[Ww]hereas|[Hh]owever|[Ee]ven (?:if|when|while))\b|(?<!(?:n't|n’t|\b(?:not|never|has|have|had|as))\s+)[Yy]et\s+(?!(?:to|another|again)\b)\w)(?<!\b(?:[Aa]nything|[Nn]othing|[Ee]verything)\s+)|(?<!\s)\s+(?=[Ww]hile\b)(?<!\b(?:a|long|little|short|good|great|worth|your|whole|some)\s+))/g;

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

/**
 * Where a clause's quote starts: at the clause, or back at the lack a list of what is lacked
 * hangs from ("Devoid of logic, suspense, humor, credible characters …" quoted from "Devoid",
 * not from "humor", which alone reads as praise; Final Destination's page, 2026-12-04).
 */
function quoteStart(spans: Span[], i: number): number {
  // "The amount of talent wasted in this shallow, predictable tale is very impressive": a
  // comma between a noun phrase's adjectives splits no clause for a reader, so the quote starts
  // where the phrase does, not at "… predictable tale is very impressive".
  let opens = i;
  while (opens > 0 && i - opens < LIST_REACH) {
    const before = spans[opens - 1] as Span;
    // (Its end only: a clause may be a whole text.)
    const phrase = ADJECTIVE_BEFORE_COMMA.test(before.text.slice(-ADJECTIVES_REACH));
    if (
      !before.runsOn ||
      !(phrase || wordCount(before.text) === 1) ||
      CLAUSE_OPENS.test((spans[opens] as Span).text)
    )
      break;
    opens--;
    if (phrase) return opens;
  }
  // (Only an item of a list: a clause of its own says what it says.)
  if (wordCount((spans[i] as Span).text) > LAST_ITEM_WORDS) return i;
  for (let first = i - 1; first >= 0 && i - first <= LIST_REACH; first--) {
    const item = spans[first] as Span;
    // (A list's items run on past their commas to a lowercase word: RUNS_ON.)
    if (!item.runsOn || wordCount(item.text) > LIST_ITEM_WORDS) return i;
    if (LACK_HEAD.test(item.text)) return first;
  }
  return i;
}
/**
 * A clause that ends in an article or the like and a word or a list of them: a noun phrase's
 * first adjectives ("this shallow", "the smart, funny").
 */
const ADJECTIVE_BEFORE_COMMA =
  /\b(?:a|an|the|this|that|these|those|its|his|her|their|our|your|my|such|so|very|most|more)\s+[\p{L}'’-]+(?:,\s+[\p{L}'’-]+)*\s*,?\s*$/iu;
/**
 * A clause that opens with a word of its own (an article, a pronoun, a preposition …): not
 * the rest of a noun phrase ("In the dark, no one can see you laugh").
 */
const CLAUSE_OPENS =
  /^\W*(?:a|an|the|this|that|these|those|it|it's|it’s|its|he|she|they|we|you|i|his|her|their|my|our|your|there|here|to|in|on|at|for|with|from|by|of|as|no|not|more|less|when|whenever|where|if|what|who|which|all|every|each|some|one|then|now)\b/i;
/** How far back from a clause's end such a phrase is looked for, in characters. */
const ADJECTIVES_REACH = 60;
/** What a list of lacks hangs from. */
const LACK_HEAD =
  /\b(?:devoid of|deficient in|lacks?(?<!\bfor lack)|lacking|bereft of|short on|without(?! (?:a doubt|question)\b)(?<!(?:\bnot|n't|\bdo) without)|missing|in need of)\b/i;
/** How many clauses back, and how many words each, a list of lacks is followed. */
const LIST_REACH = 6;
const LIST_ITEM_WORDS = 6;
/** … and the most words of the item quoted, the list's last perhaps ("or even a whiff of imagination"). */
const LAST_ITEM_WORDS = 10;

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
  let negatedListEnd = -1;
  // (The negated-list test only where a negation can be: most sentences have none.)
  const mayNegate = /n't|\bno[tr]?\b|\bnever\b|\bneither\b/i.test(masked);
  // (exec, not matchAll: matchAll copies the expression on every call.)
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(masked); m !== null; m = CLAUSE_BOUNDARY.exec(masked)) {
    const at = m.index;
    const comma = m[0][0] === ",";
    if (
      comma &&
      (DANGLING.test(masked.slice(Math.max(start, at - 12), at + 1)) ||
        (mayNegate &&
          NEGATION_BEFORE_COMMA.test(masked.slice(Math.max(start, at - 8), at + 1)) &&
          ASIDE_AFTER_NEGATION.test(masked.slice(at + 1, at + 40))))
    ) {
      asideFrom = at + m[0].length;
      continue;
    }
    // "A sensational, swaggering performance": a judging word after a determiner and before a
    // comma is one of a list of adjectives, not a clause.
    if (comma && judgingAdjectiveList(masked.slice(start, at))) continue;
    // "It isn't heartbreaking, heartwarming, or funny": a list its negation reaches, to its "or".
    if (comma && at < negatedListEnd) continue;
    // (A bounded slice: the expression is anchored at its end only.)
    if (comma && mayNegate && NEGATED_ITEM.test(masked.slice(Math.max(start, at - 60), at))) {
      const list = LIST_TO_OR.exec(masked.slice(at, at + 80));
      if (list) {
        negatedListEnd = at + list[0].length;
        continue;
      }
    }
    const aside = asideFrom >= 0 && masked.slice(asideFrom, at).trim().split(/\s+/).length <= 3;
    asideFrom = -1;
    if (aside && comma) continue;
    // A sentence-ending or clause mark stays with its clause.
    const end = at + (/^(?:\.\.\.|…)$/.test(m[0]) ? m[0].length : /^[.!?]/.test(m[0]) ? 1 : 0);
    // "Hong Kong action director Ronny Yu... brings a slick, kinetic, cartoonish energy": an
    // elision before a lowercase word ends a clause but not its quote (Bride of Chucky's page
    // had quoted the credit alone).
    const elided =
      m[0][0] === "." && masked[at - 1] === "." && /[a-z]/.test(masked[at + m[0].length] ?? "");
    push(end, (comma && RUNS_ON.test(masked.slice(at, at + 16))) || elided);
    start = at + m[0].length;
  }
  push(masked.length);
  return spans;
}

/**
 * A negation and the word it reaches, before a comma: "isn't heartbreaking", "not very smart",
 * "never as fleet" (a denied comparison's list: "never as fleet, funny, or detailed as …").
 */
const NEGATED_ITEM =
  /\b(?:not|never|neither|[a-z]+n't)\s+(?:(?:very|so|too|that|particularly|especially|at all|(?:quite |nearly |half )?as)\s+)?[\p{L}'-]+$/iu;
/** The rest of a list up to its "or": ", heartwarming, or ", ", funny or ", ", funny nor ". */
const LIST_TO_OR = /^,\s+(?:[\p{L}'-]+,\s+){0,4}(?:[\p{L}'-]+\s+)?(?:or|nor)\s+/iu;

/**
 * A determiner and a judging word ("A sensational"), or "as" and one ("never seemed as
 * witty"): the start of a list of adjectives.
 */
function judgingAdjectiveList(text: string): boolean {
  const word =
    ADJECTIVE_AFTER_DETERMINER.exec(text)?.[1] ?? ADJECTIVE_AFTER_AS.exec(text.slice(-40))?.[1];
  return word !== undefined && judgingAt(word.toLowerCase(), 0);
}
const ADJECTIVE_AFTER_DETERMINER = /^\s*(?:a|an|the|this|its|his|her|their)\s+([a-z-]+)$/i;
const ADJECTIVE_AFTER_AS = /\bas\s+(?!well\b)([a-z-]+)$/i;

/** Verbs of rescue: what a term can or cannot do for the film ("save", "make up for"). */
const RESCUES = "save|salvage|rescue|redeem|overcome|lift|elevate|make up for|compensate for";
/** A verb of rescue denied after a term: "can't save", "doesn't quite make up for", "can't accelerate". */
const CANNOT_SAVE = new RegExp(
  String.raw`\b(?:can't|cannot|can not|couldn't|could not|doesn't|does not|don't|do not|didn't|did not|won't|will not|wouldn't|would not|fails? to|failed to|unable to|isn't enough to|aren't enough to|is not enough to|are not enough to)\s+(?:(?:even|quite|really|ever|entirely|fully|always|help)\s+)?(?:${RESCUES}|mask|disguise|fix|cure|accelerate|quicken|enliven|offset)\b`,
);

/** What a text CANNOT_SAVE can be in holds one of (includesAny first: most deny nothing). */
const DENIES_RESCUE_LITERALS = ["n't", "not", "fail", "unable"];

/**
 * Whether the clause `i` is an item of a list (of short clauses that run on, or go on with
 * "and" or "or") whose last item denies a rescue (CANNOT_SAVE).
 */
function listCannotSave(spans: Span[], i: number, lower: string): boolean {
  for (let next = i + 1; next < spans.length && next - i <= LIST_REACH; next++) {
    const item = spans[next - 1] as Span;
    const following = spans[next] as Span;
    if (wordCount(item.text) > UNSAVED_ITEM_WORDS) return false;
    if (!item.runsOn && !/^(?:and|or)\b/i.test(following.text)) return false;
    if (CANNOT_SAVE.test(lower.slice(following.start, following.end))) return true;
  }
  return false;
}

/** The most words of an item of a list that cannot save a film ("lots of fun rock and pop songs"). */
const UNSAVED_ITEM_WORDS = 8;

/**
 * Where, after a term and in its clause, what follows judges something else: a verb of rescue
 * denied (CANNOT_SAVE) or the term held back by something (HELD_BACK_BY); -1 where none does.
 */
function cannotSaveAfter(lower: string, span: Span, at: number): number {
  // (Bounded: a clause may be a whole text.)
  const after = lower.slice(at, Math.min(span.end, at + CANNOT_SAVE_REACH));
  // "No gorgeous cinematography and no cast, no matter how A-list, can ultimately save this
  // material": denied by "no" before the term, the rescue itself is affirmed, perhaps past an
  // aside (so looked for to the sentence's end); not "no amount of clever editing", which
  // names no editing the film has.
  const sentenceAfter = lower.slice(at, at + CANNOT_SAVE_REACH);
  if (sentenceAfter.includes("can") || sentenceAfter.includes("could")) {
    const denied = NO_BEFORE.exec(lower.slice(Math.max(span.start, at - 40), at));
    const found =
      denied && !/\bno amount of\b/.test(denied[0]) ? CAN_SAVE.exec(sentenceAfter) : null;
    // (Its own subject's rescue: not across a stop or into another clause, "he is no good
    // actor or that no actor in the world can save a script like this".)
    if (found && !RESCUE_SUBJECT_ENDS.test(sentenceAfter.slice(0, found.index)))
      return at + found.index;
  }
  // "The actors are hamstrung by a script that …": what holds a term back is judged, not the term.
  if (after.includes(" by ") || after.includes(" with ")) {
    const held = HELD_BACK_BY.exec(after);
    if (held) return at + held.index;
  }
  if (!includesAny(after, DENIES_RESCUE_LITERALS)) return -1;
  const found = CANNOT_SAVE.exec(after);
  return found ? at + found.index : -1;
}
/**
 * Held back by something else: "the actors are hamstrung by a script", "[the actors'] nimble
 * comic timing is hampered by truly ugly production work" (Nurse Betty's page, 2026-12-04),
 * "the movie's leads are completely stranded by the humorless material".
 */
const HELD_BACK_BY =
  /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:(?:[a-z]+ly|also|often|sometimes|further|still|all)\s+)?(?:hampered|hamstrung|undermined|undercut|let down|sabotaged|hobbled|weighed down|dragged down|crippled|saddled|shackled|straitjacketed|handcuffed|stymied|stranded)\s+(?:by|with)\b/;
/** Right before a term: "no", "neither" or "nor" and a few words ("no gorgeous "). */
const NO_BEFORE = /(?:^|[^a-z'-])(?:no|neither|nor)\s+(?:[a-z'-]+\s+){0,3}$/;
/** After such a term: the rescue it cannot make, affirmed ("can ultimately save"). */
const CAN_SAVE = new RegExp(
  String.raw`\b(?:can|could)\s+(?:(?:ever|really|ultimately|quite|possibly|truly|even|fully)\s+)?(?:${RESCUES})\b`,
);
/** Between a term and "can save": what ends its subject (a stop, a new clause). */
const RESCUE_SUBJECT_ENDS = /[.;:!?]|\b(?:or|that|which|who|because|but|if|when|while)\b/;
/** "no", "neither" and "nor" blanked out: what the rescue clause says of its subject. */
const withoutQuantifiers = (subject: string) =>
  subject.replace(/\b(?:no|neither|nor)\b/gi, (word) => " ".repeat(word.length));
/** How far after a term a denied rescue is looked for: the subject of one sentence. */
const CANNOT_SAVE_REACH = 200;

/** A clause that opens by conceding what the rest of its sentence goes against. */
const CONCEDING_CLAUSE =
  /^\W*(?:although|though|even though|even if|as much as|despite|in spite of|for all)\b/i;

/**
 * A clause's polarity toward an aspect: the aspect's own cue words, then words that judge
 * whatever they describe (turned around by a negation just before them), in the clause and
 * then, unless the sentence turns on a contrast or the clause concedes, in its whole sentence
 * ("At 100 minutes, it's just right"); failing those, the text model's reading of the clause.
 */
function clausePolarity(
  aspect: AspectName,
  clause: string,
  sentence: string | null,
  readClause: ClauseReader,
  lean: (text: string) => number,
  /** The judging words right before the aspect's term (see modifierLean), read only when no cue settles it. */
  modifier: () => number = () => 0,
  stance = 0,
): {
  polarity: AspectMention["polarity"];
  strength: number;
  /** Whether a judging word right before the term decided it. */
  modified?: boolean;
  /** Whether words outside the term's clause, in its sentence, decided it. */
  bySentence?: boolean;
} {
  // A clause that concedes ("As much as I wanted to take pleasure in the actors' brilliance,
  // the film lacks credibility") is not judged by the rest of its sentence's judging words,
  // which say the other side of it; only by the aspect's own cues there.
  const conceding = sentence !== null && sentence !== clause && CONCEDING_CLAUSE.test(clause);
  for (const text of sentence === null ? [clause] : [clause, sentence]) {
    const bySentence = text !== clause;
    const cue = cueLean(aspect, text);
    if (cue !== 0)
      return { polarity: cue > 0 ? "positive" : "negative", strength: CUE_STRENGTH, bySentence };
    if (bySentence && conceding) break;
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
        strength: bySentence ? LEXICAL_IN_SENTENCE : 2,
        bySentence,
      };
  }
  // A role described ("Rockwell plays a violent, racist cop") is not a performance judged:
  // without judging words, the clause's mood is the character's, not the critic's.
  if (aspect === "acting" && ROLE_DESCRIBED.test(clause))
    return { polarity: "neutral", strength: 0 };
  // A clause too short to stand alone is quoted in its sentence, and read there ("In his
  // directing debut, Dave Grohl shows the instincts of a real filmmaker"); in the light of
  // the critic's own verdict or rating, where the review gives one (verdictLean).
  const modelLean =
    readClause(sentence !== null && !standsAlone(clause) ? sentence : clause) + stance;
  const polarity = modelPolarity(modelLean);
  const strength = polarity === "neutral" ? 0 : Math.min(MODEL_STRENGTH, Math.abs(modelLean));
  return { polarity, strength };
}

/**
 * What an aspect's own cue words in a text say of it: above 0 praise, below 0 a complaint. A
 * cue in a negation's scope says the opposite ("it's never slow"); cues that say opposite
 * things settle nothing.
 */
function cueLean(aspect: AspectName, text: string): number {
  const cues = ASPECT_POLARITY_CUES[aspect];
  if (!cues) return 0;
  return (cueSign(cues.positive, text) ?? 0) - (cueSign(cues.negative, text) ?? 0);
}

/**
 * A clause whose subject is the book (novel, memoir …) the film comes from, up to its verb:
 * "Elizabeth Gilbert's phenomenally popular memoir was funny, insightful", "The book was also
 * excellently written by Truman Capote", "the book already reads like a screenplay". What it
 * says, it says of the book.
 */
const SOURCE_SUBJECT =
  /^\W*(?:(?:and|but|yet|while|though|although|whereas)\s+)?(?:(?:the|this|that|its|his|her|their)\s+)?(?:(?!(?:of|from|since|how|to|in|by|with|as|when|if|because|after|before|than|like|for|on|at|about|what|why|where|which|that|who)\b)[a-z.'’-]+\s+){0,5}?(?:book|novel|novella|memoir|bestseller|best-seller|source material|source novel|graphic novel|comic book|short story|stage play)\s+(?:(?:also|already|itself|still|really|actually|certainly|simply|just)\s+)?(?:is|was|are|were|has|had|reads|remains|portrays|describes|tells|paints|explores|gives|offers|did|does)\b(?!\s+(?:(?:[a-z]+ly|now|finally|here|also)\s+)?(?:filmed|adapted|brought|turned|made|transformed|translated|put|given)\b)/;

/** Whether a clause's subject is the film's source (SOURCE_SUBJECT). */
function judgesTheSource(span: Span, lower: string): boolean {
  const text = lower.slice(span.start, Math.min(span.end, span.start + 160));
  return SOURCE_WORD.test(text) && SOURCE_SUBJECT.test(text);
}
const SOURCE_WORD = /book|novel|memoir|seller|source|story|play/;

/** The text model's reading of a clause as an aspect's polarity (see POSITIVE_ABOVE). */
const modelPolarity = (lean: number): AspectMention["polarity"] =>
  lean > POSITIVE_ABOVE ? "positive" : lean < NEGATIVE_BELOW ? "negative" : "neutral";

/**
 * Whether a clause (as read: titles blanked out) names one of the review's cast or directors
 * and judges. A director named only as the film's maker ("Clint Eastwood's Hereafter is a bad
 * movie", "Volckman's film truly excels") is a credit: the film is judged, not its direction.
 */
function namedAndJudged(aspect: AspectName, clause: string, people: PersonCredit[]): boolean {
  const names =
    aspect === "acting"
      ? namesOf(people).cast
      : aspect === "direction"
        ? namesOf(people).director
        : null;
  if (names === null || !EVALUATIVE.test(clause)) return false;
  return aspect === "direction"
    ? namesIn(clause, names, FILM_OR_OWN_ROLE_AFTER_NAME, CREDITED_BEFORE_NAME)
    : namesIn(clause, names);
}

/**
 * After a director's name, the film it credits them with ("'s Title", "'s latest film"), or
 * their own work in front of the camera ("Branagh's performance is wonderful"): neither
 * judges the direction.
 */
const FILM_OR_OWN_ROLE_AFTER_NAME =
  /^['’]s?\s+(?:\0|\p{Lu}|["“‘'](?=\p{Lu})|(?:(?:new|latest|last|first|second|third|debut|next|own|feature|directorial)\s+){0,2}(?:film|movie|picture|feature|debut|latest|effort|offering|opus)\b|(?:(?:own|lead|central|title|leading|\p{Ll}+ly)\s+)?(?:performance|acting|turn|portrayal|role|screen presence|presence|delivery|line readings?)\b)/u;

/**
 * Before a director's surname, the film, a credit blanked out (CREDIT) and the first names: "A
 * remarkable film from director Sam Mendes", "another masterpiece from French director Eric
 * Rohmer", "outstanding films directed by Clint Eastwood", "a great screenplay from
 * writer/director Ben Younger" judge the film (or its script) and say who made it, not how he
 * directed it (not "Writer-director Derrick Borte makes an impressive film debut": his doing).
 */
const CREDITED_BEFORE_NAME =
  /(?:film|movie|picture|drama|comedy|romance|thriller|masterpiece|feature|debut|story|effort|work|entry|outing|yarn|tale|biopic|documentary|classic|offering|opus|satire|fable|western|musical|epic|adventure|fantasy|chiller|mystery|dud|disappointment|misfire|sequel|remake|screenplay|script)s?\s+\0+\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;

/** Whether a sentence (as read: asides and titles blanked out) names any of the review's cast or directors. */
function namesAnyone(masked: string, people: PersonCredit[]): boolean {
  if (people.length === 0) return false;
  const { cast, director } = namesOf(people);
  if (cast.length === 0 && director.length === 0) return false;
  const read = masked.replace(/\0+/g, " ");
  return namesIn(read, cast) || namesIn(read, director);
}

/** Whether the word at `at` is capitalized and one of the words of a credited person's name. */
function inCreditedName(sentence: string, at: number, people: PersonCredit[]): boolean {
  const first = sentence.charCodeAt(at);
  if (!(first >= 65 && first <= 90)) return false;
  NAME_WORD.lastIndex = at;
  const word = NAME_WORD.exec(sentence)?.[0].replace(POSSESSIVE_END, "");
  return word !== undefined && namesOf(people).words.has(word);
}
const NAME_WORD = /[\p{L}'’-]+/uy;
const POSSESSIVE_END = /['’]s?$/;

/** A review's people's names as the rules read them, worked out once per review. */
interface PeopleNames {
  /** The surnames (or whole one-word names) of its cast. */
  cast: string[];
  /** … and of its directors. */
  director: string[];
  /** Every word of every name ("Tim", "Story"). */
  words: Set<string>;
}

const peopleNames = new WeakMap<PersonCredit[], PeopleNames>();

/** A review's people's names (PeopleNames), from a cache by the review's list of people. */
function namesOf(people: PersonCredit[]): PeopleNames {
  let found = peopleNames.get(people);
  if (!found) {
    const of = (role: PersonCredit["role"]) =>
      people.filter((p) => p.role === role).map((p) => p.name.split(" ").at(-1) ?? p.name);
    found = {
      cast: of("cast"),
      director: of("director"),
      words: new Set(people.flatMap((p) => p.name.split(/\s+/))),
    };
    peopleNames.set(people, found);
  }
  return found;
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Whether any of the names is in the text as a whole word (case and all), not followed by what
 * `notBefore` matches nor preceded by what `notAfter` matches. Looked for with indexOf, not a
 * regular expression built per review: compiling one cost more than the search.
 */
function namesIn(
  text: string,
  names: readonly string[],
  notBefore?: RegExp,
  notAfter?: RegExp,
): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (
        !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at)) &&
        !LETTER_OR_DIGIT_AT_START.test(text.slice(end, end + 2)) &&
        !notBefore?.test(text.slice(end, end + 40)) &&
        !notAfter?.test(text.slice(Math.max(0, at - 40), at))
      )
        return true;
    }
  }
  return false;
}
