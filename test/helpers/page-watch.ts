import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'img' | 'andet';
const KIND: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', image: 'img' };

export interface PageWatch {
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors, script errors and CSP violations so far. */
  errors: () => Promise<string[]>;
  /** Gzipped bytes of every response so far, by kind. */
  sizes: () => Promise<Record<Kind, number>>;
}

/**
 * Watches a page from before it starts loading: the requests it makes, the errors and CSP violations it
 * raises, and the gzipped size of what it loads. One watch serves every audit that reads the same load.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const requests: string[] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, img: 0, andet: 0 };
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`script: ${e.message}`));
  page.on('response', (response) => {
    // Chromium files the favicon under "other"; its content type says it is an image.
    const kind =
      KIND[response.request().resourceType()] ??
      (response.headers()['content-type']?.startsWith('image/') ? 'img' : 'andet');
    pending.push(
      response.body().then(
        (body) => void (sizes[kind] += gzipSync(body).length),
        () => undefined,
      ),
    );
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp: string[] };
      (w.__csp ??= []).push(
        `CSP: ${e.effectiveDirective} blokerede ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return {
    requests,
    errors: async () => [
      ...errors,
      ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
    ],
    sizes: async () => {
      await Promise.all(pending);
      return { ...sizes };
    },
  };
}

/**
 * Loads a page as a reader would and waits until it is quiet, scrolled to its end so that anything loaded
 * lazily is requested too.
 */
export async function loadFully(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Not a second waitForLoadState('networkidle'): the page has been idle once already, so it returns at
  // once. What scrolling into view requests is images and frames, so those are waited for.
  await page.waitForFunction(() =>
    [...document.images, ...document.querySelectorAll('iframe')].every((el) =>
      el instanceof HTMLImageElement
        ? el.complete
        : (el.contentDocument?.readyState ?? 'complete') === 'complete',
    ),
  );
}

/** A Content-Security-Policy as directive → values. */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}
