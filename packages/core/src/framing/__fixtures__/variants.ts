// Fixture frames as `analyzeFrame` sees them in the browser (about 320 px wide) and the
// variants the framing tests need, each with its face boxes transformed like its pixels.
import type { FaceBox } from '../../detector/types.js';
import type { FaceLabels, FixtureName } from './faces.js';
import { FACE_LABELS, GOOD_CROPS } from './faces.js';
import type { RgbaImage } from './image-ops.js';
import {
  crop,
  gaussianBlur,
  mapChannels,
  moveBox,
  paste,
  scaleBox,
  shrink,
  sideBySide,
  solid,
} from './image-ops.js';
import { loadFixture } from './load-fixture.js';

export interface FixtureFrame {
  image: RgbaImage;
  faces: FaceBox[];
}

export type FaceFixture = keyof typeof GOOD_CROPS;

/** Width of the frames the component analyses. */
export const ANALYSIS_WIDTH = 320;

/** Neutral grey, the background of variants that move the picture within the frame. */
const BACKDROP = [128, 128, 128] as const;

/** A fixture image as it is, with its faces (by default the by-eye ground truth). */
export function nativeFrame(name: FixtureName, labels: FaceLabels = 'by eye'): FixtureFrame {
  return { image: loadFixture(name), faces: [...FACE_LABELS[labels][name]] };
}

/** The fixture's good 4:3 crop, shrunk to `width` px wide like a camera frame. */
export function goodFrame(
  name: FaceFixture,
  width = ANALYSIS_WIDTH,
  labels: FaceLabels = 'by eye',
): FixtureFrame {
  const rect = GOOD_CROPS[name];
  const factor = width / rect.width;
  const image = shrink(crop(loadFixture(name), rect), width, Math.round(rect.height * factor));
  const faces = FACE_LABELS[labels][name].map((face) =>
    scaleBox(moveBox(face, -rect.x, -rect.y), factor),
  );
  return { image, faces };
}

/** Under-exposed: every channel at `gain` (default a fifth) of its value. */
export function darkVariant({ image, faces }: FixtureFrame, gain = 0.2): FixtureFrame {
  return { image: mapChannels(image, (v) => v * gain), faces };
}

/** Over-exposed: every channel times `gain` (default 2.2), clipped at 255. */
export function brightVariant({ image, faces }: FixtureFrame, gain = 2.2): FixtureFrame {
  return { image: mapChannels(image, (v) => v * gain), faces };
}

/** Out of focus: a Gaussian blur of `sigma` frame pixels. */
export function blurredVariant({ image, faces }: FixtureFrame, sigma: number): FixtureFrame {
  return { image: gaussianBlur(image, sigma), faces };
}

/** The person further away: the frame shrunk by `factor` into the middle of a same-size one. */
export function farVariant({ image, faces }: FixtureFrame, factor = 0.5): FixtureFrame {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const dx = Math.round((image.width - width) / 2);
  const dy = Math.round((image.height - height) / 2);
  const canvas = solid(image.width, image.height, BACKDROP);
  return {
    image: paste(canvas, shrink(image, width, height), dx, dy),
    faces: faces.map((face) => moveBox(scaleBox(face, width / image.width), dx, dy)),
  };
}

/** The person moved sideways by `share` of the frame width (default 30%). */
export function offCenterVariant({ image, faces }: FixtureFrame, share = 0.3): FixtureFrame {
  const dx = Math.round(image.width * share);
  const canvas = solid(image.width, image.height, BACKDROP);
  return { image: paste(canvas, image, dx, 0), faces: faces.map((face) => moveBox(face, dx, 0)) };
}

/** Two people side by side: the frame twice, the second face scored `secondScore`. */
export function twoFacesVariant({ image, faces }: FixtureFrame, secondScore = 1): FixtureFrame {
  return {
    image: sideBySide(image, image),
    faces: [
      ...faces,
      ...faces.map((face) => ({ ...moveBox(face, image.width, 0), score: secondScore })),
    ],
  };
}
