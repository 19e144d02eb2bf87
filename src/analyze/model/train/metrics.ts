/** A reliability bin: predictions in [from, to), their mean and how often they were right. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

export interface VerdictMetrics {
  count: number;
  accuracy: number;
  /** Of the positive texts, the share read positive; of the negative, the share read negative. */
  recall: { positive: number; negative: number };
  /** The mean of the two recalls: the accuracy on a set with as many of each (Pang & Lee's). */
  balancedAccuracy: number;
  logLoss: number;
  brier: number;
  /** Expected calibration error over 10 equal-width bins. */
  ece: number;
  reliability: ReliabilityBin[];
}

/** Accuracy and calibration of probabilities of the positive class against 0/1 labels. */
export function verdictMetrics(probabilities: number[], labels: number[]): VerdictMetrics {
  const n = probabilities.length;
  let correct = 0;
  const found = { positive: 0, positives: 0, negative: 0, negatives: 0 };
  let logLoss = 0;
  let brier = 0;
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
    sumP: 0,
    sumY: 0,
  }));
  probabilities.forEach((p, i) => {
    const y = labels[i] as number;
    const right = (p >= 0.5 ? 1 : 0) === y;
    if (right) correct++;
    if (y === 1) {
      found.positives++;
      if (right) found.positive++;
    } else {
      found.negatives++;
      if (right) found.negative++;
    }
    const clipped = Math.min(1 - 1e-7, Math.max(1e-7, p));
    logLoss -= y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped);
    brier += (p - y) ** 2;
    const bin = bins[Math.min(9, Math.floor(p * 10))] as (typeof bins)[number];
    bin.count++;
    bin.sumP += p;
    bin.sumY += y;
  });
  const reliability = bins.map((b) => ({
    from: b.from,
    to: b.to,
    count: b.count,
    meanPredicted: b.count ? b.sumP / b.count : 0,
    observed: b.count ? b.sumY / b.count : 0,
  }));
  const ece = reliability.reduce(
    (s, b) => s + (b.count / Math.max(1, n)) * Math.abs(b.observed - b.meanPredicted),
    0,
  );
  const recall = {
    positive: found.positive / Math.max(1, found.positives),
    negative: found.negative / Math.max(1, found.negatives),
  };
  return {
    count: n,
    accuracy: correct / Math.max(1, n),
    recall,
    balancedAccuracy: (recall.positive + recall.negative) / 2,
    logLoss: logLoss / Math.max(1, n),
    brier: brier / Math.max(1, n),
    ece,
    reliability,
  };
}

/** Mean absolute error. */
export function meanAbsoluteError(predicted: number[], actual: number[]): number {
  return (
    predicted.reduce((s, p, i) => s + Math.abs(p - (actual[i] as number)), 0) /
    Math.max(1, predicted.length)
  );
}
