import { Command, CommanderError } from "commander";
import { CinemeterError, EXIT } from "../errors.js";
import { packageVersion } from "../package-root.js";
import type { Io } from "./io.js";
import { printJson } from "./io.js";

/** Every command that opens the store says so the same way. */
const DB_HELP =
  "SQLite database file (default ./data/cinemeter.db, or CINEMETER_DB); DATABASE_URL selects PostgreSQL instead";

/**
 * Builds the `cinemeter` program; `run` resolves to the exit code. Each command's module is
 * loaded when the command runs, so `cinemeter rating` does not start by loading the
 * database drivers and the HTTP server.
 */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command("cinemeter")
    .description("Cinemeter: the open critic-review aggregator")
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError("(run cinemeter --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s.startsWith("error:") ? `cinemeter: ${s.slice(7)}` : s),
    })
    .exitOverride()
    // A subcommand's options are its own: `films merge A B --db FILE` reaches merge.
    .enablePositionalOptions();

  program
    .command("rating")
    .summary("normalize an original rating to 0–100")
    .description(
      'Normalize an original rating ("3 stars", "B+", "7/10", "Recommended") to 0–100. ' +
        'With --jsonl, read {"rating": "...", "outlet": "..."} lines on stdin and write one result line per input line.',
    )
    .argument("[rating...]", "the rating as written; quote it, or its words are joined")
    .option("--outlet <name>", "the outlet that gave it (its known scale fills in a missing one)")
    .option("--json", "print the result as JSON")
    .option("--jsonl", "batch mode: JSON lines on stdin, JSON lines on stdout")
    .allowUnknownOption()
    .action(async (words: string[], options) =>
      setExitCode(await (await import("./rating.js")).ratingCommand(words, options, io)),
    );

  program
    .command("analyze")
    .summary("analyze review files or JSON lines")
    .description(
      "Analyze reviews: plain text in the seed's form (first line '<outlet> <rating>'), Markdown with front matter, " +
        "or HTML pages with schema.org Review JSON-LD; JSON-lines files, saved feeds and CSV dumps (with --map or " +
        "--preset) review by review; a folder's review files, as import walks it. With --jsonl, read review objects " +
        "on stdin, one per line.",
    )
    .argument("[files...]", "review files or folders; - reads one review from stdin")
    .option(
      "--json",
      "print JSON: one object for one file, an array for several (each with its source)",
    )
    .option(
      "--jsonl",
      "batch mode: JSON lines on stdin ({text, outlet, critic, rating, title, url, date, film})",
    )
    .option("--format <format>", "auto, text, markdown or html", "auto")
    .option("--map <mapping>", "a CSV dump's columns to fields, e.g. review=text,publisher=outlet")
    .option("--preset <name>", "a known CSV layout: rt (../shared/data/rt-reviews)")
    .option("--encoding <encoding>", "a CSV dump's: utf8 or latin1")
    .option(
      "--evidence",
      "also say what each text's reading rests on: the words (or sentences) that weigh most each way, found by reading it again without each",
    )
    .action(async (files: string[], options) =>
      setExitCode(await (await import("./analyze.js")).analyzeCommand(files, options, io)),
    );

  program
    .command("import")
    .summary("import reviews into the database")
    .description(
      "Import reviews from JSONL, CSV/TSV (with --map or --preset; gzip welcome) and folders of text, Markdown " +
        "or HTML reviews. Each review is analyzed and linked to its film; duplicates are skipped; re-running an " +
        "import, or an interrupted one, adds nothing twice.",
    )
    .argument("[paths...]", "files and folders")
    .option(
      "--format <format>",
      "auto, jsonl, csv, feed (RSS, Atom, JSON Feed), text, markdown or html",
      "auto",
    )
    .option("--map <mapping>", "CSV columns to fields, e.g. review=text,publisher=outlet")
    .option("--preset <name>", "a known CSV layout: rt (../shared/data/rt-reviews)")
    .option("--encoding <encoding>", "utf8 or latin1")
    .option(
      "--jobs",
      "PostgreSQL: cut the input into chunks stored by the running `cinemeter worker`s, and wait for them",
    )
    .option("--db <path>", DB_HELP)
    .option("--json", "print the summary as JSON")
    .action(async (paths: string[], options) =>
      setExitCode(await (await import("./import.js")).importCommand(paths, options, io)),
    );

  const feeds = program.command("feeds").summary("follow critics' feeds (RSS, Atom, JSON Feed)");
  const feedsModule = () => import("./feeds.js");
  feeds
    .command("add")
    .summary("subscribe to a feed")
    .argument("<url>", "the feed's http(s) URL")
    .option("--outlet <name>", "the outlet its reviews are credited to (default: the feed's title)")
    .option("--critic <name>", "the critic they are credited to (default: each item's author)")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the subscription as JSON")
    .action(async (url: string, options) =>
      setExitCode(await (await feedsModule()).feedsAddCommand(url, options, io)),
    );
  feeds
    .command("list")
    .summary("subscriptions with their last fetch, status, error and item count")
    .option("--db <path>", DB_HELP)
    .option("--json", "print them as JSON")
    .action(async (options) =>
      setExitCode(await (await feedsModule()).feedsListCommand(options, io)),
    );
  feeds
    .command("remove")
    .summary("unsubscribe (the reviews stay)")
    .argument("<id-or-url>")
    .option("--db <path>", DB_HELP)
    .action(async (idOrUrl: string, options) =>
      setExitCode(await (await feedsModule()).feedsRemoveCommand(idOrUrl, options, io)),
    );
  feeds
    .command("resume")
    .summary("poll a parked feed again (parked after too many failures in a row)")
    .argument("<id-or-url>")
    .option("--db <path>", DB_HELP)
    .action(async (idOrUrl: string, options) =>
      setExitCode(await (await feedsModule()).feedsResumeCommand(idOrUrl, options, io)),
    );
  feeds
    .command("import")
    .summary("follow every feed an OPML file lists (a feed reader's export)")
    .argument("<file>", "an OPML file")
    .option("--db <path>", DB_HELP)
    .option("--json", "print each feed's outcome as JSON")
    .action(async (file: string, options) =>
      setExitCode(await (await feedsModule()).feedsImportCommand(file, options, io)),
    );
  feeds
    .command("export")
    .summary("print the followed feeds as OPML, for any feed reader")
    .option("--db <path>", DB_HELP)
    .action(async (options) =>
      setExitCode(await (await feedsModule()).feedsExportCommand(options, io)),
    );
  feeds
    .command("poll")
    .summary("fetch the feeds that are due (conditional GET, backoff), then every minute")
    .option("--once", "poll the due feeds once and exit")
    .option("--db <path>", DB_HELP)
    .option("--json", "one JSON line per feed polled")
    .action(async (options) =>
      setExitCode(await (await feedsModule()).feedsPollCommand(options, io)),
    );

  const catalog = program.command("catalog").summary("the film catalog (IMDb, MovieLens)");
  catalog
    .command("import")
    .summary("import IMDb dataset files or MovieLens")
    .argument(
      "[files...]",
      "title.basics.tsv[.gz], title.principals.tsv[.gz], name.basics.tsv[.gz]; movies.csv + links.csv; or the folders that hold them",
    )
    .option("--types <list>", "IMDb title types to keep", "movie,tvMovie")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the summary as JSON")
    .action(async (files: string[], options) =>
      setExitCode(await (await import("./catalog.js")).catalogImportCommand(files, options, io)),
    );

  const me = program
    .command("me")
    .summary(
      "a reader's own ratings, the critics who share their taste, scores predicted for them",
    );
  const meCommand = (name: string, summary: string) =>
    me
      .command(name)
      .summary(summary)
      .requiredOption("--as <name>", "the reader's name on this instance")
      .option("--db <path>", DB_HELP)
      .option("--json", "print JSON");
  const meModule = () => import("./me.js");
  meCommand(
    "import",
    "import a Letterboxd export (ratings.csv, diary.csv) or an IMDb ratings export",
  )
    .argument("[files...]", "the export files")
    .option(
      "--letterboxd-feed <url>",
      "also a Letterboxd member's RSS feed (letterboxd.com/NAME/rss/)",
    )
    .action(async (files: string[], options) =>
      setExitCode(await (await meModule()).meImportCommand(files, options, io)),
    );
  meCommand(
    "ratings",
    "a reader's ratings and the films they are linked to (--json: all of them, to keep)",
  )
    .option("--unlinked", "only those not linked to a film")
    .action(async (options) => setExitCode(await (await meModule()).meRatingsCommand(options, io)));
  meCommand("critics", "the critics whose taste matches the reader's, best first")
    .option("--limit <n>", "how many", "20")
    .action(async (options) => setExitCode(await (await meModule()).meCriticsCommand(options, io)));
  meCommand("predict", "scores predicted for the reader, with intervals")
    .option("--film <id...>", "these films (default: films the matched critics rated)")
    .option("--limit <n>", "how many", "20")
    .action(async (options) => setExitCode(await (await meModule()).mePredictCommand(options, io)));
  meCommand("delete", "delete the reader and all their ratings").action(async (options) =>
    setExitCode(await (await meModule()).meDeleteCommand(options, io)),
  );

  const films = program
    .command("films")
    .summary("list films with their scores")
    .option("--json", "print JSON")
    .option(
      "--sort <order>",
      "score (the shrunk mean), positive, mean, reviews, newest (the films' years) or recent (newest added reviews)",
      "score",
    )
    .option("--limit <n>", "how many", "50")
    .option("--db <path>", DB_HELP)
    .action(async (options) =>
      setExitCode(await (await import("./films.js")).filmsCommand(options, io)),
    );
  films
    .command("merge")
    .summary("merge film A into film B: its reviews move to B, its URL leads to B (undoable)")
    .argument("<from>", "the film to merge away: its id or its shown name")
    .argument("<into>", "the film to keep: its id or its shown name")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (from: string, into: string, options) =>
      setExitCode(
        await (await import("./corrections.js")).filmsMergeCommand(from, into, options, io),
      ),
    );
  films
    .command("edit")
    .summary("rename a film or set its year (pinned: linking leaves it; undoable)")
    .argument("<film>", "its id or its shown name")
    .option("--title <title>", "the film's title")
    .option("--year <year>", 'its year, or "none"')
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (film: string, options) =>
      setExitCode(await (await import("./corrections.js")).filmsEditCommand(film, options, io)),
    );
  films
    .command("link")
    .summary("link provisional films to the catalog where the evidence is clear")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the summary as JSON")
    .action(async (options) =>
      setExitCode(await (await import("./corrections.js")).filmsLinkCommand(options, io)),
    );

  const reviews = program
    .command("reviews")
    .summary(
      "correct where reviews are filed and what they count as; read them again after an upgrade",
    );
  reviews
    .command("reanalyze")
    .summary("read every stored review again with this version's rules and model")
    .option("--film <film>", "only one film's reviews: its id or its shown name")
    .option("--dry-run", "count and show what would change; write nothing")
    .option("--examples <n>", "how many changed reviews to describe", "10")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the summary as JSON")
    .action(async (options) =>
      setExitCode(await (await import("./reanalyze.js")).reviewsReanalyzeCommand(options, io)),
    );
  reviews
    .command("move")
    .summary("move reviews to another film (pinned there; undoable)")
    .argument("<review...>", "review ids")
    .requiredOption("--to <film>", "the film: its id or its shown name")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (ids: string[], options) =>
      setExitCode(await (await import("./corrections.js")).reviewsMoveCommand(ids, options, io)),
    );
  reviews
    .command("split")
    .summary("split reviews off into a new film of their own (undoable)")
    .argument("<review...>", "review ids")
    .requiredOption("--title <title>", "the new film's title")
    .option("--year <year>", "its year")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (ids: string[], options) =>
      setExitCode(await (await import("./corrections.js")).reviewsSplitCommand(ids, options, io)),
    );
  reviews
    .command("checks")
    .summary("the reviews whose analysis flags what does not add up, newest first")
    .option(
      "--least-sure",
      "list instead the verdicts read rather than given (from the text, a rating critics split on, an outlet's own line), least sure first",
    )
    .option("--film <film>", "with --least-sure: one film's alone (its id or shown name)")
    .option(
      "--reported",
      "list instead the reviews readers reported as read wrong that no admin has settled, each with their reports",
    )
    .option("--limit <n>", "how many", "20")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the reviews as JSON")
    .action(async (options) =>
      setExitCode(await (await import("./corrections.js")).reviewsChecksCommand(options, io)),
    );
  reviews
    .command("dismiss")
    .summary("dismiss what readers reported of a review, where nothing is wrong")
    .description(
      "Dismiss the open reports readers made on a review (reviews checks --reported lists them), " +
        "where an admin read it and found nothing wrong; a correction of the review settles them instead.",
    )
    .argument("<review>", "the review id")
    .option("--db <path>", DB_HELP)
    .option("--json", "print what was dismissed as JSON")
    .action(async (id: string, options) =>
      setExitCode(await (await import("./corrections.js")).reviewsDismissCommand(id, options, io)),
    );
  reviews
    .command("verdict")
    .summary("set the verdict a review counts as, where its reading had it wrong (undoable)")
    .description(
      "Set the verdict a review counts as: fresh or rotten, an admin's, which outranks the source's, the " +
        "rating's and the text's and which later readings keep; none takes it back (the review is read as it says).",
    )
    .argument("<review>", "the review id")
    .argument("<verdict>", "fresh, rotten or none")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (id: string, verdict: string, options) =>
      setExitCode(
        await (await import("./corrections.js")).reviewsVerdictCommand(id, verdict, options, io),
      ),
    );
  reviews
    .command("aspects")
    .summary("set what some aspects of a review are, where its reading had them wrong (undoable)")
    .description(
      "Set what some aspects of a review are, an admin's word which later readings keep: each " +
        "ASPECT=SETTING, the aspect one of acting, direction, writing, pacing, visuals, music, " +
        "editing, humor, effects, and the setting praise, complaint, none (the review does not " +
        "judge it) or read (as the review reads again). The aspects not named stay as they are.",
    )
    .argument("<review>", "the review id")
    .argument("<settings...>", "ASPECT=SETTING, e.g. music=none acting=praise")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (id: string, settings: string[], options) =>
      setExitCode(
        await (await import("./corrections.js")).reviewsAspectsCommand(id, settings, options, io),
      ),
    );
  reviews
    .command("quote")
    .summary(
      "set a review's pull quote to words of its text, where its reading chose badly (undoable)",
    )
    .description(
      "Set a review's pull quote to words of its own text, an admin's choice which later readings keep " +
        "while the text has them: as the text writes them (line breaks and runs of spaces aside), from " +
        "a word's start to a word's end, at most 60 words; marked … where they start or end inside a " +
        "sentence. --read takes them back (its reading chooses the quote again).",
    )
    .argument("<review>", "the review id")
    .argument("[words...]", 'the words to quote, e.g. "a film of rare tenderness"')
    .option("--read", "take back the quote an admin chose: the reading chooses again")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (id: string, words: string[], options) =>
      setExitCode(
        await (await import("./corrections.js")).reviewsQuoteCommand(id, words, options, io),
      ),
    );
  reviews
    .command("delete")
    .summary("delete a review; re-imports do not bring it back (undoable)")
    .argument("<review>", "the review id")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (id: string, options) =>
      setExitCode(await (await import("./corrections.js")).reviewsDeleteCommand(id, options, io)),
    );

  const imports = program.command("imports").summary("past imports");
  imports
    .command("undo")
    .summary("take back every review an import stored (undoable)")
    .argument("<import>", "the import id (see the imports page or import --json)")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry as JSON")
    .action(async (id: string, options) =>
      setExitCode(await (await import("./corrections.js")).importsUndoCommand(id, options, io)),
    );

  const audit = program
    .command("audit")
    .summary("every correction and automatic merge, newest first")
    .option("--target <id>", "only those about one film, review or import")
    .option("--limit <n>", "how many", "50")
    .option("--db <path>", DB_HELP)
    .option("--json", "print JSON")
    .action(async (options) =>
      setExitCode(await (await import("./corrections.js")).auditListCommand(options, io)),
    );
  audit
    .command("undo")
    .summary("undo one change in the audit log")
    .argument("<entry>", "the audit entry id")
    .option("--db <path>", DB_HELP)
    .option("--json", "print the audit entry of the undo as JSON")
    .action(async (id: string, options) =>
      setExitCode(await (await import("./corrections.js")).auditUndoCommand(id, options, io)),
    );

  program
    .command("film")
    .summary("one film: its figures and credits")
    .argument("<id-or-title>", "a film id, or a title to search for")
    .option("--json", "print JSON")
    .option("--db <path>", DB_HELP)
    .action(async (idOrTitle: string, options) =>
      setExitCode(await (await import("./film.js")).filmCommand(idOrTitle, options, io)),
    );

  program
    .command("serve")
    .summary("serve the site and the JSON API")
    .option("--port <port>", "port to listen on (default 3000, or PORT; 0 picks a free one)")
    .option("--host <host>", "address to listen on (default 127.0.0.1, or CINEMETER_HOST)")
    .option("--db <path>", DB_HELP)
    .option("--no-examples", "do not import the bundled examples into an empty database")
    .option(
      "--role <role>",
      "all (default: pages, API and feed polling) or web (no polling)",
      "all",
    )
    .action(async (options) =>
      setExitCode(await (await import("./serve.js")).serveCommand(options, io)),
    );

  program
    .command("worker")
    .summary("poll feeds as one of any number of workers sharing PostgreSQL (graphile-worker)")
    .option("--concurrency <n>", "feeds this worker polls at once", "4")
    .option("--schedule-every <seconds>", "how often it queues the feeds that are due", "30")
    .option("--json", "one JSON line per feed polled")
    .action(async (options) =>
      setExitCode(await (await import("./worker.js")).workerCommand(options, io)),
    );

  program
    .command("migrate")
    .summary("bring the database schema up to date")
    .option("--db <path>", DB_HELP)
    .action(async (options) =>
      setExitCode(
        await (await import("./store-options.js")).withStore(options, async () => {
          io.stdout.write("the database schema is up to date\n");
          return EXIT.ok;
        }),
      ),
    );

  program
    .command("config")
    .summary("print the configuration in force (secrets masked)")
    .option("--db <path>", DB_HELP)
    .action(async (options) => {
      // (Imported here, as each command's module is: the configuration's schema loads zod,
      // some 90 ms that a command without a store, such as rating, need not wait for.)
      const { describeConfig, loadConfig } = await import("../config.js");
      printJson(io, describeConfig(loadConfig(process.env, options)));
      setExitCode(EXIT.ok);
    });

  program
    .command("train")
    .summary("train the text model from rt-reviews, imdb-reviews and SST")
    .description(
      "Train, calibrate and evaluate the text model on rt-reviews and imdb-reviews (split by " +
        "film) and SST (its train trees; its dev split held out), and write " +
        "models/text-model.bin and models/REPORT.md. Deterministic.",
    )
    .option(
      "--data <dir>",
      "the folder holding rt-reviews/, imdb-reviews/ and sst/ (default: ../shared/data beside the project)",
    )
    .option(
      "--out <dir>",
      "where to write the model and its report (default: the package's models/)",
    )
    .action(async (options) =>
      setExitCode(await (await import("./train.js")).trainCommand(options, io)),
    );

  return program;
}

/** Runs the CLI on `argv` and resolves to its exit code. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(
        error.code,
      );
      return quiet ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CinemeterError) {
      io.stderr.write(`cinemeter: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`cinemeter: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.CINEMETER_DEBUG) io.stderr.write(`${(error as Error)?.stack}\n`);
    return EXIT.internal;
  }
}
