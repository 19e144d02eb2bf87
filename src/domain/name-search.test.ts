import { describe, expect, test } from "vitest";
import { isMisspelling, NameIndex, nameKey } from "./name-search.js";

const entries = [
  "Pedro Almodóvar",
  "Roger Ebert",
  "James Hebert",
  "Martin Scorsese",
  "Cahiers du Cinéma",
  "Jean-Luc Godard",
  "Harry Haun",
  "Ian Bunting",
  "Stanley Kubrick",
  "Bill Gallo",
].map((name, i) => ({ name, key: nameKey(name), weight: 10 - i }));
const index = new NameIndex(entries);
const names = (query: string, limit = 5) => index.match(query, limit).map((e) => e.name);

describe("name search", () => {
  test("case, accents and punctuation aside", () => {
    expect(nameKey("Jean-Luc  GODARD")).toBe("jean luc godard");
    expect(names("almodovar")).toEqual(["Pedro Almodóvar"]);
    expect(names("CINEMA")).toEqual(["Cahiers du Cinéma"]);
    expect(names("jean luc")).toEqual(["Jean-Luc Godard"]);
  });

  test("only the entries a filter accepts, best first, the limit counting those alone", () => {
    const odd = (e: { weight: number }) => e.weight % 2 === 1;
    // "Roger Ebert" (weight 9) is accepted, "James Hebert" (8) is not.
    expect(index.match("ebert", 5, true, odd).map((e) => e.name)).toEqual(["Roger Ebert"]);
    expect(index.match("ebert", 1, true, (e) => !odd(e)).map((e) => e.name)).toEqual([
      "James Hebert",
    ]);
    // Misspellings too.
    expect(index.match("scorcese", 5, true, odd).map((e) => e.name)).toEqual(["Martin Scorsese"]);
    expect(index.match("scorcese", 5, true, (e) => !odd(e))).toEqual([]);
  });

  test("names whose words start with the query's first, then those containing it", () => {
    expect(names("ebert")).toEqual(["Roger Ebert", "James Hebert"]);
    expect(names("jean godard")).toEqual(["Jean-Luc Godard"]);
  });

  test("a two-letter query finds the names with a word starting with it", () => {
    expect(names("du")).toEqual(["Cahiers du Cinéma"]);
    expect(names("ma")).toEqual(["Martin Scorsese"]);
  });

  test("a misspelling finds the closest names; unrelated letters find nothing", () => {
    expect(names("scorcese")).toEqual(["Martin Scorsese"]);
    expect(names("martin scorcese")).toEqual(["Martin Scorsese"]);
    expect(names("godart")).toEqual(["Jean-Luc Godard"]);
    expect(names("zzzz")).toEqual([]);
    expect(names("a")).toEqual([]);
  });

  test("a misspelling is a typo or two away, not any word sharing letters", () => {
    // "haunting" shares half its trigrams with "haun" and "bunting": other words, not typos.
    expect(names("haunting")).toEqual([]);
    // A name of five letters takes one typo, however long the query.
    expect(names("gallows")).toEqual([]);
    expect(names("galo")).toEqual(["Bill Gallo"]);
    expect(names("buntin")).toEqual(["Ian Bunting"]);
    expect(names("kubrik")).toEqual(["Stanley Kubrick"]);
    expect(names("stanley kubrik")).toEqual(["Stanley Kubrick"]);
    // Two typos in a short word, or two with the first letter changed, are too many.
    expect(isMisspelling("scorcese", "scorsese")).toBe(true);
    expect(isMisspelling("ebrt", "ebert")).toBe(true);
    expect(isMisspelling("evrt", "ebert")).toBe(false);
    expect(isMisspelling("haunting", "bunting")).toBe(false);
    expect(isMisspelling("hunting", "bunting")).toBe(true);
  });
});

describe("a directory indexed a slice at a time", () => {
  test("answers as one indexed at once", async () => {
    const sliced = await NameIndex.build(entries, undefined, 2);
    for (const query of ["ebert", "du", "scorcese", "jean godard", "cinema", "zzzz"])
      expect(sliced.match(query, 5)).toEqual(index.match(query, 5));
  });
});
