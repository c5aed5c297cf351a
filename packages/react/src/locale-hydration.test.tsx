import './test-utils/setup.js';
import { MESSAGES } from '@liveframe/core';
import { act } from '@testing-library/react';
import { createElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';

// Server markup hydrated in a browser whose languages differ from the server's guess: React must
// not see a mismatch, and the browser's language must follow right after hydration.
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function hydrate(props: { locale?: string }) {
  const element = createElement(LivenessCapture, {
    proxyUrl: '/api/liveness',
    detector: false,
    ...props,
  });
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const serverHtml = container.innerHTML;
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  const componentRoot = container.querySelector('[data-liveframe-state]');
  return { serverHtml, recoverable, consoleError, componentRoot };
}

describe('hydration', () => {
  it('hydrates the English server markup, then speaks the browser language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'en']);
    const view = await hydrate({});
    expect(view.serverHtml).toContain('dir="ltr"');
    expect(view.serverHtml).toContain(MESSAGES.en.manualHint);
    expect(view.recoverable).not.toHaveBeenCalled();
    expect(view.consoleError).not.toHaveBeenCalled();
    expect(view.componentRoot).toHaveAttribute('dir', 'rtl');
    expect(view.componentRoot).toHaveAttribute('lang', 'ar');
    expect(view.componentRoot).toHaveTextContent(MESSAGES.ar.manualHint);
  });

  it('hydrates a forced locale as the server rendered it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const view = await hydrate({ locale: 'pt' });
    expect(view.serverHtml).toContain('lang="pt"');
    expect(view.recoverable).not.toHaveBeenCalled();
    expect(view.consoleError).not.toHaveBeenCalled();
    expect(view.componentRoot).toHaveAttribute('lang', 'pt');
    expect(view.componentRoot).toHaveTextContent(MESSAGES.pt.manualHint);
  });

  it('would notice a mismatch: markup rendered in another language is reported', async () => {
    // Guards the test itself: hydrating French markup as English must be caught.
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      createElement(LivenessCapture, { proxyUrl: '/x', detector: false, locale: 'fr' }),
    );
    document.body.append(container);
    const recoverable = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      root = hydrateRoot(
        container,
        createElement(LivenessCapture, { proxyUrl: '/x', detector: false, locale: 'en' }),
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).toHaveBeenCalled();
  });
});
