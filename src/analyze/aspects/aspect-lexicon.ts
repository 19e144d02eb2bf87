import type { AspectName } from "../../domain/analysis.js";

/**
 * Derivative writing in so many words, a writing term and a complaint about it at once: what
 * a critic has seen before (not "unlike anything I've seen before"), paint-by-numbers, what
 * borrows heavily from elsewhere.
 */
const DERIVATIVE = String.raw`seen-it-all-before|(?:we've|we have|you've|you have|i've|i have) (?:frankly )?(?:seen|heard|seen and heard) (?:it |this |that )?(?:all )?(?:before|a hundred times|many times)(?<!\b(?:unlike|than|different from) [^.]{0,50})|(?:has|have|had) (?:all )?been done before|(?:familiar|well-worn|well-trodden|overfamiliar) (?:territory|ground|terrain|road|path)|paint[- ]by[- ](?:the[- ])?numbers|borrow(?:s|ed|ing)? heavily from`;

/**
 * What a player gives their character ("Sam Rockwell gives his character texture", "she
 * imbues her character with …"): the acting, not the writing (his or her: "the script gives
 * its characters room" is the writing's).
 */
const GIVES_A_CHARACTER =
  "(?:gives?|gave|giving|brings?|brought|lends?|lent|imbues?|imbued|invests?|invested) (?:his|her) (?:[a-z-]+ )?characters?";
/**
 * Overacting, however written ("overacts", "over-acted", "over acting"), is the acting faulted;
 * not a part taken over ("took over acting duties").
 */
const OVERACTED = String.raw`over[- ]?act(?:s|ed|ing)?(?<!\b(?:take|takes|took|taking|taken|hand|hands|handed|handing|turn|turns|turned|turning) over act(?:s|ed|ing)?)`;
/**
 * What only a performer does, whoever is named doing it: acting terms. These praise the acting
 * ("steals the show", "lights up the screen", "throws herself into the part") …
 */
const PERFORMER_PRAISED = String.raw`(?:steals?|stole|stealing) (?:the|every|each|all (?:the|his|her|their)|his|her|their) (?:show|scenes?|film|movie|picture)|(?:lights?|lit) up the screen(?<!\b(?:that|which|it|film|movie|picture|story) (?:lights?|lit) up the screen)|(?:commands?|owns?) the screen|(?:carries|carried|carrying) (?:the|this) (?:whole |entire )?(?:film|movie|picture|show|burden)(?!['’])|(?:throws?|threw|throwing) (?:himself|herself|themselves) into (?:(?:the|his|her|their|a|an|this|that)\s+)?(?:respective\s+)?(?:roles?|parts?|characters?|fray|performances?|it)\b`;
/**
 * A part played well or badly, by the word for how ("Tom Hanks plays Forrest brilliantly", "She
 * plays it beautifully", "plays the part to perfection"; not "plays the piano beautifully", nor
 * "the rest of the feature plays so blandly", how a film plays).
 */
const PLAYED_SO = String.raw`(?:plays|played|playing|portrays|portrayed|portraying) (?:him|her|it|them|the (?:role|part|character)|(?!(?:piano|guitar|violin|drums|cello|trumpet|saxophone|sax|bass|organ|chess|tennis|golf|football|baseball|basketball|hockey|poker|cards|music|songs?|games?|along|up|down|off|out|on|with|so|very|quite|rather|really|pretty|too|fairly|extremely|surprisingly|remarkably|especially|particularly)\b)[a-z'’-]+)`;
const PLAYED_WELL = `${PLAYED_SO} (?:brilliantly|convincingly|perfectly|to perfection|beautifully|superbly|wonderfully|admirably|masterfully|flawlessly|splendidly|expertly|believably|marvell?ously|impeccably|winningly|touchingly|movingly)`;
const PLAYED_BADLY = `${PLAYED_SO} (?:poorly|badly|woodenly|terribly|awfully|unconvincingly|stiffly|blandly)`;
/** … and these are relished as often as faulted ("chews the scenery", "hams it up"). */
const PERFORMER_MANNER =
  "(?:chews?|chewed|chewing) (?:up )?(?:the |every bit of the )?scenery|(?:hams?|hammed|hamming) it up";

/**
 * What a player makes of a part ("Javier Bardem makes for a terrifying villain", "Cruise makes
 * a convincing hero", "Demi makes an awesome femme fatale"): the acting, judged by the words
 * around it. Only after someone named (find-aspects.ts, PLAYER_BEFORE): "This type of
 * character rarely makes for an interesting hero" is the writing's.
 */
const MAKES_A_PART =
  "(?:makes?|made|making) (?:for )?(?:a|an) (?:[a-z-]+,? (?:and )?){1,3}?(?:villain|hero|heroine|foil|heavy|bad guy|femme fatale|protagonist|antagonist|leading (?:man|lady))(?! of\\b)";

/**
 * Adverbs in -ly that say how much, how often or when, not how: "largely performed by the
 * actors" says who sang, "brilliantly performed" judges the acting (2026-12-04).
 */
const NOT_MANNER_ADVERBS =
  "largely|mostly|partly|mainly|entirely|primarily|originally|previously|actually|rarely|frequently|publicly|only|early|recently|regularly|usually|typically|commonly|traditionally|routinely|personally|initially|subsequently|formerly|reportedly|solely|exclusively|wholly|fully|simply|presumably|apparently|clearly|obviously|supposedly|allegedly|finally|eventually|generally|nightly|weekly|yearly|daily";

/** How a film "looks": "a great-looking thriller", "cheap-looking", not "good-looking stars". */
const LOOKS_GOOD =
  "good|great|fine|terrific|fantastic|amazing|beautiful|gorgeous|handsome|stunning|striking|lovely|sumptuous|glossy|slick|spectacular";
const LOOKS_BAD = "cheap|ugly|drab|shoddy|chintzy|tacky";
const LOOKING = `(?:${LOOKS_GOOD}|${LOOKS_BAD})[- ]looking`;

/**
 * A film that wastes no time ("doesn't waste any time", "wastes no time with embellishment"):
 * said of the film or its story, not of a reviewer ("I won't waste time griping") or a character.
 */
const WASTES_NO_TIME = String.raw`(?:wastes? no time|(?:doesn't|does not|never|didn't|won't) (?:ever )?wastes? (?:any |much )?time)(?<=\b(?:film|movie|picture|story|saga|thriller|comedy|drama|sequel|adventure|it|which|that|plot|script|narrative)\s(?:[a-z'-]+\s){0,2}(?:wastes? no|(?:doesn't|does not|never|didn't|won't) (?:ever )?wastes? (?:any |much )?)\s?time)`;

/**
 * A film that moves along briskly or at a good clip ("the plot moves along nicely", "moves along
 * at a good clip", "keeps the narrative moving at a fast clip"), or that flies by ("The film
 * breezes by", "a movie that absolutely flies by"; not "as the cars flew by"): its pace praised.
 */
const MOVES_BRISKLY =
  "(?:mov(?:es|ed|ing|e) along (?:(?:so|very|pretty|quite|really) )?(?:nicely|briskly|smartly|quickly|swiftly|well|fast|efficiently|steadily)|at a (?:good|brisk|fast|quick|rapid|nice|decent|steady|fair|fine|lively|healthy|rollicking|breakneck|furious|swift|zippy|speedy|jaunty) clip|(?:flies|flew|breezes|breezed|zips|zipped|whizzes|whizzed) (?:by|past)(?<=\\b(?:film|movie|picture|it|that|which|hours|minutes) (?:(?:quite|absolutely|just|simply|positively|really|literally|fairly) )?[a-z]+ (?:by|past)))";
/**
 * Laughter by its effect: "had me in stitches", "a side-splitting effort", "He just cracks me up"
 * (not "what it's cracked up to be").
 */
const IN_STITCHES =
  "in stitches|side-?splitting(?:ly)?|crack(?:s|ed|ing)? (?:me|us|you|everyone|audiences|the audience) up";
/** The words that judge a performer's turn or work right before it ("a career-best turn", "fine work from"). */
const JUDGED_PERFORMANCE =
  "career-best|career-defining|oscar-worthy|award-worthy|oscar-caliber|star-making|breakout|bravura|scene-stealing|standout|showy|committed|fearless|heartbreaking|terrific|superb|wonderful|excellent|great|brilliant|marvell?ous|magnificent|winning|fine|strong|solid|memorable|riveting|touching|funny|hilarious|comic|comedic|wry|sly|charming|delightful|dazzling|stunning|lovely|moving|affecting|powerful|nuanced|subtle|understated|restrained|mesmerizing|electric|ferocious|chilling|creepy|menacing|hammy|wooden|stiff|bland|awful|terrible|embarrassing|one-note|cartoonish|campy|unconvincing|good|outstanding|impressive|remarkable|stellar|sterling|splendid|sturdy|first-rate|top-notch|poor|weak|shoddy|lazy";
/**
 * A performer's turn, judged: "a star-making turn from Amy Adams", "the terrific turn by Adams",
 * "Schneider's one-note turn", "Ejiofor also impresses with his subtle turn as …" (not "takes a
 * stunning turn", the story's).
 */
const JUDGED_TURN = String.raw`turn(?<=\b(?:${JUDGED_PERFORMANCE}) turn)(?:(?= (?:from|by|as)\b)|(?<=(?:['’]s|\b(?:his|her|their)) (?:[a-z-]+,? ){0,2}[a-z-]+ turn))`;
/**
 * A performer's work, judged, from or by them: "terrific work from Morgan Freeman and Matt
 * Damon", "superb work by Katharine Hepburn" (not "a great work by a great artist", a film).
 */
const JUDGED_WORK_FROM = String.raw`work(?= (?:from|by)\b)(?<=\b(?:${JUDGED_PERFORMANCE}) work)(?<!\b(?:a|an) (?:[a-z-]+ )?[a-z-]+ work)`;
/**
 * A film that looks like a TV movie, a student film or a home movie, or was shot on a camcorder:
 * its look faulted.
 */
const LOOKS_AMATEUR = String.raw`(?:look(?:s|ed)?|looking) like (?:a |an )?(?:cheap |low-budget |bad )?(?:made[- ]for[- ](?:tv|television)|tv|television|home|student|soap opera)(?: (?:movie|film|show|episode|production|project|mini[- ]?series|video))?\b|(?:shot|filmed) on (?:a )?(?:camcorder|home video(?: camera)?|cell ?phone)`;
/** What has run out of gas has run out of steam. */
const OUT_OF_GAS = "(?:r[au]n|runs|running) out of gas";

/**
 * Right after plural makers, the others they are like ("pioneering indie directors like John
 * Cassavetes"), not a verb ("directors like to …"): other filmmakers, not this film's.
 */
const LIKE_OTHERS = String.raw`(?= (?:like|such as) (?!to\b|it\b|them\b|this\b|that\b))`;

