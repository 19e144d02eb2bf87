import { describe, expect, test } from "vitest";
import { LatestValue, Memo } from "./memo.js";

/** A computation that ends when told to, counting how often it was started. */
function gate<T>() {
  let started = 0;
  const ends: Array<{ resolve: (v: T) => void; reject: (e: Error) => void }> = [];
  const compute = () => {
    started++;
    return new Promise<T>((resolve, reject) => ends.push({ resolve, reject }));
  };
  return { compute, started: () => started, ends };
}

describe("Memo", () => {
  test("computes a key once however many ask at once, keeps the newest few, forgets a failure", async () => {
    const memo = new Memo<number>(2);
    const g = gate<number>();
    const asks = [memo.get("a", g.compute), memo.get("a", g.compute), memo.get("a", g.compute)];
    expect(g.started()).toBe(1);
    g.ends[0]?.resolve(1);
    expect(await Promise.all(asks)).toEqual([1, 1, 1]);
    expect(await memo.get("a", g.compute)).toBe(1);
    expect(g.started()).toBe(1);

    const failing = memo.get("b", g.compute);
    g.ends[1]?.reject(new Error("no"));
    await expect(failing).rejects.toThrow("no");
    const again = memo.get("b", g.compute);
    expect(g.started()).toBe(3);
    g.ends[2]?.resolve(2);
    expect(await again).toBe(2);

    // Two kept: "c" pushes out the least recently used, "a".
    expect(await memo.get("c", async () => 3)).toBe(3);
    void memo.get("a", g.compute);
    expect(g.started()).toBe(4);
  });
});

describe("LatestValue", () => {
  test("waits for the first value only; a new key is computed once while the held value answers", async () => {
    const latest = new LatestValue<string>();
    const g = gate<string>();
    const first = [latest.get("k1", g.compute), latest.get("k1", g.compute)];
    expect(g.started()).toBe(1);
    g.ends[0]?.resolve("one");
    expect(await Promise.all(first)).toEqual(["one", "one"]);

    // The key moved on: the held value answers at once, one computation runs.
    expect(await latest.get("k2", g.compute)).toBe("one");
    expect(await latest.get("k2", g.compute)).toBe("one");
    expect(g.started()).toBe(2);
    g.ends[1]?.resolve("two");
    await new Promise((r) => setImmediate(r));
    expect(await latest.get("k2", g.compute)).toBe("two");

    // A failed computation leaves the held value; the next request tries again.
    expect(await latest.get("k3", g.compute)).toBe("two");
    g.ends[2]?.reject(new Error("lost"));
    await new Promise((r) => setImmediate(r));
    expect(await latest.get("k3", g.compute)).toBe("two");
    expect(g.started()).toBe(4);
    g.ends[3]?.resolve("three");
    await new Promise((r) => setImmediate(r));
    expect(await latest.get("k3", g.compute)).toBe("three");
  });
});

describe("LatestValue with a rest", () => {
  test("starts the next computation no sooner than rest × the last one's time after it ended", async () => {
    let clock = 0;
    const latest = new LatestValue<string>(10, () => clock);
    const g = gate<string>();
    const first = latest.get("k1", g.compute);
    clock = 100; // the first computation takes 100 ms
    g.ends[0]?.resolve("one");
    expect(await first).toBe("one");

    clock = 600; // 500 ms after it ended: resting, the held value answers
    expect(await latest.get("k2", g.compute)).toBe("one");
    expect(g.started()).toBe(1);
    clock = 1_100; // 1,000 ms after: the next starts
    expect(await latest.get("k2", g.compute)).toBe("one");
    expect(g.started()).toBe(2);
  });
});
