import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CriticRatingsIndex } from "./critic-ratings.js";
import { type CriticScore, CriticSpace, LENIENCY_PRIOR, readerTaste } from "./critic-space.js";
import { MATCH_PRIOR, matchCritics, sharedFilms } from "./match.js";
import { predictScore } from "./predict.js";

/** Twelve films; taste[i] is how far a critic with "our" taste strays from the crowd on film i. */
const films = Array.from({ length: 12 }, (_, i) => `f${i}`);
const taste = [12, -8, 15, -20, 5, -3, 18, -12, 7, -15, 10, -9];
const crowd = (i: number) => 40 + 3 * i;

/** Three crowd critics scoring each film near its crowd score; X shares our taste, Y the opposite, +10 lenient. */
function scores(): CriticScore[] {
  const out: CriticScore[] = [];
  films.forEach((film, i) => {
    for (const [critic, offset] of [
      ["crowd-a", -2],
      ["crowd-b", 0],
      ["crowd-c", 2],
    ] as const)
      out.push({ critic, film, score: crowd(i) + offset });
    out.push({ critic: "x", film, score: crowd(i) + (taste[i] as number) });
    out.push({ critic: "y", film, score: crowd(i) + 10 - (taste[i] as number) });
  });
  return out;
}

describe("critic space", () => {
  test("a critic is compared with the others' consensus; leniency shrinks toward 0", () => {
    const space = new CriticSpace(scores());
    // Film 0: crowd 38, 40, 42, x 52, y 38: the others' mean for x is (38 + 40 + 42 + 38) / 4.
    expect(space.film("f0")).toEqual({ sum: 38 + 40 + 42 + 52 + 38, count: 5 });
    // y scores about 10 above the crowd on average; shrunk by 12 / (12 + LENIENCY_PRIOR).
    expect(space.leniency("y")).toBeGreaterThan(0);
    expect(space.leniency("y")).toBeLessThan(10 * (12 / (12 + LENIENCY_PRIOR)) + 3);
    expect(space.leniency("unknown")).toBe(0);
  });
});

describe("matching a reader to critics", () => {
  const space = new CriticSpace(scores());
  // A reader with our taste, 5 points harsh, who scored the first ten films.
  const own = films
    .slice(0, 10)
    .map((film, i) => ({ film, score: crowd(i) - 5 + (taste[i] as number) }));
  const reader = readerTaste(space, [...own, { film: "unscored by critics", score: 90 }]);
  const matches = matchCritics(space, reader, space.scoresOf(reader.residuals.keys()));

  test("the critic sharing the reader's taste matches best, the contrary one worst, each with an interval", () => {
    expect(reader.residuals.has("unscored by critics")).toBe(false);
    expect(reader.leniency).toBeLessThan(0);
    const x = matches.find((m) => m.critic === "x");
    const y = matches.find((m) => m.critic === "y");
    expect(matches[0]?.critic).toBe("x");
    expect(x?.shared).toBe(10);
    expect(x?.correlation).toBeGreaterThan(0.95);
    expect(y?.correlation).toBeLessThan(-0.9);
    expect(x?.weight).toBeCloseTo(((x?.correlation ?? 0) * 10) / (10 + MATCH_PRIOR), 10);
    const [low, high] = x?.interval ?? [0, 0];
    expect(low).toBeLessThan(x?.correlation ?? 0);
    expect(high).toBeGreaterThanOrEqual(x?.correlation ?? 0);
    expect(x?.verdictAgreement).toBeGreaterThan(y?.verdictAgreement ?? 1);
    expect(x?.meanDifference).toBeLessThan(y?.meanDifference ?? 0);
  });

  test("fewer than three shared films: no match", () => {
    const few = readerTaste(space, own.slice(0, 2));
    expect(matchCritics(space, few, space.scoresOf(few.residuals.keys()))).toEqual([]);
  });

  test("a film the reader has not scored is predicted from the matched critics, with an interval", () => {
    const byCritic = new Map(matches.map((m) => [m.critic, m]));
    for (const i of [10, 11]) {
      const film = films[i] as string;
      const p = predictScore(space, reader, byCritic, film, space.byFilm.get(film) ?? []);
      const start = (p?.consensus ?? 0) + reader.leniency;
      // Our taste on film 10 is +10 and on film 11 is −9: the prediction moves that way.
      expect(Math.sign((p?.score ?? 0) - start)).toBe(Math.sign(taste[i] as number));
      expect(p?.leanedOn[0]?.critic).toBe("x");
      expect(p?.interval[0]).toBeLessThan(p?.score ?? 0);
      expect(p?.interval[1]).toBeGreaterThan(p?.score ?? 0);
    }
    // Nobody matched: the consensus shifted by the reader's leniency.
    const alone = predictScore(space, reader, new Map(), "f10", space.byFilm.get("f10") ?? []);
    expect(alone?.score).toBeCloseTo((alone?.consensus ?? 0) + reader.leniency, 10);
    expect(predictScore(space, reader, byCritic, "no such film", [])).toBeNull();
  });
});

