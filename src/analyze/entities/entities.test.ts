import { describe, expect, test } from "vitest";
import { filmFromHeadline, filmFromTitles, findTitles } from "./find-film.js";
import { findMentions } from "./find-mentions.js";
import { findPeople } from "./find-people.js";

describe("people from cues in the text", () => {
  test("roles, characters in every common form", () => {
    const text =
      "Directed by Greta Gerwig and shot by cinematographer Rodrigo Prieto, the film stars Saoirse Ronan as Jo March. " +
      "Timothée Chalamet (as Laurie) charms, Laura Dern plays Marmee, and Meryl Streep, who plays Aunt March, steals scenes. " +
      "Composer Alexandre Desplat supplies the score, written by Louisa May Alcott long ago.";
    const people = findPeople(text);
    expect(people).toEqual(
      expect.arrayContaining([
        { name: "Greta Gerwig", role: "director" },
        { name: "Rodrigo Prieto", role: "cinematographer" },
        { name: "Saoirse Ronan", role: "cast", character: "Jo March" },
        { name: "Timothée Chalamet", role: "cast", character: "Laurie" },
        { name: "Laura Dern", role: "cast", character: "Marmee" },
        { name: "Meryl Streep", role: "cast", character: "Aunt March" },
        { name: "Alexandre Desplat", role: "composer" },
        { name: "Louisa May Alcott", role: "writer" },
      ]),
    );
  });

  test("a sentence start is not a character; a title list is not an actor", () => {
    const people = findPeople(
      "She meets Howard (Eric Stoltz). Director Jane Campion (The Piano, Bright Star) returns.",
    );
    expect(people).toContainEqual({ name: "Eric Stoltz", role: "cast", character: "Howard" });
    expect(people.filter((p) => p.role === "cast")).toHaveLength(1);
  });
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-first session): "Writer Lee Hall and
// director Stephen Daldry …" credited the director alone; "directed by Ang Lee(Crouching
// Tiger)" credited "Crouching Tiger" as an actor.
describe("people: writers, director-stars and filmographies", () => {
  test("a writer named by the plain word, and a director who also acts", () => {
    expect(
      findPeople("Writer Lee Hall and director Stephen Daldry transform the material."),
    ).toEqual([
      { name: "Stephen Daldry", role: "director" },
      { name: "Lee Hall", role: "writer" },
    ]);
    expect(
      findPeople("Director Paul Feig and co-writer Katie Dippold keep it light."),
    ).toContainEqual({
      name: "Katie Dippold",
      role: "writer",
    });
    expect(findPeople("In it, director-star Seth MacFarlane builds a West.")).toEqual([
      { name: "Seth MacFarlane", role: "director" },
      { name: "Seth MacFarlane", role: "cast" },
    ]);
  });

  test("a source's author is not the film's writer", () => {
    expect(findPeople("Based on a story by horror writer Stephen King about monsters.")).toEqual(
      [],
    );
    expect(findPeople("To quote sci-fi writer Philip K. Dick, it is so.")).toEqual([]);
    expect(findPeople("The acclaimed screenwriter Charlie Kaufman returns.")).toEqual([
      { name: "Charlie Kaufman", role: "writer" },
    ]);
  });

  // Mao's Last Dancer's page quoted "Bruce Beresford delivers one of his best films in the story
  // of Chinese ballet star Li Cunxin" as acting praise: the dancer the film is about was credited
  // as its cast.
  test("a star of another field is whom the film is about, not its cast", () => {
    expect(
      findPeople("Beresford tells the story of Chinese ballet star Li Cunxin's defection."),
    ).toEqual([]);
    expect(findPeople("A mask of Iranian soccer star Ali Daei.")).toEqual([]);
    expect(findPeople("Soap opera star Matthew Borlenghi is Longen.")).toEqual([
      { name: "Matthew Borlenghi", role: "cast" },
    ]);
    expect(findPeople("Star Tom Hanks is great.")).toEqual([{ name: "Tom Hanks", role: "cast" }]);
  });

  test("after someone credited with a job, their films in parentheses are no actor", () => {
    expect(
      findPeople("Ride With The Devil, directed by Ang Lee(Crouching Tiger), is a gem."),
    ).toEqual([{ name: "Ang Lee", role: "director" }]);
    // (A character in parentheses still has an actor.)
    expect(findPeople("Jill Marin (Eva Longoria, Carlita's Way) arrives.")).toEqual([
      { name: "Eva Longoria", role: "cast", character: "Jill Marin" },
    ]);
  });
});

describe("the film under review", () => {
  test("from headlines in the forms outlets use", () => {
    expect(filmFromHeadline("Review: Vox Lux (2018)")).toEqual({ title: "Vox Lux", year: 2018 });
    expect(filmFromHeadline("Her Smell review – Elisabeth Moss rages")).toEqual({
      title: "Her Smell",
      year: null,
    });
    expect(filmFromHeadline("‘Golden Exits’ Review: Brooklyn blues")).toEqual({
      title: "Golden Exits",
      year: null,
    });
    expect(filmFromHeadline("Queen of Earth, 2015 - ★★★★")).toEqual({
      title: "Queen of Earth",
      year: 2015,
    });
    expect(filmFromHeadline("My ten favourite things this week")).toBeNull();
  });

  test("from the text: quoted or dated titles, comparisons set aside", () => {
    const text =
      'Like "Jaws" before it, "The Shallows" (2016) keeps things simple; "The Shallows" is taut.';
    const titles = findTitles(text);
    expect(filmFromTitles(titles)).toEqual({ title: "The Shallows", year: 2016 });
    expect(findMentions(text, titles, { title: "The Shallows", year: 2016 }, []).films).toEqual([
      "Jaws",
    ]);
  });

  test("a short form of the film's own title is the film, not another; an earlier film in a series is another", () => {
    const mentions = (text: string, title: string) =>
      findMentions(text, findTitles(text), { title, year: null }, []).films;
    const skin = 'Almodovar resets "Skin" with a new set of characters halfway through.';
    expect(mentions(skin, "The Skin I Live In")).toEqual([]);
    const jackass =
      '"Jackass" is the sort of spectacle of exquisite sadism that would do Nero proud.';
    expect(mentions(jackass, "Jackass: The Movie")).toEqual([]);
    const sequel = 'It never recaptures what made "Die Hard" a classic.';
    expect(mentions(sequel, "Die Hard 2")).toEqual(["Die Hard"]);
    expect(mentions(sequel, "Paul Blart: Mall Cop")).toEqual(["Die Hard"]);
  });

  test("dialogue in quotes is not a title", () => {
    expect(findTitles('He says "I love you, Mary." and leaves.')).toEqual([]);
  });
});

describe("people named as bloggers name them", () => {
  test("'played … by X', 'X is … as the collector', and 'X's Title' for the film's maker", () => {
    const text =
      "Jean-Pierre Jeunet's Amélie follows a shy waitress, played with mischief by Audrey Tautou. Mathieu Kassovitz is a sweet foil as the collector of photographs.";
    expect(findPeople(text, "Amélie")).toEqual([
      { name: "Audrey Tautou", role: "cast" },
      { name: "Mathieu Kassovitz", role: "cast" },
      { name: "Jean-Pierre Jeunet", role: "director" },
    ]);
    // Without the film's title the possessive is not read; comparisons and asides are not roles.
    expect(findPeople(text).map((p) => p.name)).not.toContain("Jean-Pierre Jeunet");
    expect(
      findPeople("Riget II is a good sequel, but not quite as good as the first one."),
    ).toEqual([]);
    expect(
      findPeople("Nicolas Cage's Johnny is an absolute hoot as the single most crass man."),
    ).toEqual([]);
  });
});

describe("mentioned filmmakers", () => {
  test("comparison cues name filmmakers; credited people are not mentions", () => {
    const text =
      "It plays like a David Lynch movie, with echoes of Chantal Akerman, directed by Ana Lily Amirpour.";
    const people = findPeople(text);
    expect(findMentions(text, [], null, people).people).toEqual(["David Lynch", "Chantal Akerman"]);
  });
});