/** The direction's terms but a film made (MADE_A_FILM). */
const DIRECTION_TERMS = String.raw`\b(?:direction(?<!(?:art|either|right|wrong|new|different|opposite|same|another|every|other|that|this|loses|lost|losing|change|changes|changing|changed|narrative|story|plot|musical) direction)(?<!\bin(?:to)? (?:a|an|the|one|some|another) (?:[a-z]+ )?direction)(?<!\b(?:another|new|different|opposite|wrong|other|same|unexpected) [a-z]+ direction)|directing|directs(?! (?:(?:our|the|your|his|her|their|its) )?attention\b)|directed(?<!\bart-directed)(?! (?:at|toward|towards|against)\b)(?! to (?:this|that|these|those|the|a|an|his|her|their|its|our|your|my|adults|kids|children|audiences?|viewers?|fans|people|anyone|everyone|us|you|them)\b)|directors?(?<!\b(?:casting|art|music|musical) directors?)(?<!\b(?:(?:idea|portrait|picture|depiction|portrayal|study|image|sketch|caricature|impersonation|impression|story|tale|life) of (?:(?:the|a|an|this|that) )?|(?:play|portray)(?:s|ed|ing)? (?:the|a|an) |role as (?:the|a|an) |about (?:a|an) )(?:[a-z'-]+ ){0,2}(?:directors?|filmmakers?))(?!['’]s? (?:cut|commentary)\b|(?<=s) cut\b| of photography\b)(?<!\bdirectors${LIKE_OTHERS})|directorial|filmmakers?(?<!\bfilmmakers${LIKE_OTHERS})(?<!\b(?:(?:idea|portrait|picture|depiction|portrayal|study|image|sketch|caricature|impersonation|impression|story|tale|life) of (?:(?:the|a|an|this|that) )?|(?:play|portray)(?:s|ed|ing)? (?:the|a|an) |role as (?:the|a|an) |about (?:a|an) )(?:[a-z'-]+ ){0,2}(?:directors?|filmmakers?))|filmmaking|(?:approach(?! to (?:the|his|her|their) (?:role|part|character)\b)|touch|vision|eye(?= (?:for|behind)\b))(?<=\b[a-z][a-z.-]*(?:['’]s|s['’]) (?:[a-z-]+ ){0,3}(?:approach|touch|vision|eye))(?<!\b(?:it|that|what|there|here|who|he|she|let|one|where|how|this|everyone|everybody|nobody|someone|somebody|hollywood|death|god|nature|world|america|audience|viewer|reader|camera|bird|mind|public|devil|ship|today|year|week|day|night|film|movie|picture|story|script|character|hero|heroine|child|kid|man|woman)['’]s (?:[a-z-]+ ){0,3}(?:approach|touch|vision|eye))(?! (?:candy|view|level|line|sight|contact|to eye)\b)|helm(?:s|ed|ing|er)?|staging|staged|auteur|execution(?<!\b(?:his|her|their|whose|public|mass|impending|imminent|scheduled) execution)|executed(?<!\b(?:wrongly|wrongfully|unjustly|publicly|summarily) executed)(?! (?:prisoners?|m[ae]n|wom[ae]n|criminals?|convicts?|inmates?|murderers?|killers?|spy|spies|traitors?|kings?|queens?|hostages?|soldiers?|persons?|people|by (?:firing squad|hanging|the state))\b)(?![- ](?:(?:special|visual) )?(?:effects|stunts?|action|fights?|fight scenes?|set[- ]?pieces?|sequences?|script|screenplay|story|plot|twists?|dialogue|characters?|jokes?|gags?|score|music|cinematography|animation|camerawork)\b)|craft(?<!\bacting craft)(?! of acting\b| (?:a|an|their|his|her|my|our|your) (?:new )?(?:life|lives|living|home|career|future|existence|identity|relationship|family)\b)|crafted(?!(?:,? (?!(?:and|or|but|the|into|with|by|in|for|to|of|from)\b)[a-z-]+){0,2}[- ](?:script|screenplay|story|stories|plot|narrative|dialogue|characters?|tale|yarn|mystery|songs?|tunes?)\b)(?<!\b(?:script|screenplay|story|stories|plot|narrative|dialogue|characters?|storyline|tale|yarn|mystery|jokes?|gags?|score|soundtrack|ending|twists?|premise)s? (?:is|was|are|were|(?:has|have|had) been)(?: (?:so|very|quite|really|all|also|just|well|[a-z]+ly))? crafted)|craftsmanship|technique(?<!\b(?:investigative|interrogation|medical|surgical|therapeutic|fighting|martial|boxing|breathing|meditation|sales|police|["“”']rope-a-dope["“”'])[- ]technique)(?! (?:they|he|she|we) (?:use|uses|used|practice|practices|practiced)\b)|(?:well|expertly|fastidiously|beautifully|skillfully|poorly|badly|competently|lovingly|carefully|handsomely) made|(?:film|filmmaking|cinematic|visual) style|sure hands|(?:sure|deft|light|heavy) touch|visionary|mastery|cinematic (?:flair|gifts?|talents?|skills?|savvy|sensibility|prowess|virtuosity|instincts?|chops|know-how)(?<!\b(?:my|our|your) cinematic [a-z-]+)|(?:gets?|got|getting|elicits?|elicited|eliciting|coax(?:es|ed|ing)?|draws?|drew|drawing|extracts?|extracted|wrings?|wrung|pulls?|pulled|squeez(?:es|ed|e|ing))(?<!\b(?:we|you|i|viewers|audiences) (?:(?:also|still|really|do|does|did|will|can|certainly|always) )?[a-z]+)(?= (?:[\w'’-]+ ){0,4}?performances? (?:from|out of)\b))\b`;
/** DIRECTION_TERMS where a scan stands, in lowercased text. */
export const DIRECTION_TERMS_AT = new RegExp(DIRECTION_TERMS, "y");

/**
 * A film made, crafted or fashioned, its material handled or staged, its tension built: the
 * direction where a name comes right before it ("Eastwood crafts an often beautiful film",
 * "Jane Campion has made a film that …", "Russell handles the shifts in tone extremely
 * effectively", "Dahl expertly ratchets up the tension"; the finder checks the name: not "she
 * handles heartfelt moments", nor a role handled: "Moore handles the role beautifully"). Not
 * what someone makes of the film ("makes this movie great") nor an actor's debut ("makes his
 * feature film debut"). ("Directed" and "directs" are terms already.)
 */
const MADE_A_FILM = String.raw`(?:(?:handles|handled|stages|staged|orchestrates|orchestrated|choreographs|choreographed)\s+(?:the|this|these|it|its|his|her|their|every|each|all)\b(?!\s+(?:[a-z'’-]+\s+)?(?:roles?|parts?|characters?|dialogue|lines|accents?|guns?|weapons?|gags|jokes|stunts|persona)\b)|(?:builds|built|ratchets|ratcheted|ramps|ramped|sustains|sustained|keeps|kept)\s+(?:up\s+)?(?:the\s+)?(?:tension|suspense|dread)\b|(?:(?:made|makes)\s+(?:a|an|his|her|their)|(?:crafted|crafts|fashioned|fashions|helmed|helms|assembled|mounted|mounts)\s+(?:a|an|the|this|his|her|their|its))\s+(?:(?!(?:about|with|that|which|of|in|for|acting|screen|film|feature|motion)\b)[a-z'’-]+,?\s+){0,4}?(?:film|movie|picture|feature|thriller|comedy|drama|documentary|western|epic|satire|romance|melodrama|tearjerker|crowd-pleaser)\b(?![- ](?:film|length|debuts?)\b))`;

/**
 * Words that put a clause on an aspect of a film, matched case-insensitively as whole words.
 * A genre word alone ("a romantic comedy", "an animated movie", "based on a true story") is
 * not a judgement of that aspect and is left out.
 */
/** MADE_A_FILM where a scan stands, in lowercased text. */
export const MADE_A_FILM_AT = new RegExp(MADE_A_FILM, "y");

/**
 * After "writing" or "written", what the reviewer writes ("I'm writing this review", "I have
 * never written a comment on IMDb", "writing a letter to", "writing a couple of trite, glib
 * sentences"): not the film's writing. (And "at this writing", "at the time of writing" is
 * when.)
 */
const REVIEWERS_OWN = String.raw`(?!\s+(?:(?:a|an|this|my|any|these|the|that|one|another|his|her|their|our|such|a couple of|a few)\s+)?(?:(?:short|brief|long|quick|proper|full|bad|negative|positive|good|first|single|few|more)\s+)?(?:[a-z]+,?\s+){0,2}?(?:reviews?|comments?|critiques?|summar(?:y|ies)|posts?|essays?|letters?|blogs?|sentences|paragraphs)(?![\w-]))`;

/** After "laughed": not laughed at by others ("meant to be laughed at", "would be laughed off the screen"). */
const NOT_LAUGHED_AT = String.raw`(?<!\b(?:be|being|been|get|gets|got|getting) laughed)`;
/** How few times (not "once" that opens a clause: "we'll all laugh once he starts jumping"). */
const FEW_TIMES = String.raw`once(?! (?:he|she|they|you|we|it|i|the|this|that|his|her|their)\b)|twice|two times|three times|one time`;
/** Before the count: "out loud", "maybe". */
const LAUGH_COUNT = "(?: out loud| aloud)? (?:only |exactly |maybe |perhaps |just |about )?";
/** Not a laugh denied a few words before ("didn't make me laugh once"), which its negation reads. */
const LAUGH_NOT_DENIED = String.raw`(?<!(?:\bnot|\bnever|n['’]t)\s+(?:[a-z]+\s+){0,3}[a-z]+)`;
/**
 * "is a joke", "was a bad joke": an insult, not humour ("The script is a joke", "the special
 * effects are a joke", "This film is a joke": what is one is judged, by its clause; not "a joke
 * that never lands", "a joke about", "a joke machine", which are the humour's).
 */
const NOT_CALLED_A_JOKE = String.raw`(?:(?<!\b(?:is|are|was|were|be|been|becomes?|became|it['’]s|that['’]s)(?: (?:just|simply|really|truly|such|nothing but|nothing more than|all))? (?:a|an)(?: (?:complete|total|absolute|utter|bad|sick|cruel|sad|sorry|big|damn|bloody|real|cheap|poor|pathetic|laughable))? jokes?)|(?= (?:that|which|about|after|machine)\b))`;
/** How few times the critic laughed: "a few times", "a couple of times", "twice" … */
const FEW_COUNTED = `(?:a (?:couple|few) (?:of )?times|${FEW_TIMES})`;
/**
 * A laugh counted, and few: "I laughed once", "I think I laughed twice", "I chuckled a couple
 * times", "laughed maybe three times and that is not enough for a comedy" (humour faulted; not
 * "laughed twice as hard", nor a laugh denied, "I didn't laugh once", which its negation reads;
 * "a few times" only as the critic's own count: "a movie that will make you laugh a few times"
 * is a promise).
 */
const FEW_LAUGHS = String.raw`(?:(?:laughed|chuckled)${LAUGH_NOT_DENIED}${LAUGH_COUNT}${FEW_COUNTED}|(?:laugh|chuckle)${LAUGH_NOT_DENIED}${LAUGH_COUNT}(?:a couple (?:of )?times|${FEW_TIMES}))\b(?! as\b)`;
/** After "laughed": not a laugh counted, and few (FEW_LAUGHS). */
const NOT_FEW = String.raw`(?!${LAUGH_COUNT}${FEW_COUNTED}\b(?! as\b))`;
/** After "laugh(s/ing/ed)": not at the film, or at how bad it is (derision, not its humour). */
const NOT_DERISION = String.raw`(?! at (?:it|the film|the movie|this (?:film|movie|flick|show|mess|thing)|how (?:bad|stupid|terrible|terribly|awful|pathetic|ridiculous|ridiculously|incredibly|contrived|lame|poor|dumb|silly|cheesy|inept|badly))\b(?!['’]))`;

/**
 * Adverbs that say how well something was made, before a participle that names what was made
 * ("cleverly plotted", "poorly lit", "badly dubbed"): the participle is an aspect's term only
 * after one of them (a plot "developed" over time, a room "lit" by candles, a film "dubbed"
 * a classic are none).
 */
const MADE_HOW = String.raw`\b(?:well|poorly|badly|beautifully|brilliantly|expertly|superbly|terribly|skil(?:l)?fully|nicely|wonderfully|awfully|horribly|sloppily|clumsily|ineptly|lazily|competently|masterfully|deftly|cleverly|smartly|sharply|tightly|intricately|carefully|meticulously|haphazardly|perfectly|lovingly|gorgeously|handsomely|stunningly|amateurishly|cheaply|shoddily|thinly|clunkily|awkwardly|intelligently|finely|exquisitely|artfully|elegantly|richly)[- ]`;
/** After "well-lit": a place in the story, not the film's lighting ("a well-lit street"). */
const NOT_A_LIT_PLACE = String.raw`(?!(?<=lit)[- ](?:streets?|rooms?|halls?|corridors?|hallways?|offices?|areas?|places?|houses?|homes?|kitchens?|parking|windows?|spaces?|roads?|alleys?)\b)`;
/** A participle after MADE_HOW, as one of an aspect's terms. */
const madeHow = (participle: string) => `${participle}(?<=${MADE_HOW}${participle})`;

/**
 * After "scripted": a kind of show that has a script, not how well it is written ("a scripted
 * reality series", "as complex as any scripted drama", "what's real and what's scripted").
 */
const NOT_A_SCRIPTED_KIND = String.raw`(?! (?:reality|drama|dramas|series|shows?|television|tv|programming|fiction|pieces)\b)(?<!\b(?:a|any|the|what['’]s) scripted)`;

/**
 * Before "dialogue": what says it cannot be heard, which is the sound's fault, not the
 * writing's ("The inaudible dialogue was annoying", "mumbled dialogue"): the music's term.
 */
const UNHEARD = "(?:inaudible|mumbled|muffled|unintelligible|barely audible)";

/**
 * Before a song: a simile's, the thing the film is likened to ("It's like a fine cover of a
 * classic song", "as rare and welcome as a well-crafted three-minute pop song", "in the manner
 * of a beautifully sung holiday carol"), no music of its own (not "I didn't like a single
 * song", nor "her skit as a child to her medley of songs"). (A word's letters and the space or
 * hyphen after it are apart: with a hyphen in both, a run of "-w-w-w" before "song" could be cut
 * into words in more ways than there are letters, and was, in recheck's attack.)
 */
const SIMILE_OF = String.raw`\b(?:like(?<!(?:\b(?:i|you|we|they|to|would|not|do|did|does)|n['’]t) like)|as (?:[\w'’-]+,? ){1,3}as|(?:manner|grace|spirit|style) of) (?:a|an) (?:[\w'’]+[ -]){0,6}`;

