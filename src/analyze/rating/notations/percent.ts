import { parseQuantity, QTY } from "../quantity.js";
import { onScale, type Reading } from "../reading.js";

const PERCENT = new RegExp(String.raw`^(${QTY})\s*(?:%|percent|per\s+cent|pct)$`);

/** `85%`, `85 %`, `85 percent`. */
export function readPercent(s: string): Reading | null {
  const m = PERCENT.exec(s);
  const value = m ? parseQuantity(m[1] ?? "") : null;
  if (value === null) return null;
  return onScale("percent", value, 100, "stated");
}
