import type { LivenessResponse } from '@liveframe/core';
import type { MeasuredQuality, Region } from './measure-quality.js';
import type { SimulatorScenario } from './scenarios.js';

/** Where the simulator says the face is, and the region whose quality it measures. */
export const SIMULATED_FACE_BOX: Region = { left: 0.3, top: 0.2, width: 0.4, height: 0.55 };

type AnsweringScenario = Exclude<SimulatorScenario, 'server-error' | 'timeout'>;

/** Liveness probability per scenario; dark and blurry frames score low, as real ones tend to. */
const PROBABILITY: Record<AnsweringScenario, number> = {
  pass: 96.5,
  spoof: 3.2,
  'no-face': 0,
  'multi-face': 41,
  dark: 22,
  blurry: 28,
};

const details = {
  age_range: { low: 25, high: 35 },
  smile: { value: false, confidence: 90 },
  gender: { value: 'Unknown', confidence: 50 },
  eyeglasses: { value: false, confidence: 95 },
  sunglasses: { value: false, confidence: 99 },
  beard: { value: false, confidence: 90 },
  mustache: { value: false, confidence: 90 },
  eyes_open: { value: true, confidence: 95 },
  mouth_open: { value: false, confidence: 90 },
  emotions: [{ type: 'CALM', confidence: 90 }],
};

/**
 * A response in the liveness endpoint's exact shape. Quality is the measured one, except that
 * `dark` and `blurry` cap brightness or sharpness at 10 (a measured lower value is kept).
 */
export function buildSimulatedResponse(
  scenario: AnsweringScenario,
  measured: MeasuredQuality,
): LivenessResponse {
  const probability = PROBABILITY[scenario];
  const liveness = { liveness_check: probability > 50, liveness_probability: probability };
  if (scenario === 'no-face') {
    return {
      entity: {
        liveness,
        face: { face_detected: false, message: 'no face detected', multiface_detected: false },
      },
    };
  }
  const quality = {
    brightness: scenario === 'dark' ? Math.min(measured.brightness, 10) : measured.brightness,
    sharpness: scenario === 'blurry' ? Math.min(measured.sharpness, 10) : measured.sharpness,
  };
  const multiface = scenario === 'multi-face';
  return {
    entity: {
      liveness,
      face: {
        face_detected: true,
        message: multiface ? 'multiple faces detected' : 'face detected',
        multiface_detected: multiface,
        details,
        quality,
        confidence: 99.9,
        bounding_box: { ...SIMULATED_FACE_BOX },
      },
    },
  };
}
