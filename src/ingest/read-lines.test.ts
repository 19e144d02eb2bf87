import { describe, expect, test } from "vitest";
import { readLines } from "./read-lines.js";

async function lines(chunks: string[], maxLength?: number) {
  const out = [];
  for await (const line of readLines(chunks, maxLength)) out.push(line);
  return out;
}

describe("readLines", () => {
  test("lines across chunk boundaries, CRLF, a last line without a break, no phantom line", async () => {
    const text = "one\r\ntwo\n\nthree\nfour";
    const whole = await lines([text]);
    expect(whole).toEqual([
      { line: 1, text: "one" },
      { line: 2, text: "two" },
      { line: 3, text: "" },
      { line: 4, text: "three" },
      { line: 5, text: "four" },
    ]);
    for (let size = 1; size < 6; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
      expect(await lines(chunks)).toEqual(whole);
    }
    expect(await lines(["a\n", "b\n"])).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });

  test("a line over the limit is counted, not kept, and the next line reads whole", async () => {
    const chunks = ["x".repeat(60), "x".repeat(60), "y\nnext\n"];
    expect(await lines(chunks, 100)).toEqual([
      { line: 1, tooLong: 121 },
      { line: 2, text: "next" },
    ]);
  });

  test("a 20 MB line in 64 KB chunks is read in linear time (the old split took 12.7 s)", async () => {
    const chunk = "z".repeat(65_536);
    const chunks = Array.from({ length: 320 }, () => chunk);
    expect(await lines([...chunks, "\nafter"])).toEqual([
      { line: 1, tooLong: 65_536 * 320 },
      { line: 2, text: "after" },
    ]);
  });
});
