/** BlazeFace short range's input size, in pixels (square). */
export const INPUT_SIZE = 128;

/** Feature maps of BlazeFace short range: (grid cells per side, anchors per cell). */
const FEATURE_MAPS = [
  { cells: 16, perCell: 2 }, // stride 8
  { cells: 8, perCell: 6 }, // three layers of stride 16, merged
] as const;

/**
 * Anchor centres (x, y pairs, 0..1) in the model's output order: 896 anchors, as MediaPipe's
 * `SsdAnchorsCalculator` makes them for face_detection_short_range (offset 0.5, fixed size 1).
 */
export function createAnchors(): Float32Array {
  const total = FEATURE_MAPS.reduce((sum, map) => sum + map.cells * map.cells * map.perCell, 0);
  const anchors = new Float32Array(total * 2);
  let i = 0;
  for (const { cells, perCell } of FEATURE_MAPS) {
    for (let y = 0; y < cells; y++) {
      for (let x = 0; x < cells; x++) {
        for (let k = 0; k < perCell; k++) {
          anchors[i++] = (x + 0.5) / cells;
          anchors[i++] = (y + 0.5) / cells;
        }
      }
    }
  }
  return anchors;
}
