import type { LivenessResponse, ProxyErrorCode } from '@liveframe/core';
import { delay, http, HttpResponse } from 'msw';
import seed from '../../../core/src/contract/__fixtures__/seed-response.json' with { type: 'json' };

/** Where the stories' `<LivenessCapture>` sends frames (answered by MSW, never a network). */
export const PROXY_URL = '/api/liveness';

type Face = LivenessResponse['entity']['face'];
type Details = Extract<Face, { face_detected: true }>['details'];

/** Changes to the documented example answer (the endpoint's own shape). */
export interface AnswerPatch {
  /** `liveness_probability`, 0..100; `liveness_check` follows it (strictly above 50). */
  probability: number;
  details?: Partial<Details>;
}

/** The endpoint's documented example response with `patch` applied. */
export function livenessAnswer({ probability, details = {} }: AnswerPatch): LivenessResponse {
  return {
    entity: {
      ...seed.entity,
      liveness: { liveness_check: probability > 50, liveness_probability: probability },
      face: { ...seed.entity.face, details: { ...seed.entity.face.details, ...details } },
    },
  } as LivenessResponse;
}

/** The proxy answers with the upstream's verdict. */
export const answerWith = (patch: AnswerPatch) =>
  http.post(PROXY_URL, async () => {
    // A short, fixed wait: the `submitting` state is visible, as with a real network.
    await delay(300);
    return HttpResponse.json(livenessAnswer(patch));
  });

/** A live person: passes. */
export const answerLive = answerWith({ probability: 97.3 });

/** The documented example: not live (a photo of a photo). */
export const answerNotLive = answerWith({ probability: seed.entity.liveness.liveness_probability });

/** The proxy's error answer: `{ error: { code, message } }` with its HTTP status. */
export const answerProxyError = (
  status: number,
  code: ProxyErrorCode,
  headers: Record<string, string> = {},
) =>
  http.post(PROXY_URL, () =>
    HttpResponse.json(
      { error: { code, message: `${code} (story)` } },
      { status, headers: { ...headers } },
    ),
  );

/** The request never reaches the proxy (offline, DNS, CORS): `fetch` rejects. */
export const answerNetworkError = http.post(PROXY_URL, () => HttpResponse.error());

/** The proxy never answers: the client's timeout (`timeoutMs`) gives up. */
export const answerNever = http.post(PROXY_URL, () => delay('infinite'));

/** A 200 that is not the endpoint's shape. */
export const answerInvalid = http.post(PROXY_URL, () => HttpResponse.json({ entity: {} }));
