import { describe, expect, test } from "vitest";
import { NameIndex, nameKey } from "./name-search.js";

const entries = [
  "Pedro Almodóvar",
  "Roger Ebert",
  "James Hebert",
  "Martin Scorsese",
  "Cahiers du Cinéma",
  "Jean-Luc Godard",
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
});

describe("a directory indexed a slice at a time", () => {
  test("answers as one indexed at once", async () => {
    const sliced = await NameIndex.build(entries, undefined, 2);
    for (const query of ["ebert", "du", "scorcese", "jean godard", "cinema", "zzzz"])
      expect(sliced.match(query, 5)).toEqual(index.match(query, 5));
  });
});
