import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { titleKey } from "../domain/film.js";
import { describeUntitledFilm } from "../domain/film-facts.js";
import { articleFirst, movielensTitle, splitTitleYear } from "../domain/title-forms.js";
import { headerColumns, knownFileOf } from "../ingest/file-kind.js";
import { decideReviewFilm } from "./decide-review-film.js";
import { decideSourceFilm, type SourceFilmCandidate } from "./decide-source-film.js";
import type { FilmCandidate } from "./evidence.js";
import { MAX_TITLE_MENTIONS, TITLE_SMALL_WORDS, titleMentions } from "./title-mentions.js";

const film = (
  id: string,
  year: number | null,
  people: Array<[string, string]> = [],
  over: Partial<FilmCandidate> = {},
): FilmCandidate => ({
  id,
  title: "King Kong",
  year,
  provisional: false,
  titleMatch: "exact",
  people: people.map(([name, role]) => ({ name, role })),
  ...over,
});

const kongs = [
  film("kk1933", 1933, [
    ["Merian C. Cooper", "director"],
    ["Fay Wray", "cast"],
  ]),
  film("kk1976", 1976, [
    ["John Guillermin", "director"],
    ["Jessica Lange", "cast"],
  ]),
  film("kk2005", 2005, [
    ["Peter Jackson", "director"],
    ["Naomi Watts", "cast"],
  ]),
];

