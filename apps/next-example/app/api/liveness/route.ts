// app/api/liveness/route.ts
import { createLivenessHandler, dojahUpstream, nextRouteHandlers } from '@liveframe/proxy';
import { simulatorUpstream } from '@liveframe/proxy-server/simulator';

const handler = createLivenessHandler({
  // Dojah, with credentials read on the first request (so `next build` needs none).
  // LIVEFRAME_UPSTREAM=simulator answers offline with made-up results: for tests only.
  upstream:
    process.env.LIVEFRAME_UPSTREAM === 'simulator'
      ? simulatorUpstream()
      : dojahUpstream({
          appId: process.env.DOJAH_APP_ID,
          secretKey: process.env.DOJAH_SECRET_KEY,
          baseUrl: process.env.DOJAH_BASE_URL,
        }),
  // Only holders of a capture token from /api/capture-token, 3 attempts each.
  captureTokens: { secret: process.env.LIVEFRAME_TOKEN_SECRET },
  // Next hands the route a localhost request.url: the page's origin comes from Host and
  // X-Forwarded-Host. Or set publicOrigin: 'https://app.example.com' instead.
  trustHost: true,
  // One proxy in front appends the client's address to X-Forwarded-For (Vercel, nginx);
  // `next start` alone fills it with the socket's address.
  trustedHops: 1,
  // The browser's word is never proof: record the pass on your side, here.
  onResult: async ({ verdict, subject }) => {
    if (verdict.outcome === 'pass') {
      // Mark `subject`'s liveness step as done in your database, here.
      console.info(`liveness passed: ${subject}`);
    }
  },
});

export const { POST, OPTIONS } = nextRouteHandlers(handler);
