import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ByteBuffer } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import {
  attachModelMetadata,
  buildImageInputMetadata,
  readInputNormalization,
} from './tflite-metadata.mjs';

const require = createRequire(import.meta.url);
const model = new Uint8Array(
  readFileSync(
    join(
      dirname(require.resolve('@mediapipe/face_detection/package.json')),
      'face_detection_short_range.tflite',
    ),
  ),
);
const spec = { name: 'test', description: 'test model', inputName: 'input' };
const normalization = buildImageInputMetadata({ ...spec, mean: [127.5], std: [127.5] });

/** A minimal reader of the parts of a tflite Model the patch must preserve. */
function summarize(bytes: Uint8Array) {
  const bb = new ByteBuffer(bytes);
  const root = bb.readUint32(0);
  const field = (table: number, id: number) => {
    const o = bb.__offset(table, 4 + 2 * id);
    return o === 0 ? 0 : table + o;
  };
  const target = (table: number, id: number) => {
    const at = field(table, id);
    return at === 0 ? 0 : at + bb.readUint32(at);
  };
  const tables = (vector: number) =>
    Array.from({ length: bb.readUint32(vector) }, (_, i) => {
      const at = vector + 4 + 4 * i;
      return at + bb.readUint32(at);
    });
  const buffers = tables(target(root, 4)).map((buffer) => {
    const data = target(buffer, 0);
    return data === 0 ? 0 : bb.readUint32(data);
  });
  const firstData = tables(target(root, 4))
    .map((buffer) => target(buffer, 0))
    .find((data) => data !== 0)!;
  return {
    identifier: bb.getBufferIdentifier(),
    version: bb.readUint32(field(root, 0)),
    operatorCodes: tables(target(root, 1)).length,
    subgraphs: tables(target(root, 2)).length,
    description: bb.__string(field(root, 3)),
    bufferSizes: buffers,
    firstDataAlignedTo16: (firstData + 4) % 16 === 0,
    firstData: Array.from(bytes.subarray(firstData + 4, firstData + 36)),
  };
}

describe('attachModelMetadata', () => {
  const patched = attachModelMetadata(model, normalization);

  it('declares the input normalisation MediaPipe needs, readable back', () => {
    expect(readInputNormalization(model)).toBeUndefined();
    expect(readInputNormalization(patched)).toEqual({
      mean: [127.5],
      std: [127.5],
      colorSpaceRgb: true,
    });
  });

  it('keeps the original bytes unchanged after a 16-byte aligned prepended root', () => {
    const prepended = patched.length - model.length;
    expect(prepended % 16).toBe(0);
    expect(prepended).toBeGreaterThan(normalization.length);
    expect(Buffer.from(patched.subarray(prepended)).equals(model)).toBe(true);
  });

  it('keeps every field of the model and adds one buffer', () => {
    const before = summarize(model);
    const after = summarize(patched);
    expect(after.identifier).toBe('TFL3');
    expect(after).toMatchObject({
      version: before.version,
      operatorCodes: before.operatorCodes,
      subgraphs: before.subgraphs,
      description: before.description,
      firstData: before.firstData,
      firstDataAlignedTo16: true,
    });
    expect(after.bufferSizes).toEqual([...before.bufferSizes, normalization.length]);
  });

  it('replaces an existing TFLITE_METADATA entry instead of adding a second one', () => {
    const other = buildImageInputMetadata({ ...spec, mean: [0, 0, 0], std: [255, 255, 255] });
    const twice = attachModelMetadata(patched, other);
    expect(readInputNormalization(twice)).toEqual({
      mean: [0, 0, 0],
      std: [255, 255, 255],
      colorSpaceRgb: true,
    });
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
  ])('rejects %s', (_, bytes) => {
    expect(() => attachModelMetadata(bytes, normalization)).toThrow(/not a TFLite model/);
  });
});

describe('buildImageInputMetadata', () => {
  it('writes an M001 ModelMetadata flatbuffer', () => {
    expect(new ByteBuffer(normalization).getBufferIdentifier()).toBe('M001');
  });

  it.each([
    { mean: [], std: [] },
    { mean: [127.5], std: [127.5, 127.5] },
  ])('rejects mean $mean with std $std', ({ mean, std }) => {
    expect(() => buildImageInputMetadata({ ...spec, mean, std })).toThrow(TypeError);
  });
});
