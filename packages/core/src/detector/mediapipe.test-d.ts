import { describe, expectTypeOf, it } from 'vitest';
import type { FaceDetector, MediaPipeDetectorOptions } from '../index.js';
import type { DetectorLoadError } from '../index.js';
import { createMediaPipeDetector } from './mediapipe.js';

describe('createMediaPipeDetector', () => {
  it('takes optional options and resolves to a FaceDetector', () => {
    expectTypeOf(createMediaPipeDetector)
      .parameter(0)
      .toEqualTypeOf<MediaPipeDetectorOptions | undefined>();
    expectTypeOf(createMediaPipeDetector()).resolves.toEqualTypeOf<FaceDetector>();
  });

  it('accepts only the CPU and GPU delegates', () => {
    expectTypeOf<MediaPipeDetectorOptions['delegate']>().toEqualTypeOf<'CPU' | 'GPU' | undefined>();
    // @ts-expect-error: not a MediaPipe delegate
    void createMediaPipeDetector({ delegate: 'NPU' });
  });

  it('exposes the load stage on DetectorLoadError', () => {
    expectTypeOf<DetectorLoadError['stage']>().toEqualTypeOf<'environment' | 'model' | 'runtime'>();
  });
});
