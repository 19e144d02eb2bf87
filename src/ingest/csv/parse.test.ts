import { describe, expect, test } from "vitest";
import { parseDelimited } from "./parse.js";

async function records(chunks: string[], delimiter = ",") {
  const out: Array<{ fields: string[]; line: number }> = [];
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
