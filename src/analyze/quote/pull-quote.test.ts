import { describe, expect, test } from "vitest";
import type { SentenceReading } from "../model/text-model.js";
import { pullQuote, withoutClosingRating } from "./pull-quote.js";

const sentence = (text: string, lean: number): SentenceReading => ({
  text,
  logit: lean,
  lean,
  start: 0,
  end: text.length,
});

describe("pull quote", () => {
  const sentences = [
    sentence("The film follows a young woman named Ada who moves to Paris for work.", 2.5),
    sentence("Ada (Jane Doe) falls for her boss, a widower with secrets of his own.", 2),
    sentence("It is a warm, funny and quietly devastating film that earns every tear.", 3),
    sentence("Too short.", 5),
    sentence("Sadly the last half hour drags on and on and never finds an ending.", -2),
  ];

  test("the sentence that carries the verdict, not plot summary, 8–35 words", () => {
    expect(pullQuote(sentences, "positive", ["Ada"])).toBe(
      "It is a warm, funny and quietly devastating film that earns every tear.",
    );
  });

  test("a negative review gets a negative quote", () => {
    expect(pullQuote(sentences, "negative", ["Ada"])).toBe(
      "Sadly the last half hour drags on and on and never finds an ending.",
    );
  });

  test("in a long text, a sentence the subjectivity model reads as the story gives way to an opinion", () => {
    // No plot words, no names: only the subjectivity model tells the story from the verdict.
    const story = {
      ...sentence("Everything was great in her life until she rented an old apartment.", 2.5),
      opinion: false,
    };
    const opinion = {
      ...sentence("I think it is very scary, as very few movies actually are.", 1.5),
      opinion: true,
    };
    expect(pullQuote([story, opinion], "positive")).toBe(opinion.text);
    // Without the subjectivity model's reading (a short text), the one that leans harder.
    expect(pullQuote([sentence(story.text, 2.5), sentence(opinion.text, 1.5)], "positive")).toBe(
      story.text,
    );
  });

  // imdb-reviews (2026-12-07): Dolemite II was quoted from its hero's threat.
  test("someone else's words, quoted, give way to the critic's", () => {
    const critic = sentence(
      "At any rate, it is definitely an entertaining way to waste an hour.",
      1,
    );
    const quoted = (...texts: string[]) => [critic, ...texts.map((text) => sentence(text, 1.5))];
    // The end of a quotation opened before; the start of one led in by a colon or a verb of
    // saying; a sentence wholly quoted.
    for (const texts of [
      [
        "Dolemite: \"He think he is bad and ain't got no class!",
        'I am gon rock this shotgun up his face!"',
      ],
      [
        'A journalist once wrote: "In my younger days I saw a film that made me dance all the way home.',
      ],
      ["“I moved out here to get away from this kind of thing, you know!”"],
    ])
      expect(pullQuote(quoted(...texts), "positive"), texts.join(" ")).toBe(critic.text);
    // Not a title: one whose opening quote the source cut, one left open, a quoted phrase.
    for (const text of [
      'Killer Joe" is downright hysterical, clever, expertly written and unnerving.',
      "Gene Tierney and Dana Andrews, so memorable in 1944's \"Laura, re-teamed for this excellent film.",
      'It is lazy and limp, and not in any meaningful way a "good movie."',
    ])
      expect(pullQuote(quoted(text), "positive"), text).toBe(text);
  });

  // rt-reviews (2026-12-07): 24 snippets were quoted as "[Full review in Spanish]".
  test("the source's note in brackets is no quote while the critic wrote anything else", () => {
    const critic = sentence("A pity that this film gets dragged by its convoluted plot.", -2);
    const note = sentence("[Full review in Spanish]", 0.1);
    expect(pullQuote([critic, sentence("Not even in love.", -1), note], "positive")).not.toBe(
      note.text,
    );
    expect(pullQuote([note], "positive")).toBe(note.text);
  });

  test("every text gets a quote: a short snippet is its own", () => {
    expect(pullQuote([sentence("Too short.", 4)], "positive")).toBe("Too short.");
    expect(pullQuote([sentence("Not good.", -3)], "positive")).toBe("Not good.");
  });

  test("a qualifying sentence beats a short one that leans harder", () => {
    expect(pullQuote(sentences.slice(2, 4), "positive")).toBe(sentences[2]?.text);
  });

  test("only over-long sentences: the start of the longest, cut at a word", () => {
    const long = `${"word ".repeat(50)}end.`;
    const quote = pullQuote([sentence(long, 2)], "positive");
    expect(quote).toBe(`${"word ".repeat(30).trim()} …`);
  });

  describe("an over-long sentence, read stretch by stretch", () => {
    // A reader that judges a stretch by its words: what the text model's clause reading does.
    const reads: string[] = [];
    const readClause = (text: string) => {
      reads.push(text);
      return (/superb|charm/.test(text) ? 2 : 0) + (/falls short|dull/.test(text) ? -3 : 0);
    };
    const rotten =
      "Has all the raw and refined talent in the world, superb sets, transcontinental charm, a diamond in the rough when it comes to source material, and a love story to boot, and yet, it falls short.";

    test("when its start does not carry the verdict, the stretch from a clause that does", () => {
      expect(pullQuote([sentence(rotten, 1)], "negative", [], readClause)).toBe(
        "… a diamond in the rough when it comes to source material, and a love story to boot, and yet, it falls short.",
      );
    });

    test("a start that carries the verdict clearly is kept, cut at a word no phrase hangs on", () => {
      expect(pullQuote([sentence(rotten, 1)], "positive", [], readClause)).toBe(
        "Has all the raw and refined talent in the world, superb sets, transcontinental charm, a diamond in the rough when it comes to source material, and a love story …",
      );
    });

    // rt-reviews (2026-12-07, the forty-first session): quotes had stopped at "… bodily
    // functions, racial …", "… all of which is …", "… that help make a …".
    test("cut at a clause mark among its last four words, else not after a word a phrase hangs on", () => {
      const denominator =
        "It becomes apparent after only moments that the filmmakers are once more happy to reach for the lowest common denominator, slapping together an icky non-stop barrage of bodily functions, racial stereotyping and rancid epithets and call it a comedy.";
      expect(pullQuote([sentence(denominator, -2)], "negative")).toBe(
        "It becomes apparent after only moments that the filmmakers are once more happy to reach for the lowest common denominator, slapping together an icky non-stop barrage of bodily functions …",
      );
      const noMarks = `${"word ".repeat(27)}help make a cool object at which to gaze.`;
      expect(pullQuote([sentence(noMarks, 2)], "positive")).toBe(
        `${"word ".repeat(27)}help make …`,
      );
    });

    test("a stretch that starts at a turn beats one that starts inside a list", () => {
      const long =
        "It is too sanded down to ever truly snag on something like a real, specific, visceral emotion of any kind in its long and winding running time of two hours, but it's got the superb pop bombast that gets you to some sense of fireworks.";
      expect(pullQuote([sentence(long, -1)], "positive", [], readClause)).toBe(
        "… but it's got the superb pop bombast that gets you to some sense of fireworks.",
      );
    });

    test("it outranks a short sentence that leans the other way", () => {
      const quote = pullQuote(
        [sentence(rotten, 1), sentence("Or did they?", 1)],
        "negative",
        [],
        readClause,
      );
      expect(quote).toMatch(/it falls short\.$/);
    });

    test("a sentence of thousands of clauses is read a few stretches at a time", () => {
      reads.length = 0;
      const huge = `${"a superb, ".repeat(5_000)}and it falls short.`;
      pullQuote([sentence(huge, -1), sentence(huge, -1)], "positive", [], readClause);
      expect(reads.length).toBeLessThanOrEqual(16);
    });

    test("sentences run together without spaces are quoted apart, a bounded number of parts read", () => {
      reads.length = 0;
      const glued =
        "We rented it on a whim last Friday with my two brothers and both our parents, who knew nothing about it.It is a superb film, the best we have seen in years.We watched it twice over the weekend and would again.";
      expect(pullQuote([sentence(glued, 1)], "positive", [], readClause)).toBe(
        "It is a superb film, the best we have seen in years.",
      );
      // A text short enough to be its own quote is quoted as cut.
      const short = "Not for me.It is a superb film.";
      expect(pullQuote([sentence(short, 1)], "positive", [], readClause)).toBe(short);
      reads.length = 0;
      const huge = "The acting is superb.The script is dull.".repeat(5_000);
      pullQuote([sentence(huge, 1), sentence(huge, 1)], "positive", [], readClause);
      expect(reads.length).toBeLessThanOrEqual(16);
    });
  });

  test("a text of one-word sentences is its own quote", () => {
    expect(pullQuote([sentence("Unfunny.", -2)], "negative")).toBe("Unfunny.");
  });

  test("a text of emoji alone is its own quote; marks alone are none", () => {
    expect(pullQuote([sentence("🥰🥰🥰", 0)], null)).toBe("🥰🥰🥰");
    expect(pullQuote([sentence("⭐⭐⭐⭐⭐", 0)], "positive")).toBe("⭐⭐⭐⭐⭐");
    expect(pullQuote([sentence("!!! ???", 0)], "positive")).toBeNull();
    expect(pullQuote([sentence(".", 0)], null)).toBeNull();
    expect(pullQuote([], null)).toBeNull();
  });
});

