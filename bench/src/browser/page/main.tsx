// The bench page: `?mode=analysis` (manual capture: framing runs until the runner stops),
// `?mode=e2e` (automatic capture against the simulator proxy), `?mode=payload` (encoders).
import './instrument.js';
import { LivenessCapture } from '@liveframe/react';
import '@liveframe/react/styles.css';
import { createRoot } from 'react-dom/client';

const mode = new URLSearchParams(window.location.search).get('mode') ?? 'analysis';
const container = document.getElementById('root');
if (!container) throw new Error('bench page: no #root');
const root = createRoot(container);

if (mode === 'payload') {
  // Loaded only in this mode, so the other modes ship exactly what an app ships.
  import('./payload-probe.js')
    .then(({ runPayloadProbe }) => runPayloadProbe(root))
    .then(
      (payload) => {
        window.__liveframeBench.payload = payload;
      },
      (error: unknown) => {
        window.__liveframeBench.error =
          error instanceof Error ? (error.stack ?? error.message) : String(error);
      },
    );
} else {
  root.render(
    <LivenessCapture proxyUrl="/api/liveness" captureMode={mode === 'e2e' ? 'auto' : 'manual'} />,
  );
}
