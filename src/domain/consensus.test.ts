import { describe, expect, test } from "vitest";
import { criticsSay, shownAspects } from "./consensus.js";

describe("criticsSay", () => {
  test("the lean, what was praised, what was faulted", () => {
    expect(
      criticsSay(82, 40, [
        { aspect: "acting", positive: 9, negative: 1, neutral: 2 },
        { aspect: "pacing", positive: 1, negative: 4, neutral: 0 },
        { aspect: "music", positive: 1, negative: 0, neutral: 3 }, // too few judged
      ]),
    ).toBe(
      "Most critics liked it, with praise for the performances and complaints about the pacing.",
    );
    // Loved is kept for nine in ten or more: four in five is liked, not loved.
    expect(criticsSay(80, 40, [])).toBe("Most critics liked it.");
    expect(criticsSay(90, 40, [])).toBe("Critics loved it.");
  });

  test("only the aspects a film's page shows, the six most judged, are named", () => {
    // (imdb-reviews, Whipped: "praise for the look of it" above bars that showed no look.)
    const tallies = [
      { aspect: "humor", positive: 14, negative: 10, neutral: 0 },
      { aspect: "writing", positive: 4, negative: 16, neutral: 0 },
      { aspect: "acting", positive: 4, negative: 9, neutral: 0 },
      { aspect: "pacing", positive: 0, negative: 8, neutral: 0 },
      { aspect: "direction", positive: 1, negative: 4, neutral: 0 },
      { aspect: "music", positive: 0, negative: 3, neutral: 0 },
      { aspect: "visuals", positive: 3, negative: 0, neutral: 0 },
    ] as const;
    expect(shownAspects(tallies).map((a) => a.aspect)).toEqual([
      "humor",
      "writing",
      "acting",
      "pacing",
      "direction",
      "music",
    ]);
    expect(criticsSay(30, 30, tallies, "reviewers")).toBe(
      "Most reviewers disliked it, with complaints about the writing and the performances.",
    );
  });

  test("anonymous reviewers are not called critics", () => {
    expect(criticsSay(95, 30, [], "reviewers")).toBe("Reviewers loved it.");
    expect(criticsSay(70, 30, [], "reviewers")).toBe("Most reviewers liked it.");
    expect(criticsSay(10, 30, [], "reviewers")).toBe("Reviewers panned it.");
  });

  test("a split film; three praised aspects listed with commas", () => {
    expect(
      criticsSay(50, 20, [
        { aspect: "visuals", positive: 6, negative: 0, neutral: 0 },
        { aspect: "acting", positive: 5, negative: 1, neutral: 0 },
        { aspect: "music", positive: 2, negative: 1, neutral: 0 },
        { aspect: "writing", positive: 2, negative: 3, neutral: 0 },
      ]),
    ).toBe(
      "Critics were split, with praise for the look of it, the performances and the music, and complaints about the writing.",
    );
  });

  test("an aspect few of many reviews judge is not named", () => {
    // Lost in Translation on rt-reviews: 214 reviews, its pacing judged by 5 of them.
    const aspects = [
      { aspect: "writing", positive: 32, negative: 2, neutral: 3 },
      { aspect: "pacing", positive: 2, negative: 3, neutral: 1 },
    ] as const;
    expect(criticsSay(94, 214, aspects)).toBe("Critics loved it, with praise for the writing.");
    // The same judgements among 60 reviews are one in twelve: named.
    expect(criticsSay(94, 60, aspects)).toBe(
      "Critics loved it, with praise for the writing and complaints about the pacing.",
    );
  });

  test("a praise or a complaint is named only where one review in 25 makes it", () => {
    // Cop Land on rt-reviews: 56 reviews, its pacing praised by 1 and faulted by 2.
    const aspects = [
      { aspect: "acting", positive: 13, negative: 4, neutral: 5 },
      { aspect: "pacing", positive: 1, negative: 2, neutral: 0 },
    ] as const;
    expect(criticsSay(75, 56, aspects)).toBe(
      "Most critics liked it, with praise for the performances.",
    );
    // Three complaints of 56 are one in 19: named.
    expect(
      criticsSay(75, 56, [aspects[0], { aspect: "pacing", positive: 1, negative: 3, neutral: 0 }]),
    ).toBe(
      "Most critics liked it, with praise for the performances and complaints about the pacing.",
    );
  });

  test("no aspects: the lean alone; no verdicts: nothing", () => {
    expect(criticsSay(10, 12, [])).toBe("Critics panned it.");
    expect(criticsSay(100, 2, [])).toBe("Too few reviews for a consensus yet.");
    expect(criticsSay(null, 0, [])).toBeNull();
  });
});
