import type { AddJobsJobSpec, WorkerUtils } from "graphile-worker";

/**
 * Queues jobs with `addJobs`, in the order of their job keys whatever order they come in.
 * Every worker queues the same due feeds, and two lists of the same keys queued at once in
 * different orders deadlock in PostgreSQL, each holding a key the other waits for: two lists
 * of 300 keys queued side by side, one reversed, deadlocked in 16 rounds of 20; in key order,
 * in none (test/db/queue-jobs.test.ts does the same). `preserveRunAt`: a job already queued
 * keeps its time.
 */
export function queueJobs(
  utils: Pick<WorkerUtils, "addJobs">,
  specs: readonly AddJobsJobSpec[],
  preserveRunAt = false,
): Promise<unknown> {
  return utils.addJobs([...specs].sort(byJobKey), preserveRunAt);
}

/** Keyed jobs in their keys' order (plain string order, the same on every machine), unkeyed last. */
function byJobKey(a: AddJobsJobSpec, b: AddJobsJobSpec): number {
  const x = a.jobKey ?? "\uffff";
  const y = b.jobKey ?? "\uffff";
  return x < y ? -1 : x > y ? 1 : 0;
}
