/**
 * The V8 flags the project's own node commands run with: package.json's scripts (`npm start`,
 * `npm run bench:*`, which write them out: node-flags.test.ts checks that they agree), the
 * test forks (vitest.config.ts) and the CLI processes that tests and benches start. The bin
 * itself (`npx cinemeter`) keeps a plain `#!/usr/bin/env node`: passing a flag there needs
 * `env -S`, which BusyBox's env (Alpine, the official node:alpine images) does not have. The
 * flags change how fast the analysis runs, never what it finds.
 *
 * `--no-regexp-tier-up`: V8 first runs each regular expression in its bytecode interpreter and
 * compiles it to machine code only when it runs again. The analysis's expressions are large
 * (some hold hundreds of alternatives, their bytecode up to 0.9 MB): making and interpreting
 * their bytecode made the first review a process reads take about 590 ms instead of 160 (since
 * the aspects' terms are tried by first word, term-index.ts, about 400 instead of 170). And
 * V8 stops optimizing the expressions it compiles once more than 16 MB of compiled code exists
 * (the analysis's expressions alone take some 9 MB for each of V8's two string widths), so those
 * compiled late — for text with curly quotes, after a run of plain-ASCII reviews — ran several
 * times slower for the rest of the process: compiled on first use instead, the seed review read
 * after 20,000 snippets went from about 500 to 950 a second (docs/PERFORMANCE.md, "The
 * forty-sixth session's words").
 */
export const NODE_FLAGS: readonly string[] = ["--no-regexp-tier-up"];
