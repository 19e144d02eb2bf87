import type { Rating } from "./rating.js";
import type { FilmHint } from "./review.js";

/** Fresh or rotten, in words that do not depend on one site's vocabulary. */
export type Verdict = "positive" | "negative";

/** What a person did on a film. */
export type PersonRole =
  | "director"
  | "writer"
  | "cast"
  | "cinematographer"
  | "composer"
  | "editor"
  | "producer";

/** A person a review credits, with the character an actor plays when the review says. */
export interface PersonCredit {
  name: string;
  role: PersonRole;
  character?: string;
}

/** Other films and filmmakers a review compares its film to or lists. */
export interface Mentions {
  films: string[];
  people: string[];
}

/** What a review says about one side of a film. */
export type AspectName =
  | "acting"
  | "direction"
  | "writing"
  | "pacing"
  | "visuals"
  | "music"
  | "editing"
  | "humor"
  | "effects";

export interface AspectMention {
  aspect: AspectName;
  polarity: "positive" | "negative" | "neutral";
  /**
   * The words that speak of it, verbatim: the clause that judges it, or its whole sentence
   * when that clause is too short to stand alone or words elsewhere in the sentence judge it.
   */
  evidence: string;
  /**
   * How clearly the evidence judges it, 0–3: 3 for the aspect's own cue words ("overlong"), 2
   * for judging words in its clause (1.5 in its sentence), the text model's distance from a
   * neutral reading of the clause, leaning to the critic's own verdict or rating (up to 1.4:
   * an inference never outranks judging words) otherwise; 0 when neutral. Absent on analyses
   * stored before it was kept.
   */
  strength?: number;
}

/**
 * The least strength of a judgement made in the review's words (judging words in its
 * sentence): below it, the text model read the clause.
 */
export const JUDGED_IN_WORDS = 1.5;

/** Whether the text model's reading, not the review's words, judged this aspect. */
export const readByModel = (a: AspectMention): boolean =>
  a.polarity !== "neutral" && a.strength !== undefined && a.strength < JUDGED_IN_WORDS;

/** The nine aspects, in the order a review's are listed for an admin. */
export const ASPECT_NAMES = [
  "acting",
  "direction",
  "writing",
  "pacing",
  "visuals",
  "music",
  "editing",
  "humor",
  "effects",
] as const satisfies readonly AspectName[];

/**
 * What an admin says one aspect of a review is, where its reading had it wrong: praise, a
 * complaint, or nothing the review judges ("none").
 */
export type AdminAspect = "positive" | "negative" | "none";

/** An admin's word on some aspects of one review; the others are as the review reads. */
export type AdminAspects = Partial<Record<AspectName, AdminAspect>>;

/** A judgement of an aspect in words, as the site and the audit log say it ("none": not judged). */
export function judgementName(polarity: AspectMention["polarity"] | "none"): string {
  if (polarity === "positive") return "praise";
  if (polarity === "negative") return "a complaint";
  return polarity === "neutral" ? "mentioned, not judged" : "not judged";
}

/**
 * The strength of a judgement an admin set: the clearest there is, as the aspect's own cue
 * words are, so a film page may quote its words.
 */
export const SET_BY_ADMIN = 3;

/**
 * A review's aspects as read, with an admin's word over them: an aspect set to praise or a
 * complaint is judged so (its words, where the reading found it, are kept; one the reading
 * missed has no words, so it counts in the bars but is never quoted), one set to none is not
 * judged at all. The others stay as read.
 */
export function withAdminAspects(
  read: AspectMention[],
  admin: AdminAspects | undefined,
): AspectMention[] {
  if (!admin) return read;
  const found = new Set(read.map((a) => a.aspect));
  const kept = read.flatMap((a): AspectMention[] => {
    const set = admin[a.aspect];
    if (set === undefined) return [a];
    return set === "none" ? [] : [{ ...a, polarity: set, strength: SET_BY_ADMIN }];
  });
  const added = ASPECT_NAMES.flatMap((aspect): AspectMention[] => {
    const set = admin[aspect];
    return set === undefined || set === "none" || found.has(aspect)
      ? []
      : [{ aspect, polarity: set, evidence: "", strength: SET_BY_ADMIN }];
  });
  return [...kept, ...added];
}

/** An admin's word on a review's aspects, as stored (reviews.admin_aspects), read back; {} for none. */
export function parseAdminAspects(stored: string | null | undefined): AdminAspects {
  if (!stored) return {};
  const parsed = JSON.parse(stored) as Record<string, unknown>;
  const admin: AdminAspects = {};
  for (const aspect of ASPECT_NAMES) {
    const set = parsed[aspect];
    if (set === "positive" || set === "negative" || set === "none") admin[aspect] = set;
  }
  return admin;
}

