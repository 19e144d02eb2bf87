/**
 * A load generator run as its own process by the benches (bench-database.ts loadPaths): 10
 * connections for 5 s against `base`, each request for the next of the paths in `file` (one
 * per line), round and round. Prints autocannon's result as JSON.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [base, file] = process.argv.slice(2);
if (!base || !file) throw new Error("usage: load-paths BASE_URL PATHS_FILE");
const paths = readFileSync(file, "utf8").split("\n").filter(Boolean);
let next = 0;
const result = await autocannon({
  url: base,
  connections: 10,
  duration: 5,
  requests: [
    {
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
    },
  ],
});
process.stdout.write(JSON.stringify(result));
