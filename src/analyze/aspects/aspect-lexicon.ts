import type { AspectName } from "../../domain/analysis.js";

/**
 * Words that put a clause on an aspect of a film, matched case-insensitively as whole words.
 * A genre word alone ("a romantic comedy", "an animated movie", "based on a true story") is
 * not a judgement of that aspect and is left out.
 */
export const ASPECT_TERMS: Readonly<Record<AspectName, RegExp>> = {
  acting:
    /\b(?:performances?|acting|acted|actors?|actress(?:es)?|cast|casting|miscast|ensemble|portrayals?|portrays?|portraying|plays (?:a|an|the|her|his)|played by|turns? as|roles?|chemistry|performers?|players|star-making|star power|screen presence|holds the screen|co-stars?|leads?|lead (?:actor|actress|role)|voiced by|voice (?:cast|work|acting)|vocal talents?|charisma|charismatic|monologue|deliver(?:s|ed)? (?:a|an|one)\b[^.]{0,40}\b(?:performance|turn))\b/i,
  direction:
    /\b(?:direction|directing|directs|directed|director|directors|directorial|filmmaker|filmmakers|filmmaking|helm(?:s|ed|ing|er)?|staging|staged|auteur|execution|executed|craft|crafted|craftsmanship|technique|(?:well|expertly|fastidiously|beautifully|skillfully|poorly|badly|competently|lovingly|carefully|handsomely) made|(?:film|filmmaking|cinematic|visual) style|sure hands|(?:sure|deft|light|heavy) touch|visionary|mastery)\b/i,
  writing:
    /\b(?:script|scripts|screenplay|screenwriter|writing|written|writers?|dialogue|dialog|(?<!true )story|stories|storytelling|storyteller|storyline|plot|plotting|plots|narrative|narration|voice-over|characteri[sz]ations?|character arcs?|characters?|premise|concept|twists?|ending|subplots?|exposition|clich[eé]s?|cliched|predictable|predictability|derivative|formula|formulaic|tropes|contrived|contrivances?|melodrama|melodramatic|sermonizing|substance|adaptation|source material|makes? (?:no )?sense|comprehensible|incomprehensible|(?:first|second|third|final) act|(?:great|good|best|clever|funny|terrible|bad) lines)\b/i,
  pacing:
    /\b(?:pac(?:e|ing|ed)|running time|runtime|run time|length|lengthy|(?<!as |so )long(?! (?:ago|before|after|time|way|run|since|as))|(?:\d+|one|two|three|four) (?:and a half )?hours|overlong|over-long|too long|drags?|dragged|dragging|slog|bloated|minutes|slow(?:ly|er)?|sluggish|brisk(?:ly)?|breezy|padded|meander(?:s|ing)?|interminable|endless|tedious(?:ly)?|tedium|longueurs|momentum|steam|sags?|sagging|wears? out its welcome|patience|deliberate(?:ly)?|never dull|turgid|listless|taut|timing is)\b/i,
  visuals:
    /\b(?:cinematography|cinematographer|camera(?:work)?|visuals?(?! effects)|visually|photography|photographed|imagery|images|lensed|framing|framed|compositions?|production design|art direction|sets|set designs?|lighting|colou?r palette|palette|gorgeously|beautifully shot|(?:gorgeously|beautifully|handsomely) (?:filmed|shot)|filmed|footage|eye[- ]candy|eye-popping|better[- ]looking|good[- ]looking|mise[- ]en[- ]sc[eè]ne|texture|widescreen|look(?:s)? (?:gorgeous|stunning|great|beautiful|terrific|ugly|cheap|good))\b/i,
  music:
    /\b(?:music|musical score|musical numbers?|soundtrack|songs?|singing|sung|sound design|sound|noise|composer|scores?(?! (?:points|some|high|low|big|well)\b)|score by|needle[- ]drops?|dance numbers?)\b/i,
  editing:
    /\b(?:editing|edited|editor|montages?|cutting|intercut(?:ting)?|(?:jump|jagged|quick|hard|abrupt|rapid) cuts?)\b/i,
  humor:
    /\b(?:funny|funnier|funniest|unfunny|humou?r|humorous|jokes?|laughs?|laughter|laugh-out-loud|laugh-free|hilarious(?:ly)?|uproarious(?:ly)?|comedic|comic timing|comic relief|the comedy|comedy (?:is|was|works|lands|falls|feels)|gags?|wit|witty|amusing|chuckles?)\b/i,
  effects:
    /\b(?:effects|cgi|vfx|computer[- ]generated|creature design|creatures?|animation(?! studios?)|stop-motion|motion[- ]capture|stunts?|stunt work|action sequences?|set[- ]pieces?|explosions?|crashes|(?:racing|chase|fight|battle|car) (?:sequences?|scenes?)|fight choreography|technological|practical effects|make-?up effects)\b/i,
};

