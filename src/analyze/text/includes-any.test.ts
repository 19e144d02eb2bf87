import { expect, test } from "vitest";
import { includesAny } from "./includes-any.js";

test("any of the literals, anywhere in the text", () => {
  expect(includesAny("better than most", ["unlike", "than"])).toBe(true);
  expect(includesAny("similar to", ["ilar to"])).toBe(true);
  expect(includesAny("nothing compares", ["unlike", "than"])).toBe(false);
  expect(includesAny("", ["a"])).toBe(false);
  expect(includesAny("anything", [])).toBe(false);
});
