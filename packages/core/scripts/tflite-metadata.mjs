// Adds TFLite model metadata (input normalisation) to a .tflite flatbuffer, and reads it back.
//
// Schemas: tensorflow/lite/schema/schema.fbs (Model, Buffer, Metadata) and
// tensorflow_lite_support/metadata/metadata_schema.fbs (ModelMetadata, file identifier "M001").
// MediaPipe's ModelMetadataExtractor looks for the Model.metadata entry named "TFLITE_METADATA",
// reads the ModelMetadata flatbuffer held by the Buffer it points at, and the image preprocessing
// takes NormalizationOptions from subgraph_metadata[0].input_tensor_metadata[0].process_units.
//
// The model is not re-serialised. Flatbuffer offsets are unsigned and point forward, so a new root
// Model table can be PREPENDED: it copies the old root's fields, pointing into the old bytes
// (unchanged, and still 16-byte aligned because the prepended block is a multiple of 16 bytes),
// and adds a metadata vector and a buffers vector extended with one Buffer holding the metadata.
import * as flatbuffers from 'flatbuffers';
import {
  METADATA_NAME,
  MODEL_IDENTIFIER,
  METADATA_IDENTIFIER,
  MIN_PARSER_VERSION,
  MODEL,
  MODEL_FIELD_COUNT,
  BUFFER,
  TFLITE_METADATA_ENTRY,
  MODEL_METADATA,
  SUBGRAPH_METADATA,
  TENSOR_METADATA,
  CONTENT,
  IMAGE_PROPERTIES,
  PROCESS_UNIT,
  NORMALIZATION_OPTIONS,
  CONTENT_PROPERTIES_IMAGE,
  COLOR_SPACE_RGB,
  PROCESS_UNIT_NORMALIZATION,
} from './tflite-metadata-fields.mjs';
import {
  fieldPosition,
  tableTarget,
  vectorTargets,
  readString,
  readFloats,
} from './flatbuffer-reader.mjs';

export { METADATA_NAME } from './tflite-metadata-fields.mjs';

/**
 * A ModelMetadata flatbuffer ("M001") describing one RGB image input normalised by
 * `(x - mean) / std`.
 * @param {{ name: string; description: string; license?: string; inputName: string;
 *   mean: readonly number[]; std: readonly number[] }} spec
 * @returns {Uint8Array}
 */
export function buildImageInputMetadata(spec) {
  if (spec.mean.length === 0 || spec.mean.length !== spec.std.length) {
    throw new TypeError('mean and std must be non-empty and of the same length');
  }
  const b = new flatbuffers.Builder(512);
  const floats = (/** @type {readonly number[]} */ values) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addFloat32(/** @type {number} */ (values[i]));
    return b.endVector();
  };
  const offsets = (/** @type {number[]} */ items) => {
    b.startVector(4, items.length, 4);
    for (let i = items.length - 1; i >= 0; i--) b.addOffset(/** @type {number} */ (items[i]));
    return b.endVector();
  };

  const mean = floats(spec.mean);
  const std = floats(spec.std);
  b.startObject(2);
  b.addFieldOffset(NORMALIZATION_OPTIONS.mean, mean, 0);
  b.addFieldOffset(NORMALIZATION_OPTIONS.std, std, 0);
  const normalization = b.endObject();

  b.startObject(2);
  b.addFieldInt8(PROCESS_UNIT.optionsType, PROCESS_UNIT_NORMALIZATION, 0);
  b.addFieldOffset(PROCESS_UNIT.options, normalization, 0);
  const processUnit = b.endObject();

  b.startObject(2);
  b.addFieldInt8(IMAGE_PROPERTIES.colorSpace, COLOR_SPACE_RGB, 0);
  const imageProperties = b.endObject();

  b.startObject(3);
  b.addFieldInt8(CONTENT.propertiesType, CONTENT_PROPERTIES_IMAGE, 0);
  b.addFieldOffset(CONTENT.properties, imageProperties, 0);
  const content = b.endObject();

  const inputName = b.createString(spec.inputName);
  const inputDescription = b.createString('RGB image, normalised by (x - mean) / std.');
  const processUnits = offsets([processUnit]);
  b.startObject(7);
  b.addFieldOffset(TENSOR_METADATA.name, inputName, 0);
  b.addFieldOffset(TENSOR_METADATA.description, inputDescription, 0);
  b.addFieldOffset(TENSOR_METADATA.content, content, 0);
  b.addFieldOffset(TENSOR_METADATA.processUnits, processUnits, 0);
  const inputTensor = b.endObject();

  const inputTensors = offsets([inputTensor]);
  b.startObject(3);
  b.addFieldOffset(SUBGRAPH_METADATA.inputTensorMetadata, inputTensors, 0);
  const subgraph = b.endObject();

  const name = b.createString(spec.name);
  const description = b.createString(spec.description);
  const license = spec.license === undefined ? 0 : b.createString(spec.license);
  const minParserVersion = b.createString(MIN_PARSER_VERSION);
  const subgraphs = offsets([subgraph]);
  b.startObject(8);
  b.addFieldOffset(MODEL_METADATA.name, name, 0);
  b.addFieldOffset(MODEL_METADATA.description, description, 0);
  b.addFieldOffset(MODEL_METADATA.subgraphMetadata, subgraphs, 0);
  b.addFieldOffset(MODEL_METADATA.license, license, 0);
  b.addFieldOffset(MODEL_METADATA.minParserVersion, minParserVersion, 0);
  b.finish(b.endObject(), METADATA_IDENTIFIER);
  return b.asUint8Array().slice();
}

