import { expect, test } from "vitest";
import { quoteMarkRole } from "./quote-marks.js";

const role = (text: string) => quoteMarkRole(text, text.indexOf('"'));

test("a quotation mark opens before a word and closes after one, or does neither", () => {
  expect(role('She said "leave now')).toBe("opens");
  expect(role('"Leave now')).toBe("opens");
  // A title whose opening quote the source cut closes what nothing opened.
  expect(role('Killer Joe" is downright hysterical')).toBe("closes");
  // After end punctuation, a closing bracket or a single quote it closes too.
  expect(role("and it is.'\" So")).toBe("closes");
  expect(role('Samara (The Ring)"?')).toBe("closes");
  expect(role('a"b')).toBeNull();
});
