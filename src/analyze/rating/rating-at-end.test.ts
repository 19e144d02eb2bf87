import { describe, expect, test } from "vitest";
import { ratingAtEnd } from "./rating-at-end.js";

describe("a rating the text closes with", () => {
  test("a score out of 4, 5, 10 or 100 in the text's last words", () => {
    expect(ratingAtEnd("Overall a good movie. Highly recommended. 8/10")).toBe("8/10");
    expect(ratingAtEnd("I'm giving it a 6 out of 10.")).toBe("6 out of 10");
    expect(ratingAtEnd("Great movie, plenty of fun. 3 out of 5 stars!")).toBe("3 out of 5 stars");
    expect(ratingAtEnd("A film for fans. --- 7/10")).toBe("7/10");
    expect(ratingAtEnd("Worth a look, 7,5/10")).toBe("7,5/10");
    expect(ratingAtEnd("Rating: 3.5 / 5.")).toBe("3.5 / 5");
  });

  test("none where the text does not end with one, or ends with several or a part of one", () => {
    expect(ratingAtEnd("A 10/10 performance carries a film that is otherwise a slog.")).toBeNull();
    expect(ratingAtEnd("Quality: 10/10 Entertainment: 7/10 Replayable: 5/10")).toBeNull();
    expect(ratingAtEnd("For Canadians 8/10, for the rest of the world 5/10.")).toBeNull();
    expect(ratingAtEnd("Video movie rating: ***1/2 out of 5.")).toBeNull();
    expect(ratingAtEnd("Good action film. 9. 5 / 10")).toBeNull();
    expect(ratingAtEnd("It runs 24/7")).toBeNull();
    expect(ratingAtEnd("I give it 12/10!")).toBeNull();
    expect(ratingAtEnd("")).toBeNull();
  });

  test("only the text's last characters are read: a long text costs no more", () => {
    const long = `${"An honest sentence that goes on. ".repeat(20_000)}8/10`;
    expect(ratingAtEnd(long)).toBe("8/10");
  });
});
