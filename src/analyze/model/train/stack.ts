/**
 * Fits p = σ(w·z + b) to 0/1 labels by Newton's method (a tiny L2 keeps it stable): the
 * stacker that combines verdict models' logits, and calibrates them at the same time (with
 * one input it is Platt scaling). `exampleWeights` (default 1 each) weigh each example's
 * loss: weights that give both labels the same total calibrate the stack at even odds.
 */
export function fitLogisticStack(
  inputs: number[][],
  labels: number[],
  l2 = 1e-3,
  exampleWeights?: readonly number[],
): { weights: number[]; bias: number } {
  const d = (inputs[0]?.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    inputs.forEach((z, n) => {
      const x = [...z, 1];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * (beta[i] as number), 0)));
      const weight = exampleWeights?.[n] ?? 1;
      const w = weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        gradient[i] =
          (gradient[i] as number) + weight * (p - (labels[n] as number)) * (x[i] as number);
        for (let j = 0; j < d; j++) {
          const row = hessian[i] as number[];
          row[j] = (row[j] as number) + w * (x[i] as number) * (x[j] as number);
        }
      }
    });
    for (let i = 0; i < d - 1; i++) {
      gradient[i] = (gradient[i] as number) + l2 * (beta[i] as number);
      const row = hessian[i] as number[];
      row[i] = (row[i] as number) + l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b - (step[i] as number));
    if (step.every((s) => Math.abs(s) < 1e-9)) break;
  }
  return { weights: beta.slice(0, -1), bias: beta.at(-1) ?? 0 };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (small systems only). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(m[r]?.[col] as number) > Math.abs(m[pivot]?.[col] as number)) pivot = r;
    }
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    if (Math.abs(p[col] as number) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (x[c] as number);
    x[r] = Math.abs(row[r] as number) < 1e-12 ? 0 : s / (row[r] as number);
  }
  return x;
}