describe("decideReviewFilm: a review that names its film by title", () => {
  test("its date rules out films not yet released, and its people choose among the rest", () => {
    const d = decideReviewFilm(
      {
        title: "King Kong",
        year: null,
        date: "1977-01-05",
        text: "Jessica Lange screams well.",
        credits: [],
      },
      kongs,
    );
    expect(d).toMatchObject({ action: "link", filmId: "kk1976" });
    const later = d.candidates.find((c) => c.id === "kk2005");
    expect(later?.excluded).toMatch(/28 years before this film's release/);
  });

  test("a stated year more than one off rules a film out", () => {
    const d = decideReviewFilm({ title: "King Kong", year: 1933, date: null, text: "" }, kongs);
    expect(d).toMatchObject({ action: "link", filmId: "kk1933" });
    expect(d.candidates.filter((c) => c.excluded).length).toBe(2);
  });

  test("date alone does not choose a remake over a retrospective of the original: not sure", () => {
    const d = decideReviewFilm(
      { title: "King Kong", year: null, date: "2005-12-20", text: "Too long." },
      kongs,
    );
    expect(d.action).toBe("hold");
    expect(d.filmId).toBeNull();
    expect(d.reason).toMatch(/retrospective/);
  });

  test("nothing to tell namesakes apart: held, never the first one", () => {
    const d = decideReviewFilm(
      { title: "King Kong", year: null, date: null, text: "A monster movie." },
      kongs,
    );
    expect(d).toMatchObject({ action: "hold", filmId: null });
  });

  test("the one film of a title is linked; none is held with its reason", () => {
    expect(
      decideReviewFilm({ title: "Dune", year: null, date: null, text: "" }, [film("d", 2021)]),
    ).toMatchObject({
      action: "link",
      filmId: "d",
      reason: "the only catalog film of that title that fits",
    });
    expect(decideReviewFilm({ title: "Nope", year: null, date: null, text: "" }, [])).toMatchObject(
      {
        action: "hold",
        reason: "no film of that title is known",
      },
    );
  });

  test("the source's own director rules out a film by someone else", () => {
    const d = decideReviewFilm(
      { title: "King Kong", year: null, date: null, text: "", sourceDirectors: ["Peter Jackson"] },
      kongs,
    );
    expect(d).toMatchObject({ action: "link", filmId: "kk2005" });
  });

  test("provisional films hold what no catalog film clearly takes; one of another era is another film", () => {
    const pen2005 = film("pen2005", 2005, [], { provisional: true, yearInferred: true });
    const d = decideReviewFilm({ title: "King Kong", year: null, date: "2005-12-20", text: "" }, [
      ...kongs,
      pen2005,
    ]);
    expect(d).toMatchObject({ action: "hold", filmId: "pen2005" });
    const old = decideReviewFilm({ title: "King Kong", year: null, date: "1933-04-01", text: "" }, [
      pen2005,
    ]);
    expect(old.filmId).toBeNull();
    expect(old.candidates[0]?.excluded).toMatch(/its other reviews are from 2005/);
    // No date and no year: among namesakes, only a provisional film without a year may hold
    // it; the only film of its title there is holds it.
    const undated = { title: "King Kong", year: null, date: null, text: "" };
    expect(decideReviewFilm(undated, [...kongs, pen2005]).filmId).toBeNull();
    expect(decideReviewFilm(undated, [pen2005]).filmId).toBe("pen2005");
  });
});

const source = (over: Partial<Parameters<typeof decideSourceFilm>[0]> = {}) => ({
  facts: null,
  reviewCount: 10,
  reviewYears: [2005, 2005, 2006],
  mentions: new Map<string, number>(),
  synopsisMentions: new Set<string>(),
  ...over,
});
const sourceCandidate = (
  key: string,
  id: string,
  year: number,
  title = key,
): SourceFilmCandidate => ({
  ...film(id, year),
  title,
  key,
});

/** A source's facts with only its id and year. */
const factsOf = (externalId: string, year: number) => ({
  externalId,
  year,
  directors: [],
  writers: [],
  releaseDate: null,
  dvdDate: null,
  runtimeMinutes: null,
  mpaa: null,
  genres: [],
  synopsis: null,
  studio: null,
});

describe("decideSourceFilm: a source's film from what its reviews name", () => {
  test("a title its reviews mention from another year loses to the source's year", () => {
    const facts = factsOf("rt:1", 2005);
    const d = decideSourceFilm(
      source({
        facts,
        mentions: new Map([
          ["schindler s list", 6],
          ["war of the worlds", 3],
        ]),
      }),
      [
        sourceCandidate("schindler s list", "sl", 1993),
        sourceCandidate("war of the worlds", "ww", 2005),
      ],
    );
    expect(d).toMatchObject({ action: "link", filmId: "ww" });
    expect(d.candidates.find((c) => c.id === "sl")?.excluded).toMatch(/dates its film 2005/);
  });

  test("mentions inside a longer title are the longer title's (Logan in Logan Lucky)", () => {
    const d = decideSourceFilm(
      source({
        reviewYears: [2017],
        mentions: new Map([
          ["logan lucky", 8],
          ["logan", 9],
        ]),
      }),
      [sourceCandidate("logan lucky", "ll", 2017), sourceCandidate("logan", "lo", 2017)],
    );
    expect(d).toMatchObject({ action: "link", filmId: "ll" });
  });

  test("a title named only as the start of a longer one is the longer one's (The House with a Clock in Its Walls)", () => {
    // rt-reviews film 1050, with MovieLens as the catalog: its reviews and synopsis name "The
    // House with a Clock in Its Walls", which MovieLens lacks; "The House" (2017) is another film.
    const clues = source({
      facts: { ...factsOf("rt:1050", 2018), synopsis: "…" },
      reviewCount: 164,
      mentions: new Map([
        ["house", 26],
        ["house with a clock", 25],
        ["house with a clock in its walls", 24],
        ["clock in its walls", 24],
      ]),
      synopsisMentions: new Set(["house", "house with a clock", "house with a clock in its walls"]),
    });
    const d = decideSourceFilm(clues, [sourceCandidate("house", "h2017", 2017, "The House")]);
    expect(d.action).toBe("keep");
    const house = d.candidates.find((c) => c.id === "h2017");
    expect(house?.evidence.map((e) => [e.kind, e.detail])).toEqual([
      ["mentions", "one review names it"],
      ["synopsis", "the source's synopsis names it"],
      ["year", "the source dates it 2018, a year off"],
    ]);
    // The same counts with the title also named alone by more reviews: those still count.
    const alone = decideSourceFilm(
      { ...clues, mentions: new Map([...clues.mentions, ["house", 60]]) },
      [sourceCandidate("house", "h2017", 2017, "The House")],
    );
    expect(alone.candidates[0]?.evidence.find((e) => e.kind === "mentions")?.detail).toBe(
      "35 of 164 reviews name it",
    );
    // "the White House" names no film called The House (rt-reviews film 1931, Mark Felt: The
    // Man Who Brought Down the White House, 2017); "Ran, Kagemusha", one review's list, does
    // not take Kagemusha's mentions away, nor "Everything in Jaws: The Revenge" the film's.
    const white = decideSourceFilm(
      source({
        reviewCount: 105,
        mentions: new Map([
          ["house", 9],
          ["white house", 9],
        ]),
      }),
      [sourceCandidate("house", "h2017", 2017, "The House")],
    );
    expect(white.candidates[0]?.evidence.find((e) => e.kind === "mentions")).toBeUndefined();
    const kagemusha = decideSourceFilm(
      source({
        mentions: new Map([
          ["kagemusha", 3],
          ["ran kagemusha", 1],
          ["kagemusha and shingen", 1],
          ["everything in kagemusha", 2],
        ]),
      }),
      [sourceCandidate("kagemusha", "k", 1980, "Kagemusha")],
    );
    expect(kagemusha.candidates[0]?.evidence.find((e) => e.kind === "mentions")?.detail).toBe(
      "3 of 10 reviews name it",
    );
    // A year after a title is no longer title.
    const fargo = decideSourceFilm(
      source({
        mentions: new Map([
          ["fargo", 5],
          ["fargo in 1996", 2],
        ]),
      }),
      [sourceCandidate("fargo", "fa", 1996, "Fargo")],
    );
    expect(fargo.candidates[0]?.evidence.find((e) => e.kind === "mentions")?.detail).toBe(
      "5 of 10 reviews name it",
    );
  });

  test("a one-word title few reviews name is not enough; little evidence keeps the film as it is", () => {
    const d = decideSourceFilm(source({ mentions: new Map([["it", 2]]) }), [
      sourceCandidate("it", "it", 2005),
    ]);
    expect(d.action).toBe("keep");
  });
});

describe("titleMentions", () => {
  test("runs of capitalized words, small words inside, commas and colons allowed", () => {
    const keys = titleMentions(
      "Joel and Ethan Coen's No Country for Old Men is grim. Eat, Pray, Love bores; Star Trek: Generations too.",
    );
    for (const key of [
      "no country for old men",
      "eat pray love",
      "star trek generations",
      "ethan coen",
    ])
      expect(keys).toContain(key);
  });

  test("a lone capitalized word that opens a sentence is no title; possessives are read both ways", () => {
    const keys = titleMentions("It works. They said so. Call Me by Your Name's score is lovely.");
    expect(keys).not.toContain("it");
    expect(keys).not.toContain("they");
    expect(keys).toContain("call me by your name");
  });

  test("keys joined from each word's key are titleKey of the words (fast-check, 3,000 texts)", () => {
    const piece = fc.constantFrom(
      "A",
      "Aa",
      "An",
      "The",
      "the",
      "a",
      "an",
      "of",
      "x",
      "Men's",
      "Name’s",
      "A.Hepburn",
      "U.S.",
      "é́",
      "ΣΑΣ",
      "İ",
      "½",
      "2",
      "Fast&Furious",
      "Star:",
      " ",
      "  ",
      ", ",
      ". ",
      "! ",
      "-",
      " – ",
      "“",
      "(",
      "\n",
    );
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect([...titleMentions(t)].sort()).toEqual([...everyWindowKeyed(t)].sort());
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  test("a text repeating a few words thousands of times yields each key once, and quickly", () => {
    const keys = titleMentions("Directed by Star Wars, ".repeat(40_000));
    expect([...keys].sort()).toEqual(
      [...everyWindowKeyed("Directed by Star Wars, ".repeat(3))].sort(),
    );
  });

  test("past 65,535 distinct words, windows are keyed anew; at most MAX_TITLE_MENTIONS keys", () => {
    const sentences = Array.from({ length: 70_000 }, (_, i) => `W${i.toString(36)}.`).join(" ");
    const keys = titleMentions(`${sentences} Star Wars and Star Wars.`);
    expect(keys).toEqual(everyWindowKeyed("Star Wars and Star Wars."));
    const words = Array.from({ length: 30_000 }, (_, i) => `W${i.toString(36)}`).join(" ");
    expect(titleMentions(words).size).toBe(MAX_TITLE_MENTIONS);
  });
});

/** titleMentions as first written: every window's words joined and keyed whole (its small words shared). */
function everyWindowKeyed(text: string): Set<string> {
  const capital = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
  const keys = new Set<string>();
  let run: string[] = [];
  let runOpensSentence = false;
  let sentenceStart = true;
  let lastEnd = -1;
  const flush = () => {
    for (let start = 0; start < run.length; start++) {
      if (!capital(run[start] as string)) continue;
      for (let end = start; end < Math.min(run.length, start + 8); end++) {
        if (!capital(run[end] as string)) continue;
        if (end === start && start === 0 && runOpensSentence) continue;
        const words = run.slice(start, end + 1);
        const key = titleKey(words.join(" "));
        if (key) keys.add(key);
        const last = words[words.length - 1] as string;
        if (/['’]s$/u.test(last)) {
          const bare = titleKey([...words.slice(0, -1), last.slice(0, -2)].join(" "));
          if (bare) keys.add(bare);
        }
      }
    }
    run = [];
  };
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.:&-]*/gu)) {
    const raw = m[0];
    const word = raw.replace(/[.:]+$/u, "");
    const gap = lastEnd < 0 ? " " : text.slice(lastEnd, m.index);
    if (gap.length > 3 || !/^[\s\-–—,]*$/u.test(gap)) flush();
    if (/[.!?…]/u.test(gap)) sentenceStart = true;
    if (word.length > 100) flush();
    else if (capital(word) || (run.length > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase()))) {
      if (run.length === 0) runOpensSentence = sentenceStart;
      run.push(word);
    } else flush();
    sentenceStart = false;
    lastEnd = m.index + raw.length;
    if (/[.!?]$/u.test(raw)) {
      flush();
      sentenceStart = true;
    }
  }
  flush();
  return keys;
}