/**
 * The pace faulted in words a term of its own would not catch: what gets, becomes or grows
 * repetitive (not what only feels so: "some of the gags feel a bit repetitive" are the
 * humour's), what goes slack, and yawning viewers (not a yawning gap, chasm or gulf, nor a
 * character who yawns).
 */
const WEARS_THIN = String.raw`(?:gets?|got|getting|becomes?|became|becoming|grows?|grew|growing|turns?|turned|starts? to get|started to get)(?: (?:a (?:little|bit)|rather|very|quite|pretty|increasingly|too|somewhat|really|so|extremely|incredibly|soon|quickly))? repetitive|(?:goes|went|going|gone|grows?|grew|turns?|turned) slack|yawning(?! (?:[a-z-]+ )?(?:gaps?|chasms?|gulfs?|voids?|abyss|holes?|divides?|pits?|existentialism|angst|mouths?|maw|expanses?|caverns?)\b)(?<!\b(?:he|she|it|they|who)(?: (?:is|was|are|were|starts?|started|keeps?|kept))? yawning)`;

/**
 * After "drag": what drags something down lowers it, at no pace ("crude jokes and gross-out
 * humor drag comedy down", "the weak script drags the whole film down").
 */
const NOT_DRAGGED_DOWN = String.raw`(?! (?:[a-z'’-]+ ){1,4}down\b)`;

/**
 * After "dragged": someone dragged to the film, along or to their demise ("I was dragged to
 * this movie by a friend", "the parents are seemingly dragged along"), or someone a character
 * drags off ("starts dragging Alan off to hang out"), not a film that drags ("scenes were
 * dragged out" still does).
 */
const NOT_DRAGGED_ALONG = String.raw`(?!(?<=\b(?:was|were|got|get|gets|getting|been|being|be|is|are|am|seemingly|i['’]m|we['’]re|they['’]re) dragged) (?!out\b))(?! (?:to|into) (?:their|his|her|its|my|our|the lower)\b)(?! (?!(?:[a-z'’-]+ly|on|out)\b)[a-z'’-]+ (?:off|away|along|around|kicking)\b)`;

/**
 * After "slow", what is slow and no film's pace: a slow burn or boil (praise, read apart), slow
 * motion, a person ("slow-witted"), a dance, a camera's move ("slow-panning camera shots"), a
 * plot's events ("the slow awakening", "the slow unraveling of lies", "the slow reveal"), or
 * what builds slowly ("slow-building tension", "the slow building friendship") (2026-12-05: 18
 * pacing judgements in rt-reviews and imdb-reviews' train half, 17 of them wrong); a gesture
 * or a voice ("her slow, sultry hand", "his slow drawl"), and what slowly seeps in, sinks in
 * or gets under one's skin (the film's hold on its viewer, not its pace); a slow night to
 * watch it on ("worth a look on a slow night").
 */
const NOT_SLOW_PACE = String.raw`(?!,? (?:[a-z]+,? )?(?:hands?|smiles?|gazes?|kiss(?:es)?|drawl|voice|gestures?|nods?|grin|fingers?|caress(?:es)?|touch|glances?|wink|stride|walk)\b)(?! ?(?:seeps?|sinks?|creeps?|grows? on|gets? under|dawns?) )(?![-‑ ](?:and (?:steady|gradual|inexorable|painful|sure|agonizing) )?(?:burn|boil|motion|mo\b|(?:witted(?:ness)?|dances?|dancing|pan(?:s|ned|ning)?|zoom(?:s|ed|ing)?|dissolves?|fades?|awakening|transitions?|reveals?|unravel(?:l)?ing|decline|descent|disintegration|dissolution|collapse|build(?:ing)?[- ](?:tension|suspense|dread|friendship|romance|relationship|terror|horror|mystery|menace|unease))\b))(?! (?:(?:friday|saturday|sunday|weekday|winter|summer|rainy) )?(?:nights?|days?|afternoons?|evenings?|weekends?)\b)`;

/**
 * After "nothing happens": what happens to someone is the plot's, and what happens "by
 * accident" or "by chance" is design ("a film where nothing happens by accident"), not a slow
 * film.
 */
const NOT_WHAT_HAPPENS = String.raw`(?! (?:to|by (?:accident|chance))\b)`;

/**
 * After "too long": what is too long to tell, list or go into is the critic's telling, not the
 * film's length ("it would take too long to tell them all", "the list is far too long to
 * relate"); "too long ago" is no length either.
 */
/**
 * "Lengthy" that says the film runs long: said by degree ("somewhat lengthy", "unnecessarily
 * lengthy"), of the film itself ("a lengthy watch"), or closing its clause or joined to
 * another judgement ("a good, if lengthy, film", "Lavish and lengthy"); not a long scene, shot
 * or fight described ("a lengthy ballet sequence", "a lengthy cameo"), which judges nothing,
 * nor one whose noun a clause cut at its comma leaves out ("the lengthy, unbroken shots").
 */
const LENGTHY_FILM = String.raw`(?:(?:too|overly|unnecessarily|needlessly|somewhat|rather|quite|a bit|a little(?: bit)?|very|fairly|pretty|extremely|excessively|interminably) lengthy|lengthy(?=\s+and\b|\s+(?:film|movie|picture|watch|affair|saga|epic|drama|running ?time|runtime|sit)\b)|lengthy(?<!\b(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your) lengthy)(?=\s*(?:[.;:!?)]|$|,\s+(?:but|yet|though|although|it|this|the film|the movie|film|movie)\b)))`;
const NOT_TOO_LONG = String.raw`(?! (?:after|before|ago)\b| to (?:tell|list|explain|describe|go into|mention|name|detail|recount|discuss|get into|go through|count|enumerate|write|cover|relate|repeat|summarize|summarise)\b)`;

/**
 * After "slow" (and the like), a slow pace praised for what it does: "the movie's slow and
 * deliberate pacing greatly enhance the proceedings", "told at a slow pace and that works
 * very well", "a slow pace that subtly builds tension" (not "the slow pacing builds no tension").
 */
const SLOW_PACE_PRAISED = String.raw`(?:,? (?:and|but) [a-z-]+)? (?:pace|pacing|tempo)\b[^.;:!?]{0,40}?\b(?:enhances?|enhanced|works?|worked|suits?|serves?|helps?|helped|adds? to|allows?|pays? off|complements?|heightens?|is (?:perfect|effective|appropriate|fitting|excellent|right|ideal)|(?:subtly |slowly )?builds? (?:up )?(?:the )?(?:tension|suspense|atmosphere|dread)|to build (?:up )?(?:the )?(?:tension|suspense|atmosphere|dread))`;