describe("the critics' ratings held in memory", () => {
  const ratings = [
    { critic: "a", film: "f1", score: 80 },
    { critic: "b", film: "f1", score: 40 },
    { critic: "a", film: "f2", score: 65.5 },
    { critic: "c", film: "f3", score: 10 },
    { critic: "b", film: "f3", score: 90 },
    { critic: "a", film: "f3", score: 55 },
  ];
  const index = CriticRatingsIndex.build(ratings);

  test("a film's scores are exactly its ratings, and unknown films have none", async () => {
    const key = (r: { critic: string; film: string; score: number }) =>
      `${r.critic}|${r.film}|${r.score}`;
    expect((await index.scoresOf(["f3", "f1", "nope"])).map(key).sort()).toEqual(
      ratings
        .filter((r) => r.film !== "f2")
        .map(key)
        .sort(),
    );
    expect(index.size).toBe(6);
  });

  test("the films of some critics, each once, `limit` at most", async () => {
    expect((await index.filmsOf(["a", "b"], 100)).sort()).toEqual(["f1", "f2", "f3"]);
    expect(await index.filmsOf(["a"], 2)).toHaveLength(2);
    expect(await index.filmsOf(["zed"], 10)).toEqual([]);
  });

  test("random ratings: every film's slice and every critic's films as a plain filter finds them", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            critic: fc.constantFrom("a", "b", "c", "d"),
            film: fc.constantFrom("x", "y", "z"),
            score: fc.integer({ min: 0, max: 100 }),
          }),
        ),
        async (given) => {
          const built = CriticRatingsIndex.build(given);
          for (const film of ["x", "y", "z"]) {
            const got = (await built.scoresOf([film])).map((r) => `${r.critic}${r.score}`).sort();
            const want = given
              .filter((r) => r.film === film)
              .map((r) => `${r.critic}${r.score}`)
              .sort();
            expect(got).toEqual(want);
          }
          for (const critic of ["a", "b", "c", "d"]) {
            const want = [
              ...new Set(given.filter((r) => r.critic === critic).map((r) => r.film)),
            ].sort();
            expect((await built.filmsOf([critic], 10)).sort()).toEqual(want);
          }
        },
      ),
    );
  });
});

test("shared films: each side's score and where their tastes differ most first", () => {
  const space = new CriticSpace(scores());
  const reader = readerTaste(
    space,
    films.map((film, i) => ({ film, score: crowd(i) + (taste[i] as number) })),
  );
  const withX = sharedFilms(
    space,
    reader,
    scores().filter((s) => s.critic === "x"),
  );
  const withY = sharedFilms(
    space,
    reader,
    scores().filter((s) => s.critic === "y"),
  );
  expect(withX).toHaveLength(12);
  const apart = (list: typeof withX) => list.map((f) => Math.abs(f.difference));
  expect(apart(withX)).toEqual([...apart(withX)].sort((a, b) => b - a));
  // The one who shares the reader's taste is nearer on every film than the one with the opposite.
  expect(Math.max(...apart(withX))).toBeLessThan(Math.min(...apart(withY).slice(0, 6)));
});
