import { includesAny } from "../text/includes-any.js";
import {
  MODIFIER_NEGATIVE_WORDS,
  MODIFIER_POSITIVE_WORDS,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
} from "./aspect-lexicon.js";

/*
 * Words that judge whatever they describe, and what turns them around: a negation within
 * three words ("never dull"), a lack ("short on wit"), a verb that denies what it reaches for
 * ("fails to be funny"). The aspect finder reads a clause's judging words, and those right
 * before an aspect's term, through these.
 */

/**
 * "wouldn't crackle so loudly without the chemistry", "would have collapsed without the
 * powerful performances": what a film could not do without, it has, and it is praised (not
 * what it "would have been better served without").
 */
export const NEEDED_WITHOUT =
  /\b(?:would|could|wouldn't|couldn't)\b(?![^.;:!?]{0,60}\b(?:better|best)\s+(?:served|off)\b)[^.;:!?]{0,60}\bwithout\s+(?:[a-z'-]+\s+){0,3}$/;

/** "Nobody laughed", "No-one laughed including the kids" ("no one" is "no" already). */
const NOBODY_WORDS = ["nobody", "no-one", "noone"];

const NEGATION = new Set([
  "not",
  "never",
  "no",
  "hardly",
  "barely",
  // "nowhere near as funny", "rarely funny"
  "nowhere",
  "rarely",
  // "unlike formulaic Hollywood movies", "unlike the great original": other films, not this one.
  "unlike",
  // "supposed to be funny", "meant to be scary": what it was to be, not what it is.
  "supposed",
  "meant",
  "less",
  "least",
  "n't",
  "without",
  "nor",
  // "neither funny nor original", "scarcely credible"
  "neither",
  "scarcely",
  // "nary a boring moment", "nary a chuckle to be had"
  "nary",
  ...NOBODY_WORDS,
  // What a film steers clear of is not what it is ("sidesteps predictable clichés").
  "avoids",
  "avoiding",
  "sidesteps",
  "sidestepping",
  "circumvent",
  "circumvents",
  "eschews",
  "eschewing",
  "refrains",
  "refraining",
  "transcend",
  "transcends",
  "free",
  // What a film sends up is its target, not what it is ("a delightful sendup of every bad
  // superhero cliche", "subverts expectation and cliche at all the right moments").
  "subvert",
  "subverts",
  "subverting",
  "upends",
  "upending",
  "spoofs",
  "spoofing",
  "sendup",
  "send-up",
  "parodies",
  "parodying",
  "skewers",
  "skewering",
  "lampoons",
  "lampooning",
]);

/**
 * Whether a cue expression is in a text: 1 as written, −1 turned around by a negation within
 * three words before it ("never slow") or a lack ("short on laugh-out-loud comedy"), null
 * when it is not there.
 */
export function cueSign(cue: RegExp, text: string): 1 | -1 | null {
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
  // "fails to spark this leaden comedy": what is not sparked stays as dull.
  ...["spark", "energize", "energise", "invigorate", "revive", "liven", "brighten"],
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
  // "we can't forget the terrible editing", "don't miss the great car chase": what is not
  // forgotten, missed or overlooked keeps its judgement.
  ...["forget", "forgets", "forgot", "miss", "overlook", "overlooks", "ignore", "ignores"],
  // "won't mind the cheesy effects", "If you don't mind slow pacing": what one does not mind
  // is still as bad.
  ...["mind", "minds", "minded"],
  // "I couldn't bear the tedious pacing", "you won't regret the great cast": what one cannot
  // bear or will not regret is as bad, or as good, as it was.
  ...["bear", "tolerate", "abide", "stomach", "regret", "regrets"],
]);

/**
 * A judging word (or two) compared with the film itself, said and done: "… tedious than
 * this." (not "less tedious than it could have been").
 */
const LESS_THAN_THIS =
  /^[\w'-]+(?:,?\s+(?:and|or)\s+[\w'-]+)?\s+than\s+(?:this|it|that|the (?:film|movie)|this (?:one|film|movie))\s*(?:[.,;:!?)"”']|$)/;

/** The rest of "never … as witty, touching and engaging as it does here": this film is so. */
const AS_THIS_FILM =
  /^[\w'-]+(?:,?\s+(?:and\s+)?[\w'-]+){0,4}\s+as\s+(?:it\s+(?:does|is)\s+here|(?:in\s+)?this\s+(?:one|film|movie)|here)\b/;

/** Words between "more … than" and what it is not: "more perky than actually funny". */
const PLAINLY = new Set([
  "actually",
  "really",
  "truly",
  "genuinely",
  "particularly",
  "all",
  "that",
]);

/** After "not for", the words that start what is set aside: "not for its tedious adaptation". */
const FOR_WHAT = new Set(["its", "it's", "the", "his", "her", "their", "this"]);

/** "not only", "isn't merely good", "not just soda-out-the-nose funny": they add; they do not deny. */
const NOT_ONLY = new Set(["only", "just", "merely", "simply"]);
/** Nobody, and a comparison right after the judging word (or the word itself): "better than". */
const NOBODY = new Set(NOBODY_WORDS);
const NOBODY_BETTER = /^(?:[a-z'-]+(?:\s+[a-z'-]+){0,3}?\s+)?(?:better|more|worse|[a-z]+ier)\b/;
/**
 * Before "nothing" and a verb, words that make it a thing ("minutes of nothing happening", "a
 * world of nothing becomes dull"): a verb's form after it, in -ing, -s or -ed.
 */
const OF_WHAT = new Set(["of", "about", "with"]);
const NOTHING_DOES = /(?:ing|s|ed)$/;
/** After "nothing", words that make it praise ("nothing short of", "nothing but", "nothing is better"). */
const NOTHING_BUT = new Set([
  ...["short", "but", "less", "more", "else", "is", "was", "could", "can", "beats"],
  // "Nothing about this witty film obeys the rules", "to say nothing of its likable cast".
  ...["about", "of"],
]);
/** A negation, or a word joined to one: "none-too-funny", "not-so-subtle". */
const isNegation = (word: string) =>
  NEGATION.has(word) || word.endsWith("n't") || word.startsWith("none-") || word.startsWith("not-");

