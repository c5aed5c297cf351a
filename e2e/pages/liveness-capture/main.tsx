// Test page for <LivenessCapture>: the component as an integrator renders it (defaults, proxy on
// this page's origin), plus a log on `window.capturePage` for Playwright. The camera tracks are
// recorded by wrapping `getUserMedia`, leaving the component untouched.
import { LivenessCapture } from '@liveframe/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** What the page saw, read by the browser tests. */
export interface CapturePageLog {
  /** Every `onStateChange`, in order. */
  states: string[];
  /** Every value the status element's `data-reason` took, in order (`''` for none). */
  shownReasons: string[];
  /** `onResult`: the verdict's outcome and reasons, and the bytes sent. */
  results: { outcome: string; reasons: string[]; bytesSent: number }[];
  /** `onError`: the reason code of each error. */
  errors: string[];
}

export interface CapturePage {
  readonly log: CapturePageLog;
  /**
   * `readyState` of every track `getUserMedia` gave the page (recorded when given: react-webcam
   * removes the tracks from their stream when it stops them).
   */
  trackStates(): string[];
  /** How many frames the component has analysed (its `liveframe:analyze` measures). */
  analysedFrames(): number;
}

declare global {
  interface Window {
    capturePage: CapturePage;
  }
}

const log: CapturePageLog = { states: [], shownReasons: [], results: [], errors: [] };
const tracks: MediaStreamTrack[] = [];

const mediaDevices = navigator.mediaDevices;
const getUserMedia = mediaDevices.getUserMedia.bind(mediaDevices);
mediaDevices.getUserMedia = async (constraints) => {
  const stream = await getUserMedia(constraints);
  tracks.push(...stream.getTracks());
  return stream;
};

window.capturePage = {
  log,
  trackStates: () => tracks.map((track) => track.readyState),
  analysedFrames: () => performance.getEntriesByName('liveframe:analyze', 'measure').length,
};

const container = document.getElementById('root')!;

new MutationObserver(() => {
  const reason = container.querySelector('[role="status"]')?.getAttribute('data-reason');
  if (reason != null && reason !== log.shownReasons.at(-1)) log.shownReasons.push(reason);
}).observe(container, { subtree: true, childList: true, attributeFilter: ['data-reason'] });

createRoot(container).render(
  <StrictMode>
    <LivenessCapture
      proxyUrl="/api/liveness"
      onStateChange={(state) => log.states.push(state)}
      onResult={({ verdict, bytesSent }) =>
        log.results.push({ outcome: verdict.outcome, reasons: [...verdict.reasons], bytesSent })
      }
      onError={(error) => log.errors.push(error.reason)}
    />
  </StrictMode>,
);
