import type { Generated } from "kysely";

/**
 * The tables, as Kysely sees them. Booleans are 0/1 integers and timestamps ISO strings in
 * both dialects, so one set of queries serves SQLite and PostgreSQL.
 */
export interface Database {
  films: FilmsTable;
  outlets: OutletsTable;
  critics: CriticsTable;
  reviews: ReviewsTable;
  film_aggregates: AggregatesTable & { film_id: string } & TopCriticSums &
    ReadVerdictSums &
    AnalysisRevision &
    StandingBasis;
  film_months: {
    film_id: string;
    /** YYYY-MM of the reviews' own dates. */
    month: string;
    review_count: number;
    verdict_count: number;
    positive_count: number;
    score_count: number;
    score_sum: number;
  };
  outlet_aggregates: AggregatesTable & { outlet_id: string } & StandingSumsColumns;
  critic_aggregates: AggregatesTable & { critic_id: string } & StandingSumsColumns;
  site_aggregates: AggregatesTable & { id: number } & AnalysisRevision;
  imports: ImportsTable;
  people: { id: string; name: string };
  critic_stats: SourceStatsTable;
  outlet_stats: SourceStatsTable;
  feeds: FeedsTable;
  feed_hosts: FeedHostsTable;
  admin_sessions: AdminSessionsTable;
  film_titles: { film_id: string; title: string; title_key: string; kind: string };
  film_redirects: { from_id: string; to_id: string };
  /** How many films there are (one row, id 1), kept by triggers on films (migration 0028). */
  film_count: { id: number; films: number | string };
  /** How many corrections the site has had (one row, id 1), counted with the audit log (migration 0033). */
  site_edits: { id: number; revision: number | string };
  /** `genres`: the facts' genres, comma-separated, copied onto the provisional film they describe. */
  source_facts: { external_id: string; facts: string; genres: string | null };
  review_tombstones: { id: string; at: string };
  import_chunks: ImportChunksTable;
  /** Linking decisions (JSON), each stored once: reviews.link holds the id. */
  link_decisions: { id: string; decision: string };
  review_trash: { audit_id: string; review_id: string; review: string; aspects: string };
  /** Films whose critics' and outlets' standing is due to be read again (migration 0030). */
  /** Films whose reviews' standing terms are due to be measured again, and since when (ms). */
  standing_due: { film_id: string; noted: Generated<number> };
  audit_log: AuditLogTable;
  readers: ReadersTable;
  review_reports: ReviewReportsTable;
  reader_ratings: ReaderRatingsTable;
  reader_sessions: { id_hash: string; reader_id: string; csrf: string; expires_at: string };
  review_aspects: {
    review_id: string;
    film_id: string | null;
    aspect: string;
    polarity: string;
    /** The evidence's words, or "" when they are where evidence_at says in the review's text. */
    evidence: string;
    /** Where the evidence starts in the review's text (characters from 0); null: see evidence. */
    evidence_at: number | null;
    /** The evidence's length in characters. */
    evidence_length: number | null;
    /** How clearly the review judges it (AspectMention.strength); null on rows stored before. */
    strength: number | null;
  };
  film_people: {
    film_id: string;
    person_id: string;
    role: string;
    ordering: number;
    characters: string | null;
  };
}

export interface FilmsTable {
  id: string;
  title: string;
  /** The title as matching compares it (see titleKey). */
  title_key: string;
  year: number | null;
  imdb_id: string | null;
  /** The source's own id for a film the catalog does not know yet ("rt:3"). */
  external_id: string | null;
  /** 1 until a catalog entry confirms the film. */
  provisional: number;
  created_at: string;
  tmdb_id: string | null;
  movielens_id: string | null;
  /** What the review source says about the film (SourceFacts as JSON). */
  facts: string | null;
  /** 1: the year is a guess from the reviews' dates, shown as "2023?". */
  year_inferred: Generated<number>;
  /** Where the title comes from: catalog, source, reviews, admin; null: untitled. */
  title_source: string | null;
  /** The last linking decision about this film, with its evidence (JSON). */
  link: string | null;
  /** 1: an admin set its title, year or catalog entry; automatic linking leaves it. */
  pinned: Generated<number>;
  /** Comma-separated, as the catalog gives them. */
  genres: string | null;
}

export interface OutletsTable {
  id: string;
  name: string;
}

export interface CriticsTable {
  id: string;
  name: string;
  top_critic: number;
}

