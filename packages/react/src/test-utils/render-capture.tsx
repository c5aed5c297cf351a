import { LOCALES, MESSAGES } from '@liveframe/core';
import { act, render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { LivenessCaptureProps } from '../liveness-capture.js';
import { LivenessCapture } from '../liveness-capture.js';
import { installCamera } from './fake-camera.js';
import { fakeFetch, json, livenessBody } from './fake-proxy.js';
import { createScene } from './fake-scene.js';

/**
 * Lets timers run for `ms` (fake timers), flushing promises and React updates. Code loaded with
 * `import()` (a catalog, the frame checks) is a real load, which fake time cannot wait for:
 * loads under way settle first.
 */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.dynamicImportSettled();
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Flushes pending promises and React updates without moving the clock. */
export async function flush(): Promise<void> {
  await advance(0);
}

export function rootState(): string | null {
  return (
    document.querySelector('[data-liveframe-state]')?.getAttribute('data-liveframe-state') ?? null
  );
}

export function status(): HTMLElement {
  return screen.getByRole('status');
}

interface Setup {
  camera?: Parameters<typeof installCamera>;
  fetch?: ReturnType<typeof fakeFetch>;
}

/**
 * Renders `<LivenessCapture>` with a fake camera, scene (reader, detector, encoder) and proxy.
 * Fake timers are on; the component is in `idle`.
 */
export function renderCapture(props: Partial<LivenessCaptureProps> = {}, setup: Setup = {}) {
  vi.useFakeTimers();
  const camera = installCamera(...(setup.camera ?? []));
  const scene = createScene();
  const fetch = setup.fetch ?? fakeFetch(() => json(livenessBody(99)));
  const onStateChange = vi.fn();
  const onResult = vi.fn();
  const onError = vi.fn();
  const allProps: LivenessCaptureProps = {
    proxyUrl: '/api/liveness',
    fetch,
    detector: scene.detector,
    capturePipeline: scene.capturePipeline,
    onStateChange,
    onResult,
    onError,
    ...props,
  };
  const view = render(<LivenessCapture {...allProps} />);
  return { ...view, camera, scene, fetch, onStateChange, onResult, onError, props: allProps };
}

const START_LABELS = new Set(LOCALES.map((locale) => MESSAGES[locale].start));

/**
 * Clicks the start button (once the messages have loaded) and lets the camera open and a first
 * frame be analysed.
 */
export async function startCamera(): Promise<void> {
  await flush();
  await act(async () => {
    screen.getByRole('button', { name: (name) => START_LABELS.has(name) }).click();
  });
  await flush();
}
