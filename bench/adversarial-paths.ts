/**
 * Every path that reads outside text, as one function of a string each: the analysis, the
 * rating normalizer, each review reader and the feed parser. Shared by the fuzz tier and
 * `npm run bench:adversarial`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeReview } from "../src/analyze/analyze-review.js";
import { defaultTextModel } from "../src/analyze/model/default-model.js";
import { adminQuoteChoice, adminQuoteOf } from "../src/analyze/quote/admin-quote.js";
import { normalizeRating } from "../src/analyze/rating/index.js";
import { emptyReviewInput, MAX_REVIEW_CHARS } from "../src/domain/review.js";
import { reviewFromFeedItem } from "../src/ingest/feed/adapter.js";
import { parseFeed } from "../src/ingest/feed/parse.js";
import { htmlToText, sanitizeHtml } from "../src/ingest/feed/sanitize.js";
import { reviewFromJson } from "../src/ingest/jsonl/adapter.js";
import { ratingsFromLetterboxdFeed } from "../src/ingest/ratings/letterboxd-feed.js";
import { readRatingExport } from "../src/ingest/ratings/read-rating-export.js";
import { reviewFromContent } from "../src/ingest/read-review-file.js";
import { readReviewSources, type SourceOptions } from "../src/ingest/read-review-sources.js";
import { decideReviewFilm } from "../src/link/decide-review-film.js";
import { titleMentions } from "../src/link/title-mentions.js";

export interface AdversarialPath {
  name: string;
  /**
   * Reads the hostile text; returns how many characters it read in all when that is not the
   * text's length (the feed path reads it escaped inside a feed, and raw).
   */
  run(text: string): number | void | Promise<number | void>;
}

const model = defaultTextModel();
const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function readAll(text: string, file: string, options: SourceOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "cinemeter-adversarial-"));
  try {
    const path = join(folder, file);
    writeFileSync(path, text);
    for await (const _ of readReviewSources([path], options));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const ADVERSARIAL_PATHS: AdversarialPath[] = [
  {
    name: "analyze",
    run: (text) => {
      analyzeReview(emptyReviewInput(text), { model });
      return Math.min(text.length, MAX_REVIEW_CHARS); // the rest is cut, not read
    },
  },
  {
    // The text limit is a setting (maxReviewChars): read whole, what grows faster than the
    // text shows here when --size grows, where "analyze" reads only its first 262,144.
    name: "analyze (the whole text, its limit raised)",
    run: (text) => void analyzeReview(emptyReviewInput(text), { model, maxTextChars: text.length }),
  },
  {
    name: "analyze (title, outlet, rating)",
    run: (text) =>
      void analyzeReview(
        { ...emptyReviewInput("A film."), title: text, outlet: text, critic: text, rating: text },
        { model },
      ),
  },
  {
    // An admin's words to quote are looked for in the review's text (the request, and every
    // later reading): here the text's second half, which a run of one letter has everywhere.
    name: "an admin's quote (words looked for in the text)",
    run: (text) => {
      const words = text.slice(Math.floor(text.length / 2));
      adminQuoteChoice(text, words);
      adminQuoteOf(text, words);
      return text.length + words.length;
    },
  },
  { name: "normalizeRating", run: (text) => void normalizeRating(text, { outlet: text }) },
  {
    name: "linking (title mentions, a review by title)",
    run: (text) => {
      titleMentions(text);
      decideReviewFilm({ title: text, year: null, date: null, text }, []);
    },
  },
  { name: "text reader", run: (text) => void reviewFromContent(`Outlet 3 stars\n${text}`, "text") },
  {
    name: "markdown reader",
    run: (text) => void reviewFromContent(`---\ntitle: x\n---\n${text}`, "markdown"),
  },
  {
    name: "html reader",
    run: (text) =>
      void reviewFromContent(`<html><body><article>${text}</article></body></html>`, "html"),
  },
  { name: "feed body (sanitize, text)", run: (text) => void htmlToText(sanitizeHtml(text)) },
  {
    name: "feed parser",
    run: (text) => {
      const xml = `<rss version="2.0"><channel><title>${xmlEscape(text.slice(0, 1000))}</title><item><title>${xmlEscape(text)}</title><description>${xmlEscape(text)}</description></item></channel></rss>`;
      // Atom's text constructs of type html carry markup of their own, read as text.
      const html = (tag: string) => `<${tag} type="html">${xmlEscape(text)}</${tag}>`;
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom">${html("title")}<entry>${html("title")}${html("summary")}</entry></feed>`;
      for (const feed of [xml, atom]) {
        const parsed = parseFeed(feed);
        if ("feed" in parsed)
          for (const item of parsed.feed.items) reviewFromFeedItem(item, parsed.feed);
      }
      parseFeed(text);
      return xml.length + atom.length + text.length;
    },
  },
  {
    // A reader's own ratings: an export uploaded (Letterboxd's or IMDb's CSV) or a Letterboxd
    // feed followed, the text as a film's name and as its rating.
    name: "a reader's ratings (Letterboxd and IMDb exports, a Letterboxd feed)",
    run: async (text) => {
      const field = csvField(text);
      const exports = [
        `Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,${field},2019,x,${field}\n${text}\n`,
        `Const,Your Rating,Date Rated,Title,Year\ntt1,${field},2020-01-01,${field},2019\n`,
      ];
      for (const csv of exports)
        for await (const _ of readRatingExport({ name: "r.csv", text: csv }));
      const item = (tag: string) => `<letterboxd:${tag}>${xmlEscape(text)}</letterboxd:${tag}>`;
      const xml = `<rss version="2.0" xmlns:letterboxd="https://letterboxd.com"><channel><title>x</title><item><link>${xmlEscape(text)}</link>${item("filmTitle")}${item("memberRating")}</item></channel></rss>`;
      const parsed = parseFeed(xml);
      if ("feed" in parsed) ratingsFromLetterboxdFeed(parsed.feed);
      return exports.reduce((n, csv) => n + csv.length, xml.length);
    },
  },
  {
    name: "JSON object",
    run: (text) => void reviewFromJson({ text, rating: text, film: text, date: text }),
  },
  {
    name: "JSONL file",
    run: (text) => readAll(`${JSON.stringify({ text })}\n${text}\n`, "r.jsonl", { format: "auto" }),
  },
  {
    name: "CSV file",
    run: (text) =>
      readAll(`review,rating\n${text}\n"x",1\n`, "r.csv", {
        format: "csv",
        map: { review: "text", rating: "rating" },
      }),
  },
];