export interface ReviewsTable {
  id: string;
  film_id: string | null;
  outlet_id: string | null;
  critic_id: string | null;
  /**
   * Null. Once outlet + URL; a review with a URL takes its id from them (a URL is published
   * once per outlet), so the id is that key.
   */
  url_key: string | null;
  /** A hash of outlet + film + normalized text: the same words from one outlet about one film are one review. */
  text_key: string | null;
  text: string;
  title: string | null;
  url: string | null;
  date: string | null;
  top_critic: number;
  rating_raw: string | null;
  rating_kind: string | null;
  rating_score: number | null;
  /** The maximum of the rating's scale (5 for "3 stars"), when it has one. */
  rating_max: number | null;
  score: number | null;
  score_source: string | null;
  text_score: number | null;
  /** The critic's own verdict when the source stated one apart from the rating. */
  stated_verdict: string | null;
  /** The verdict an admin set for it (0034), which outranks every other; null when none did. */
  admin_verdict: Generated<string | null>;
  /** What an admin set some of its aspects to (0039; AdminAspects as JSON); null when none did. */
  admin_aspects: Generated<string | null>;
  /** The words of its text an admin chose as its pull quote (0040); null when none did. */
  admin_quote: Generated<string | null>;
  verdict: string | null;
  /** Analysis.verdictSource (0035): how `verdict` was reached; null without one. */
  verdict_source: string | null;
  confidence: number | null;
  /** The pull quote; "" when it is the whole text (read through STORED_QUOTE). */
  quote: string | null;
  /** Analysis.disagreement: what does not add up in the review, or null. */
  disagreement: string | null;
  /** What of the Analysis the columns and review_aspects do not hold (people, mentions, the rating's reading, notes), as JSON. */
  analysis: string;
  import_id: string | null;
  created_at: string;
  /** Why the review is on its film: the id of the decision (link_decisions) with its candidates and evidence. */
  link: string | null;
  /** 1: an admin put it on its film; re-imports and re-linking leave it there. */
  pinned: Generated<number>;
}

/** How many times `reviews reanalyze` changed what reviews it counts are read as saying (0030). */
export interface AnalysisRevision {
  analysis_revision: Generated<number>;
}

/** The same running sums over a film's top critics only. */
export interface TopCriticSums {
  top_review_count: number;
  top_verdict_count: number;
  top_positive_count: number;
  top_score_count: number;
  top_score_sum: number;
}

/**
 * A film's verdicts read rather than given (READ_VERDICT_SOURCES, migration 0038): how many,
 * and the sum of their doubts (1 − confidence each): how many of them are likely wrong.
 */
export interface ReadVerdictSums {
  read_verdict_count: Generated<number>;
  read_verdict_doubt: Generated<number>;
}

/** Running sums (see domain/aggregate.ts), kept current as reviews come and go. */
/**
 * A film's figures its reviews' standing terms were last measured against (migration 0031);
 * a film whose figures moved since is noted in standing_due.
 */
export interface StandingBasis {
  standing_score_sum: Generated<number>;
  standing_score_count: Generated<number>;
  standing_positive_count: Generated<number>;
  standing_verdict_count: Generated<number>;
}

/** A critic's or outlet's standing as running sums (domain/standing.ts, migration 0031). */
export interface StandingSumsColumns {
  standing_lean_sum: Generated<number>;
  standing_scored: Generated<number>;
  standing_agreeing: Generated<number>;
  standing_verdicts: Generated<number>;
}

export interface AggregatesTable {
  review_count: number;
  verdict_count: number;
  positive_count: number;
  score_count: number;
  score_sum: number;
  h0: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
  h6: number;
  h7: number;
  h8: number;
  h9: number;
}

export interface ImportsTable {
  id: string;
  source: string;
  started_at: string;
  finished_at: string | null;
  imported: number;
  duplicates: number;
  rejected: number;
  /** The rejected rows as JSON: [{where, reason}], at most 1,000. */
  rejects: string;
  /** How far a resumable import got (a line number), so a re-run can say where it starts. */
  progress: Generated<number>;
}

/** One chunk of an import run by workers (`cinemeter import --jobs`). */
export interface ImportChunksTable {
  import_id: string;
  chunk: number;
  /** How many reviews (or unreadable rows) the chunk holds. */
  reviews: number;
  /** The work: the chunk's rows as read and what they are read with (JSON), null once stored. */
  inputs: string | null;
  /** Until when the worker storing it holds it (ISO 8601); another may take it after. */
  leased_until: string | null;
  attempts: Generated<number>;
  done_at: string | null;
  /** Reviews this chunk stored; rows it rejected, and the first of them with where and why. */
  imported: Generated<number>;
  rejected: Generated<number>;
  rejects: Generated<string>;
  /** The films, critics and outlets its rows name, stored now or before (JSON), once stored. */
  touched: string | null;
}

