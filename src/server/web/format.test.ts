import { describe, expect, test } from "vitest";
import { filmName } from "../../domain/film.js";
import {
  cardQuote,
  count,
  counted,
  date,
  duration,
  excerpt,
  likelihood,
  percent,
  quoteWords,
  reviewScore,
  score,
  siteOf,
  stars,
  webAddress,
} from "./format.js";

describe("page formats", () => {
  test("the site of a review's address", () => {
    expect(siteOf("http://www.imdb.com/title/tt0132347/usercomments")).toBe("imdb.com");
    expect(siteOf("https://Letterboxd.com/aron/film/x/")).toBe("letterboxd.com");
    expect(siteOf("javascript:alert(1)")).toBeNull();
    expect(siteOf("http://")).toBeNull();
    expect(siteOf(null)).toBeNull();
    expect(webAddress("HTTPS://example.com/r/1")).toBe("HTTPS://example.com/r/1");
    expect(webAddress("javascript:alert(1)")).toBeNull();
    expect(webAddress("ftp://example.com/r")).toBeNull();
  });

  test("numbers, dates, names", () => {
    expect(count(1352)).toBe("1,352");
    expect(count(216692)).toBe("216,692");
    expect(count(7)).toBe("7");
    expect(stars("3.5/5")).toBe("★★★½");
    expect(stars("5/5")).toBe("★★★★★");
    expect(stars("0.5/5")).toBe("½");
    expect(stars("7/10")).toBeNull();
    expect(stars("3.7/5")).toBeNull();
    expect(counted(1, "review")).toBe("1 review");
    expect(counted(0, "complaint")).toBe("0 complaints");
    expect(counted(1352, "review")).toBe("1,352 reviews");
    expect(date("2018-11-10")).toBe("10 Nov 2018");
    expect(date("2018-09-01T10:00:00Z")).toBe("1 Sept 2018");
    expect(date("sometime in May")).toBe("sometime in May");
    expect(date(null)).toBe("");
    expect(percent(90.5)).toBe("91%");
    expect(score(null)).toBe("–");
    expect(filmName({ title: "Her Smell", year: 2019 })).toBe("Her Smell (2019)");
    expect(duration(3_600_000)).toBe("1 hour");
    expect(duration(5 * 60_000)).toBe("5 minutes");
    expect(duration(90_000)).toBe("2 minutes");
    expect(duration(250)).toBe("250 milliseconds");
  });

  test("a probability is never told as certain", () => {
    expect(likelihood(0.734)).toBe("73%");
    expect(likelihood(0.994)).toBe("99%");
    expect(likelihood(0.998)).toBe("more than 99%");
    expect(likelihood(1)).toBe("more than 99%");
    expect(likelihood(0.004)).toBe("less than 1%");
    expect(likelihood(0.005)).toBe("1%");
  });

  test("a review's score never rounds up onto the fresh threshold from below it", () => {
    expect(reviewScore(59.9)).toBe("59.9");
    expect(reviewScore(59.5)).toBe("59.5");
    expect(reviewScore(59.96)).toBe("59.9");
    expect(reviewScore(59.4)).toBe("59");
    expect(reviewScore(60)).toBe("60");
    expect(reviewScore(62.5)).toBe("63");
    expect(reviewScore(0)).toBe("0");
    expect(reviewScore(null)).toBe("–");
    // The film's figures round as ever.
    expect(score(59.9)).toBe("60");
  });

  test("a quote loses a quotation mark left open at its start or end, and nothing else", () => {
    expect(quoteWords('"At a time that so-called major directors are producing anemic works')).toBe(
      "At a time that so-called major directors are producing anemic works",
    );
    expect(quoteWords("the most moving film of the year.”")).toBe(
      "the most moving film of the year.",
    );
    expect(quoteWords('"Her Smell" is a triumph.')).toBe('"Her Smell" is a triumph.');
    expect(quoteWords("It calls itself “a comedy”")).toBe("It calls itself “a comedy”");
    expect(quoteWords("No quotes at all.")).toBe("No quotes at all.");
  });

  test("a clause quoted from a review says where it was cut from its sentence", () => {
    const quote = (before: string, text: string, after: string) => excerpt({ text, before, after });
    // The whole text.
    expect(quote("", "Too long by half.", "")).toBe("Too long by half.");
    // A sentence of a longer review: whole.
    expect(quote("It works. ", "The pacing drags.", " Still,")).toBe("The pacing drags.");
    expect(quote('a ball." ', "The pacing drags.", "")).toBe("The pacing drags.");
    // A clause: cut where the sentence goes on.
    expect(quote("e fun, ", "but the pacing drags", ", and the end")).toBe(
      "… but the pacing drags …",
    );
    expect(quote("", "Too long by half", ", and the pacing drags.")).toBe("Too long by half …");
    expect(quote("e fun: ", "the pacing drags.", "")).toBe("… the pacing drags.");
    // A review that starts in a lowercase word was cut before it reached us (rt-reviews).
    expect(quote("", "aufman's heavy-handedness and a half-baked script.", "")).toBe(
      "… aufman's heavy-handedness and a half-baked script.",
    );
    expect(quote("", "...and the pacing drags.", "")).toBe("...and the pacing drags.");
    expect(quote("", "plays by its own rules. Russell never kowtowed.", "")).toBe(
      "… plays by its own rules. Russell never kowtowed.",
    );
    expect(quote("", "insipid... your time would be better spent elsewhere", "")).toBe(
      "… insipid... your time would be better spent elsewhere",
    );
    // A writer who leaves out capitals starts as written.
    expect(quote("", "i just hated every single character", "")).toBe(
      "i just hated every single character",
    );
    expect(quote("", "loved it. the cast is great!", "")).toBe("loved it. the cast is great!");
    expect(quote("", "loved it.", " the cast is great!")).toBe("loved it.");
    expect(quote("", "loved it, i.e. a lot", "")).toBe("… loved it, i.e. a lot");
    expect(quote("", "loved it.", " The cast is great!")).toBe("… loved it.");
    expect(quote("", "so did i.", "")).toBe("so did i.");
    // Verbatim otherwise: a quotation the critic closed in it stays.
    expect(quote("It is ", '"a mess."', "")).toBe('… "a mess."');
  });

  test("a card's pull quote is marked cut at its start only where it starts the review's text", () => {
    expect(cardQuote("aufman's heavy-handedness and a half-baked script.", true)).toBe(
      "… aufman's heavy-handedness and a half-baked script.",
    );
    // A later sentence of a writer who starts sentences in lowercase.
    expect(cardQuote("the cast is great and the ending got me.", false)).toBe(
      "the cast is great and the ending got me.",
    );
    expect(cardQuote("… and a love story to boot, and yet, it falls short.", false)).toBe(
      "… and a love story to boot, and yet, it falls short.",
    );
    expect(cardQuote('"At a time that so-called major directors are producing', false)).toBe(
      "At a time that so-called major directors are producing",
    );
  });
});
