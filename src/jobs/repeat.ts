/**
 * Runs `work` now and again `intervalMs` after each run ends, until stopped; a run that fails
 * is reported to `onError` and the next goes ahead. `stop` waits for the run in progress.
 */
export function repeat(
  work: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: Error) => void = () => {},
): { stop: () => Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let run: Promise<unknown> = Promise.resolve();
  const tick = () => {
    run = work()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await run;
    },
  };
}