/** Which figure `score` came from. */
export type ScoreSource = "rating" | "text";

/**
 * How `verdict` was reached: set by an admin; stated by the critic or the source (a
 * fresh/rotten field, a verdict word); from the rating's score against 60, or against the
 * outlet's own line where that overrules 60 (a threshold learned from its critics' stated
 * verdicts); from the text
 * where the rating sits on the fence (its critics call it fresh about as often as rotten: a 2½
 * of 4; or its outlet's, where the outlet's line overrules 60 there but its own critics'
 * verdicts at that score do not clearly back it), weighed with how often they do; from the
 * text alone.
 */
export type VerdictSource = "admin" | "stated" | "rating" | "outlet" | "fence" | "text";

/**
 * The verdicts a reading reached rather than a critic, a rating or an admin gave: the text's,
 * the text's on a rating critics split on, an outlet's own line. Their `confidence` is how
 * likely each is right, so the least sure are the likeliest to be wrong.
 */
export const READ_VERDICT_SOURCES = [
  "text",
  "fence",
  "outlet",
] as const satisfies readonly VerdictSource[];

/** Whether a verdict reached so was read rather than given (READ_VERDICT_SOURCES). */
export function verdictWasRead(source: string | null): boolean {
  return (READ_VERDICT_SOURCES as readonly string[]).includes(source ?? "");
}

/**
 * Everything Cinemeter understands about one review. One object type for every stage that
 * adds to it: the rating fields now, the text-derived fields as the text model arrives.
 */
export interface Analysis {
  outlet: string | null;
  critic: string | null;
  /** The film the review is about: the source's hint, else its headline, else its text. */
  film: FilmHint | null;
  title: string | null;
  date: string | null;
  url: string | null;
  rating: Rating | null;
  /** 0–100, from `scoreSource`; null when nothing gave a score. */
  score: number | null;
  scoreSource: ScoreSource | null;
  /**
   * 0–100 estimated from the text alone; null when there is no text, or when the text model
   * cannot read it (most of its words are words it never learned: another language; `notes`
   * says so).
   */
  textScore: number | null;
  /** From the rating when it gives one, else from the text. */
  verdict: Verdict | null;
  /** How `verdict` was reached; null without one. */
  verdictSource: VerdictSource | null;
  /**
   * Calibrated probability (0.01–0.99) that `verdict` is right when it was estimated (from
   * the text, or from a rating's score, weighed with the text: below ½ where the text reads
   * against the rating surely enough, the verdict the rating's all the same, and flagged);
   * null when the critic stated it.
   */
  confidence: number | null;
  people: PersonCredit[];
  mentions: Mentions;
  aspects: AspectMention[];
  /** The sentence that best carries the verdict, verbatim. */
  quote: string | null;
  /**
   * Set when the text reads the other way from the critic's own verdict or rating surely
   * enough for the critic's side to be the likelier mistake (a misread scale, a typo, sarcasm,
   * a critic whose line is not 60), or a stated verdict and its rating disagree: a plain
   * sentence saying so. The verdict stands.
   */
  disagreement?: string;
  /**
   * What was changed in the review before it was read (text cut to the limit, NULs removed),
   * and a rating the source gave no field for but the text closes with ("… 8/10").
   */
  notes?: string[];
}

/** A verdict as the site and the CLI name it ("Fresh", "Rotten"), null without one. */
export function verdictName(verdict: Verdict | string | null): "Fresh" | "Rotten" | null {
  return verdict === "positive" ? "Fresh" : verdict === "negative" ? "Rotten" : null;
}

/**
 * How a verdict was reached, in a few words for a reader ("from its rating"), null without one.
 */
export function verdictSourceWords(source: VerdictSource | string | null): string | null {
  switch (source) {
    case "admin":
      return "set by an admin";
    case "stated":
      return "as the critic or the source states it";
    case "rating":
      return "from its rating";
    case "outlet":
      return "from its rating, on its outlet's own line";
    case "fence":
      return "read from its text, its rating being one critics split on";
    case "text":
      return "read from its text";
    default:
      return null;
  }
}

/**
 * How sure a verdict is, as readers see it: "75% sure" when it was estimated, "the critic's
 * own" when the critic stated it, null without a verdict.
 */
export function verdictCertainty(
  verdict: Verdict | string | null,
  confidence: number | null,
): string | null {
  if (!verdict) return null;
  return confidence === null ? "the critic's own" : `${Math.round(confidence * 100)}% sure`;
}
