import { vi } from 'vitest';
import seed from '../../../core/src/contract/__fixtures__/seed-response.json' with { type: 'json' };

/** The documented example response with its liveness fields replaced. */
export function livenessBody(probability: number, patchFace: Record<string, unknown> = {}) {
  return {
    entity: {
      ...seed.entity,
      liveness: { liveness_check: probability > 50, liveness_probability: probability },
      face: { ...seed.entity.face, ...patchFace },
    },
  };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function proxyError(status: number, code: string, headers: Record<string, string> = {}) {
  return json({ error: { code, message: `${code} (test)` } }, { status, headers });
}

/** A `fetch` stub answering with `answers` in turn (the last repeats). */
export function fakeFetch(...answers: (() => Response | Promise<Response>)[]) {
  let call = 0;
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const answer = answers[Math.min(call, answers.length - 1)];
    call += 1;
    init?.signal?.throwIfAborted();
    if (!answer) throw new TypeError('no answer');
    return answer();
  });
}

/** A `fetch` that never answers until aborted. */
export function hangingFetch() {
  return vi.fn(
    (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}
