import { createCanvas } from '../../capture/source-size.js';
import type { DetectorInput } from '../types.js';
import { INPUT_SIZE } from './anchors.js';
import type { Letterbox } from './letterbox.js';
import { fitLetterbox } from './letterbox.js';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The model's input for one frame: RGB in [-1, 1], and where the frame sits in it. */
export interface ModelInput {
  readonly data: Float32Array;
  readonly letterbox: Letterbox;
}

/**
 * Shrinks frames into BlazeFace's 128x128 input on a small reusable canvas (aspect kept, black
 * bars, as MediaPipe does) and converts the pixels to floats in [-1, 1].
 */
export class ModelInputCanvas {
  #context: Context2D | undefined;
  #scratch: { canvas: OffscreenCanvas | HTMLCanvasElement; context: Context2D } | undefined;
  readonly #data = new Float32Array(INPUT_SIZE * INPUT_SIZE * 3);

  /** The input for `frame`, or `null` when it has no pixels yet. */
  prepare(frame: DetectorInput): ModelInput | null {
    const { width, height } = frameSize(frame);
    if (!(width > 0 && height > 0)) return null;
    const context = (this.#context ??= context2d(createCanvas(INPUT_SIZE, INPUT_SIZE)));
    const letterbox = fitLetterbox(width, height, INPUT_SIZE);
    context.fillStyle = '#000';
    context.fillRect(0, 0, INPUT_SIZE, INPUT_SIZE);
    context.drawImage(
      this.#drawable(frame),
      letterbox.x,
      letterbox.y,
      letterbox.width,
      letterbox.height,
    );
    const pixels = context.getImageData(0, 0, INPUT_SIZE, INPUT_SIZE).data;
    const data = this.#data;
    for (let p = 0, f = 0; p < pixels.length; p += 4, f += 3) {
      data[f] = pixels[p]! / 127.5 - 1;
      data[f + 1] = pixels[p + 1]! / 127.5 - 1;
      data[f + 2] = pixels[p + 2]! / 127.5 - 1;
    }
    return { data, letterbox };
  }

  /** `ImageData` cannot be drawn scaled: it goes through a scratch canvas of its own size. */
  #drawable(frame: DetectorInput): CanvasImageSource {
    if (!isImageData(frame)) return frame;
    let scratch = this.#scratch;
    if (
      !scratch ||
      scratch.canvas.width !== frame.width ||
      scratch.canvas.height !== frame.height
    ) {
      const canvas = createCanvas(frame.width, frame.height);
      scratch = this.#scratch = { canvas, context: context2d(canvas) };
    }
    scratch.context.putImageData(frame, 0, 0);
    return scratch.canvas;
  }
}

function isImageData(frame: DetectorInput): frame is ImageData {
  return typeof ImageData !== 'undefined' && frame instanceof ImageData;
}

function frameSize(frame: DetectorInput): { width: number; height: number } {
  if (typeof HTMLVideoElement !== 'undefined' && frame instanceof HTMLVideoElement) {
    return frame.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA
      ? { width: frame.videoWidth, height: frame.videoHeight }
      : { width: 0, height: 0 };
  }
  return { width: frame.width, height: frame.height };
}

function context2d(canvas: OffscreenCanvas | HTMLCanvasElement): Context2D {
  const context = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
  if (!context) throw new Error('A 2D canvas is not available.');
  return context;
}
