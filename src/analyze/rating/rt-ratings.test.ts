import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import type { Rating } from "../../domain/rating.js";
import { readRows } from "../../ingest/csv/read-rows.js";
import { learnOutletScales } from "./learn-outlet-scales.js";
import { normalizeRating } from "./normalize-rating.js";

const path = sharedData("rt-reviews", "rt.reviews.tsv.gz");

/** Metacritic's conversion, typed again here so the test does not trust the code's table. */
const GRADES: Record<string, number> = {
  "A+": 100,
  A: 100,
  "A-": 92,
  "B+": 83,
  B: 75,
  "B-": 67,
  "C+": 58,
  C: 50,
  "C-": 42,
  "D+": 33,
  D: 25,
  "D-": 17,
  "F+": 8,
  F: 0,
  "F-": 0,
};

describe.skipIf(path === null)("the whole rating column of rt-reviews", async () => {
  const rows: Array<{ rating: string; outlet: string }> = [];
  if (path) {
    for await (const { values } of readRows(path, { delimiter: "\t", encoding: "latin1" })) {
      rows.push({ rating: values.rating ?? "", outlet: values.publisher ?? "" });
    }
  }
  const scales = learnOutletScales(rows);
  const rated = rows.filter((r) => r.rating.trim() !== "");
  const results: Rating[] = rated.map((r) =>
    normalizeRating(r.rating, { outlet: r.outlet, scales }),
  );

  test("reads every row", () => {
    expect(rows).toHaveLength(54_432);
    expect(rated).toHaveLength(40_915);
  });

  test("every non-empty string gets a score, a verdict or a reason", () => {
    const silent = results.filter((r) => r.score === null && !r.verdict && !r.reason);
    expect(silent).toEqual([]);
    const kinds = new Map<string, number>();
    for (const r of results) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const unscored = results.filter((r) => r.score === null);
    console.log(
      "rt-reviews rating kinds:",
      Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1])),
      `— ${rated.length - unscored.length} scored, ${unscored.length} unscored:`,
      [...new Set(unscored.map((r) => r.raw))].join(" "),
    );
    expect(unscored.length / results.length).toBeLessThan(0.001);
  });

  test("fractions match 100·x/y exactly", () => {
    let checked = 0;
    for (const r of results) {
      const m = /^\s*(\d*\.?\d+)\s*\/\s*(\d*\.?\d+)\s*$/.exec(r.raw);
      if (!m) continue;
      const [x, y] = [Number(m[1]), Number(m[2])];
      checked++;
      expect(r.kind, r.raw).toBe("fraction");
      if (x <= y && y > 0) expect(r.score, r.raw).toBeCloseTo((100 * x) / y, 1);
      else expect(r.score, r.raw).toBeNull();
    }
    expect(checked).toBeGreaterThan(30_000);
  });

  test("letter grades match Metacritic's table exactly", () => {
    let checked = 0;
    for (const r of results) {
      const expected = GRADES[r.raw.trim()];
      if (expected === undefined) continue;
      checked++;
      expect(r, r.raw).toMatchObject({ kind: "letter", score: expected });
    }
    expect(checked).toBeGreaterThan(6_000);
  });

  test("bare numbers take their outlet's scale", () => {
    const bare = results.filter((r) => r.kind === "number");
    expect(bare.length).toBeGreaterThan(500);
    expect(bare.filter((r) => r.scaleSource === "outlet").length / bare.length).toBeGreaterThan(
      0.9,
    );
  });
});
