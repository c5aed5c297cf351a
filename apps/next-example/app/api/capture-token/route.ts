// app/api/capture-token/route.ts
import { createCaptureToken } from '@liveframe/proxy';

// One capture token per selfie step. This example has no sign-in, so each call gets a fresh
// visitor id: in your app, check your own session here, answer 401 when nobody is signed in,
// and use the signed-in user's id as the subject.
export async function POST(): Promise<Response> {
  const secret = process.env.LIVEFRAME_TOKEN_SECRET;
  if (secret === undefined) {
    console.error('capture-token: LIVEFRAME_TOKEN_SECRET is not set');
    return Response.json({ error: 'not configured' }, { status: 500 });
  }
  const token = await createCaptureToken(
    { subject: `visitor-${crypto.randomUUID()}` }, // maxAttempts 3, ttlSeconds 600 by default
    { secret }, // 32+ characters, server only
  );
  return Response.json({ token }, { headers: { 'Cache-Control': 'no-store' } });
}
