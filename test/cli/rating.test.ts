import { describe, expect, test } from "vitest";
import { jsonLines, runCli } from "../helpers/run-cli.js";

describe("cinemeter rating", () => {
  test("one rating, as JSON, with every field of the contract", () => {
    const { code, stdout, stderr } = runCli(["rating", "3 stars", "--json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({
      raw: "3 stars",
      kind: "stars",
      value: 3,
      max: 5,
      score: 60,
      scaleSource: "default",
    });
  });

  test("--outlet applies the outlet's known scale; unquoted words are joined", () => {
    const { code, stdout } = runCli([
      "rating",
      "3",
      "stars",
      "--outlet",
      "Chicago Sun-Times",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      raw: "3 stars",
      max: 4,
      score: 75,
      scaleSource: "outlet",
    });
  });

  test("a rating that starts with a minus sign is not taken for an option", () => {
    const { code, stdout } = runCli(["rating", "-1 on a scale of -4 to +4", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "symmetric", score: 37.5 });
  });

  test("human output says where the figure came from", () => {
    expect(runCli(["rating", "B-plus"]).stdout).toBe("B-plus → 83/100 (letter grade B+)\n");
    expect(runCli(["rating", "Skip it"]).stdout).toBe(
      "Skip it → negative (verdict word, no score)\n",
    );
    expect(runCli(["rating", "G.O.A.T"]).stdout).toMatch(/^G\.O\.A\.T → no score: /);
  });

  test("--jsonl: one line per input line, in order, outlet scales learned from the whole input", () => {
    const input = [
      { rating: "8", outlet: "Apollo Guide" },
      { rating: "3/5", outlet: "Tiny Zine" },
      { rating: "4", outlet: "Tiny Zine" },
      { rating: "7", outlet: "Apollo Guide" },
      { rating: "B+" },
      "★★★½",
      { rating: "Critic's Pick", outlet: "New York Times" },
      { outlet: "No Rating Weekly" },
    ]
      .map((v) => JSON.stringify(v))
      .join("\n");
    const { code, stdout, stderr } = runCli(["rating", "--jsonl"], `${input}\n`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const out = jsonLines(stdout) as Array<Record<string, unknown>>;
    expect(out.map((r) => r.score)).toEqual([80, 60, 80, 70, 83, 70, null, null]);
    expect(out[2]).toMatchObject({ kind: "number", max: 5, scaleSource: "outlet" });
    expect(out[6]).toMatchObject({ verdict: "positive" });
    expect(out[7]).toMatchObject({ kind: "empty", reason: "no rating given" });
  });

  test("--jsonl: a malformed line gets an error object in its place, named on stderr, exit 2", () => {
    const { code, stdout, stderr } = runCli(
      ["rating", "--jsonl"],
      '{"rating": "3/4"}\n{not json\n{"rating": ["x"]}\n{"rating": "2/4"}\n',
    );
    expect(code).toBe(3);
    const out = jsonLines(stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ score: 75 });
    expect(out[1]).toMatchObject({ error: { id: "invalid_json", line: 2 } });
    expect(out[2]).toMatchObject({ error: { id: "invalid_input", line: 3 } });
    expect(out[3]).toMatchObject({ score: 50 });
    expect(stderr).toMatch(/stdin line 2: not valid JSON/);
    expect(stderr).toMatch(/stdin line 3: "rating" must be a string or a number/);
    expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/); // no stack trace
  });

  test("bad usage exits 2 with one line on stderr", () => {
    for (const args of [
      ["rating"],
      ["rating", "3/4", "--jsonl"],
      ["nonsense"],
      ["rating", "--json", "--outlet"],
    ]) {
      const { code, stderr } = runCli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr.trim().split("\n")[0], args.join(" ")).toMatch(/^cinemeter: /);
    }
  });

  test("--help and --version exit 0", () => {
    expect(runCli(["--help"]).code).toBe(0);
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
