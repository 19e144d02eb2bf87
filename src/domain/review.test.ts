import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { sharedData } from "../../test/helpers/shared-data.js";
import { boundReviewInput, emptyReviewInput } from "./review.js";

const C1 = /[\u0080-\u009f]/;

describe("boundReviewInput: C1 control characters", () => {
  test("are read as the Windows-1252 characters they stand for, with a note", () => {
    const { input, notes } = boundReviewInput({
      ...emptyReviewInput(
        "Not especially well\u0097paced \u0085 a \u0093fine\u0094 film \u0096 it\u0092s 5\u0080.",
      ),
      critic: "Zo\u00eb \u008aimic",
    });
    expect(input.text).toBe("Not especially well—paced … a “fine” film – it’s 5€.");
    expect(input.critic).toBe("Zoë Šimic");
    expect(notes).toEqual(["8 control characters read as Windows-1252 (dashes, quotes, ellipses)"]);
  });

  test("the 27 that Windows-1252 defines leave the C1 range; the 5 it leaves undefined stay", () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join(" ");
    const { input, notes } = boundReviewInput(emptyReviewInput(all));
    const kept = [...input.text].filter((c) => C1.test(c)).map((c) => c.charCodeAt(0));
    expect(kept).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    expect(input.text.split(" ")).toHaveLength(32);
    expect(notes).toEqual([
      "27 control characters read as Windows-1252 (dashes, quotes, ellipses)",
    ]);
  });

  test("a review without any is returned as it was, with no note", () => {
    const raw = emptyReviewInput("Plain text – already “Unicode” … and é.");
    expect(boundReviewInput(raw)).toEqual({ input: raw, notes: [] });
  });

  const imdb = sharedData("imdb-reviews", "train.jsonl.gz");
  test.skipIf(imdb === null)(
    "imdb-reviews: every review that carries them reads without them (printed)",
    () => {
      const lines = gunzipSync(readFileSync(imdb as string))
        .toString("utf8")
        .split("\n")
        .filter((line) => line.trim());
      const texts = lines.map((line) => JSON.parse(line).text as string).filter((t) => C1.test(t));
      const bounded = texts.map((t) => boundReviewInput(emptyReviewInput(t)).input.text);
      console.log(`imdb-reviews: ${texts.length} of ${lines.length} reviews carry C1 controls`);
      expect(texts.length).toBeGreaterThan(0);
      expect(
        bounded.filter((t) => /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/.test(t)),
      ).toEqual([]);
      expect(bounded.some((t) => t.includes("—"))).toBe(true);
    },
  );
});
