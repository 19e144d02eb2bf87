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

  test("after it, a last line that signs the review off: a name, an address, the MPAA rating", () => {
    expect(ratingAtEnd("A good movie for fans. --- 7/10\n\nRated R for violence")).toBe("7/10");
    expect(ratingAtEnd("My rating: 8/10\n\nNot Rated.")).toBe("8/10");
    expect(ratingAtEnd("I give it a 2.5/5...\n\n- John Ulmer")).toBe("2.5/5");
    expect(ratingAtEnd("My Rating: 7/10\n\nEliason A.")).toBe("7/10");
    expect(ratingAtEnd("Pretty good. 7/10\n\nwww.ResidentHazard.com")).toBe("7/10");
    // Not any short line ("Not!" takes it back), nor what a film could have been.
    expect(ratingAtEnd("It deserves a 10/10.\n\nNot!")).toBeNull();
    expect(ratingAtEnd("It spoils what could have been a 10/10.\n\nS")).toBeNull();
    expect(ratingAtEnd("It would have earned a 7/10")).toBeNull();
  });

  test("only the text's last characters are read: a long text costs no more", () => {
    const long = `${"An honest sentence that goes on. ".repeat(20_000)}8/10`;
    expect(ratingAtEnd(long)).toBe("8/10");
    expect(ratingAtEnd(`${long}\n\nRated R`)).toBe("8/10");
    expect(ratingAtEnd("An honest sentence that goes on. ".repeat(20_000))).toBeNull();
  });
});
