// app/page.tsx
'use client';

import { LivenessCapture } from '@liveframe/react';
import '@liveframe/react/styles.css';

export default function SelfiePage() {
  return (
    <main>
      <h1>Take a selfie</h1>
      <LivenessCapture
        proxyUrl="/api/liveness"
        onResult={({ verdict }) => {
          // Show the next step on a pass; your server records it (the proxy's onResult).
          if (verdict.outcome === 'pass') document.title = 'Verified';
        }}
      />
    </main>
  );
}
