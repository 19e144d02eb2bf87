/**
 * Which regular expressions a piece of code runs: while it runs, RegExp.prototype.exec notes
 * every expression called (the engine's own `test`, `match`, `matchAll`, `replace`, `search`
 * and `split` all go through `exec` once it is replaced), with how many times. Used by
 * `npm run bench:redos` to find the expressions the paths that read outside text run, the
 * libraries' (the HTML and XML parsers') among them.
 */

export interface RegexUse {
  source: string;
  flags: string;
  /** How many times it ran. */
  runs: number;
}

/** The expressions `run` executes, in the order first run. */
export async function regexesRunBy(run: () => Promise<void>): Promise<RegexUse[]> {
  const seen = new Map<string, RegexUse>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const key = `${this.flags}/${this.source}`;
    const use = seen.get(key);
    if (use) use.runs++;
    else seen.set(key, { source: this.source, flags: this.flags, runs: 1 });
    return exec.call(this, text);
  };
  try {
    await run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen.values()];
}
