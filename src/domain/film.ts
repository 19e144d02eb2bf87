/** A film in the catalog (or provisional until a catalog entry appears). */
export interface Film {
  id: string;
  title: string;
  year: number | null;
  imdbId: string | null;
  directors: string[];
}

/**
 * The key two spellings of one title share: case, accents, punctuation and a leading or
 * trailing article ("The X", "X, The", "A X") do not matter.
 *
 * @example titleKey("The Shallows") === titleKey("Shallows, The") // "shallows"
 */
export function titleKey(title: string): string {
  return withoutArticles(titleWords(title));
}

/**
 * A title's words as titleKey compares them, articles kept: lower case, no accents, each run
 * of marks between letters one space. Words keyed apart and joined by a space give the same
 * as the words keyed together.
 */
export function titleWords(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** titleKey's last step: one leading and one trailing article dropped from titleWords. */
export function withoutArticles(words: string): string {
  const lead = ARTICLES.find((article) => words.startsWith(`${article} `));
  const rest = lead === undefined ? words : words.slice(lead.length + 1);
  const trail = ARTICLES.find((article) => rest.endsWith(` ${article}`));
  return trail === undefined ? rest : rest.slice(0, rest.length - trail.length - 1);
}

const ARTICLES = ["the", "a", "an"];

/** A film as a catalog (IMDb, MovieLens) lists it. */
export interface CatalogFilm {
  imdbId: string;
  title: string;
  year: number | null;
  genres: string | null;
  tmdbId?: string | null;
  movielensId?: string | null;
  /** Other titles: original-language, alternate ("a.k.a."), regional. */
  alternates?: Array<{ title: string; kind: "original" | "alternate" }>;
}

/** Who did what on a catalog film. */
export interface CatalogCredit {
  imdbId: string;
  personId: string;
  role: string;
  ordering: number;
  characters: string | null;
}

/**
 * A film's name as a heading shows it: "Her Smell (2019)"; a year guessed from its reviews'
 * dates with a question mark, "Her Smell (2019?)"; an untitled film by its description alone
 * ("A 2007 film by Joel Coen and Ethan Coen · 122 min"), which already says the year.
 */
export function filmName(film: {
  title: string;
  year: number | null;
  titled?: boolean;
  yearInferred?: boolean;
}): string {
  if (film.titled === false || !film.year) return film.title;
  return `${film.title} (${film.year}${film.yearInferred ? "?" : ""})`;
}