export const ASPECT_TERMS: Readonly<Record<AspectName, RegExp>> = {
  acting: new RegExp(
    String.raw`\b(?:${OVERACTED}|${PLAYED_WELL}|${PLAYED_BADLY}|(?:dialogue|dialog|line) delivery|accents(?! (?:on|of)\b)(?<!\bmusical accents)|performances?(?<!\b(?:box[- ]office|commercial|financial|initial) performances?)(?![- ]capture(?:d)?\b)|acting(?! out\b)(?!(?<!\b(?:the|need|needs) acting) (?:like|as if|as though|crazy|weird|strange|silly|stupid|tough|bitchy|suspicious(?:ly)?|differently|normal(?:ly)?)\b)|acted(?! like\b)|actors?|actress(?:es)?|cast(?! of (?:thousands|hundreds|extras)\b| of (?:[a-z]+ )?(?:characters|misfits|eccentrics|oddballs|weirdos|kooks|crazies)\b| (?:a|its|his|her|their) (?:[a-z]+ )?(?:spell|pall|shadow|glance|eye|side-?eye|looks?|light|spotlight|net|illusion|gaze|votes?|ballots?|lots?)\b| (?:doubt|aside|adrift|light|blame|aspersions|albums?|recordings?)\b| away\b(?<=\bto cast away)\b| (?:as|such|so) [\w-]+ (?:a )?spell\b)|casting(?! (?:a|an|its|his|her|their) (?:[a-z-]+ ){0,2}(?:spell|pall|shadow|glance|eye|side-?eye|looks?|light|spotlight|net|illusion|gaze|votes?|ballots?|lots?)\b| (?:doubt|aside|light|blame|aspersions)\b)|miscast|ensemble(?! (?:[a-z-]+ )?(?:dramas?|pieces?|comed(?:y|ies)|films?|movies?|pictures?|dramed(?:y|ies))\b)|portrayals?(?<!\b(?:its|the film's|the movie's) portrayals?)(?! of (?:the way|how|what|why|life|lives|society|a (?:world|society|culture|community|city|town|generation|nation|country|family|marriage|friendship|relationship))\b)|(?:portrays?(?<!\b(?:it|film|movie|picture|documentary|story)(?: [a-z]+ly)? portrays?)|portraying(?<!\b(?:it['’]s|it is|it was|film is|movie is) portraying))(?<!\b(?:director|directors|screenwriter|screenwriters|writer|writers|filmmaker|filmmakers)\b[^.;:!?]{0,60})(?<!\b(?:it|film|movie|picture|documentary|story)\b[^.;:!?,]{0,40} to portray(?:s|ing)?)(?! (?:[a-z]+ly )?(?:his|her|their|its|the|our) (?:own )?(?:generation|brethren|people|community|world|culture|society|country|city|town|era|times|lives|subjects?|military|government|police|army|church|media|industry|system|nation|events|war|words)\b(?!['’]))(?! (?:[a-z]+ly )?(?:women|men|people|children|kids|teens|teenagers|families|immigrants|minorities|soldiers|veterans|cops|police)\b)|plays (?:a|an|the|her|his)(?<!\b(?:it|this|that|film|movie|picture|story|script|which) plays (?:a|an|the|her|his))(?! (?:key|crucial|pivotal|vital|significant|important|major|big|large|huge|central|minor|small)\b)(?!(?: [\w-]+){0,3} (?:games?|tricks?|jokes?|pranks?|cards?|hunch|tunes?|notes?|chords?|melod(?:y|ies)|songs?)\b)|played by|turns? as|${JUDGED_TURN}|${JUDGED_WORK_FROM}|${GIVES_A_CHARACTER}|roles?(?! models?\b)(?<!\bits roles?)(?<!\b(?:gender|social|traditional|family|sex) roles?)(?<!\b(?:key|crucial|pivotal|vital|significant|important) role)(?<!\b(?:fulfils|fulfills|fulfilled|fulfilling|fulfil|fulfill|serves|served|serving|serve) (?:that|this|its) role)(?!(?<=\b(?:about|explores?|explored|exploring|examines?|examined|examining|considers?|considered|considering|questions?|questioned|questioning|investigates?|investigated|investigating) the roles?) of\b)|chemistry|performers?|players|star-making|star power|screen presence|holds the screen|co-stars?|(?:its|the|their|(?:the|this) (?:film|movie|picture)['’]s) (?:(?:two|three|four|young|lead|leading|main|big|famous|attractive|talented|likable|likeable|charming|appealing|shining|gifted|able|fine|capable|game|veteran) )?stars(?<!\b(?:to|at|for|under|beneath|beyond|among|toward|towards|into|of|past|across|and|all) the stars)(?! (?:align|aligned|shine|shone|twinkle|above|say|said|falling|in (?:the|your|my|his|her|their) eyes|(?:that )?(?:i|i've|i have|i'd|i gave|it gets|it got|it earns|it earned|are for|is for|out of)\b))|emot(?:e|es|ed|ing)|character actors?|leads?(?<!\b(?:they|we|you|i|he|she|it|who|which|what|everything|nothing|all|story|plot|film|movie|trail|road) leads?)(?<!\bto lead)(?<!\b(?:take|takes|took|taking|follow|follows|followed|following) (?:[a-z]+['’]s|his|her|their|its|the|my|our|your) lead)(?! (?:singers?|guitarists?|vocals?|vocalists?|guitar)\b| (?:a|an|his|her|their) (?:(?:double|secret|normal|quiet|simple|sheltered|lonely|miserable|happy|comfortable|dull|boring|mundane|solitary|reclusive|privileged|charmed|troubled|hedonistic|carefree|modest|humble) )?(?:life|lives|group|team|revolt|rebellion|charge|band|gang|crew|raid|mission|expedition|search|investigation|quest|campaign|squad|unit|army|movement|existence)\b)(?! (?:the (?:way|pack|charge)|in an? (?:[a-z-]+ )?direction)\b)(?! (?:to|us|you|up|into|down|nowhere|anywhere|somewhere|everywhere|back|toward|towards|inevitably|directly|eventually|only|characters?|one|them|him|her|me|viewers?|audiences?|people)\b)|lead (?:actor|actress|role)|voiced by|voice (?:cast|work|acting)|vocal talents?|charisma|charismatic|monologue|deliver(?:s|ed)? (?:a|an|one)\b[^.]{0,40}\b(?:performance|turn)|performed(?<=\b(?:[a-z]+ly|well)[- ]performed)(?<!\b(?:${NOT_MANNER_ADVERBS})[- ]performed)|${PERFORMER_PRAISED}|${PERFORMER_MANNER}|${MAKES_A_PART})\b`,
    "i",
  ),
  direction: new RegExp(String.raw`${DIRECTION_TERMS.slice(0, -3)}|${MADE_A_FILM})\b`, "i"),
  // (Not "his character's", "her character's", "their characters'": what a player conveys of
  // the part they play, "by conveying his character's painful, ecstatic inwardness", is the
  // acting, its words the character's, not the writing judged.)
  writing: new RegExp(
    String.raw`\b(?:script|scripts|scripting|scripted${NOT_A_SCRIPTED_KIND}|screenplay|screenwriter|writing${REVIEWERS_OWN}(?<!\b(?:at|of) this writing)(?<!\btime of writing)|underwritten(?! by\b)|written${REVIEWERS_OWN}(?<!\b(?:scores?|music|songs?|theme|lyrics|soundtrack|melod(?:y|ies)|tunes?|numbers) (?:(?:ever|was|were|is|are|been|has been|have been|had been|beautifully|well|brilliantly|specially|originally|all) ){0,2}written)|writers?(?<!\b(?:(?:play|portray)(?:s|ed|ing)? (?:the|a|an)|role (?:as|of) (?:the|a|an)) (?:[a-z'-]+ ){0,2}writers?)(?<!\b(?:(?:idea|portrait|picture|depiction|portrayal|study|image|sketch|caricature|story|tale|life|lives) of (?:the|a|an|this|that)|about (?:a|an)) (?:[a-z'-]+ ){0,3}writers?)|dialogues?(?! delivery)(?<!${UNHEARD} dialogues?)|dialogs?(?! delivery)(?<!${UNHEARD} dialogs?)|story(?<!true story)(?<!\b(?:is|['’]s|was|be) (?:a |an )?(?:whole |completely |entirely |totally |quite )?(?:another|different|other) story)(?<!\b(?:is|['’]s|was) (?:a|an) (?:[a-z-]+,? ){0,3}(?:love|coming-of-age|ghost|fairy|morality|cautionary|war|crime|detective|revenge|survival|family|adventure|horror|redemption|underdog|buddy|immigrant|origin|sports) story)(?!(?:(?<=^[^a-z]*story)|(?<=\b(?:the|a|an|this|its|his|her|their|whose|one|another|true|real-life|life|human|love|coming-of-age|ghost|fairy|morality|cautionary|war|crime|detective|revenge|survival|family|adventure|horror|redemption|underdog|buddy|immigrant|origin|sports) story)) (?:of|about))|stories|storytelling|storyteller|storyline|plot(?! thickens\b)|plotting|plots|set-?ups?|pay-?offs?|narrative|narratively|narration|voice-over|characteri[sz]ations?|character arcs?|characters?(?! actors?\b| assassinations?\b| designs?\b)(?!['’]s?\b(?<=\b(?:his|her|their) characters?['’]s?))(?<!\b(?:like|as) (?:its|the) title characters?)(?<!\b(?:acting|performances?|casting) (?:for|of) (?:(?:every|each|all|all the|the|his|her|their|its|these|those|most) )?(?:[\w'-]+ ){0,2}characters?)(?<!\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|portrayal of|embod(?:y|ies|ied|ying)|inhabit(?:s|ed|ing)?|owns|owned|owning|nail(?:s|ed|ing)?|(?:transform|disappear)(?:s|ed|ing)? into)\s+(?:(?:a|an|the|his|her|their|its|this|that|one of the|another|every)\s+)?(?:[\w'-]+\s+){0,3}characters?)(?!\s+(?:she|he|they|who)\s+(?:plays?|played|portrays?|portrayed)\b)(?!\s+(?:is|was|were|are|has been|had been)\s+(?:[a-z]+\s+){0,2}(?:played|acted|portrayed\s+by)\b)(?<!\b(?:strength|man|woman|men|women|person|people) of characters?)(?<!${GIVES_A_CHARACTER})|premise|concept|twists?|endings?(?<!\bnever-endings?)(?<!\bnerve endings?)(?! up\b)|subplots?|exposition|clich[eé]s?|cliched|${madeHow("(?:constructed|plotted|structured|developed|observed)")}|predictable|predictability|derivative|formula|formulaic|tropes|contrived(?! to (?!(?:the|a|an|be|some|any|this|that|its|his|her|their|say)\b)[a-z])|contrivances?|melodrama(?<!\bin (?:this|a) (?:[a-z-]+ ){0,2}melodrama)|melodramatic|sermonizing|substance|adaptation|source material|platitud(?:es|inous)|didactic(?:ally)?|incoheren(?:t|tly|ce)(?<!\bvisually incoherent)(?<!\b(?:edited|cut|chopped|spliced|shot|filmed|staged|choreographed|jumbled) (?:(?:almost|nearly|practically|virtually) )?into incoheren(?:ce|t))(?<!\b(?:action|fights?|battles?|chases?|set[- ]pieces?|stunts?|editing|camerawork|cutting|scenes|sequences) (?:are|is|were|was|seems?|seemed|feels?|felt|becomes?|became|gets?|got) (?:[a-z-]+,? ){0,3}incoherent)(?! (?:action|editing|direction|camera|camerawork|cutting|visuals?|fight|fights|battles?|set[- ]pieces?|sequences?|shots?|images|imagery|style)\b)|makes? (?:no )?sense|(?:makes?|made|making) (?:no|little|any|much) sense|(?:doesn't|does not|didn't|did not|never) (?:really |quite |ever )?makes? (?:any |much )?sense|originality|(?:original|new|fresh) ideas?|reason to care|comprehensible|incomprehensible|(?:first|second|third|final) act|(?:great|good|best|clever|funny|terrible|bad) lines|${DERIVATIVE})\b`,
    "i",
  ),
  pacing: new RegExp(
    String.raw`\b(?:${WEARS_THIN}|pace(?<!(?:change of|keep|keeps|kept|keeping) pace)(?! of (?:(?:today's|modern|real|everyday|daily|city|urban|rural|small-town|real-life) )?(?:life|lives|living|conversations?|speech|the city|the times|events|history|change|technology|news)\b)|pacing|paced(?! (?:melod(?:y|ies)|songs?|music|scores?|tunes?|numbers|soundtrack|beats?|rhythms?)\b)|running time|runtime|run time|length(?<!(?:feature|full)[- ]length)(?<!\barms?['’]?s? length)|(?:stretch(?:ed|es|ing)?|blown up|extended|padded|sprawling|inflated|expanded|drawn out|spun out)(?: [\w']+){0,3}? (?:in)?to (?:a )?(?:feature|full)[- ]length|(?:sustain|justify|satisfy|fill|enough|too much|too little)(?:s|ed|ing)?(?! (?:(?:a|an|the|his|her|their) )?(?:[a-z-]+ )?(?:characters?|roles?|performances?|personas?|accents?)\b)(?: [\w']+){0,4}? (?:a )?(?:feature|full)[- ]length|(?:feature|full)[- ]length is too|lengthy(?! (?:and [a-z]+ )?(?:[a-z]+-[a-z]+ )?(?:canon|career|filmography|list|discussions?|debates?|conversations?|hospital|articles?|amount|vacation|background|break|flings?|stretch of|sabbatical|apprenticeship|involvement|interviews?|process|hiatus|absence|stay|trip|résumé|resume|lectures?|essays?|reviews?|explanations?|descriptions?|q)\b)|long(?<!\bin (?:far |way |much )?too long)(?!(?:[- ]winded)?,? (?:(?:and )?[a-z-]+,? ){0,2}(?:reviews?|comments?|posts?|rants?|essays?|critiques?)\b)(?!,? slow death\b)(?! (?!winded\b)[a-z]+ed\b)(?! for\b(?<=(?:'ll|\bwill|\bwould|\byou|\bwe|\bi|\bthey|\bto) long for))(?<!\b(?:as|at|so|how|all|one|year|night|day|linger(?:s|ed|ing)?|take|takes|took|taking|for very|live|lives|lived|living|before) long)(?<!(?<!\b(?:feels?|felt|seems?|seemed)\b[^.;:!?]{0,30})\b(?:centuries|decades|years|months|weeks|century|decade|month|week|lifetime|mile|miles|feet|foot|yards) long)(?!(?<=\bfor long)(?! \w))(?![-‑]|,? long\b| may\b|(?<=\b(?:has|have|had|'ve) long) \w+(?:ed|en|one|wn)\b| (?:ago|before|after|time|way|run|lost|life|lives|lifespan|since|as|while|on|for(?! (?:a|an|its|this|such)\b)|to|term|enough|been|forgotten|awaited|history|careers?|franchises?|gone|out of|con|separation|wait|gap|layoff|delay|drought|exile|friendship|marriage|in coming|in arriving|and [a-z]+ (?:careers?|lives|life)|in development|in the works|in the making|in the tooth|holiday|absence|hiatus|string|line|list|catalogue|catalog|shot|past|underwear|walk|feud|tradition|association|shadow|the|one of|overdue|books?|novels?|hairs?|legs|arms|distance|story short|years?|months|decades|centuries)\b)|(?:\d+|one|two|three|four) (?:and a half )?hours(?! (?:later|ago|earlier|before|after))|drawn[- ]out(?<!\b(?:richly|well|finely|fully|nicely|carefully|sharply|beautifully|vividly) drawn[- ]out)(?! characters?\b)|rambling(?<!\b(?:i'm|i am|i was|i've been|my|for|am|me) rambling)(?! (?:monologues?|speech(?:es)?|ruminations|musings|voice-?overs?|letters?|conversations?|phone calls?|answers?|stories|anecdotes?|tirades?|rants?)\b)|rushed(?! (?:marketing|release|into|to(?<!\btoo rushed to)|out|off|in|production|him|her|them)\b)|happens(?<=\bnothing (?:much |really |ever )?happens)${NOT_WHAT_HAPPENS}|wastes? (?:no |any |much )?time(?<=${WASTES_NO_TIME})|overlong|over-long|too long(?<!\bin (?:far |way |much )?too long)${NOT_TOO_LONG}|drag(?:s|ged|ging)? a (?:little|bit|tad|touch)\b(?! (?:girls?|boys?|kids?|child|children|dogs?|one|ones|brother|sister|old|body|bodies)\b)|drag(?:s|ged|ging)?(?<!\bin drag)${NOT_DRAGGED_ALONG}${NOT_DRAGGED_DOWN}(?! (?:queens?|kings?|shows?|acts?|race|races|racers?|racing|her|him|them|us|me|you|herself|himself|themselves|ourselves|yourself|the|a|an|his|their|its|into|through|back|down|away|off|out (?:of|from)|your|my|our|viewers?|audiences?|people|everyone|everybody|moviegoers|fans|kids|children|families|it(?! out))\b)|slog|bloated(?!,? (?:[a-z-]+,? ){0,2}(?:heads?|faces?|bell(?:y|ies)|stomachs?|corpses?|egos?|budgets?|scores?|music|soundtracks?)\b)(?<!\b(?:stunts|score|music|soundtrack|ego|budget|face|head|belly)\b[^.;:!?]{0,30}bloated)|snooze(?:r|s|-?fest)?|snore(?:r|-?fest)?|yawn(?:s|er|-inducing|-?fest)?|leaden(?! (?:performances?|dialogue|script|acting|direction|hand|prose|lines)\b)|wearisome|wearying(?!,? (?:[a-z-]+,? ){0,2}(?:performances?|turns?)\b| of\b)|(?:a|such a) chore\b|slow[- ]burn(?![- ]?ing)(?<!\b(?:his|her|their|gives?|gave|giving|shows?|showed|shown|showing|does|did|doing)\s(?:[a-z-]+\s){0,2}slow[- ]burn)|trudge(?<=\b(?:a|an|its|this|the)\s(?:[a-z-]+\s){0,2}trudge)|(?:takes?|took|taking) (?:a while|awhile|some time|too long|forever|ages) to get (?:moving|going|started)|minutes(?<!\bevery (?:[a-z-]+ ){1,2}minutes)(?! (?:into|later|ago|earlier|after|before|away|from)\b)|slow(?:ly|er)?${NOT_SLOW_PACE}(?<!\bdie (?:a )?(?:long,? )?slow(?= death\b))|sluggish|plod(?:s|ded|ding)?|brisk(?:ly)?(?! business)|zippy(?![ /](?:[a-z-]+[ /])?(?:cast|ensemble|performances?|performers?|actors?|dialogue|script|screenplay|score|soundtrack|music|songs?|jokes?|gags?|humou?r|one[- ]liners|lines|banter|chatter|patter|visuals?|animation|camerawork|cinematography|editing|car|cars|engine)\b)|padded|meander(?:s|ing)?|interminable|tedious(?:ly)?|tedium|longueurs|momentum|steam|${OUT_OF_GAS}|${MOVES_BRISKLY}|sags?(?! (?:cards?|awards?|members?|nominations?)\b)|sagging|(?:wears?|outstays?|overstays?) (?:out )?its welcome|patience|deliberate(?= *(?:$|[,.;:!?)]|and\b|or\b|but\b|in\b))|(?:move|moves|moved|moving|proceeds?|proceeding|unfolds?|unfolding) deliberately|never dull|turgid|listless|taut|timing is(?<!\b(?:comic|comical|comedic|comedy) timing is)|bog(?:s|ged)? down|dawdl(?:e|es|ed|ing)|(?:gets?|got|getting) moving|never (?:does )?gets? started|time (?:seems to |seemed to )?fl(?:y|ies|ew) by|(?:seems?|seemed|feels?|felt) like (?:an )?eternity(?! and)|bor(?:ing(?:ly)?|edom)(?! (?:into|through)\b)|bore(?<=\b(?:a|an|such a|what a)\s(?:[a-z-]+\s){0,2}bore)|dull(?:ness)?(?![-‑])(?! (?:roar|thud|ache|pain|knife|blade|gr[ae]y|brown|green|red|glow|light)\b))\b`,
    "i",
  ),
  // (Not "Eye Candy:" heading what a review lists of its players' nudity, nor a player cast
  // "as eye candy": people, not the film's look.)
  visuals: new RegExp(
    String.raw`\b(?:${madeHow("(?:lit|designed)")}${NOT_A_LIT_PLACE}|cinematography|cinematographer|directors? of photography|camera(?:work)?(?<!(?:behind|in front of|to|into|at|for) the camera)(?!(?<=\b(?:on|off)[- ]camera)(?! (?:movements?|moves|angles?|placement|set-?ups?|shots?|tricks)\b))|visuals?(?! (?:effects|jokes?|gags?|humou?r|comedy|puns?|wit|ammunition)\b)|visually|animation(?<!(?:cgi[- ]|cg[- ])animation)(?<!\b(?:in|into|of|for|with|and|all the|mix|mixes|mixing|uses?|using) computer[- ]animation)(?:(?<!\b(?:american|japanese|european|french|british|russian|chinese|korean|soviet|czech|eastern|western|mainstream|modern|contemporary|today['’]s|adult|family|children['’]s|kids['’]?|feature|feature-length|commercial|hollywood) animation)|(?= (?:styles?|techniques?|aesthetics?)\b))(?<!\b(?:seen|ever|landmark|milestone|career|careers|works?|worked|working) in animation)(?<!\b(?:world|history|masters?|fans?|lovers?|age|heyday|medium|realm|pantheon|annals|genre|landscape|form|field|kings?|giants?) of (?:[a-z'’-]+ ){0,2}animation)(?! (?:studios?|house|company|business|industry|landscape|juggernaut|buffs?|fans?|films?|features?|movies?|pictures?|medium|genre|world|scene|market|fare|canon|giants?|powerhouse|titans?|history|heyday|renaissance|era|age|legends?|pioneers?|veterans?)\b)|colou?rs?(?<!\boff-colou?rs?)(?<!\bfour[- ]colou?rs?)(?<!\bto colou?r)(?![- ]blind)(?! me\b)(?<!\b(?:hair|eye|skin|living) colou?rs?)(?<!\b(?:green|red|blue|white|black|yellow|brown|orange|pink|grey|gray) in colou?r)(?! (?:purple|footage|version|versions|print|prints|stock|era|tv|television|coded|coding)\b)(?<!\b(?:people|women|men|persons?|filmmakers|actors|actresses|artists|communities|students|characters|caricatures|stereotypes|comedians|performers|writers|directors|critics|folks) of colou?rs?)(?<!\bof (?:any|whatever) colou?rs?)|colou?rful(?! as\b)(?!['’"”]? (?:(?:supporting|minor|secondary|local) )?(?:cast|characters?|personalit(?:y|ies)|figures?|ensemble|villains?|crew|bunch|language|vernacular|dialogue|dialect|lingo|slang|prose|expletives|profanity|insults|phrasing|career|past|history|life|lives|names|nicknames)\b)|photography|photographed|imagery|images|lensed|framing(?! (?:story|stories|device|devices|narrative|tale|structure)\b)|framed(?! (?:[a-z]+ ){0,2}as\b| (?:around|within|for)\b)(?<!\b(?:been|being|gets?|got) framed)(?<!\b(?:he|she|i|you|we|who|him|me|us)(?: (?:was|is|were|are|gets?|got|had been|has been|have been|be|being))? framed)(?! (?:him|her|them|me|us|himself|herself|themselves)\b)|compositions?(?<!\b(?:drama|dramatic|story|narrative|music|musical|song|orchestral|classical|original|ethnic|racial|social|class|cast|chemical|family) compositions?)|production design|production values?|locations(?! (?:managers?|scouts?|scouting)\b)|location (?:work|shooting|photography)|costumes(?<!\b(?:bathing|swimming|halloween|party|fancy dress) costumes)(?<!\bdress(?:es|ed|ing)? up in (?:[a-z-]+ ){0,2}costumes)|costuming|costume design(?:ers?)?|character designs?|art direction|sets(?<!\b(?:two|three|four|several|both|multiple|different|television|tv|tennis|chess|drum|train) sets)(?! (?:\S+ ){1,4}apart\b)(?! (?:off|on|out|up|in|about|forth|some|down|free|fire|the|a|an|his|her|its|their|him|them|it|itself|us|apart|this|these|those|your|my|our|each|every|no|things|everything|everyone|himself|herself|themselves|yourself|records?|pulses?|hearts?)\b)|set designs?|lighting(?! (?:a|the) (?:match|fire|fuse|candle)\b)(?<!\b(?:christmas|holiday|street|house|candle) lighting)(?! (?:competitions?|contests?|displays?|bolts?|strikes?|round)\b)|colou?r palette|palette|animated(?<=\b(?:beautifully|gorgeously|lovingly|handsomely|stunningly|richly|lushly|finely|expertly|superbly|brilliantly|brightly|exquisitely|wonderfully|vividly|impressively|lavishly|sumptuously|elegantly|gracefully|fluidly|nicely|warmly|well|crudely|cheaply|poorly|badly|shoddily|sloppily|clumsily|lazily|stiffly|disappointingly)[ -]animated)|gorgeously|beautifully shot|(?:gorgeously|beautifully|handsomely) (?:filmed|shot)|shot(?<=\b(?:[a-z]+ly|well)[- ]shot)(?<!\b(?:${NOT_MANNER_ADVERBS}|fatally|lethally|accidentally|mortally|nearly|almost|repeatedly|tragically|brutally|senselessly|randomly|coldly|literally|completely|totally)[- ]shot)(?! (?:himself|herself|themselves|itself|myself|yourself|dead|down|through|to death|in the (?:foot|feet|head|back|chest|leg|arm))\b)|filmed(?! (?:at|on location)\b)|footage(?<!\bfound[- ]footage)|shots?(?<=\b(?:gorgeous|stunning|beautiful|striking|lovely|breathtaking|sweeping|aerial|tracking|lingering|hand-?held|overhead|establishing|impressive|haunting|spectacular|amazing|memorable|great|wonderful|ugly|grainy|blurry)(?:,? (?:[a-z-]+ly )?[a-z-]+)? shots?)|scenery(?<!\b(?:chews?|chewed|chewing) (?:up )?(?:(?:the|all the|every bit of the) )?scenery)(?<!\b(?:change of|into the|part of the) scenery)(?![- ]?chew)|look at(?<=\b(?:good|gorgeous|lovely|beautiful|pretty|stunning|pleasant|easy|a joy|a treat|a pleasure|painful|ugly|hard) to look at)(?<!\b(?:she|he|they|who)(?:['’]s|['’]re| is| was| are| were)(?: [a-z]+)? [a-z]+ to look at)|eye[- ]candy(?!\s*:)(?<!\bas (?:the |some )?eye[- ]candy)|eye-popping|feast for the eyes|${LOOKS_AMATEUR}|watch(?<=(?:^\W*|\b(?:it|film|movie|picture|this|that|which)(?:['’]s| is| was| remains)(?: (?:[a-z]+ly|quite|so|very|always|often))? )(?:beautiful|gorgeous|stunning|lovely|ravishing|ugly) to watch)|sights(?<=\b(?:sensational|stunning|spectacular|gorgeous|amazing|breathtaking|beautiful|striking|dazzling|astonishing|incredible|visual) sights)|better[- ]looking|${LOOKING}(?! (?:(?!(?:and|or)\b)[a-z-]+ ){0,2}(?:people|cast|actors?|actress(?:es)?|stars?|leads?|guys?|gals?|man|men|woman|women|lad(?:y|ies)|girls?|boys?|blokes?|hunks?|babes?|chicks?|dudes?|blondes?|brunettes?|kids?|teens?|teenagers?|couple|young|protagonists?|hero|heroes|heroines?|black|white|bodies|faces?|stick)\b)(?<!\b(?:she|he|they|who|i|you|we)(?:['’]s|['’]re|['’]m| is| was| are| were| am)(?: not| so| very| really| quite| pretty| also)? [a-z]+[- ]looking)|mise[- ]en[- ]sc[eè]ne|widescreen|looks?(?<!\b(?:she|he|they|who|him|her|them|everyone|everybody|anyone|anybody|actors?|actress(?:es)?|stars|cast|participants|people|kids|women|men|girls|boys) (?:still|also|always|just|really|certainly|even|truly|sure) looks?)(?<!\b(?:she|he|they|who|him|her|them|everyone|everybody|anyone|anybody|actors?|actress(?:es)?|stars|cast|participants|people|kids|women|men|girls|boys) looks?)(?<!\b(?:she|he|who|everyone|everybody|actors?|actress(?:es)?|stars|cast) (?:(?:does|did|do|can|could|would|will|may|might|doesn['’]t|didn['’]t|don['’]t|can['’]t|gets to|got to|has to|had to|is to)(?: not)?|(?:does|did|do) not) look)(?<!\b(?:she|he|who|everyone|everybody) (?:gets|got) to do is look)(?<!\b(?:more|other) than look)(?<!\b(?:there|purpose|job|role|work)\b[^.;:!?,]{0,25} to (?:just |merely |simply )?look) (?:amazing|gorgeous|stunning|great|beautiful|terrific|fantastic|incredible|spectacular|striking|lovely|ugly|cheap|good|awful|bad|dated|fake|pretty(?! (?:foolish|incompetent|desperate|mean|tame|interesting|close|much|similar|silly|stupid|dumb|ridiculous|sad|pathetic|lame|weak|ordinary|familiar|obvious|likely|clear|sure|certain|promising|predictable|foxy)\b)|like a million)(?! together\b)(?!,? (?:on paper|in theory)\b))\b`,
    "i",
  ),
  music: new RegExp(
    String.raw`\b(?:music(?<!\b(?:march(?:es|ed|ing)?|dance[sd]?|dancing) to (?:(?:his|her|their|its|my|your|our|the|a) )?(?:own |different |same )?music)(?<!\bface(?:s|d)? the music)(?! (?:videos?|channels?|stores?|shops?|industry|business|biz|world|stage|careers?|superstars?|teachers?|lessons?|halls?|box(?:es)?|festivals?|scene|fans?|lovers?|nerds?|geeks?|buffs?|aficionados?|snobs?|junkies|journalists?|critics?|executives?|moguls?|legends?|icons?|history|documentar(?:y|ies)|docs?)\b)(?<!\babout music)|musical score|musical (?:numbers?|set[- ]pieces?|interludes?|sequences?|moments)|tunes(?<!\bloone?y[- ]tunes)(?! (?:in|out|into|up|its|his|her|their|the|a|an)\b)|auditory|soundtrack|songs?(?<!swan songs?)(?<!${SIMILE_OF}songs?)(?<!\bsing[- ]songs?)(?!(?<=\blove song) to\b)|singing(?<![a-z]-singing)(?! stars?\b)(?! to (?:each other|one another|himself|herself|themselves|him|her|them|me|us|you)\b)|sung(?<!${SIMILE_OF}sung)|sound design|sound mix(?:ing|es)?|dubbing(?! (?:it|him|her|them)\b)|${madeHow("dubbed")}|${UNHEARD} (?:dialogue|dialog)s?|sound(?<!\b(?:is|are|was|were|seems?|looks?|may|might|could|would|will|can|do|does|did|to|it|that|this|they|he|she|i|you|we|must|should|don't|doesn't|didn't|won't|not|never|often|usually|always|sometimes) sound)(?<!\bma(?:ke|kes|de|king)\s+(?:[^\s.,;:!?]+\s+){1,4}sound)(?<!\b(?:era|advent|coming|arrival|dawn|introduction|cusp|speed) of sound)(?<!\b(?:structurally|technically|logically|morally|financially|mentally|fundamentally|safe and) sound)(?! of\b| and fury\b| era\b| barrier\b| (?:films?|pictures?)\b| (?:that )?(?:you|we|i) (?:hear|heard)\b| ?stages?\b| ?bites?\b| systems?\b|[- ]?alikes?\b| (?:reason|judgment|judgement|advice|logic|investment|basis|decision|footing|argument|bet|choice|history|science|thinking|principle|impulse|instinct|idea|plan|strategy|strategie|foundation|premise|case|approach)s?\b| (?:like|as if|as though|a (?:lot|bit|little) like|(?:more|less|much|just) like)\b| (?:(?:somewhat|a bit|rather|pretty|quite|too|so|very|really|vaguely|fully|absolutely|just|almost|equally|oddly|strangely|genuinely|totally|utterly|completely) )?(?:familiar|strange|odd|promising|interesting|silly|crazy|ridiculous|far-fetched|implausible|absurd|preposterous|intriguing|appealing|unlikely|plausible|bored|tired|stilted|wooden|awkward|forced|fake|false|natural|convincing|unconvincing|authentic|honest|sincere|similar|alike|exactly|nothing like)\b)|composer|scores?\b(?! of ['"‘“]?(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|as much as)\b)(?<=\b(?:the|its|a|his|her|their|whose|musical|orchestral|original|haunting|lush|moody|stirring|sweeping|synth|jazzy?|electronic|string|piano|[a-z]+'s) scores?)|score(?! of ['"‘“]?(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|as much as)\b)(?<=[a-z'’-] score)(?<!\b(?:perfect|high|higher|highest|low|lower|lowest|worst|(?<!\b(?:above|below) )average|overall|imdb|top|final|critics'?|review|box[- ]office|test|aggregate|it|he|she|they|that|which|who|this|really|also|never|not|to|may|might|will|would|could|can|does|did|do|or|and|you|we|i|my|our|your|much|easily|finally|still|just|only|rarely|seldom|mostly|certainly|definitely|usually|always|often|sometimes|even|man|woman|kid|team|big|sat|movie|film|keep|keeps|keeping|kept|settle|settles|settling|settled) score)(?![- ]settl| (?:points|big|high|low|well|a|an|some|with|on|highly|again|heavily|major|any|one|another|at|in|for|the|it|them)\b)|(?:film|movie) score(?<!\b(?:make|makes|made|making|help|helps|helped|helping|let|lets|overall|imdb|final|my|your|average|critics'?|audience|rotten tomatoes) (?:(?:the|this|a|that) )?(?:film|movie) score)(?![s-]| (?:points|big|high|low|well|a|an|some|with|on|highly|again|heavily|major|any|one|another|at|in|for|the|of)\b)|scored? by|needle[- ]drops?|dance numbers?)\b`,
    "i",
  ),
  editing:
    /\b(?:editing(?<!\b(?:photo|video) editing)(?! (?:software|programs?|apps?)\b)|edited|editor(?<!\b(?:magazine|newspaper|fashion|news|book|copy|city|managing|executive|senior|sports|photo|chief|assistant|deputy) editor)(?![- ]in[- ]chief\b| of (?!(?:this|the|that)\s+(?:film|movie|picture)\b))|montages?|cutting(?<!\bcost-cutting)(?<!\bas cutting)(?<!\b(?:harsh|sharp|biting|acerbic|witty|funny|dark),? cutting)(?![- ]+edge| (?:to|through|into|off|down|remarks?|her|his|my|him|them|their|your|our|each|up|out|corners|teeth|metaphorical|almost|across|right|costs?|ties|loose|class|school|humou?r|wit|sarcasm|satire|tongue|critique|commentary|irony|observations?|barbs?|insights?|indictment|jabs?|light|comedy|the (?:[a-z]+ )?(?:forces?|troops|army|enemy|men))\b|,\s*(?:dark|biting|witty|funny|sharp|acerbic)\b| (?:[a-z]+ ){0,2}(?:some|any|enough|a little|a lot of|more|no) slack\b)|intercutting|(?:jump|jagged|quick|hard|abrupt|rapid) cuts?|cut to (?:pieces|ribbons|shreds))\b/i,
  humor: new RegExp(
    String.raw`\b(?:funny(?! (?:books?|pages|thing|ways? of)\b)(?![- ]looking)(?!(?<=^\W*funny) (?:that|how)\b)(?!(?<=\b(?:which|it|that|what)(?:'s|’s| is| was) funny) (?:because|since|how|that|when)\b)|funnier|funniest|unfunny|humou?r|humorous|jokes?(?<!\b(?:is|was|it's|that's|'s)(?: (?:really|truly|certainly|definitely))? no joke)${NOT_CALLED_A_JOKE}|laugh(?:s|ing|ed${NOT_LAUGHED_AT})?${NOT_DERISION}|laughter|laugh-out-loud|laugh-free|hilarious(?:ly)?|uproarious(?:ly)?|comedic(?! (?:roles?|turns?|actors?|actress(?:es)?|performers?|personas?|debut|battle)\b)|comic timing|comic relief|physical comedy|comedy magic|zany|zaniness|(?:knack|flair|gift|ear|instinct|talent) for (?:comedy|farce|slapstick)|the comedy|comedy(?<!\b(?:romantic|romance|teen|action|animated|family|sex|buddy|stoner|indie) comedy) (?:is|was|works|lands|falls|feels)|gags?(?! on\b)|${IN_STITCHES}|wit|witty|amusing|chuckles?|one-liners?|comic(?<=\b[a-z]+ly comic)(?<!\b(?:only|early|largely|mostly|partly|mainly|purely|strictly) comic)(?! (?:books?|strips?|con|conventions?|artists?|writers?|store|shop|series)\b))\b`,
    "i",
  ),
  effects:
    /\b(?:gore(?= (?:effects|fx|scenes?|sequences?|make-?up)\b)|effects(?<!\bside effects)(?<!\b(?:ill|after|emotional|lasting|long-term|long term|psychological|devastating|harmful|negative|positive|adverse|toxic|damaging|detrimental|profound|destructive|residual|cumulative|knock-on|ripple|unintended|desired|intended|emotions and) effects)(?!,? (?:it|they|the drugs?|the war) (?:has|have|had)\b)(?<!(?<!\b(?:special|visual|practical) (?:and|&) )\bsound effects)(?!,? (?:not (?:only|just) )?(?:of|on|upon)\b(?! (?:display|show|screen)\b))(?!(?:[- ](?:heavy|laden|driven))?[- ](?:spectacles|extravaganzas|blockbusters|films|movies|pictures|fare)\b)|cgi(?![- ](?:animated|animation) (?:films|features|movies|pictures|cartoons|fare)\b)(?!(?:[- ](?:heavy|laden|driven|effects?|fueled|era))?[- ](?:spectacles|extravaganzas|blockbusters|crowd|competitors|originals|animations|genre|films|movies|features|cartoons|fare|pictures|epics|era|age)\b)|vfx|computer[- ]generated (?:imagery|effects|creatures?|characters?|monsters?)|creature (?:design|effects|work|shop)s?|stop-motion|motion[- ]capture|performance[- ]capture|stunts|stunt (?:work|sequences?|choreography|doubles?|drivers?|people|performers?|team|coordinat\w*|driving)|action (?:sequences?|scenes?|set[- ]pieces?)|car chases?|pyrotechnics|computer imagery|explosions?(?! of\b)|crashes(?<=(?:\b(?:car|plane|train|boat|bus|truck|the|its|more|better|spectacular|startling|crazy|big|loud|fiery|multiple|numerous)|,) crashes)|(?:racing|chase|fight|battle|car) (?:sequences?|scenes?)|fight choreography|technological(?! thrillers?)|practical effects|make-?up effects)\b/i,
};

