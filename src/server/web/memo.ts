/**
 * A small least-recently-used memo for what pages derive from many rows (a film's aspect
 * summary), keyed by figures that change when those rows do (a film's count, positives and
 * score sums: one review swapped for another with the same verdict and score is the only
 * change it misses, until the next). Each web process keeps its own. Requests that ask for a
 * key while it is being computed share that one computation; a computation that fails is
 * not kept.
 */
export class Memo<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}

/**
 * One value for the latest key, for what is costly to build and may lag a change (a directory
 * of every name): while the value for a new key is computed — once, however many ask —
 * requests are answered with the value held, and only the first value is waited for. After a
 * computation that took d ms, the next starts no sooner than `rest` × d ms after it ended, so
 * a store that changes all the time costs a bounded share of the server's time. A computation
 * that fails leaves the value held in place; the next request tries again.
 */
export class LatestValue<T> {
  private held: { key: string; value: T; readyAt: number } | null = null;
  private pending: { key: string; value: Promise<T> } | null = null;

  constructor(
    private readonly rest = 0,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const held = this.held;
    if (held?.key === key || (held && this.now() < held.readyAt))
      return Promise.resolve(held.value);
    if (this.pending?.key !== key) {
      const started = this.now();
      const value = compute();
      const pending = { key, value };
      this.pending = pending;
      value.then(
        (v) => {
          if (this.pending !== pending) return;
          const ended = this.now();
          this.held = { key, value: v, readyAt: ended + this.rest * (ended - started) };
          this.pending = null;
        },
        () => {
          if (this.pending === pending) this.pending = null;
        },
      );
    }
    return held ? Promise.resolve(held.value) : (this.pending?.value as Promise<T>);
  }

  /**
   * The value held, perhaps for an older key, without waiting, while the latest is computed as
   * `get` computes it; null until a first value is ready (the caller answers another way).
   */
  peek(key: string, compute: () => Promise<T>): T | null {
    this.get(key, compute).catch(() => {});
    return this.held?.value ?? null;
  }
}
