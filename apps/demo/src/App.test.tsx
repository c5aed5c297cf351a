// @vitest-environment jsdom
import type { LivenessResponse, SessionStatus } from '@liveframe/core';
import { resolveMessages } from '@liveframe/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { LivenessCapture } from '@liveframe/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App.js';
import { parseDeepLink } from './flow/deep-link.js';

// The page around <LivenessCapture>: the component itself is replaced by a probe that records
// its props, so these tests cover the demo's own flow (steps, consent, focus, language, deep
// links, result) without a camera. The component has its own tests.

type CaptureProps = ComponentProps<typeof LivenessCapture>;
const captureProps = vi.hoisted(() => ({ current: undefined as CaptureProps | undefined }));

vi.mock('@liveframe/react', () => ({
  LivenessCapture: (props: CaptureProps) => {
    captureProps.current = props;
    return <div data-testid="liveness-capture" />;
  },
}));

function response(probability: number, check: boolean): LivenessResponse {
  return {
    entity: {
      liveness: { liveness_check: check, liveness_probability: probability },
      face: {
        face_detected: true,
        message: 'face detected',
        multiface_detected: false,
        details: {
          age_range: { low: 25, high: 35 },
          smile: { value: true, confidence: 92.7 },
          gender: { value: 'Female', confidence: 99.9 },
          eyeglasses: { value: false, confidence: 96.1 },
          sunglasses: { value: false, confidence: 99.9 },
          beard: { value: false, confidence: 85.2 },
          mustache: { value: false, confidence: 96.1 },
          eyes_open: { value: true, confidence: 88.6 },
          mouth_open: { value: false, confidence: 76 },
          emotions: [
            { type: 'FEAR', confidence: 6.8 },
            { type: 'HAPPY', confidence: 81.8 },
            { type: 'CALM', confidence: 12.5 },
          ],
        },
        quality: { brightness: 65.9, sharpness: 97.5 },
        confidence: 99.9,
        bounding_box: { width: 0.5, height: 0.4, left: 0.25, top: 0.3 },
      },
    },
  };
}

function probe(): CaptureProps {
  if (captureProps.current === undefined) throw new Error('LivenessCapture was not rendered');
  return captureProps.current;
}

/** What the component reports for one attempt: submitting, then the new status and the result. */
async function attempt(image: string, verdict: 'pass' | 'retry', statusAfter: SessionStatus) {
  const props = probe();
  await act(async () => props.onStateChange?.('submitting'));
  const probability = verdict === 'pass' ? 97.25 : 3.2;
  await act(async () => {
    // The session reports the answer first, then the state it leads to.
    props.onResult?.({
      response: response(probability, verdict === 'pass'),
      verdict: {
        outcome: verdict,
        reasons: verdict === 'pass' ? [] : ['LIVENESS_FAILED'],
        livenessProbability: probability,
      },
      bytesSent: image.length,
      image,
    });
    props.onStateChange?.(statusAfter);
  });
}

function renderApp(search = '', languages: 'en' | 'fr' = 'en') {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App link={parseDeepLink(search)} defaultLocale={languages} />);
}

const heading = () => screen.getByRole('heading', { level: 1 });

const fetchStub = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}')));
const scrollToStub = vi.fn();

beforeEach(() => {
  captureProps.current = undefined;
  vi.stubGlobal('fetch', fetchStub);
  vi.stubGlobal('scrollTo', scrollToStub);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchStub.mockClear();
  scrollToStub.mockClear();
});

describe('the onboarding flow', () => {
  it('goes welcome -> consent -> selfie, moving focus to each new heading', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(heading().textContent).toBe('Open your Harbor account');
    expect(document.activeElement).not.toBe(heading());
    expect(scrollToStub).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Get started' }));
    expect(heading().textContent).toBe('Your photo, your consent');
    expect(document.activeElement).toBe(heading());
    expect(scrollToStub).toHaveBeenCalledWith({ top: 0 });
    expect(window.location.search).toBe('?step=consent');

    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Continue to the selfie' }));
    expect(heading().textContent).toBe('Take a selfie');
    expect(document.activeElement).toBe(heading());
    expect(document.querySelector('[data-step]')?.getAttribute('data-step')).toBe('selfie');
  });

  it('does not continue without consent, and says why', async () => {
    const user = userEvent.setup();
    renderApp('?step=consent');
    await user.click(screen.getByRole('button', { name: 'Continue to the selfie' }));

    expect(heading().textContent).toBe('Your photo, your consent');
    const checkbox = screen.getByRole('checkbox');
    expect(document.activeElement).toBe(checkbox);
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/tick the box/);
    expect(screen.queryByTestId('liveness-capture')).toBeNull();
  });

  it('points the component at the same-origin proxy, in auto mode, in the page language', () => {
    renderApp('?step=selfie');
    expect(captureProps.current).toMatchObject({
      proxyUrl: '/api/liveness',
      captureMode: 'auto',
      locale: 'en',
    });
    expect(captureProps.current?.requestHeaders).toBeUndefined();
  });

  it('forwards ?scenario= as X-LiveFrame-Scenario and says it is a test scenario', () => {
    renderApp('?step=selfie&scenario=spoof');
    expect(captureProps.current?.requestHeaders).toEqual({ 'X-LiveFrame-Scenario': 'spoof' });
    expect(screen.getByText(/Test scenario “spoof”/)).toBeTruthy();
  });

  it('Back returns to the previous step', async () => {
    const user = userEvent.setup();
    renderApp('?step=selfie');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading().textContent).toBe('Your photo, your consent');
  });
});