/**
 * Before "funny": what is so bad that it is ("so appalling that it is funny", "so bad its actually
 * funny", "so-stupid-it's-funny", "so bad they are funny"): humour faulted, not praised. (What is
 * too bad to be funny is denied where every judging word is: judging-words.ts, TOO_X_TO_BE.)
 */
const SO_BAD_IT_IS = String.raw`\bso[- ](?:bad|awful|terrible|appalling|dreadful|inept|stupid|dumb|ridiculous|absurd|horrible)(?:[- ]that)?[- ](?:it|they)(?:['’]?s|['’]re| is| are| becomes?| became| was| were)[- ](?:(?:actually|almost|just|really|very|quite|downright) )*`;
/**
 * The best jokes already seen in the trailer: "If you've seen the trailer you've seen the best
 * gags", "the funniest bits are all in the trailer" (humour faulted).
 */
const BEST_IN_THE_TRAILER = `(?:best|funniest|only good|all the good) (?:gags|jokes|laughs|bits|lines|one-liners)(?: (?:are|were))? (?:all )?(?:in|from) the (?:trailers?|previews?|ads?|commercials?)|(?:seen|watched) the (?:trailers?|previews?|ads?|commercials?),? (?:then |and )?(?:you(?:['’]ve| have) )?(?:seen|heard) (?:all )?the (?:best|funniest) (?:gags|jokes|laughs|bits|lines|one-liners|parts)`;
/** What is "hilariously" or "uproariously" bad is laughed at, not with (humour faulted). */
const LAUGHABLY_BAD = `(?:bad|awful|terrible|inept|dreadful|atrocious|stupid|dumb|amateurish|overwrought|overacted|cheesy|corny)`;