const EMPHATIC = /^[a-z'-]+\s+(?:so|as|this)\s+(?:hard|much|often|loud(?:ly)?)\b/;

/**
 * The word before a judging word and the judging word, after "never": "so smartly", "more
 * miscast than she is here", "looked better", "been funnier" (not "never quite so funny as
 * you had hoped": a comparison it fails).
 */
const NEVER_SO_MUCH = /^(?:so [a-z'-]+(?! as\b)|more [a-z'-]+|[a-z'-]+ (?:better|[a-z]+ier))\b/;

/** A negation, then the items of a list before its last, after "or": "isn't sad, sweet, or ". */
const OR_BEFORE = /\bn?or\s+$/;
/** "or as", "nor so" right before a judging word: a comparison's second term (NEGATED_AS_OR_AS). */
const OR_AS_BEFORE = /\bn?or\s+(?:as|so)\s+$/;
/** "isn't as sharp or as", "not quite so clever nor so": a denied comparison of two terms. */
const NEGATED_AS_OR_AS =
  /(?:\b(?:not|never)|n't)\s+(?:(?:quite|nearly|half|remotely|exactly|particularly|always|ever|even)\s+)?(as|so)\s+[a-z'-]+\s+n?or\s+\1\s+$/;
/**
 * "isn't heartbreaking, heartwarming, or", "rarely as playful or funny or": a negation and the
 * list it reaches, up to the "or" before a judging word.
 */
const NEGATED_LIST_BEFORE =
  /\b(?:not|never|neither|rarely|hardly|seldom|[a-z]+n't)\s+(?:(?:quite|nearly|half|remotely|particularly|as|so)\s+){0,2}(?:[a-z'-]+(?:,\s+|,?\s+(?:or|nor)\s+)){1,4}$/;
/**
 * "no good jokes or clever dialogue", "no distinctive set pieces or memorable effects",
 * "without real laughs or": what "no" or "without" denies reaches past "or" (not "no matter how
 * dumb or silly", "no doubt", "no more or less").
 */
const NONE_OF_EITHER =
  /\b(?:no|without)\s+(?!(?:matter|doubt|wonder|longer|more|less)\b)(?:[a-z'-]+\s+){1,3}(?:or|nor)\s+$/;

/**
 * "less than stellar", "less than a masterpiece", "less than fully convincing", before a
 * judging word: not "no less than", "nothing less than", "never less than zippy", "isn't a
 * single scene that is anything less than stunning" (which affirm).
 */
const LESS_THAN =
  /(?<!(?:\b(?:no|nothing|none|never|not|anything|hardly|rarely|seldom|scarcely)|n['’]t)\s+)\bless\s+than\s+(?:(?:a|an|fully|totally|entirely|completely|truly|wholly)\s+)?$/;

/**
 * A negation in a relative clause whose head is denied already, right before a judging word:
 * "there isn't a performance in this film that isn't exquisitely", "not one scene that
 * doesn't feel", "no joke that isn't funny". Every performance is: the two denials cancel.
 * (Not "gags that don't connect and dialogue that isn't funny": a verb denied is no head.)
 */
const DENIED_TWICE =
  /(?:(?:\b(?:not|never)|n't)\s+(?:a|an|one|a single|any)|\bno)\s+[^.;:!?]{1,60}?\b(?:that|which|who)\s+(?:(?:is|was|are|were|does|did|do)n't|(?:is|was|are|were|does|did|do) not)\s+(?:[a-z'-]+\s+){0,2}$/;

/**
 * "if it weren't so damn funny", "if the movie wasn't so boring": the film is so (a negation
 * that names what excuses or spoils it), up to two words past "so".
 */
const IF_IT_WERE_NOT_SO =
  /\bif\s+(?:it|this|he|she|they|the\s+(?:film|movie|picture))\s+(?:(?:was|were)n['’]?t|(?:was|were)\s+not)\s+(?:so|that)\s+(?:[a-z'-]+\s+){0,2}$/;

/**
 * "if the story was good", "if only the script were better", "maybe if the plot was more
 * engaging": what the film would need its part to be, its part is not (not "as if").
 */
const IF_IT_WERE_SO =
  /(?<!\bas\s)\bif\s+(?:only\s+)?(?:the|its|his|her|their)\s+(?:[a-z'-]+\s+){1,2}?(?:were|was|had\s+been)\s+(?:(?:a\s+)?(?:bit|little|lot|tad|touch)\s+|any\s+|just\s+|half\s+as\s+)?(?:more\s+)?$/;

/** "let alone", and perhaps an article or "be", right before a judging word. */
const LET_ALONE = /\blet\s+alone\s+(?:(?:a|an|the|be|being|even|remotely|particularly)\s+)?$/;

/**
 * "Neither … nor …", and perhaps a verb and degree words, right before a judging word: "Neither
 * the script nor the acting is good", "with neither its premise nor its execution quite inspired
 * enough" (not past another clause: "Neither the script nor the acting is good, but the music is
 * great"; nor a denied excess, "neither too crude nor too silly to be funny": TOO_X_TO_BE).
 */
const NEITHER_NOR_IS =
  /\bneither\s+[^.;:!?]{1,60}?\bnor\s+(?:(?!\b(?:but|yet|though|although|while|whereas|and|too)\b)[^,.;:!?]){1,50}?\s(?:(?:is|are|was|were|seems?|seemed|feels?|felt|looks?|looked|proves?|proved)\s+)?(?:(?:particularly|very|really|especially|quite|all\s+that|that|terribly|remotely|even|truly|at\s+all|any|sufficiently|nearly)\s+)*$/;

/**
 * "Far from", and perhaps "being", "one of", an article, a degree word, or the first items of a
 * list, right before a judging word: "far from perfect", "performances that are far from their
 * best", "far from the most stylish or visually interesting film". Not "not far from", "too far
 * from", "strays far from" (a distance), "so far from".
 */
const FAR_FROM =
  /(?<!\b(?:not|too|so|very|that|how|as|strays?|strayed|straying|wanders?|wandered|wandering)\s+|n['’]t\s+)\bfar\s+from\s+(?:(?:being|becoming)\s+)?(?:(?:one|some|any)\s+of\s+)?(?:(?:the|a|an|his|her|their|its|my|your|our)\s+)?(?:(?:most|more|very|truly|completely|particularly|entirely|especially|really|totally)\s+)?(?:[a-z'-]+(?:,|\s+(?:or|and|nor))\s+(?:[a-z]+ly\s+)?)?$/;

/**
 * "Nothing", "nobody", "no one", "none" or "neither", what it is of, and its verb: "Nothing
 * about this movie was very exciting", "NOTHING in this movie is funny", "None of the jokes in
 * this movie are funny", "None of the songs are particularly memorable", "neither of the leads
 * manages to be convincing", "None of the actors in this thing are any good". What it says of
 * none, it says of no part of the film, past the three words a negation reaches (not past a
 * word that opens another clause: "Nothing about the plot is new but the film is funny").
 */
const NO_PART_IS = new RegExp(
  String.raw`\b(?:nothing|${NOBODY_WORDS.join("|")}|no\s+one|none|neither|no\s+(?:part|element|aspect|member|scene|moment))\s+(?:about|in|of|on|from|with|during|among)\s+(?:(?!(?:but|and|yet|though|although|while|whereas|is|was|are|were|it['’]s|that['’]s)\b)[a-z0-9'’-]+\s+){1,6}?(?:is|was|are|were|seems?|seemed|feels?|felt|looks?|looked|sounds?|sounded|(?:has|have|had)\s+(?:ever\s+)?been|(?:manages?|managed|makes?\s+it|made\s+it|gets?|got)\s+to(?:\s+be|\s+being)?|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:(?:even|remotely|particularly|especially|really|very|terribly|ever|all\s+that|that|at\s+all|truly|genuinely|actually|any)\s+)*$`,
);

/** Words that open another clause: a denial that reaches to its clause's end stops at them. */
const CLAUSE_OPENERS =
  "that|which|who|whom|whose|because|but|though|although|yet|and|if|when|while";

/**
 * A negation, "any" within two words after it, then the judging word later in the same
 * clause: "does not necessarily exude any real momentum of toxic scares or memorable chills",
 * "hasn't got any truly funny or original ideas". The denial reaches the whole of what "any"
 * opens, to the clause's end or a word that starts another ("that", "but" …); not "any more
 * than", a comparison.
 */
const NEGATED_ANY = new RegExp(
  String.raw`(?:\b(?:not|never|without)|n't)\s+(?:[a-z'-]+\s+){0,2}any\s+(?!(?:more|less|longer|better|worse|other)\b)(?:(?!\b(?:${CLAUSE_OPENERS})\b)[^,.;:!?]){0,70}$`,
);
/**
 * … and "one" or "a single" within three words of it: "couldn't come up with one good idea or
 * one decent line of dialogue" (not "isn't one of the best", a ranking: NOT_ONE_OF).
 */
const NEGATED_ONE = new RegExp(
  String.raw`(?:\b(?:not|never|without)|n't)\s+(?:[a-z'-]+\s+){0,3}(?<!\b(?:either|this|that|each|every|the|which|no|any|a)\s+)(?:one|a\s+single)\s+(?!(?:of|more|another|thing|way|day|time|bit|moment|minute|second|scene|shot|frame|instant|has|have|had|is|was|are|were|can|could|will|would|does|did)\b)(?:(?!\b(?:${CLAUSE_OPENERS}|where)\b)[^,.;:!?]){0,50}$`,
);

/**
 * What a film is measured against keeps its own judgement when it does not measure up: "the
 * storyline does not match its stunning visual accomplishments". Only what the film has
 * ("its"): "weird does not necessarily equal funny" denies that it is funny, and what
 * "doesn't equal the original's witty script" is not witty.
 */
const MEASURED_AGAINST = new Set(["match", "matches", "equal", "equals", "rival", "rivals"]);
const MEASURED_AGAINST_ITS = new RegExp(
  String.raw`\b(?:${[...MEASURED_AGAINST].join("|")})\s+its\b`,
);

/**
 * "nor does it look especially well-paced", "nor is it easily sentimental": "nor" turned
 * round with its verb and subject denies up to three words after them, past the three words a
 * negation reaches (not past a verb that keeps its object's judgement: "nor does it hide the
 * dull script").
 */
const NOR_INVERTED =
  /\bnor\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\s+(?:it|they|he|she|this|that|(?:the|its|his|her|their)\s+[a-z'-]+)\s+((?:[a-z'-]+\s+){0,3})$/;

/**
 * A denied letting, its object and perhaps "to (be)", right before a judging word: "never lets
 * the pace slow", "won't allow it to become dull". Not its object's own words ("doesn't let
 * the dull script ruin it": a word at least after the article).
 */
const LET_DENIED =
  /(?:\b(?:never|not|rarely|seldom)|n['’]t)\s+(?:let|lets|letting|allow|allows|allowing|allowed)\s+(?:(?:the|its|his|her|their|this|that)\s+(?:[a-z'-]+\s+){1,2}|(?:it|them|things|us|you|itself)\s+)(?:to\s+)?(?:(?:be|become|get|feel|grow)\s+)?$/;

/** The verbs "nor" is turned round with ("nor does", "nor is" …). */
const NOR_VERBS = new Set(
  "does do did is are was were has have had can could will would should".split(" "),
);

/** "anything but", "anything but a", before a judging word (up to two words before it). */
const ANYTHING_BUT = /\banything\s+but\s+(?:(?:a|an|the)\s+)?(?:[a-z'-]+\s+)?$/;
/** Before "anything but": what denies it in turn, or a critic who would not say it. */
const DENIED_ANYTHING =
  /(?:\b(?:not|never|hardly|scarcely|barely|no|nothing|few|grouch|hard|impossible)\b|n['’]t)[^.;:!?]*$/;

/** "supposed to be a", "meant to be an", "intended to be some kind of", before a judging word. */
const SUPPOSED_TO_BE_A =
  /(?<!\b(?:not|n't|never)\s+)\b(?:supposed|meant|intended)\s+to\s+be\s+(?:a|an|some\s+kind\s+of|some\s+sort\s+of)\s+(?:(?:very|really|truly|so|more|most)\s+)?$/;

/** "so-called", "so called", right before a judging word. */
const SO_CALLED = /\bso[\s-]called\s+$/;
/**
 * "supposedly", "allegedly" right before praise: "the supposedly funny character", "only
 * supposedly funny", "these supposedly good actors" — what it is said to be, and is not (not
 * before a fault: "the supposedly horrible events" in the lab are the story's).
 */
const SAID_TO_BE = /\b(?:supposedly|allegedly|ostensibly|purportedly)\s+$/;

/**
 * "more an exhibition … than an", "more creepy than", before a judging word: not "no more …
 * than", nor "than the" (what the film has: "more impact than the limp performances").
 */
const MORE_THAN =
  /(?<!\b(?:no|any|nothing|little)\s+)\bmore\s+(?:[\w'’-]+\s+){1,6}?than\s+(?:an?\s+)?$/;
/**
 * "than the usual", "than your average", "rather than the typical", then up to four words of
 * its noun phrase (no preposition, link or verb between), right before a judging word: what
 * the run of such films is, set against this one. Not after "no better", "little more" or the
 * like ("nothing more than your typical … film": it is).
 */
const THAN_THE_USUAL =
  /(?<!\b(?:no|nothing|little|not much|hardly|scarcely|barely|any)\s+(?:more|better|different)\s+)\bthan\s+(?:the|your|a|an|any|most)\s+(?:usual|typical|average|standard|normal|run-of-the-mill|garden-variety)\b(?:[\s,-]+(?!(?:with|that|which|who|whose|where|and|but|or|in|of|for|from|to|as|by|is|are|was|were|has|have|had)\b)[a-z'-]+){0,4}?[\s,-]+$/;
/** "can't say enough", "cannot recommend it enough", before a judging word: emphasis, not denial. */
const CANNOT_SAY_ENOUGH =
  /\b(?:can['’]t|cannot|can not|could(?:n['’]t|\s+not))\s+(?:say|praise|recommend|stress|emphasize)\s+(?:it\s+|this\s+(?:film|movie)\s+)?enough\s+(?:[a-z'-]+\s+){0,2}$/;
/** "isn't enough to make it …", "not nearly enough to make this a …", before a judging word. */
const NOT_ENOUGH_TO_MAKE =
  /(?:n['’]t|\bnot|\bnever)\s+(?:(?:quite|nearly|really|simply|just)\s+)?enough\s+to\s+(?:make|render)\s+(?:it|this|that|them|things|the\s+(?:film|movie|story|picture))(?:\s+(?:film|movie))?\s+(?:(?:a|an|very|truly|really|more|any|particularly)\s+){0,2}$/;
/** "can't say … that it is", "wouldn't call it", "I'm not saying that", before a judging word. */
const DENIED_SAYING =
  /(?:\b(?:cannot|never|can\s+not)|\bcan['’]t|\b(?:could|would)(?:n['’]t|\s+not))\s+(?:(?:honestly|really|fairly|truly|exactly)\s+)?(?:say|call)\b(?!\s+(?:enough|too much)\b)[^.;:!?]{0,70}$|\bnot\s+(?:really\s+)?saying\s+(?:that\s+)?[^.;:!?]{0,60}$/;
/** "no point at which … could be called", before a judging word. */
const NO_POINT_AT = /\bno\s+(?:point|moment|time|scene|minute)\s+at\s+which\b[^.;:!?]{0,60}$/;

/** "not one of the", "isn't one of his", "wasn't really one of Jim Carrey's", before a judging word. */
const NOT_ONE_OF =
  /(?:\bnot|n't|\bnever)\s+(?:(?:really|quite|exactly|even|necessarily)\s+)?one\s+of\s+(?:[a-z'’.-]+\s+){0,3}$/;

/**
 * "not a moment of boredom", "not one moment that's fresh", "without a single scene of": a
 * denied moment (minute, scene …) denies what it is of, past the three words; not the film
 * it is a moment of ("not one second of this mess made any sense" denies the sense). What a
 * moment of the film is, is denied too: "scarcely a minute of it is dull", "not a minute of
 * this film is boring", and what the moment is: "Not a single scene is funny", "Not a single
 * scene or character is convincing".
 */
const NOT_A_MOMENT =
  /(?:\b(?:not|never|without|scarcely|hardly|barely|nary)|n't)\s+(?:(?:a|one)\s+)?(?:single\s+)?(?:moment|minute|second|scene|shot|frame|instant)\s+(?:(?:of|that(?:['’]s|\s+(?:is|was|feels?|felt|seems?|seemed)))\s+(?:(?!(?:this|that|the|its|his|her|their)\b)[a-z'-]+\s+)?|of\s+(?:it|this(?:\s+(?:film|movie|picture))?|the\s+(?:film|movie|picture))\s+(?:is|was|feels?|felt|seems?|seemed)\s+(?:(?:ever|even|remotely|at all|too|overly|really)\s+)?|(?:or\s+[a-z'-]+\s+)?(?:is|was|feels?|felt|seems?|seemed|rings?)\s+(?:(?:ever|even|remotely|at all|too|overly|really|particularly)\s+)?)$/;

/**
 * "a story that could have been funny", "what might have been a gripping thriller", "could
 * have made a much more compelling film", "That would have been funny if …", "I would have
 * laughed out loud, … but": what the film could have been, it is not.
 */
const COULD_HAVE_BEEN =
  /\b(?:(?:could|might|should|would)(?:\s+ha|['’])ve\s+(?:been|made\s+(?:a|an|it|this|the\s+(?:film|movie))(?=\s))\s+(?:(?:a|an|really|very|so|much|far|truly|quite|genuinely|more|pretty|rather|fairly|downright|even|lot|an?\s+[a-z'-]+ly)\s+){0,3}|would(?:\s+ha|['’])ve\s+)$/;

/**
 * "tries hard to be funny", "they try to make it funny", "the leaden banter tries to be witty",
 * "work so hard at being funny that they seldom are": the attempt, not the achievement, so
 * praise it reaches (four words on) is denied; not "doesn't even try to be funny" (group 1),
 * nor scorn ("tries to be a sappy love story").
 */
const ATTEMPTED =
  /(?:(\bnever|\bnot|n't|\bhardly|\brarely)\s+(?:even\s+)?)?\b(?:(?:try|tries|tried|trying|attempts?|attempted|attempting|strives?|strived|striving|strains?|strained|straining)\s+(?:(?:so|too|very|really|desperately|awfully)\s+)?(?:hard\s+)?to\s+(?:be|make\s+(?:it|this|the film|the movie|us|things|everything|them)|look|seem|sound|feel)|(?:works?|worked|working)\s+(?:(?:so|too|very|really|desperately|awfully)\s+)?hard\s+(?:to\s+be|(?:at|on)\s+(?:being|making\s+(?:it|this|the film|the movie|us|things|everything|them)|looking|seeming|sounding)))\s+((?:[a-z'-]+\s+){0,4})$/;
/** … and what it wants, aims or aspires to be, right before the praise ("wants to be funny"; not "viewers who want to be puzzled and shocked watching fine actors"). */
const WANTED =
  /(?:(\bnever|\bnot|n't|\bhardly|\brarely)\s+(?:even\s+)?)?\b(?:wants?|wanted|wanting|aims?|aimed|aiming|aspires?|aspired|aspiring)\s+to\s+(?:be|seem|look|sound|feel)\s+((?:(?:so|very|really|more|too|a|an)\s+)?)$/;

/**
 * "too ordinary to be interesting", "far too much stretching and running around to be
 * engaging", "too old for the role to be really credible": a judging word right after what
 * the film is too much of to be, up to seven words on from "too" with no clause stop between.
 * Not "only too" (very) or "almost too" (it is, just), nor a denied excess ("neither too wild
 * nor too beautiful to be credible", "not too long to be boring"), nor "too X not to be" (it
 * is).
 */
const TOO_X_TO_BE =
  /(?<!\b(?:only|not|never|nor|neither|none|almost|nearly)\s+|n't\s+)\btoo\s+(?:(?!not\b|never\b)[a-z'-]+\s+){1,7}?to\s+(?:even\s+)?(?:be|feel|seem|look|sound)\s+(?:(?:even|very|at all|all that|that|as|[a-z]+ly)\s+){0,2}$/;

/**
 * "on paper" or "in theory" in a judging word's own clause, up to five words before it
 * (ON_PAPER_BEFORE) or three after (ON_PAPER_AFTER): what the film sounds like before it is
 * seen, not what it is ("Vantage Point might sound intriguing on paper but it's all gimmick";
 * "the events that in theory should cause our throats to tighten"; "in theory, should be
 * boring but is delivered with subtlety"). Not "on paper and on screen", what is so both ways,
 * nor past a contrast ("What seems like a dream team on paper is more of a tedious nightmare").
 */
const ON_PAPER_BEFORE =
  /\b(?:on paper|in theory),?\s+(?:(?!(?:more|less|than|rather|instead|but|yet|though|although|while)\b)[a-z'-]+\s+){0,5}$/;
const ON_PAPER_AFTER =
  /^[a-z'-]+(?:,?\s+[a-z'-]+){0,3}?,?\s+(?:on paper|in theory)\b(?!,?\s+(?:and|as well as|but also)\s+(?:on (?:the )?screen|in practice)\b)/;

/** The word (a run of [a-z'-]) that starts at `at` in lowercased text. */
function wordAt(lowerText: string, at: number): string {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(lowerText)?.[0] ?? "";
}
const WORD_AT = /[a-z'-]+/y;

/** Whether NOT_A_MOMENT can match: one of its words, near the end (a literal test, as most words have none). */
const MOMENT_WORD = /moment|minute|second|scene|shot|frame|instant/;
const TRIED_LITERALS = ["try", "trie", "attempt", "striv", "strain", "want", "aim", "aspir"];
/** Whether ATTEMPTED can match the text before a judging word (literals first, as most have none). */
const mayHaveTried = (near: string) =>
  (near.includes(" to ") && includesAny(near, TRIED_LITERALS)) ||
  (near.includes("hard ") && near.includes("work"));

const WHAT_BEFORE = /\b(?:what|whatever|you)\s+$/;

/**
 * Whether a negation within three words before `at` reaches it (no NEGATION_STOPS verb
 * between). What the film "could have been" is denied too, unless the judging word modifies
 * a term (`wished`: false): "could have been a pretty funny script" is a wish, which
 * findAspects reads as such ("what could have been a dull character" is none).
 */
function negatedBefore(lowerText: string, at: number, wished = true): boolean {
  // "I've never laughed so hard", "rarely laughed as hard as I did", "I haven't laughed this
  // hard in years": emphasis, not denial ("didn't laugh that hard" still denies).
  if (EMPHATIC.test(lowerText.slice(at, at + 40))) return false;
  // (Looked for only where a relative clause's denial can be: most judging words have none.)
  const near = lowerText.slice(Math.max(0, at - 110), at);
  // "It would be abhorrent if it weren't so screamingly funny": what it would be otherwise, it
  // is not, because it is this (IF_IT_WERE_NOT_SO).
  if (near.includes("if ") && IF_IT_WERE_NOT_SO.test(near.slice(-70))) return false;
  // "if the story was good", "if only the script were better": it is not (IF_IT_WERE_SO).
  if (
    near.includes("if ") &&
    POSITIVE_WORDS.has(wordAt(lowerText, at)) &&
    IF_IT_WERE_SO.test(near.slice(-60))
  )
    return true;
  if ((near.includes("n't") || near.includes(" not ")) && DENIED_TWICE.test(near)) return false;
  if (near.includes("any ") && NEGATED_ANY.test(near)) return true;
  // "they don't even come across as sexy, let alone funny", "Rarely terrible, let alone
  // memorable": what follows "let alone" is denied more surely than what came before.
  if (near.includes("let alone") && LET_ALONE.test(near.slice(-40))) return true;
  // "Neither the direction nor the screenplay is particularly compelling": past what they name.
  if (near.includes("neither") && near.includes("nor ") && NEITHER_NOR_IS.test(near)) return true;
  // "far from perfect", "far from being one of his best performances", "far from the safe,
  // formulaic comedies" (FAR_FROM).
  if (near.includes("far from") && FAR_FROM.test(near.slice(-80))) return true;
  // "Nothing about it is funny", "None of the jokes in this movie are funny", "Nobody in the
  // cast is convincing": past three words.
  if ((near.includes("no") || near.includes("neither")) && NO_PART_IS.test(near)) return true;
  if ((near.includes("one ") || near.includes("single ")) && NEGATED_ONE.test(near)) return true;
  // "More an exhibition of precious acting than an absorbing narrative": what it is more than,
  // it is not; nor, "More a snapshot … than your typical dragged out biopic", what the usual
  // film of its kind is (THAN_THE_USUAL).
  if (
    near.includes("than") &&
    (MORE_THAN.test(near) || LESS_THAN.test(near) || THAN_THE_USUAL.test(near))
  )
    return true;
  // "I can't say enough good things about it", "can't recommend it highly enough": praise.
  if (near.includes("enough") && CANNOT_SAY_ENOUGH.test(near)) return false;
  // "A lesbian twist to an otherwise standard story just isn't enough to make it compelling":
  // what is not enough to make it so, it is not.
  if (near.includes("enough") && NOT_ENOUGH_TO_MAKE.test(near)) return true;
  // "One thing you can't say about this film is that it is dull", "no point at which it could
  // be called boring": what no one can say of it, past the three words.
  if ((near.includes(" say") || near.includes(" call")) && DENIED_SAYING.test(near)) return true;
  if (near.includes("no ") && near.includes(" at ") && NO_POINT_AT.test(near)) return true;
  // "It wasn't one of Jim Carrey's best performances": a denied "one of" reaches its ranking.
  if (near.includes("one of") && NOT_ONE_OF.test(near)) return true;
  if (MOMENT_WORD.test(near.slice(-45)) && NOT_A_MOMENT.test(near)) return true;
  // ("It could have been worse" is faint praise, not denied scorn.)
  if (
    (near.includes("ve been") || near.includes("ve made") || near.endsWith("ve ")) &&
    !lowerText.startsWith("worse", at)
  ) {
    const could = COULD_HAVE_BEEN.exec(near);
    // (What "what could have been" names is no wish: findAspects' WISH leaves it out.)
    if (
      could &&
      (wished || WHAT_BEFORE.test(near.slice(Math.max(0, could.index - 10), could.index)))
    )
      return true;
  }
  // "a delightful sendup of every bad superhero cliche": what a film sends up reaches to the
  // end of what it names, past the three words a negation reaches.
  if (SENT_UP.test(lowerText.slice(Math.max(0, at - 80), at))) return true;
  // "the effects are never quite integrated into the rest very well": a "well" that ends its
  // clause says how the verb went, and the verb's negation reaches it however far back.
  if (lowerText.startsWith("well", at) && deniedVerbBefore(lowerText, at)) return true;
  // "tries hard to be funny": the attempt, not the achievement (ATTEMPTED, WANTED).
  const tried = mayHaveTried(near)
    ? (ATTEMPTED.exec(near.slice(-90)) ?? WANTED.exec(near.slice(-40)))
    : null;
  if (
    tried &&
    POSITIVE_WORDS.has(wordAt(lowerText, at)) &&
    !(tried[2] ?? "").split(/\s+/).some((w) => NEGATION_STOPS.has(w) || PERCEIVES.has(w))
  )
    return !tried[1];
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
  // "isn't heartbreaking, heartwarming, or funny": a negation reaches every item of its list.
  // (Only where "or" comes right before: the list's expression is anchored at its end only.)
  if (OR_BEFORE.test(lowerText.slice(Math.max(0, at - 5), at))) {
    const list = lowerText.slice(Math.max(0, at - 80), at);
    if (NEGATED_LIST_BEFORE.test(list) || NONE_OF_EITHER.test(list)) return true;
  }
  // "isn't as sharp or as funny as it was": so does a denied comparison its second term.
  if (
    OR_AS_BEFORE.test(lowerText.slice(Math.max(0, at - 8), at)) &&
    NEGATED_AS_OR_AS.test(lowerText.slice(Math.max(0, at - 60), at))
  )
    return true;
  // "never lets the pace slow", "doesn't allow itself to become boring": a denied letting
  // reaches what it would have let happen, past its object.
  if ((near.includes(" let") || near.includes(" allow")) && LET_DENIED.test(near.slice(-70)))
    return true;
  if (near.includes("nor ")) {
    const nor = NOR_INVERTED.exec(near);
    if (nor && !(nor[1] ?? "").split(/\s+/).some((w) => NEGATION_STOPS.has(w))) return true;
  }
  // "The plot is anything but pointless": not at all (but "could hardly be anything but a
  // finely crafted film" and "doesn't elicit anything but sheer boredom" are so).
  if (near.includes("anything but")) {
    const but = ANYTHING_BUT.exec(near);
    if (but) return !DENIED_ANYTHING.test(near.slice(Math.max(0, but.index - 40), but.index));
  }
  // "too many coincidental plot points to be believable", "too familiar to be truly exciting",
  // "too pleasant to be irritating": what it is too much of to be, it is not (TOO_X_TO_BE).
  if (near.includes("too ") && near.includes(" to ") && TOO_X_TO_BE.test(near.slice(-90)))
    return true;
  // "sounds intriguing on paper", "a great idea in theory", "On paper, this movie would sound
  // incredibly boring": what is so only on paper, the film is not (ON_PAPER).
  if (
    (near.includes(" paper") || near.includes(" theory")) &&
    ON_PAPER_BEFORE.test(near.slice(-60))
  )
    return true;
  const after = lowerText.slice(at, at + 60);
  if ((after.includes(" paper") || after.includes(" theory")) && ON_PAPER_AFTER.test(after))
    return true;
  // "supposed to be a good director", "what was meant to be a great cast": what it was to be
  // reaches past its article, one word further than three.
  const supposed = lowerText.slice(Math.max(0, at - 40), at);
  if (supposed.includes("to be ") && SUPPOSED_TO_BE_A.test(supposed)) return true;
  // "the so called funny moments", "its so-called hilarious gags", "the supposedly funny
  // character": what is only called so.
  if (supposed.includes("called") && SO_CALLED.test(supposed)) return true;
  if (
    supposed.includes("edly ") &&
    SAID_TO_BE.test(supposed) &&
    POSITIVE_WORDS.has(wordAt(lowerText, at))
  )
    return true;
  // The three words before it, and one more to see what comes before those ("at least").
  // (Words joined by one hyphen are one word; a double hyphen is a dash: "immediately--this".)
  const before = (
    lowerText.slice(Math.max(0, at - 54), at).match(/[a-z']+(?:-[a-z']+)*/g) ?? []
  ).slice(-4);
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
      // "remembered for its cast and not for its tedious adaptation": what it is not
      // remembered for keeps its judgement.
      !(w === "not" && next === "for" && FOR_WHAT.has(before[i + 2] ?? "")) &&
      // "nothing if not ambitious" is very ambitious ("good, if not great" still denies);
      // "not withstanding" is "notwithstanding".
      !(w === "not" && before[i - 1] === "if" && before[i - 2] === "nothing") &&
      !(w === "not" && next === "withstanding") &&
      // "will no doubt try your patience", "no wonder it drags": said, not denied.
      !(w === "no" && (next === "doubt" || next === "wonder")) &&
      // "Nobody does funny better than Steve Martin", "no-one could be funnier": none so much.
      !(NOBODY.has(w) && NOBODY_BETTER.test(lowerText.slice(at, at + 60))) &&
      // "nor does the stale direction help": "nor" turned round with its verb denies what
      // comes after its subject (NOR_INVERTED), not the subject's own words.
      !(w === "nor" && NOR_VERBS.has(next)) &&
      // "couldn't be more heavy-handed", "could not be more delightful", "the acting could not
      // be worse": as much as can be.
      // … and "the acting couldn't have been better".
      !(
        (next === "be" || (next === "have" && before[i + 2] === "been")) &&
        (before[i + 2] === "more" ||
          before[i + 3] === "more" ||
          /^(?:better|worse)\b/.test(lowerText.slice(at)))
      ) &&
      // "gloom was never photographed so smartly", "has never looked better", "never been
      // funnier": never before so much.
      !(
        w === "never" &&
        NEVER_SO_MUCH.test(`${before[before.length - 1]} ${lowerText.slice(at, at + 20)}`)
      ) &&
      // "fairly solid--not to mention well edited" adds, and so does "not forgetting the
      // abysmal acting"; "almost without exception, amateurish" denies nothing.
      !(w === "not" && next === "to" && before[i + 2] === "mention") &&
      !(w === "not" && next === "forgetting") &&
      !(w === "without" && next === "exception") &&
      !(w === "least" && before[i - 1] === "at") &&
      !(w === "less" && before[i - 1] === "or" && before[i - 2] === "more") &&
      // "less funny than formulaic": what comes right after "than" it is.
      !(w === "less" && before[before.length - 1] === "than") &&
      // "even comics are less witless and tedious than this": this film is more so.
      !(w === "less" && LESS_THAN_THIS.test(lowerText.slice(at, at + 60))) &&
      // "has never seemed as witty, touching and engaging as it does here": now it is.
      !(before.includes("as") && AS_THIS_FILM.test(lowerText.slice(at, at + 80)));
    // "authentic rather than awkward", "a joke instead of a funny one", "more perky than
    // actually funny": what it is instead of, it is not. After "more … than", only what comes
    // right after "than" (or after "actually" and the like): not "more polished than it
    // deserves".
    const rightAfter = i === before.length - 1 || (i === before.length - 2 && PLAINLY.has(next));
    const instead =
      (w === "than" && (before[i - 1] === "rather" || (before[i - 2] === "more" && rightAfter))) ||
      (w === "of" && before[i - 1] === "instead");
    // "nothing terribly compelling" denies; "nothing short of brilliant", "nothing but
    // praise" and "nothing is better" do not, nor "fifteen minutes of nothing happening
    // really ruined it", where nothing happening is what there is, nor "the novelty of this
    // world of nothing becomes rather dull", where what is of nothing does.
    const nothingAsThing = NOTHING_DOES.test(next) && OF_WHAT.has(before[i - 1] ?? "");
    if (denies || instead || (w === "nothing" && !NOTHING_BUT.has(next) && !nothingAsThing))
      return true;
    if (NEGATION_STOPS.has(w) || (MEASURED_AGAINST.has(w) && next === "its")) return false;
  }
  // "could not keep up its energetic and fun pace", "don't really cohere into a convincing":
  // a negated verb reaches what it takes, past the three words.
  // (Only past the three words: a negation among them the loop has read, exceptions and all;
  // and not a cue that denies already: "don't think those lines were intended to be funny".)
  return (
    !before.slice(-3).some(isNegation) &&
    !DENIES_ALREADY.test(lowerText.slice(at, at + 12)) &&
    deniedObject(lowerText.slice(Math.max(0, at - 80), at))
  );
}

/**
 * A verb of sending something up (or "a sendup of"), then up to six words of what it sends
 * up, to right before a judging word: "sendup of every bad superhero", "spoofs the genre's
 * most tired". Not after a negation ("may not subvert every cliche": what it does not send up,
 * it has), nor past a word that opens another clause or a verb of being. Not the nouns
 * "spoof" and "parody" alone: "a clever spoof with great roles", "the spoof of a really cheesy
 * war movie" (what a scene comes off as) judge the film.
 */
const SENT_UP =
  /(?<!(?:\bnot|\bnever|n't)\s+)\b(?:subverts|subverting|spoofs|spoofing|send-?ups? of|sends up|sending up|skewers|skewering|lampoons|lampooning)\s+(?:(?!(?:that|which|who|but|while|though|although|because|when|if|yet|is|are|was|were|be|been|has|have|had|it|its|this)\b)[a-z']+(?:-[a-z']+)*\s+){0,6}$/;

/**
 * A negation, then up to eight words of its clause, then "well" (and a degree word before it):
 * "never quite integrated into the rest very well", "didn't translate to the screen well".
 * Not across a word that opens another clause ("doesn't say much, and it's done well"), nor
 * "as well" (also). Group 1 is the negation, group 2 the degree word: "rarely … so well" is
 * praise (see below).
 */
const NEGATED_VERB_THEN =
  /(?:\b(not|never|hardly|rarely|seldom)|n't)\s+(?:(?!(?:and|but|yet|that|which|who|because|though|although|while|when|if|as|so|than|until|since|only)\b)[a-z']+(?:-[a-z']+)*\s+){1,8}(?:(very|particularly|all that|that|terribly|too|so|especially|quite)\s+)?$/;
/** After "well", the end of its clause: "… very well.", "… well, either" (not "well-written"). */
const WELL_ENDS_CLAUSE = /^well(?:\s+(?:either|at all|enough))?(?:$|\s*[,.;:!?)"”…]|\s+--)/;

/**
 * Whether a "well" at `at` ends a clause whose verb is negated (NEGATED_VERB_THEN); not
 * "rarely have characters been treated so well", "never has it looked so well": so well as
 * seldom before.
 */
function deniedVerbBefore(lowerText: string, at: number): boolean {
  if (!WELL_ENDS_CLAUSE.test(lowerText.slice(at, at + 20))) return false;
  const denied = NEGATED_VERB_THEN.exec(lowerText.slice(Math.max(0, at - 90), at));
  return denied !== null && !(denied[2] === "so" && denied[1] !== undefined && denied[1] !== "not");
}

/**
 * A negation, then (after an adverb or two) a verb, its particles or prepositions, a
 * determiner, a word it is joined to and a degree word, to right before a judging word: "could
 * not keep up its energetic and fun", "doesn't necessarily make for a good", "don't really
 * cohere into a convincing". Group 1 is the verb, group 2 the joined word. Not a noun after
 * the negation ("isn't a film about great people").
 */
const NEGATED_VERB_OBJECT =
  /(?<!\b(?:no|not|never|nothing|none|hardly)\b[^.;:!?]{0,60})(?:\b(?:not|never|hardly)|n't)\s+(?:(?!only\b)(?:really|quite|necessarily|even|always|exactly|entirely|fully|ever|actually|[a-z]+ly)\s+){0,2}([a-z]+)\s+(?!up for\b)(?:(?:up|out|in|into|for|on|with|off|down|across|over|through|about|at|from|like|around|together)\s+){0,2}(?:(?:a|an|the|its|his|her|their|any|much|some|this|that|these|those|our|your|my|enough)\s+)?(?:[a-z-]+['’]s\s+)?(?:([a-z-]+),?\s+(?:and|or)\s+)?(?:(?:very|so|too|particularly|especially|really|truly|genuinely|terribly|remotely|all that|that|quite|overly|sheer|utter|pure)\s+)?$/;

/**
 * Verbs whose object keeps its judgement when they are negated, besides NEGATION_STOPS and
 * PERCEIVES: "won't forget the powerful performance", "can't fault the superb cast", "can't
 * resist its charming", and the words after a negation that add or say rather than deny.
 */
const KEEPS_OBJECT = new Set([
  ...["forget", "regret", "resist", "stop", "beat", "fault", "wait", "recommend", "praise"],
  // "It doesn't hurt the film's great cast": what does no harm keeps its judgement.
  ...["hurt", "hurts", "harm", "harms"],
  ...["complain", "doubt", "underestimate", "overlook", "ignore", "miss", "get", "take"],
  ...["only", "just", "merely", "simply", "to", "as", "so", "that", "how", "what", "a", "an"],
  ...["the", "least", "less", "more", "most", "for", "nearly", "without", "one", "all"],
  // "isn't helped by the atrocious acting", "not quite rescued by a compelling performance",
  // "could not liven up this meandering story", "if you don't mind the slow pacing",
  // "not withstanding its excellent animation": what is not helped, lifted or minded stays.
  ...["helped", "rescued", "saved", "redeemed", "lifted", "liven", "mind", "withstanding"],
  // "never quite solves the pacing problems", "don't sufficiently detract from the poor script",
  // "I've not even mentioned the awful music", "don't even talk about that awful soundtrack",
  // "not entirely lacking in sharp dialogue", "not enough for the poor audio".
  ...["solve", "solves", "solved", "detract", "detracts", "mentioned", "mentioning", "talk"],
  ...["lack", "lacks", "lacking", "missing", "enough", "last", "lasts"],
  // Copulas and the like: a negation before them is read within its three words.
  ...["be", "been", "being", "is", "was", "are", "were", "seem", "seems", "look", "looks"],
]);

/**
 * The critic's own opinion denied, up to a judging word later in its clause: "I don't find the
 * story or the characters very believable", "I didn't find this particular episode that funny",
 * "I can't say I found the acting all that impressive", "I couldn't even find it funny". Not
 * in a condition ("if you don't find these guys funny, …"), nor past a word that opens another
 * clause; not "I cannot say enough bad things", "I don't think I've ever seen … fail as
 * miserably" (emphasis), nor "I don't think those lines were intended to be funny", "close to
 * being mediocre" (denied already).
 * "I never thought he was a particularly good actor" denies too; "I never thought I'd enjoy
 * it so much", "I never thought he could be such a great director" do not.
 */
const DENIED_OPINION =
  /(?<!\b(?:if|unless|when|whether)\s+(?:you|we|they|people|viewers|audiences|one)\s+)\b(?:i|we)\s+(?:(?:don't|do not|didn't|did not)\s+(?:(?:really|actually|particularly|honestly|personally|even)\s+)?(?:find|found|think|thought|believe|feel|felt|consider)|never\s+(?:(?:really|actually)\s+)?(?:found|thought|believed|felt|considered)(?!\s+(?:that\s+)?(?:i|i'd|i'll|i've|i'm|we|we'd)\b)(?![^.;:!?]{0,80}\b(?:could|would|can|might)\b)|(?:can't|cannot|couldn't|wouldn't|won't)\s+(?:(?:really|honestly|even)\s+)?(?:say|call|consider|find))\b(?!\s+enough\b)(?:\s+(?!(?:but|yet|although|though|because|since|when|if|unless|while|whereas|until|before|after|and then|which|who|ever|intended|meant|supposed|close)\b)[a-z'-]+){0,10}\s+$/;

/** A cue that is a denial itself: "intended to be funny", "meant to be scary", "trying to be". */
const DENIES_ALREADY = /^(?:intended|meant|supposed|trying|tries|tried)\b/;

/** The words NEGATED_VERB_OBJECT and DENIED_OPINION need somewhere in a text to match. */
const MAY_DENY = /n't|not|never|hardly/;

/** Whether a text ends in a negated verb's object, up to a judging word (NEGATED_VERB_OBJECT). */
function deniedObject(before: string): boolean {
  // (The expression only where a negation is: most judging words have none before them.)
  if (!MAY_DENY.test(before)) return false;
  if (DENIED_OPINION.test(before)) return true;
  const denied = NEGATED_VERB_OBJECT.exec(before);
  if (denied === null) return false;
  const verb = denied[1] as string;
  // "hardly thrilling in this paint-by-numbers chiller": the denial ends at the praise it
  // denies (reaching on, it would turn the complaint after it into praise). ("Wasn't bad in
  // a funny way" still denies the whole: not funny.)
  if (POSITIVE_WORDS.has(verb)) return false;
  // A word joined to the judging word is one of a list of judgements ("energetic and fun",
  // "monotonous and tiresome"), not "fully developed and poor" nor "lets up and powerful".
  const joined = denied[2];
  if (joined !== undefined && !POSITIVE_WORDS.has(joined) && !NEGATIVE_WORDS.has(joined))
    return false;
  if (MEASURED_AGAINST.has(verb) && MEASURED_AGAINST_ITS.test(before.slice(denied.index)))
    return false;
  return !(NEGATION_STOPS.has(verb) || PERCEIVES.has(verb) || KEEPS_OBJECT.has(verb));
}

/**
 * A verb that denies what it reaches for, up to four words before the end of a text ("fails
 * to deliver a", "falls a bit short of being a", "didn't have what it takes to really deliver
 * a"; its nouns too: "an inability to create likable", "its failure to develop interesting"),
 * what it stops being; group 1 is a negation before the verb,
 * which turns it around ("never fails to"), group 2 the words it reaches across.
 */
const DENYING_REACH =
  /(?:\b(never|not|n't|hardly|rarely)\s+)?\b(?:(?:fail(?:s|ed|ing)?|forg(?:ets|ot|otten|etting)|neglect(?:s|ed|ing)?|unable|inability|failure(?!\s+to\s+launch\b)|(?:not|never|isn't|aren't|wasn't|weren't) able|never (?:quite )?manag(?:es|ed|e)|(?:never|not|doesn't|don't|didn't|won't|can't) (?:even )?(?:comes?|came|coming) close|(?:never|not|nowhere) (?:even )?(?:remotely |anywhere )?close) to|(?:falls?|fell|falling) (?:a bit |a little |just |well |far )?short of|(?:doesn't|does not|don't|didn't|won't|wouldn't) (?:necessarily )?mean(?: that)?|no (?:model|paragon) of|neglect(?:s|ed|ing)?|who (?:ever )?(?:thought|decided|imagined)|(?:keeps?|kept|keeping|prevents?|prevented|preventing|stops?|stopped) (?:[\w'-]+ ){1,3}?from (?:being|becoming|getting)|(?:doesn't|does not|don't|do not|didn't|did not|never|hardly) (?:really |quite |seem to |seems to )?(?:know|knows|knew|learned|learns) how to|(?:(?:doesn't|does not|don't|do not|didn't|did not|never|hardly) (?:really |quite |seem to |seems to )?(?:have|has|had)|lacks?|lacked|lacking) what it takes to|(?:stops?|stopped|stopping|ceases?|ceased)\s+(?:being|to\s+be))\s+((?:[a-z'-]+\s+){0,4})$/;
/**
 * Verbs of noticing and of saying: what one fails to notice, or does not know how to
 * describe, keeps its own judgement ("I don't quite know how to describe this incoherent film").
 */
const PERCEIVES = new Set([
  ...["notice", "see", "realize", "realise", "recognize", "recognise", "appreciate"],
  ...["acknowledge", "mention", "spot", "understand", "grasp"],
  ...["describe", "explain", "express", "say", "put", "rate", "review", "react", "begin"],
]);

/** How many words before an aspect's term a judging word modifies it ("a triumph of production design"). */
const MODIFIER_WORDS = 2;

/**
 * The judging words among the last MODIFIER_WORDS words of a clause's text before an
 * aspect's term (lowercase): the term's own modifiers, each turned around by a negation or
 * a "lack" before it ("lacks a great story"). Not across a sentence mark ("haven't aged
 * well...the soundtrack") or a verb or relative ("obvious that director").
 */
export function modifierLean(before: string): number {
  // "a sloppily-edited insult", "beautifully-shot", "well-directed": an adverb joined to the
  // term judges it ("ill-" is no judging word alone); a negation before it denies it ("not
  // well-executed", "not as well-crafted as its predecessor").
  const joined = JOINED_ADVERB.exec(before)?.[1] ?? "";
  const joinedSign = POSITIVE_WORDS.has(joined)
    ? 1
    : joined === "ill" || NEGATIVE_WORDS.has(joined)
      ? -1
      : 0;
  if (joinedSign !== 0)
    return negatedBefore(before, before.length - joined.length - 1, false)
      ? -joinedSign
      : joinedSign;
  const words = lastWords(before, MODIFIER_WORDS);
  let from = pastLastStop(before, words[0]?.at ?? 0);
  for (const w of words) if (LINKS.has(w.word) && w.at >= from) from = w.at + w.word.length;
  let lean = 0;
  MODIFYING.lastIndex = from;
  for (let m = MODIFYING.exec(before); m !== null; m = MODIFYING.exec(before)) {
    if (
      RANKS.has(m[0]) ||
      ROLE_NOUN.test(before.slice(m.index + m[0].length)) ||
      judgesNothing(before, m) ||
      quotedWithTerm(before, m)
    )
      continue;
    const sign = PRAISING_MODIFIERS.has(m[0]) && !faintPraise(before, m) ? 1 : -1;
    lean += negatedBefore(before, m.index, false) || lackedAt(before, m.index) ? -sign : sign;
  }
  return lean;
}

const JOINED_ADVERB = /\b([a-z]+ly|well|ill)-$/;

/**
 * The last `count` runs of [a-z'-] in a text, in order, as `text.matchAll(/[a-z'-]+/g)`
 * finds them: read back from the end, not the whole clause.
 */
function lastWords(text: string, count: number): Array<{ word: string; at: number }> {
  const words: Array<{ word: string; at: number }> = [];
  let end = text.length;
  while (words.length < count) {
    while (end > 0 && !isWordLetter(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end - 1;
    while (start > 0 && isWordLetter(text.charCodeAt(start - 1))) start--;
    words.unshift({ word: text.slice(start, end), at: start });
    end = start;
  }
  return words;
}

/** [a-z'-] */
const isWordLetter = (c: number) => (c >= 97 && c <= 122) || c === 39 || c === 45;

/**
 * Where the text after its last sentence or clause mark (. ! ? ; : …) starts, when that mark is
 * at or after `from`; else `from`. (Read back from the end: only the words near it count.)
 */
function pastLastStop(text: string, from: number): number {
  for (let i = text.length - 1; i >= from; i--) if (STOPS.has(text.charCodeAt(i))) return i + 1;
  return from;
}
const STOPS = new Set([...".!?;:…"].map((c) => c.charCodeAt(0)));

/** Words a modifier does not reach across: a verb or a relative comes between. */
const LINKS = new Set(["that", "which", "who", "is", "was", "are", "were", "be", "been", "being"]);

/**
 * "lacks a great story", "a lack of compelling narrative", "short on laugh-out-loud comedy",
 * "deficient in witty dialogue",
 * "what it lacks in originality", "running out of new ideas", "devoid of a shred of originality",
 * "precious little in the way of real scares or engaging characters" (both of a list with "or"):
 * the judging word is missed, not given. Not "nothing short of brilliant", which gives it, nor
 * a short film ("a short, brisk thriller"), nor what is "not entirely lacking" (a negation
 * before the lack turns it around, as words that negate do).
 */
const LACK =
  /(?:\b(?:lack(?:s|ing|ed)?|devoid|deficient|absence|bereft|missing|minus|stripped of|(?:runs?|ran|running) out of)\b(?<!(?:\bnot|\bnever|n't)\s+(?:[a-z]+ly\s+)?(?:lack(?:s|ing|ed)?|missing))|(?<!\bnothing\s+)\bshort\s+(?:of|on)\b|\blittle\s+in\s+the\s+way\s+of\b)(?:\s+(?:of|on|in|any|a|an|the|its|his|her|their|really|truly|real|single|iota|shred|ounce|scrap|speck|trace|hint))*(?:\s+[a-z'-]+(?:\s+[a-z'-]+){0,2}\s+(?:or|nor))?\s+$/;

/** Whether what starts at `at` of a lowercased text is lacked ("short on", "devoid of"). */
const lackedAt = (lowerText: string, at: number) =>
  LACK.test(lowerText.slice(Math.max(0, at - 60), at));

/** "good guy/bad guy portrayal": a kind of character, not a judgement. */
const ROLE_NOUN = /^[\s-]+guys?\b/;

/** Judging words that, before a term, rank it rather than judge it ("the lesser characters"). */
const RANKS = new Set(["lesser"]);

/**
 * After "deserve(s)": "better" or "more", not more credit, attention, praise …; or a
 * punishment ("deserves to be banned from the film industry") (NOT_JUDGING_BEFORE).
 */
const DESERVED_NO_PRAISE =
  /^\s+(?:(?:a lot|much|far|so much|way)\s+)?(?:better|more(?!\s+(?:credit|recognition|attention|accolades|praise|consideration|respect|love|acclaim|appreciation|exposure|awards?|success|viewers|fans)\b))\b|^\s+to\s+be\s+(?:banned|trashed|forgotten|tortured|thrown|shot|punished|burned|burnt|buried|destroyed|ignored|avoided|flushed|slapped|sued|fired|jailed|locked|ashamed|embarrassed|mocked|ridiculed|panned|booed)\b/;

/**
 * What inspired or is inspiring a film does to others: "Its story inspired every mainstream
 * fantasy", "inspired by true events", "inspiring several parodies" (a verb, not "an inspired
 * performance").
 */
const INSPIRED_WHAT =
  /^\s+(?:by|every|each|a|an|the|this|that|these|those|many|countless|numerous|several|generations?|legions|dozens|hundreds|thousands|him|her|them|us|me|it|its|his|their|our|your|my|some|other|others|imitators|copycats|sequels|remakes)\b/;

/**
 * Judging words that judge nothing before these words: "the best I could summon up …" and
 * "the best that can be said" are faint praise; "appealing (primarily) to pre-teens" and
 * "appealing directly to the audience" address someone.
 */
const NOT_JUDGING_BEFORE: Record<string, RegExp> = {
  // What deserves better is not praised ("all the performers deserve better than this": nor
  // are they faulted), but what deserves more credit is.
  deserve: DESERVED_NO_PRAISE,
  deserves: DESERVED_NO_PRAISE,
  best: /^\s+(?:(?:i|we|you|one)\s+(?:could|can)|that can be said)\b/,
  appealing: /^\s+(?:[a-z]+ly\s+)?(?:to|for)\b/,
  // "The revelation of a gruesome back story" discloses; it does not praise.
  revelation: /^\s+(?:of|that)\b/,
  inspired: INSPIRED_WHAT,
  inspiring: INSPIRED_WHAT,
  // "Stallone has somehow contrived to make each of his movies …", "how the filmmakers
  // contrived to rationalize this": managed, a verb (not "contrived to the point of absurdity",
  // "contrived, to say the least").
  contrived: /^\s+to\s+(?!(?:the|a|an|be|some|any|this|that|its|his|her|their|say)\b)[a-z]/,
  // "Things have a funny way of happening": strange, not amusing.
  funny: /^\s+ways?\s+of\b/,
  // "well before the end", "well over two hours", "well known".
  well: /^\s+(?:before|after|into|over|under|past|beyond|within|known|aware)\b/,
  // "enough eye-candy and cheap thrills to entertain": a genre's pleasures, not a fault.
  cheap: /^\s+thrills?\b/,
  // "a charming ugly duckling story": a kind of story, not a fault.
  ugly: /^\s+duckling/,
  // Only a "saving grace" praises ("saving the world" does not).
  saving: /^(?!\s+graces?\b)/,
  // A film "striking out" misses.
  striking: /^\s+out\b/,
  // "plays a bad guy", "good cop, bad cop": the character's side, not a judgement.
  bad: /^[\s-]+(?:guys?|cops?)\b/,
  // … and a "good friend" is a friend.
  // … and a "good deal" or "great deal" of something is much of it ("full of jagged cuts and a
  // great deal of noise").
  // … nor "a good portion of the run time", "a good half hour", "a good twenty minutes" (read
  // before the term too: "a good twenty "): as much; nor "it's a good thing
  // Spade penned the premise": fortunately.
  good: /^[\s-]+(?:(?:guys?|cops?|friends?)\b|deal\s+(?:of|more|less)\b|(?:portion|chunk|part|half|third|quarter|percentage|majority|while)\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|few|couple(?:\s+of)?)[\s-]+(?:(?:minutes?|hours?|seconds?|years?|days?|weeks?|months?|times|points|stars|feet|inches|pounds|dozen)\b|$)|thing\s+(?:that|he|she|they|we|i|you|it|the|this|there|his|her|their|[a-z]+\s+(?:is|was|did|does|has|had|penned|made|wrote))\b)/,
  great: /^\s+deal\s+(?:of|more|less)\b/,
  // "makes you wonder if a little chaos might have benefited everyone", "you wonder why the
  // filmmakers bothered": a doubt, not a wonder.
  wonder: /^\s+(?:if|whether|why|how|what|who|where|when)\b/,
  // "a lazy summer day" is an idle one.
  lazy: /^\s+(?:summer|sunday|afternoon|days?|river)\b/,
  // "the filmmakers' obvious love for clay animation", "their care … is obvious to even the
  // youngest viewer", "the most obvious achievement is Cate Blanchett's performance", "the
  // obvious centerpiece": plain to see, not predictable.
  obvious:
    /^\s+(?:(?:love|affection|passion|joy|delight|relish|glee|pleasure|enthusiasm|care|respect|admiration|fondness|talent|skill|intelligence|sincerity|reverence|empathy|compassion|warmth|achievements?|strengths?|assets?|highlights?|virtues?|merits?|cent(?:er|re)pieces?|standouts?|attractions?)\b|to\s+(?:all|everyone|everybody|anyone|anybody|even|every|any|viewers|audiences)\b|(?:that|how|what|why|who)\b)/,
};

/**
 * Judging words that judge nothing after these words: "pick up the slack" and "cut it some
 * slack" help or excuse; to "break bad" is to turn to crime; what "it's obvious" is, is evident.
 */
const NOT_JUDGING_AFTER: Record<string, RegExp> = {
  bad: /\bbreak(?:s|ing)?\s+$/,
  // "Too quickly for its own good": no good at all.
  good: /\b(?:its|his|her|their|our|your|my)\s+own\s+$/,
  // "Acting that is no worse than that found in most sci-fi films", "I've seen worse acting":
  // faint, not praise, and no complaint either.
  worse: /\b(?:no|(?:have|['’]ve|had|has) seen)\s+$/,
  // "the script he and Pegg have contrived is full of surprises": devised, a verb.
  contrived: /\b(?:have|has|had|having|he|she|they|we)\s+$/,
  // "one of his lesser works as director", "her best works": the films someone made, not a
  // film that works.
  works:
    /\b(?:his|her|their|my|your|our|these|those|other|earlier|later|lesser|major|minor|previous|early|late|recent|collected|complete|many|several|best|greatest|finest)\s+$/,
  // "Director Roach would have done well to tone it down": advice, no praise.
  well: /\b(?:would|could|might|should)(?:\s+have|['’]ve)?\s+(?:done|do)\s+$/,
  // An "award winning" actor won a prize; a "winning" one wins the critic over.
  winning: /\b(?:award|oscar|emmy|prize|pulitzer|globe|tony|grammy|bafta|festival)\s+$/,
  // "it's obvious Gia Coppola is a natural director", "in the absence of any obvious
  // opposition", "for no obvious reason", "doesn't ask any of the obvious questions":
  // evident, not predictable.
  obvious: /\b(?:it(?:'s|’s| is| was| becomes| became)|(?:any|no)(?:\s+of\s+the)?)\s+$/,
  // "the entire cast is game for the ridiculous": willing, not faulted.
  ridiculous: /\bgame\s+for\s+(?:the\s+)?$/,
  slack:
    /\b(?:pick|picks|picked|picking|take|takes|took|taking|cut|cuts|cutting)\s+(?:up\s+)?(?:(?:the|it|them|him|her|'em|us|me)\s+)?(?:some\s+)?$/,
};

/**
 * Whether a modifier opens a quotation that runs on to its term: the "carefully crafted"
 * conclusion is someone else's phrase, quoted to be doubted.
 */
function quotedWithTerm(before: string, m: RegExpExecArray): boolean {
  const quote = before[m.index - 1] ?? "";
  if (!OPENING_QUOTE.has(quote)) return false;
  return !before.slice(m.index + m[0].length).includes(CLOSES[quote] ?? quote);
}
/** The quotation mark that closes each curly one (a straight one closes itself). */
const CLOSES: Record<string, string> = { "“": "”", "‘": "’" };

/**
 * Whether a judging word found in a text judges nothing there ("pick up the slack", "ugly
 * duckling", "as well as"), judges another time ("previously") or what the film shows
 * ("portraying how things go bad"), or is quoted alone: Hollywood's "worst" director is
 * someone else's word for him.
 */
function judgesNothing(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return (
    (OPENING_QUOTE.has(text[m.index - 1] ?? "") && CLOSING_QUOTE.has(text[end] ?? "")) ||
    PREVIOUSLY.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
    depicted(text, m.index) ||
    NOT_JUDGING_BEFORE[m[0]]?.test(text.slice(end, end + 40)) === true ||
    NOT_JUDGING_AFTER[m[0]]?.test(text.slice(Math.max(0, m.index - 30), m.index)) === true ||
    (m[0] === "well" &&
      ALSO_BEFORE_WELL.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      !AS_WELL_AS_ANY.test(text.slice(end, end + 30)))
  );
}

/**
 * "Who wrote as well as directed", "might as well", "just as well": a "well" that says "and"
 * or "no matter", not how well; but "plays it as well as anyone could" praises.
 */
const ALSO_BEFORE_WELL = /\b(?:as|might|may|just)\s+$/;
const AS_WELL_AS_ANY =
  /^\s+as\s+(?:any|anyone|anybody|anything|possible|ever|humanly|one could|you could|can be|could be|it could|he could|she could|they could|we could|one might|you'd)\b/;

/**
 * Before a judging word: what a film shows ("a great job of portraying how things can just go
 * bad", "depicts what a terrible place the world can be"): its subject, not a judgement of it.
 */
const DEPICTED =
  /\b(?:portray|depict|show|explor|captur|examin|illustrat)(?:s|es|ed|ing|e)?\s+(?:(?:just|exactly|so\s+well|well|vividly|clearly|beautifully)\s+)?(?:how|what|why|the\s+ways?\s+in\s+which)\b[^.;:!?]*$/;
/** Whether the judging word at `at` is in what a film shows (DEPICTED), up to 100 characters back. */
function depicted(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 100), at);
  // (The question words first: most judging words have none before them.)
  return (
    (before.includes("how") ||
      before.includes("what") ||
      before.includes("why") ||
      before.includes("ways")) &&
    DEPICTED.test(before)
  );
}

/** Before a judging word: another time's ("a role he previously played unconvincingly"). */
const PREVIOUSLY = /\b(?:previously|formerly)\s+(?:[a-z'-]+\s+){0,2}$/;

const OPENING_QUOTE = new Set(['"', "“", "'", "‘"]);
const CLOSING_QUOTE = new Set(['"', "”", "'", "’"]);

/** Positive minus negative judging words in a clause, each flipped by a negation within three words before it. */
export function lexicalLean(clause: string): number {
  const text = clause.toLowerCase();
  let lean = 0;
  // "I expected better quality both in story and in animation": a complaint.
  if ((text.includes("expect") || text.includes("hop")) && /better|more/.test(text)) {
    EXPECTED_BETTER.lastIndex = 0;
    while (EXPECTED_BETTER.exec(text) !== null) lean--;
  }
  JUDGING.lastIndex = 0;
  for (let m = JUDGING.exec(text); m !== null; m = JUDGING.exec(text)) {
    if (judgesNothing(text, m) || intensifies(text, m)) continue;
    // "too smart for its own good" complains.
    const end = m.index + m[0].length;
    const sign =
      POSITIVE_WORDS.has(m[0]) &&
      !FOR_ITS_OWN_GOOD.test(text.slice(end, end + 30)) &&
      !THAN_IT_IS.test(text.slice(end, end + 30)) &&
      !faintPraise(text, m)
        ? 1
        : -1;
    lean += negatedBefore(text, m.index) ? -sign : sign;
  }
  return lean;
}

/**
 * "Perfectly banal", "perfectly dreadful": an adverb of praise right before a word of fault
 * says how much, not how good; the fault alone judges.
 */
function intensifies(text: string, m: RegExpExecArray): boolean {
  if (m[0] !== "perfectly") return false;
  const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
  return next !== undefined && (NEGATIVE_WORDS.has(next) || MODIFIER_NEGATIVE_WORDS.has(next));
}
const NEXT_WORD = /^\s+([a-z'-]+)/;

/**
 * What the critic expected or hoped for, more than the film gave: "I expected better quality",
 * "I really expected much more from this director" (not "left me wanting more", "expect more
 * of the same").
 */
const EXPECTED_BETTER =
  /\b(?:expected|expecting|hoped for|hoping for)\s+(?:(?:a lot|much|far|something|so much|a little|a bit|way)\s+)?(?:better|more)\b(?!\s+of\s+the\s+same)/g;

/** "Serviceable at best": as good as it gets is not good. */
const AT_BEST = /(?:^|[^a-z'])at\s$/;
/**
 * "The normally reliable Kudrow", "the usually dependable Dick Richards": what someone
 * usually is, they are not here.
 */
const USUALLY = /\b(?:the|an?) (?:usually|normally)[\s-]+$/;
/** "Only intermittently engaging", "sporadically effective": praise now and then is no praise. */
const NOW_AND_THEN = /\b(?:intermittently|sporadically|fitfully)\s+$/;
/** "Unintentionally funny dialogue", "inadvertently hilarious": nor is praise of what was not meant. */
const UNMEANT = /\b(?:unintentionally|involuntarily|inadvertently|unwittingly)\s+$/;

/**
 * Whether a praising word is taken back where it stands: "… at best", only now and then, or
 * not meant.
 * (A complaint stays one: "sporadically flat direction".)
 */
function faintPraise(text: string, m: RegExpExecArray): boolean {
  if (m[0] === "best") return AT_BEST.test(text.slice(Math.max(0, m.index - 4), m.index));
  // (The words looked for first, in a few characters: most praise has none before it.)
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  return (
    before.includes("ly") &&
    (NOW_AND_THEN.test(before) || UNMEANT.test(before) || USUALLY.test(before))
  );
}

/**
 * After a judging word, what says it is not so: "more charming than they are", "makes it sound
 * more interesting than it really is" (not "never better than he is here").
 */
const THAN_IT_IS =
  /^\s+than (?:it|they|he|she) (?:really |actually )?(?:is|are|was|were)(?=\s*(?:$|[,.;:!?)"”]|but\b|and\b))/;

/** After a judging word, what turns praise into a complaint: "too smart for its own good". */
const FOR_ITS_OWN_GOOD = /^\s+for (?:its|his|her|their|our|your) own good\b/;

/** Every judging word, as one expression: a clause is scanned once, not word by word. */
// (ASCII look-arounds: a Unicode-aware expression of this size is ten times slower.)
const JUDGING = anyWordOf([...POSITIVE_WORDS, ...NEGATIVE_WORDS]);
/** A term's modifiers: the judging words, and those that judge only what they modify (MODIFIER_POSITIVE_WORDS). */
const MODIFYING = anyWordOf([
  ...POSITIVE_WORDS,
  ...NEGATIVE_WORDS,
  ...MODIFIER_POSITIVE_WORDS,
  ...MODIFIER_NEGATIVE_WORDS,
]);
const PRAISING_MODIFIERS = new Set([...POSITIVE_WORDS, ...MODIFIER_POSITIVE_WORDS]);

/** Any of the words, whole (a-z and hyphens around it), the longest first: one scan finds them all. */
function anyWordOf(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(String.raw`(?<![a-z\-])(?:${alternatives})(?![a-z\-])`, "g");
}

/** Whether a judging word starts at `at` of a lowercased text. */
export function judgingAt(lowerText: string, at: number): boolean {
  return judgingWordAt(lowerText, at) !== undefined;
}

/**
 * The length of the faulting word that starts at `at` ("predictable", "formulaic",
 * "contrived"), or 0: a term that is one judges itself. (A praising term such as "funny" or
 * "witty" names its aspect; its clause says how it fares: "falls flat as often as it turns
 * funny".)
 */
export function faultingLengthAt(lowerText: string, at: number): number {
  const word = judgingWordAt(lowerText, at);
  return word !== undefined && NEGATIVE_WORDS.has(word) ? word.length : 0;
}

/**
 * "visually uninspired", "visually stunning": a term that is an adverb is judged by the
 * judging word right after it. The length of the two, or 0.
 */
export function judgedAfterLength(lowerText: string, at: number): number {
  if (!lowerText.startsWith(ADVERB_TERM, at)) return 0;
  const word = judgingWordAt(lowerText, at + ADVERB_TERM.length);
  return word === undefined ? 0 : ADVERB_TERM.length + word.length;
}
const ADVERB_TERM = "visually ";

/**
 * The text with the judging words inside the given spans blanked out with NUL (the length
 * kept), in one pass: the words of a title judge nothing ("the pacing of Fun Mom Dinner").
 */
export function withoutJudgingWords(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): string {
  const parts: string[] = [];
  let kept = 0;
  for (const [start, end] of spans) {
    const lower = text.slice(start, end).toLowerCase();
    JUDGING.lastIndex = 0;
    for (let m = JUDGING.exec(lower); m !== null; m = JUDGING.exec(lower)) {
      parts.push(text.slice(kept, start + m.index), "\0".repeat(m[0].length));
      kept = start + m.index + m[0].length;
    }
  }
  return parts.length === 0 ? text : parts.join("") + text.slice(kept);
}

/** The judging word that starts at `at` of a lowercased text, if one does. */
function judgingWordAt(lowerText: string, at: number): string | undefined {
  JUDGING_STICKY.lastIndex = at;
  return JUDGING_STICKY.exec(lowerText)?.[0];
}
const JUDGING_STICKY = new RegExp(JUDGING.source, "y");
