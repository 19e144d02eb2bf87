import { describe, expect, test } from "vitest";
import { regexesRunBy } from "./regex-census.js";

describe("regexesRunBy", () => {
  test("notes each expression however it is run, with how many times", async () => {
    const uses = await regexesRunBy(async () => {
      /a+b/.test("aab");
      "x-y-z".replace(/-/g, " ");
      [..."a1b22".matchAll(/\d+/g)];
      "a, b".split(/,\s*/);
      "find me".search(/me/);
      /a+b/.test("b");
    });
    const runs = new Map(uses.map((u) => [`/${u.source}/${u.flags}`, u.runs]));
    expect(runs.get("/a+b/")).toBe(2);
    // (split runs a sticky copy of its expression at each place in turn.)
    for (const expression of ["/-/g", "/\\d+/g", "/,\\s*/y", "/me/"])
      expect(runs.has(expression)).toBe(true);
  });

  test("puts the engine's own exec back, even when the code run throws", async () => {
    const exec = RegExp.prototype.exec;
    await expect(
      regexesRunBy(async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(RegExp.prototype.exec).toBe(exec);
    expect(await regexesRunBy(async () => {})).toEqual([]);
  });
});
