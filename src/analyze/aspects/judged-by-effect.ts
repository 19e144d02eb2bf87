import type { AspectMention } from "../../domain/analysis.js";
import { includesAny } from "../text/includes-any.js";
import { lexicalLean } from "./judging-words.js";

/*
 * An aspect judged by what it does to the film, whatever words describe it: what saves or
 * carries the film is praised, what drags it down or is wasted is faulted, and what keeps it
 * from something is judged against that.
 */

/**
 * After an aspect's term, a verb that keeps the film from something ("keeps it from becoming
 * a dud", "saves this from being a complete waste of time", "can't prevent it from being an
 * ordinary movie") or lifts what is otherwise faulted ("elevates an otherwise OK movie",
 * "makes this otherwise pointless and indulgent movie at least watchable"),
 * and what follows it: what the film is kept from.
 */
const KEEPS_FROM =
  /^[^.;:!?]{0,80}?\b(?:(?:keeps?|kept|keeping|prevents?|prevented|preventing|stops?|stopped|saves?|saved|saving|rescues?|rescued)\s+(?:[\w'’-]+\s+){0,4}?from(?!\s+(?:start|beginning|first|the (?:start|beginning|first|outset|get-go))\b)|(?:saves?|saved|lifts?|lifted|elevates?|elevated|enlivens?|enlivened|redeems?|redeemed|salvages?|salvaged|rescues?|rescued|makes?|made)\s+(?:(?:an?|the|this|its|it)\s+)?otherwise)\s+/i;

/**
 * Before a term: what saves or holds up the film ("saved by", "only lifted by", "buoyed by",
 * "propped up only by Roberts' natural charisma", not "propped up by cliches", "remains
 * watchable thanks to", "what saves things from becoming entirely dreary is its cast"),
 * outweighs its faults ("easily overcome by the exceptional cast"), wins its viewers over
 * ("bowled over by its sheer pictorial extravagance"), or makes up for what it lacks ("what
 * it lacks in originality it makes up for in execution", "makes up in atmosphere and color
 * what it lacks in historical accuracy").
 */
const SAVED_BY =
  /\b(?:(?:saved|rescued|redeemed|salvaged|buoyed|lifted|elevated|carried(?!\s+(?:out|over|on)\b)|held together|kept afloat|overcome|bowled over|won over|swept away|blown away|dazzled|captivated|enthralled|mesmeri[sz]ed|charmed|enchanted|enraptured)\s+(?:[a-z]+\s+|from\s+(?:[\w'’-]+\s+){1,3})?by|propped\s+up\s+(?:only|largely|mostly|solely)\s+by|(makes?\s+up(?:\s+for)?)\s+(?:it\s+)?in|(?:watchable|bearable|tolerable|passable|enjoyable)\s+(?:[a-z]+\s+){0,2}?(?:thanks|due)\s+to|\bwhat\s+(?:saves|saved|rescues|rescued|redeems|redeemed|salvages|salvaged|lifts|lifted|elevates|elevated)\b[^.;:!?]{0,80}?\b(?:is|are|was|were))\s+(?:[\w'’-]+\s+){0,6}$/;

/**
 * Before a term: what the critic credits ("Credit the script and the editing as well", "much of
 * the credit goes to the exhilarating performances", "credit must go to the two main actors").
 */
const CREDITED =
  /(?:^|[.;:!?]\s*)\W{0,3}credit\s+(?:[\w'’-]+\s+){0,4}$|\bcredit\s+(?:goes|belongs|is\s+due|must\s+go|should\s+go)\s+to\s+(?:[\w'’-]+\s+){0,4}$/;

/** Before a term: what drags the film down ("hampered by", "undone by", "marred by"). */
const FAULTED_BY =
  /\b(?:hampered|undermined|undercut|undone|sabotaged|marred|hobbled|weighed down|dragged down|let down|spoiled|ruined|sunk|scuttled|blunted|diminished|weakened|hindered|hurt|compromised|dulled|dampened|tarnished|crippled|hamstrung|bogged down)\s+(?:[a-z]+\s+)?by\s+(?:[\w'’-]+\s+){0,4}$/;

/**
 * Before a term: what a viewer has to get past or put up with ("Get past the togas and its
 * somewhat stately pace", "if you can sit through the same old story"); not the pain an actor
 * "put up with to act that role".
 */
const PUT_UP_WITH =
  /\b(?:(?:get|getting|got|look|looking|see|seeing)\s+past|overlook|overlooking|forgive|forgiving|put\s+up\s+with|putting\s+up\s+with|sit\s+through|sitting\s+through)\s+(?!to\b)(?:[\w'’-]+\s+){0,6}$/;

/**
 * Before a term: what the film squanders or wastes ("squanders a perfectly decent cast", "a
 * waste of acting talent"); not what it "wastes no time" on.
 */
const WASTES =
  /\b(?:squanders?|squandered|squandering|wastes?|wasted|wasting|misuses?|misused|strands(?=\s+(?:a|an|the|its|his|her|their|this)\b))(?!\s+(?:no|little|any)\s+(?:time|moment|second|minute|words?)\b)\s+(?:[\w'’-]+\s+){0,6}$/;

/**
 * Before a term: what is saved, rescued or redeemed (whether it is or not) needed it ("Cagney's
 * marvellous performance almost saves the mawkish ending", "to save this story from itself");
 * not "saved by", which names the saviour, nor "rescues" and "saving", as often nouns ("last
 * minute rescues", "saving the best gags for last").
 */
const SAVES_IT =
  /\b(?:saves?|saved|rescued|redeems?|redeemed|salvages?|salvaged)(?!\s+by\b)\s+(?:(?:the|an?|its|this|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}$/;

/**
 * Before a term: a comparison that praises something else above it ("the stuffed animals are
 * more expressive than the real actors", "the performances are stronger than the story
 * itself", "more style than story"), what it is so in perhaps between ("smarter in its message
 * than its execution", "more interesting for its characters than its plot"); group 1 is the
 * word after "more". Not a film better than its
 * source ("far better than its source material", "than the short story it was based on").
 */
const OUTDONE_BY =
  /\b(?:better|stronger|smarter|funnier|more\s+([a-z-]+))(?:\s+(?:in|at|for|with)\s+(?:(?:its|the|his|her|their)\s+)?[a-z'’-]+)?\s+than\s+(?:(?:the|its|his|her|their|any)\s+(?:(?!(?:source|original|short|first|previous|other)\b)[a-z'’-]+\s+)?)?$/;

/**
 * Before a term: the standard of a denied comparison ("isn't nearly as interesting as its
 * central performance", "the story is not as strong as the performances", "rarely as
 * compelling as its various performances"); group 1 is the comparison's word. Not the
 * performer's other work ("not nearly as good as his past performances").
 */
const DENIED_AS_STANDARD =
  /(?:\b(?:not|never|rarely|seldom|hardly)|n['’]t)\s+(?:(?:quite|nearly|always|ever|half|even|remotely)\s+)?as\s+([a-z-]+)\s+as\s+(?:(?:its|the|his|her|their)\s+)?(?:(?!(?:past|previous|earlier|other|first|last|former|usual)\b)[a-z'’-]+\s+){0,2}$/;
/**
 * After a term, what makes it no standard the film falls short of: another film it is of
 * ("his performance in Hera Pheri", "the score from Jaws"), what it promises rather than is
 * ("not as funny as its premise promises"), or what its makers think of it ("not as funny as
 * its filmmakers seem to think it is").
 */
const NOT_THE_STANDARD_AFTER =
  /^\S*\s+(?:(?:in|from|of)\s+\p{Lu}|(?:promis|suggest|impl|deserv|would\b|might\b|could\b|must\b|seem|think|thought|assum|believ|imagin|intend|want|hop|obviously|clearly|apparently|evidently))/u;

/** A term that names what a film was made from. */
const SOURCE = /^(?:source|book|novel|play|comic)/;

/** What a film can have more of than something else, to that one's cost ("more style than story"). */
// biome-ignore format: a word list reads best filled
const MERITS = new Set([
  "expressive", "style", "heart", "life", "wit", "charm", "personality", "energy", "depth",
  "nuance", "soul", "conviction", "presence", "fun", "laughs", "substance", "interesting",
]);

/** How far before "saved by" and the like a denial reaches, in characters: "can't really be". */
const DENIED_REACH = 30;

/** Words that deny what saves or carries a film ("can't be saved by", "not enough to carry"). */
const DENIED =
  /\b(?:not|never|no|nor|neither|cannot|lacks?|lacking|fails?|failed|unable|too|barely|hardly|scarcely)\b|n't\b/;

/**
 * After a term: what carries the film, makes you forgive or forget its faults, or makes up for
 * them (within its own clause: "if Russell is erratic with plot, he makes up for these flaws";
 * "David Lean's restrained direction … compensate considerably for a plot that's … banal";
 * not what is there "to compensate for" a fault, an attempt, unless it helps to).
 */
const CARRIES =
  /^[^.;:!?]{0,80}?\b(?:(?:carries|carried|carry|anchors|anchored)\s+(?:the|this|an?|its)\s+(?:[\w'’-]+\s+){0,2}?(?:film|movie|picture|show|proceedings|story|material)|makes?\s+(?:you|us|one)\s+(?:forgive|forget|overlook|ignore))\b|^[^.;:!?,]{0,60}?\b(?:(?:make|makes|made)\s+up|compensates|compensated|(?<!\bto\s+(?:\([^()]{0,40}\)\s+)?)compensate|(?<=\b(?:helps?|helped|enough)\s+to\s+)compensate)\s+(?:[a-z]+ly\s+)?for\b(?!\s+(?:it\s+)?in\b)/i;

/**
 * After a term, in its clause: it saves the film ("the charisma of the two leads is the only
 * thing that saves Identity Thief", "the acting is the one thing that redeems this mess"; a name
 * after "the thing that saves" is the film's); not what could have saved it, nor what "what
 * saves the movie" names after it.
 */
const SAVES_FILM =
  /^[^.;:!?,]{0,60}?\b(?<!\bwhat\s+)(?<!\b(?:could|would|might|should)(?:\s+have|['’]ve)\s+)(?:saves|saved|redeems|redeemed|rescues|rescued|salvages|salvaged)\s+(?:(?:the|this|an?|its)\s+(?:[\w'’-]+\s+){0,2}?(?:film|movie|picture|show|proceedings|mess|thing|enterprise|affair|production)|it\b)|^[^.;:!?,]{0,60}?\bthings?\s+that\s+(?:saves?|saved|redeems?|redeemed|rescues?|rescued|salvages?|salvaged)\s+\p{Lu}/u;

/**
 * After a term: it needed saving or holding up ("a familiar and worn holiday story saved by most
 * excellent music", "the story is carried by … Busey's performance", "a weird little story
 * held together by two gobsmacking performances").
 */
const NEEDED_SAVING =
  /^[^.;:!?]{0,30}?\b(?:(?:is|was|are|were|gets?|got)\s+)?(?:only\s+)?(?:saved|rescued|redeemed|salvaged|carried(?!\s+(?:out|over|on|away)\b)|propped up|held together|kept afloat)\s+(?:only\s+|largely\s+|mostly\s+)?by\b/i;

/**
 * After a term: it falls short ("the execution just didn't live up to the clever premise",
 * "the simplistic storyline does not match its stunning visual accomplishments").
 */
const FALLS_SHORT =
  /^[^.;:!?]{0,60}?\b(?:doesn't|didn't|does not|did not|don't|never|can't|cannot|fails? to|failed to)\s+(?:quite\s+|really\s+|fully\s+|just\s+)?(?:(?:live|measure)\s+up\s+to|(?:match|equal|rival)\s+its)\b/i;

/**
 * After a term: it is wasted ("the talented cast is largely wasted") or held back by what it
 * is given ("the actors can only do so much with what they're given", "all the performers
 * deserve better than this"), whatever praised it.
 */
const WASTED =
  /^[^.;:!?]{0,60}?\b(?:(?:is|are|was|were|gets?|got|feels?|seems?)\s+(?:[a-z]+\s+)?(?:wasted|squandered|underused|underutilized|misused|thrown away|frittered away)|can only do so much|deserve[sd]?\s+(?:(?:a lot|much|far|so much|way)\s+)?better)\b/i;

/**
 * Before a term: the film imagined without it ("Without the humor, the film would have been
 * unwatchably morose"); WOULD_HAVE_BEEN after it says how it would have been.
 */
const IMAGINED_WITHOUT =
  /(?:^|[^\w\s]\s*)without\s+(?:the|its|his|her|their|this|that)\s+(?:[a-z'-]+\s+)?$/;
/**
 * Before a term: what keeps the film from something ("What keeps the whole thing from toppling
 * into an abyss of unwatchable TV drama histrionics is a pair of dynamite performances");
 * group 1 is what it is kept from.
 */
const WHAT_KEEPS_FROM =
  /\bwhat\s+(?:keeps|kept|prevents|prevented|stops|stopped)\s+(?:[\w'’-]+\s+){0,4}?from\s+([^.;:!?]{1,100}?)\s+(?:is|are|was|were)\s+(?:[\w'’-]+\s+){0,6}$/;

/**
 * Before a term: the film would be nothing without it ("This lazily conceived movie wouldn't
 * be much without the strength of its cast", "would be nothing without its leads").
 */
const NOTHING_WITHOUT =
  /\b(?:(?:would|could)(?:n't|\s+not)\s+(?:be|have\s+been|amount\s+to)\s+(?:much|anything)|(?:would|could)\s+(?:be|have\s+been|amount\s+to)\s+nothing)(?:\s+(?:at\s+all|of\s+an?\s+(?:film|movie)))?\s+without\s+(?:[\w'’-]+\s+){0,4}$/;

/**
 * After a term: it makes something faulted feel otherwise ("The cast and crew make the tired
 * formula feel fresh", "the actors make the clichéd script sound natural").
 */
const MAKES_FEEL =
  /^[^.;:!?]{0,40}?\b(?:makes?|made|making)\s+(?:[^\s.,;:!?]+\s+){1,5}?(?:feel|feels|seem|seems|look|looks|sound|sounds|play|plays)\s+(?:[a-z]+\s+)?(?:fresh|new|original|alive|vital|exciting|lively|novel|natural|real|believable|credible|convincing|effortless|funny|moving|urgent|relevant)\b/i;

/** After such a term, across its comma: what the film would have been. */
const WOULD_HAVE_BEEN =
  /^[^.;:!?,]{0,40},\s+(?:[\w'’-]+\s+){0,3}?(?:would|could)(?:\s+have\s+been|['’]ve\s+been|\s+be)\s+/i;

/**
 * How a term is judged by what it does to the film, or null: faulted when it drags the film
 * down (FAULTED_BY), is wasted (WASTED), falls short (FALLS_SHORT), is outdone (OUTDONE_BY) or
 * is to be got past (PUT_UP_WITH); praised when it saves
 * or carries the film (SAVED_BY, CARRIES); when it keeps the film from something (KEEPS_FROM), praised when
 * judging words fault that ("from being a complete disaster") and faulted when they praise it
 * ("keeps this from being a truly great picture") — unless its own judging word already judges
 * it ("strong performances keep things from becoming overdramatic"). What it is kept from is
 * read by judging words, not the text model, whose reading of a few words such as "becoming
 * overdramatic" or "its own pretense" goes the wrong way as often as not.
 */
export function judgedByEffect(
  lowerBefore: string,
  afterTerm: string,
  modified: boolean,
  /** How a few words judge: judging words first, else the text model (1, 0 or −1). */
  judge: (text: string) => number = (text) => Math.sign(lexicalLean(text)),
): AspectMention["polarity"] | null {
  // (A literal first: most mentions have none of these words, and skip the expressions.)
  const lowerAfter = afterTerm.toLowerCase();
  const faulted = lowerBefore.includes(" by ") ? FAULTED_BY.exec(lowerBefore) : null;
  if (faulted && !DENIED.test(lowerBefore.slice(0, faulted.index))) return "negative";
  if (includesAny(lowerBefore, ["sav", "rescu", "redeem", "salvag"]) && SAVES_IT.test(lowerBefore))
    return "negative";
  if (wastedByFilm(lowerBefore, afterTerm)) return "negative";
  if (outdone(lowerBefore, lowerAfter)) return "negative";
  // "The film isn't as good as its cast": the standard a denied comparison falls short of is
  // judged by the comparison's own word, undenied.
  const standard = lowerBefore.includes(" as ") ? DENIED_AS_STANDARD.exec(lowerBefore) : null;
  if (standard && !NOT_THE_STANDARD_AFTER.test(afterTerm)) {
    const sign = judge(standard[1] as string);
    if (sign !== 0) return sign > 0 ? "positive" : "negative";
  }
  if (
    includesAny(lowerBefore, ["past ", "overlook", "forgiv", "up with", "through"]) &&
    PUT_UP_WITH.test(lowerBefore)
  )
    return "negative";
  if (
    includesAny(lowerAfter, [" up to", " its"]) &&
    includesAny(lowerAfter, ["n't", "not", "never", "fail"]) &&
    FALLS_SHORT.test(afterTerm)
  )
    return "negative";
  const needed = includesAny(lowerAfter, [
    "saved",
    "rescued",
    "redeemed",
    "salvaged",
    "carried",
    "propped",
    "held together",
    "afloat",
  ])
    ? NEEDED_SAVING.exec(afterTerm)
    : null;
  if (needed && !DENIED.test(lowerAfter.slice(0, needed[0].length))) return "negative";
  if (lowerBefore.includes("without") && NOTHING_WITHOUT.test(lowerBefore)) return "positive";
  const credited = lowerBefore.includes("credit") ? CREDITED.exec(lowerBefore) : null;
  if (credited && !DENIED.test(lowerBefore.slice(0, credited.index + 1))) return "positive";
  const saved = includesAny(lowerBefore, [" by ", " up for ", " up in ", " to ", "what "])
    ? SAVED_BY.exec(lowerBefore)
    : null;
  const carries = saved
    ? null
    : includesAny(lowerAfter, ["carr", "anchor", "make", "compensat"])
      ? CARRIES.exec(afterTerm)
      : includesAny(lowerAfter, ["sav", "rescu", "redeem", "salvag"])
        ? SAVES_FILM.exec(afterTerm)
        : null;
  // Not what "can't be saved by", is "not enough to carry" or "lacks the charisma to carry"
  // the film: a few words before "saved by" (not "what it lacks in originality it makes up
  // for by being enraptured by the music"), anywhere in the clause before what carries it
  // (but what "makes up for" what the film lacks names that lack itself: only the words
  // right before it deny it, "never quite").
  const upToVerb = saved
    ? lowerBefore.slice(Math.max(0, saved.index - (saved[1] ? 14 : DENIED_REACH)), saved.index)
    : carries
      ? lowerBefore + afterTerm.slice(0, carries[0].length).toLowerCase()
      : "";
  if ((saved || carries) && !DENIED.test(upToVerb)) return "positive";
  const makesFeel = lowerAfter.includes("ma") ? MAKES_FEEL.exec(afterTerm) : null;
  if (makesFeel && !DENIED.test(makesFeel[0].toLowerCase())) return "positive";
  // What the film would have been without it: praised when that is faulted ("unwatchably
  // morose"), faulted when that is praised ("would have been better").
  const imagined = lowerBefore.includes("without") && IMAGINED_WITHOUT.test(lowerBefore);
  const would = imagined ? WOULD_HAVE_BEEN.exec(afterTerm) : null;
  if (would) {
    const without = judge(afterTerm.slice(would[0].length));
    if (without !== 0) return without < 0 ? "positive" : "negative";
  }
  const keeps = lowerBefore.includes("what ") ? WHAT_KEEPS_FROM.exec(lowerBefore) : null;
  if (keeps) {
    const kept = lexicalLean(keeps[1] as string);
    if (kept !== 0) return kept < 0 ? "positive" : "negative";
  }
  if (modified) return null;
  const verb = includesAny(lowerAfter, ["from", "otherwise"]) ? KEEPS_FROM.exec(afterTerm) : null;
  if (!verb) return null;
  const kept = lexicalLean(afterTerm.slice(verb[0].length));
  return kept === 0 ? null : kept > 0 ? "negative" : "positive";
}

/**
 * Whether a comparison that praises something else puts the term below it (OUTDONE_BY); not
 * one denied ("no better than the script": both are poor) nor one of what is not praised
 * ("more violent than the story needs").
 */
function outdone(lowerBefore: string, lowerAfter: string): boolean {
  const compared = lowerBefore.includes(" than ") ? OUTDONE_BY.exec(lowerBefore) : null;
  if (compared === null || SOURCE.test(lowerAfter)) return false;
  const more = compared[1];
  if (more !== undefined && !MERITS.has(more) && lexicalLean(more) <= 0) return false;
  return !DENIED.test(lowerBefore.slice(Math.max(0, compared.index - 12), compared.index));
}

/**
 * Whether the film wastes what a term names: squanders, wastes or misuses it ("squanders a
 * perfectly decent cast", "a waste of acting talent"), or it "is (largely) wasted"; not "a
 * film in which not a word or a gesture is wasted", nor what it "never wastes".
 */
export function wastedByFilm(lowerBefore: string, afterTerm: string): boolean {
  const wastes = includesAny(lowerBefore, ["squand", "wast", "misus", "strands"])
    ? WASTES.exec(lowerBefore)
    : null;
  if (wastes && !DENIED.test(lowerBefore.slice(0, wastes.index))) return true;
  const lowerAfter = afterTerm.toLowerCase();
  const wasted = includesAny(lowerAfter, [
    "wasted",
    "squander",
    "use",
    "away",
    "so much",
    "deserve",
  ])
    ? WASTED.exec(afterTerm)
    : null;
  return wasted !== null && !DENIED.test(lowerBefore + lowerAfter.slice(0, wasted[0].length));
}
