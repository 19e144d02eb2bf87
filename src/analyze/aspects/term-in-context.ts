import type { AspectName } from "../../domain/analysis.js";

/*
 * Terms that name an aspect only in some contexts, read around the term: "minutes" and "two
 * hours" (a length, or a moment of the film?), "long" (the film's, or hair's?), "slowly" (the
 * film's pace, or a character's?), "filmed" (how, or where?). Each reads a bounded stretch
 * either side of the term, and the words of its clause, which the caller reads once per clause.
 */

/**
 * Adverbs that say when, whether or how much, not how: "originally written by", "filmed
 * entirely in Canada" (JUDGED_HOW in find-aspects reads credits with the same list).
 */
export const NOT_HOW_ADVERBS =
  "only|early|family|originally|apparently|reportedly|supposedly|actually|really|probably|previously|recently|jointly|eventually|initially|partly|mostly|largely|officially|solely";

/** What a clause (with what its quote runs on to) says of time. */
export interface TimeWords {
  /** Time passing: boring, dull, asleep, forever, "nothing happens" … (TIME_PASSING). */
  passing: boolean;
  /** A word of length: long, short. */
  length: boolean;
}

/** What a clause's text says of time. */
export function timeWordsOf(text: string): TimeWords {
  return { passing: TIME_PASSING.test(text), length: LENGTH_WORD.test(text) };
}

/**
 * Whether a term of `aspect` found at `at` in the lowercased sentence names the aspect there;
 * `timeWordsAt` gives the time words of the clause at a position (null outside any clause).
 * Terms without a context rule always do.
 */
export function termInContext(
  aspect: AspectName,
  lower: string,
  at: number,
  timeWordsAt: (at: number) => TimeWords | null,
): boolean {
  if (aspect === "pacing") {
    if (lower.startsWith("long", at) && !/^long\w/.test(lower.slice(at, at + 5)))
      return longOfTheFilm(lower, at, timeWordsAt);
    if (lower.startsWith("slowly", at))
      return (
        FILM_GOES_AFTER_SLOWLY.test(lower.slice(at, at + 60)) ||
        FILM_GOES_BEFORE_SLOWLY.test(lower.slice(Math.max(0, at - 60), at))
      );
    if (BORING_AT.test(lower.slice(at, at + 8))) return boringIsTheFilm(lower, at);
    return measuresTheFilm(lower, at, timeWordsAt);
  }
  if (aspect === "writing" && lower.startsWith("character", at))
    return !ACTORS_OWN_BEFORE.test(lower.slice(Math.max(0, at - 90), at));
  if (aspect === "direction" && GENERIC_AT.test(lower.slice(at, at + 12)))
    return !generalFilmmaking(lower, at);
  if (aspect === "visuals" && lower.startsWith("filmed", at))
    return (
      FILMED_HOW_AFTER.test(lower.slice(at, at + 60)) ||
      FILMED_HOW_BEFORE.test(lower.slice(Math.max(0, at - 40), at))
    );
  return true;
}

/**
 * Before "characters": the actors' own ("Actors with the ability to connect their characters
 * to you", "both stars excel in unravelling their hard-bitten characters' fragility"): what
 * they do with a role is acting, not writing.
 */
const ACTORS_OWN_BEFORE =
  /\b(?:actors?|actress(?:es)?|performers?|stars)\b[^.;:!?]{0,60}\b(?:their|his|her)\s+(?:[a-z-]+\s+)?$/;

/**
 * Filmmaking and filmmakers in general, not this film's: "a peculiar ode to the art of
 * filmmaking", "nostalgic for a different era of filmmaking", "a throwback to a time when
 * filmmakers found all sorts of ways", "as long as filmmakers are willing to fill it with
 * energy", "when sensationalized horror directors take a stab at the lighter side"; not "when
 * directors Joel and Ethan Coen start eliding some of the murders", nor "if the filmmakers had
 * resisted the urge", this film's.
 */
