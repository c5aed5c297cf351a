/** RGBA pixels of one frame, row-major, 4 bytes a pixel (the layout of `ImageData`). */
export interface FramePixels {
  readonly data: Uint8ClampedArray | Uint8Array;
  readonly width: number;
  readonly height: number;
}
