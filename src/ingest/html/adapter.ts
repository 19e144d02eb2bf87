import { decodeHTML } from "entities";
import type { FilmHint, ReviewInput } from "../../domain/review.js";
import { stringValue, yearValue } from "../fields.js";
import { findRatingLine } from "../find-rating-line.js";
import { fragmentText, type HtmlReviewPage } from "./parse.js";

/**
 * An HTML review page as the pipeline's canonical input: schema.org `Review` JSON-LD where
 * the page has it, `<meta>` tags and the page's own text where it does not.
 */
export function htmlReviewInput(page: HtmlReviewPage, path?: string): ReviewInput {
  const review = page.review ?? {};
  const body = stringValue(review.reviewBody);
  const text = body ? fragmentText(body) : page.text;
  return {
    text,
    outlet: nameOf(review.publisher) ?? page.meta.siteName,
    critic: nameOf(review.author) ?? page.meta.author,
    rating: ratingOf(review.reviewRating) ?? findRatingLine(text),
    title: plain(review.name ?? review.headline) ?? page.meta.title,
    film: filmOf(review.itemReviewed),
    date: plain(review.datePublished ?? review.dateCreated) ?? page.meta.published,
    url: plain(review.url) ?? page.meta.canonical,
    source: path === undefined ? { format: "html" } : { format: "html", path },
  };
}

function plain(value: unknown): string | null {
  const s = stringValue(value);
  return s === null ? null : decodeHTML(s).trim() || null;
}

/** A Person or Organization's name: a string, {name}, or the names of an array joined. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(" and ") : null;
  }
  if (value && typeof value === "object") return plain((value as Record<string, unknown>).name);
  return plain(value);
}

/**
 * A schema.org Rating as a rating string: `ratingValue/bestRating`, a symmetric range when
 * worstRating is below zero, or ratingValue as written when it is not a number ("B+").
 */
function ratingOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return plain(value);
  const r = value as Record<string, unknown>;
  const rating = plain(r.ratingValue);
  if (rating === null) return plain(r.name ?? r.ratingExplanation);
  const best = plain(r.bestRating);
  const worst = plain(r.worstRating);
  if (!/^[-+]?\d*\.?\d+$/.test(rating) || best === null) return rating;
  if (worst !== null && Number(worst) < 0) return `${rating} out of ${worst}..${best}`;
  return `${rating}/${best}`;
}

function filmOf(value: unknown): FilmHint | null {
  const item = Array.isArray(value) ? value[0] : value;
  if (!item || typeof item !== "object") return null;
  const o = item as Record<string, unknown>;
  const title = plain(o.name);
  if (!title) return null;
  const hint: FilmHint = {
    title,
    year: yearValue(o.dateCreated ?? o.datePublished ?? o.releasedEvent ?? o.copyrightYear),
  };
  const imdb = [o.sameAs, o.url, o["@id"]]
    .flat()
    .map((u) => /imdb\.com\/title\/(tt\d+)/.exec(String(u ?? ""))?.[1])
    .find(Boolean);
  if (imdb) hint.imdbId = imdb;
  return hint;
}
