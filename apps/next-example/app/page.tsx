// app/page.tsx
'use client';

import { LivenessCapture } from '@liveframe/react';
import '@liveframe/react/styles.css';

// A capture token from your backend, for the signed-in user (app/api/capture-token/route.ts).
async function getCaptureToken(): Promise<string> {
  const response = await fetch('/api/capture-token', { method: 'POST' });
  if (!response.ok) throw new Error(`capture token: HTTP ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

export default function SelfiePage() {
  return (
    <main>
      <h1>Take a selfie</h1>
      <LivenessCapture
        proxyUrl="/api/liveness"
        getToken={getCaptureToken}
        onResult={({ verdict }) => {
          // Show the next step on a pass; your server records it (the proxy's onResult).
          if (verdict.outcome === 'pass') document.title = 'Verified';
        }}
      />
    </main>
  );
}