/**
 * Words that settle an aspect's polarity whatever the rest of the clause says: "overlong"
 * is a complaint about length in any review.
 */
export const ASPECT_POLARITY_CUES: Partial<
  Record<AspectName, { positive: RegExp; negative: RegExp }>
> = {
  // What only a performer does: "steals the show", "chews the scenery" (2026-12-03).
  acting: {
    positive: new RegExp(String.raw`\b(?:${PERFORMER_PRAISED}|${PLAYED_WELL})\b`, "i"),
    // (Not "chews the scenery" or "hams it up": as often relished as faulted.)
    negative: new RegExp(String.raw`\b(?:${OVERACTED}|${PLAYED_BADLY})\b`, "i"),
  },
  pacing: {
    positive: new RegExp(
      String.raw`\b(?:(?:slow|deliberate|measured|leisurely|unhurried|methodical)(?=${SLOW_PACE_PRAISED})|brisk(?:ly)?(?! business)|${WASTES_NO_TIME}|(?:breezy|tight(?:ly)?|taut|zippy)(?! (?:[a-z-]+ )?(?:cast|ensemble|performances?|performers?|actors?|dialogue|script|screenplay|score|soundtrack|music|songs?|jokes?|gags?|humou?r|visuals?|animation|camerawork|cinematography|editing)\b)|well[- ]paced|propulsive|fast[- ]paced|never drags|never dull|fl(?:y|ies|ew) by|never (?:once )?(?:outstays|overstays|flags|lags|sags|dawdles|bogs down)|economical|just right|never lets up|carried along|${MOVES_BRISKLY}|(?:warrants?|justif(?:y|ies)|earns?) (?:its|the|that) (?:running time|length|runtime))\b`,
      "i",
    ),
    negative: new RegExp(
      String.raw`\b(?:${WEARS_THIN}|drawn[- ]out|rambling|rushed|(?:the |its )?pace (?:is |was |feels |felt |seems |seemed )?(?:far |much |a bit |a little |way |just |sometimes |often |at times )?too (?:low|slow|fast|quick|leisurely|frantic|hectic|languid|erratic|uneven)|too (?:[a-z-]+,? (?:and |or )?)?(?:deliberate(?:ly)?|leisurely|languid|languorous|stately|unhurried)|(?:just |only |merely |simply )?(?<!\b(?:enough|sufficient) (?:[\w'-]+ ){0,3})to fill (?:out |up )?(?:the |its |a )?(?:running ?time|runtime|run time|minutes|(?:feature|full)[- ]length)|nothing (?:much |really |ever )?happens${NOT_WHAT_HAPPENS}|overlong|over-long|too long(?<!\bin (?:far |way |much )?too long)${NOT_TOO_LONG}|minutes too long|minutes over|long(?! (?:after|before|ago)\b)|${LENGTHY_FILM}|drags?${NOT_DRAGGED_DOWN}|dragged${NOT_DRAGGED_ALONG}${NOT_DRAGGED_DOWN}|dragging${NOT_DRAGGED_DOWN}|slog|bloated|padded|meander(?:s|ing)?|interminable|endless|tedious(?:ly)?|tedium|sluggish|halting(?:ly)?|plod(?:s|ded|ding)?|snooze(?:r|s|-?fest)?|snore(?:r|-?fest)?|yawn(?:s|er|-inducing|-?fest)?|leaden|wearisome|wearying|trudge|(?:a|such a) chore|(?:loses?|lost|losing) (?:its |some |all |a (?:bit|little|lot) of |(?:much|some|most|all|a bit|a little|a lot) of its )?(?:momentum|steam)|r[au]ns? out of steam|${OUT_OF_GAS}|longueurs|(?<!never (?:once )?)(?:overstay|outstay)(?:s|ed|ing)?|(?<!never (?:once )?)wears? out its welcome|(?:test|tests|tested|testing|try|tries|tried|trying|tax|taxes|taxed|taxing|strain|strains|strained|straining|exhaust|exhausts|exhausted|exhausting)\s+(?:[\w'’]+\s+){0,3}?patience|patience\s+(?:(?:is|was|were|being|gets?|got|will be)\s+)?(?:(?:sorely|severely|sometimes|often|really)\s+)?(?:tested|tried|taxed|strained|exhausted|wears? thin|wore thin|wearing thin|runs? out|ran out|running out)|(?:it|film|movie|picture|this)\s+(?:[\w'’]+\s+)?(?:requires?|required|demands?|demanded|takes|took|needs)\s+(?:(?:a lot of|a great deal of|some|considerable|great|much|real|the)\s+)?patience|could lose|starts? (?:off )?slow(?:ly)?|(?:stretch(?:ed|es|ing)?|blown up|padded|sprawling|inflated|expanded|drawn out|spun out)(?: out)? (?:in)?to (?:a )?(?:feature|full)[- ]length|too slow|slow(?:er)?${NOT_SLOW_PACE}(?![- ]?build)(?!${SLOW_PACE_PRAISED})|glacial|snail-like|snail['’]?s[- ]pace|snail[- ]paced|sags?(?! (?:cards?|awards?|members?|nominations?)\b)|sagging|turgid|listless|slack|pacing (?:issues|problems|flaws|weaknesses)|(?:weakness(?:es)?|problems?|issues|flaws?|lapses?) (?:in|with|of) (?:the |its )?(?:pace|pacing)|(?:takes?|took|taking) (?:a while|awhile|some time|too long(?<!\bin (?:far |way |much )?too long)${NOT_TOO_LONG}|forever|ages) to get (?:moving|going|started)|bog(?:s|ged)? down|dawdl(?:e|es|ed|ing)|never (?:does )?gets? started|(?:seems?|seemed|feels?|felt) like (?:an )?eternity(?! and)|(?:a|an|such a|what a)\s(?:[a-z-]+\s){0,2}bore|boredom)\b`,
      "i",
    ),
  },
  writing: {
    positive: /\bunpredictable\b/i,
    negative: new RegExp(
      String.raw`\b(?:${DERIVATIVE}|under-?written(?! by\b)|(?:hard|difficult|impossible|tough) to (?:care|get invested|feel) (?:\w+ )?(?:about|for|in)|(?:hard|difficult|challenging|impossible|tough|tricky|confusing) to follow|plot holes?|platitud(?:es|inous)|didactic(?:ally)?|incoheren(?:t|tly|ce)|(?:plot|script|story|narrative|screenplay|storytelling)[- ](?:weakness(?:es)?|problems?|flaws?|issues|inconsistencies|shortcomings|failings|deficiencies|missteps?|lapses)|best left on the page|(?:style|formula|technique|form|flash|spectacle|gloss|glitz|surface|attitude|mood|atmosphere|visuals|effects|action|image|images|look)(?: and [a-z]+)? over (?:substance|story|plot|narrative|storytelling|characters?|characterization)|(?:pure|standard|familiar|tired|rote|stale|generic|boilerplate|cookie-cutter|by-the-numbers|same old) formula)\b`,
      "i",
    ),
  },
  music: {
    positive: /\b(?:rousing|soaring|stirring|evocative|catchy|toe-tapping|lilting)\b/i,
    negative:
      /\b(?:syrupy|intrusive|overbearing|bombastic|cloying|blaring|wall-to-wall|heavy-handed|overwrought|mawkish|manipulative|(?:turn(?:ed|ing)? off|tune(?:d)? out|mute(?:d)?|drown(?:ed)? out)\s+(?:the\s+|its\s+)?(?:soundtrack|music|score|songs?))\b/i,
  },
  visuals: {
    positive: new RegExp(
      String.raw`\b(?:gorgeous(?:ly)?|stunning(?:ly)?|beautiful(?:ly)?|dizzy with (?:colou?rs?|images|imagery|invention|beauty|detail)|luminous|striking|ravishing|breathtaking|lush|handsome(?:ly)?|sumptuous|eye-popping|eye candy(?!\s*:)(?<!\bas (?:the |some )?eye candy)|(?:visual )?feast for the eyes|vivid|(?:${LOOKS_GOOD})[- ]looking)\b`,
      "i",
    ),
    negative: new RegExp(
      String.raw`\b(?:dizzy(?:ing)?(?! with\b)|nauseating|shaky|murky|ugly|cheap(?! (?:thrills?|laughs?|shots?|scares?|jokes?|gags?|tricks?|sentiment)\b)|drab|shoddy|chintzy|tacky|incoherent|choppy|headache|${LOOKS_AMATEUR})\b`,
      "i",
    ),
  },
  humor: {
    positive: new RegExp(
      String.raw`\b(?<!(?:unintentionally|involuntarily|inadvertently|unwittingly|intermittently|fitfully|sporadically) |(?:supposed|meant|intended) to be |\bbad enough to be |\babout as |\b(?:almost|nearly) |\bwould (?:almost )?be |\bonly |\bun-|${SO_BAD_IT_IS})(?:hilarious(?:ly)?|funny|funniest|witty|laugh-out-loud|uproarious(?:ly)?|laughed${NOT_LAUGHED_AT}${NOT_DERISION}${NOT_FEW}|${IN_STITCHES})\b(?!,? (?:for|in) (?:all )?the wrong (?:reasons|ways?)\b| ${LAUGHABLY_BAD}\b| (?:gags|jokes|laughs|bits|lines|one-liners)(?: (?:are|were))? (?:all )?(?:in|from) the (?:trailers?|previews?|ads?|commercials?))`,
      "i",
    ),
    negative: new RegExp(
      String.raw`\b(?:un-?funny|(?<=\bbad enough to be )(?:funny|hilarious|laughable)|not (?:very )?funny|less (?:funny|hilarious)|no laughs|laugh-free|falls flat|lame|groan|stale|absent|devoid|(?:unintentionally|involuntarily|inadvertently|unwittingly|intermittently|fitfully|sporadically) (?:funny|hilarious|amusing)|(?:(?:is|are|was|were)n't |not )?(?:supposed|meant|intended) to be (?:funny|hilarious)|(?:for|in) (?:all )?the wrong (?:reasons|ways?)|(?:hilarious|uproarious)ly ${LAUGHABLY_BAD}|${BEST_IN_THE_TRAILER}|about as (?:funny|amusing|hilarious|witty) as|(?:almost|nearly) (?:laughed|chuckled|giggled|smiled)|would (?:almost )?be (?:funny|hilarious|laughable) if|(?:the|its) only (?:thing )?(?:funny|amusing|laughs?\b|jokes?\b)|(?:(?:impossible|hard|difficult) not to |(?:can(?:'|’)?t|couldn(?:'|’)?t|could not|cannot) help (?:but )?)?laugh(?:s|ed|ing)?\s+(?:out loud\s+)?at\s+(?:what\s+(?:is|are|was|were)\s+|(?:the\s+)?(?:scenes?|moments?|parts?|bits?)\s+(?:that\s+(?:is|are|was|were)\s+)?)?(?:supposed|meant|intended)\s+to\s+be|unintentional(?:ly)?\s+(?:laughs?|humou?r|comedy|hilarity|laughter)|${FEW_LAUGHS}|laugh(?:s|ed|ing)?\s+at\s+(?:it|this(?:\s+(?:movie|film))?|the\s+(?:movie|film)),?\s+not\s+with|(?<=${SO_BAD_IT_IS})(?:funny|hilarious|laughable|amusing|witty))\b`,
      "i",
    ),
  },
};

