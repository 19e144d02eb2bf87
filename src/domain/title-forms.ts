import { titleKey } from "./film.js";

/** A title and the other names the same film goes by. */
export interface TitleForms {
  title: string;
  year: number | null;
  /** Alternate and original-language titles, as written. */
  alternates: string[];
}

const TRAILING_ARTICLE =
  /^(.*), (the|a|an|le|la|les|l'|el|los|las|il|lo|gli|i|der|die|das|den|det|de|het|un|une)$/iu;

/**
 * "Shallows, The" → "The Shallows"; "Fabuleux destin d'Amélie Poulain, Le" → "Le Fabuleux
 * destin d'Amélie Poulain". A title without a trailing article is returned as it is.
 */
export function articleFirst(title: string): string {
  const m = TRAILING_ARTICLE.exec(title.trim());
  if (!m) return title.trim();
  const article = m[2] as string;
  return article.endsWith("'") ? `${article}${m[1]}` : `${article} ${m[1]}`;
}

/**
 * "Title (Year)" → title and year; a title without a year keeps year null.
 *
 * @example splitTitleYear("Psycho (1998)") // { title: "Psycho", year: 1998 }
 */
export function splitTitleYear(text: string): { title: string; year: number | null } {
  const m = /^(.*\S)\s*\(((?:18|19|20)\d\d)(?:[–-]\d*)?\)\s*$/u.exec(text.trim());
  if (!m) return { title: text.trim(), year: null };
  return { title: m[1] as string, year: Number(m[2]) };
}

/**
 * A MovieLens display title read as the film's names: "Amelie (Fabuleux destin d'Amélie
 * Poulain, Le) (2001)" → "Amelie" (2001), with "Le Fabuleux destin d'Amélie Poulain" as an
 * alternate; "Seven (a.k.a. Se7en) (1995)" → "Seven", alternate "Se7en"; "Shallows, The
 * (2016)" → "The Shallows". Linear: each parenthesis is found by one scan from the end.
 */
export function movielensTitle(display: string): TitleForms {
  let { title, year } = splitTitleYear(display);
  const alternates: string[] = [];
  // Parenthesized names at the end, last first: "(a.k.a. X)", "(Original title)".
  for (let guard = 0; guard < 4 && title.endsWith(")"); guard++) {
    const open = title.lastIndexOf("(");
    if (open <= 0) break;
    const inner = title.slice(open + 1, -1).trim();
    title = title.slice(0, open).trim();
    const named = inner.replace(/^a\.k\.a\.?\s*/iu, "").trim();
    if (named) alternates.unshift(articleFirst(named));
  }
  if (title === "") {
    title = alternates.shift() ?? display;
  }
  return { title: articleFirst(title), year, alternates: unique(title, alternates) };
}

/** Alternates with a key of their own (not the title's, not each other's). */
function unique(title: string, alternates: readonly string[]): string[] {
  const seen = new Set([titleKey(articleFirst(title))]);
  const kept: string[] = [];
  for (const alternate of alternates) {
    const key = titleKey(alternate);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(alternate);
  }
  return kept;
}
