import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { decodeTextModel } from "../../src/analyze/model/model-file.js";
import type { Evaluation } from "../../src/analyze/model/train/train-text-model.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { sharedData } from "../helpers/shared-data.js";

const data = sharedData("rt-reviews", "rt.reviews.tsv.gz");
const out = mkdtempSync(join(tmpdir(), "cinemeter-train-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe.skipIf(data === null)("cinemeter train", () => {
  const run = data ? runCli(["train", "--data", data, "--out", out]) : null;

  test("trains, evaluates on held-out films and writes the model and its report", () => {
    expect(run?.code, run?.stderr).toBe(0);
    expect(run?.stdout).toMatch(/held-out films: text verdict accuracy \d+\.\d%/);
    expect(readFileSync(join(out, "REPORT.md"), "utf8")).toMatch(
      /## Results on the held-out test films/,
    );
  });

  test("the verdict is right on at least 80% of held-out reviews, with and without a rating", () => {
    const meta = decodeTextModel(readFileSync(join(out, "text-model.bin.gz"))).meta as {
      evaluation: Evaluation;
    };
    expect(meta.evaluation.pipeline.all).toBeGreaterThanOrEqual(0.8);
    expect(meta.evaluation.text.unrated.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(meta.evaluation.score.mae).toBeLessThan(meta.evaluation.score.baselineMae);
    expect(meta.evaluation.text.all.ece).toBeLessThan(0.06);
  });

  test("training is deterministic: it reproduces the committed model byte for byte", () => {
    expect(sha256(join(out, "text-model.bin.gz"))).toBe(
      sha256(join(REPO_ROOT, "models", "text-model.bin.gz")),
    );
  });
});