describe("a quote without the rating its text closes with", () => {
  test("a rating after the sentence's end is left out of the quote", () => {
    const cases: Array<[string, string, string]> = [
      ["It is a good movie for fans. --- 7/10", "7/10", "It is a good movie for fans."],
      [
        "Study this one - otherwise stay away!!! - 1/10",
        "1/10",
        "Study this one - otherwise stay away!!!",
      ],
      ["Highly recommended. My rating: 8/10.", "8/10", "Highly recommended."],
      ['He called it "a triumph." 9/10', "9/10", 'He called it "a triumph."'],
    ];
    for (const [quote, rating, kept] of cases)
      expect(withoutClosingRating(quote, rating)).toBe(kept);
  });

  test("a rating the sentence gives stays, as does a quote without one", () => {
    expect(withoutClosingRating("I'm giving it a 6 out of 10.", "6 out of 10")).toBe(
      "I'm giving it a 6 out of 10.",
    );
    expect(withoutClosingRating("Fine. 7/10", "7/10")).toBe("Fine. 7/10"); // one word left
    expect(withoutClosingRating("A 7/10 film, at best, and a long one.", "7/10")).toBe(
      "A 7/10 film, at best, and a long one.",
    );
    expect(withoutClosingRating("A triumph.", null)).toBe("A triumph.");
    expect(withoutClosingRating(null, "7/10")).toBeNull();
  });
});
