// Ground-truth face boxes of the shared fixture images (../shared/fixtures/images), in each
// image's own pixel coordinates.
//
// How they were measured: by looking at the images. Each box was drawn on the image with
// ffmpeg (`-vf drawbox=x=..:y=..:w=..:h=..,drawgrid=w=50:h=50`) and adjusted until it ran from
// the hairline to the chin and from cheek to cheek (ears excluded), which is about the box a
// face detector such as BlazeFace returns. They are accurate to roughly +-8 px.
// DETECTOR_FACES holds, for comparison, the boxes of the detector the component ships with.
//
// What the shared geometry rules (20%..70% of the width, centre within 20% x 25%) say about the
// images as they are:
// - astronaut.png (512x512): the face is 96 px wide, 18.75% of the width: FACE_TOO_SMALL, a
//   correct result for that framing (a person standing back from the camera).
// - portrait.jpg (910x1137, head and shoulders): the face centre is 27.6% of the height above the
//   frame centre: FACE_OFF_CENTER, also correct for a webcam that would be aimed at the chest.
// Tests that need a good framing therefore use GOOD_CROPS: a 4:3 window, the shape of a webcam
// frame, around each face, as a person sitting in front of the camera would be framed.
import type { FaceBox } from '../../detector/types.js';
import type { Rect } from './image-ops.js';

export type FixtureName = 'astronaut.png' | 'portrait.jpg' | 'chelsea.png';

export const FIXTURE_SIZES = {
  'astronaut.png': { width: 512, height: 512 },
  'portrait.jpg': { width: 910, height: 1137 },
  'chelsea.png': { width: 451, height: 300 },
} as const satisfies Record<FixtureName, { width: number; height: number }>;

/** Every human face in each fixture; the cat in chelsea.png is not one. Score 1: ground truth. */
export const FIXTURE_FACES: Record<FixtureName, readonly FaceBox[]> = {
  'astronaut.png': [{ x: 177, y: 72, width: 96, height: 112, score: 1 }],
  'portrait.jpg': [{ x: 360, y: 110, width: 260, height: 290, score: 1 }],
  'chelsea.png': [],
};

/**
 * The boxes MediaPipe's BlazeFace (the shipped detector) returned for the same faces, measured
 * on 23 Nov 2026 in Chromium on the 640x480 fake-camera frames of e2e/ and mapped back to image
 * pixels. Same left edge and width as FIXTURE_FACES; square, with the top at the eyebrows, so
 * they hold less hair and forehead edge, which lowers the measured sharpness. Tests and the
 * calibration use both sets.
 */
export const DETECTOR_FACES: Record<FixtureName, readonly FaceBox[]> = {
  'astronaut.png': [{ x: 177, y: 82, width: 96, height: 96, score: 0.92 }],
  'portrait.jpg': [{ x: 367, y: 149, width: 266, height: 266, score: 0.96 }],
  'chelsea.png': [],
};

/** Which set of face boxes a test frame carries. */
export type FaceLabels = 'by eye' | 'detector';

export const FACE_LABELS: Record<FaceLabels, Record<FixtureName, readonly FaceBox[]>> = {
  'by eye': FIXTURE_FACES,
  detector: DETECTOR_FACES,
};

/** A well-framed 4:3 window around the face of each fixture with a face. */
export const GOOD_CROPS = {
  // Face 30% of the width, centred.
  'astronaut.png': { x: 65, y: 8, width: 320, height: 240 },
  // Face 32.5% of the width, centred across, 7.5% of the height above the centre.
  'portrait.jpg': { x: 90, y: 0, width: 800, height: 600 },
} as const satisfies Partial<Record<FixtureName, Rect>>;
