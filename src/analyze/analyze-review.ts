import {
  type Analysis,
  type Verdict,
  type VerdictSource,
  withAdminAspects,
} from "../domain/analysis.js";
import {
  type FreshLine,
  lineConfidence,
  lineVerdict,
  overrules,
} from "../domain/fresh-threshold.js";
import { outletKey } from "../domain/outlet.js";
import { FRESH_THRESHOLD, type Rating } from "../domain/rating.js";
import { boundReviewInput, type FilmHint, type ReviewInput } from "../domain/review.js";
import { findAspects, verdictLean } from "./aspects/find-aspects.js";
import { filmFromHeadline, filmFromTitles, findTitles } from "./entities/find-film.js";
import { findMentions } from "./entities/find-mentions.js";
import { findPeople } from "./entities/find-people.js";
import { defaultTextModel } from "./model/default-model.js";
import type { TextModel, TextPrediction } from "./model/text-model.js";
import type { WordCount } from "./model/vocabulary.js";
import { adminQuoteOf } from "./quote/admin-quote.js";
import { pullQuote, withoutClosingRating } from "./quote/pull-quote.js";
import { normalizeRating, type OutletScales } from "./rating/index.js";
import { ratingAtEnd } from "./rating/rating-at-end.js";
import { fenceLogit } from "./rating-on-the-fence.js";
import { ratedConfidence } from "./rating-with-text.js";

/** What analyzing one review may use besides the review. */
export interface AnalyzeContext {
  /** Outlet scales learned from the rest of the input. */
  scales?: OutletScales;
  /** The text model; the committed one by default. */
  model?: TextModel;
  /** Outlets' learned fresh lines by outlet key (60 for the others). */
  freshThresholds?: ReadonlyMap<string, FreshLine>;
  /** The most characters of text read (MAX_REVIEW_CHARS by default); more is cut, with a note. */
  maxTextChars?: number;
}

/**
 * A review bounded for storing (see boundReviewInput) and its analysis, whose `notes` say
 * what was cut or removed. What every command that stores reviews analyzes them with.
 */
export function analyzeForStore(
  raw: ReviewInput,
  context: AnalyzeContext = {},
): { input: ReviewInput; analysis: Analysis } {
  const { input, notes } = boundReviewInput(raw, context.maxTextChars);
  const analysis = readReview(input, context);
  const all = [...notes, ...(analysis.notes ?? [])];
  return { input, analysis: all.length > 0 ? { ...analysis, notes: all } : analysis };
}

/**
 * Everything Cinemeter understands about one review, from its text and header fields alone:
 * no database, no network. The review is bounded first (boundReviewInput); `notes` says what
 * was cut or removed.
 *
 * @example analyzeReview(await readReviewFile("her-smell.txt")).verdict // "positive"
 */
export function analyzeReview(input: ReviewInput, context: AnalyzeContext = {}): Analysis {
  return analyzeForStore(input, context).analysis;
}

