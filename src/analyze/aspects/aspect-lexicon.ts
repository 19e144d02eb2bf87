import type { AspectName } from "../../domain/analysis.js";

/** Words that put a clause on an aspect of a film. Matched case-insensitively, whole words. */
export const ASPECT_TERMS: Readonly<Record<AspectName, RegExp>> = {
  acting:
    /\b(?:performances?|acting|acted|actors?|actress(?:es)?|cast|casting|miscast|ensemble|portrayals?|portrays?|portraying|plays (?:a|an|the|her|his)|played by|turns? as|roles?|chemistry|performers?|star-making|co-stars?|deliver(?:s|ed)? (?:a|an|one)\b[^.]{0,40}\b(?:performance|turn))\b/i,
  direction:
    /\b(?:direction|directing|directed|director|directors|directorial|filmmaker|filmmakers|filmmaking|helm(?:s|ed|ing|er)?|mise[- ]en[- ]sc[eè]ne|staging|staged|auteur)\b/i,
  writing:
    /\b(?:script|scripts|screenplay|screenwriter|writing|written|writers?|dialogue|dialog|story|stories|storytelling|storyline|plot|plotting|plots|narrative|characteri[sz]ations?|character arcs?|characters|premise|twists?|ending|subplots?|exposition|clich[eé]s?|cliched|predictable)\b/i,
  pacing:
    /\b(?:pac(?:e|ing|ed)|running time|runtime|run time|length|lengthy|overlong|over-long|too long|drags?|dragged|dragging|slog|bloated|minutes|slow(?:ly|er)?|sluggish|brisk(?:ly)?|breezy|padded|meander(?:s|ing)?|interminable|endless|tedious|tedium|longueurs)\b/i,
  visuals:
    /\b(?:cinematography|cinematographer|camera(?:work)?|visuals?|visually|photography|photographed|imagery|images|lensed|framing|framed|compositions?|production design|lighting|colou?r palette|palette|gorgeously|beautifully shot|shot on|widescreen|look(?:s)? (?:gorgeous|stunning|great|beautiful|terrific|ugly|cheap))\b/i,
  music:
    /\b(?:music|musical score|soundtrack|songs?|sound design|sound|composer|(?:musical|original|orchestral|haunting|synth|electronic|pulsing|jazz|moody|lush|insistent|droning) score|score by|needle[- ]drops?)\b/i,
  editing: /\b(?:editing|edited|editor|montages?|cutting|jump cuts?|quick cuts)\b/i,
  humor:
    /\b(?:funny|funnier|funniest|unfunny|humou?r|humorous|jokes?|laughs?|laughter|laugh-out-loud|hilarious(?:ly)?|comedy|comedic|comic|gags?|wit|witty|amusing|chuckles?)\b/i,
  effects:
    /\b(?:effects|cgi|vfx|computer[- ]generated|creature design|animation|animated|motion[- ]capture|stunts?|action sequences?|set[- ]pieces?)\b/i,
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
      /\b(?:brisk(?:ly)?|breezy|tight(?:ly)?|zippy|well[- ]paced|propulsive|fast[- ]paced|never drags|flies by|economical)\b/i,
    negative:
      /\b(?:overlong|over-long|too long|minutes too long|minutes over|drags?|dragged|dragging|slog|bloated|padded|meander(?:s|ing)?|interminable|endless|tedious|tedium|sluggish|plodding|longueurs|overstays|could lose|too slow|glacial)\b/i,
  },
  visuals: {
    positive:
      /\b(?:gorgeous(?:ly)?|stunning(?:ly)?|beautiful(?:ly)?|luminous|striking|ravishing|breathtaking|lush|handsome(?:ly)?|sumptuous)\b/i,
    negative:
      /\b(?:dizzy|dizzying|nauseating|shaky|murky|ugly|cheap-looking|drab|incoherent|choppy|headache)\b/i,
  },
  humor: {
    positive: /\b(?:hilarious(?:ly)?|funny|funniest|witty|laugh-out-loud|uproarious)\b/i,
    negative: /\b(?:unfunny|not funny|no laughs|falls flat|lame|groan)\b/i,
  },
};
