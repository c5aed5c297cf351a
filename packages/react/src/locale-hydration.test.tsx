import './test-utils/setup.js';
import { MESSAGES, type MessageCatalog } from '@liveframe/core';
import { act, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';

// Server markup hydrated in a browser whose languages differ from the server's guess: React must
// not see a mismatch, and the browser's language must follow once its catalog has loaded.
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function hydrate(props: { locale?: string; messages?: MessageCatalog }) {
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
  // Counts the changes of `aria-busy` (text withheld) from hydration on.
  let busyChanges = 0;
  const busy = new MutationObserver((records) => (busyChanges += records.length));
  busy.observe(container, { attributes: true, attributeFilter: ['aria-busy'], subtree: true });
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  const componentRoot = container.querySelector('[data-liveframe-state]');
  const busyMarks = () => busyChanges + busy.takeRecords().length;
  return { serverHtml, recoverable, consoleError, componentRoot, busyMarks };
}

describe('hydration', () => {
  it('hydrates the English server markup, then speaks the browser language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'en']);
    const view = await hydrate({});
    expect(view.serverHtml).toContain('dir="ltr"');
    expect(view.serverHtml).toContain(MESSAGES.en.manualHint);
    expect(view.recoverable).not.toHaveBeenCalled();
    expect(view.consoleError).not.toHaveBeenCalled();
    await waitFor(() => expect(view.componentRoot).toHaveTextContent(MESSAGES.ar.manualHint));
    expect(view.componentRoot).toHaveAttribute('dir', 'rtl');
    expect(view.componentRoot).toHaveAttribute('lang', 'ar');
    expect(view.busyMarks()).toBe(0);
  });

  it('keeps English, never blank, until the catalog of a forced locale arrives', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const view = await hydrate({ locale: 'pt' });
    // The server cannot wait for a catalog: English, and marked as English.
    expect(view.serverHtml).toContain('lang="en"');
    expect(view.serverHtml).toContain(MESSAGES.en.manualHint);
    expect(view.recoverable).not.toHaveBeenCalled();
    expect(view.consoleError).not.toHaveBeenCalled();
    await waitFor(() => expect(view.componentRoot).toHaveAttribute('lang', 'pt'));
    expect(view.componentRoot).toHaveTextContent(MESSAGES.pt.manualHint);
    expect(view.busyMarks()).toBe(0);
  });

  it('renders and hydrates a forced locale given its whole catalog, without waiting', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const view = await hydrate({ locale: 'pt', messages: MESSAGES.pt });
    expect(view.serverHtml).toContain('lang="pt"');
    expect(view.serverHtml).toContain(MESSAGES.pt.manualHint);
    expect(view.recoverable).not.toHaveBeenCalled();
    expect(view.consoleError).not.toHaveBeenCalled();
    expect(view.componentRoot).toHaveAttribute('lang', 'pt');
    expect(view.componentRoot).toHaveTextContent(MESSAGES.pt.manualHint);
  });

  it('would notice a mismatch: markup rendered in another language is reported', async () => {
    // Guards the test itself: hydrating French markup as English must be caught.
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      createElement(LivenessCapture, {
        proxyUrl: '/x',
        detector: false,
        locale: 'fr',
        messages: MESSAGES.fr,
      }),
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