function generalFilmmaking(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 60), at);
  if (lower.startsWith("filmmaking", at)) return FILMMAKING_AS_SUCH.test(before);
  return FILMMAKERS_WHENEVER.test(before) && !NAMED_AFTER.test(lower.slice(at, at + 60));
}
const GENERIC_AT = /^(?:filmmaking|filmmakers|directors)\b/;
const FILMMAKING_AS_SUCH =
  /\b(?:(?:art|era|world|history|business|process|processes|dangers|difficulties|days|age|mechanics|nature|language|medium|grammar|craft) of (?:(?:independent|modern|american|hollywood|classic|old-fashioned|old-school|silent|documentary|contemporary|bygone|studio)[ -])?|(?:ode|homage|tribute|love letter|valentine|paean) to )$/;
const FILMMAKERS_WHENEVER =
  /\b(?:a time|an era|the days|days|an age) (?:when|in which) (?:[a-z-]+ ){0,2}$|\b(?:when|whenever|as long as|until|if only|unless) (?:(?!(?:the|these|those|its|our|his|her|their|both|two|co-?)\b)[a-z-]+ ){0,2}$/;
/** Names after plural filmmakers ("directors joel and ethan coen"): this film's, named. */
const NAMED_AFTER = /^[a-z]+ (?:[a-z.'’-]+ ){1,3}(?:and|&) /;

/**
 * "Boring", "dull", "a bore" judge the film's pace where they judge the film ("an astonishingly
 * boring drama", "it's so boring", "an overblown bore"), not another aspect's thing: "boring
 * leads", "dull performances", "Dragon Tattoo's plot profoundly boring", "characters so stiff
 * and dull" (2026-12-04: the labels' dev half counts 10 of 12 of the first as pacing, none of
 * the second).
 */
function boringIsTheFilm(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 60), at);
  if (BORING_THING_BEFORE.test(before) || SOMEONE_ELSE_SAYS.test(before)) return false;
  const after = lower.slice(at, at + 70);
  if (after.startsWith("bore")) return BORING_NOUN.test(after);
  if (BORING_FILM_AFTER.test(after)) return true;
  return !BORING_THING_AFTER.test(after) && BORING_SAID.test(after);
}

const BORING_AT = /^(?:bor(?:ing|edom|e\b)|dull)/;
/** What else is boring: another aspect's thing, a person (a pronoun: names are lowercased here). */
const BORING_THINGS =
  "characters?|characterization|leads?|performances?|performers?|acting|actors?|actress(?:es)?|cast|ensemble|heroes|heroine|hero|villains?|protagonists?|stars?|script|screenplay|plots?|plotting|story|stories|storyline|storytelling|narrative|premise|dialogue|dialog|writing|jokes?|gags?|humou?r|music|score|soundtrack|songs?|visuals?|cinematography|photography|colou?rs?|palette|images?|effects|cgi|editing|direction|directing|ending|finale|climax|subplots?|originality|conversations?|lines|romance|choreography|backgrounds?|sets|scenery|settings?|locations?|animation|costumes|man|woman|men|women|guy|girl|boy|kids|people|couple|family|life|lives|he|she|they|him|her|them";
/** Such a thing said to be boring before the word: "the plot is profoundly", "characters so stiff and". */
const BORING_THING_BEFORE = new RegExp(
  String.raw`\b(?:${BORING_THINGS})(?:['’]s?)?\b[^.;:!?]{0,40}?(?:\b(?:is|are|was|were|be|been|being|feels?|felt|seems?|seemed|becomes?|became|gets?|got|grows?|grew|remains?|remained|looks?|looked|sounds?|sounded|turns?|turned|proves?|proved|so|too|as)|['’]s)\s+(?:[a-z-]+\s+){0,3}$|\b(?:${BORING_THINGS})\s+(?:[a-z-]+ly\s+){1,2}$|\b(?:visually|musically|stylistically)\s+$|\bwho\b[^.;:!?]{0,40}$`,
);
/** Up to three words of a list before its noun, none a determiner, preposition or verb ("boring, pointless"). */
const LISTED_WORDS = String.raw`(?:[\s,]+(?:and\s+|or\s+)?(?!(?:the|a|an|of|in|on|at|with|where|which|that|who|whose|for|to|from|by|as|is|was|are|were|his|her|their|its|this|these|those|my|your|our)\b)[\w'’-]+){0,3}?`;
/** … or named after it, a few words on: "boring leads", "dull, lifeless performances". */
const BORING_THING_AFTER = new RegExp(
  String.raw`^[a-z-]+${LISTED_WORDS}[\s,]+(?:${BORING_THINGS})\b`,
);
/**
 * Someone else's word: "stating that this movie was "boring"", "One other poster commented that
 * it was boring".
 */
