import type { Page } from 'playwright-core';

/** Direction and language of the page and of the component, and what sticks out sideways. */
export interface PageLayout {
  readonly html: { readonly dir: string; readonly lang: string };
  readonly component: { readonly dir: string; readonly lang: string } | null;
  /** How far the page scrolls sideways, in CSS pixels (0: no horizontal overflow). */
  readonly overflowPx: number;
  /** Up to five elements reaching past either edge of the viewport, as `tag.class`. */
  readonly outside: readonly string[];
}

/** Reads the page's `<html dir lang>`, the component root's, and any horizontal overflow. */
export function pageLayout(page: Page): Promise<PageLayout> {
  return page.evaluate(() => {
    const html = document.documentElement;
    const root = document.querySelector('[data-liveframe-state]');
    const width = html.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // Skip what is visually hidden on purpose (the skip link, screen-reader-only text).
        const style = getComputedStyle(element);
        if (style.clipPath.startsWith('inset(50%') || style.position === 'fixed') return false;
        return box.left < -0.5 || box.right > width + 0.5;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return {
      html: { dir: html.dir, lang: html.lang },
      component: root
        ? { dir: root.getAttribute('dir') ?? '', lang: root.getAttribute('lang') ?? '' }
        : null,
      overflowPx: Math.max(html.scrollWidth, document.body.scrollWidth) - width,
      outside,
    };
  });
}
