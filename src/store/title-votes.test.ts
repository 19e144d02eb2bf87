import { describe, expect, test } from "vitest";
import { titleVotes } from "./film-linking.repository.js";

describe("titleVotes", () => {
  test("a short form and small-word spellings count for the full title", () => {
    const votes = titleVotes([
      "In Bruges",
      "Three Billboards Outside Ebbing, Missouri",
      "Three Billboards",
      "In Bruges",
      "Three Billboards",
      "Three Billboards Outside of Ebbing, Missouri",
      "Three Billboards Outside Ebbing, Missouri",
    ]);
    expect(votes[0]).toEqual({ title: "Three Billboards Outside Ebbing, Missouri", count: 5 });
    expect(votes[1]).toEqual({ title: "In Bruges", count: 2 });
    expect(titleVotes(["Call Me by Your Name's", "Call Me by Your Name"])).toEqual([
      { title: "Call Me by Your Name", count: 2 },
    ]);
  });
});
