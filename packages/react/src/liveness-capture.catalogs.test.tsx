import './test-utils/setup.js';
import { MESSAGES, type MessageCatalog } from '@liveframe/core';
import type * as Session from '@liveframe/core/session';
import { loadCatalog } from '@liveframe/core/session';
import { act, renderHook, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flush, renderCapture, rootState, status } from './test-utils/render-capture.js';
import { useLivenessCapture } from './use-liveness-capture.js';

// A catalog other than English is fetched with `loadCatalog` on mount; here it is held back or
// made to fail on demand.
vi.mock('@liveframe/core/session', async (importOriginal) => {
  const actual = await importOriginal<typeof Session>();
  return { ...actual, loadCatalog: vi.fn(actual.loadCatalog) };
});

beforeEach(() => {
  vi.mocked(loadCatalog).mockClear();
});

/** The next catalog load waits until `arrive()`. */
function holdNextCatalog() {
  let arrive: (catalog: MessageCatalog) => void = () => undefined;
  vi.mocked(loadCatalog).mockImplementationOnce(
    () => new Promise<MessageCatalog>((resolve) => (arrive = resolve)),
  );
  return { arrive: (catalog: MessageCatalog) => act(() => arrive(catalog)) };
}

function root(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-liveframe-state]');
  if (!element) throw new Error('no component root');
  return element;
}

/** Every English message, plural forms included. */
const ENGLISH_TEXTS = Object.values(MESSAGES.en).flatMap((message) =>
  typeof message === 'string' ? [message] : Object.values(message),
);

function englishShown(): string[] {
  const shown = [document.body.textContent ?? ''];
  for (const element of document.querySelectorAll('[aria-label]')) {
    shown.push(element.getAttribute('aria-label') ?? '');
  }
  return ENGLISH_TEXTS.filter((text) => shown.some((place) => place.includes(text)));
}

describe('a language loaded on demand', () => {
  it('shows no text, English least of all, until its catalog arrives; then that language', async () => {
    const french = holdNextCatalog();
    renderCapture({ locale: 'fr' });
    await flush();
    expect(loadCatalog).toHaveBeenCalledWith('fr');
    expect(root()).toHaveAttribute('aria-busy', 'true');
    expect(root()).toHaveAttribute('lang', 'fr');
    expect(status()).toHaveTextContent('');
    expect(screen.queryByRole('button')).toBeNull();
    expect(englishShown()).toEqual([]);

    await french.arrive(MESSAGES.fr);
    expect(root()).not.toHaveAttribute('aria-busy');
    expect(status()).toHaveTextContent(MESSAGES.fr.intro);
    expect(screen.getByRole('button', { name: MESSAGES.fr.start })).toBeEnabled();
    expect(screen.getByRole('group', { name: MESSAGES.fr.title })).toBe(root());
  });

  it('opens the camera meanwhile, and guides in that language once it arrives', async () => {
    const arabic = holdNextCatalog();
    const view = renderCapture({ locale: 'ar', autoStart: true, captureMode: 'manual' });
    await flush();
    expect(rootState()).toBe('framing');
    expect(document.querySelector('video')).toBeInTheDocument();
    expect(root()).toHaveAttribute('dir', 'rtl');
    expect(status()).toHaveTextContent('');
    expect(englishShown()).toEqual([]);
    expect(view.onStateChange).toHaveBeenCalledWith('framing');

    await arabic.arrive(MESSAGES.ar);
    expect(status()).toHaveTextContent(MESSAGES.ar.manualHint);
    expect(screen.getByLabelText(MESSAGES.ar.previewLabel)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: MESSAGES.ar.capture })).toBeEnabled();
  });

  it('falls back to English, as English, when the catalog cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.mocked(loadCatalog).mockImplementationOnce(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    renderCapture({ locale: 'ar' });
    await flush();
    expect(root()).not.toHaveAttribute('aria-busy');
    expect(root()).toHaveAttribute('lang', 'en');
    expect(root()).toHaveAttribute('dir', 'ltr');
    expect(status()).toHaveTextContent(MESSAGES.en.intro);
    expect(screen.getByRole('button', { name: MESSAGES.en.start })).toBeEnabled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ar"'), expect.any(TypeError));
  });

  it('loads nothing when `messages` gives every message', () => {
    renderCapture({ locale: 'sw', messages: MESSAGES.sw });
    expect(loadCatalog).not.toHaveBeenCalled();
    expect(root()).not.toHaveAttribute('aria-busy');
    expect(root()).toHaveAttribute('lang', 'sw');
    expect(status()).toHaveTextContent(MESSAGES.sw.intro);
  });

  it('shows a language already loaded at once, with the overrides on top', async () => {
    const first = renderCapture({ locale: 'pt' });
    await flush();
    expect(status()).toHaveTextContent(MESSAGES.pt.intro);
    first.unmount();
    renderCapture({ locale: 'pt-BR', messages: { intro: 'Vamos lá.' } });
    expect(root()).not.toHaveAttribute('aria-busy');
    expect(status()).toHaveTextContent('Vamos lá.');
    expect(screen.getByRole('button', { name: MESSAGES.pt.start })).toBeInTheDocument();
  });
});

describe('useLivenessCapture while a catalog loads', () => {
  it('reports messagesLoading, blank messages and aria-busy, then the catalog', async () => {
    vi.useFakeTimers();
    const french = holdNextCatalog();
    const { result } = renderHook(() =>
      useLivenessCapture({ proxyUrl: '/api/liveness', locale: 'fr-CA', detector: false }),
    );
    expect(result.current.messagesLoading).toBe(true);
    expect(result.current.message).toBe('');
    expect(result.current.messages.start).toBe('');
    expect(result.current.getRootProps()).toMatchObject({ 'aria-busy': true, lang: 'fr' });
    await french.arrive(MESSAGES.fr);
    expect(result.current.messagesLoading).toBe(false);
    expect(result.current.message).toBe(MESSAGES.fr.manualHint);
    expect(result.current.getRootProps()).not.toHaveProperty('aria-busy');
  });
});