/** The analysis of a review already bounded by boundReviewInput. */
function readReview(input: ReviewInput, context: AnalyzeContext): Analysis {
  const text = input.text.trim();
  // Without a rating from the source, the one the critic closes the text with ("… 8/10").
  const closing = ratingAtEnd(text);
  const ratingText = input.rating ?? closing;
  const rating =
    ratingText === null
      ? null
      : normalizeRating(ratingText, { outlet: input.outlet, scales: context.scales });
  const ratingNote =
    closing !== null && ratingText === closing
      ? `the text closes with its rating, “${closing}”`
      : null;
  const model = context.model ?? defaultTextModel();
  const reading = text ? model.read(text) : null;
  // A text the model cannot read (another language, no words) is quoted, not estimated.
  const read = reading?.readable === true ? reading : null;
  const unreadNote = reading && reading.readable !== true ? unreadText(reading.readable) : null;
  const textScore = read ? read.prediction.score : null;
  const titles = findTitles(text);
  const film = filmOf(input, text, titles);
  const people = findPeople(text, film?.title || null);

  // An admin's verdict (a correction of a stored review) outranks the critic's own.
  const stated = input.adminVerdict ?? input.verdict ?? null;
  const line = input.outlet ? context.freshThresholds?.get(outletKey(input.outlet)) : undefined;
  // A rating on the fence, unless the critic stated a verdict or the outlet's own line is
  // known; where it is, a rating on the outlet's own fence: its line overrules 60 there, but
  // its critics' verdicts at that score do not clearly back it.
  const fence =
    stated || !read || !rating
      ? null
      : fenceLogit(
          { score: rating.score, scaleStated: rating.scaleSource === "stated" },
          read.prediction.logit,
          model,
          line,
        );
  const fromRating = fence !== null ? sideOf(fence) : ratingVerdict(rating, line);
  const probability = read?.prediction.probability ?? null;
  // The text's verdict and textScore come from the same log-odds: positive exactly when ≥ 0.
  const fromText: Verdict | null = read ? sideOf(read.prediction.logit) : null;
  const verdict: Verdict | null = stated ?? fromRating ?? fromText;
  const confidence =
    fence !== null
      ? rounded(Math.max(sigmoid(fence), 1 - sigmoid(fence)))
      : verdictConfidence({
          stated,
          fromRating,
          rating,
          probability,
          textLogit: read?.prediction.logit ?? null,
          model,
          line,
        });
  const ratingAgainst = stated ? ratingDisagreement(stated, rating) : null;
  // (Against an admin's verdict nothing is flagged: the admin has read the review; nor against
  // a rating on the fence, whose verdict the text decided.)
  const disagreement = input.adminVerdict
    ? null
    : [
        ratingAgainst,
        read && fence === null
          ? textDisagreement(
              read.prediction,
              stated ? { stated } : { fromRating, rating, confidence },
            )
          : null,
      ]
        .filter(Boolean)
        .join("; ") || null;

  // A score read on a scale guessed for a rating that gives none ("1" read as 1 of 10) and
  // that the critic's own verdict contradicts is the guess's, not the critic's: not counted.
  const ratingScore = ratingAgainst && guessedScale(rating) ? null : (rating?.score ?? null);
  // A text estimate that contradicts the critic's own verdict is not shown as the score.
  const textAgrees = fromText !== null && (verdict === null || fromText === verdict);
  const score = ratingScore ?? (textAgrees ? textScore : null);
  const characters = people.flatMap((p) => (p.character ? [p.character] : []));
  return {
    outlet: input.outlet,
    critic: input.critic,
    film,
    title: input.title,
    date: input.date,
    url: input.url,
    rating,
    score,
    scoreSource: ratingScore !== null ? "rating" : score !== null ? "text" : null,
    textScore,
    verdict,
    verdictSource: verdictSource({ input, stated, fence, fromRating, rating, verdict, line }),
    confidence,
    people,
    mentions: findMentions(text, titles, film, people),
    // (An admin's word on some aspects of a stored review outranks their reading.)
    aspects: withAdminAspects(
      read
        ? findAspects(
            read.sentences,
            (clause) => model.clauseLean(clause),
            people,
            [...(film?.title ? [film.title] : []), ...titles.map((t) => t.title)],
            // (A rating's verdict word, "Not recommended", is the critic's own as a stated verdict
            // is. A long text's estimate is read from all its sentences; a snippet's is the
            // clause's own words again.)
            verdictLean(
              stated ?? (rating?.score === null ? fromRating : null),
              ratingScore ?? (read.prediction.reading === "long" ? read.prediction.score : null),
            ),
          )
        : [],
      input.adminAspects,
    ),
    // (The words an admin chose, while the text still has them, outrank the reading's choice.)
    quote:
      (input.adminQuote ? adminQuoteOf(text, input.adminQuote) : null) ??
      (reading
        ? withoutClosingRating(
            pullQuote(reading.sentences, verdict, characters, (clause) => model.clauseLean(clause)),
            closing,
          )
        : null),
    ...(disagreement ? { disagreement } : {}),
    ...(ratingNote || unreadNote
      ? { notes: [ratingNote, unreadNote].filter((n): n is string => n !== null) }
      : {}),
  };
}

/** Why nothing was estimated from a text the model cannot read, in a sentence. */
function unreadText(count: WordCount): string {
  if (count.words === 0)
    return "the text has no words to read: nothing is estimated from it (no text score, no verdict from the text, no aspects)";
  const share = Math.round((100 * count.known) / count.words);
  return `the text model knows ${share}% of the text's words (it reads English): nothing is estimated from it (no text score, no verdict from the text, no aspects)`;
}