/**
 * The model with `metadata` attached as its TFLITE_METADATA entry (an existing entry of that
 * name is replaced). The original bytes are kept unchanged after a prepended root.
 * @param {Uint8Array} model a .tflite flatbuffer
 * @param {Uint8Array} metadata a ModelMetadata flatbuffer
 * @returns {Uint8Array}
 */
export function attachModelMetadata(model, metadata) {
  const old = new flatbuffers.ByteBuffer(model);
  if (model.length < 8 || old.getBufferIdentifier() !== MODEL_IDENTIFIER) {
    throw new Error(`not a TFLite model (file identifier "${MODEL_IDENTIFIER}" missing)`);
  }
  const root = old.readUint32(0);
  const vtable = root - old.readInt32(root);
  const fieldCount = (old.readUint16(vtable) - 4) / 2;
  for (let id = MODEL_FIELD_COUNT; id < fieldCount; id++) {
    if (fieldPosition(old, root, id) !== 0) {
      throw new Error(
        `the model has Model field ${id}, unknown to this script; refusing to drop it`,
      );
    }
  }
  /** Absolute position in the old bytes of the object a Model field points at, or 0. */
  const target = (/** @type {number} */ id) => {
    const at = fieldPosition(old, root, id);
    return at === 0 ? 0 : at + old.readUint32(at);
  };
  const oldBuffers = vectorTargets(old, target(MODEL.buffers));
  for (const buffer of oldBuffers) {
    const at = fieldPosition(old, buffer, BUFFER.offset);
    if (at !== 0 && old.readUint64(at) > 1n) {
      throw new Error(
        'the model stores buffers outside the flatbuffer; prepending would break them',
      );
    }
  }
  const keptEntries = vectorTargets(old, target(MODEL.metadata)).filter(
    (entry) => readString(old, entry, TFLITE_METADATA_ENTRY.name) !== METADATA_NAME,
  );

  const b = new flatbuffers.Builder(metadata.length + 1024);
  // An offset `o` in the builder means "o bytes before the end of the builder's bytes"; the old
  // bytes follow right after, so position p in them is the offset -p.
  const intoOld = (/** @type {number} */ position) => -position;
  const offsetVector = (/** @type {number[]} */ items) => {
    b.startVector(4, items.length, 4);
    for (let i = items.length - 1; i >= 0; i--) b.addOffset(/** @type {number} */ (items[i]));
    return b.endVector();
  };

  b.startVector(1, metadata.length, 16);
  for (let i = metadata.length - 1; i >= 0; i--) b.addInt8(/** @type {number} */ (metadata[i]));
  const data = b.endVector();
  b.startObject(3);
  b.addFieldOffset(BUFFER.data, data, 0);
  const metadataBuffer = b.endObject();
  const buffers = offsetVector([...oldBuffers.map(intoOld), metadataBuffer]);

  const name = b.createString(METADATA_NAME);
  b.startObject(2);
  b.addFieldOffset(TFLITE_METADATA_ENTRY.name, name, 0);
  b.addFieldInt32(TFLITE_METADATA_ENTRY.buffer, oldBuffers.length, -1);
  const entry = b.endObject();
  const entries = offsetVector([...keptEntries.map(intoOld), entry]);

  b.startObject(MODEL_FIELD_COUNT);
  const versionAt = fieldPosition(old, root, MODEL.version);
  if (versionAt !== 0) b.addFieldInt32(MODEL.version, old.readUint32(versionAt), -1);
  for (const id of [MODEL.operatorCodes, MODEL.subgraphs, MODEL.description]) {
    if (target(id) !== 0) b.addFieldOffset(id, intoOld(target(id)), 0);
  }
  b.addFieldOffset(MODEL.buffers, buffers, 0);
  for (const id of [MODEL.metadataBuffer, MODEL.signatureDefs]) {
    if (target(id) !== 0) b.addFieldOffset(id, intoOld(target(id)), 0);
  }
  b.addFieldOffset(MODEL.metadata, entries, 0);
  b.finish(b.endObject(), MODEL_IDENTIFIER);

  const head = b.asUint8Array();
  if (head.length % 16 !== 0) throw new Error('internal: prepended root is not 16-byte aligned');
  const out = new Uint8Array(head.length + model.length);
  out.set(head, 0);
  out.set(model, head.length);
  return out;
}