/**
 * Words that judge the aspect's term they modify ("a fiercely intelligent performance", "a
 * banal script") but not one-sided enough in critics' snippets at large to judge a whole clause
 * (in rt-reviews the praising ones are in 82–93% fresh snippets, the faulting ones in 63–84%
 * rotten: a fresh review has its complaints): read only among a term's own modifiers
 * (judging-words.ts, modifierLean). Not the praise critics wish for as
 * often as they give it ("could've been an entertaining actioner", "too many lyrical
 * montages", "subjects for refreshing comedic exploration"): entertaining, enjoyable,
 * refreshing, lyrical, poetic, tremendous.
 */
// biome-ignore format: a word list reads best filled
export const MODIFIER_POSITIVE_WORDS = new Set([
  "intelligent", "thoughtful", "captivating", "absorbing", "tender", "understated", "stirring",
  "confident", "splendid", "exuberant", "passionate", "affecting", "glorious", "evocative",
  "exceptional", "arresting", "dynamic", "potent", "astounding", "stunningly", "snappy",
  "vividly", "sumptuous", "finely", "delicious",
  // (And what is done "carefully": "carefully crafted", "a well-acted, carefully directed yet
  // largely unsatisfying exercise"; before a verb of making, 14 of 17 rt-reviews snippets fresh.)
  "carefully",
]);
// biome-ignore format: a word list reads best filled
export const MODIFIER_NEGATIVE_WORDS = new Set([
  "repetitive", "superficial", "pretentious", "disjointed", "meandering", "soulless",
  "idiotic", "tasteless", "dismal", "crass", "simplistic", "frustrating", "self-indulgent",
  "mean-spirited", "offensive", "irritating", "obnoxious", "brainless", "weakness", "weaknesses",
  "unfocused", "phony", "dopey", "artificial", "childish", "weakest", "lamest", "silliest",
  // (And an ending "anticlimactic", however spelt: in rt-reviews 7 of 11 snippets are rotten.)
  "anticlimactic", "anti-climactic", "anti climactic", "anticlimatic", "anti-climatic",
  "anti climatic",
  // (And what is done "thinly": "thinly plotted", "thinly drawn"; 10 of 14 rt-reviews snippets
  // with the word are rotten.)
  "thinly",
  // (And what is "so-so", only where it is: 18 of 27 rt-reviews snippets rotten. As a judging
  // word of its whole clause it had turned "The actors … bring a so-so script to life" against
  // the acting.)
  "so-so",
]);

/**
 * Words that judge whatever they describe, for clauses the aspect lexicons do not settle
 * (lowercase). Those added on 2026-12-05 ("bravura", "first-rate", "top-notch", "commendable",
 * "flawlessly" …; "abysmal", "amateurish", "god-awful", "woeful", "crudely" …) were found among
 * the words critics put right before a performance, a script or a score, say of one, or say
 * how a film was directed, shot or written, and kept where their share of fresh snippets in
 * rt-reviews is like the rest's: 0.79 or more for praise, 0.30 or less for fault.
 */
