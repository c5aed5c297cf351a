export declare const METADATA_NAME: 'TFLITE_METADATA';

export declare function buildImageInputMetadata(spec: {
  name: string;
  description: string;
  license?: string;
  inputName: string;
  mean: readonly number[];
  std: readonly number[];
}): Uint8Array;

export declare function attachModelMetadata(model: Uint8Array, metadata: Uint8Array): Uint8Array;

export declare function readInputNormalization(
  model: Uint8Array,
): { mean: number[]; std: number[]; colorSpaceRgb: boolean } | undefined;