describe("title forms", () => {
  test("MovieLens display titles: the year, a trailing article, other titles", () => {
    expect(movielensTitle("Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)")).toEqual({
      title: "Amelie",
      year: 2001,
      alternates: ["Le Fabuleux destin d'Amélie Poulain"],
    });
    expect(movielensTitle("Seven (a.k.a. Se7en) (1995)")).toEqual({
      title: "Seven",
      year: 1995,
      alternates: ["Se7en"],
    });
    expect(movielensTitle("Shallows, The (2016)")).toEqual({
      title: "The Shallows",
      year: 2016,
      alternates: [],
    });
    expect(movielensTitle("Babylon 5")).toEqual({ title: "Babylon 5", year: null, alternates: [] });
  });

  test("articleFirst and splitTitleYear", () => {
    expect(articleFirst("Ballon rouge, Le")).toBe("Le Ballon rouge");
    expect(articleFirst("Avventura, L'")).toBe("L'Avventura");
    expect(splitTitleYear("Psycho (1998)")).toEqual({ title: "Psycho", year: 1998 });
    expect(splitTitleYear("1917")).toEqual({ title: "1917", year: null });
  });

  test("an untitled film is shown by what is known, never by a made-up title", () => {
    expect(
      describeUntitledFilm(
        { year: 2007, directors: ["Joel Coen", "Ethan Coen"], runtimeMinutes: 122 },
        "rt:1777",
      ),
    ).toBe("A 2007 film by Joel Coen and Ethan Coen · 122 min");
    expect(describeUntitledFilm(null, "rt:9", 2011)).toBe(
      "An untitled film reviewed in 2011 (rt:9)",
    );
  });
});

describe("file kinds by header", () => {
  test("each known dataset, whatever its name", () => {
    const kind = (line: string) => knownFileOf(headerColumns(line))?.kind ?? null;
    expect(kind("id\treview\trating\tfresh\tcritic\ttop_critic\tpublisher\tdate")).toBe(
      "rt-reviews",
    );
    expect(kind("id\tsynopsis\trating\tgenre\tdirector\twriter\ttheater_date\tdvd_date")).toBe(
      "rt-movie-info",
    );
    expect(kind("movieId,title,genres")).toBe("movielens-movies");
    expect(kind("userId,movieId,rating,timestamp")).toBe("movielens-ratings");
    expect(
      kind("titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle"),
    ).toBe("imdb-akas");
    expect(kind("text,outlet,rating")).toBeNull();
  });
});