export const POSITIVE_WORDS = new Set([
  "a winning performance",
  "ably",
  "accomplished",
  "admirable",
  "admirably",
  "adroit",
  "amazing",
  "an exceptionally winning cast",
  "appealing",
  "assured",
  "astonishing",
  "astute",
  "audacious",
  "authentic",
  "awe-inspiring",
  "beautiful",
  "beautifully",
  "beguiling",
  "believable",
  "best",
  "blast",
  "bravo",
  "bravura",
  "breathtaking",
  "brilliant",
  "brilliantly",
  "cannily",
  "canny",
  "capably",
  "career-best",
  "catchy",
  "charmer",
  "charmers",
  "charming",
  "classy",
  "clever",
  "cleverly",
  "commendable",
  "compelling",
  "compellingly",
  "competently",
  "confidently",
  "convincing",
  "convincingly",
  "credible",
  "crisp",
  "crisply",
  "dazzles",
  "dazzling",
  "dazzlingly",
  "deft",
  "deftly",
  "deliciously",
  "delight",
  "delightful",
  "delightfully",
  "deliriously",
  "deserve",
  "deserves",
  "disarming",
  "disarmingly",
  "dynamite",
  "effective",
  "effortlessly",
  "electrifying",
  "elegant",
  "elegantly",
  "eloquent",
  "eloquently",
  "enchanting",
  "endearing",
  "energetic",
  "engaging",
  "engagingly",
  "engrossing",
  "enthralling",
  "excellent",
  "excellently",
  "excels",
  "exhilarating",
  "expert",
  "expertly",
  "expressive",
  "exquisite",
  "exquisitely",
  "extraordinarily",
  "extraordinary",
  "exuberance",
  "eye-catching",
  "fantastic",
  "fantastically",
  "fearless",
  "fine",
  "finesse",
  "finest",
  "first-rate",
  "flawless",
  "flawlessly",
  "formidable",
  "fresh",
  "fun",
  "funny",
  "good",
  "gorgeous",
  "gorgeously",
  "graceful",
  "gracefully",
  "great",
  "gripping",
  "groundbreaking",
  "hauntingly",
  "heady",
  "heart-wrenching",
  "heartfelt",
  "heartwarming",
  "hilarious",
  "hoot",
  "hypnotic",
  "hypnotically",
  "imaginative",
  "immaculate",
  "immaculately",
  "impeccable",
  "impeccably",
  "impresses",
  "impressive",
  "impressively",
  "incredible",
  "indelible",
  "infectious",
  "infectiously",
  "ingenious",
  "ingeniously",
  "insightful",
  "inspired",
  "inspiring",
  "intelligently",
  "invention",
  "inventive",
  "inventively",
  "irresistible",
  "irresistibly",
  "joyful",
  "joyous",
  "knowing",
  // "Kudos to the writers of this film", "Bravo to the director and writer" (2026-12-07: in
  // 14 and 12 rt-reviews snippets, 79% and all fresh).
  "kudos",
  "lavishly",
  "layered",
  "likable",
  "likeable",
  "lively",
  "lovely",
  "lovingly",
  "luminous",
  "magic",
  "magnetic",
  "magnificent",
  "majestic",
  "marvel",
  "marvellous",
  "marvellously",
  "marvelous",
  "marvelously",
  "masterclass",
  "masterful",
  "masterfully",
  "masterly",
  "masterpiece",
  "masterwork",
  "mastery",
  "memorable",
  "mesmerising",
  "mesmerizing",
  "meticulously",
  "mind-boggling",
  "moving",
  "movingly",
  "multi-layered",
  "must-see",
  "nicely",
  "nuanced",
  "observant",
  "one-of-a-kind",
  "oscar-worthy",
  "outstanding",
  "perceptive",
  "perfect",
  "perfectly",
  "pitch-perfect",
  "playful",
  "pleasingly",
  "poignant",
  "powerful",
  "powerfully",
  "radiant",
  "ravishing",
  "relatable",
  "remarkable",
  "revelation",
  "rewarding",
  "rich",
  "riveting",
  "robust",
  "rousing",
  "saving",
  "seamless",
  "seamlessly",
  "sensational",
  "sharp",
  "sharply",
  "shrewd",
  "skilful",
  "skilfully",
  "skilled",
  "skillful",
  "skillfully",
  "sly",
  "smart",
  "smartly",
  "solid",
  "solidly",
  "spectacular",
  "spellbinding",
  "spirited",
  "splendidly",
  "spot-on",
  "standout",
  "stellar",
  "striking",
  "striking out",
  "striking performances",
  "striking visuals",
  "strong",
  "stunning",
  "stylishly",
  "sublime",
  "succeed",
  "succeeds",
  "sumptuously",
  "superb",
  "superbly",
  "superlative",
  "swell",
  "talented",
  "terrific",
  "terrifically",
  "textured",
  "thought-provoking",
  "thoughtfully",
  "thrilling",
  "top of her game",
  "top of his game",
  "top of its game",
  "top of their game",
  "top-notch",
  "touching",
  "tour de force",
  "tour-de-force",
  "towering",
  "transcendent",
  "triumph",
  "uncompromising",
  "unflinching",
  "unforgettable",
  "unpretentious",
  "uproarious",
  "vibrant",
  "virtuoso",
  "vivid",
  "warm-hearted",
  "well",
  "well-crafted",
  "well-made",
  "well-told",
  "well-written",
  "wickedly",
  "winning",
  "witty",
  "wonder",
  "wonderful",
  "wonderfully",
  "wondrous",
  "works",
  "worthwhile",
  "wry",
  "zippy",
  // Superlatives of the words above, in as many fresh snippets (rt-reviews: strongest 21 of
  // 26, smartest 15 of 19, cleverest 5 of 5, wittiest 3 of 3).
  "strongest",
  "smartest",
  "cleverest",
  "wittiest",
  // What crackles, sparkles or bristles with life (rt-reviews: crackling 12 of 13 snippets
  // fresh, crackles 10 of 12, bristling 9 of 9, sparkling 13 of 17; not "crackle", which is
  // most often what a film lacks).
  "crackles",
  "crackling",
  "bristling",
  "sparkling",
  // Found by their one-sidedness in rt-reviews and read in their uses (the forty-fourth
  // session): refreshing 103 of 113 snippets fresh, refreshingly 50 of 54, lovable 36 of 40,
  // soulful 31 of 34, bracing 22 of 24, humane 25 of 27. (Not "haunting": what haunts in a
  // ghost story's plot, or The Haunting; nor "gem", a film called one.)
  "refreshing",
  "refreshingly",
  "lovable",
  "soulful",
  "bracing",
  "humane",
  // What clicks or gels comes together (most often said of what never does: "a story line that
  // never gels", "this update never quite clicks").
  "clicks",
  "gels",
  "jells",
  // Hyphened praise no list held (rt-reviews: razor-sharp 6 of 6 snippets fresh, whip-smart 3
  // of 3; not "jaw-dropping", as often dialogue so bad it astonishes).
  "razor-sharp",
  "whip-smart",
]);
export const NEGATIVE_WORDS = new Set([
  "abomination",
  "absent",
  "abysmal",
  "abysmally",
  "aimless",
  "amateurish",
  "amateurishly",
  "annoying",
  "appalling",
  "appallingly",
  "asinine",
  "atrocious",
  "atrociously",
  "awful",
  "awkward",
  "awkwardly",
  "bad",
  "badly",
  "banal",
  "bankrupt",
  "bereft",
  "bland",
  "blandly",
  "blaring",
  "bloated",
  "blur",
  "bombastic",
  "boring",
  "botched",
  "charmless",
  "cheap",
  "cheesy",
  "choppy",
  "cliche",
  "cliched",
  "cliché",
  "clichéd",
  "clumsily",
  "clumsy",
  "clunky",
  "confused",
  "confusing",
  "contrivance",
  "contrivances",
  "contrived",
  "convoluted",
  "cop-out",
  "corny",
  "crappy",
  "creaky",
  "cringe-worthy",
  "cringeworthy",
  "crudely",
  "cutesy",
  "deafening",
  "derivative",
  "devoid",
  "diminishing",
  "disappointing",
  "disappointingly",
  "disappointment",
  "disastrous",
  "dispiriting",
  "dreadful",
  "dreadfully",
  "dreary",
  "dud",
  "embarrassingly",
  "embarrassment",
  "exasperating",
  "frustratingly",
  "god-awful",
  "godawful",
  "half-hearted",
  "half-heartedly",
  "halfhearted",
  "halfheartedly",
  "horrendous",
  "horrid",
  "humorless",
  "humourless",
  "illogical",
  "insulting",
  "lugubrious",
  "lukewarm",
  "lumbering",
  "noisy",
  "overheated",
  "pathetic",
  "reductive",
  "second-rate",
  "second rate",
  "smug",
  "third-rate",
  "third rate",
  "slapdash",
  "sophomoric",
  "stodgy",
  // "a total disaster", "an unmitigated disaster" (not a disaster a film is about).
  "total disaster",
  "complete disaster",
  "unengaging",
  "unmitigated disaster",
  "utter disaster",
  "dull",
  "dumb",
  "egregious",
  "egregiously",
  "embarrassing",
  "extraneous",
  "facile",
  "fail",
  "failed",
  "fails",
  "failure",
  "feeble",
  "fiasco",
  "fizzle",
  "fizzles",
  "flat",
  "flimsy",
  "forced",
  "forgettable",
  "formulaic",
  "generic",
  "grating",
  "hackneyed",
  "half-baked",
  "ham-fisted",
  "hamfisted",
  "hammy",
  "haphazardly",
  "heavy-handed",
  "hokey",
  "hollow",
  "horrendously",
  "horrible",
  "ignominious",
  "ill-advised",
  "ill-conceived",
  "implausible",
  "inane",
  "incoherent",
  "incompetent",
  "inconsistent",
  "indifferently",
  "ineffective",
  "inept",
  "ineptitude",
  "ineptly",
  "inert",
  "insipid",
  "joyless",
  "jumbled",
  "lack",
  "lacking",
  "lackluster",
  "lacklustre",
  "lacks",
  "lame",
  "laughable",
  "laughably",
  "laziest",
  "lazily",
  "laziness",
  "lazy",
  "lesser",
  "letdown",
  "lethargic",
  "lifeless",
  "limp",
  "listless",
  "long-winded",
  "lousy",
  "low-rent",
  "ludicrous",
  "marred",
  "maudlin",
  "mawkish",
  "mediocre",
  "mediocrity",
  "mess",
  "messy",
  // "never makes a misstep" praises; "the narrative's missteps" fault it.
  "misstep",
  "missteps",
  "middling",
  "mirthless",
  "miscast",
  "misfire",
  "misfires",
  "misguided",
  "misses",
  "monotonous",
  "moronic",
  "muddle",
  "muddled",
  "mundane",
  "murky",
  "mush",
  "mushy",
  "nonsensical",
  "nowhere",
  "obvious",
  "on autopilot",
  // "a display of sound and fury that falls apart the minute any scrutiny is applied to … its plot"
  "falls apart",
  "fell apart",
  "one-dimensional",
  "over-ripe",
  "overacted",
  "overacting",
  "overbaked",
  "overbearing",
  "overblown",
  "overcooked",
  "overdone",
  "overhyped",
  "overlong",
  "overplayed",
  "overrated",
  "overripe",
  "overstuffed",
  "overused",
  "overwritten",
  "overwrought",
  "paper-thin",
  "pedestrian",
  "perfunctory",
  "plodding",
  "pointless",
  "pointlessly",
  "ponderous",
  "poor",
  "poorly",
  "predictability",
  "predictable",
  "preposterous",
  "problem",
  "problems",
  "rancid",
  "recycled",
  "ridiculous",
  "rip-off",
  "rip-offs",
  "ripoff",
  "rote",
  "rotten",
  "rubbish",
  "ruined",
  "saccharine",
  "sag",
  "sags",
  "sappy",
  "scattershot",
  "schmaltzy",
  "shallow",
  "shapeless",
  "shoddily",
  "shoddy",
  "shoehorned",
  "shrill",
  "slack",
  "sloppily",
  "sloppy",
  "snags",
  "snoozefest",
  "snoozer",
  "stagnant",
  "stagy",
  "stale",
  "stiff",
  "stiffly",
  "stilted",
  "stinker",
  "stupid",
  "sub-par",
  "subpar",
  "syrupy",
  "tacked-on",
  "tedious",
  "tepid",
  "terrible",
  "thin",
  "tired",
  "tiresome",
  "treacly",
  "trite",
  "two-dimensional",
  "ugly",
  "unappealing",
  "unbelievable",
  "unconvincing",
  "unconvincingly",
  "undercooked",
  "underdeveloped",
  "underwhelm",
  "underwhelming",
  "underwhelms",
  "undistinguished",
  "unearned",
  "uneven",
  "unexciting",
  "unforgivable",
  "unforgivably",
  "unfunny",
  "un-funny",
  "unimaginative",
  "uninspired",
  "uninteresting",
  "uninvolving",
  "unmemorable",
  "unoriginal",
  "unsatisfying",
  "unwatchable",
  "unwatchably",
  "useless",
  "vacant",
  "vacuous",
  "vapid",
  "waste",
  "wasted",
  "wastes",
  "watered-down",
  "weak",
  "wearisome",
  "weightless",
  "witless",
  "woeful",
  "woefully",
  "wooden",
  "woodenly",
  "worse",
  "worst",
  "worthless",
  "wretched",
  "wretchedly",
  "zero",
  // Superlatives of the words above, in as many rotten snippets (rt-reviews: dullest 10 of 12,
  // dumbest 6 of 8, stupidest 6 of 6, blandest 4 of 5, cheapest 4 of 4).
  "dullest",
  "dumbest",
  "stupidest",
  "blandest",
  "cheapest",
  // Found by their one-sidedness in rt-reviews and read in their uses (the forty-fourth
  // session): 75-95% of their snippets rotten. (Not "nonsense", as in "no-nonsense"; nor
  // "scattered", laughs scattered throughout; nor "unpleasant", a character's nature; nor
  // "stumbles", into a plot's war as often as in its third act; nor "obligatory", a genre's
  // twists and one-liners that its fans enjoy.)
  "mishmash",
  "mechanical",
  "inconsequential",
  "impersonal",
  "manufactured",
  "strained",
  "lurches",
  "predictably",
  // … and hyphened faults (tone-deaf 10 of 12 snippets rotten, ill-judged 2 of 3, wrongheaded 4
  // of 4, cringe-inducing 3 of 4).
  "tone-deaf",
  "ill-judged",
  "wrongheaded",
  "cringe-inducing",
]);
