/** Which part of the face detector failed to load. */
export type DetectorLoadStage = 'environment' | 'model' | 'runtime';

/**
 * The face detector could not be loaded: the browser lacks what it needs (`environment`), the
 * model file could not be fetched (`model`), or the MediaPipe runtime (wasm) failed to start
 * (`runtime`). The original failure is in `cause`.
 */
export class DetectorLoadError extends Error {
  override readonly name = 'DetectorLoadError';
  readonly stage: DetectorLoadStage;

  constructor(stage: DetectorLoadStage, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.stage = stage;
  }
}
