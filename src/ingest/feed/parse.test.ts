import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import { reviewFromFeedItem } from "./adapter.js";
import { type Feed, parseFeed } from "./parse.js";

const testdata = join(import.meta.dirname, "testdata");
const read = (name: string): Feed => {
  const parsed = parseFeed(readFileSync(join(testdata, name), "utf8"));
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.feed;
};

describe("parseFeed and reviewFromFeedItem", () => {
  test("a WordPress-style RSS feed: content:encoded, dc:creator, entities, sanitized text", () => {
    const feed = read("critic-blog.rss");
    expect(feed).toMatchObject({ format: "rss", title: "The Example Screening Room" });
    const [first, second] = feed.items.map((item) => reviewFromFeedItem(item, feed));
    expect(first).toMatchObject({
      outlet: "The Example Screening Room",
      critic: "Ada Lumen",
      title: "Review: Her Smell (2019)",
      url: "https://screening.example.org/2019/04/her-smell/",
      date: "2019-04-12T09:30:00.000Z",
    });
    expect(first?.text).toContain("Alex Ross Perry’s punishing rock drama.");
    expect(first?.rating).toBe("4/5"); // from its "Rating: 4/5" line
    expect(first?.text).not.toMatch(/alert|steal/);
    expect(second?.title).toBe("Vox Lux review – Portman's pop star dazzles");
    expect(second?.text).toBe("A bold, uneven provocation & a marvel of brittle bravado.\n\nmore");
  });

  test("Atom 1.0 with XHTML content, and JSON Feed 1.1", () => {
    const atom = read("critic.atom");
    expect(atom).toMatchObject({ format: "atom", title: "Reel Notes & Asides" });
    expect(reviewFromFeedItem(atom.items[0] as Feed["items"][0], atom)).toMatchObject({
      critic: "Bo Marlowe",
      title: "Queen of Earth review",
      url: "https://reelnotes.example.org/queen-of-earth",
      text: "Handsome and well acted, but airless. Two stars out of four.",
    });
    const json = read("critic.json");
    expect(reviewFromFeedItem(json.items[0] as Feed["items"][0], json)).toMatchObject({
      outlet: "Sample Street Journal: film",
      critic: "Cy Okafor",
      title: "Birdman, 2014 - ★½",
      rating: "★½", // the stars ending its title
      date: "2014-10-24T08:00:00.000Z",
    });
  });

  test("an Atom title of type html is read as text: its tags gone, its entities decoded, its scripts dropped", () => {
    const title = (markup: string) => {
      const parsed = parseFeed(
        `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">${markup}</title></entry></feed>`,
      );
      return "feed" in parsed ? parsed.feed.items[0]?.title : parsed.error;
    };
    expect(title("&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more")).toBe("Bold & more");
    expect(
      title("Her Smell &lt;em&gt;review&lt;/em&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
    ).toBe("Her Smell review");
    expect(title("5 &lt; 6, and 7 &gt; 2")).toBe("5 < 6, and 7 > 2");
    // A run of "<" that no ">" closes is text, read in one pass (it was stripped by an
    // expression that scanned to the end from each "<").
    expect(title(`A${"&lt;".repeat(5_000)}`)).toBe(`A${"<".repeat(5_000)}`);
  });

  test("what is not a feed says so", () => {
    expect(parseFeed("<html><body>hi</body></html>")).toEqual({
      error: "<html> is not a feed (RSS, RDF, Atom or JSON Feed)",
    });
    expect(parseFeed('{"items": []}')).toMatchObject({
      error: expect.stringContaining("JSON Feed"),
    });
    expect(parseFeed("x".repeat(5_000_001))).toMatchObject({
      error: expect.stringContaining("over"),
    });
  });

  const letterboxd = sharedData("letterboxd-rss");
  test.skipIf(letterboxd === null)(
    "every rated Letterboxd item: its film, year and member rating as a stated 0–5 rating; lists are not reviews",
    () => {
      let rated = 0;
      let lists = 0;
      let unrated = 0;
      for (const name of readdirSync(letterboxd as string)) {
        const xml = readFileSync(join(letterboxd as string, name), "utf8");
        const parsed = parseFeed(xml);
        if ("error" in parsed) throw new Error(`${name}: ${parsed.error}`);
        const feed = parsed.feed;
        expect(feed.items.length).toBe((xml.match(/<item>/g) ?? []).length);
        for (const item of feed.items) {
          const input = reviewFromFeedItem(item, feed);
          const stated = item.extra["letterboxd:memberRating"];
          const film = item.extra["letterboxd:filmTitle"];
          // Lists carry no letterboxd:filmTitle, and are not reviews.
          if (/\/list\//.test(item.link ?? "")) {
            expect(film).toBeUndefined();
            expect(input).toBeNull();
            lists++;
            continue;
          }
          // A diary entry with neither words nor a rating is nothing to store.
          if (input === null) {
            expect(stated).toBeUndefined();
            unrated++;
            continue;
          }
          expect(input?.film ?? null).toEqual(
            film ? { title: film, year: Number(item.extra["letterboxd:filmYear"]) } : null,
          );
          // The diary line is never taken for the member's words.
          expect(input?.text ?? "").not.toMatch(/Watched on \w+day/);

          if (stated) {
            rated++;
            expect(input?.rating).toBe(`${stated}/5`);
          } else {
            expect(input?.rating).toBeNull();
          }
        }
      }
      expect(rated).toBeGreaterThan(100);
      expect(lists).toBeGreaterThan(5);
      expect(unrated).toBeGreaterThan(0);
    },
  );
});
