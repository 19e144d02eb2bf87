import { describe, expect, test } from "vitest";
import { isGivenName } from "./given-names.js";

describe("given names", () => {
  test.each(["Tom", "Meryl", "Frances", "Molly", "Benedict"])("%s is a given name", (word) => {
    expect(isGivenName(word)).toBe(true);
  });

  // Listed names that are as often plain words, and words that are no names.
  test.each(["Star", "Even", "Will", "Lucky", "Heavenly", "Three", "tom"])(
    "%s is not taken for a given name",
    (word) => {
      expect(isGivenName(word)).toBe(false);
    },
  );
});