const SOMEONE_ELSE_SAYS =
  /["“‘'`]$|\b(?:comment(?:ed|ers?|s)?|stat(?:ed|ing)|claim(?:ed|s|ing)?|critics|reviewers|posters?|others)\s+(?:[\w'’]+\s+){0,6}$/;
/** "A bore", "boredom": the word is the thing. */
const BORING_NOUN = /^bore(?:dom\b(?! of\b)|\b)/;
/** "A boring, pointless exercise", "dull moments": the film, or a stretch of it. */
const BORING_FILM_AFTER = new RegExp(
  String.raw`^[a-z]+${LISTED_WORDS}[\s,]+(?:films?|movies?|pictures?|flicks?|dramas?|comed(?:y|ies)|thrillers?|westerns?|epics?|documentar(?:y|ies)|features?|biopics?|musicals?|melodramas?|affair|exercise|mess|mishmash|hodgepodge|slog|flop|dud|effort|entry|installment|instalment|sequels?|remakes?|adaptations?|version|episodes?|series|ride|experience|watch|sit|trudge|yarn|spectacle|production|outing|piece|work|stretch(?:es)?|moments?|bits?|parts?|passages?|patches|sections?|segments?|scenes?|sequences?|middle|hours?|minutes)\b`,
);
/** Said of something named before it: "it is so boring.", "dull and laughless", "boring at best". */
const BORING_SAID =
  /^[a-z]+\b(?=\s*(?:$|[.,;:!?)…&"”'’—–-]|(?:and|or|but|nor|as|at|to|in|on|for|with|from|than|enough|beyond|throughout|after|when|because|that|if|though|even|near|by|it|too|most|of)\b))/;

/** Whether a pacing term at `at` that is a duration ("minutes", "two hours") measures the film. */
function measuresTheFilm(
  lower: string,
  at: number,
  timeWordsAt: (at: number) => TimeWords | null,
): boolean {
  let unit = at;
  if (!lower.startsWith("minutes", at)) {
    const hours = HOURS.exec(lower.slice(at, at + 30));
    if (hours === null) return true;
    unit += hours[0].length - "hours".length;
  }
  if (LENGTH_AFTER_DURATION.test(lower.slice(unit, unit + 40))) return true;
  if (LENGTH_BEFORE_DURATION.test(lower.slice(Math.max(0, unit - 60), unit))) return true;
  const words = timeWordsAt(unit);
  return words !== null && (words.passing || words.length);
}

/** Whether "long" at `at` is the film's, or a stretch of it's, length (LONG_FILM_IS …). */
function longOfTheFilm(
  lower: string,
  at: number,
  timeWordsAt: (at: number) => TimeWords | null,
): boolean {
  const after = lower.slice(at, at + 80);
  const before = lower.slice(Math.max(0, at - 60), at);
  if (LONG_OF_FILM_NOUN.test(after)) return true;
  if (LONG_OF_FILM_PART.test(after) && TOO_BEFORE_LONG.test(before)) return true;
  if (LONG_FILM_IS.test(before) || LONG_BY_DEGREE.test(before) || DURATION_LONG.test(before))
    return true;
  return timeWordsAt(at)?.passing ?? false;
}

/**
 * "Minutes" and "two hours" speak of the film's length or pace only where something says so: a
 * length ("only 20 minutes long", "runs 90 minutes", "At 100 minutes, it's just right", "adding
 * another 10 minutes", "stretched to 2 hours") or a clause about time passing ("the first 30
 * minutes are deadly dull", "after 20 minutes you may fall asleep"). Elsewhere they are a
 * moment of the film ("the last five minutes were perfect", "within the first five minutes")
 * or of a viewer's life ("a waste of two hours"), and no pacing.
 */
const HOURS = /^(?:\d+|one|two|three|four) (?:and a half )?hours/;
const LENGTH_AFTER_DURATION =
  /^(?:minutes|hours)\s+(?:long|too|over|of (?:running|screen) time|running time|run ?time|in length)\b/;
const LENGTH_BEFORE_DURATION =
  /(?:\b(?:runs?|running|ran|run ?time|runtime|lasts|lasted|lasting|fill(?:s|ed|ing)?|clocks? in|clocking in|clocked in|length|duration|another|extra|additional|trim(?:s|med|ming)?|cut(?:s|ting)?|shaved?|shaving|lose|losing|lopped|reduc(?:e|ed|ing)|shortened|condensed|under|a mere|barely)|(?:^|[.;:!?]\s*)at)\s+(?:[\w-]+\s+){0,4}$/;
const TIME_PASSING =
  /\b(?:bor(?:ing|ed|edom|es?)\b|snooz|dull|tedi|drag|slow|forever|eternity|asleep|sleep|endless|endur|fl(?:y|ies|ew) by|pace|pacing|patience|check(?:s|ed|ing)? (?:my|the|your|his|her|their) watch|interminabl|excruciating|se(?:em|ems|emed) like|fe(?:el|els|lt) like|restless|fidget|yawn|nothing (?:much )?happen|rhythm|momentum|rush\b|sustain|maintain|enough time|wait(?:ing)? around|waiting for|stretch|pass(?:es|ed)? by|(?:keeps?|kept|keeping|holds?|held|holding) (?:\w+ )?(?:interest|attention)|wasted (?:film|footage)|filler|padding|grinding halt|to a halt|drawn[- ]out|nodd(?:ing|ed)? (?:off|out))/;
/** Words of length, which a duration's clause may speak of too ("a long 86 minutes"). */
const LENGTH_WORD = /\b(?:long|short)/;

/**
 * "Long" is the film's length where the film, or a stretch of it, is what is long: "the film
 * is a little long", "it's long, sloppy", "one long, loud, stupid road picture", "long
 * stretches", "a long running time", "80 mins. long"; or where its clause speaks of time
 * passing ("long and boring"). Not hair, lines, years, books, a standing ovation or "long
 * shots" (2026-12-03: of 20 pacing judgements quoting "long" at random, 15 were such).
 */
const LONG_FILM_IS =
  /\b(?:it|this|film|movie|picture|story|plot|thing|running time|runtime|version|cut|one|episode|show|documentary|epic|drama|comedy|thriller|sequel|scenes?|sequences?)\b[^.;:!?]{0,30}?(?:\b(?:is|was|are|were|feels?|felt|seems?|seemed|gets?|got|runs?|ran|becomes?|became|being)(?:n't|n’t| not)?|['’]s)\s+(?:[\w'’-]+\s+){0,5}?$/;
const LONG_OF_FILM_NOUN =
  /^long(?:[- ]winded\b| one\b|(?:[\s,]+(?:and\s+)?(?!(?:the|a|an|of|in|on|at|with|where|wherever|which|that|who|whose|for|to|from|by|as|is|was|are|were|his|her|their|its|this|these|those|my|your|our)\b)[\w'’-]+){0,4}?[\s,]+(?:films?|movies?|pictures?|flicks?|epics?|dramas?|documentar(?:y|ies)|features?|ride|chase|sit|haul|slog|trudge|trek|journey|running time|runtime|run time|stretch(?:es)?|periods|passages|middle|wait|(?:\d+|two|three|four) hours|(?:\d+|ninety|eighty|hundred) minutes|episode|affair|exercise|experience|cut|version|adaptations?|minutes)\b)/;
/** A stretch of the film that is long (a scene, a flashback): a complaint only when said to be too long. */
const LONG_OF_FILM_PART =
  /^long(?:[\s,]+(?:and\s+)?(?!(?:the|a|an|of|in|on|at|with|where|wherever|which|that|who|whose|for|to|from|by|as|is|was|are|were|his|her|their|its|this|these|those|my|your|our)\b)[\w'’-]+){0,4}?[\s,]+(?:sequences?|scenes?|ending|climax|finale|opening|beginning|prologue|epilogue|flashbacks?|subplots?|monologues?|speeches|silences|segments?|montages?)\b/;
const TOO_BEFORE_LONG =
  /\b(?:very|painfully|pointlessly|unbelievably|insanely|achingly|agonizingly|mind-numbingly|incredibly|ridiculously|annoyingly|extremely|overly|too|so|unbearably|interminably|needlessly|unnecessarily|excruciatingly|awfully|terribly|tediously|impossibly|endlessly|really|way|far|exceedingly|inordinately|absurdly)\s+$/;
/**
 * "Slowly" is the film's pace where the film goes slowly ("the film starts slowly", "a story
 * that develops slowly", "It manages to build slowly into a charming story", "the plot
 * slowly unfolds"): not a character who "slowly realizes", a camera that "slowly pans", or
 * monsters that "move slowly" (2026-12-03: of 25 pacing judgements quoting "slowly" at random,
 * 16 were such).
 */
const FILM_GOES_BEFORE_SLOWLY =
  /\b(?:(?:film|movie|picture|story|plot|narrative|pace|action|things|it|thriller|drama|tale|script|pacing)\s+(?:\w+\s+){0,3}|(?:starts?|started|starting|begins?|began|beginning|opens?|opened|unfolds?|unfolded|unfolding|develops?|developed|developing|builds?|building|built|proceeds?|proceeded|progress(?:es|ed)?|plods?|plodded|crawls?|crawled|evolves?|evolved|paced|told|plays? out|played out|drags?|dragged|moves? along|moved along|gets? going|got going|gets? started|got started|kicks? off|picks? up|ticks? by|unwinds?|unspools?)(?:\s+(?:out|off|along|on|forward))?\s+)(?:(?:very|so|too|quite|rather|a bit|a little|painfully|excruciatingly|agonizingly|incredibly|extremely|really|fairly|pretty|somewhat|slightly|deliberately|oh so)\s+)*$/;
const FILM_GOES_AFTER_SLOWLY =
  /^slowly(?:,? (?:but|and) (?:surely|steadily|deliberately|carefully),?)?[\s-]+(?:builds?|building|built|unfolds?|unfolding|develops?|developing|moves?|moving|paced|burns?|burning|evolves?|evolving|progress(?:es)?|plods?|plodding|gets? under|draws? (?:you|us|the viewer) in|reveals?|revealing|ratchets?|escalates?|pulls? (?:you|us) in|sucks? (?:you|us) in|creeps?|crawls?|drags?|dragging|picks? up|gathers?|gains?|grinds?|grinding|meanders?|unspools?|unwinds?)\b/;

/**
 * "Filmed" judges the look only where it says how: "best filmed", "flatly filmed", "badly
 * scripted or filmed", "filmed beautifully", "filmed with great care"; not "filmed on real
 * desert locations", "filmed several times", "when this was filmed", "the most amateurish
 * manhunt ever filmed" (2026-12-03: of 15 visual judgements quoting "filmed" at random, 8 were
 * such).
 */
const FILMED_HOW_BEFORE = new RegExp(
  String.raw`(?:\b(?:best|worst|better|worse)\s+|(?:\b(?!(?:${NOT_HOW_ADVERBS}|entirely|mainly)\b)[a-z]{3,}ly|\bwell)[-\s]+(?:[a-z]+(?:ed|en)\s+(?:and|or)\s+)?|\b(?:how|the way)\s+(?:[\w'’]+\s+){0,3}|\blooks?\s+(?:like|as if|as though)\s+(?:[\w'’]+\s+){0,4})$`,
);
const FILMED_HOW_AFTER =
  /^filmed\s+(?:(?:this|it|the|film|movie|scene|scenes|them|everything)\s+){0,2}(?:(?:very|so|quite|rather|really|a lot)\s+)?(?:good\b|great\b|better\b|worse\b|poorly\b|(?!(?:only|early|originally|entirely|mostly|largely|partly|mainly|simultaneously|exclusively|primarily)\b)[a-z]{3,}ly\b|well\b|badly\b|with (?:great |such |real |considerable |little |no |a (?:\w+ )?)?(?:care|style|flair|skill|verve|elegance|grace|panache|imagination|beauty|eye)\b)/;

/** How long: "a little long", "runs a bit long", "over long", "overly-long". */
const LONG_BY_DEGREE =
  /(?:^|[^\w-])(?:over|overly|a little|a bit|a tad|a touch|slightly|somewhat|rather|too|runs?|ran|running)[\s-]+$/;
const DURATION_LONG = /(?:\d|\bhours?|\bhrs?\.?|\bminutes|\bmins?\.?|['’])\s*$/;