describe('the language switch', () => {
  it('switches the page, the component and <html lang>, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('?step=selfie&scenario=spoof');
    const switcher = screen.getByRole('group', { name: 'Language' });
    await user.click(within(switcher).getByRole('button', { name: 'Français' }));

    expect(heading().textContent).toBe('Prenez un selfie');
    expect(captureProps.current?.locale).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toContain('Ouvrir votre compte');
    expect(window.location.search).toBe('?step=selfie&scenario=spoof&lang=fr');
    expect(
      within(switcher).getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('starts in the language of ?lang= over the browser’s', () => {
    renderApp('?lang=fr', 'en');
    expect(heading().textContent).toBe('Ouvrez votre compte Harbor');
  });

  it('offers all five languages, each named in its own language', () => {
    renderApp();
    const switcher = screen.getByRole('group', { name: 'Language' });
    expect(
      within(switcher)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['EnglishEN', 'FrançaisFR', 'العربيةAR', 'PortuguêsPT', 'KiswahiliSW']);
  });

  it.each([
    ['ar', 'rtl', 'التقاط صورة سيلفي'],
    ['pt', 'ltr', 'Tire uma selfie'],
    ['sw', 'ltr', 'Piga selfie'],
  ] as const)('opens ?lang=%s with <html dir="%s">', (lang, dir, selfieHeading) => {
    renderApp(`?lang=${lang}&step=selfie`, 'en');
    expect(heading().textContent).toBe(selfieHeading);
    expect(document.documentElement.lang).toBe(lang);
    expect(document.documentElement.dir).toBe(dir);
    expect(captureProps.current?.locale).toBe(lang);
  });

  it('turns the page right to left and back with the switch', async () => {
    const user = userEvent.setup();
    renderApp();
    const switcher = () => screen.getByRole('group', { name: /Language|اللغة/ });
    await user.click(within(switcher()).getByRole('button', { name: 'العربية' }));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('group', { name: 'اللغة' })).toBeTruthy();
    await user.click(within(switcher()).getByRole('button', { name: 'English' }));
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('the result step', () => {
  it('shows a pass with what the endpoint said, on the frame that was sent', async () => {
    renderApp('?step=selfie');
    await attempt('/9j/4AAQSkZJRg', 'pass', 'passed');

    expect(heading().textContent).toBe('You are verified');
    expect(document.activeElement).toBe(heading());
    const endpoint = screen.getByRole('region', { name: 'What the liveness check said' });
    expect(within(endpoint).getByText('97.3%')).toBeTruthy();
    expect(within(endpoint).getByText('25 to 35 years')).toBeTruthy();
    expect(within(endpoint).getByText('Gender').nextElementSibling?.textContent).toBe(
      'Female (99.9% confident)',
    );
    const emotions = within(endpoint)
      .getByRole('heading', { name: 'Emotions' })
      .parentElement?.querySelectorAll('.score__label');
    expect([...(emotions ?? [])].map((label) => label.textContent)).toEqual([
      'Happy',
      'Calm',
      'Fear',
    ]);
    const smile = endpoint.querySelector('[data-attribute="smile"] dd');
    expect(smile?.textContent).toMatch(/^Yes/);
    const box = screen.getByTestId('face-box');
    expect(box.style.left).toBe('25%');
    expect(box.style.width).toBe('50%');
    const frame = within(endpoint).getByRole('img', { name: /The photo that was sent/ });
    expect(frame.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/4AAQSkZJRg');
    expect(window.location.search).toBe('?step=result');
  });

  it('shows a failure with the reasons in plain words, and lets the user try again', async () => {
    const user = userEvent.setup();
    renderApp('?step=selfie&scenario=spoof');
    await attempt('/9j/first', 'retry', 'retry');
    expect(heading().textContent).toBe('Take a selfie');
    await attempt('/9j/last', 'retry', 'failed');

    expect(heading().textContent).toBe('We could not verify you');
    const reason = document.querySelector('[data-reason="LIVENESS_FAILED"]');
    expect(reason?.textContent).toBe(resolveMessages('en').LIVENESS_FAILED);
    expect(screen.getByRole('img', { name: /The photo that was sent/ }).getAttribute('src')).toBe(
      'data:image/jpeg;base64,/9j/last',
    );

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(heading().textContent).toBe('Take a selfie');
    expect(captureProps.current?.requestHeaders).toEqual({ 'X-LiveFrame-Scenario': 'spoof' });
  });

  it('stays on the selfie step when the last attempt got no answer', async () => {
    renderApp('?step=selfie');
    await attempt('/9j/first', 'retry', 'retry');
    await act(async () => probe().onStateChange?.('submitting'));
    await act(async () => probe().onStateChange?.('failed'));
    expect(heading().textContent).toBe('Take a selfie');
  });

  it('Start over clears the result and the consent', async () => {
    const user = userEvent.setup();
    renderApp('?step=consent');
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Continue to the selfie' }));
    await attempt('/9j/x', 'pass', 'passed');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(heading().textContent).toBe('Open your Harbor account');
    await user.click(screen.getByRole('button', { name: 'Get started' }));
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });
});
