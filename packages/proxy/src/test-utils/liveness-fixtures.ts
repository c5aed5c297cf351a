import type { LivenessResponse } from '@liveframe/core';

/** A valid upstream answer in the endpoint's documented shape; `probability` decides live. */
export function livenessBody(probability = 97, extra: Record<string, unknown> = {}): string {
  const response: LivenessResponse = {
    entity: {
      liveness: { liveness_check: probability > 50, liveness_probability: probability },
      face: {
        face_detected: true,
        message: 'face detected',
        multiface_detected: false,
        details: {
          age_range: { low: 25, high: 35 },
          smile: { value: false, confidence: 92.6 },
          gender: { value: 'Female', confidence: 99.9 },
          eyeglasses: { value: false, confidence: 96.1 },
          sunglasses: { value: false, confidence: 99.9 },
          beard: { value: false, confidence: 85.1 },
          mustache: { value: false, confidence: 96.1 },
          eyes_open: { value: true, confidence: 88.6 },
          mouth_open: { value: false, confidence: 76 },
          emotions: [{ type: 'CALM', confidence: 81.7 }],
        },
        quality: { brightness: 65.9, sharpness: 97.4 },
        confidence: 99.9,
        bounding_box: { width: 0.45, height: 0.5, left: 0.28, top: 0.25 },
      },
    },
  };
  return JSON.stringify({ ...response, ...extra });
}
