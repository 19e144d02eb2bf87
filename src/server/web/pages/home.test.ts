import { describe, expect, test } from "vitest";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { latestOrder } from "./home.js";

const dated = (date: string | null) => ({ date }) as ReviewSummary;

describe("the home page's latest reviews say how they are ordered", () => {
  test("by their sources' dates only when every one carries a date", () => {
    expect(latestOrder([dated("2024-01-02"), dated("2023-05-01")])).toBe(
      "By the dates their sources give them.",
    );
    expect(latestOrder([])).toBe("By the dates their sources give them.");
  });

  test("the most recently added, where none or only some carry a date", () => {
    expect(latestOrder([dated(null), dated(null)])).toContain("None of them carries a date");
    expect(latestOrder([dated("2024-01-02"), dated(null)])).toContain(
      "then those without a date, the most recently added first",
    );
  });
});