/** A critic's or outlet's standing against consensus, refreshed when their reviews change. */
export interface SourceStatsTable {
  id: string;
  /** Scored reviews of films with a consensus (other scored reviews) to compare with. */
  scored_count: number;
  /** Mean score above (+) or below (−) each film's consensus, shrunk toward 0. */
  leniency: number | null;
  /** Share of verdicts that agree with each film's majority verdict. */
  agreement: number | null;
  /** The rating scale used most, e.g. "stars of 5", "x/10", "letter grades". */
  scale: string | null;
  /** The lowest score that counts as fresh, learned from the source's texts; null: 60. */
  fresh_threshold: number | null;
  /** The stated verdicts `fresh_threshold` was learned from, as JSON (0036); null without one. */
  fresh_levels: Generated<string | null>;
  updated_at: string;
}

/** A feed subscription and what its last fetch found. */
export interface FeedsTable {
  id: string;
  url: string;
  /** The outlet and critic its items are credited to when they do not say. */
  outlet: string | null;
  critic: string | null;
  title: string | null;
  /** Validators for the next conditional GET. */
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  /** "ok", "not modified", "error" or "parked" (too many failures in a row; not polled). */
  last_status: string | null;
  last_error: string | null;
  /** Items in the feed at its last successful fetch. */
  item_count: number;
  /** Failures in a row: the backoff grows with them. */
  failures: number;
  next_fetch_at: string;
  created_at: string;
  /** Who is polling it now, and until when unless renewed (null: no one). */
  lease_owner: string | null;
  lease_until: string | null;
}

/** A host being fetched by one process at a time, and when it may next be asked. */
export interface FeedHostsTable {
  host: string;
  lease_owner: string | null;
  lease_until: string;
  free_at: string;
}

/** An admin session: valid until it expires or its owner logs out (the row is deleted). */
export interface AdminSessionsTable {
  id: string;
  expires_at: string;
}

/** One change to what Cinemeter shows, by an admin or by automatic linking, undoable. */
export interface AuditLogTable {
  id: string;
  at: string;
  /** The session's or token's label, or "linking" for automatic merges. */
  actor: string;
  action: string;
  /** The film or review (or import) it changed. */
  target: string;
  /** One line for people. */
  summary: string;
  /** What undoing needs, as JSON. */
  before: string;
  after: string;
  undone_at: string | null;
  undone_by: string | null;
}

/** What a reader says is wrong with a review as the site reads it (migration 0041). */
export interface ReviewReportsTable {
  id: string;
  review_id: string;
  reader_id: string;
  /** ReportReason: film, verdict, quote, aspects or other. */
  reason: string;
  note: string | null;
  created_at: string;
  /** When an admin corrected the review or dismissed the report; null while it is open. */
  closed_at: string | null;
  closed_by: string | null;
  /** ReportOutcome: corrected or dismissed. */
  outcome: string | null;
}

/** A reader: a person of the instance with their own ratings (migrations 0026, 0027). */
export interface ReadersTable {
  id: string;
  name: string;
  created_at: string;
  /** scrypt's hash with its parameters and salt; null for a reader the CLI made (no sign-in). */
  password_hash: string | null;
  /** SHA-256 of the reader's API token (/api/me), null when none was made. */
  token_hash: string | null;
  /** The random key of the reader's private Atom feed, null when none was made. */
  feed_key: string | null;
  /** The Letterboxd RSS feed the reader's ratings are also read from. */
  letterboxd_feed: string | null;
  /** When that feed was last read (ISO 8601). */
  letterboxd_read_at: string | null;
}

/** A reader's rating of a film (migration 0026). */
export interface ReaderRatingsTable {
  reader_id: string;
  /** Where it came from, unique within the reader (the export's film page, IMDb id, or title and year). */
  key: string;
  /** The film it is linked to; null while linking is not sure. */
  film_id: string | null;
  title: string;
  year: number | null;
  imdb_id: string | null;
  letterboxd_uri: string | null;
  /** 0–100. */
  score: number;
  raw: string;
  rated_at: string | null;
  /** Why it is on its film, or why on none (a linking decision, JSON). */
  link: string | null;
}
