// Field ids (vtable slot = id) and enum values from tensorflow/lite/schema/schema.fbs and
// tensorflow_lite_support/metadata/metadata_schema.fbs.

/** The Model.metadata entry MediaPipe reads. */
export const METADATA_NAME = 'TFLITE_METADATA';
export const MODEL_IDENTIFIER = 'TFL3';
export const METADATA_IDENTIFIER = 'M001';
/** NormalizationOptions and ImageProperties exist since metadata schema 1.0.0. */
export const MIN_PARSER_VERSION = '1.0.0';

export const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
};
export const MODEL_FIELD_COUNT = 8;
export const BUFFER = { data: 0, offset: 1 };
export const TFLITE_METADATA_ENTRY = { name: 0, buffer: 1 };
export const MODEL_METADATA = {
  name: 0,
  description: 1,
  version: 2,
  subgraphMetadata: 3,
  license: 5,
  minParserVersion: 7,
};
export const SUBGRAPH_METADATA = { name: 0, inputTensorMetadata: 2 };
export const TENSOR_METADATA = { name: 0, description: 1, content: 3, processUnits: 4 };
export const CONTENT = { propertiesType: 0, properties: 1 };
export const IMAGE_PROPERTIES = { colorSpace: 0 };
export const PROCESS_UNIT = { optionsType: 0, options: 1 };
export const NORMALIZATION_OPTIONS = { mean: 0, std: 1 };
// Union and enum values.
export const CONTENT_PROPERTIES_IMAGE = 2;
export const COLOR_SPACE_RGB = 1;
export const PROCESS_UNIT_NORMALIZATION = 1;