/**
 * The film: the source's own when it names one; else its headline's or its text's title,
 * keeping any year or ids the source gave (an IMDb film page as the review's URL gives one).
 */
function filmOf(
  input: ReviewInput,
  text: string,
  titles: ReturnType<typeof findTitles>,
): FilmHint | null {
  const source = withImdbIdOfUrl(input.film, input.url);
  if (source?.title) return source;
  // A title from the text alone says which film it is unless the source gives the film's id.
  const saysWhich = !(source?.imdbId || source?.externalId);
  const found =
    filmFromHeadline(input.title) ?? filmFromTitles(titles, saysWhich ? text : undefined);
  if (!source) return found;
  return { ...source, title: found?.title ?? "", year: source.year ?? found?.year ?? null };
}

/**
 * The film a review's source names where its text cannot change which film the review is
 * filed by — a title, or an id (filmOf keeps the source's ids and reads only a title from the
 * text) — so that who the review is can be known before it is read; null where its text
 * decides.
 */
export function filmNamedBySource(input: ReviewInput): FilmHint | null {
  const source = withImdbIdOfUrl(input.film, input.url);
  return source?.title || source?.imdbId || source?.externalId ? source : null;
}

// A film's page on IMDb, or one of its subpages ("/title/tt0453418/usercomments", "/reviews").
const IMDB_TITLE_URL = /^https?:\/\/(?:[a-z]+\.)?imdb\.com\/title\/(tt\d{7,10})(?:[/?#]|$)/i;

/**
 * The source's film with the IMDb id its review's URL names, when the URL is a film's page on
 * IMDb (a user review there: the imdb-reviews dataset gives each review its film's page) and
 * the source gives no id of its own.
 */
function withImdbIdOfUrl(film: FilmHint | null, url: string | null): FilmHint | null {
  if (film?.imdbId || film?.externalId || !url) return film;
  const id = IMDB_TITLE_URL.exec(url)?.[1];
  if (!id) return film;
  return { ...(film ?? { title: "", year: null }), imdbId: id.toLowerCase() };
}

/**
 * The most confident an estimated verdict is said to be: an estimate is never certain (nor
 * certainly wrong: a rating's verdict its text reads against is at least 1 − this).
 */
const MAX_CONFIDENCE = 0.99;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const sideOf = (logit: number): Verdict => (logit >= 0 ? "positive" : "negative");
const rounded = (p: number) =>
  Math.round(Math.max(1 - MAX_CONFIDENCE, Math.min(MAX_CONFIDENCE, p)) * 1000) / 1000;

/** How the verdict was reached (see VerdictSource). */
function verdictSource(v: {
  input: ReviewInput;
  stated: Verdict | null;
  fence: number | null;
  fromRating: Verdict | null;
  rating: Rating | null;
  verdict: Verdict | null;
  line: FreshLine | undefined;
}): VerdictSource | null {
  if (v.verdict === null) return null;
  if (v.input.adminVerdict) return "admin";
  if (v.stated) return "stated";
  if (v.fence !== null) return "fence";
  // A verdict word ("Recommended") is the critic's own verdict, not a score's.
  if (v.fromRating) {
    const score = v.rating?.score;
    if (score == null) return "stated";
    return v.line && overrules(v.line, score) ? "outlet" : "rating";
  }
  return "text";
}

/**
 * How likely the verdict shown is right, or null when the critic stated it (a fresh/rotten
 * field or a verdict word: nothing was estimated). From a rating's score: how often ratings
 * like it are right — where its outlet's learned line overrules 60, by the outlet's own
 * critics' verdicts (lineConfidence); else by how often reviews rated like it were fresh
 * (rotten) — weighed with what the text says (ratedConfidence: a text that reads against the
 * rating makes its verdict less sure, to below ½ where the text is sure). From the text: the
 * calibrated probability of the verdict.
 */
function verdictConfidence(v: {
  stated: Verdict | null;
  fromRating: Verdict | null;
  rating: Rating | null;
  probability: number | null;
  /** The text's log-odds; null without a text the model reads. */
  textLogit: number | null;
  model: TextModel;
  line: FreshLine | undefined;
}): number | null {
  let p: number | null = null;
  if (v.stated) return null;
  if (v.fromRating) {
    if (v.rating?.score == null) return null; // a verdict word
    const positive = v.fromRating === "positive";
    // How often a rating so given is right: by the outlet's own critics where its line
    // overrules 60, else by critics at large.
    const ratingRight =
      v.line && overrules(v.line, v.rating.score)
        ? lineConfidence(v.line, v.rating.score)
        : v.model.ratingConfidence(v.rating.score, positive, v.rating.scaleSource === "stated");
    p = ratedConfidence(ratingRight, positive, v.textLogit, v.model);
  } else if (v.probability !== null) p = Math.max(v.probability, 1 - v.probability);
  return p === null ? null : rounded(p);
}

/**
 * How sure the text must be of the other verdict before a review is flagged, by what it is
 * read against. Measured on rt-reviews imported with the fresh column blanked, the critics'
 * own verdicts being the truth (2026-12-03): at 90% sure, 100 of 102 texts read against a
 * rating whose scale was guessed were right (the guess was wrong: a bare "1" meant on 1, read
 * on 10); against a rating whose scale the critic gave, 89 of 181 were, nearly all of them
 * ratings within 20 points of the threshold whose critic counted them the text's way (36 of 42
 * at 97% sure), and 10 of 54 further off, where the text model misread the critic. Against a
 * verdict the critic stated, none can be right there: the critic's word is the verdict.
 */
const DISAGREEMENT_PROBABILITY = {
  /** A rating read on a scale guessed for it ("1", "8"): the guess may be wrong. */
  guessedScale: 0.9,
  /** A rating on the critic's own scale, within NEAR_LINE points of the threshold. */
  nearLine: 0.97,
  /** The critic's own word: a stated verdict, or a rating on their scale far from the line. */
  criticsOwn: 0.995,
};
/**
 * A rating this close to the fresh threshold says too little to be contradicted by the text's
 * reading alone: only where, weighed with the text, its verdict is less likely right than not.
 */
const DISAGREEMENT_MARGIN = 10;
/** Within this many points of the threshold, a critic may count a rating either way. */
const NEAR_LINE = 20;

/**
 * A plain sentence when the text reads the other way from the critic's own verdict (stated,
 * or from a rating at least DISAGREEMENT_MARGIN from the threshold) surely enough for what it
 * is read against to be the likelier mistake: a misread scale, a typo, sarcasm, or a critic
 * whose line is not 60; or when, weighed with the text, a rating's verdict is less likely
 * right than not (its `confidence` below ½: a 3 of 5, fresh 85 times in 100, whose text is a
 * pan). The verdict is not changed; the reader and the corrections page are told.
 */
function textDisagreement(
  prediction: TextPrediction,
  critic:
    | { stated: Verdict }
    | { fromRating: Verdict | null; rating: Rating | null; confidence: number | null },
): string | null {
  if ("stated" in critic) return statedDisagreement(prediction, critic.stated);
  const flagged = ratingTextDisagreement(prediction, critic);
  const { fromRating: verdict, rating, confidence } = critic;
  if (flagged !== null || !verdict || !rating || confidence === null || confidence >= 0.5)
    return flagged;
  const side = (v: Verdict) => (v === "positive" ? "fresh" : "rotten");
  const other: Verdict = verdict === "positive" ? "negative" : "positive";
  return `${textReads(prediction, verdict)} against a rating of ${ratingNamed(rating)}: with the text, a ${side(verdict)} verdict is ${Math.round(confidence * 100)}% likely; the critic may count it as ${side(other)}`;
}

/**
 * A rating as a check names it: its score of 100, and beside it what the critic wrote where
 * that reads otherwise ("62.5 (“2.5/4”)"), so the check reads against the card's "Rated" line.
 */
function ratingNamed(rating: Rating): string {
  const raw = rating.raw.trim();
  return raw === String(rating.score) ? raw : `${rating.score} (“${raw}”)`;
}

/** How surely the text reads the other way from `verdict`. */
const sureAgainst = (prediction: TextPrediction, verdict: Verdict) =>
  verdict === "positive" ? 1 - prediction.probability : prediction.probability;

/** "the text reads negative (text score 12, 95% sure)", of a text read against `verdict`. */
function textReads(prediction: TextPrediction, verdict: Verdict): string {
  return `the text reads ${verdict === "positive" ? "negative" : "positive"} (text score ${prediction.score}, ${Math.min(99, Math.round(sureAgainst(prediction, verdict) * 100))}% sure)`;
}

/** The text against a verdict the critic stated: only beyond doubt. */
function statedDisagreement(prediction: TextPrediction, verdict: Verdict): string | null {
  if (sureAgainst(prediction, verdict) < DISAGREEMENT_PROBABILITY.criticsOwn) return null;
  return `${textReads(prediction, verdict)} against the critic's own ${verdict === "positive" ? "fresh" : "rotten"} verdict: a typo or sarcasm?`;
}

/** The text against a rating's verdict, by how sure it must be against what (DISAGREEMENT_PROBABILITY). */
function ratingTextDisagreement(
  prediction: TextPrediction,
  critic: { fromRating: Verdict | null; rating: Rating | null },
): string | null {
  const sure = (verdict: Verdict) => sureAgainst(prediction, verdict);
  const reads = (verdict: Verdict) => textReads(prediction, verdict);
  const { fromRating: verdict, rating } = critic;
  const score = rating?.score;
  if (!verdict || !rating || score == null) return null;
  const distance = Math.abs(score - FRESH_THRESHOLD);
  if (distance < DISAGREEMENT_MARGIN) return null;
  if (guessedScale(rating)) {
    if (sure(verdict) < DISAGREEMENT_PROBABILITY.guessedScale) return null;
    return `${reads(verdict)} against a rating of ${score} (“${rating?.raw}” read as ${rating?.value} of ${rating?.max}: no scale given): a misread scale or sarcasm?`;
  }
  if (distance < NEAR_LINE) {
    if (sure(verdict) < DISAGREEMENT_PROBABILITY.nearLine) return null;
    return `${reads(verdict)} against a rating of ${ratingNamed(rating)}, near the line: the critic may count it as ${verdict === "positive" ? "rotten" : "fresh"}`;
  }
  if (sure(verdict) < DISAGREEMENT_PROBABILITY.criticsOwn) return null;
  return `${reads(verdict)} against a rating of ${ratingNamed(rating)}: a typo or sarcasm?`;
}

/** How far a rating must sit on the other side of the threshold to contradict a stated verdict. */
const RATING_DISAGREEMENT_MARGIN = 20;

/**
 * A plain sentence when a stated verdict and its rating are far apart: "fresh", rated 1 of
 * 10, or rated with a verdict word the other way.
 */
function ratingDisagreement(stated: Verdict, rating: Rating | null): string | null {
  const score = rating?.score;
  // A verdict word the other way ("Skip it" marked fresh).
  if (
    score == null &&
    (rating?.verdict === "positive" || rating?.verdict === "negative") &&
    rating.verdict !== stated
  )
    return `marked ${stated === "positive" ? "fresh" : "rotten"} but rated “${rating.raw}”, a ${rating.verdict === "positive" ? "fresh" : "rotten"} verdict: which did the critic mean?`;
  if (score == null) return null;
  const far =
    stated === "positive"
      ? score <= FRESH_THRESHOLD - RATING_DISAGREEMENT_MARGIN
      : score >= FRESH_THRESHOLD + RATING_DISAGREEMENT_MARGIN;
  if (!far) return null;
  const marked = `marked ${stated === "positive" ? "fresh" : "rotten"}`;
  if (guessedScale(rating))
    return `${marked} but rated “${rating?.raw}” with no scale given (read as ${rating?.value} of ${rating?.max}, score ${score}): the scale is likely misread, so the rating is not counted as its score`;
  // (The critic gave the scale: nothing was misread, the two disagree.)
  return `${marked} but rated “${rating?.raw}” (score ${score}): which did the critic mean?`;
}

/**
 * Whether a rating's score rests on a scale guessed for it: a number or stars with no scale
 * given, read on the outlet's or the usual one (not "0 stars": nothing on any scale).
 */
function guessedScale(rating: Rating | null): boolean {
  return rating !== null && rating.scaleSource !== "stated" && (rating.value ?? 0) > 0;
}

/** The verdict a rating gives: its score against its outlet's line (or 60), or its verdict word. */
function ratingVerdict(rating: Rating | null, line: FreshLine | undefined): Verdict | null {
  if (!rating) return null;
  if (rating.score !== null) return lineVerdict(line, rating.score);
  if (rating.verdict === "positive" || rating.verdict === "negative") return rating.verdict;
  return null;
}
