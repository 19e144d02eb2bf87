/**
 * A small least-recently-used memo for what pages derive from many rows (a film's aspect
 * summary), keyed by figures that change when those rows do (a film's count, positives and
 * score sums: one review swapped for another with the same verdict and score is the only
 * change it misses, until the next). Each web process keeps its own.
 */
export class Memo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly size: number) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
