import { bytesToBase64 } from './base64.js';
import type { EncodeBudget, EncodedFrame } from './encode-within-budget.js';
import { encodeWithinBudget } from './encode-within-budget.js';
import type { FrameSource } from './source-size.js';
import { createCanvas, sourceSize } from './source-size.js';

/**
 * Encodes what `source` shows now as a JPEG within the budget (longest side at most 1280 px,
 * Base64 at most 1,000,000 bytes by default). The image is drawn as the camera sees it, never
 * mirrored, whatever the preview does.
 * @throws {RangeError} when the source has no pixels yet (a video before its first frame).
 * @throws {EncodeBudgetError} when the budget cannot be met.
 */
export async function encodeFrame(
  source: FrameSource,
  budget: EncodeBudget = {},
): Promise<EncodedFrame> {
  const { width, height } = sourceSize(source);
  let canvas: OffscreenCanvas | HTMLCanvasElement | undefined;
  return encodeWithinBudget(
    width,
    height,
    async (targetWidth, targetHeight, quality) => {
      if (!canvas || canvas.width !== targetWidth || canvas.height !== targetHeight) {
        canvas = createCanvas(targetWidth, targetHeight);
        const context = canvas.getContext('2d') as
          CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
        if (!context) throw new Error('This browser cannot draw the frame: no 2D canvas.');
        context.drawImage(source, 0, 0, targetWidth, targetHeight);
      }
      const blob = await toJpeg(canvas, quality);
      return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
    },
    budget,
  );
}

function toJpeg(canvas: OffscreenCanvas | HTMLCanvasElement, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The frame could not be encoded.'))),
      'image/jpeg',
      quality,
    );
  });
}
