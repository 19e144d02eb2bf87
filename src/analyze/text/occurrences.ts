/**
 * Where `needle` starts in `haystack`, every place, overlapping ones too, in order; in time
 * linear in both (Knuth–Morris–Pratt). `indexOf` from each place found on is quadratic when
 * the places are many and most are passed over ("aaa…" in "aaaa…"), and the words an admin
 * asks to quote are outside text.
 *
 * @example [...occurrences("abababa", "aba")] // [0, 2, 4]
 */
export function* occurrences(haystack: string, needle: string): Generator<number> {
  const m = needle.length;
  if (m === 0 || m > haystack.length) return;
  // fail[i]: the length of the longest proper prefix of needle[0..i] that is also its suffix.
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) k = fail[k - 1] as number;
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = 0, k = 0; i < haystack.length; i++) {
    while (k > 0 && haystack.charCodeAt(i) !== needle.charCodeAt(k)) k = fail[k - 1] as number;
    if (haystack.charCodeAt(i) === needle.charCodeAt(k)) k++;
    if (k === m) {
      yield i - m + 1;
      k = fail[k - 1] as number;
    }
  }
}
