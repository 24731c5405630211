import type { Page } from '@playwright/test';

/** Sets the root font size, as a reader who enlarges the text in the browser does (e.g. '200%'). */
export async function setTextSize(page: Page, size: string): Promise<void> {
  await page.evaluate((s) => void (document.documentElement.style.fontSize = s), size);
}
