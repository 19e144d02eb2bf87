import type { Command } from "commander";
import { expect, test } from "vitest";
import { buildProgram } from "./program.js";

const quiet = { write: () => true };
async function* nothing(): AsyncGenerator<string> {}
const program = buildProgram({ stdin: nothing(), stdout: quiet, stderr: quiet }, () => {});

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

// Commander wraps a description at the terminal's width; a line break written into one made
// `cinemeter import --help` ragged on an 80-column terminal ("…folders of text, Markdown" alone
// on a line, the rest wrapped after it).
test("every command's help is one paragraph that commander wraps to the terminal", () => {
  const broken = everyCommand(program)
    .filter((command) => /\n/.test(command.description()))
    .map((command) => command.name());
  expect(broken).toEqual([]);
  expect(everyCommand(program).length).toBeGreaterThan(20);
});
