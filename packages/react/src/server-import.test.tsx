// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports without window and renders the idle markup', async () => {
    expect(typeof window).toBe('undefined');
    const { LivenessCapture, useLivenessCapture } = await import('./index.js');
    expect(typeof useLivenessCapture).toBe('function');
    const html = renderToString(createElement(LivenessCapture, { proxyUrl: '/api/liveness' }));
    expect(html).toContain('data-liveframe-state="idle"');
    expect(html).toContain('role="status"');
    expect(html).toContain('data-reason=""');
    expect(html).not.toContain('<video');
  });

  it('renders English for locale="auto" (no navigator here), and a forced locale as given', async () => {
    expect(typeof navigator === 'undefined' || !('languages' in navigator)).toBe(true);
    const { LivenessCapture } = await import('./index.js');
    const { MESSAGES } = await import('@liveframe/core');
    const auto = renderToString(createElement(LivenessCapture, { proxyUrl: '/api/liveness' }));
    expect(auto).toContain('lang="en"');
    expect(auto).toContain('dir="ltr"');
    expect(auto).toContain(MESSAGES.en.intro);
    // A forced locale's catalog loads in the browser: the server renders English, as English.
    const forced = renderToString(
      createElement(LivenessCapture, { proxyUrl: '/api/liveness', locale: 'ar' }),
    );
    expect(forced).toContain('lang="en"');
    expect(forced).toContain(MESSAGES.en.intro);
    // Given its whole catalog, it renders that language at once.
    const arabic = renderToString(
      createElement(LivenessCapture, {
        proxyUrl: '/api/liveness',
        locale: 'ar',
        messages: MESSAGES.ar,
      }),
    );
    expect(arabic).toContain('lang="ar"');
    expect(arabic).toContain('dir="rtl"');
    expect(arabic).toContain(MESSAGES.ar.intro);
  });
});
