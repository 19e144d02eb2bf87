import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("cinemeter config", () => {
  test("prints the configuration in force as JSON, secrets masked", () => {
    const { DATABASE_URL: _, ...env } = process.env;
    const { code, stdout, stderr } = runCli(["config", "--db", "somewhere/else.db"], "", {
      ...env,
      CINEMETER_API_TOKEN: "a-secret-token-of-twenty",
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const config = JSON.parse(stdout) as Record<string, unknown>;
    expect(config).toMatchObject({ store: "sqlite", dbPath: "somewhere/else.db", apiToken: "set" });
    expect(stdout).not.toContain("a-secret-token-of-twenty");
  });

  test("a setting it cannot take is refused with a plain message, no stack", () => {
    const { code, stdout, stderr } = runCli(["config"], "", {
      ...process.env,
      CINEMETER_SIGNUP: "sometimes",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("cinemeter: configuration: CINEMETER_SIGNUP must be open or closed\n");
  });
});
