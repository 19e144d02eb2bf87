import { describe, expect, test } from "vitest";
import { inProse, keptRedosAttacks, pumped, type RedosAttack } from "./redos-attacks.js";

describe("recheck's attacks", () => {
  const attack: RedosAttack = {
    expression: "/x/",
    complexity: "2nd degree polynomial",
    pumps: [
      { prefix: "<", pump: "ab" },
      { prefix: "|", pump: "c" },
    ],
    suffix: "!",
  };

  test("pumped: each prefix, then its pump repeated, near the length asked", () => {
    const text = pumped(attack, 1_000);
    expect(text).toMatch(/^<(?:ab)+\|c+!$/);
    expect(text.length).toBeGreaterThan(990);
    expect(text.length).toBeLessThanOrEqual(1_000);
    expect(text.split("ab").length - 1).toBe(text.split("c").length - 1);
    expect(pumped(attack, 0)).toBe("<ab|c!");
  });

  test("inProse: tabs as spaces and NULs as letters, between two sentences", () => {
    expect(inProse("a\tb\0")).toBe("The acting is great. a bx The end.");
  });

  test("the kept attacks read, each with a pump to repeat", () => {
    const kept = keptRedosAttacks();
    expect(kept.length).toBeGreaterThan(0);
    for (const a of kept) {
      expect(a.expression).toMatch(/^\/.+\/[a-z]*$/s);
      expect(a.pumps.some((p) => p.pump.length > 0)).toBe(true);
    }
  });
});
