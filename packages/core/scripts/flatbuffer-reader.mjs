// Minimal flatbuffer reading on top of the `flatbuffers` ByteBuffer: positions of fields,
// tables, vectors and strings, for schemas we have no generated code for.

/** @typedef {import('flatbuffers').ByteBuffer} ByteBuffer */

/** Position of a table's field, or 0 when absent. */
export function fieldPosition(
  /** @type {ByteBuffer} */ bb,
  /** @type {number} */ table,
  /** @type {number} */ id,
) {
  const relative = bb.__offset(table, 4 + 2 * id);
  return relative === 0 ? 0 : table + relative;
}

/** Position of the object an offset field points at, or 0 when absent. */
export function tableTarget(
  /** @type {ByteBuffer} */ bb,
  /** @type {number} */ table,
  /** @type {number} */ id,
) {
  const at = fieldPosition(bb, table, id);
  return at === 0 ? 0 : at + bb.readUint32(at);
}

/** Positions of the tables a vector of offsets (at `vector`, its length prefix) points at. */
export function vectorTargets(/** @type {ByteBuffer} */ bb, /** @type {number} */ vector) {
  if (vector === 0) return [];
  const length = bb.readUint32(vector);
  return Array.from({ length }, (_, i) => {
    const at = vector + 4 + 4 * i;
    return at + bb.readUint32(at);
  });
}

export function readString(
  /** @type {ByteBuffer} */ bb,
  /** @type {number} */ table,
  /** @type {number} */ id,
) {
  const at = fieldPosition(bb, table, id);
  return at === 0 ? undefined : bb.__string(at);
}

export function readFloats(/** @type {ByteBuffer} */ bb, /** @type {number} */ vector) {
  if (vector === 0) return [];
  return Array.from({ length: bb.readUint32(vector) }, (_, i) =>
    bb.readFloat32(vector + 4 + 4 * i),
  );
}
