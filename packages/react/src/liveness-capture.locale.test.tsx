import './test-utils/setup.js';
import { MESSAGES } from '@liveframe/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';
import { fakeFetch, json, livenessBody } from './test-utils/fake-proxy.js';
import { advance, flush, renderCapture, startCamera, status } from './test-utils/render-capture.js';

/** Makes the browser prefer `languages`, as `navigator.languages` lists them. */
function preferLanguages(...languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

function root(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-liveframe-state]');
  if (!element) throw new Error('no component root');
  return element;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('locale="auto" (the default)', () => {
  it.each([
    [['ar-EG', 'en'], 'ar', 'rtl'],
    [['pt-BR'], 'pt', 'ltr'],
    [['pt-AO', 'fr'], 'pt', 'ltr'],
    [['sw-KE', 'en-KE'], 'sw', 'ltr'],
    [['de-DE', 'fr-CH'], 'fr', 'ltr'],
    [['zu-ZA', 'af'], 'en', 'ltr'],
    [[], 'en', 'ltr'],
  ] as const)('picks from %j: %s, %s', async (languages, locale, dir) => {
    preferLanguages(...languages);
    renderCapture();
    await flush(); // the catalog loads
    expect(status()).toHaveTextContent(MESSAGES[locale].intro);
    expect(root()).toHaveAttribute('lang', locale);
    expect(root()).toHaveAttribute('dir', dir);
    expect(screen.getByRole('group', { name: MESSAGES[locale].title })).toBe(root());
  });

  it('is what "auto" means too', async () => {
    preferLanguages('sw-TZ');
    renderCapture({ locale: 'auto' });
    await flush();
    expect(status()).toHaveTextContent(MESSAGES.sw.intro);
  });

  it('follows a languagechange', async () => {
    preferLanguages('en-US');
    renderCapture();
    expect(root()).toHaveAttribute('dir', 'ltr');
    preferLanguages('ar');
    act(() => {
      window.dispatchEvent(new Event('languagechange'));
    });
    await flush();
    expect(root()).toHaveAttribute('dir', 'rtl');
    expect(status()).toHaveTextContent(MESSAGES.ar.intro);
  });
});

describe('a forced locale', () => {
  it('wins over the browser', async () => {
    preferLanguages('ar-EG');
    renderCapture({ locale: 'sw' });
    await flush();
    expect(status()).toHaveTextContent(MESSAGES.sw.intro);
    expect(root()).toHaveAttribute('lang', 'sw');
    expect(root()).toHaveAttribute('dir', 'ltr');
  });

  it('falls back to English for a language that is not bundled', () => {
    preferLanguages('ar');
    renderCapture({ locale: 'de-DE' });
    expect(status()).toHaveTextContent(MESSAGES.en.intro);
    expect(root()).toHaveAttribute('lang', 'en');
  });

  it('renders Arabic right to left without a detector or stylesheet', async () => {
    vi.useFakeTimers();
    render(<LivenessCapture proxyUrl="/api/liveness" detector={false} locale="ar-MA" />);
    await flush();
    expect(root()).toHaveAttribute('dir', 'rtl');
    expect(root()).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('button', { name: MESSAGES.ar.start })).toBeInTheDocument();
  });
});

describe('Arabic, right to left', () => {
  it('labels buttons and the preview in Arabic, and counts attempts in its plural forms', async () => {
    const ar = MESSAGES.ar;
    renderCapture(
      { locale: 'ar', maxAttempts: 3 },
      { fetch: fakeFetch(() => json(livenessBody(12))) },
    );
    await startCamera();
    expect(screen.getByLabelText(ar.previewLabel)).toHaveStyle({ transform: 'scaleX(-1)' });
    await advance(1500);
    expect(status()).toHaveAttribute('data-reason', 'LIVENESS_FAILED');
    expect(status()).toHaveTextContent(ar.LIVENESS_FAILED);
    expect(screen.getByText('بقيت محاولتان')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: ar.retry }));
    await advance(1500);
    expect(screen.getByText('بقيت محاولة واحدة')).toBeInTheDocument();
  });
});
