import { describe, expect, test } from "vitest";
import {
  type AspectMention,
  parseAdminAspects,
  SET_BY_ADMIN,
  withAdminAspects,
} from "./analysis.js";

describe("an admin's word on a review's aspects", () => {
  // As read on a film page (rt-reviews): a simile about the film taken for music praise.
  const read: AspectMention[] = [
    {
      aspect: "music",
      polarity: "positive",
      evidence: "It's like a fine cover of a classic song",
      strength: 2,
    },
    { aspect: "acting", polarity: "negative", evidence: "the leads are wooden", strength: 2 },
    { aspect: "pacing", polarity: "positive", evidence: "it never drags", strength: 0.8 },
  ];

  test("none takes an aspect away; praise or a complaint sets its side and keeps its words; the rest stay as read", () => {
    const set = withAdminAspects(read, { music: "none", pacing: "negative" });
    expect(set).toEqual([read[1], { ...read[2], polarity: "negative", strength: SET_BY_ADMIN }]);
  });

  test("an aspect the reading missed is added without words (counted, never quoted)", () => {
    const set = withAdminAspects(read, { direction: "positive", humor: "none" });
    expect(set).toEqual([
      ...read,
      { aspect: "direction", polarity: "positive", evidence: "", strength: SET_BY_ADMIN },
    ]);
  });

  test("without an admin's word the reading stands as it is", () => {
    expect(withAdminAspects(read, undefined)).toEqual(read);
    expect(withAdminAspects(read, {})).toEqual(read);
  });

  test("as stored: only the nine aspects and the three settings are read back", () => {
    expect(parseAdminAspects(null)).toEqual({});
    expect(
      parseAdminAspects('{"music":"none","acting":"positive","plot":"negative","pacing":"meh"}'),
    ).toEqual({ music: "none", acting: "positive" });
  });
});