/**
 * The input normalisation a model's TFLITE_METADATA declares for its first input tensor, or
 * `undefined` when it declares none.
 * @param {Uint8Array} model
 * @returns {{ mean: number[]; std: number[]; colorSpaceRgb: boolean } | undefined}
 */
export function readInputNormalization(model) {
  const bb = new flatbuffers.ByteBuffer(model);
  if (bb.getBufferIdentifier() !== MODEL_IDENTIFIER) throw new Error('not a TFLite model');
  const root = bb.readUint32(0);
  const entries = vectorTargets(bb, tableTarget(bb, root, MODEL.metadata));
  const entry = entries.find(
    (e) => readString(bb, e, TFLITE_METADATA_ENTRY.name) === METADATA_NAME,
  );
  if (entry === undefined) return undefined;
  const bufferIndex = bb.readUint32(fieldPosition(bb, entry, TFLITE_METADATA_ENTRY.buffer));
  const buffer = vectorTargets(bb, tableTarget(bb, root, MODEL.buffers))[bufferIndex];
  if (buffer === undefined) throw new Error('TFLITE_METADATA points at a missing buffer');
  const dataVector = tableTarget(bb, buffer, BUFFER.data);
  const start = dataVector + 4;
  const meta = new flatbuffers.ByteBuffer(model.subarray(start, start + bb.readUint32(dataVector)));
  if (meta.getBufferIdentifier() !== METADATA_IDENTIFIER) throw new Error('metadata is not M001');

  const metaRoot = meta.readUint32(0);
  const [subgraph] = vectorTargets(
    meta,
    tableTarget(meta, metaRoot, MODEL_METADATA.subgraphMetadata),
  );
  if (subgraph === undefined) return undefined;
  const [input] = vectorTargets(
    meta,
    tableTarget(meta, subgraph, SUBGRAPH_METADATA.inputTensorMetadata),
  );
  if (input === undefined) return undefined;
  const units = vectorTargets(meta, tableTarget(meta, input, TENSOR_METADATA.processUnits));
  const unit = units.find(
    (u) =>
      meta.readUint8(fieldPosition(meta, u, PROCESS_UNIT.optionsType)) ===
      PROCESS_UNIT_NORMALIZATION,
  );
  if (unit === undefined) return undefined;
  const options = tableTarget(meta, unit, PROCESS_UNIT.options);
  const content = tableTarget(meta, input, TENSOR_METADATA.content);
  const properties = content === 0 ? 0 : tableTarget(meta, content, CONTENT.properties);
  const colorSpaceAt =
    properties === 0 ? 0 : fieldPosition(meta, properties, IMAGE_PROPERTIES.colorSpace);
  return {
    mean: readFloats(meta, tableTarget(meta, options, NORMALIZATION_OPTIONS.mean)),
    std: readFloats(meta, tableTarget(meta, options, NORMALIZATION_OPTIONS.std)),
    colorSpaceRgb: colorSpaceAt !== 0 && meta.readInt8(colorSpaceAt) === COLOR_SPACE_RGB,
  };
}
