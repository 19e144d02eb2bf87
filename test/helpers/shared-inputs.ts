import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { decodeHTML } from "entities";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { isoDate } from "../../src/ingest/csv/adapter.js";
import { readRows } from "../../src/ingest/csv/read-rows.js";
import { reviewFromJson } from "../../src/ingest/jsonl/adapter.js";
import { sharedData } from "./shared-data.js";

/** The first `count` rt-reviews rows as review inputs, films known by their rt id (no URL). */
export async function rtInputs(count: number): Promise<ReviewInput[]> {
  const inputs: ReviewInput[] = [];
  const path = sharedData("rt-reviews", "rt.reviews.tsv.gz") ?? "";
  for await (const { values } of readRows(path, { delimiter: "\t", encoding: "latin1" })) {
    inputs.push({
      ...emptyReviewInput(decodeHTML(values.review ?? "")),
      outlet: decodeHTML(values.publisher ?? "") || null,
      critic: values.critic || null,
      rating: values.rating || null,
      film: { title: "", year: null, externalId: `rt:${values.id}` },
      topCritic: values.top_critic === "1",
      date: isoDate(values.date ?? ""),
    });
    if (inputs.length === count) break;
  }
  return inputs;
}

/**
 * The first `count` imdb-reviews lines as the JSON-lines import reads them: many reviews on
 * one URL, their film's page of user reviews, which names its IMDb id.
 */
export async function imdbInputs(count: number): Promise<ReviewInput[]> {
  const inputs: ReviewInput[] = [];
  const path = sharedData("imdb-reviews", "train.jsonl.gz") ?? "";
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
  for await (const line of lines) {
    const read = reviewFromJson(JSON.parse(line), inputs.length + 1);
    if ("error" in read) throw new Error(read.error);
    inputs.push(read.input);
    if (inputs.length === count) break;
  }
  lines.close();
  return inputs;
}
