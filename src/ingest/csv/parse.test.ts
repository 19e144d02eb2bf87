import { describe, expect, test } from "vitest";
import { MAX_QUOTED_LENGTH, parseDelimited } from "./parse.js";

async function records(chunks: string[], delimiter = ",") {
  const out: Array<{ fields: string[]; line: number; error?: string }> = [];
  for await (const r of parseDelimited(chunks, { delimiter })) out.push(r);
  return out;
}

describe("parseDelimited", () => {
  test("quotes, doubled quotes, delimiters and newlines inside quotes, CRLF", async () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,2,3';
    expect(await records([text])).toEqual([
      { fields: ["a", "b", "c"], line: 1 },
      { fields: ["x, y", 'say "hi"', "two\nlines"], line: 2 },
      { fields: ["1", "2", "3"], line: 4 },
    ]);
  });

  test("the same records whatever the chunk boundaries", async () => {
    const text = 'id\treview\n3\t"He said ""no""\tthen left"\n4\tplain "quoted" word\n';
    const whole = await records([text], "\t");
    for (let size = 1; size < 8; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
      expect(await records(chunks, "\t")).toEqual(whole);
    }
    expect(whole[1]?.fields).toEqual(["3", 'He said "no"\tthen left']);
    expect(whole[2]?.fields).toEqual(["4", 'plain "quoted" word']);
  });

  test("empty fields, a last line without newline, a stray quote", async () => {
    expect(await records(['a,,"b"c,\nlast'])).toEqual([
      { fields: ["a", "", '"b"c', ""], line: 1 },
      { fields: ["last"], line: 2 },
    ]);
  });
});

describe("an unclosed quote", () => {
  test("is one rejected record at its line, and reading resumes on the next line", async () => {
    const rows = ["id\treview", "1\tfine", "2\tgood", '3\t"never closed', "4\tfour", "5\tfive"];
    const text = `${rows.join("\n")}\n`;
    for (const size of [1, 3, 1000]) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
      const out = await records(chunks, "\t");
      expect(out.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(out[3]).toEqual({
        fields: [],
        line: 4,
        error: "a quote opened on line 4 is never closed",
      });
      expect(out[4]?.fields).toEqual(["4", "four"]);
      expect(out[5]?.fields).toEqual(["5", "five"]);
    }
  });

  test("a quoted field over the length limit is taken for an unclosed quote", async () => {
    const big = "x".repeat(MAX_QUOTED_LENGTH + 10);
    const out = await records([`a,"${big}\nb,c\n`]);
    expect(out[0]?.error).toMatch(/line 1 is never closed/);
    expect(out[1]).toEqual({ fields: ["b", "c"], line: 2 });
  });

  test("a quote closed lines later is still one field", async () => {
    expect(await records(['a,"two\nlines",b\nc,d\n'])).toEqual([
      { fields: ["a", "two\nlines", "b"], line: 1 },
      { fields: ["c", "d"], line: 3 },
    ]);
  });
});