/**
 * Words that settle an aspect's polarity whatever the rest of the clause says: "overlong"
 * is a complaint about length in any review.
 */
export const ASPECT_POLARITY_CUES: Partial<
  Record<AspectName, { positive: RegExp; negative: RegExp }>
> = {
  pacing: {
    positive:
      /\b(?:brisk(?:ly)?|breezy|tight(?:ly)?|taut|zippy|well[- ]paced|propulsive|fast[- ]paced|never drags|never dull|flies by|economical|just right|never lets up|carried along)\b/i,
    negative:
      /\b(?:overlong|over-long|too long|minutes too long|minutes over|long|drags?|dragged|dragging|slog|bloated|padded|meander(?:s|ing)?|interminable|endless|tedious(?:ly)?|tedium|sluggish|plodding|longueurs|overstays|wears? out its welcome|could lose|too slow|slow|glacial|sags?|sagging|loses steam|turgid|listless|slack)\b/i,
  },
  visuals: {
    positive:
      /\b(?:gorgeous(?:ly)?|stunning(?:ly)?|beautiful(?:ly)?|luminous|striking|ravishing|breathtaking|lush|handsome(?:ly)?|sumptuous|eye-popping|eye candy|vivid)\b/i,
    negative:
      /\b(?:dizzy|dizzying|nauseating|shaky|murky|ugly|cheap|drab|incoherent|choppy|headache)\b/i,
  },
  humor: {
    positive:
      /\b(?:hilarious(?:ly)?|funny|funniest|witty|laugh-out-loud|uproarious(?:ly)?|laughed)\b/i,
    negative:
      /\b(?:unfunny|not (?:very )?funny|less (?:funny|hilarious)|no laughs|laugh-free|falls flat|lame|groan|stale|absent|devoid)\b/i,
  },
};

/** Words that judge whatever they describe, for clauses the aspect lexicons do not settle. */
export const POSITIVE_WORDS =
  /\b(?:great|excellent|superb|terrific|wonderful|brilliant|outstanding|fine|strong|solid|impressive|inspired|gorgeous|stunning|beautiful(?:ly)?|lovely|delightful|charming|clever|smart|witty|effective|assured|masterful|mastery|deft(?:ly)?|skillful(?:ly)?|expert(?:ly)?|well-crafted|crisp|sharp|fresh|lively|vivid|rich|nuanced|moving|touching|compelling|engaging|riveting|gripping|powerful|memorable|remarkable|perfect(?:ly)?|best|good|well|catchy|knowing|talented|revelation|wonder|magic|delight|triumph|marvel|standout|uproarious|hilarious|funny|inventive|invention|exuberance|formidable|stellar|dazzling|astonishing|admirable|fun|succeeds?|works|deserves?)\b/i;
export const NEGATIVE_WORDS =
  /\b(?:bad|poor(?:ly)?|weak|flat|dull|boring|bland|tedious|tired|stale|thin|clunky|contrived|stilted|wooden|stiff|awful|terrible|dreadful|lazy|sloppy|messy|mess|muddled|confusing|incoherent|choppy|forgettable|generic|derivative|predictable|clich[eé]d?|unfunny|lifeless|listless|shallow|shapeless|slack|worst|worse|fails?|failure|misses|wasted|wastes|lacks?|lacking|absent|devoid|problems?|marred|ruined|cheap|ugly|murky|blaring|obvious|overused|recycled|unconvincing|miscast|inert|sags?|wretched(?:ly)?|clumsy|clumsily|overwrought|pointless|boring|zero|nowhere|weightless|deafening|blur)\b/i;
