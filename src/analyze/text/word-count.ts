const SPACE = /\s/;

/** How many runs of non-space characters a text has (as `text.split(/\s+/)` would count them, without the array). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceAt(text, i);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether the character at `i` is whitespace (as `/\s/` reads it), the common ones without a regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text.charAt(i)));
}
