import { describe, expect, test } from "vitest";
import { titleKey } from "./film.js";
import { FilmTitleIndex } from "./title-search.js";

// [film id, title, reviews]; a film may have several titles.
const titles = [
  ["up", "Up", 40],
  ["up-in-the-air", "Up in the Air", 120],
  ["cup", "The Cup", 300],
  ["m", "M", 12],
  ["mad-max", "Mad Max: Fury Road", 400],
  ["amelie", "Amelie", 90],
  ["amelie", "Le fabuleux destin d'Amélie Poulain", 90],
  ["amelie", "Amélie from Montmartre", 90],
  ["lost", "Lost in Translation", 200],
  ["catalog-only", "Lost Horizon", 0],
  ["love-actually", "Love Actually", 150],
  ["crazy-love", "Crazy, Stupid, Love", 80],
  ["karate-kid", "The Karate Kid", 60],
  ["ice-storm", "The Ice Storm", 50],
].map(([filmId, name, weight]) => ({
  filmId: filmId as string,
  name: name as string,
  key: titleKey(name as string),
  weight: weight as number,
}));
const index = await FilmTitleIndex.build(titles);

describe("title search", () => {
  test("a film titled exactly so comes first, however short its title", () => {
    expect(index.match("Up", 3)).toEqual(["up", "up-in-the-air"]);
    expect(index.match("m", 5)[0]).toBe("m");
    expect(index.match("the cup", 5)[0]).toBe("cup");
  });

  test("then titles whose words start with the query, most reviewed first, then those containing it", () => {
    expect(index.match("love", 5)).toEqual(["love-actually", "crazy-love"]);
    expect(index.match("mad", 5)).toEqual(["mad-max"]);
    expect(index.match("lost", 5)).toEqual(["lost", "catalog-only"]);
  });

  test("a film found by several of its titles counts once; other titles find it", () => {
    expect(index.match("amelie", 5)).toEqual(["amelie"]);
    expect(index.match("fabuleux destin", 5)).toEqual(["amelie"]);
  });

  test("a misspelling finds the closest title; unrelated letters and punctuation find nothing", () => {
    expect(index.match("lost in tanslation", 5)).toEqual(["lost"]);
    expect(index.match("qqqq zzzz", 5)).toEqual([]);
    expect(index.match("!!!", 5)).toEqual([]);
  });

  test("a misspelling of the whole title, or of its article, finds it", () => {
    // One word typed for two: no word of the title is a typo away, the whole title is.
    expect(index.match("karatekid", 5)).toEqual(["karate-kid"]);
    // The article misspelt is no article: the title as written is a typo away.
    expect(index.match("te ice storm", 5)).toEqual(["ice-storm"]);
  });

  test("no more than the limit", () => {
    expect(index.match("a", 2).length).toBeLessThanOrEqual(2);
    expect(index.match("up", 1)).toEqual(["up"]);
  });
});
