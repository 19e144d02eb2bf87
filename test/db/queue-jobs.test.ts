import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { queueJobs } from "../../src/jobs/queue-jobs.js";
import { dropSchemas, postgresAvailable, TEST_DATABASE_URL } from "../helpers/stores.js";

const havePostgres = await postgresAvailable();
const schema = `cm_queue_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

describe.skipIf(!havePostgres)("queuing keyed jobs from several workers at once", () => {
  let utils: WorkerUtils;
  beforeAll(async () => {
    utils = await makeWorkerUtils({ connectionString: TEST_DATABASE_URL, schema });
    await utils.migrate();
  });
  afterAll(async () => {
    await utils?.release();
    await dropSchemas(schema);
  });

  test("the same keys queued side by side in opposite orders do not deadlock, and each is one job", async () => {
    // As every worker queues the due feeds each pass: the same keys, in whatever order each
    // worker found them (graphile-worker's add_jobs takes them in the order given: in opposite
    // orders, two such lists deadlocked in most rounds of a scratch run).
    const keys = Array.from({ length: 300 }, (_, i) => `feed:f${String(i).padStart(4, "0")}`);
    const specs = (order: string[]) =>
      order.map((key) => ({ identifier: "poll-feed", payload: { key }, jobKey: key }));
    for (let round = 0; round < 10; round++) {
      const settled = await Promise.allSettled([
        queueJobs(utils, specs(keys), true),
        queueJobs(utils, specs([...keys].reverse()), true),
      ]);
      expect(settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []))).toEqual(
        [],
      );
    }
    const { rows } = await utils.withPgClient((client) =>
      client.query<{ n: string }>(`select count(*) as n from ${schema}.jobs`),
    );
    expect(Number(rows[0]?.n)).toBe(keys.length);
  });
});
