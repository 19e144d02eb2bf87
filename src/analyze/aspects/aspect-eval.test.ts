import { dirname } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import { findPeople } from "../entities/find-people.js";
import { defaultTextModel } from "../model/default-model.js";
import { aspectsInSentence, verdictLean } from "./find-aspects.js";
import { type LabelledSentence, loadAspectLabels } from "./train/aspect-labels.js";

const rtPath = sharedData("rt-reviews", "rt.reviews.tsv.gz");
const imdbPath = sharedData("imdb-reviews", "train.jsonl.gz");
const dataDir = rtPath && imdbPath ? dirname(dirname(rtPath)) : null;

describe.skipIf(dataDir === null)("aspects on 2,425 hand-labelled review sentences", async () => {
  const items = dataDir ? await loadAspectLabels(dataDir) : [];
  const model = defaultTextModel();
  const predicted = items.map((item) =>
    aspectsInSentence(item.text, (clause) => model.clauseLean(clause), findPeople(item.text)),
  );
  // As an import reads them, with the critic's own word: an rt snippet with its fresh column
  // as the stated verdict, an imdb sentence with its review's rating (own sentences have none).
  const predictedStated = items.map((item) =>
    aspectsInSentence(
      item.text,
      (clause) => model.clauseLean(clause),
      findPeople(item.text),
      [],
      verdictLean(item.source.startsWith("rt:") ? item.reviewVerdict : null, item.reviewScore),
    ),
  );

  test("every labelled rt line was found", () => {
    expect(items.filter((i) => i.text === "").map((i) => i.source)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(1000);
  });

  // The lexicons were refined by reading the errors on the even-numbered items only (dev);
  // the odd-numbered items (held out) give the figures reported in docs/METHODOLOGY.md.
  // The first READ_FOR_RULES items were read error by error for many sessions (their held-out
  // half too was held out from the reading, not from rules written for sentences much like
  // it); those after them were drawn at random and labelled before the detector ever ran on
  // them: their held-out half is the fairest estimate of what a reader meets.
  const READ_FOR_RULES = 1025;
  const halves = {
    dev: items.flatMap((item, i) => (item.half === "train" ? [i] : [])),
    "held out": items.flatMap((item, i) => (item.half === "held out" ? [i] : [])),
  };

  for (const [name, indices] of Object.entries(halves)) {
    test(`detection F1 and polarity accuracy, ${name} half (printed; floors guard against regressions)`, () => {
      const m = score(indices);
      console.log(
        `aspects (${name}): ${indices.length} sentences, ${m.labelled} labelled mentions; detection precision ` +
          `${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}, F1 ${m.f1.toFixed(3)}; polarity accuracy ` +
          `${m.polarity.toFixed(3)} on ${m.detected} correctly detected mentions\nper aspect F1: ${m.perAspect}`,
      );
      expect(m.f1).toBeGreaterThan(0.7);
      expect(m.polarity).toBeGreaterThan(0.65);
      // A clause no words judge, read in the light of the critic's verdict or rating.
      const stated = score(indices, predictedStated);
      console.log(
        `  read with the critic's own word (rt's fresh column, imdb's rating): polarity accuracy ` +
          `${stated.polarity.toFixed(3)} on ${stated.detected} correctly detected mentions (detection F1 ${stated.f1.toFixed(3)})`,
      );
      expect(stated.f1).toBe(m.f1);
      expect(stated.polarity).toBeGreaterThan(m.polarity);
      const blind = indices.filter((i) => i >= READ_FOR_RULES);
      const b = score(blind);
      console.log(
        `  drawn after the rules were read (${blind.length} snippets): precision ${b.precision.toFixed(3)}, recall ` +
          `${b.recall.toFixed(3)}, F1 ${b.f1.toFixed(3)}; polarity ${b.polarity.toFixed(3)} ` +
          `(${score(blind, predictedStated).polarity.toFixed(3)} with the critic's own word)`,
      );
      // By kind of text: critics' snippets (rt), sentences of full-length reviews (imdb), own.
      for (const kind of ["rt", "imdb", "own"]) {
        const of = indices.filter((i) => items[i]?.source.startsWith(kind));
        const k = score(of);
        console.log(
          `  ${kind}: ${k.labelled} labelled mentions; precision ${k.precision.toFixed(3)}, recall ` +
            `${k.recall.toFixed(3)}, F1 ${k.f1.toFixed(3)}; polarity ${k.polarity.toFixed(3)} ` +
            `(${score(of, predictedStated).polarity.toFixed(3)} with the critic's own word)`,
        );
      }
    });
  }

  // Why a film's page quotes only mentions on their review's side (store/aspects.repository.ts).
  test("polarity of mentions on and against their review's verdict, held-out half (printed)", () => {
    const tally = { on: { right: 0, all: 0 }, against: { right: 0, all: 0 } };
    for (const i of halves["held out"]) {
      const item = items[i] as LabelledSentence;
      if (item.reviewVerdict === null) continue;
      for (const found of predicted[i] ?? []) {
        const gold = item.gold.get(found.aspect);
        if (found.polarity === "neutral" || gold === undefined) continue;
        const side = found.polarity === item.reviewVerdict ? tally.on : tally.against;
        side.all++;
        if (gold === found.polarity) side.right++;
      }
    }
    const share = (s: { right: number; all: number }) => s.right / Math.max(1, s.all);
    console.log(
      `aspects (held out): polarity right on ${tally.on.right} of ${tally.on.all} detected mentions on their review's side ` +
        `(${share(tally.on).toFixed(3)}), ${tally.against.right} of ${tally.against.all} against it (${share(tally.against).toFixed(3)})`,
    );
    expect(tally.against.all).toBeGreaterThan(0);
    expect(share(tally.on)).toBeGreaterThan(share(tally.against));
  });

  function score(indices: number[], readings = predicted) {
    const total = { tp: 0, fp: 0, fn: 0 };
    let polarityRight = 0;
    const perAspect = new Map<string, { tp: number; fp: number; fn: number }>();
    const count = (aspect: string, key: "tp" | "fp" | "fn") => {
      const c = perAspect.get(aspect) ?? { tp: 0, fp: 0, fn: 0 };
      c[key]++;
      total[key]++;
      perAspect.set(aspect, c);
    };
    for (const i of indices) {
      const item = items[i] as LabelledSentence;
      const found = new Map((readings[i] ?? []).map((a) => [a.aspect, a.polarity]));
      for (const [aspect, polarity] of found) {
        if (!item.gold.has(aspect)) count(aspect, "fp");
        else {
          count(aspect, "tp");
          if (item.gold.get(aspect) === polarity) polarityRight++;
        }
      }
      for (const aspect of item.gold.keys()) if (!found.has(aspect)) count(aspect, "fn");
    }
    const f1 = (c: { tp: number; fp: number; fn: number }) =>
      (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
    return {
      labelled: total.tp + total.fn,
      detected: total.tp,
      precision: total.tp / Math.max(1, total.tp + total.fp),
      recall: total.tp / Math.max(1, total.tp + total.fn),
      f1: f1(total),
      polarity: polarityRight / Math.max(1, total.tp),
      perAspect: [...perAspect]
        .sort()
        .map(([a, c]) => `${a} ${f1(c).toFixed(2)} (${c.tp + c.fn})`)
        .join(", "),
    };
  }
});
