import { describe, expect, it } from "vitest";
import { splitSstTrees } from "./dataset.js";
import { fitLogisticStack } from "./stack.js";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe("fitLogisticStack", () => {
  // 70 fresh and 30 rotten examples whose one input says nothing: the stack can only learn
  // the share of fresh ones, in its bias.
  const labels = [...Array(70).fill(1), ...Array(30).fill(0)] as number[];
  const inputs = labels.map(() => [0]);

  it("learns the fresh share of the examples it is fit on", () => {
    expect(sigmoid(fitLogisticStack(inputs, labels).bias)).toBeCloseTo(0.7, 3);
  });

  it("learns the share its example weights give the fresh examples instead", () => {
    // Fresh examples weigh 0.6·100/70 each, rotten ones 0.4·100/30: together 60% fresh.
    const weights = labels.map((l) => (l === 1 ? 60 / 70 : 40 / 30));
    expect(sigmoid(fitLogisticStack(inputs, labels, 1e-3, weights).bias)).toBeCloseTo(0.6, 3);
  });

  it("weighs the evidence the same way whatever the weights", () => {
    const evidence = labels.map((l, i) => [
      l === 1 ? (i % 7 === 0 ? -1 : 1) : i % 5 === 0 ? 1 : -1,
    ]);
    const plain = fitLogisticStack(evidence, labels);
    const weighted = fitLogisticStack(
      evidence,
      labels,
      1e-3,
      labels.map((l) => (l === 1 ? 60 / 70 : 40 / 30)),
    );
    expect(weighted.weights[0]).toBeCloseTo(plain.weights[0] as number, 1);
    expect(weighted.bias).toBeLessThan(plain.bias);
  });
});

describe("splitSstTrees", () => {
  const tree = (label: number, text: string) => [{ label, text }];
  it("keeps every tenth sentence apart, the neutral ones for the score map alone", () => {
    const trees = Array.from({ length: 30 }, (_, i) => tree(i === 10 ? 2 : 4, `sentence ${i}`));
    const split = splitSstTrees(trees);
    expect(split.stackSentences.map((e) => [e.text, e.label, e.score])).toEqual([
      ["sentence 0", 1, 90],
      ["sentence 20", 1, 90],
    ]);
    expect(split.neutralSentences.map((e) => [e.text, e.score])).toEqual([["sentence 10", 50]]);
    expect(split.trainPhrases).toHaveLength(27);
  });
});
