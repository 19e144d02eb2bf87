import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's chromium, or CINEMETER_CHROMIUM. */
export const CHROMIUM = process.env.CINEMETER_CHROMIUM ?? "/usr/bin/chromium";

/** Where screenshots go: test-results/screenshots in the checkout. */
export const SCREENSHOTS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../test-results/screenshots",
);

/**
 * Whether the browser tier can run. Without chromium it skips with a warning locally; in CI
 * (`CI=true`) that is an error: install it with `apt-get install -y chromium`.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") {
    throw new Error(
      `${CHROMIUM} is needed in CI for the browser tests: apt-get install -y chromium`,
    );
  }
  console.warn(
    `skipping browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium)`,
  );
  return false;
}

/** Headless chromium (Playwright gives each launch a fresh profile), no background networking. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/**
 * The tallest screenshot taken, in CSS pixels. The methodology page is some 90,000 pixels
 * tall at desktop width and 210,000 at phone width: captured whole it took 12–15 s a width and
 * 27 MB, more than anyone reads; its top is what a screenshot is looked at for.
 */
export const MAX_SCREENSHOT_HEIGHT = 16_384;

/** A screenshot of the whole page, or of its top MAX_SCREENSHOT_HEIGHT pixels if it is taller. */
export async function screenshotPage(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width;
  await page.screenshot({
    path,
    fullPage: true,
    ...(height > MAX_SCREENSHOT_HEIGHT && width
      ? { clip: { x: 0, y: 0, width, height: MAX_SCREENSHOT_HEIGHT } }
      : {}),
  });
}
